//! The replay timeline: a run records its epochs, and choosing one shows the network as it
//! was then in the Network, Boundary and Judge views; Live returns to the end; Play walks
//! through the frames.
#![cfg(feature = "window")]

use crate::common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use layerlab::app::insight::InsightCommand;
use layerlab::app::replay::ReplayCommand;
use layerlab::app::Command;
use layerlab::ui::Tab;
use layerlab::window::LabApp;

fn apply(h: &mut Harness<'static, LabApp>, cmd: Command) {
    h.state_mut().state.apply(cmd);
    h.run_steps(2);
}

fn trained(epochs: u32) -> Harness<'static, LabApp> {
    let mut h = harness();
    wait_for_data(&mut h);
    let mut config = h.state().state.config.clone();
    config.epochs = epochs;
    apply(&mut h, Command::SetConfig(config));
    // The boundary view asks for the boundary; the replay recomputes what is shown.
    h.state_mut().ui.tab = Tab::Boundary;
    h.run_steps(3);
    apply(&mut h, Command::Train);
    step_until(&mut h, 120, "the run to finish", |a| {
        a.state.training.epoch >= epochs && !a.state.training.phase.is_active()
    });
    apply(&mut h, Command::Insight(InsightCommand::EvaluateTest));
    // A short run may end before its first boundary picture (they are spaced out to keep
    // within their time share): ask for one now.
    if h.state().state.training.insight.boundary.is_none() {
        apply(
            &mut h,
            Command::Insight(InsightCommand::BoundaryNow(
                layerlab::train::BoundaryRequest::default(),
            )),
        );
    }
    step_until(&mut h, 60, "the test evaluation", |a| {
        a.state.training.insight.test.is_some() && a.state.training.insight.boundary.is_some()
    });
    h
}

fn wait_quiet(h: &mut Harness<'static, LabApp>, boundary: u64, test: u64) {
    step_until(h, 60, "the replay look", |a| {
        let i = &a.state.training.insight;
        i.boundary_version > boundary && i.test_version > test
    });
    h.run_steps(2);
}

#[test]
fn a_run_is_recorded_and_replayed_epoch_by_epoch() {
    let mut h = trained(12);
    let r = &h.state().state.training.replay;
    let epochs: Vec<u32> = r.frames.iter().map(|f| f.epoch).collect();
    assert_eq!(
        epochs,
        (0..=12).collect::<Vec<_>>(),
        "every epoch of a short run"
    );
    // The timeline is on screen.
    h.get_by_label("Replay");
    h.get_by_label("live (epoch 12)");

    let live_acc = h
        .state()
        .state
        .training
        .insight
        .test
        .as_ref()
        .unwrap()
        .metrics
        .headline();
    let live_boundary = h.state().state.training.insight.boundary.clone().unwrap();
    let live_weights = h
        .state()
        .state
        .training
        .state
        .as_ref()
        .unwrap()
        .weights
        .clone();

    // Epoch 0: the untrained network.
    let (b, t) = versions(&h);
    apply(&mut h, Command::Replay(ReplayCommand::Select(Some(0))));
    wait_quiet(&mut h, b, t);
    let s = &h.state().state;
    let first = s.training.replay.frames[0].weights.as_ref().clone();
    assert_eq!(s.training.insight.weights.as_ref(), Some(&first));
    assert_ne!(first, live_weights, "epoch 0 is not the trained network");
    let acc0 = s.training.insight.test.as_ref().unwrap().metrics.headline();
    assert!(
        acc0 < live_acc,
        "the judge at epoch 0 ({acc0}) scores below the end ({live_acc})"
    );
    assert_ne!(
        s.training.insight.boundary.as_ref().unwrap().value,
        live_boundary.value,
        "the boundary at epoch 0 differs from the trained one"
    );
    h.get_by_label("epoch 0");
    assert_eq!(
        s_boundary_epoch(&h),
        0,
        "the picture says which epoch it shows"
    );

    // Evaluate while replaying scores the epoch shown, not the live weights.
    let (_, t) = versions(&h);
    apply(&mut h, Command::Insight(InsightCommand::EvaluateTest));
    step_until(&mut h, 60, "the evaluation of epoch 0", |a| {
        a.state.training.insight.test_version > t
    });
    let again = h
        .state()
        .state
        .training
        .insight
        .test
        .as_ref()
        .unwrap()
        .metrics
        .headline();
    assert_eq!(again, acc0);

    // Live from another view: the boundary drawn last is brought back to the end too.
    h.state_mut().ui.tab = Tab::Judge;
    h.run_steps(3);
    let (b, t) = versions(&h);
    apply(&mut h, Command::Replay(ReplayCommand::Select(None)));
    wait_quiet(&mut h, b, t);
    let s = &h.state().state;
    let acc = s.training.insight.test.as_ref().unwrap().metrics.headline();
    assert_eq!(acc, live_acc);
    assert_eq!(
        s.training.insight.boundary.as_ref().unwrap().value,
        live_boundary.value
    );

    // Play walks to the last frame and stops.
    apply(&mut h, Command::Replay(ReplayCommand::Play));
    assert!(h.state().state.training.replay.playing);
    step_until(&mut h, 60, "the replay to play through", |a| {
        !a.state.training.replay.playing
    });
    assert_eq!(h.state().state.training.replay.selected, Some(12));
}

