//! Presenter mode and a layout that stays put: Escape closes menus and drop-downs, the View
//! menu stays open while zooming, presenter mode shows only the workshop's controls beside
//! a large view, and messages that come and go never move a control.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use layerlab::app::insight::InsightCommand;
use layerlab::app::{Command, Phase};
use layerlab::model::{OptimizerKind, Pace};
use layerlab::train::BoundaryRequest;
use layerlab::window::LabApp;

/// The real app at a projector's size, in presenter mode or not, with its data ready.
fn at(w: f32, h: f32, presenter: bool) -> Harness<'static, LabApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(w, h))
        .build_eframe(|cc| LabApp::new_for_test(&cc.egui_ctx));
    h.state_mut().ui.prefs.look.presenter = presenter;
    wait_for_data(&mut h);
    h
}

/// The rect of the widget named `label`; a drag value when a visible label of the same
/// words sits beside it ("Batch size").
fn rect_of(h: &Harness<'static, LabApp>, label: &str) -> egui::Rect {
    let all: Vec<_> = h.query_all_by_label(label).collect();
    if all.len() == 1 {
        return all[0].rect();
    }
    h.get_by_role_and_label(egui::accesskit::Role::SpinButton, label)
        .rect()
}

#[test]
fn escape_closes_a_drop_down_and_a_menu() {
    let mut h = harness();
    wait_for_data(&mut h);

    // A drop-down of the training panel.
    h.get_by_label("Speed").click();
    h.run_steps(2);
    assert!(h.query_by_label("slow motion: 4 batches/s").is_some());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(
        h.query_by_label("slow motion: 4 batches/s").is_none(),
        "Escape left the Speed drop-down open"
    );
    assert_eq!(
        h.state().state.config.pace,
        Pace::Full,
        "Escape picked a pace"
    );

    // A menu of the menu bar.
    h.get_by_label("View").click();
    h.run_steps(2);
    assert!(h.query_by_label("Presenter mode").is_some());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(
        h.query_by_label("Presenter mode").is_none(),
        "Escape left the View menu open"
    );

    // A settings popup beside a drop-down (the optimizer's parameters).
    let mut cfg = h.state().state.config.clone();
    cfg.optimizer = OptimizerKind::ALL
        .into_iter()
        .find(|o| o.name() == "Adam")
        .unwrap();
    h.state_mut().apply(Command::SetConfig(cfg));
    h.run_steps(2);
    h.get_by_label("Optimizer settings").click();
    h.run_steps(2);
    assert!(h.query_by_label("Beta 1").is_some());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Beta 1").is_none());

    // With nothing open, Escape closes the help window.
    h.state_mut().ui.show_help = true;
    h.run_steps(2);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(!h.state().ui.show_help, "Escape left the help window open");
}

#[test]
fn zooming_keeps_the_view_menu_open() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("View").click();
    h.run_steps(2);
    let before = h.ctx.zoom_factor();
    for _ in 0..2 {
        h.get_by_label("Zoom in").click();
        h.run_steps(2);
        assert!(
            h.query_by_label("Zoom in").is_some(),
            "a zoom step closed the View menu"
        );
    }
    assert!(h.ctx.zoom_factor() > before * 1.2);
    h.get_by_label("Reset zoom").click();
    h.run_steps(2);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-6);
    // Picking a view still closes it.
    h.get_by_label("Boundary").click();
    h.run_steps(2);
    assert!(h.query_by_label("Zoom in").is_none());
}

/// The decision boundary map of the default data (the spiral), computed for the current
/// weights, and its rect on screen.
fn boundary_rect(h: &mut Harness<'static, LabApp>) -> egui::Rect {
    h.get_by_label("Boundary tab").click();
    h.run_steps(2);
    h.state_mut()
        .apply(Command::Insight(InsightCommand::BoundaryNow(
            BoundaryRequest {
                fx: 0,
                fy: 1,
                resolution: 64,
            },
        )));
    step_until(h, 60, "the map", |a| {
        a.state.training.insight.boundary.is_some()
    });
    h.run_steps(3);
    rect_of(h, "Decision boundary map")
}

