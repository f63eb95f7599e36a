//! Runs belong to their data: other data or Reset starts a new run (epoch 0, empty
//! history), ghosts are overlaid only on their own data, and a document saved a moment ago
//! closes without asking. Plots keep their legends outside the data.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use layerlab::app::{Command, DataOrigin, Modal, Phase};
use layerlab::data::{BuiltinKind, BuiltinSpec};
use layerlab::train::TrainCommand;
use layerlab::ui::views::compare;
use layerlab::window::LabApp;

/// Trains one epoch with Step epoch and waits for the pause after it.
fn one_epoch(h: &mut Harness<'static, LabApp>, epochs_before: usize) {
    h.get_by_label("Step epoch").click();
    step_until(h, 60, "one epoch", |a| {
        a.state.training.history.epochs.len() == epochs_before + 1
            && a.state.training.phase == Phase::Paused
    });
}

/// Switches to the built-in `kind` and waits until it is prepared.
fn use_builtin(h: &mut Harness<'static, LabApp>, kind: BuiltinKind) {
    h.state_mut()
        .state
        .apply(Command::UseBuiltin(BuiltinSpec::new(kind)));
    step_until(h, 30, "the new data", |a| {
        matches!(&a.state.data.origin, Some(DataOrigin::Builtin(s)) if s.kind == kind)
            && !a.state.data.preparing
            && a.state.data.dataset.is_some()
    });
    h.run_steps(2);
}

fn ghost_legends(h: &Harness<'static, LabApp>) -> usize {
    h.query_all_by_label_contains("ghost: ").count()
}

#[test]
fn other_data_starts_a_new_run_and_hides_the_old_ghost() {
    let mut h = harness();
    wait_for_data(&mut h);
    let first = h.state().state.data.origin.clone();
    assert!(
        !matches!(&first, Some(DataOrigin::Builtin(s)) if s.kind == BuiltinKind::Moons),
        "the test switches to other data"
    );
    one_epoch(&mut h, 0);
    assert_eq!(h.state().state.training.epoch, 1);

    // Other data while the worker is paused: a new run.
    use_builtin(&mut h, BuiltinKind::Moons);
    let st = &h.state().state;
    assert_eq!(st.training.epoch, 0, "the epoch counter starts again");
    assert_eq!(st.training.step, 0);
    assert!(
        st.training.history.is_empty(),
        "no history from the old data"
    );
    assert!(st.training.state.is_none(), "no weights from the old data");
    assert!(!st.training.phase.is_active(), "the old worker was stopped");
    assert_eq!(
        st.training.insight.ghosts.len(),
        1,
        "the old run is a ghost"
    );
    assert!(
        compare::shown(st, true).is_empty(),
        "a ghost of other data is not overlaid"
    );
    h.get_by_label("Loss tab").click();
    h.run_steps(2);
    h.get_by_label_contains("not shown on this data");

    // Training on the new data: epochs from 1, and still no ghost of the old data drawn.
    one_epoch(&mut h, 0);
    h.run_steps(2);
    let st = &h.state().state;
    assert_eq!(st.training.epoch, 1);
    assert_eq!(st.training.history.epochs.len(), 1);
    assert_eq!(
        st.training.history.epochs[0].step as u32, st.training.batches_per_epoch,
        "steps count from zero"
    );
    assert_eq!(ghost_legends(&h), 0, "no ghost in the legends");

    // Back to the first data: its ghost is overlaid once there is a run to compare.
    let Some(DataOrigin::Builtin(spec)) = first else {
        panic!("started on a built-in")
    };
    use_builtin(&mut h, spec.kind);
    assert_eq!(h.state().state.training.insight.ghosts.len(), 2);
    one_epoch(&mut h, 0);
    h.run_steps(2);
    assert_eq!(compare::shown(&h.state().state, true).len(), 1);
    assert!(
        ghost_legends(&h) >= 1,
        "the ghost of this data is in the legend"
    );
}

#[test]
fn reset_starts_a_new_run() {
    let mut h = harness();
    wait_for_data(&mut h);
    one_epoch(&mut h, 0);
    one_epoch(&mut h, 1);
    let per_epoch = h.state().state.training.batches_per_epoch as u64;
    assert_eq!(h.state().state.training.step, 2 * per_epoch);

    h.get_by_label("Reset").click();
    h.run_steps(2);
    let st = &h.state().state;
    assert_eq!(st.training.epoch, 0);
    assert_eq!(st.training.step, 0);
    assert!(st.training.history.is_empty());
    assert!(st.training.state.is_none());
    assert_eq!(st.training.insight.ghosts.len(), 1);

    one_epoch(&mut h, 0);
    h.run_steps(2);
    let st = &h.state().state;
    assert_eq!(st.training.epoch, 1, "the new run counts from epoch 1");
    assert_eq!(st.training.history.epochs[0].epoch, 1);
    assert_eq!(st.training.history.epochs[0].step, per_epoch);
    assert_eq!(
        compare::shown(st, true).len(),
        1,
        "the reset run is a ghost on the same data"
    );
    h.get_by_label("Loss tab").click();
    h.run_steps(2);
    assert!(ghost_legends(&h) >= 1);
}

#[test]
fn quitting_right_after_a_save_does_not_ask() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saved.ron");
    let mut h = harness();
    wait_for_data(&mut h);
    one_epoch(&mut h, 0);

    // Saved while the worker is paused (it sends its weights first).
    h.state_mut().state.apply(Command::SaveTo(path.clone()));
    step_until(&mut h, 30, "the save", |a| {
        a.state.session_path.as_deref() == Some(path.as_path())
            && !a.state.flow.is_saving()
            && !a.state.flow.is_dirty()
    });
    // The worker sends the same weights again, as it does for every autosave.
    let seen = h.state().state.training.state_version;
    h.state_mut()
        .state
        .training
        .send(TrainCommand::RequestState);
    step_until(&mut h, 30, "the same weights again", |a| {
        a.state.training.state_version > seen
    });
    h.run_steps(2);
    assert!(
        !h.state().state.flow.is_dirty(),
        "nothing changed since the save"
    );

    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Quit").click();
    h.run_steps(4);
    assert!(
        !matches!(h.state().state.modal, Some(Modal::Unsaved { .. })),
        "no unsaved-changes prompt"
    );
    assert!(h.state().state.flow.close_confirmed());
}

#[test]
fn legends_sit_above_the_plots() {
    let mut h = harness();
    wait_for_data(&mut h);
    one_epoch(&mut h, 0);
    h.get_by_label("Loss tab").click();
    h.run_steps(3);
    // One legend entry per series, as text outside the plot (a plot's own legend would
    // be a checkbox drawn over the data).
    for name in [
        "smoothed batch loss",
        "train loss (epoch)",
        "train accuracy",
    ] {
        let node = h.get_by_label(name);
        assert_ne!(node.accesskit_node().role(), egui::Role::CheckBox, "{name}");
    }
    // The row (it may wrap to a few lines) sits right under the plot's title ("Loss"), above
    // the plot area.
    let legend = h.get_by_label("train loss (epoch)").rect();
    let under_title = h.get_all_by_label("Loss").any(|t| {
        let t = t.rect();
        t.max.y <= legend.min.y + 1.0 && legend.min.y - t.max.y < 90.0 && t.min.x <= legend.min.x
    });
    let titles: Vec<_> = h.get_all_by_label("Loss").map(|t| t.rect()).collect();
    assert!(under_title, "legend at {legend:?}, titles {titles:?}");
}
