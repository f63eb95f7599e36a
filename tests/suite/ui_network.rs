//! The Network view as the network is now: it follows every edit before any training,
//! "Add layer" brings an activation with a dense layer, every hidden neuron of a
//! two-feature network shows its map, and a convolutional network shows its kernels and
//! the feature maps of a chosen sample.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use layerlab::app::editor::Preset;
use layerlab::app::{Command, Phase};
use layerlab::data::{BuiltinKind, BuiltinSpec};
use layerlab::model::{Activation, LayerSpec, Shape};
use layerlab::window::LabApp;

#[test]
fn the_network_view_follows_an_edit_before_any_training() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Network tab").click();
    h.run_steps(3);
    // Nothing trained: the stack from the editor, every layer marked as such.
    h.get_by_label_contains("Not trained yet: the drawing shows the network");
    h.get_by_label_contains("Layer column 1: Dense 8 · ReLU, 8 units, not trained yet");
    h.get_by_label_contains("Layer column 3: Output Dense 2, 2 units, not trained yet");
    assert_eq!(h.get_all_by_label_contains("of layer column 1").count(), 8);

    // Wider first layer: the drawing follows at once.
    h.get_by_label("More Layer 1 units").click();
    h.run_steps(2);
    h.get_by_label_contains("Layer column 1: Dense 9 · ReLU, 9 units");
    assert_eq!(h.get_all_by_label_contains("of layer column 1").count(), 9);

    // One more layer: a new column before the output.
    h.get_by_label("➕ Add layer").click();
    h.run_steps(2);
    h.get_by_label("Add Dense").click();
    h.run_steps(2);
    h.get_by_label_contains("Layer column 3: Dense 16 · ReLU, 16 units, not trained yet");
    h.get_by_label_contains("Layer column 4: Output Dense 2");
    assert_eq!(h.get_all_by_label_contains("of layer column 3").count(), 16);

    // Train one epoch: every column is trained.
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "one epoch", |a| {
        a.state.training.phase == Phase::Paused && a.state.training.insight.weights.is_some()
    });
    h.run_steps(2);
    assert_eq!(h.query_all_by_label_contains("not trained yet").count(), 0);
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });
    h.run_steps(2);

    // An edit after training: only the changed layer and the one after it (whose input
    // changed) are drawn as not trained; the first and the output keep their weights.
    h.get_by_label("More Layer 3 units").click();
    h.run_steps(2);
    let trained = |h: &Harness<'static, LabApp>, col: &str| {
        !h.get_by_label_contains(col)
            .accesskit_node()
            .label()
            .unwrap_or_default()
            .contains("not trained yet")
    };
    assert!(trained(&h, "Layer column 1: Dense 9 · ReLU, 9 units"));
    h.get_by_label_contains("Layer column 2: Dense 9 · ReLU, 9 units, not trained yet");
    h.get_by_label_contains("Layer column 3: Dense 16 · ReLU, 16 units, not trained yet");
    assert!(trained(&h, "Layer column 4: Output Dense 2"));
    h.get_by_label_contains("2 of 4 layers changed since training");
}

#[test]
fn add_layer_after_a_dense_layer_brings_its_activation() {
    let mut h = harness();
    wait_for_data(&mut h);
    let relu = LayerSpec::Act(Activation::ReLU);
    // Remove the last ReLU: the stack ends with a bare Dense 8.
    h.get_by_label("Remove layer 4 (ReLU)").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 3);
    h.get_by_label("➕ Add layer").click();
    h.run_steps(2);
    h.get_by_label("Add Dense").click();
    h.run_steps(2);
    // The bare Dense got its activation back, and the new one came with one.
    assert_eq!(
        h.state().state.editor.layers,
        vec![
            LayerSpec::dense(8),
            relu.clone(),
            LayerSpec::dense(8),
            relu.clone(),
            LayerSpec::dense(16),
            relu.clone(),
        ]
    );
    // Between a Dense and its ReLU: the new pair goes after the ReLU.
    h.get_by_label("Insert layer at position 2").click();
    h.run_steps(2);
    h.get_by_label("Add Dense").click();
    h.run_steps(2);
    let layers = &h.state().state.editor.layers;
    assert_eq!(layers.len(), 8);
    assert_eq!(
        layers[..4],
        [
            LayerSpec::dense(8),
            relu.clone(),
            LayerSpec::dense(16),
            relu.clone()
        ]
    );
    // Never two weighted layers in a row: no linear stack by accident.
    for w in layers.windows(2) {
        assert!(
            !(matches!(w[0], LayerSpec::Dense { .. }) && matches!(w[1], LayerSpec::Dense { .. })),
            "{layers:?}"
        );
    }
    // One undo step removes the whole pair.
    h.get_by_label("Undo").click();
    h.run_steps(2);
    assert_eq!(h.state().state.editor.layers.len(), 6);
    // An activation alone is just that.
    h.get_by_label("Insert layer at position 1").click();
    h.run_steps(2);
    h.get_by_label("Add Tanh").click();
    h.run_steps(2);
    assert_eq!(
        h.state().state.editor.layers[0],
        LayerSpec::Act(Activation::Tanh)
    );
    assert_eq!(h.state().state.editor.layers.len(), 7);
}

