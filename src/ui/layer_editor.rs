//! The layer editor (left panel): the network as a vertical stack, Input → the user's
//! layers → Output, with shapes, parameter counts, in-place settings, a palette, presets,
//! reorder/duplicate/remove, undo/redo, and the shape-inference errors on the offending
//! layer.

use super::help_texts::{self as help, Setting};
use super::style::{error, warning, ERROR};
use super::widgets;
use crate::app::editor::{kept_layers, palette_insert, Preset};
use crate::app::{Command, LabState};
use crate::model::{Activation, LayerInfo, LayerSpec, Shape};
use crate::numfmt::thousands;
use crate::tr;
use egui::{RichText, Ui};

/// Draws the panel.
pub fn show(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(tr!("controls-editor-heading"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(
                    state.editor.can_redo(),
                    egui::Button::new(tr!("controls-menu-redo")),
                )
                .on_hover_text("Ctrl+Y")
                .clicked()
            {
                out.push(Command::Redo);
            }
            if ui
                .add_enabled(
                    state.editor.can_undo(),
                    egui::Button::new(tr!("controls-menu-undo")),
                )
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                out.push(Command::Undo);
            }
            ui.menu_button(tr!("controls-presets"), |ui| {
                for p in Preset::ALL {
                    let r = ui.button(p.name()).on_hover_text(p.description());
                    if r.clicked() {
                        out.push(Command::ApplyPreset(p));
                        ui.close();
                    }
                }
            });
        });
    });
    let total = match state.net.total_params() {
        Some(n) => tr!("controls-total-params", count = thousands(n)),
        None => tr!("controls-total-params-unknown"),
    };
    ui.label(RichText::new(total).strong().size(17.0));
    // The edit banner has its own line, kept when empty, so the layers never jump.
    let banner = (!state.net.reset_layers.is_empty()).then(|| {
        RichText::new(tr!(
            "controls-reset-banner",
            layers = state.net.reset_layers.join(", ")
        ))
        .color(warning(ui.visuals()))
    });
    widgets::slot(ui, banner);
    ui.separator();

    let infos: Vec<LayerInfo> = match &state.net.resolved {
        Ok(r) => r.layers.clone(),
        Err(_) => Vec::new(),
    };
    let kept: Vec<bool> = match (&state.training.state_net, &state.net.resolved) {
        (Some(old), Ok(new)) if state.training.state.is_some() => {
            kept_layers(&old.layers, &new.layers)
        }
        _ => Vec::new(),
    };
    let n = state.editor.layers.len();

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            input_row(ui, state);
            insert_point(ui, 0, &state.editor.layers, out);
            for (i, spec) in state.editor.layers.iter().enumerate() {
                let info = infos.get(i);
                let reset = kept.get(i).is_some_and(|k| !k) && info.is_some_and(|l| l.params > 0);
                layer_row(ui, i, n, spec, info, state.net.error_for(i), reset, out);
                insert_point(ui, i + 1, &state.editor.layers, out);
            }
            output_row(ui, state, infos.last(), kept.last().is_some_and(|k| !k));
            ui.add_space(8.0);
            ui.menu_button(
                RichText::new(tr!("controls-add-layer-button")).size(16.0),
                |ui| {
                    palette(ui, n, &state.editor.layers, out);
                },
            )
            .response
            .on_hover_text(tr!("controls-add-layer-tip"));
        });
}

fn input_row(ui: &mut Ui, state: &LabState) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr!("controls-input")).strong());
            match (state.net.input, &state.data.dataset) {
                (Some(shape), Some(ds)) => {
                    let what = match shape {
                        Shape::Flat(n) => tr!("controls-features", n = n),
                        s => tr!("controls-image", shape = s.to_string()),
                    };
                    // A built-in dataset by its name in the window's language.
                    let dataset = match &state.data.origin {
                        Some(crate::app::DataOrigin::Builtin(s)) => {
                            crate::app::builtin_name(s.kind)
                        }
                        _ => ds.name.clone(),
                    };
                    ui.label(tr!("controls-input-from", what = what, dataset = dataset));
                }
                _ => {
                    ui.label(RichText::new(tr!("controls-no-data")).weak());
                }
            }
        });
    });
}

