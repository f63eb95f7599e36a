//! The insight views through the window: each appears, reacts to training and reacts to a
//! click — decision boundary, gradient flow, network, the judge, one step slowly, presenter
//! mode, the guide and ghost runs.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;
use layerlab::app::{Command, Phase};
use layerlab::ui::views::flow::FlowMetric;
use layerlab::ui::views::network::NetMode;

#[test]
fn boundary_appears_and_follows_training() {
    let mut h = harness();
    wait_for_data(&mut h);
    // Long enough to watch several maps arrive.
    let mut cfg = h.state().state.config.clone();
    cfg.epochs = 100_000;
    h.state_mut().apply(Command::SetConfig(cfg));
    h.get_by_label("Boundary tab").click();
    h.run_steps(2);
    h.get_by_label("No map yet");
    // Before training: the starting recipe's map. Looking never changes the run: no worker
    // starts, the phase, the epoch target and the unsaved flag stay as they were.
    let target = h.state().state.training.total_epochs;
    let dirty = h.state().state.flow.is_dirty();
    h.get_by_label("Show for the current weights").click();
    step_until(&mut h, 60, "the first map", |a| {
        a.state.training.insight.boundary.is_some()
    });
    h.run_steps(2);
    let insight = &h.state().state.training.insight;
    let grid = insight.boundary.clone().unwrap();
    assert_eq!(grid.features, (0, 1));
    assert_eq!(grid.class.len(), grid.resolution * grid.resolution);
    assert!(!grid.neurons.is_empty(), "first-layer neuron maps");
    assert_eq!(
        h.state().ui.views.boundary.texture_version,
        insight.boundary_version,
        "the texture shows the newest grid"
    );
    h.get_by_label("Unit 1 map");
    assert_eq!(h.state().state.training.phase, Phase::Idle);
    assert_eq!(h.state().state.training.total_epochs, target);
    assert_eq!(h.state().state.flow.is_dirty(), dirty);

    // Training: new maps keep arriving and the texture follows.
    let v0 = h.state().state.training.insight.boundary_version;
    h.get_by_label("Train").click();
    step_until(&mut h, 120, "maps while training", |a| {
        a.state.training.insight.boundary_version >= v0 + 3 && a.state.training.epoch >= 2
    });
    h.run_steps(2);
    assert_eq!(
        h.state().ui.views.boundary.texture_version,
        h.state().state.training.insight.boundary_version
    );
    h.get_by_label_contains("live: updated");

    // Leaving the tab stops the maps.
    h.get_by_label("Loss tab").click();
    h.run_steps(3);
    assert!(h.state().state.training.insight.watching.is_none());
    h.get_by_label("⏸ Pause").click();
    step_until(&mut h, 30, "the pause", |a| {
        a.state.training.phase == Phase::Paused
    });
}

#[test]
fn flow_view_fills_and_toggles() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Flow tab").click();
    h.run_steps(2);
    h.get_by_label("No gradient statistics yet");
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "a flow report", |a| {
        a.state.training.insight.flow.is_some()
    });
    h.run_steps(2);
    let flow = h.state().state.training.insight.flow.clone().unwrap();
    assert!(flow.layers.len() >= 2, "dense layers with parameters");
    assert!(!flow.activations.is_empty(), "activation health");
    // One row per layer, named for screen readers and hover.
    h.get_by_label(&format!(
        "Layer {} {}",
        flow.layers[0].layer + 1,
        flow.layers[0].label
    ));
    assert!(h.query_all_by_label_contains("dead ").count() >= 1);
    h.get_by_label("Show weights").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.flow.metric, FlowMetric::Weights);
    h.get_by_label("Weights per layer (log scale)");
    h.get_by_label("Show update / weight ratio").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.flow.metric, FlowMetric::Ratio);
    h.get_by_label("| healthy ≈ 0.001");
}

#[test]
fn network_view_draws_neurons_and_answers_clicks() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Network tab").click();
    h.run_steps(2);
    // Before training the drawing is already there, marked as not trained yet.
    h.get_by_label_contains("Not trained yet: the drawing shows the network");
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "a weight snapshot", |a| {
        a.state.training.insight.weights.is_some() && a.state.training.phase == Phase::Paused
    });
    h.run_steps(2);
    h.get_by_label("Input neuron 1");
    h.get_by_label("Neuron 3 of layer column 1").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.network.selected, Some((1, 2)));
    h.get_by_label_contains("bias (weights): ");

    // Gradients come from a traced step.
    h.get_by_label("Network shows gradients").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.network.mode, NetMode::Gradients);
    h.get_by_label("Trace a step").click();
    step_until(&mut h, 60, "a trace", |a| {
        a.state.training.insight.trace.is_some()
    });
    h.run_steps(2);
    h.get_by_label_contains("bias (gradients): ");
    h.get_by_label("▶ Play backprop").click();
    h.run_steps(2);
    assert!(h.state().ui.views.network.anim_start.is_some());
}

