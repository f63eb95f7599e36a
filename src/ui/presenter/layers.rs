//! The layers in presenter mode: one short row per layer (its kind, the units of a dense
//! layer with − / +, the function of an activation, ✖ to remove it), then Add layer and
//! Presets. Rows never grow: shapes, parameter counts and errors stay in the normal layer
//! editor; a layer in error is marked by colour and explained on hover.

use crate::app::editor::Preset;
use crate::app::{Command, LabState};
use crate::model::LayerSpec;
use crate::tr;
use crate::ui::style::ERROR;
use crate::ui::{layer_editor, widgets};
use egui::{RichText, Ui};

/// Draws the list.
pub fn show(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("controls-layers")).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.menu_button(tr!("controls-presets"), |ui| {
                for p in Preset::ALL {
                    if ui.button(p.name()).on_hover_text(p.description()).clicked() {
                        out.push(Command::ApplyPreset(p));
                        ui.close();
                    }
                }
            });
            ui.menu_button(tr!("controls-add-button"), |ui| {
                layer_editor::palette(ui, state.editor.layers.len(), &state.editor.layers, out)
            })
            .response
            .accessible_name(tr!("controls-add-layer"))
            .on_hover_text(tr!("controls-add-layer-tip"));
        });
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (i, spec) in state.editor.layers.iter().enumerate() {
                row(ui, i, spec, state.net.error_for(i), out);
            }
            let output = match &state.net.head {
                Ok(units) => tr!("controls-presenter-output", units = units),
                Err(_) => tr!("controls-presenter-output-none"),
            };
            ui.label(RichText::new(output).weak());
        });
}

fn row(ui: &mut Ui, i: usize, spec: &LayerSpec, error: Option<&str>, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let mut name = RichText::new(format!("{}. {}", i + 1, spec.name())).strong();
        if error.is_some() {
            name = name.color(ERROR);
        }
        let r = ui.label(name);
        if let Some(e) = error {
            r.on_hover_text(widgets::plain(e));
        }
        match *spec {
            LayerSpec::Dense { units, bias } => {
                if let Some(u) = widgets::stepper(
                    ui,
                    &layer_editor::layer_setting(i, "controls-layer-units"),
                    units,
                    1,
                    4096,
                ) {
                    out.push(Command::SetLayer {
                        index: i,
                        spec: LayerSpec::Dense { units: u, bias },
                    });
                }
            }
            LayerSpec::Act(a) => {
                // The function's own parameter (a slope, an alpha) stays in the editor.
                if let Some(new) = activation_choice(ui, i, a) {
                    out.push(Command::SetLayer {
                        index: i,
                        spec: LayerSpec::Act(new),
                    });
                }
            }
            _ => {
                ui.label(RichText::new(spec.to_string()).weak());
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("✖")
                .accessible_name(tr!(
                    "controls-remove-named",
                    name = tr!("controls-layer-name", n = i + 1, kind = spec.name())
                ))
                .on_hover_text(tr!("controls-remove"))
                .clicked()
            {
                out.push(Command::RemoveLayer(i));
            }
        });
    });
}

/// The activation function as a drop-down (no label: the row names the layer).
fn activation_choice(
    ui: &mut Ui,
    i: usize,
    a: crate::model::Activation,
) -> Option<crate::model::Activation> {
    let mut picked = None;
    egui::ComboBox::from_id_salt(("presenter-activation", i))
        .selected_text(a.name())
        .width(110.0)
        .show_ui(ui, |ui| {
            for cand in crate::model::Activation::ALL {
                if ui
                    .selectable_label(cand.name() == a.name(), cand.name())
                    .clicked()
                    && cand.name() != a.name()
                {
                    picked = Some(cand);
                }
            }
        })
        .response
        .accessible_name(layer_editor::layer_setting(i, "controls-layer-function"));
    picked
}
