//! How a table is prepared: the target and task (at the top of the tab), and below the
//! picture the scaling, encodings, missing values, split, image mode and feature columns.

use crate::app::LabState;
use crate::data::{
    DataConfig, Encoding, ImageConfig, MissingPolicy, Scaling, Table, TargetScaling, TargetSpec,
    TaskChoice,
};
use crate::model::Shape;
use crate::tr;
use crate::ui::help_texts::data as help;
use crate::ui::widgets;
use egui::{RichText, Ui};

/// Columns listed with feature checkboxes.
const FEATURE_LIST_MAX: usize = 60;

/// The name of the target column `spec` points at (empty when none).
pub(super) fn target_name(table: &Table, spec: &TargetSpec) -> String {
    let names = table.column_names();
    let idx = match spec {
        TargetSpec::Name(n) => table.column_index(n),
        TargetSpec::Index(i) if *i < 0 => names.len().checked_sub(i.unsigned_abs() as usize),
        TargetSpec::Index(i) => Some(*i as usize),
    };
    idx.and_then(|i| names.get(i).cloned()).unwrap_or_default()
}

/// What to predict and how: the target chooser and the task, one line at the top of the
/// tab. Returns the new configuration when one changed.
pub(super) fn target_bar(ui: &mut Ui, state: &LabState) -> Option<DataConfig> {
    let table = state.data.table.as_ref()?;
    let old = &state.data.config;
    let mut c = old.clone();
    let names = table.column_names();
    let target_name = target_name(table, &c.target);
    ui.horizontal_wrapped(|ui| {
        let lbl = ui.label(RichText::new(tr!("data-predict")).strong().size(16.0));
        egui::ComboBox::from_id_salt("target")
            .selected_text(RichText::new(&target_name).size(16.0))
            .height(400.0)
            .show_ui(ui, |ui| {
                for n in &names {
                    if ui.selectable_label(*n == target_name, n).clicked() && *n != target_name {
                        c.target = TargetSpec::Name(n.clone());
                        if let Some(f) = &mut c.features {
                            f.retain(|x| x != n);
                        }
                        // Computed inputs belong to the old pair of columns.
                        c.derived.clear();
                    }
                }
            })
            .response
            .labelled_by(lbl.id)
            .on_hover_text(help::TARGET);
        ui.add_space(12.0);
        let lbl = ui.label(tr!("data-predict-as")).on_hover_text(help::TASK);
        egui::ComboBox::from_id_salt("task")
            .selected_text(task_name(c.task))
            .show_ui(ui, |ui| {
                for t in [
                    TaskChoice::Auto,
                    TaskChoice::Classification,
                    TaskChoice::Regression,
                ] {
                    ui.selectable_value(&mut c.task, t, task_name(t));
                }
            })
            .response
            .labelled_by(lbl.id);
    });
    (c != *old).then_some(c)
}

fn task_name(t: TaskChoice) -> String {
    match t {
        TaskChoice::Auto => tr!("data-task-auto"),
        TaskChoice::Classification => tr!("data-task-classification"),
        TaskChoice::Regression => tr!("data-task-regression"),
    }
}