#[test]
fn presenter_mode_shows_the_reduced_controls_beside_a_large_view() {
    let (w, ht) = (1280.0, 720.0);
    let mut h = at(w, ht, true);
    h.run_steps(2);
    // Body text is projector size.
    let body = h.ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    assert!(body * h.ctx.zoom_factor() >= 18.0, "body text {body} px");

    // Only the workshop's controls: Train / Pause, Step, speed, Reset, dataset, layers.
    for present in [
        "Train",
        "Step batch",
        "Reset",
        "Speed",
        "Dataset",
        "Add layer",
        "Presets",
        "Layer 1 units",
        "Remove layer 1 (Dense)",
    ] {
        assert!(
            h.query_by_label(present).is_some(),
            "presenter mode lacks {present}"
        );
    }
    for absent in [
        "Stop",
        "Step epoch",
        "Learning rate",
        "Optimizer",
        "Batch size",
        "Epochs",
        "Seed",
        "Insert layer at position 1",
    ] {
        assert!(
            h.query_by_label(absent).is_none(),
            "presenter mode shows {absent}"
        );
    }

    // The tabs sit in the menu bar, leaving the height to the view.
    let tabs = rect_of(&h, "Loss tab");
    let view = rect_of(&h, "View");
    assert!(
        (tabs.center().y - view.center().y).abs() < 4.0,
        "tabs {tabs:?} not in the menu bar {view:?}"
    );

    // The boundary map is large, and much larger than in the normal layout.
    let big = boundary_rect(&mut h);
    assert!(
        big.left() < w / 3.0,
        "the view starts at x = {}",
        big.left()
    );
    assert!(
        // Square, so the height binds on a wide screen.
        big.width() >= 0.36 * w && big.height() >= 0.65 * ht,
        "presenter map {big:?}"
    );
    assert!(
        big.right() <= w && big.bottom() <= ht,
        "map clipped: {big:?}"
    );
    let mut normal = at(w, ht, false);
    let small = boundary_rect(&mut normal);
    assert!(
        big.area() >= 2.0 * small.area(),
        "presenter map {big:?} against normal {small:?}"
    );

    // The data plotted in the Loss view is not covered by a legend inside the plot:
    // presenter mode draws its legend above it.
    h.state_mut().apply(Command::Train);
    step_until(&mut h, 60, "an epoch", |a| a.state.training.epoch >= 1);
    h.state_mut().apply(Command::Stop);
    h.get_by_label("Loss tab").click();
    h.run_steps(3);
    // egui_plot's own legend (inside the plot) is made of check boxes; the row above the
    // plot is made of labels.
    let entry = h.get_by_label("train loss (epoch)");
    assert_ne!(
        entry.accesskit_node().role(),
        egui::Role::CheckBox,
        "a legend entry inside the loss plot"
    );
}

#[test]
fn messages_and_states_do_not_move_controls() {
    let mut h = harness();
    // While the data loads, Train is blocked and says why.
    h.run_steps(1);
    let loading_speed = rect_of(&h, "Speed");
    wait_for_data(&mut h);
    let watched = [
        "Speed",
        "Stop",
        "Step batch",
        "Learning rate ×10",
        "Batch size",
    ];
    let before: Vec<egui::Rect> = watched.iter().map(|l| rect_of(&h, l)).collect();
    assert_eq!(loading_speed, before[0], "the blocker line moved Speed");

    // Another optimizer (with more parameters) moves no row below it.
    let mut cfg = h.state().state.config.clone();
    cfg.optimizer = OptimizerKind::ALL
        .into_iter()
        .find(|o| o.name() == "RMSprop")
        .unwrap();
    cfg.epochs = 1000;
    cfg.pace = Pace::BatchesPerSec(4);
    h.state_mut().apply(Command::SetConfig(cfg));
    h.run_steps(2);
    for (l, r) in watched.iter().zip(&before) {
        assert_eq!(rect_of(&h, l), *r, "changing the optimizer moved {l}");
    }

    // Running: the play button says Pause, the speed line appears; nothing moves.
    h.get_by_label("Train").click();
    step_until(&mut h, 30, "a few batches", |a| {
        a.state.training.phase == Phase::Running && a.state.training.step >= 2
    });
    h.run_steps(2);
    assert!(h.query_by_label("⏸ Pause").is_some());
    for (l, r) in watched.iter().zip(&before) {
        assert_eq!(rect_of(&h, l), *r, "training moved {l}");
    }

    // The layer editor: an edit after training shows the banner ("the next Train
    // re-initializes …") and marks the layer; the insert points below stay put.
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });
    h.run_steps(2);
    let inserts = ["Insert layer at position 2", "Insert layer at position 3"];
    let before: Vec<egui::Rect> = inserts.iter().map(|l| rect_of(&h, l)).collect();
    h.get_by_label("More Layer 1 units").click();
    h.run_steps(3);
    assert!(
        !h.state().state.net.reset_layers.is_empty(),
        "the edit did not reset a layer"
    );
    for (l, r) in inserts.iter().zip(&before) {
        assert_eq!(rect_of(&h, l), *r, "the edit banner moved {l}");
    }

    // An error notice also floats as a toast (beside the status bar's line): no control
    // moves.
    let speed = rect_of(&h, "Speed");
    h.state_mut().state.notify(
        layerlab::app::NoticeKind::Error,
        "could not save: a long message that would never fit in one line of the status bar",
    );
    h.run_steps(2);
    assert_eq!(
        h.query_all_by_label_contains("would never fit").count(),
        2,
        "the notice is in the status bar and in a toast"
    );
    assert_eq!(rect_of(&h, "Speed"), speed);
    assert_eq!(rect_of(&h, inserts[0]), before[0]);
}
