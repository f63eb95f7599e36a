//! The network drawn neuron by neuron: every unit and connection of a small network,
//! colour for sign (blue positive, red negative) and thickness for size, switchable
//! between the weights, the gradients and the last update — with "Play backprop" the
//! gradients appear from the output backwards. Hover a connection for its value; click a
//! neuron to see its incoming weights and bias. Layers too large to draw become a block
//! with a histogram of their values.

use super::{concept, empty_hint, num, signed_color};
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use crate::model::Weights;
use crate::train::StepTrace;
use crate::ui::style::{CLASS_COLORS, WARNING};
use egui::{Align2, FontId, Pos2, RichText, Sense, Stroke, Ui};

/// Columns wider than this are drawn as a block with a histogram.
pub const MAX_DRAWN: usize = 32;
/// Seconds the backprop animation takes.
const ANIM_SECS: f64 = 2.5;

/// Which values colour the connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NetMode {
    /// The weights themselves.
    #[default]
    Weights,
    /// The gradients of one traced step.
    Gradients,
    /// The change one step makes.
    Update,
}

impl NetMode {
    const ALL: [NetMode; 3] = [NetMode::Weights, NetMode::Gradients, NetMode::Update];

    fn title(self) -> &'static str {
        match self {
            NetMode::Weights => "Weights",
            NetMode::Gradients => "Gradients",
            NetMode::Update => "Last update",
        }
    }

    fn tip(self) -> &'static str {
        match self {
            NetMode::Weights => "The seasonings: how strongly each input of a neuron counts, and with which sign.",
            NetMode::Gradients => "The feedback of one training step: how much each weight is to blame for the loss. It is computed from the output backwards (backpropagation).",
            NetMode::Update => "How much the optimizer changed each weight in one step.",
        }
    }
}

/// The view's choices.
#[derive(Debug, Clone, Default)]
pub struct NetState {
    /// What the connections show.
    pub mode: NetMode,
    /// The neuron clicked: (column, unit); column 0 is the input.
    pub selected: Option<(usize, usize)>,
    /// When the backprop animation started (egui time).
    pub anim_start: Option<f64>,
}

/// One column of neurons.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Heading ("Input", "Dense 8 · ReLU").
    pub label: String,
    /// Number of units.
    pub units: usize,
    /// Index of the layer in the weight snapshot (`None` for the input).
    pub layer: Option<usize>,
    /// Names of the units (inputs: feature names).
    pub names: Vec<String>,
}

/// The drawable structure: columns of neurons; column `k > 0` is fed by its layer's weights.
pub fn columns(weights: &Weights, inputs: usize, feature_names: &[String]) -> Vec<Column> {
    let mut cols = vec![Column {
        label: format!("Input ({inputs})"),
        units: inputs,
        layer: None,
        names: (0..inputs)
            .map(|i| {
                feature_names
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("x{}", i + 1))
            })
            .collect(),
    }];
    let n = weights.layers.len();
    for (li, l) in weights.layers.iter().enumerate() {
        if let Some(w) = l.params.iter().find(|p| p.name == "weight") {
            let units = if l.label.starts_with("Dense") && w.shape.len() == 2 {
                w.shape[1]
            } else {
                w.shape.first().copied().unwrap_or(0)
            };
            let head = li + 1 == n || weights.layers[li + 1..].iter().all(|x| x.params.is_empty());
            cols.push(Column {
                label: if head {
                    format!("Output {}", l.label)
                } else {
                    l.label.clone()
                },
                units,
                layer: Some(li),
                names: (0..units).map(|j| format!("unit {}", j + 1)).collect(),
            });
        } else if l.params.is_empty() {
            if let Some(last) = cols.last_mut() {
                if last.layer.is_some() {
                    last.label = format!("{} · {}", last.label, l.label);
                }
            }
        }
    }
    cols
}