fn output_row(ui: &mut Ui, state: &LabState, head: Option<&LayerInfo>, reset: bool) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!("controls-output")).strong());
            match (&state.net.head, state.data.dataset.as_ref()) {
                (Ok(units), Some(ds)) => {
                    let what = if ds.task.is_classification() {
                        tr!("controls-classes", n = ds.task.num_classes())
                    } else {
                        tr!("controls-regression")
                    };
                    ui.label(format!("Dense {units}"))
                        .on_hover_text(tr!("controls-output-fixed", what = what));
                }
                (Err(e), _) => {
                    ui.label(
                        RichText::new(widgets::plain(&e.to_string())).color(error(ui.visuals())),
                    );
                }
                _ => {}
            }
            if reset {
                ui.label(
                    RichText::new(tr!("controls-new-layer"))
                        .color(warning(ui.visuals()))
                        .small(),
                )
                .on_hover_text(tr!("controls-new-layer-tip"));
            }
            if let Some(h) = head {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(tr!("controls-params", count = thousands(h.params)));
                    ui.label(tr!("controls-out-shape", shape = shape_text(h.output)));
                });
            }
        });
    });
}

fn insert_point(ui: &mut Ui, at: usize, layers: &[LayerSpec], out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.add_space(ui.available_width() / 2.0 - 14.0);
        let r = ui
            .menu_button(RichText::new("+").weak(), |ui| palette(ui, at, layers, out))
            .response;
        let _ = r
            .accessible_name(tr!("controls-insert-at", n = at + 1))
            .on_hover_text(tr!("controls-insert-tip"));
    });
}

/// The palette: every layer kind with its one-line description; a Dense or Conv2d layer
/// says which activation comes with it.
pub(crate) fn palette(ui: &mut Ui, at: usize, layers: &[LayerSpec], out: &mut Vec<Command>) {
    ui.set_min_width(380.0);
    ui.label(RichText::new(tr!("controls-add-a-layer")).strong());
    for spec in LayerSpec::palette() {
        let (_, block) = palette_insert(layers, at, spec.clone());
        let with: Vec<&str> = block
            .iter()
            .filter(|l| matches!(l, LayerSpec::Act(_)))
            .map(LayerSpec::name)
            .collect();
        let title = match with.last() {
            Some(act) if block.len() > 1 => format!("{} + {act}", spec.name()),
            _ => spec.name().to_string(),
        };
        let r = ui
            .button(title)
            .accessible_name(tr!("controls-add-kind", kind = spec.name()));
        let r = if block.len() > 1 {
            r.on_hover_text(format!(
                "{}\n\n{}",
                help::layer(&spec),
                tr!("controls-comes-with-activation")
            ))
        } else {
            r.on_hover_text(help::layer(&spec))
        };
        ui.label(
            RichText::new(widgets::plain(spec.description()))
                .small()
                .weak(),
        );
        if r.clicked() {
            out.push(Command::AddLayer { at, spec });
            ui.close();
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn layer_row(
    ui: &mut Ui,
    i: usize,
    n: usize,
    spec: &LayerSpec,
    info: Option<&LayerInfo>,
    error: Option<&str>,
    reset: bool,
    out: &mut Vec<Command>,
) {
    let mut frame = egui::Frame::group(ui.style());
    if error.is_some() {
        frame = frame.stroke(egui::Stroke::new(2.0, ERROR));
    }
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("{}", i + 1)).weak());
            ui.label(RichText::new(spec.name()).strong())
                .on_hover_text(help::layer(spec));
            if let (Some(l), None) = (info, error) {
                ui.label(tr!("controls-out-shape", shape = shape_text(l.output)));
                ui.label(RichText::new(tr!("controls-params", count = thousands(l.params))).weak());
            }
            // On the row itself, not a line below it: the rows under it stay put.
            if reset {
                ui.label(
                    RichText::new(tr!("controls-new-layer"))
                        .color(warning(ui.visuals()))
                        .small(),
                )
                .on_hover_text(tr!("controls-new-layer-tip"));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let name = tr!("controls-layer-name", n = i + 1, kind = spec.name());
                if ui
                    .small_button("✖")
                    .accessible_name(tr!("controls-remove-named", name = name))
                    .on_hover_text(tr!("controls-remove"))
                    .clicked()
                {
                    out.push(Command::RemoveLayer(i));
                }
                if ui
                    .small_button("📋")
                    .accessible_name(tr!("controls-duplicate-named", name = name))
                    .on_hover_text(tr!("controls-duplicate"))
                    .clicked()
                {
                    out.push(Command::DuplicateLayer(i));
                }
                if ui
                    .add_enabled(i + 1 < n, egui::Button::new("⬇").small())
                    .accessible_name(tr!("controls-move-down-named", name = name))
                    .on_hover_text(tr!("controls-move-down"))
                    .clicked()
                {
                    out.push(Command::MoveLayer { from: i, to: i + 1 });
                }
                if ui
                    .add_enabled(i > 0, egui::Button::new("⬆").small())
                    .accessible_name(tr!("controls-move-up-named", name = name))
                    .on_hover_text(tr!("controls-move-up"))
                    .clicked()
                {
                    out.push(Command::MoveLayer { from: i, to: i - 1 });
                }
            });
        });
        ui.horizontal_wrapped(|ui| {
            if let Some(new) = settings(ui, i, spec) {
                out.push(Command::SetLayer {
                    index: i,
                    spec: new,
                });
            }
        });
        if let Some(e) = error {
            ui.label(
                RichText::new(format!("⚠ {}", widgets::plain(e)))
                    .color(super::style::error(ui.visuals())),
            );
        }
    });
}

