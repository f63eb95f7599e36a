//! The Data view: what to predict at the top; where the data comes from (a built-in
//! dataset, changed live, or a CSV file: only the panel of the source in use); the data
//! as people know it (a scatter in the columns' own units, or a grid of labelled images);
//! input-feature toggles for 2-D data; the first rows; and how the table is prepared.

use super::fonts;
use super::style::{error, warning};
use super::widgets;
use super::UiState;
use crate::app::{builtin_name, Command, DataOrigin, LabState};
use crate::data::{ColumnType, Dataset};
use crate::numfmt::thousands;
use crate::tr;
use egui::{RichText, Ui};

mod inputs;
mod picture;
mod prep;
mod sources;
use sources::sources;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 12;
/// Columns shown in the preview.
const PREVIEW_COLS: usize = 24;

/// Draws the view.
pub fn show(ui: &mut Ui, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    let wide = ui.available_width() > 700.0;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Errors first, where the eye lands, with the fix next to them.
            if let Some(e) = &state.data.error {
                ui.label(
                    RichText::new(format!("⛔ {}", widgets::plain(&e.to_string())))
                        .color(error(ui.visuals()))
                        .size(16.0),
                );
                if let Some((_, column)) = e.stray_column() {
                    if ui
                        .button(tr!("data-read-as-categorical", column = column))
                        .on_hover_text(tr!("data-read-as-categorical-tip"))
                        .clicked()
                    {
                        out.push(Command::ReadAsCategorical);
                    }
                }
                ui.separator();
            }
            // What to predict comes first.
            if let Some(cfg) = prep::target_bar(ui, state) {
                out.push(Command::SetDataConfig(cfg));
            }
            let target = state
                .data
                .table
                .as_ref()
                .map(|t| prep::target_name(t, &state.data.config.target))
                .unwrap_or_default();
            let left = |ui: &mut Ui, ust: &mut UiState, out: &mut Vec<Command>| {
                sources(ui, state, ust, out);
                if let Some(cfg) = inputs::toggles(ui, state, &target) {
                    out.push(Command::SetDataConfig(cfg));
                }
            };
            if wide {
                ui.columns(2, |cols| {
                    left(&mut cols[0], ust, out);
                    picture::picture(&mut cols[1], state);
                });
            } else {
                left(ui, ust, out);
                picture::picture(ui, state);
            }
            ui.separator();
            for w in &state.data.warnings {
                ui.label(
                    RichText::new(format!("⚠ {}", widgets::plain(w))).color(warning(ui.visuals())),
                );
            }
            // Image data is shown as pictures above, not as a table of pixel numbers.
            if state.data.config.image.is_none() {
                preview(ui, state);
                ui.separator();
            }
            if state.data.table.is_some() {
                if let Some(cfg) = prep::preparation(ui, state) {
                    out.push(Command::SetDataConfig(cfg));
                }
            }
        });
}

fn summary(state: &LabState, ds: &Dataset) -> String {
    let task = if ds.task.is_classification() {
        tr!("data-task-classes", count = ds.task.num_classes())
    } else {
        tr!("data-task-regression-short")
    };
    tr!(
        "data-summary",
        name = shown_name(state, &ds.name),
        shape = ds.input_shape.to_string(),
        task = task,
        train = thousands(ds.train.rows),
        val = thousands(ds.val.rows),
        test = thousands(ds.test.rows)
    )
}

/// The name of the data in use as people read it: a built-in dataset's name in the
/// window's language (its table and dataset carry the English name the CLI knows), a
/// file's name as it is.
fn shown_name(state: &LabState, name: &str) -> String {
    match &state.data.origin {
        Some(DataOrigin::Builtin(s)) if s.kind.name() == name => builtin_name(s.kind),
        _ => name.to_owned(),
    }
}

/// A column's type in words.
fn column_type(t: ColumnType) -> String {
    match t {
        ColumnType::Numeric => tr!("data-type-numeric"),
        ColumnType::Categorical => tr!("data-type-categorical"),
        ColumnType::Boolean => tr!("data-type-boolean"),
    }
}

fn preview(ui: &mut Ui, state: &LabState) {
    let (Some(table), Some(report)) = (&state.data.table, &state.data.report) else {
        ui.label(RichText::new(tr!("data-no-table")).weak());
        return;
    };
    ui.label(
        RichText::new(tr!(
            "data-preview-title",
            name = shown_name(state, &table.source_name),
            rows = thousands(table.rows()),
            columns = table.columns.len()
        ))
        .strong(),
    );
    let cols = table.columns.len().min(PREVIEW_COLS);
    egui::ScrollArea::horizontal()
        .id_salt("preview-scroll")
        .show(ui, |ui| {
            egui::Grid::new("preview")
                .striped(true)
                .min_col_width(60.0)
                .show(ui, |ui| {
                    for c in &table.columns[..cols] {
                        ui.label(RichText::new(fonts::visual_order(&c.name)).strong());
                    }
                    ui.end_row();
                    for (c, r) in table.columns[..cols].iter().zip(&report.columns) {
                        let kind = column_type(c.column_type());
                        let text = RichText::new(if r.missing > 0 {
                            tr!("data-type-missing", kind = kind, missing = r.missing)
                        } else {
                            kind
                        })
                        .small();
                        ui.label(if r.missing > 0 {
                            text.color(warning(ui.visuals()))
                        } else {
                            text.weak()
                        });
                    }
                    ui.end_row();
                    for row in 0..table.rows().min(PREVIEW_ROWS) {
                        for c in &table.columns[..cols] {
                            match c.text(row) {
                                Some(t) => ui.label(fonts::visual_order(&t)),
                                None => ui.label(RichText::new("—").weak()),
                            };
                        }
                        ui.end_row();
                    }
                });
        });
    if table.columns.len() > cols {
        ui.label(
            RichText::new(tr!("data-more-columns", count = table.columns.len() - cols)).weak(),
        );
    }
}