/// Values (weights, gradients or update) and biases of the layer at `li`, row-major
/// `[inputs, units]`, with what they are.
fn layer_values<'a>(
    mode: NetMode,
    li: usize,
    weights: &'a Weights,
    trace: Option<&'a StepTrace>,
    prev: Option<&'a Weights>,
) -> Option<(Vec<f32>, Vec<f32>)> {
    let pick = |name: &str| -> Option<Vec<f32>> {
        match mode {
            NetMode::Weights => weights
                .layers
                .get(li)?
                .params
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.values.clone()),
            NetMode::Gradients => trace?
                .layers
                .get(li)?
                .params
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.grad.clone()),
            NetMode::Update => match trace {
                Some(t) => t
                    .layers
                    .get(li)?
                    .params
                    .iter()
                    .find(|p| p.name == name)
                    .map(|p| p.update.clone()),
                None => {
                    let now = weights
                        .layers
                        .get(li)?
                        .params
                        .iter()
                        .find(|p| p.name == name)?;
                    let before = prev?
                        .layers
                        .get(li)?
                        .params
                        .iter()
                        .find(|p| p.name == name)?;
                    Some(
                        now.values
                            .iter()
                            .zip(&before.values)
                            .map(|(a, b)| a - b)
                            .collect(),
                    )
                }
            },
        }
    };
    let w = pick("weight")?;
    let b = pick("bias").unwrap_or_default();
    Some((w, b))
}

/// Draws the view.
pub fn show(ui: &mut Ui, state: &LabState, ns: &mut NetState, out: &mut Vec<Command>) {
    let insight = &state.training.insight;
    let weights = insight
        .weights
        .as_ref()
        .or(state.training.state.as_ref().map(|s| &s.weights));
    let Some(ds) = state.data.dataset.as_deref() else {
        empty_hint(ui, "No data yet", "Load data in the Data tab first.");
        return;
    };
    let Some(weights) = weights.filter(|w| !w.layers.is_empty()) else {
        empty_hint(
            ui,
            "No weights to draw yet",
            "Press ▶ Train or Step batch: the network appears with its starting weights and changes as it learns.",
        );
        return;
    };
    // Live gradients of the last real batch while training; a traced sample otherwise.
    let trace = if state.training.phase.is_active() || insight.trace.is_none() {
        insight
            .batch_trace
            .as_ref()
            .or(insight.trace.as_ref().filter(|t| !t.from_test))
    } else {
        insight.trace.as_ref().filter(|t| !t.from_test)
    };
    ui.horizontal_wrapped(|ui| {
        for m in NetMode::ALL {
            if ui
                .selectable_label(ns.mode == m, m.title())
                .accessible_name(format!("Network shows {}", m.title().to_lowercase()))
                .on_hover_text(m.tip())
                .clicked()
            {
                ns.mode = m;
                if m == NetMode::Gradients {
                    ns.anim_start = Some(ui.input(|i| i.time));
                }
                // Gradients come from a traced step: ask for one if there is none yet.
                let can = state.training.phase.is_active() || state.train_blocker().is_none();
                if m != NetMode::Weights
                    && trace.is_none()
                    && insight.trace_pending.is_none()
                    && can
                {
                    out.push(Command::Insight(InsightCommand::TraceSample(0)));
                }
            }
        }
        ui.separator();
        if ns.mode != NetMode::Weights {
            match trace {
                Some(t) if t.sample == usize::MAX => {
                    ui.label(RichText::new("from the last training batch").weak());
                }
                Some(t) => {
                    ui.label(RichText::new(format!("from one step on training sample #{}", t.sample)).weak());
                }
                None if ns.mode == NetMode::Update && insight.prev_weights.is_some() => {
                    ui.label(RichText::new("change over the last epoch").weak());
                }
                None => {
                    ui.label(RichText::new("trace a step to see them").color(WARNING));
                }
            }
            let blocker = if state.training.phase.is_active() {
                None
            } else {
                state.train_blocker()
            };
            let sample = trace.map_or(0, |t| if t.sample == usize::MAX { 0 } else { t.sample });
            if ui
                .add_enabled(
                    blocker.is_none() && insight.trace_pending.is_none(),
                    egui::Button::new("Trace a step"),
                )
                .on_hover_text("Compute the gradients and update of one training step on one sample (the network is not changed)")
                .clicked()
            {
                out.push(Command::Insight(InsightCommand::TraceSample(sample)));
            }
            if ns.mode == NetMode::Gradients
                && ui
                    .button("▶ Play backprop")
                    .on_hover_text("Watch the feedback travel from the loss back to the first layer")
                    .clicked()
            {
                ns.anim_start = Some(ui.input(|i| i.time));
            }
        }
    });
    let cols = columns(weights, ds.input_shape.numel(), &ds.feature_names);
    let avail = ui.available_size();
    let side = 240.0;
    if avail.x >= 800.0 {
        let canvas = egui::vec2(avail.x - side - 12.0, avail.y.max(260.0));
        ui.horizontal_top(|ui| {
            draw(ui, state, ns, weights, trace, &cols, canvas);
            ui.vertical(|ui| {
                ui.set_width(side);
                details(ui, ns, weights, trace, insight.prev_weights.as_ref(), &cols);
            });
        });
    } else {
        // Narrow centre: the details go below the drawing.
        let canvas = egui::vec2(avail.x, (avail.y * 0.68).max(260.0));
        draw(ui, state, ns, weights, trace, &cols, canvas);
        ui.separator();
        details(ui, ns, weights, trace, insight.prev_weights.as_ref(), &cols);
    }
}

