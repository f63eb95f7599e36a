//! The Data view: choose a built-in dataset or open a CSV (dialog, drop, or typed path),
//! see loading progress and errors in place, preview the first rows with each column's
//! type and missing count, choose how to prepare it, and see 2-D data as a scatter plot.

use super::style::{error, warning, CLASS_COLORS};
use super::widgets;
use super::UiState;
use crate::app::{Command, LabState};
use crate::data::{
    DataConfig, Dataset, Encoding, ImageConfig, MissingPolicy, Scaling, TargetScaling, TargetSpec,
    TaskChoice,
};
use crate::model::Shape;
use crate::numfmt::thousands;
use egui::{RichText, Ui};
use egui_plot::{Legend, MarkerShape, Plot, PlotPoints, Points};

/// Rows shown in the preview.
mod sources;
use sources::sources;

const PREVIEW_ROWS: usize = 12;
/// Columns shown in the preview.
const PREVIEW_COLS: usize = 24;
/// Columns listed with feature checkboxes.
const FEATURE_LIST_MAX: usize = 60;
/// Points drawn in the scatter plot.
const SCATTER_MAX: usize = 4000;

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
            if wide {
                ui.columns(2, |cols| {
                    sources(&mut cols[0], state, ust, out);
                    scatter(&mut cols[1], state);
                });
            } else {
                sources(ui, state, ust, out);
                scatter(ui, state);
            }
            ui.separator();
            for w in &state.data.warnings {
                ui.label(RichText::new(format!("⚠ {}", widgets::plain(w))).color(warning(ui.visuals())));
            }
            preview(ui, state);
            ui.separator();
            if state.data.table.is_some() {
                if let Some(cfg) = preparation(ui, state) {
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
                        ui.label(RichText::new(&c.name).strong());
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
                                Some(t) => ui.label(t),
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

/// Preparation settings; returns the new configuration when something changed.
fn preparation(ui: &mut Ui, state: &LabState) -> Option<DataConfig> {
    let table = state.data.table.as_ref()?;
    let old = &state.data.config;
    let mut c = old.clone();
    let names = table.column_names();
    let target_idx = match &c.target {
        TargetSpec::Name(n) => table.column_index(n),
        TargetSpec::Index(i) if *i < 0 => names.len().checked_sub(i.unsigned_abs() as usize),
        TargetSpec::Index(i) => Some(*i as usize),
    };
    let target_name = target_idx
        .and_then(|i| names.get(i).cloned())
        .unwrap_or_default();
    ui.label(RichText::new("Preparation").strong());
    egui::Grid::new("prep")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let lbl = ui.label("Target");
            egui::ComboBox::from_id_salt("target")
                .selected_text(&target_name)
                .height(400.0)
                .show_ui(ui, |ui| {
                    for n in &names {
                        if ui.selectable_label(*n == target_name, n).clicked() && *n != target_name
                        {
                            c.target = TargetSpec::Name(n.clone());
                            if let Some(f) = &mut c.features {
                                f.retain(|x| x != n);
                            }
                        }
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();

            let lbl = ui.label("Task");
            egui::ComboBox::from_id_salt("task")
                .selected_text(format!("{:?}", c.task))
                .show_ui(ui, |ui| {
                    for t in [
                        TaskChoice::Auto,
                        TaskChoice::Classification,
                        TaskChoice::Regression,
                    ] {
                        ui.selectable_value(&mut c.task, t, format!("{t:?}"));
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();

            let lbl = ui.label("Scaling");
            egui::ComboBox::from_id_salt("scaling")
                .selected_text(scaling_name(c.scaling))
                .show_ui(ui, |ui| {
                    for s in [Scaling::Standardize, Scaling::MinMax, Scaling::None] {
                        ui.selectable_value(&mut c.scaling, s, scaling_name(s));
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();

            let lbl = ui.label("Target scaling");
            egui::ComboBox::from_id_salt("target-scaling")
                .selected_text(target_scaling_name(c.target_scaling))
                .show_ui(ui, |ui| {
                    for s in [
                        TargetScaling::Standardize,
                        TargetScaling::MinMax,
                        TargetScaling::None,
                    ] {
                        ui.selectable_value(&mut c.target_scaling, s, target_scaling_name(s));
                    }
                })
                .response
                .labelled_by(lbl.id)
                .on_hover_text("Regression only: the network learns the target scaled (fitted on the training split); RMSE, MAE, R² and predictions are shown in the target's own units");
            ui.end_row();

            let lbl = ui.label("Text columns");
            let one_hot = matches!(c.encoding, Encoding::OneHot { .. });
            egui::ComboBox::from_id_salt("encoding")
                .selected_text(if one_hot {
                    "One-hot"
                } else {
                    "Ordinal (numbered)"
                })
                .show_ui(ui, |ui| {
                    if ui.selectable_label(one_hot, "One-hot").clicked() && !one_hot {
                        c.encoding = Encoding::default();
                    }
                    if ui
                        .selectable_label(!one_hot, "Ordinal (numbered)")
                        .clicked()
                        && one_hot
                    {
                        c.encoding = Encoding::Ordinal;
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();

            let lbl = ui.label("Missing values");
            egui::ComboBox::from_id_salt("missing")
                .selected_text(missing_name(c.missing))
                .show_ui(ui, |ui| {
                    for m in [
                        MissingPolicy::DropRow,
                        MissingPolicy::FillMean,
                        MissingPolicy::FillMedian,
                        MissingPolicy::FillMostFrequent,
                    ] {
                        ui.selectable_value(&mut c.missing, m, missing_name(m));
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();

            ui.label("Split (train / val / test)");
            ui.horizontal(|ui| {
                if let Some(v) =
                    widgets::drag(ui, "", "Train ratio", c.split.train, 0.05..=1.0, 0.005)
                {
                    c.split.train = v;
                }
                if let Some(v) =
                    widgets::drag(ui, "", "Validation ratio", c.split.val, 0.0..=0.9, 0.005)
                {
                    c.split.val = v;
                }
                if let Some(v) = widgets::drag(ui, "", "Test ratio", c.split.test, 0.0..=0.9, 0.005)
                {
                    c.split.test = v;
                }
            });
            ui.end_row();
            let sum = c.split.train + c.split.val + c.split.test;
            if (sum - 1.0).abs() > 1e-3 {
                ui.label("");
                ui.label(
                    RichText::new(format!(
                        "the ratios add up to {sum:.3}; they are used in proportion"
                    ))
                    .small()
                    .weak(),
                );
                ui.end_row();
            }

            let mut image = c.image.is_some();
            ui.checkbox(&mut image, "Image mode");
            if image != c.image.is_some() {
                c.image = image.then(|| ImageConfig {
                    shape: guess_image_shape(names.len().saturating_sub(1)),
                    pixel_scale: None,
                });
            }
            if let Some(img) = c.image {
                if let Shape::Image { c: ch, h, w } = img.shape {
                    ui.horizontal(|ui| {
                        let mut s = (ch, h, w);
                        if let Some(v) = widgets::drag(ui, "C", "Image channels", ch, 1..=16, 0.1) {
                            s.0 = v;
                        }
                        if let Some(v) = widgets::drag(ui, "H", "Image height", h, 1..=1024, 0.2) {
                            s.1 = v;
                        }
                        if let Some(v) = widgets::drag(ui, "W", "Image width", w, 1..=1024, 0.2) {
                            s.2 = v;
                        }
                        if s != (ch, h, w) {
                            c.image = Some(ImageConfig {
                                shape: Shape::Image {
                                    c: s.0,
                                    h: s.1,
                                    w: s.2,
                                },
                                ..img
                            });
                        }
                    });
                }
            }
            ui.end_row();
        });

    // Features.
    let candidates: Vec<&String> = names.iter().filter(|n| **n != target_name).collect();
    egui::CollapsingHeader::new(format!(
        "Features ({} of {})",
        c.features.as_ref().map_or(candidates.len(), Vec::len),
        candidates.len()
    ))
    .id_salt("features")
    .show(ui, |ui| {
        let mut all = c.features.is_none();
        if ui
            .checkbox(&mut all, "Use every column except the target")
            .changed()
        {
            c.features = if all {
                None
            } else {
                Some(candidates.iter().map(|s| s.to_string()).collect())
            };
        }
        if candidates.len() > FEATURE_LIST_MAX {
            ui.label(
                RichText::new(format!(
                    "{} columns: too many to list; all are used",
                    candidates.len()
                ))
                .weak(),
            );
            return;
        }
        if let Some(list) = c.features.clone() {
            ui.horizontal_wrapped(|ui| {
                for n in &candidates {
                    let mut on = list.contains(n);
                    if ui.checkbox(&mut on, n.as_str()).changed() {
                        let f = c.features.get_or_insert_with(Vec::new);
                        if on {
                            f.push(n.to_string());
                        } else {
                            f.retain(|x| x != *n);
                        }
                    }
                }
            });
        }
    });
    (c != *old).then_some(c)
}

fn guess_image_shape(n: usize) -> Shape {
    let side = (n as f64).sqrt().round() as usize;
    if side > 0 && side * side == n {
        Shape::Image {
            c: 1,
            h: side,
            w: side,
        }
    } else {
        Shape::Image {
            c: 1,
            h: 1,
            w: n.max(1),
        }
    }
}

fn target_scaling_name(s: TargetScaling) -> &'static str {
    match s {
        TargetScaling::Standardize => "Standardize (mean 0, sd 1)",
        TargetScaling::MinMax => "Min-max (0 to 1)",
        TargetScaling::None => "None",
    }
}

fn scaling_name(s: Scaling) -> &'static str {
    match s {
        Scaling::Standardize => "Standardize (mean 0, sd 1)",
        Scaling::MinMax => "Min-max (0 to 1)",
        Scaling::None => "None",
    }
}

fn missing_name(m: MissingPolicy) -> &'static str {
    match m {
        MissingPolicy::DropRow => "Drop the row",
        MissingPolicy::FillMean => "Fill with the mean",
        MissingPolicy::FillMedian => "Fill with the median",
        MissingPolicy::FillMostFrequent => "Fill with the most frequent",
    }
}

/// The training split as a scatter plot: two features coloured by class, or one feature
/// against a regression target.
fn scatter(ui: &mut Ui, state: &LabState) {
    let Some(ds) = &state.data.dataset else {
        return;
    };
    let dim = ds.input_shape.numel();
    let split = &ds.train;
    let n = split.rows.min(SCATTER_MAX);
    let height = 300.0;
    match (dim, &ds.task) {
        (2, crate::data::Task::Classification { classes }) => {
            ui.label(RichText::new("Training data").strong());
            Plot::new("scatter")
                .height(height)
                .data_aspect(1.0)
                .legend(Legend::default())
                .show(ui, |p| {
                    for (k, name) in classes.iter().enumerate() {
                        let pts: Vec<[f64; 2]> = (0..n)
                            .filter(|&r| split.y.get(r).is_some_and(|y| *y as usize == k))
                            .map(|r| [split.x[r * 2] as f64, split.x[r * 2 + 1] as f64])
                            .collect();
                        p.points(
                            Points::new(name.clone(), PlotPoints::from(pts))
                                .color(CLASS_COLORS[k % CLASS_COLORS.len()])
                                .shape(MarkerShape::Circle)
                                .filled(true)
                                .radius(2.5),
                        );
                    }
                });
        }
        (1, crate::data::Task::Regression { .. }) => {
            ui.label(RichText::new("Training data").strong());
            let y_dim = ds.task.target_dim();
            let pts: Vec<[f64; 2]> = (0..n)
                .map(|r| [split.x[r] as f64, split.y[r * y_dim] as f64])
                .collect();
            Plot::new("scatter").height(height).show(ui, |p| {
                p.points(
                    Points::new("samples", PlotPoints::from(pts))
                        .color(CLASS_COLORS[0])
                        .radius(2.0),
                );
            });
        }
        _ => {
            ui.label(
                RichText::new(format!("{dim} input values: no 2-D picture for this data.")).weak(),
            );
        }
    }
}