fn s_boundary_epoch(h: &Harness<'static, LabApp>) -> u32 {
    h.state()
        .state
        .training
        .insight
        .boundary
        .as_ref()
        .unwrap()
        .epoch
}

fn versions(h: &Harness<'static, LabApp>) -> (u64, u64) {
    let i = &h.state().state.training.insight;
    (i.boundary_version, i.test_version)
}

#[test]
fn replay_waits_while_training() {
    let mut h = trained(3);
    let mut config = h.state().state.config.clone();
    config.epochs = 5000;
    apply(&mut h, Command::SetConfig(config));
    apply(&mut h, Command::Train);
    step_until(&mut h, 30, "training to run", |a| {
        a.state.training.phase.is_active()
    });
    apply(&mut h, Command::Replay(ReplayCommand::Select(Some(0))));
    assert_eq!(
        h.state().state.training.replay.selected,
        None,
        "no replay while training"
    );
    assert!(h
        .query_all_by_label("Pause or stop the training to replay it")
        .next()
        .is_some());
    apply(&mut h, Command::Stop);
}

fn save_to(h: &mut Harness<'static, LabApp>, path: &std::path::Path) {
    apply(h, Command::SaveTo(path.to_path_buf()));
    step_until(h, 60, "the save", |a| {
        a.state.session_path.as_deref() == Some(path) && !a.state.flow.is_dirty()
    });
}

#[test]
fn the_replay_is_saved_only_when_asked_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = trained(6);
    let frames = h.state().state.training.replay.frames.len();
    assert_eq!(frames, 7);

    let plain = dir.path().join("plain.ron");
    save_to(&mut h, &plain);
    let text = std::fs::read_to_string(&plain).unwrap();
    assert!(!text.contains("replay:"), "off by default");

    apply(&mut h, Command::SetSaveReplay(true));
    let kept = dir.path().join("kept.ron");
    save_to(&mut h, &kept);
    assert!(std::fs::read_to_string(&kept).unwrap().contains("replay:"));

    let mut back = harness();
    wait_for_data(&mut back);
    apply(&mut back, Command::OpenSession(kept.clone()));
    step_until(&mut back, 60, "the session to open", |a| {
        a.state.session_path.as_deref() == Some(kept.as_path())
    });
    let r = &back.state().state.training.replay;
    assert_eq!(r.frames.len(), frames);
    assert_eq!(
        r.frames.last().map(|f| f.weights.as_ref()),
        back.state()
            .state
            .training
            .state
            .as_ref()
            .map(|s| &s.weights),
        "the last frame is the saved network"
    );
    assert!(
        back.state().state.save_replay,
        "a session saved with its replay keeps saving it"
    );
}
