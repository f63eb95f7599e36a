//! The judge: "Evaluate on test set" scores the network on samples it never trained on.
//! Classification: the confusion matrix (click a cell to list its samples), accuracy and
//! per-class precision, recall and F1. Regression: predicted against actual, RMSE, MAE and
//! R². The worst-predicted samples ("the worst dishes") are listed, and one can be opened
//! to see its numbers.

use super::{class_name, concept, empty_hint, hover_at};
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use crate::data::{Split, TargetScale};
use crate::numfmt::{num, sci};
use crate::tr;
use crate::train::{ClassificationMetrics, EvalDetail, Metrics, RegressionMetrics};
use crate::ui::plots::{self, Key, Scale};
use crate::ui::style::{bar_fill, blend, readable_on, CLASS_COLORS, ERROR, OK};
use egui::{Color32, RichText, Ui};
use egui_plot::{Line, Plot, PlotPoints, Points};

/// Selections of the view.
#[derive(Debug, Clone, Default)]
pub struct JudgeState {
    /// The confusion-matrix cell whose samples are listed: (actual, predicted).
    pub cell: Option<(usize, usize)>,
    /// The test sample opened.
    pub opened: Option<usize>,
    /// The evaluation the selections belong to.
    pub version: u64,
}

/// One worst-predicted sample, ready to list.
#[derive(Debug, Clone, PartialEq)]
pub struct Dish {
    /// Row in the test split.
    pub row: usize,
    /// Its loss.
    pub loss: f64,
    /// What it is (class label or value).
    pub actual: String,
    /// What the network said (with its confidence for classification).
    pub predicted: String,
}

/// The test rows of one confusion-matrix cell: actual class `a`, predicted `p`.
pub fn cell_rows(detail: &EvalDetail, test: &Split, a: usize, p: usize) -> Vec<usize> {
    detail
        .predictions
        .classes
        .iter()
        .enumerate()
        .filter(|(r, &pred)| pred == p && test.y.get(*r).is_some_and(|&y| y as usize == a))
        .map(|(r, _)| r)
        .collect()
}

/// The worst dishes, worst first, described with `label` naming classes.
pub fn dishes(
    detail: &EvalDetail,
    test: &Split,
    scale: &TargetScale,
    label: &dyn Fn(usize) -> String,
) -> Vec<Dish> {
    let p = &detail.predictions;
    let classification = !p.classes.is_empty();
    let yd = if classification || test.rows == 0 {
        1
    } else {
        (test.y.len() / test.rows).max(1)
    };
    detail
        .worst
        .iter()
        .map(|&row| {
            let loss = p.row_loss.get(row).copied().unwrap_or(f64::NAN);
            if classification {
                let a = test.y.get(row).map_or(0, |&y| y as usize);
                let c = p.classes.get(row).copied().unwrap_or(0);
                let conf = p.outputs.get(row * p.width + c).copied().unwrap_or(0.0);
                Dish {
                    row,
                    loss,
                    actual: label(a),
                    predicted: format!("{} ({:.0}%)", label(c), conf * 100.0),
                }
            } else {
                let a = test.y.get(row * yd).map_or(f32::NAN, |&y| scale.unscale(y));
                let v = p.outputs.get(row * p.width).copied().unwrap_or(f32::NAN);
                Dish {
                    row,
                    loss,
                    actual: num(a),
                    predicted: num(v),
                }
            }
        })
        .collect()
}