/// Preparation settings; returns the new configuration when something changed.
pub(super) fn preparation(ui: &mut Ui, state: &LabState) -> Option<DataConfig> {
    let table = state.data.table.as_ref()?;
    let old = &state.data.config;
    let mut c = old.clone();
    ui.label(RichText::new(tr!("data-preparation")).strong());
    let names = table.column_names();
    let target_name = target_name(table, &c.target);
    egui::Grid::new("prep")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let lbl = ui.label(tr!("data-scaling")).on_hover_text(help::SCALING);
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

            let lbl = ui
                .label(tr!("data-target-scaling"))
                .on_hover_text(help::TARGET_SCALING);
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
                .on_hover_text(tr!("data-target-scaling-tip"));
            ui.end_row();

            let lbl = ui
                .label(tr!("data-text-columns"))
                .on_hover_text(help::TEXT_COLUMNS);
            let one_hot = matches!(c.encoding, Encoding::OneHot { .. });
            egui::ComboBox::from_id_salt("encoding")
                .selected_text(if one_hot {
                    tr!("data-one-hot")
                } else {
                    tr!("data-ordinal")
                })
                .show_ui(ui, |ui| {
                    if ui.selectable_label(one_hot, tr!("data-one-hot")).clicked() && !one_hot {
                        c.encoding = Encoding::default();
                    }
                    if ui.selectable_label(!one_hot, tr!("data-ordinal")).clicked() && one_hot {
                        c.encoding = Encoding::Ordinal;
                    }
                })
                .response
                .labelled_by(lbl.id);
            ui.end_row();

            let lbl = ui
                .label(tr!("data-missing-values"))
                .on_hover_text(help::MISSING);
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

            ui.label(tr!("data-split")).on_hover_text(help::SPLIT);
            ui.horizontal(|ui| {
                let name = tr!("data-train-ratio");
                if let Some(v) = widgets::drag(ui, "", &name, c.split.train, 0.05..=1.0, 0.005) {
                    c.split.train = v;
                }
                let name = tr!("data-val-ratio");
                if let Some(v) = widgets::drag(ui, "", &name, c.split.val, 0.0..=0.9, 0.005) {
                    c.split.val = v;
                }
                let name = tr!("data-test-ratio");
                if let Some(v) = widgets::drag(ui, "", &name, c.split.test, 0.0..=0.9, 0.005) {
                    c.split.test = v;
                }
            });
            ui.end_row();
            let sum = c.split.train + c.split.val + c.split.test;
            if (sum - 1.0).abs() > 1e-3 {
                ui.label("");
                ui.label(
                    RichText::new(tr!("data-ratios-sum", sum = format!("{sum:.3}")))
                        .small()
                        .weak(),
                );
                ui.end_row();
            }

            let mut image = c.image.is_some();
            ui.checkbox(&mut image, tr!("data-image-mode"))
                .on_hover_text(help::IMAGE);
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
                        let name = tr!("data-image-channels");
                        if let Some(v) = widgets::drag(ui, "C", &name, ch, 1..=16, 0.1) {
                            s.0 = v;
                        }
                        let name = tr!("data-image-height");
                        if let Some(v) = widgets::drag(ui, "H", &name, h, 1..=1024, 0.2) {
                            s.1 = v;
                        }
                        let name = tr!("data-image-width");
                        if let Some(v) = widgets::drag(ui, "W", &name, w, 1..=1024, 0.2) {
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
    egui::CollapsingHeader::new(tr!(
        "data-features",
        used = c.features.as_ref().map_or(candidates.len(), Vec::len),
        total = candidates.len()
    ))
    .id_salt("features")
    .show(ui, |ui| {
        let mut all = c.features.is_none();
        if ui
            .checkbox(&mut all, tr!("data-use-every-column"))
            .changed()
        {
            c.features = if all {
                None
            } else {
                Some(candidates.iter().map(|s| s.to_string()).collect())
            };
        }
        if candidates.len() > FEATURE_LIST_MAX {
            ui.label(RichText::new(tr!("data-too-many-columns", count = candidates.len())).weak());
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

fn target_scaling_name(s: TargetScaling) -> String {
    match s {
        TargetScaling::Standardize => tr!("data-scaling-standardize"),
        TargetScaling::MinMax => tr!("data-scaling-min-max"),
        TargetScaling::None => tr!("data-scaling-none"),
    }
}

fn scaling_name(s: Scaling) -> String {
    match s {
        Scaling::Standardize => tr!("data-scaling-standardize"),
        Scaling::MinMax => tr!("data-scaling-min-max"),
        Scaling::None => tr!("data-scaling-none"),
    }
}

fn missing_name(m: MissingPolicy) -> String {
    match m {
        MissingPolicy::DropRow => tr!("data-missing-drop-row"),
        MissingPolicy::FillMean => tr!("data-missing-fill-mean"),
        MissingPolicy::FillMedian => tr!("data-missing-fill-median"),
        MissingPolicy::FillMostFrequent => tr!("data-missing-fill-most-frequent"),
    }
}