#[test]
fn every_hidden_neuron_of_a_two_feature_network_shows_its_map_after_a_step() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Network tab").click();
    h.run_steps(2);
    h.get_by_label("Step batch").click();
    step_until(&mut h, 60, "a step and the neuron maps", |a| {
        let t = &a.state.training;
        t.phase == Phase::Paused
            && t.step >= 1
            && t.insight
                .boundary
                .as_ref()
                .is_some_and(|g| g.hidden.len() == 2)
            && a.ui.views.network.maps_drawn.len() == 3
    });
    h.run_steps(2);
    let grid = h.state().state.training.insight.boundary.clone().unwrap();
    // Small MLP: two hidden layers of 8 units, each unit with its map over the plane (and
    // the two inputs with theirs: x1 grows to the right, x2 upwards).
    assert_eq!(
        grid.hidden.iter().map(|m| m.units).collect::<Vec<_>>(),
        vec![8, 8]
    );
    assert_eq!(
        h.state().ui.views.network.maps_drawn,
        vec![(0, 2), (1, 8), (2, 8)]
    );
    h.get_by_label_contains("Layer column 1: Dense 8 · ReLU, 8 units, each with its map");
    h.get_by_label_contains("Layer column 2: Dense 8 · ReLU, 8 units, each with its map");
    // The output column has no maps (the Boundary tab is its map).
    assert!(!h
        .get_by_label_contains("Layer column 3: Output")
        .accesskit_node()
        .label()
        .unwrap_or_default()
        .contains("map"));

    // An edit: the maps follow (asked again for the edited network, new layer included).
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });
    h.get_by_label("More Layer 3 units").click();
    step_until(&mut h, 60, "maps of the edited network", |a| {
        a.ui.views.network.maps_drawn == vec![(0, 2), (1, 8), (2, 9)]
    });
}

#[test]
fn a_conv_network_shows_kernels_and_feature_maps_of_a_chosen_sample() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut()
        .state
        .apply(Command::UseBuiltin(BuiltinSpec::new(BuiltinKind::Digits)));
    step_until(&mut h, 60, "the digits", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| matches!(d.input_shape, Shape::Image { .. }))
    });
    h.state_mut().state.apply(Command::ApplyPreset(Preset::Cnn));
    h.get_by_label("Network tab").click();
    // Before training: the starting kernels and the feature maps of sample 0 (a look job).
    step_until(&mut h, 60, "the first trace", |a| {
        a.state.training.insight.trace.is_some()
            && a.ui.views.network.conv.feature_rows().len() == 5
    });
    h.run_steps(2);
    let conv = &h.state().ui.views.network.conv;
    assert_eq!(conv.kernel_rows().len(), 2, "{:?}", conv.kernel_rows());
    assert!(conv.kernel_rows()[0].contains("not trained yet"));
    h.get_by_label("Kernel 1 of layer 1 (Conv2d 8@3x3 pad 1)");
    h.get_by_label("Kernel 16 of layer 4 (Conv2d 16@3x3 pad 1)");
    h.get_by_label("Sample 0 channel 1");
    // After each convolution (with its ReLU) and each pooling: 8, 8, 16, 16 maps.
    for (layer, maps) in [(2, 8), (3, 8), (5, 16), (6, 16)] {
        h.get_by_label(&format!("Feature map {maps} after layer {layer}"));
        assert!(h
            .query_by_label(&format!("Feature map {} after layer {layer}", maps + 1))
            .is_none());
    }

    // Another sample: its own feature maps.
    h.get_by_label("More Feature-map sample").click();
    step_until(&mut h, 60, "the trace of sample 1", |a| {
        a.state
            .training
            .insight
            .trace
            .as_ref()
            .is_some_and(|t| t.sample == 1)
    });
    h.run_steps(2);
    h.get_by_label("Sample 1 channel 1");
    assert!(h.query_by_label("Sample 0 channel 1").is_none());

    // A training step: trained kernels.
    h.get_by_label("Step batch").click();
    step_until(&mut h, 60, "trained kernels", |a| {
        a.state.training.insight.weights.is_some()
            && a.ui
                .views
                .network
                .conv
                .kernel_rows()
                .first()
                .is_some_and(|r| !r.contains("not trained"))
    });
    h.get_by_label("Kernel 8 of layer 1 (Conv2d 8@3x3 pad 1)");
}