/// Draws the view.
pub fn show(ui: &mut Ui, state: &LabState, js: &mut JudgeState, out: &mut Vec<Command>) {
    let insight = &state.training.insight;
    let ds = state.data.dataset.as_deref();
    let test_rows = ds.map_or(0, |d| d.test.rows);
    ui.horizontal_wrapped(|ui| {
        let why = if ds.is_none() {
            Some(tr!("views-judge-need-data"))
        } else if test_rows == 0 {
            Some(tr!("views-judge-no-test-split"))
        } else if !state.training.phase.is_active() {
            state.train_blocker()
        } else {
            None
        };
        let r = ui
            .add_enabled(
                why.is_none() && !insight.test_pending,
                egui::Button::new(RichText::new(tr!("views-judge-evaluate-button")).size(17.0)),
            )
            .accessible_name(tr!("views-judge-evaluate"));
        let r = match &why {
            Some(w) => r.on_disabled_hover_text(w.as_str()),
            None => r.on_hover_text(tr!("views-judge-evaluate-tip")),
        };
        if r.clicked() {
            out.push(Command::Insight(InsightCommand::EvaluateTest));
        }
        if insight.test_pending {
            ui.spinner();
            ui.label(tr!("views-judge-tasting"));
        }
        let why = state.output_blocker();
        let r = ui
            .add_enabled(
                why.is_none(),
                egui::Button::new(tr!("views-judge-predict-button")),
            )
            .accessible_name(tr!("views-judge-predict"));
        let r = match why {
            Some(w) => r.on_disabled_hover_text(w),
            None => r.on_hover_text(tr!("views-judge-predict-tip")),
        };
        if r.clicked() {
            out.push(Command::ExportDialog(crate::app::DialogPurpose::PredictCsv));
        }
        if let Some(rep) = &insight.test {
            ui.separator();
            ui.label(tr!(
                "views-judge-test-loss",
                loss = sci(rep.loss),
                rows = rep.rows
            ));
        }
    });
    if js.version != insight.test_version {
        js.version = insight.test_version;
        js.cell = None;
        js.opened = None;
    }
    let (Some(rep), Some(ds)) = (&insight.test, ds) else {
        empty_hint(
            ui,
            &tr!("views-judge-not-judged"),
            &tr!("views-judge-not-judged-body"),
        );
        return;
    };
    ui.separator();
    let detail = insight.test_detail.as_ref();
    egui::ScrollArea::vertical()
        .id_salt("judge-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            match &rep.metrics {
                Metrics::Classification(m) => classification(ui, state, m, detail, js),
                Metrics::Regression(m) => regression(ui, m, detail, &ds.test, &ds.target_scale),
            }
            // The opened sample comes first, so a click shows it without scrolling.
            if let (Some(row), Some(d)) = (js.opened, detail) {
                ui.separator();
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        if ui.small_button(tr!("views-judge-close")).clicked() {
                            js.opened = None;
                        }
                    });
                    opened(ui, state, d, &ds.test, row, out);
                });
            }
            ui.separator();
            if let Some(d) = detail {
                worst(ui, state, d, &ds.test, &ds.target_scale, js);
            }
        });
}

fn classification(
    ui: &mut Ui,
    state: &LabState,
    m: &ClassificationMetrics,
    detail: Option<&EvalDetail>,
    js: &mut JudgeState,
) {
    ui.horizontal(|ui| {
        concept(
            ui,
            RichText::new(tr!("views-judge-accuracy")).size(18.0),
            &tr!("views-judge-accuracy-tip"),
        );
        ui.label(
            RichText::new(format!("{:.1} %", m.accuracy * 100.0))
                .size(26.0)
                .strong(),
        );
    });
    let wide = ui.available_width() >= 760.0;
    let matrix_and_table = |ui: &mut Ui, js: &mut JudgeState| {
        ui.vertical(|ui| {
            concept(
                ui,
                RichText::new(tr!("views-judge-confusion")).strong(),
                &tr!("views-judge-confusion-tip"),
            );
            confusion(ui, state, m, js);
        });
        ui.add_space(16.0);
        ui.vertical(|ui| {
            concept(
                ui,
                RichText::new(tr!("views-judge-per-class")).strong(),
                &tr!("views-judge-per-class-tip"),
            );
            egui::Grid::new("per-class")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in [
                        tr!("views-judge-col-class"),
                        tr!("views-judge-col-precision"),
                        tr!("views-judge-col-recall"),
                        "F1".to_owned(),
                        tr!("views-judge-col-samples"),
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for c in &m.per_class {
                        ui.label(&c.label);
                        ui.label(format!("{:.2}", c.precision));
                        ui.label(format!("{:.2}", c.recall));
                        ui.label(format!("{:.2}", c.f1));
                        ui.label(c.support.to_string());
                        ui.end_row();
                    }
                });
        });
    };
    if wide {
        ui.horizontal_top(|ui| matrix_and_table(ui, js));
    } else {
        matrix_and_table(ui, js);
    }
    if let (Some((a, p)), Some(d), Some(ds)) = (js.cell, detail, state.data.dataset.as_deref()) {
        let rows = cell_rows(d, &ds.test, a, p);
        ui.label(
            RichText::new(tr!(
                "views-judge-cell-samples",
                count = rows.len(),
                actual = class_name(state, a),
                predicted = class_name(state, p)
            ))
            .strong(),
        );
        ui.horizontal_wrapped(|ui| {
            for r in rows.iter().take(200) {
                if ui
                    .small_button(format!("#{r}"))
                    .accessible_name(tr!("views-judge-open-test-sample", row = *r))
                    .clicked()
                {
                    js.opened = Some(*r);
                }
            }
            if rows.len() > 200 {
                ui.label(tr!("views-judge-and-more", count = rows.len() - 200));
            }
        });
    }
}

