//! Gradient flow: per layer, mean and max |gradient| on a log scale, the history of each
//! layer's gradient norm, vanishing or exploding layers highlighted with the diagnostic's
//! tip; toggles to weight norms and to the update/weight ratio. Activation health beside
//! it: dead ReLUs and saturated sigmoid/tanh units.

use super::{concept, empty_hint, hover_at, Look};
use crate::app::LabState;
use crate::numfmt::sci;
use crate::tr;
use crate::train::{ActivationStats, DiagnosticKind, LayerFlow};
use crate::ui::plots::{self, Key, Scale};
use crate::ui::style::{error, ok, warning, CLASS_COLORS, ERROR, OK, WARNING};
use egui::{Align2, Color32, FontId, RichText, Sense, Stroke, Ui};
use egui_plot::{HLine, Line, LineStyle, Plot, PlotPoints};

/// What the bars and history show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FlowMetric {
    /// Mean and max |gradient|.
    #[default]
    Gradients,
    /// L2 norm of the weights.
    Weights,
    /// |update| / |weights| of one step.
    Ratio,
}

impl FlowMetric {
    const ALL: [FlowMetric; 3] = [
        FlowMetric::Gradients,
        FlowMetric::Weights,
        FlowMetric::Ratio,
    ];

    fn title(self) -> String {
        tr!(match self {
            FlowMetric::Gradients => "views-flow-gradients",
            FlowMetric::Weights => "views-flow-weights",
            FlowMetric::Ratio => "views-flow-ratio",
        })
    }

    fn tip(self) -> String {
        tr!(match self {
            FlowMetric::Gradients => "views-flow-gradients-tip",
            FlowMetric::Weights => "views-flow-weights-tip",
            FlowMetric::Ratio => "views-flow-ratio-tip",
        })
    }

    fn value(self, l: &LayerFlow) -> f64 {
        match self {
            FlowMetric::Gradients => l.grad_l2,
            FlowMetric::Weights => l.weight_l2,
            FlowMetric::Ratio => l.update_ratio,
        }
    }

    fn history_name(self) -> String {
        tr!(match self {
            FlowMetric::Gradients => "views-flow-gradient-norm",
            FlowMetric::Weights => "views-flow-weight-norm",
            FlowMetric::Ratio => "views-flow-update-weight",
        })
    }
}

/// The view's toggles.
#[derive(Debug, Clone, Default)]
pub struct FlowState {
    /// What to show.
    pub metric: FlowMetric,
}

/// Draws the view.
pub fn show(ui: &mut Ui, state: &LabState, fs: &mut FlowState, look: &Look) {
    let insight = &state.training.insight;
    ui.horizontal_wrapped(|ui| {
        for m in FlowMetric::ALL {
            if m == FlowMetric::Ratio && !look.advanced() && fs.metric != FlowMetric::Ratio {
                continue;
            }
            if ui
                .selectable_label(fs.metric == m, m.title())
                .accessible_name(tr!("views-flow-show", what = m.title().to_lowercase()))
                .on_hover_text(m.tip())
                .clicked()
            {
                fs.metric = m;
            }
        }
        if let Some(f) = &insight.flow {
            ui.separator();
            ui.label(
                RichText::new(tr!("views-flow-epoch-step", epoch = f.epoch, step = f.step))
                    .weak()
                    .small(),
            );
        }
    });
    let Some(report) = &insight.flow else {
        empty_hint(ui, &tr!("views-flow-empty"), &tr!("views-flow-empty-body"));
        return;
    };

    // Diagnostics with their tips.
    for d in insight.diagnostics.iter().filter(|d| {
        matches!(
            d.kind,
            DiagnosticKind::VanishingGradients
                | DiagnosticKind::ExplodingGradients
                | DiagnosticKind::DeadRelu
                | DiagnosticKind::Saturation
        )
    }) {
        let colour = if d.kind == DiagnosticKind::ExplodingGradients {
            error(ui.visuals())
        } else {
            warning(ui.visuals())
        };
        ui.label(
            RichText::new(tr!(
                "views-flow-diagnostic",
                message = d.message,
                epoch = d.epoch
            ))
            .color(colour)
            .strong(),
        );
        ui.label(RichText::new(tr!("views-flow-try", tip = d.tip)).color(colour));
    }

    let width = ui.available_width();
    let left_w = (width * 0.62).max(260.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(left_w);
            concept(
                ui,
                RichText::new(tr!("views-flow-per-layer", metric = fs.metric.title())).strong(),
                &fs.metric.tip(),
            );
            bars(ui, state, &report.layers, fs.metric, left_w);
        });
        ui.add_space(12.0);
        ui.vertical(|ui| {
            concept(
                ui,
                RichText::new(tr!("views-flow-activation-health")).strong(),
                &tr!("views-flow-activation-health-tip"),
            );
            activations(ui, &report.activations);
        });
    });
    ui.separator();
    history(ui, state, fs.metric);
}

struct BarRow {
    label: String,
    values: Vec<(f64, Color32, String)>,
    highlight: Option<Color32>,
    tip: String,
}