fn draw(
    ui: &mut Ui,
    _state: &LabState,
    ns: &mut NetState,
    weights: &Weights,
    trace: Option<&StepTrace>,
    cols: &[Column],
    size: egui::Vec2,
) {
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let ncols = cols.len().max(2);
    let top = rect.top() + 70.0;
    let bottom = rect.bottom() - 16.0;
    let col_x =
        |k: usize| rect.left() + 70.0 + k as f32 * (rect.width() - 140.0) / (ncols - 1) as f32;
    let drawn = |c: &Column| c.units <= MAX_DRAWN;
    let node_pos = |k: usize, j: usize| -> Pos2 {
        let n = cols[k].units.max(1);
        let step = ((bottom - top) / n as f32).min(48.0);
        let y0 = (top + bottom) / 2.0 - step * (n as f32 - 1.0) / 2.0;
        egui::pos2(col_x(k), y0 + j as f32 * step)
    };
    let radius = |k: usize| {
        let n = cols[k].units.max(1) as f32;
        ((bottom - top) / n / 3.0).clamp(3.0, 11.0)
    };
    // The backprop sweep: the x position left of which gradients are not shown yet.
    let now = ui.input(|i| i.time);
    let mut sweep = f32::NEG_INFINITY;
    if ns.mode == NetMode::Gradients {
        if let Some(t0) = ns.anim_start {
            let f = ((now - t0) / ANIM_SECS) as f32;
            if f < 1.0 {
                sweep = rect.right() - f * rect.width();
                ui.ctx().request_repaint();
            } else {
                ns.anim_start = None;
            }
        }
    }
    let pointer = response.hover_pos();
    let mut best: Option<(f32, String, [Pos2; 2])> = None;

    for k in 1..cols.len() {
        let (Some(li), prev, cur) = (cols[k].layer, &cols[k - 1], &cols[k]) else {
            continue;
        };
        let Some((vals, _)) = layer_values(ns.mode, li, weights, trace, None) else {
            continue;
        };
        if !drawn(prev) || !drawn(cur) || vals.len() != prev.units * cur.units {
            // A band standing for all connections.
            let a = egui::pos2(col_x(k - 1) + 20.0, (top + bottom) / 2.0);
            let b = egui::pos2(col_x(k) - 20.0, (top + bottom) / 2.0);
            painter.line_segment([a, b], Stroke::new(10.0, text.gamma_multiply(0.15)));
            continue;
        }
        if col_x(k) < sweep {
            continue;
        }
        let max = vals.iter().fold(0f32, |m, v| m.max(v.abs()));
        let units = cur.units;
        for i in 0..prev.units {
            for j in 0..units {
                let v = vals[i * units + j];
                let a = node_pos(k - 1, i);
                let b = node_pos(k, j);
                let t = if max > 0.0 { v.abs() / max } else { 0.0 };
                painter.line_segment([a, b], Stroke::new(0.4 + 3.6 * t, signed_color(v, max)));
                if let Some(p) = pointer {
                    let d = seg_dist(p, a, b);
                    if d < 5.0 && best.as_ref().is_none_or(|(bd, _, _)| d < *bd) {
                        best = Some((
                            d,
                            format!(
                                "{} -> {}\n{} = {}",
                                prev.names.get(i).cloned().unwrap_or_default(),
                                cur.names.get(j).cloned().unwrap_or_default(),
                                ns.mode.title().to_lowercase(),
                                num(v)
                            ),
                            [a, b],
                        ));
                    }
                }
            }
        }
    }
    if let Some((_, tip, seg)) = &best {
        painter.line_segment(*seg, Stroke::new(3.0, WARNING));
        response.clone().on_hover_text_at_pointer(tip.as_str());
    }
    if sweep.is_finite() {
        painter.line_segment(
            [
                egui::pos2(sweep, rect.top()),
                egui::pos2(sweep, rect.bottom()),
            ],
            Stroke::new(3.0, WARNING),
        );
        painter.text(
            egui::pos2(sweep, rect.bottom() - 2.0),
            Align2::CENTER_BOTTOM,
            "◀ feedback",
            FontId::proportional(13.0),
            WARNING,
        );
    }

    let crowded = (rect.width() - 140.0) / ((ncols - 1) as f32) < 110.0;
    for (k, c) in cols.iter().enumerate() {
        // One line per part ("Dense 8", "ReLU"); staggered when columns are close.
        let dy = if crowded && k % 2 == 1 { 30.0 } else { 0.0 };
        painter.text(
            egui::pos2(col_x(k), rect.top() + 2.0 + dy),
            Align2::CENTER_TOP,
            c.label.replace(" · ", "\n"),
            FontId::proportional(12.0),
            text,
        );
        if !drawn(c) {
            block(ui, &painter, ns, weights, trace, c, col_x(k), top, bottom);
            continue;
        }
        let biases = c
            .layer
            .and_then(|li| layer_values(ns.mode, li, weights, trace, None))
            .map(|(_, b)| b)
            .unwrap_or_default();
        let bmax = biases.iter().fold(0f32, |m, v| m.max(v.abs()));
        let r = radius(k);
        for j in 0..c.units {
            let p = node_pos(k, j);
            let fill = match biases.get(j) {
                Some(b) => signed_color(*b, bmax),
                None => ui.visuals().faint_bg_color,
            };
            let selected = ns.selected == Some((k, j));
            painter.circle(
                p,
                r,
                fill,
                Stroke::new(
                    if selected { 3.0 } else { 1.2 },
                    if selected { WARNING } else { text },
                ),
            );
            if k == 0 {
                painter.text(
                    p - egui::vec2(r + 4.0, 0.0),
                    Align2::RIGHT_CENTER,
                    c.names.get(j).cloned().unwrap_or_default(),
                    FontId::proportional(11.0),
                    text,
                );
            }
            let hit = egui::Rect::from_center_size(p, egui::vec2(2.0 * r + 6.0, 2.0 * r + 6.0));
            let name = if k == 0 {
                format!("Input neuron {}", j + 1)
            } else {
                format!("Neuron {} of layer column {}", j + 1, k)
            };
            let resp = ui
                .interact(hit, ui.scope_id().with(("neuron", k, j)), Sense::click())
                .accessible_name(name);
            if resp.clicked() {
                ns.selected = if selected { None } else { Some((k, j)) };
            }
        }
    }
    // Legend.
    painter.text(
        egui::pos2(rect.left() + 4.0, rect.bottom() - 2.0),
        Align2::LEFT_BOTTOM,
        "blue +  red −  thicker = larger   (neuron colour: bias)",
        FontId::proportional(11.0),
        text.gamma_multiply(0.7),
    );
}