fn confusion(ui: &mut Ui, state: &LabState, m: &ClassificationMetrics, js: &mut JudgeState) {
    let k = m.confusion.len();
    egui::Grid::new("confusion")
        .spacing(egui::vec2(3.0, 3.0))
        .show(ui, |ui| {
            ui.label(
                RichText::new(tr!("views-judge-confusion-axes"))
                    .small()
                    .weak(),
            );
            for p in 0..k {
                ui.label(RichText::new(class_name(state, p)).strong());
            }
            ui.end_row();
            for (a, row) in m.confusion.iter().enumerate() {
                ui.label(RichText::new(class_name(state, a)).strong());
                let total: usize = row.iter().sum();
                for (p, &count) in row.iter().enumerate() {
                    let share = if total > 0 {
                        count as f32 / total as f32
                    } else {
                        0.0
                    };
                    let base = if a == p { OK } else { ERROR };
                    let fill = if count == 0 {
                        ui.visuals().faint_bg_color
                    } else {
                        base.gamma_multiply(0.15 + 0.85 * share)
                    };
                    let text_col = readable_on(blend(fill, ui.visuals().panel_fill));
                    let selected = js.cell == Some((a, p));
                    let mut b = egui::Button::new(
                        RichText::new(count.to_string()).color(text_col).strong(),
                    )
                    .fill(fill)
                    .min_size(egui::vec2(56.0, 34.0));
                    if selected {
                        b = b.stroke(egui::Stroke::new(2.5, ui.visuals().text_color()));
                    }
                    let r = ui
                        .add(b)
                        .accessible_name(tr!(
                            "views-judge-confusion-cell",
                            actual = class_name(state, a),
                            predicted = class_name(state, p)
                        ))
                        .on_hover_text(tr!(
                            "views-judge-confusion-cell-tip",
                            count = count,
                            actual = class_name(state, a),
                            predicted = class_name(state, p),
                            share = format!("{:.0}", share * 100.0)
                        ));
                    if r.clicked() {
                        js.cell = if selected { None } else { Some((a, p)) };
                    }
                }
                ui.end_row();
            }
        });
}

fn regression(
    ui: &mut Ui,
    m: &RegressionMetrics,
    detail: Option<&EvalDetail>,
    test: &Split,
    scale: &TargetScale,
) {
    ui.horizontal_wrapped(|ui| {
        for (name, v, tip) in [
            ("RMSE", m.rmse, tr!("views-judge-rmse-tip")),
            ("MAE", m.mae, tr!("views-judge-mae-tip")),
            ("R²", m.r2, tr!("views-judge-r2-tip")),
        ] {
            concept(ui, RichText::new(name).size(18.0), &tip);
            ui.label(RichText::new(sci(v)).size(24.0).strong());
            ui.add_space(12.0);
        }
    });
    let Some(d) = detail else { return };
    let p = &d.predictions;
    let rows = test.rows;
    let yd = test.y.len().checked_div(rows).unwrap_or(1).max(1);
    let pts: Vec<[f64; 2]> = (0..rows)
        .filter_map(|r| {
            Some([
                scale.unscale(*test.y.get(r * yd)?) as f64,
                *p.outputs.get(r * p.width.max(1))? as f64,
            ])
        })
        .collect();
    let (lo, hi) = pts
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), q| {
            (l.min(q[0]).min(q[1]), h.max(q[0]).max(q[1]))
        });
    concept(
        ui,
        RichText::new(tr!("views-judge-pred-vs-actual")).strong(),
        &tr!("views-judge-pred-vs-actual-tip"),
    );
    let (samples_name, perfect_name) =
        (tr!("views-judge-test-samples"), tr!("views-judge-perfect"));
    plots::legend(
        ui,
        &[
            Key::dot(samples_name.clone(), CLASS_COLORS[0]),
            Key::dashed(perfect_name.clone(), Color32::GRAY),
        ],
    );
    let plot = Plot::new("pred-vs-actual")
        .height(320.0)
        .data_aspect(1.0)
        .x_axis_label(tr!("views-judge-actual"))
        .y_axis_label(tr!("views-judge-predicted"))
        .label_formatter(|h| {
            let (_, q) = hover_at(h);
            Some(tr!(
                "views-judge-hover",
                actual = sci(q.x),
                predicted = sci(q.y)
            ))
        });
    plots::readable(plot, ui, Scale::Value, Scale::Value).show(ui, |pl| {
        if lo.is_finite() {
            pl.line(
                Line::new(perfect_name, PlotPoints::from(vec![[lo, lo], [hi, hi]]))
                    .color(Color32::GRAY)
                    .style(egui_plot::LineStyle::dashed_loose()),
            );
        }
        pl.points(
            Points::new(samples_name, PlotPoints::from(pts))
                .radius(3.0)
                .color(CLASS_COLORS[0]),
        );
    });
}

