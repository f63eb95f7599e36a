//! Where the data comes from: a built-in dataset (kind, samples, noise, seed; every change
//! used at once), or a CSV file (dialog, drop or typed path) with how it is read
//! (delimiter, decimal commas); only the panel of the chosen source is shown. Also the
//! loading progress and a one-line summary of what is in use.

use super::summary;
use crate::app::DataOrigin;
use crate::app::{builtin_description, builtin_name, Command, LabState};
use crate::data::{BuiltinKind, BuiltinSpec};
use crate::tr;
use crate::ui::help_texts::data as help;
use crate::ui::widgets;
use crate::ui::UiState;
use egui::{RichText, Ui};

/// Which source panel is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Builtin,
    Csv,
}

/// The data sources: a choice between a built-in dataset and a CSV file, and the panel of
/// the chosen one only (a CSV in use hides the built-in settings).
pub(super) fn sources(ui: &mut Ui, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    let in_use = match &state.data.origin {
        Some(DataOrigin::File(_)) => Panel::Csv,
        _ => Panel::Builtin,
    };
    // The panel follows the data in use; choosing the other one lasts until the data
    // in use changes.
    let id = egui::Id::unique("data-source-panel");
    let origin = state.data.origin.as_ref().map(DataOrigin::label);
    let chosen: Option<(Panel, Option<String>)> = ui.ctx().data(|d| d.get_temp(id));
    let mut panel = match chosen {
        Some((p, o)) if o == origin => p,
        _ => in_use,
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("data-from")).strong());
        for (p, text, tip) in [
            (
                Panel::Builtin,
                tr!("data-source-builtin"),
                tr!("data-source-builtin-tip"),
            ),
            (
                Panel::Csv,
                tr!("data-source-csv"),
                tr!("data-source-csv-tip"),
            ),
        ] {
            if ui
                .selectable_label(panel == p, text)
                .on_hover_text(tip)
                .clicked()
                && panel != p
            {
                panel = p;
                if p == Panel::Builtin && in_use != Panel::Builtin {
                    // Back to built-in data: use it at once.
                    out.push(Command::UseBuiltin(ust.builtin.unwrap_or_default()));
                }
            }
        }
    });
    ui.ctx().data_mut(|d| d.insert_temp(id, (panel, origin)));
    match panel {
        Panel::Builtin => builtin(ui, state, ust, out),
        Panel::Csv => csv(ui, state, ust, out, in_use),
    }
    if let Some(l) = &state.data.loading {
        let frac = if l.total > 0 {
            l.done as f32 / l.total as f32
        } else {
            0.0
        };
        ui.horizontal(|ui| {
            ui.add(egui::ProgressBar::new(frac).desired_width(200.0).text(tr!(
                "data-reading",
                what = l.what.as_str(),
                percent = format!("{:.0}", frac * 100.0)
            )));
            if ui.button(tr!("data-cancel")).clicked() {
                out.push(Command::CancelLoad);
            }
        });
    }
    if let Some(ds) = &state.data.dataset {
        ui.add_space(6.0);
        ui.label(summary(state, ds));
    }
}

/// The built-in dataset's settings; every change is used at once (generated on a job
/// thread, the newest change winning while one is running).
fn builtin(ui: &mut Ui, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    let current = match &state.data.origin {
        Some(DataOrigin::Builtin(s)) => *s,
        _ => BuiltinSpec::default(),
    };
    if let Some(DataOrigin::Builtin(s)) = &state.data.origin {
        // A session opened: the panel shows the data in use (not while a change of the
        // panel's own is still being generated).
        let settled = !state.data.preparing && !ui.input(|i| i.pointer.any_down());
        if ust.builtin.is_none() || (settled && ust.builtin != Some(*s)) {
            ust.builtin = Some(*s);
        }
    }
    let spec = ust.builtin.get_or_insert(current);
    let before = *spec;
    egui::Grid::new("builtin").num_columns(2).show(ui, |ui| {
        let lbl = ui.label(tr!("data-dataset")).on_hover_text(help::DATASET);
        egui::ComboBox::from_id_salt("builtin-kind")
            .selected_text(builtin_name(spec.kind))
            .height(500.0)
            .show_ui(ui, |ui| {
                for k in BuiltinKind::all() {
                    if ui
                        .selectable_label(spec.kind == *k, builtin_name(*k))
                        .on_hover_text(builtin_description(*k))
                        .clicked()
                        && spec.kind != *k
                    {
                        let seed = spec.seed;
                        *spec = BuiltinSpec::new(*k);
                        spec.seed = seed;
                    }
                }
            })
            .response
            .labelled_by(lbl.id);
        ui.end_row();
        let fixed = spec.kind == BuiltinKind::Iris;
        let lbl = ui.label(tr!("data-samples")).on_hover_text(help::SAMPLES);
        let mut n = spec.samples;
        ui.add_enabled(
            !fixed,
            egui::Slider::new(&mut n, 10..=5000)
                .logarithmic(true)
                .clamping(egui::SliderClamping::Never),
        )
        .labelled_by(lbl.id)
        .on_hover_text(tr!("data-samples-tip"));
        spec.samples = n.clamp(1, crate::data::builtin::MAX_SAMPLES);
        ui.end_row();
        let lbl = ui.label(tr!("data-noise")).on_hover_text(help::NOISE);
        ui.add_enabled(
            !fixed,
            egui::Slider::new(&mut spec.noise, 0.0..=1.0).step_by(0.005),
        )
        .labelled_by(lbl.id)
        .on_hover_text(tr!("data-noise-tip"));
        ui.end_row();
        ui.label(tr!("data-seed")).on_hover_text(help::DATA_SEED);
        let name = tr!("data-seed-name");
        if let Some(v) = widgets::drag(ui, "", &name, spec.seed, 0..=u64::MAX, 1.0) {
            spec.seed = v;
        }
        ui.end_row();
    });
    ui.label(RichText::new(builtin_description(spec.kind)).small().weak());
    let spec = *spec;
    if spec != before {
        out.push(Command::UseBuiltin(spec));
    }
    if state.data.preparing && state.data.loading.is_none() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("data-generating"));
        });
    }
}