fn bars(ui: &mut Ui, state: &LabState, layers: &[LayerFlow], metric: FlowMetric, width: f32) {
    let insight = &state.training.insight;
    let rows: Vec<BarRow> = layers
        .iter()
        .map(|l| {
            let diag = insight.diagnostic_for(l.layer).filter(|d| {
                matches!(
                    d.kind,
                    DiagnosticKind::VanishingGradients | DiagnosticKind::ExplodingGradients
                )
            });
            let highlight = diag.map(|d| {
                if d.kind == DiagnosticKind::ExplodingGradients {
                    ERROR
                } else {
                    WARNING
                }
            });
            let values = match metric {
                FlowMetric::Gradients => vec![
                    (
                        l.grad_mean_abs,
                        CLASS_COLORS[0],
                        tr!("views-flow-mean-grad"),
                    ),
                    (l.grad_max_abs, CLASS_COLORS[9], tr!("views-flow-max-grad")),
                ],
                FlowMetric::Weights => {
                    vec![(l.weight_l2, CLASS_COLORS[2], tr!("views-flow-weight-norm"))]
                }
                FlowMetric::Ratio => vec![(
                    l.update_ratio,
                    CLASS_COLORS[4],
                    tr!("views-flow-update-weight"),
                )],
            };
            let mut tip = tr!(
                "views-flow-bar-tip",
                layer = l.layer + 1,
                label = l.label,
                mean = sci(l.grad_mean_abs),
                max = sci(l.grad_max_abs),
                grad = sci(l.grad_l2),
                weight = sci(l.weight_l2),
                ratio = sci(l.update_ratio)
            );
            if let Some(d) = diag {
                tip.push_str(&format!(
                    "\n\n⚠ {}\n{}",
                    d.message,
                    tr!("views-flow-try", tip = d.tip)
                ));
            }
            BarRow {
                label: format!("{} {}", l.layer + 1, l.label),
                values,
                highlight,
                tip,
            }
        })
        .collect();
    let marker = (metric == FlowMetric::Ratio).then_some(1e-3);
    log_bars(ui, &rows, marker, width);
    ui.horizontal_wrapped(|ui| {
        if let Some(first) = rows.first() {
            for (_, c, name) in &first.values {
                ui.label(RichText::new("■").color(*c));
                ui.label(RichText::new(name.as_str()).small());
            }
        }
        if marker.is_some() {
            ui.label(
                RichText::new(tr!("views-flow-healthy-marker"))
                    .color(ok(ui.visuals()))
                    .small(),
            );
        }
    });
}

/// Horizontal bars on a log10 axis, one row per layer, hover for details.
fn log_bars(ui: &mut Ui, rows: &[BarRow], marker: Option<f64>, width: f32) {
    let vals = rows
        .iter()
        .flat_map(|r| r.values.iter().map(|v| v.0))
        .chain(marker)
        .filter(|v| *v > 0.0 && v.is_finite());
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in vals {
        lo = lo.min(v.log10());
        hi = hi.max(v.log10());
    }
    if !lo.is_finite() {
        (lo, hi) = (-6.0, 0.0);
    }
    let (lo, hi) = (lo.floor(), hi.ceil().max(lo.floor() + 1.0));
    let row_h = 34.0;
    let label_w = 130.0;
    let height = rows.len() as f32 * row_h + 22.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let grid = ui.visuals().weak_text_color().gamma_multiply(0.5);
    let x0 = rect.left() + label_w;
    let x1 = rect.right() - 8.0;
    let xf = |v: f64| -> f32 {
        let l = if v > 0.0 { v.log10() } else { lo };
        x0 + ((l - lo) / (hi - lo)).clamp(0.0, 1.0) as f32 * (x1 - x0)
    };
    let small = FontId::proportional(11.0);
    let mut d = lo;
    while d <= hi + 1e-9 {
        let x = xf(10f64.powf(d));
        painter.line_segment(
            [
                egui::pos2(x, rect.top()),
                egui::pos2(x, rect.bottom() - 18.0),
            ],
            Stroke::new(1.0, grid),
        );
        painter.text(
            egui::pos2(x, rect.bottom() - 2.0),
            Align2::CENTER_BOTTOM,
            format!("1e{d:.0}"),
            small.clone(),
            text,
        );
        d += 1.0;
    }
    for (i, r) in rows.iter().enumerate() {
        let top = rect.top() + i as f32 * row_h;
        let row = egui::Rect::from_min_max(
            egui::pos2(rect.left(), top),
            egui::pos2(rect.right(), top + row_h),
        );
        if let Some(c) = r.highlight {
            painter.rect_filled(row.shrink(1.0), 3.0, c.gamma_multiply(0.25));
            painter.rect_stroke(
                row.shrink(1.0),
                3.0,
                Stroke::new(1.5, c),
                egui::StrokeKind::Inside,
            );
        }
        let mut label = r.label.clone();
        if r.highlight.is_some() {
            label = format!("⚠ {label}");
        }
        painter.text(
            egui::pos2(rect.left() + 4.0, row.center().y),
            Align2::LEFT_CENTER,
            label,
            FontId::proportional(13.0),
            text,
        );
        let n = r.values.len().max(1) as f32;
        let bar_h = (row_h - 8.0) / n;
        for (k, (v, c, _)) in r.values.iter().enumerate() {
            let y = top + 4.0 + k as f32 * bar_h;
            let bar = egui::Rect::from_min_max(
                egui::pos2(x0, y + 1.0),
                egui::pos2(xf(*v).max(x0 + 1.0), y + bar_h - 1.0),
            );
            painter.rect_filled(bar, 2.0, *c);
        }
        let id = ui.scope_id().with(("flow-row", i));
        ui.interact(row, id, Sense::hover())
            .on_hover_text(&r.tip)
            .accessible_name(tr!("views-flow-layer", label = r.label));
    }
    if let Some(m) = marker {
        let x = xf(m);
        painter.line_segment(
            [
                egui::pos2(x, rect.top()),
                egui::pos2(x, rect.bottom() - 18.0),
            ],
            Stroke::new(2.0, OK),
        );
    }
}