fn worst(
    ui: &mut Ui,
    state: &LabState,
    d: &EvalDetail,
    test: &Split,
    scale: &TargetScale,
    js: &mut JudgeState,
) {
    concept(
        ui,
        RichText::new(tr!("views-judge-worst")).strong(),
        &tr!("views-judge-worst-tip"),
    );
    let label = |c: usize| class_name(state, c);
    let list = dishes(d, test, scale, &label);
    egui::Grid::new("worst-dishes")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for h in [
                tr!("views-judge-col-sample"),
                tr!("views-judge-actual"),
                tr!("views-judge-predicted"),
                tr!("views-judge-col-loss"),
                String::new(),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for dish in &list {
                ui.label(format!("#{}", dish.row));
                ui.label(&dish.actual);
                ui.label(&dish.predicted);
                ui.label(sci(dish.loss));
                if ui
                    .small_button(tr!("views-judge-open"))
                    .accessible_name(tr!("views-judge-open-worst", row = dish.row))
                    .clicked()
                {
                    js.opened = Some(dish.row);
                }
                ui.end_row();
            }
        });
}

fn opened(
    ui: &mut Ui,
    state: &LabState,
    d: &EvalDetail,
    test: &Split,
    row: usize,
    cmds: &mut Vec<Command>,
) {
    let Some(ds) = state.data.dataset.as_deref() else {
        return;
    };
    ui.label(
        RichText::new(tr!("views-judge-sample-title", row = row))
            .size(18.0)
            .strong(),
    );
    let w = ds.input_shape.numel();
    let x = test.x.get(row * w..(row + 1) * w).unwrap_or(&[]);
    ui.label(RichText::new(tr!("views-judge-ingredients")).strong());
    ui.horizontal_wrapped(|ui| {
        for (i, v) in x.iter().enumerate().take(64) {
            let name = ds
                .feature_names
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("x{}", i + 1));
            ui.label(format!("{name} = {}", num(*v)));
        }
        if x.len() > 64 {
            ui.label(tr!("views-judge-more", count = x.len() - 64));
        }
    });
    let p = &d.predictions;
    let out = p
        .outputs
        .get(row * p.width..(row + 1) * p.width)
        .unwrap_or(&[]);
    if ds.task.is_classification() {
        let a = test.y.get(row).map_or(0, |&y| y as usize);
        ui.label(tr!("views-judge-it-is", class = class_name(state, a)));
        ui.label(RichText::new(tr!("views-judge-answer")).strong());
        for (c, prob) in out.iter().enumerate() {
            let colour = if c == a { OK } else { CLASS_COLORS[c % 10] };
            ui.add(
                egui::ProgressBar::new(*prob)
                    .text(format!("{} {:.1}%", class_name(state, c), prob * 100.0))
                    .fill(bar_fill(ui.visuals(), colour)),
            );
        }
    } else {
        let yd = ds.task.target_dim();
        let actual = test.y.get(row * yd..(row + 1) * yd).unwrap_or(&[]);
        ui.label(tr!(
            "views-judge-actual-predicted",
            actual = actual
                .iter()
                .map(|v| num(ds.target_scale.unscale(*v)))
                .collect::<Vec<_>>()
                .join(", "),
            predicted = out.iter().map(|v| num(*v)).collect::<Vec<_>>().join(", ")
        ));
    }
    if let Some(l) = p.row_loss.get(row) {
        ui.label(tr!("views-judge-sample-loss", loss = sci(*l)));
    }
    if let Some(trace) = crate::app::insight::forward_pass(state, x) {
        ui.label(RichText::new(tr!("views-judge-forward")).strong());
        super::step::forward_table(ui, &trace);
        return;
    }
    // Networks with convolutions or normalization: the worker traces the sample.
    let insight = &state.training.insight;
    match insight
        .trace
        .as_ref()
        .filter(|t| t.from_test && t.sample == row)
    {
        Some(t) => {
            ui.label(RichText::new(tr!("views-judge-forward")).strong());
            super::step::forward_table(ui, &t.layers);
        }
        None => {
            let waiting = insight.trace_pending == Some(row);
            if ui
                .add_enabled(!waiting, egui::Button::new(tr!("views-judge-show-forward")))
                .on_hover_text(tr!("views-judge-show-forward-tip"))
                .clicked()
            {
                cmds.push(Command::Insight(
                    crate::app::insight::InsightCommand::TraceTest(row),
                ));
            }
        }
    }
}