#[test]
fn judge_evaluates_and_opens_a_dish() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Judge tab").click();
    h.run_steps(2);
    h.get_by_label("Not judged yet");
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "one epoch", |a| {
        a.state.training.history.epochs.len() == 1 && a.state.training.phase == Phase::Paused
    });
    h.get_by_label("Evaluate on test set").click();
    step_until(&mut h, 60, "the test report", |a| {
        a.state.training.insight.test_detail.is_some()
    });
    h.run_steps(2);
    let detail = h
        .state()
        .state
        .training
        .insight
        .test_detail
        .clone()
        .unwrap();
    assert!(detail.report.rows > 0);
    h.get_by_label("Accuracy");
    h.get_by_label("The worst dishes");
    // Click the top-left cell of the confusion matrix: its samples are listed.
    let first = layerlab::ui::views::class_name(&h.state().state, 0);
    h.get_by_label(&format!("Confusion {first} as {first}"))
        .click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.judge.cell, Some((0, 0)));
    h.get_by_label_contains(&format!("that are {first} and were called {first}"));
    // Open the worst dish: its numbers and its forward pass.
    let worst = detail.worst[0];
    h.get_by_label(&format!("Open worst sample {worst}"))
        .click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.judge.opened, Some(worst));
    h.get_by_label(&format!("Test sample #{worst}"));
    h.get_by_label("Its forward pass, layer by layer");
}

#[test]
fn one_step_slowly_walks_the_loop() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Step tab").click();
    h.run_steps(2);
    h.get_by_label("One step, slowly");
    h.get_by_label("Trace one step").click();
    step_until(&mut h, 60, "a trace", |a| {
        a.state.training.insight.trace.is_some()
    });
    h.run_steps(2);
    h.get_by_label("1. The ingredients");
    h.get_by_label("Next ▶").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.step.stage, 1);
    h.get_by_label_contains("Forward: layer 1");
    h.get_by_label_contains("z1 = ");
    h.get_by_label("Show all").click();
    h.run_steps(2);
    h.get_by_label("Tasting: the loss");
    h.get_by_label_contains("Feedback flows back: layer 1");
    h.get_by_label_contains("Adjusting the recipe: layer 1");
}

#[test]
fn presenter_mode_guide_and_ghosts() {
    let mut h = harness();
    wait_for_data(&mut h);
    let body = |h: &egui_kittest::Harness<'static, layerlab::window::LabApp>| {
        h.ctx.global_style().text_styles[&egui::TextStyle::Body].size
    };
    let normal = body(&h);
    assert!(
        h.query_all_by_label("L2 penalty").next().is_some(),
        "advanced settings show normally"
    );

    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Dark theme").click();
    h.run_steps(2);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    if h.query_by_label("Presenter mode").is_none() {
        h.get_by_label("View").click();
        h.run_steps(3);
    }
    h.get_by_label("Presenter mode").click();
    h.run_steps(2);
    assert!(h.state().ui.prefs.look.presenter);
    assert!(body(&h) > normal * 1.2, "presenter fonts are larger");
    assert!(
        h.query_all_by_label("L2 penalty").next().is_none(),
        "presenter mode hides advanced settings"
    );
    assert!(
        h.query_all_by_label("Learning rate").next().is_none(),
        "presenter mode keeps only Train/Pause, Step, the speed, Reset, data and layers"
    );
    h.get_by_label("Speed");
    h.key_press(egui::Key::Escape);
    h.run_steps(2);

    h.get_by_label("Help").click();
    h.run_steps(2);
    h.get_by_label("Guide: the training loop as cooking")
        .click();
    h.run_steps(2);
    assert!(h.state().ui.views.show_guide);
    h.run_steps(2);
    h.get_by_label("3. Tasting is the loss");
    h.get_by_label("4. Feedback is backpropagation");
    h.get_by_label("Close window").click();
    h.run_steps(2);
    assert!(!h.state().ui.views.show_guide);

    // Ghosts: a run kept on reset is drawn behind the next (in the normal window, which
    // has Step epoch and Stop).
    h.state_mut().ui.prefs.look.presenter = false;
    h.run_steps(2);
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "one epoch", |a| {
        a.state.training.history.epochs.len() == 1 && a.state.training.phase == Phase::Paused
    });
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });
    h.get_by_label("Reset").click();
    h.run_steps(2);
    assert_eq!(h.state().state.training.insight.ghosts.len(), 1);
    h.get_by_label("Loss tab").click();
    h.run_steps(2);
    h.get_by_label_contains("Adam lr 0.01");
    h.get_by_label("Clear ghosts").click();
    h.run_steps(2);
    assert!(h.state().state.training.insight.ghosts.is_empty());
}
