//! Presenter mode for a projector: one large central view and only what a workshop
//! touches beside it — Train / Pause, Step, the speed, Reset, the dataset and the layers.
//! Everything else (the full training settings, the layer editor's details) stays in the
//! normal window; View ▸ Presenter mode switches back.
//!
//! The side panel takes about a quarter of the width (at least 300 points), so at
//! 1280×720 the view in the centre is about 950 points wide, and the text is presenter
//! size (body ≥ 19 px, see [`super::views::look::PRESENTER_SCALE`]).

mod layers;

use crate::app::{Command, DataOrigin, LabState};
use crate::data::{BuiltinKind, BuiltinSpec};
use egui::{Color32, RichText, Ui};

/// Width of the presenter's side panel for a window `width` points wide.
pub fn panel_width(width: f32) -> f32 {
    (width * 0.26).clamp(300.0, 480.0)
}

/// Draws the side panel of presenter mode (the centre is drawn by the caller).
pub fn side_panel(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    let w = panel_width(ui.ctx().content_rect().width());
    egui::Panel::left("presenter")
        .resizable(false)
        .exact_size(w)
        .show(ui, |ui| {
            ui.add_space(4.0);
            super::train_panel::controls(ui, state, true, out);
            ui.separator();
            super::replay_bar::compact(ui, state, out);
            ui.separator();
            dataset(ui, state, out);
            ui.separator();
            layers::show(ui, state, out);
        });
}

/// The built-in dataset, switched at once (the Data tab has every other source).
fn dataset(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    let current = match &state.data.origin {
        Some(DataOrigin::Builtin(s)) => Some(*s),
        _ => None,
    };
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(crate::tr!("controls-dataset")).strong());
        let shown = match (current, &state.data.dataset) {
            (Some(s), _) => crate::app::builtin_name(s.kind),
            (None, Some(ds)) => ds.name.clone(),
            (None, None) => "—".to_string(),
        };
        egui::ComboBox::from_id_salt("presenter-dataset")
            .selected_text(shown)
            .width(ui.available_width())
            .truncate()
            .height(600.0)
            .show_ui(ui, |ui| {
                for k in BuiltinKind::all() {
                    let on = current.is_some_and(|s| s.kind == *k);
                    if ui
                        .selectable_label(on, crate::app::builtin_name(*k))
                        .on_hover_text(crate::app::builtin_description(*k))
                        .clicked()
                        && !on
                    {
                        let mut spec = BuiltinSpec::new(*k);
                        if let Some(s) = current {
                            spec.seed = s.seed;
                        }
                        out.push(Command::UseBuiltin(spec));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// A legend drawn outside a plot, as one wrapped row of coloured swatches and names, so
/// nothing covers the data (presenter mode uses it instead of the legend inside a plot).
/// `width` is the plot's width: the row wraps within it.
pub fn legend_row(ui: &mut Ui, width: f32, entries: &[(&str, Color32)]) {
    ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
        ui.set_max_width(width);
        ui.horizontal_wrapped(|ui| {
            for (name, colour) in entries {
                // One label per entry, so the swatch and its name never part at a wrap.
                let mut job = egui::text::LayoutJob::default();
                let font = egui::FontSelection::Default;
                RichText::new("■ ").color(*colour).append_to(
                    &mut job,
                    ui.style(),
                    font.clone(),
                    egui::Align::Center,
                );
                RichText::new(format!("{name}   "))
                    .color(ui.visuals().text_color())
                    .append_to(&mut job, ui.style(), font, egui::Align::Center);
                ui.add(egui::Label::new(job).extend());
            }
        });
    });
}
