//! Where the data comes from: a built-in dataset (kind, samples, noise, seed), or a CSV
//! file (dialog, drop or typed path) with how it is read (delimiter, decimal commas), its
//! loading progress, and a one-line summary of what is in use.

use super::summary;
use crate::app::DataOrigin;
use crate::app::{Command, LabState};
use crate::data::{BuiltinKind, BuiltinSpec};
use crate::ui::widgets;
use crate::ui::UiState;
use egui::{RichText, Ui};

/// The data sources.
pub(super) fn sources(ui: &mut Ui, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    ui.label(RichText::new("Built-in data").strong());
    let current = match &state.data.origin {
        Some(DataOrigin::Builtin(s)) => *s,
        _ => BuiltinSpec::default(),
    };
    let spec = ust.builtin.get_or_insert(current);
    egui::Grid::new("builtin").num_columns(2).show(ui, |ui| {
        let lbl = ui.label("Dataset");
        egui::ComboBox::from_id_salt("builtin-kind")
            .selected_text(spec.kind.name())
            .show_ui(ui, |ui| {
                for k in BuiltinKind::all() {
                    if ui
                        .selectable_label(spec.kind == *k, k.name())
                        .on_hover_text(k.description())
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
        ui.label("Samples");
        if let Some(v) = widgets::drag(
            ui,
            "",
            "Samples",
            spec.samples,
            10..=crate::data::builtin::MAX_SAMPLES,
            5.0,
        ) {
            spec.samples = v;
        }
        ui.end_row();
        ui.label("Noise");
        if let Some(v) = widgets::drag(ui, "", "Noise", spec.noise, 0.0..=2.0, 0.005) {
            spec.noise = v;
        }
        ui.end_row();
        ui.label("Seed");
        if let Some(v) = widgets::drag(ui, "", "Data seed", spec.seed, 0..=u64::MAX, 1.0) {
            spec.seed = v;
        }
        ui.end_row();
    });
    ui.label(RichText::new(spec.kind.description()).small().weak());
    let spec = *spec;
    if ui.button("Use this dataset").clicked() {
        out.push(Command::UseBuiltin(spec));
    }

    ui.add_space(10.0);
    ui.label(RichText::new("CSV file").strong());
    ui.horizontal(|ui| {
        if ui
            .button("Open CSV…")
            .on_hover_text("Pick a file; you can also drop a file on the window or type its path")
            .clicked()
        {
            out.push(Command::OpenCsvDialog);
        }
    });
    ui.horizontal(|ui| {
        let lbl = ui.label("Path");
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut ust.csv_path)
                    .hint_text("/path/to/data.csv")
                    .desired_width(220.0),
            )
            .labelled_by(lbl.id);
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Load").clicked() || enter {
            out.push(Command::LoadCsv(ust.csv_path.trim().into()));
        }
    });
    if matches!(state.data.origin, Some(DataOrigin::File(_))) {
        read_options(ui, state, out);
    }
    if let Some(l) = &state.data.loading {
        let frac = if l.total > 0 {
            l.done as f32 / l.total as f32
        } else {
            0.0
        };
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(frac)
                    .desired_width(200.0)
                    .text(format!("reading {} — {:.0} %", l.what, frac * 100.0)),
            );
            if ui.button("Cancel").clicked() {
                out.push(Command::CancelLoad);
            }
        });
    } else if state.data.preparing {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("preparing data…");
        });
    }
    if let Some(ds) = &state.data.dataset {
        ui.add_space(6.0);
        ui.label(summary(ds));
    }
}

/// How the file is read: the delimiter and decimal commas, detected unless chosen.
fn read_options(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    let read = &state.data.config.read;
    let detected = state.data.table.as_ref().map(|t| t.delimiter);
    let name = |d: u8| match d {
        b',' => "comma ,".to_string(),
        b';' => "semicolon ;".to_string(),
        b'|' => "pipe |".to_string(),
        d => crate::data::delimiter_name(d),
    };
    ui.horizontal(|ui| {
        let lbl = ui.label("Delimiter");
        let shown = match (read.delimiter, detected) {
            (Some(d), _) => name(d),
            (None, Some(d)) => format!("detected: {}", name(d)),
            (None, None) => "detect".into(),
        };
        egui::ComboBox::from_id_salt("csv-delimiter")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                let choices = [None, Some(b','), Some(b';'), Some(b'\t'), Some(b'|')];
                for c in choices {
                    let text = c.map_or_else(|| "detect".to_string(), name);
                    if ui.selectable_label(read.delimiter == c, text).clicked() && read.delimiter != c {
                        let mut r = read.clone();
                        r.delimiter = c;
                        out.push(Command::RereadCsv(r));
                    }
                }
            })
            .response
            .labelled_by(lbl.id)
            .on_hover_text("The character between the fields of a row; read the file again with another one");
        let lbl = ui.label("Decimal comma");
        let text = |c: Option<bool>| match c {
            None => "detect",
            Some(true) => "yes (1,5 = 1.5)",
            Some(false) => "no",
        };
        egui::ComboBox::from_id_salt("csv-decimal-comma")
            .selected_text(text(read.decimal_comma))
            .show_ui(ui, |ui| {
                for c in [None, Some(true), Some(false)] {
                    if ui.selectable_label(read.decimal_comma == c, text(c)).clicked()
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
            .on_hover_text("Numbers written with a comma (1,5), as in much of Europe; detected in files whose delimiter is not a comma");
    });
}