#[allow(clippy::too_many_arguments)]
fn block(
    ui: &Ui,
    painter: &egui::Painter,
    ns: &NetState,
    weights: &Weights,
    trace: Option<&StepTrace>,
    c: &Column,
    x: f32,
    top: f32,
    bottom: f32,
) {
    let r = egui::Rect::from_center_size(
        egui::pos2(x, (top + bottom) / 2.0),
        egui::vec2(110.0, (bottom - top).min(220.0)),
    );
    painter.rect_filled(r, 6.0, ui.visuals().faint_bg_color);
    painter.rect_stroke(
        r,
        6.0,
        Stroke::new(1.5, ui.visuals().text_color()),
        egui::StrokeKind::Inside,
    );
    painter.text(
        r.center_top() + egui::vec2(0.0, 4.0),
        Align2::CENTER_TOP,
        format!("{} units", c.units),
        FontId::proportional(12.0),
        ui.visuals().text_color(),
    );
    let Some(li) = c.layer else { return };
    let Some((vals, _)) = layer_values(ns.mode, li, weights, trace, None) else {
        return;
    };
    let bins = histogram(&vals, 16);
    let peak = bins.iter().copied().max().unwrap_or(1).max(1) as f32;
    let area =
        egui::Rect::from_min_max(r.min + egui::vec2(8.0, 24.0), r.max - egui::vec2(8.0, 8.0));
    let bw = area.width() / bins.len() as f32;
    for (i, &b) in bins.iter().enumerate() {
        let h = area.height() * b as f32 / peak;
        let bar = egui::Rect::from_min_max(
            egui::pos2(area.left() + i as f32 * bw, area.bottom() - h),
            egui::pos2(area.left() + (i as f32 + 1.0) * bw - 1.0, area.bottom()),
        );
        painter.rect_filled(bar, 0.0, CLASS_COLORS[0]);
    }
}