/// In-place settings of a layer; returns the new spec when something changed.
fn settings(ui: &mut Ui, i: usize, spec: &LayerSpec) -> Option<LayerSpec> {
    // The accessible name of a setting: "Layer 2 units".
    let id = |key: &str| layer_setting(i, key);
    match *spec {
        LayerSpec::Dense { units, bias } => {
            ui.label(tr!("controls-layer-units"))
                .on_hover_text(Setting::Units.tip());
            if let Some(u) = widgets::stepper(ui, &id("controls-layer-units"), units, 1, 4096) {
                return Some(LayerSpec::Dense { units: u, bias });
            }
            let mut b = bias;
            if ui
                .checkbox(&mut b, tr!("controls-layer-bias"))
                .accessible_name(id("controls-layer-bias"))
                .on_hover_text(Setting::Bias.tip())
                .changed()
            {
                return Some(LayerSpec::Dense { units, bias: b });
            }
            None
        }
        LayerSpec::Conv2d {
            filters,
            kernel,
            stride,
            padding,
        } => {
            let mut s = (filters, kernel, stride, padding);
            ui.label(tr!("controls-layer-filters"))
                .on_hover_text(Setting::Filters.tip());
            if let Some(f) = widgets::stepper(ui, &id("controls-layer-filters"), filters, 1, 512) {
                s.0 = f;
            }
            ui.label(tr!("controls-layer-kernel"))
                .on_hover_text(Setting::Kernel.tip());
            if let Some(k) =
                widgets::drag(ui, "", &id("controls-layer-kernel"), kernel, 1..=15, 0.1)
            {
                s.1 = k;
            }
            ui.label(tr!("controls-layer-stride"))
                .on_hover_text(Setting::Stride.tip());
            if let Some(v) = widgets::drag(ui, "", &id("controls-layer-stride"), stride, 1..=8, 0.1)
            {
                s.2 = v;
            }
            ui.label(tr!("controls-layer-padding"))
                .on_hover_text(Setting::Padding.tip());
            if let Some(v) =
                widgets::drag(ui, "", &id("controls-layer-padding"), padding, 0..=7, 0.1)
            {
                s.3 = v;
            }
            (s != (filters, kernel, stride, padding)).then_some(LayerSpec::Conv2d {
                filters: s.0,
                kernel: s.1,
                stride: s.2,
                padding: s.3,
            })
        }
        LayerSpec::MaxPool2d { size, stride } | LayerSpec::AvgPool2d { size, stride } => {
            let mut s = (size, stride);
            ui.label(tr!("controls-layer-size"))
                .on_hover_text(Setting::PoolSize.tip());
            if let Some(v) = widgets::drag(ui, "", &id("controls-layer-size"), size, 1..=8, 0.1) {
                s.0 = v;
            }
            ui.label(tr!("controls-layer-stride"))
                .on_hover_text(Setting::Stride.tip());
            if let Some(v) = widgets::drag(ui, "", &id("controls-layer-stride"), stride, 1..=8, 0.1)
            {
                s.1 = v;
            }
            (s != (size, stride)).then_some(match spec {
                LayerSpec::MaxPool2d { .. } => LayerSpec::MaxPool2d {
                    size: s.0,
                    stride: s.1,
                },
                _ => LayerSpec::AvgPool2d {
                    size: s.0,
                    stride: s.1,
                },
            })
        }
        LayerSpec::Dropout { p } => {
            ui.label(tr!("controls-layer-drop"))
                .on_hover_text(Setting::DropProbability.tip());
            widgets::drag(ui, "", &id("controls-layer-drop"), p, 0.0..=0.95, 0.01)
                .map(|p| LayerSpec::Dropout { p })
        }
        LayerSpec::Act(a) => activation_settings(ui, i, a).map(LayerSpec::Act),
        LayerSpec::Flatten | LayerSpec::BatchNorm | LayerSpec::LayerNorm => {
            ui.label(
                RichText::new(tr!("controls-layer-no-settings"))
                    .weak()
                    .small(),
            );
            None
        }
    }
}

