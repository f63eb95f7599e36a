//! The layer editor through the accessibility tree: add, edit, reorder, remove, undo, and
//! an invalid stack that disables Train.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, wait_for_data};
use egui_kittest::kittest::{NodeT, Queryable};
use layerlab::model::{Activation, LayerSpec};

#[test]
fn edit_the_stack_and_see_shapes_and_parameter_counts() {
    let mut h = harness();
    wait_for_data(&mut h);
    // Spiral: 2 features, 2 classes. Small MLP: Dense 8, ReLU, Dense 8, ReLU, Output 2.
    // 2·8+8 + 8·8+8 + 8·2+2 = 24 + 72 + 18 = 114.
    h.get_by_label("Total parameters: 114");

    // Quick + on the first dense layer: 9 units → 27 + 80 + 18 = 125.
    h.get_by_label("More Layer 1 units").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers[0], LayerSpec::dense(9));
    h.get_by_label("Total parameters: 125");
    assert_eq!(
        h.get_all_by_label("out 9").count(),
        2,
        "Dense 9 and the ReLU after it"
    );

    // Add a layer from the palette at the end: Dense 16 with its ReLU
    // → 27 + 80 + (8·16+16) + (16·2+2) = 285.
    h.get_by_label("➕ Add layer").click();
    h.run_steps(2);
    h.get_by_label("Add Dense").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 6);
    assert_eq!(h.state().state.editor.layers[4], LayerSpec::dense(16));
    assert_eq!(
        h.state().state.editor.layers[5],
        LayerSpec::Act(Activation::ReLU)
    );
    h.get_by_label("Total parameters: 285");
    // Without its ReLU, as before.
    h.get_by_label("Remove layer 6 (ReLU)").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 5);

    // Move it up above the ReLU, then remove it.
    h.get_by_label("Move layer 5 (Dense) up").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers[3], LayerSpec::dense(16));
    assert_eq!(
        h.state().state.editor.layers[4],
        LayerSpec::Act(Activation::ReLU)
    );
    h.get_by_label("Remove layer 4 (Dense)").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 4);
    h.get_by_label("Total parameters: 125");

    // Duplicate the first layer, then undo it with Ctrl+Z and redo with Ctrl+Y.
    h.get_by_label("Duplicate layer 1 (Dense)").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 5);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 4);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 5);
    h.get_by_label("Undo").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 4);
}

#[test]
fn an_invalid_stack_disables_train_with_the_reason() {
    let mut h = harness();
    wait_for_data(&mut h);
    assert!(!h.get_by_label("Train").accesskit_node().is_disabled());

    // A convolution on flat 2-feature data cannot work.
    h.get_by_label("Insert layer at position 1").click();
    h.run_steps(2);
    h.get_by_label("Add Conv2d").click();
    h.run_steps(2);
    assert!(matches!(
        h.state().state.editor.layers[0],
        LayerSpec::Conv2d { .. }
    ));
    assert!(h.state().state.net.error_for(0).is_some());
    // On the layer and beside the disabled Train button.
    assert_eq!(
        h.get_all_by_label_contains("needs an image input").count(),
        2
    );
    assert!(h.get_by_label("Train").accesskit_node().is_disabled());
    h.get_by_label_contains("Total parameters: —");

    // Remove it: Train is enabled again.
    h.get_by_label("Remove layer 1 (Conv2d)").click();
    h.run_steps(2);
    assert!(!h.get_by_label("Train").accesskit_node().is_disabled());
    h.get_by_label("Total parameters: 114");
}

#[test]
fn presets_replace_the_stack() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Presets").click();
    h.run_steps(2);
    h.get_by_label("Deep MLP").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 8);
    // 2·32+32 + 3·(32·32+32) + 32·2+2 = 96 + 3168 + 66 = 3330.
    h.get_by_label("Total parameters: 3,330");
}
