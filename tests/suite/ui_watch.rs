//! Watching a run: looking (evaluating, the boundary, tracing a sample, opening tabs) never
//! changes the run, and the speed control paces training and is saved with the session.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;
use layerlab::app::{Command, Phase};
use layerlab::model::Pace;
use layerlab::train::FinishReason;

/// What looking must leave alone.
fn run_facts(
    h: &egui_kittest::Harness<'static, layerlab::window::LabApp>,
) -> (Phase, u32, u32, bool, u64) {
    let s = &h.state().state;
    (
        s.training.phase,
        s.training.total_epochs,
        s.training.epoch,
        s.flow.is_dirty(),
        s.training.state_version,
    )
}

#[test]
fn looking_never_changes_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    let mut cfg = h.state().state.config.clone();
    cfg.epochs = 3;
    h.state_mut().apply(Command::SetConfig(cfg));
    h.get_by_label("Train").click();
    step_until(&mut h, 60, "the run to finish", |a| {
        a.state.training.phase == Phase::Finished(FinishReason::Completed)
    });
    h.state_mut()
        .apply(Command::SaveTo(dir.path().join("run.ron")));
    step_until(&mut h, 30, "the save", |a| {
        !a.state.flow.is_saving() && !a.state.flow.is_dirty()
    });
    let before = run_facts(&h);
    assert_eq!(before.1, 3);

    for tab in [
        "Data", "Flow", "Network", "Boundary", "Judge", "Step", "Loss",
    ] {
        h.get_by_label(&format!("{tab} tab")).click();
        h.run_steps(3);
        assert_eq!(run_facts(&h), before, "opening the {tab} tab");
    }

    h.get_by_label("Judge tab").click();
    h.run_steps(2);
    h.get_by_label("Evaluate on test set").click();
    step_until(&mut h, 60, "the test report", |a| {
        a.state.training.insight.test.is_some()
    });
    h.run_steps(2);
    assert_eq!(run_facts(&h), before, "evaluating the test set");

    h.get_by_label("Boundary tab").click();
    h.run_steps(2);
    // "Show", or "Refresh" when the Network view already asked for the neuron maps.
    h.get_by_label_contains("for the current weights").click();
    step_until(&mut h, 60, "the map", |a| {
        a.state.training.insight.boundary.is_some()
    });
    h.run_steps(2);
    assert_eq!(run_facts(&h), before, "showing the boundary");

    h.get_by_label("Step tab").click();
    h.run_steps(2);
    h.get_by_label("Trace one step").click();
    step_until(&mut h, 60, "the trace", |a| {
        a.state.training.insight.trace.is_some()
    });
    h.run_steps(2);
    assert_eq!(run_facts(&h), before, "tracing a sample");
    assert_eq!(h.state().state.jobs_running(), 0);
}

#[test]
fn the_speed_control_paces_the_run_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    // Slow motion at 4 batches per second, chosen in the training panel.
    h.get_by_label("Speed").click();
    h.run_steps(2);
    h.get_by_label("slow motion: 4 batches/s").click();
    h.run_steps(2);
    assert_eq!(h.state().state.config.pace, Pace::BatchesPerSec(4));
    h.get_by_label("Network tab").click();
    h.get_by_label("Train").click();
    step_until(&mut h, 30, "the first batches", |a| {
        a.state.training.step >= 2
    });
    let t0 = std::time::Instant::now();
    let s0 = h.state().state.training.step;
    step_until(&mut h, 30, "four more batches", |a| {
        a.state.training.step >= s0 + 4
    });
    let secs = t0.elapsed().as_secs_f64();
    assert!(secs > 0.6, "4 batches at 4/s took {secs:.2} s");
    // The network view animates each batch going forward and back.
    h.run_steps(3);
    assert!(h.state().ui.views.network.pulse.is_some());
    // Full speed again, live.
    let mut cfg = h.state().state.config.clone();
    cfg.pace = Pace::Full;
    h.state_mut().apply(Command::SetConfig(cfg.clone()));
    let s1 = h.state().state.training.step;
    step_until(&mut h, 30, "full speed", |a| {
        a.state.training.step >= s1 + 200
    });
    h.state_mut().apply(Command::Pause);
    step_until(&mut h, 30, "the pause", |a| {
        a.state.training.phase == Phase::Paused
    });
    // The pace is a setting of the session.
    cfg.pace = Pace::EpochsPerSec(5);
    h.state_mut().apply(Command::SetConfig(cfg));
    let path = dir.path().join("paced.ron");
    h.state_mut().apply(Command::SaveTo(path.clone()));
    step_until(&mut h, 30, "the save", |a| {
        !a.state.flow.is_saving() && path.exists()
    });
    let saved = layerlab::session::Session::load(&path).unwrap();
    assert_eq!(saved.train.pace, Pace::EpochsPerSec(5));
}

#[test]
fn a_network_too_big_for_this_machine_does_not_train() {
    use layerlab::model::memory::MachineMemory;
    use layerlab::model::LayerSpec;
    let mut h = harness();
    wait_for_data(&mut h);
    // A small machine: 64 MB, of which layerlab uses at most half.
    h.state_mut().state.machine = MachineMemory {
        total: 64 << 20,
        available: None,
        assumed: false,
    };
    for index in [0, 2] {
        h.state_mut().apply(Command::SetLayer {
            index,
            spec: LayerSpec::dense(4096),
        });
    }
    h.run_steps(2);
    let why = h.state().state.train_blocker().unwrap_or_default();
    assert!(why.contains("MB") && why.contains("instead of"), "{why}");
    // Train is disabled and says why; pressing Space does not start it either.
    h.state_mut().apply(Command::TogglePlay);
    h.run_steps(3);
    assert_eq!(h.state().state.training.phase, Phase::Idle);
    assert!(h.state().state.training.state.is_none());
    // Sizes that fit train again.
    for index in [0, 2] {
        h.state_mut().apply(Command::SetLayer {
            index,
            spec: LayerSpec::dense(8),
        });
    }
    assert_eq!(h.state().state.train_blocker(), None);
}