fn activation_settings(ui: &mut Ui, i: usize, a: Activation) -> Option<Activation> {
    let mut out = None;
    let label = ui
        .label(tr!("controls-layer-function"))
        .on_hover_text(Setting::Function.tip());
    egui::ComboBox::from_id_salt(("activation", i))
        .selected_text(a.name())
        .show_ui(ui, |ui| {
            for cand in Activation::ALL {
                if ui
                    .selectable_label(cand.name() == a.name(), cand.name())
                    .on_hover_text(help::layer(&LayerSpec::Act(cand)))
                    .clicked()
                    && cand.name() != a.name()
                {
                    out = Some(cand);
                }
            }
        })
        .response
        .labelled_by(label.id);
    match a {
        Activation::LeakyReLU { slope } => {
            ui.label(tr!("controls-layer-slope"))
                .on_hover_text(Setting::Slope.tip());
            if let Some(s) = widgets::drag(
                ui,
                "",
                &layer_setting(i, "controls-layer-slope"),
                slope,
                0.0..=1.0,
                0.005,
            ) {
                out = Some(Activation::LeakyReLU { slope: s });
            }
        }
        Activation::ELU { alpha } => {
            ui.label(tr!("controls-layer-alpha"))
                .on_hover_text(Setting::EluAlpha.tip());
            if let Some(s) = widgets::drag(
                ui,
                "",
                &layer_setting(i, "controls-layer-alpha"),
                alpha,
                0.01..=10.0,
                0.01,
            ) {
                out = Some(Activation::ELU { alpha: s });
            }
        }
        _ => {}
    }
    out
}

/// The accessible name of the setting `key` (a `controls-layer-…` word) of layer `i`
/// (0-based): "Layer 2 units".
pub(crate) fn layer_setting(i: usize, key: &str) -> String {
    tr!("controls-layer-setting", n = i + 1, what = tr!(key))
}

/// "2" for flat shapes ("2 features" reads better at the input), "8×14×14" for images.
pub fn shape_text(s: Shape) -> String {
    match s {
        Shape::Flat(n) => format!("{n}"),
        Shape::Image { .. } => s.to_string(),
    }
}