/// Counts of `values` in `bins` equal-width bins between their min and max.
pub fn histogram(values: &[f32], bins: usize) -> Vec<usize> {
    let mut out = vec![0; bins.max(1)];
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (lo, hi) = finite
        .clone()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(l, h), v| {
            (l.min(v), h.max(v))
        });
    if !lo.is_finite() {
        return out;
    }
    let span = (hi - lo).max(1e-12);
    let n = out.len();
    for v in finite {
        let k = (((v - lo) / span) * n as f32) as usize;
        out[k.min(n - 1)] += 1;
    }
    out
}

fn seg_dist(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
    (a + ab * t - p).length()
}

fn details(
    ui: &mut Ui,
    ns: &NetState,
    weights: &Weights,
    trace: Option<&StepTrace>,
    prev: Option<&Weights>,
    cols: &[Column],
) {
    let Some((k, j)) = ns.selected else {
        concept(
            ui,
            RichText::new("Click a neuron").strong(),
            "A neuron adds up its inputs, each multiplied by a weight, plus its bias, then applies the activation.",
        );
        ui.label(
            RichText::new(
                "to see its incoming weights and bias. Hover a connection for its value.",
            )
            .weak(),
        );
        return;
    };
    let Some(c) = cols.get(k) else { return };
    ui.label(
        RichText::new(format!(
            "{} — {}",
            c.label,
            c.names.get(j).cloned().unwrap_or_default()
        ))
        .strong(),
    );
    let Some(li) = c.layer else {
        ui.label(
            "An input: it has no weights of its own; it feeds every neuron of the next layer.",
        );
        return;
    };
    let Some((vals, biases)) = layer_values(ns.mode, li, weights, trace, prev) else {
        ui.label(RichText::new("no values for this view yet").weak());
        return;
    };
    let what = ns.mode.title().to_lowercase();
    if let Some(b) = biases.get(j) {
        ui.label(RichText::new(format!("bias ({what}): {}", num(*b))).monospace());
    }
    ui.label(RichText::new(format!("incoming ({what}):")).weak());
    let prev_col = &cols[k - 1];
    let units = c.units;
    egui::ScrollArea::vertical()
        .id_salt("incoming")
        .max_height(ui.available_height().max(100.0))
        .show(ui, |ui| {
            for i in 0..prev_col.units.min(256) {
                if let Some(v) = vals.get(i * units + j) {
                    ui.label(
                        RichText::new(format!(
                            "{}: {}",
                            prev_col.names.get(i).cloned().unwrap_or_default(),
                            num(*v)
                        ))
                        .monospace()
                        .color(signed_color(*v, v.abs().max(1e-12)).to_opaque()),
                    );
                }
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LayerWeights, ParamValues};

    fn dense(inputs: usize, units: usize) -> LayerWeights {
        LayerWeights {
            label: format!("Dense {units}"),
            params: vec![
                ParamValues {
                    name: "weight".into(),
                    shape: vec![inputs, units],
                    values: vec![0.5; inputs * units],
                },
                ParamValues {
                    name: "bias".into(),
                    shape: vec![units],
                    values: vec![0.0; units],
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn columns_follow_the_layers() {
        let w = Weights {
            layers: vec![
                dense(2, 4),
                LayerWeights {
                    label: "ReLU".into(),
                    ..Default::default()
                },
                dense(4, 3),
            ],
        };
        let cols = columns(&w, 2, &["a".into(), "b".into()]);
        assert_eq!(cols.len(), 3);
        assert_eq!(cols[0].names, vec!["a", "b"]);
        assert_eq!(cols[1].label, "Dense 4 · ReLU");
        assert_eq!(cols[2].label, "Output Dense 3");
        assert_eq!(cols[2].units, 3);
        assert_eq!(histogram(&[0.0, 0.5, 1.0, 1.0], 2), vec![1, 3]);
    }
}
