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
use egui::{RichText, Ui};

/// Draws the panel.
pub fn show(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Network");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(state.editor.can_redo(), egui::Button::new("Redo"))
                .on_hover_text("Ctrl+Y")
                .clicked()
            {
                out.push(Command::Redo);
            }
            if ui
                .add_enabled(state.editor.can_undo(), egui::Button::new("Undo"))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                out.push(Command::Undo);
            }
            ui.menu_button("Presets", |ui| {
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
        Some(n) => format!("Total parameters: {}", thousands(n)),
        None => "Total parameters: — (fix the marked layer)".to_string(),
    };
    ui.label(RichText::new(total).strong().size(17.0));
    // The edit banner has its own line, kept when empty, so the layers never jump.
    let banner = (!state.net.reset_layers.is_empty()).then(|| {
        RichText::new(format!(
            "Trained weights are kept for unchanged layers; the next Train re-initializes: {}",
            state.net.reset_layers.join(", ")
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
            ui.menu_button(RichText::new("➕ Add layer").size(16.0), |ui| {
                palette(ui, n, &state.editor.layers, out);
            })
            .response
            .on_hover_text("Add a layer at the end (before the output)");
        });
}

fn input_row(ui: &mut Ui, state: &LabState) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(RichText::new("Input").strong());
            match (state.net.input, &state.data.dataset) {
                (Some(shape), Some(ds)) => {
                    let what = match shape {
                        Shape::Flat(1) => "1 feature".to_string(),
                        Shape::Flat(n) => format!("{n} features"),
                        s => format!("image {s}"),
                    };
                    ui.label(format!("{what} from {}", ds.name));
                }
                _ => {
                    ui.label(RichText::new("no data yet — see the Data tab").weak());
                }
            }
        });
    });
}

fn output_row(ui: &mut Ui, state: &LabState, head: Option<&LayerInfo>, reset: bool) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Output").strong());
            match (&state.net.head, state.data.dataset.as_ref()) {
                (Ok(units), Some(ds)) => {
                    let what = if ds.task.is_classification() {
                        format!("{} classes", ds.task.num_classes())
                    } else {
                        "regression".to_string()
                    };
                    ui.label(format!("Dense {units}"))
                        .on_hover_text(format!("Fixed by the task: {what}"));
                }
                (Err(e), _) => {
                    ui.label(
                        RichText::new(widgets::plain(&e.to_string())).color(error(ui.visuals())),
                    );
                }
                _ => {}
            }
            if reset {
                ui.label(RichText::new("new").color(warning(ui.visuals())).small())
                    .on_hover_text("re-initialized on the next Train");
            }
            if let Some(h) = head {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(format!("{} params", thousands(h.params)));
                    ui.label(format!("out {}", shape_text(h.output)));
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
            .accessible_name(format!("Insert layer at position {}", at + 1))
            .on_hover_text("Insert a layer here");
    });
}

