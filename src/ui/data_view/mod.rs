//! The Data view: what to predict at the top; where the data comes from (a built-in
//! dataset, changed live, or a CSV file: only the panel of the source in use); the data
//! as people know it (a scatter in the columns' own units, or a grid of labelled images);
//! input-feature toggles for 2-D data; the first rows; and how the table is prepared.

use super::fonts;
use super::style::{error, warning};
use super::widgets;
use super::UiState;
use crate::app::{Command, LabState};
use crate::data::Dataset;
use crate::numfmt::thousands;
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
                        .button(format!("Read column `{column}` as categorical"))
                        .on_hover_text("Load the file again, treating every value of this column as a category (text) instead of a number")
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
                ui.label(RichText::new(format!("⚠ {}", widgets::plain(w))).color(warning(ui.visuals())));
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

fn summary(ds: &Dataset) -> String {
    let task = if ds.task.is_classification() {
        format!("{} classes", ds.task.num_classes())
    } else {
        "regression".into()
    };
    format!(
        "In use: {} — input {}, {task}; {} train / {} validation / {} test rows",
        ds.name,
        ds.input_shape,
        thousands(ds.train.rows),
        thousands(ds.val.rows),
        thousands(ds.test.rows)
    )
}

fn preview(ui: &mut Ui, state: &LabState) {
    let (Some(table), Some(report)) = (&state.data.table, &state.data.report) else {
        ui.label(RichText::new("No table loaded.").weak());
        return;
    };
    ui.label(
        RichText::new(format!(
            "Preview of {} — {} rows × {} columns",
            table.source_name,
            thousands(table.rows()),
            table.columns.len()
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
                        let missing = if r.missing > 0 {
                            format!(", {} missing", r.missing)
                        } else {
                            String::new()
                        };
                        let text = RichText::new(format!("{}{missing}", c.column_type())).small();
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
            RichText::new(format!("… and {} more columns", table.columns.len() - cols)).weak(),
        );
    }
}