/// Opening a CSV file: dialog, typed path, how it is read.
fn csv(ui: &mut Ui, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>, in_use: Panel) {
    if in_use != Panel::Csv {
        ui.label(
            RichText::new(tr!(
                "data-still-using",
                origin = state
                    .data
                    .origin
                    .as_ref()
                    .unwrap_or(&DataOrigin::None)
                    .label()
            ))
            .weak(),
        );
    }
    ui.horizontal(|ui| {
        if ui
            .button(tr!("data-open-csv"))
            .on_hover_text(tr!("data-open-csv-tip"))
            .clicked()
        {
            out.push(Command::OpenCsvDialog);
        }
    });
    ui.horizontal(|ui| {
        let lbl = ui.label(tr!("data-path")).on_hover_text(help::PATH);
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut ust.csv_path)
                    .hint_text("/path/to/data.csv")
                    .desired_width(220.0),
            )
            .labelled_by(lbl.id);
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(tr!("data-load")).clicked() || enter {
            out.push(Command::LoadCsv(ust.csv_path.trim().into()));
        }
    });
    if in_use == Panel::Csv {
        read_options(ui, state, out);
        if state.data.preparing && state.data.loading.is_none() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!("data-preparing"));
            });
        }
    }
}

/// How the file is read: the delimiter and decimal commas, detected unless chosen.
fn read_options(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    let read = &state.data.config.read;
    let detected = state.data.table.as_ref().map(|t| t.delimiter);
    let name = |d: u8| match d {
        b',' => tr!("data-delimiter-comma"),
        b';' => tr!("data-delimiter-semicolon"),
        b'|' => tr!("data-delimiter-pipe"),
        b'\t' => tr!("data-delimiter-tab"),
        b' ' => tr!("data-delimiter-space"),
        d => crate::data::delimiter_name(d),
    };
    ui.horizontal(|ui| {
        let lbl = ui.label(tr!("data-delimiter"));
        let shown = match (read.delimiter, detected) {
            (Some(d), _) => name(d),
            (None, Some(d)) => tr!("data-detected", name = name(d)),
            (None, None) => tr!("data-detect"),
        };
        egui::ComboBox::from_id_salt("csv-delimiter")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                let choices = [None, Some(b','), Some(b';'), Some(b'\t'), Some(b'|')];
                for c in choices {
                    let text = c.map_or_else(|| tr!("data-detect"), name);
                    if ui.selectable_label(read.delimiter == c, text).clicked()
                        && read.delimiter != c
                    {
                        let mut r = read.clone();
                        r.delimiter = c;
                        out.push(Command::RereadCsv(r));
                    }
                }
            })
            .response
            .labelled_by(lbl.id)
            .on_hover_text(tr!("data-delimiter-tip"));
        let lbl = ui.label(tr!("data-decimal-comma"));
        let text = |c: Option<bool>| match c {
            None => tr!("data-detect"),
            Some(true) => tr!("data-decimal-comma-yes"),
            Some(false) => tr!("data-decimal-comma-no"),
        };
        egui::ComboBox::from_id_salt("csv-decimal-comma")
            .selected_text(text(read.decimal_comma))
            .show_ui(ui, |ui| {
                for c in [None, Some(true), Some(false)] {
                    if ui
                        .selectable_label(read.decimal_comma == c, text(c))
                        .clicked()
                        && read.decimal_comma != c
                    {
                        let mut r = read.clone();
                        r.decimal_comma = c;
                        out.push(Command::RereadCsv(r));
                    }
                }
            })
            .response
            .labelled_by(lbl.id)
            .on_hover_text(tr!("data-decimal-comma-tip"));
    });
}