fn activations(ui: &mut Ui, acts: &[ActivationStats]) {
    if acts.is_empty() {
        ui.label(RichText::new(tr!("views-flow-no-activations")).weak());
        return;
    }
    for a in acts {
        ui.label(RichText::new(format!("{} {}", a.layer + 1, a.label)).strong());
        // i18n-ignore: the layer's name from the engine, matched, never shown
        let relu = a.label.contains("ReLU") && !a.label.contains("Leaky");
        let squashing = a.label.contains("Sigmoid") || a.label.contains("Tanh");
        let bar = |ui: &mut Ui, name: &str, f: f64, bad: f64, tip: &str| {
            let colour = if f > bad { ERROR } else { OK };
            ui.add(
                egui::ProgressBar::new(f as f32)
                    .text(format!("{name} {:.0}%", f * 100.0))
                    .fill(crate::ui::style::bar_fill(ui.visuals(), colour)),
            )
            .on_hover_text(tip);
        };
        if relu {
            bar(
                ui,
                &tr!("views-flow-dead"),
                a.dead_fraction,
                0.5,
                &tr!("views-flow-dead-tip"),
            );
        }
        if squashing {
            bar(
                ui,
                &tr!("views-flow-saturated"),
                a.saturated_fraction,
                0.5,
                &tr!("views-flow-saturated-tip"),
            );
        }
        bar(
            ui,
            &tr!("views-flow-zero"),
            a.zero_fraction,
            0.9,
            &tr!("views-flow-zero-tip"),
        );
        ui.label(
            RichText::new(tr!(
                "views-flow-mean-std",
                mean = sci(a.mean),
                std = sci(a.std)
            ))
            .small(),
        )
        .on_hover_text(tr!("views-flow-mean-std-tip"));
        ui.add_space(4.0);
    }
}

fn history(ui: &mut Ui, state: &LabState, metric: FlowMetric) {
    let insight = &state.training.insight;
    let Some(last) = insight.flow_history.last() else {
        return;
    };
    concept(
        ui,
        RichText::new(tr!("views-flow-history", metric = metric.history_name())).strong(),
        &tr!("views-flow-history-tip"),
    );
    let mut lines: Vec<(String, Vec<[f64; 2]>)> = last
        .layers
        .iter()
        .map(|l| (format!("{} {}", l.layer + 1, l.label), Vec::new()))
        .collect();
    for p in &insight.flow_history {
        for (k, l) in p.layers.iter().enumerate() {
            let v = metric.value(l);
            if let Some((_, pts)) = lines.get_mut(k) {
                if v > 0.0 && v.is_finite() {
                    pts.push([p.step as f64, v.log10()]);
                }
            }
        }
    }
    let mut keys: Vec<Key> = lines
        .iter()
        .enumerate()
        .map(|(k, (name, _))| Key::line(name.clone(), CLASS_COLORS[k % CLASS_COLORS.len()]))
        .collect();
    if metric == FlowMetric::Ratio {
        keys.push(Key::dashed(tr!("views-flow-healthy"), OK));
    }
    plots::legend(ui, &keys);
    let height = ui.available_height().max(140.0);
    let plot = Plot::new("flow-history")
        .height(height)
        .x_axis_label(tr!("views-flow-step"))
        .y_axis_label(metric.history_name())
        .label_formatter(|h| {
            let (name, p) = hover_at(h);
            Some(tr!(
                "views-flow-hover",
                name = name,
                step = crate::numfmt::grouped(p.x),
                value = sci(10f64.powf(p.y))
            ))
        });
    plots::readable(plot, ui, Scale::Count, Scale::Log10).show(ui, |p| {
        for (k, (name, pts)) in lines.into_iter().enumerate() {
            p.line(
                Line::new(name, PlotPoints::from(pts))
                    .color(CLASS_COLORS[k % CLASS_COLORS.len()])
                    .width(2.0),
            );
        }
        if metric == FlowMetric::Ratio {
            p.hline(
                HLine::new(tr!("views-flow-healthy"), -3.0)
                    .color(OK)
                    .style(LineStyle::dashed_loose()),
            );
        }
    });
}