/// The palette: every layer kind with its one-line description; a Dense or Conv2d layer
/// says which activation comes with it.
pub(crate) fn palette(ui: &mut Ui, at: usize, layers: &[LayerSpec], out: &mut Vec<Command>) {
    ui.set_min_width(380.0);
    ui.label(RichText::new("Add a layer").strong());
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
            .accessible_name(format!("Add {}", spec.name()));
        let r = if block.len() > 1 {
            r.on_hover_text(format!(
                "{}\n\nComes with its activation: without one, stacked layers collapse into a single straight-line (linear) layer.",
                help::layer(&spec)
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
                ui.label(format!("out {}", shape_text(l.output)));
                ui.label(RichText::new(format!("{} params", thousands(l.params))).weak());
            }
            // On the row itself, not a line below it: the rows under it stay put.
            if reset {
                ui.label(RichText::new("new").color(warning(ui.visuals())).small())
                    .on_hover_text("re-initialized on the next Train");
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let name = format!("layer {} ({})", i + 1, spec.name());
                if ui
                    .small_button("✖")
                    .accessible_name(format!("Remove {name}"))
                    .on_hover_text("Remove")
                    .clicked()
                {
                    out.push(Command::RemoveLayer(i));
                }
                if ui
                    .small_button("📋")
                    .accessible_name(format!("Duplicate {name}"))
                    .on_hover_text("Duplicate")
                    .clicked()
                {
                    out.push(Command::DuplicateLayer(i));
                }
                if ui
                    .add_enabled(i + 1 < n, egui::Button::new("⬇").small())
                    .accessible_name(format!("Move {name} down"))
                    .on_hover_text("Move down")
                    .clicked()
                {
                    out.push(Command::MoveLayer { from: i, to: i + 1 });
                }
                if ui
                    .add_enabled(i > 0, egui::Button::new("⬆").small())
                    .accessible_name(format!("Move {name} up"))
                    .on_hover_text("Move up")
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
    let id = |what: &str| format!("Layer {} {what}", i + 1);
    match *spec {
        LayerSpec::Dense { units, bias } => {
            ui.label("units").on_hover_text(Setting::Units.tip());
            if let Some(u) = widgets::stepper(ui, &id("units"), units, 1, 4096) {
                return Some(LayerSpec::Dense { units: u, bias });
            }
            let mut b = bias;
            if ui
                .checkbox(&mut b, "bias")
                .accessible_name(id("bias"))
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
            ui.label("filters").on_hover_text(Setting::Filters.tip());
            if let Some(f) = widgets::stepper(ui, &id("filters"), filters, 1, 512) {
                s.0 = f;
            }
            ui.label("kernel").on_hover_text(Setting::Kernel.tip());
            if let Some(k) = widgets::drag(ui, "", &id("kernel"), kernel, 1..=15, 0.1) {
                s.1 = k;
            }
            ui.label("stride").on_hover_text(Setting::Stride.tip());
            if let Some(v) = widgets::drag(ui, "", &id("stride"), stride, 1..=8, 0.1) {
                s.2 = v;
            }
            ui.label("padding").on_hover_text(Setting::Padding.tip());
            if let Some(v) = widgets::drag(ui, "", &id("padding"), padding, 0..=7, 0.1) {
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
            ui.label("size").on_hover_text(Setting::PoolSize.tip());
            if let Some(v) = widgets::drag(ui, "", &id("size"), size, 1..=8, 0.1) {
                s.0 = v;
            }
            ui.label("stride").on_hover_text(Setting::Stride.tip());
            if let Some(v) = widgets::drag(ui, "", &id("stride"), stride, 1..=8, 0.1) {
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
            ui.label("drop probability")
                .on_hover_text(Setting::DropProbability.tip());
            widgets::drag(ui, "", &id("drop probability"), p, 0.0..=0.95, 0.01)
                .map(|p| LayerSpec::Dropout { p })
        }
        LayerSpec::Act(a) => activation_settings(ui, i, a).map(LayerSpec::Act),
        LayerSpec::Flatten | LayerSpec::BatchNorm | LayerSpec::LayerNorm => {
            ui.label(RichText::new("no settings").weak().small());
            None
        }
    }
}

fn activation_settings(ui: &mut Ui, i: usize, a: Activation) -> Option<Activation> {
    let mut out = None;
    let label = ui.label("function").on_hover_text(Setting::Function.tip());
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
            ui.label("slope").on_hover_text(Setting::Slope.tip());
            if let Some(s) = widgets::drag(
                ui,
                "",
                &format!("Layer {} slope", i + 1),
                slope,
                0.0..=1.0,
                0.005,
            ) {
                out = Some(Activation::LeakyReLU { slope: s });
            }
        }
        Activation::ELU { alpha } => {
            ui.label("alpha").on_hover_text(Setting::EluAlpha.tip());
            if let Some(s) = widgets::drag(
                ui,
                "",
                &format!("Layer {} alpha", i + 1),
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

/// "2" for flat shapes ("2 features" reads better at the input), "8×14×14" for images.
pub fn shape_text(s: Shape) -> String {
    match s {
        Shape::Flat(n) => format!("{n}"),
        Shape::Image { .. } => s.to_string(),
    }
}
