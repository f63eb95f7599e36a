//! Training through the window: choose a built-in dataset, press Train, see loss points
//! arrive and the epoch counter move; pause and step.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;
use layerlab::app::Phase;
use layerlab::data::BuiltinKind;

#[test]
fn train_pause_and_step() {
    let mut h = harness();
    wait_for_data(&mut h);

    // Choose the XOR built-in dataset in the Data tab.
    h.get_by_label("Data tab").click();
    h.run_steps(2);
    h.get_by_label("Dataset").click();
    h.run_steps(2);
    // Choosing it uses it at once.
    h.get_by_label("xor").click();
    step_until(&mut h, 30, "the xor data", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.name.contains("xor"))
    });
    assert!(matches!(
        h.state().state.data.origin,
        Some(layerlab::app::DataOrigin::Builtin(s)) if s.kind == BuiltinKind::Xor
    ));

    // Train: loss points arrive and the epoch counter moves.
    h.get_by_label("Loss tab").click();
    h.get_by_label("Train").click();
    step_until(&mut h, 120, "two epochs", |a| {
        a.state.training.history.epochs.len() >= 2
    });
    assert!(
        h.state().state.training.history.batch.count() > 0,
        "batch loss points"
    );
    h.run_steps(1);
    let epoch = h.state().state.training.epoch;
    assert!(epoch >= 2);
    h.get_by_label_contains("Epoch ");

    // Pause.
    h.get_by_label("⏸ Pause").click();
    step_until(&mut h, 30, "the pause", |a| {
        a.state.training.phase == Phase::Paused
    });
    h.run_steps(2);
    let step = h.state().state.training.step;

    // Step one batch.
    h.get_by_label("Step batch").click();
    step_until(&mut h, 30, "one more batch", |a| {
        a.state.training.step == step + 1
    });
    assert_eq!(h.state().state.training.phase, Phase::Paused);

    // Step to the end of the epoch.
    let epochs = h.state().state.training.history.epochs.len();
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "the end of the epoch", |a| {
        a.state.training.history.epochs.len() == epochs + 1
            && a.state.training.phase == Phase::Paused
    });

    // Stop keeps the weights; Reset forgets them.
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });
    assert!(h.state().state.training.state.is_some());
    h.get_by_label("Reset").click();
    h.run_steps(2);
    assert!(h.state().state.training.state.is_none());
    assert!(h.state().state.training.history.is_empty());
}

#[test]
fn space_starts_and_pauses() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.key_press(egui::Key::Space);
    step_until(&mut h, 60, "training to start", |a| {
        a.state.training.step > 0
    });
    h.key_press(egui::Key::Space);
    step_until(&mut h, 30, "the pause", |a| {
        a.state.training.phase == Phase::Paused
    });
}

#[test]
fn editing_a_trained_network_keeps_unchanged_layers() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "one epoch", |a| {
        a.state.training.history.epochs.len() == 1 && a.state.training.phase == Phase::Paused
    });
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });
    let before = h.state().state.training.state.clone().unwrap();

    // Change the second dense layer: it, and the output after it, are re-initialized.
    h.get_by_label("More Layer 3 units").click();
    h.run_steps(2);
    h.get_by_label_contains("the next Train re-initializes: 3 Dense 9, Output");

    h.get_by_label("Step batch").click();
    step_until(&mut h, 60, "one batch", |a| {
        a.state.training.phase == Phase::Paused && a.state.training.step == before.step + 1
    });
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });
    let after = h.state().state.training.state.clone().unwrap();
    assert_eq!(after.weights.layers.len(), before.weights.layers.len());
    // The first layer kept its trained weights (then took one step from them): close, and
    // not a fresh initialization.
    let w0 = &before.weights.layers[0].params[0].values;
    let w1 = &after.weights.layers[0].params[0].values;
    let diff: f32 = w0.iter().zip(w1).map(|(a, b)| (a - b).abs()).sum::<f32>() / w0.len() as f32;
    assert!(diff < 0.05, "first layer drifted by {diff}");
    assert_eq!(after.weights.layers[2].params[0].values.len(), 8 * 9);
}
