//! One step, slowly: take one training sample and walk through the training loop with the
//! actual numbers — the forward pass layer by layer (z = W·x + b, then the activation),
//! the loss, the gradients flowing back, and the optimizer's update of each parameter.
//! The trace comes from the worker and does not change the network.

use super::{concept, empty_hint};
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use crate::numfmt::num;
use crate::tr;
use crate::train::insight::TraceLayer;
use crate::train::StepTrace;
use crate::ui::style::{signed, warning, OK};
use egui::{RichText, Ui};

/// Most units, inputs or matrix entries spelled out per layer.
const SHOW: usize = 8;

/// The sample and the stage being shown.
#[derive(Debug, Clone, Default)]
pub struct StepState {
    /// Training sample to trace.
    pub sample: usize,
    /// Stages revealed so far (0 = the input only).
    pub stage: usize,
}

/// One stage of the walk-through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The sample's inputs.
    Input,
    /// Layer `i` computes its output.
    Forward(usize),
    /// Prediction against target.
    Loss,
    /// Gradients arrive at layer `i` (walking backwards).
    Backward(usize),
    /// The optimizer updates layer `i`.
    Update(usize),
}

/// The stages of a trace in order: input, every layer forward, the loss, gradients of
/// each layer with parameters from the last to the first, then the updates.
pub fn stages(trace: &StepTrace) -> Vec<Stage> {
    let mut s = vec![Stage::Input];
    s.extend((0..trace.layers.len()).map(Stage::Forward));
    s.push(Stage::Loss);
    let with_params: Vec<usize> = (0..trace.layers.len())
        .filter(|&i| !trace.layers[i].params.is_empty())
        .collect();
    s.extend(with_params.iter().rev().map(|&i| Stage::Backward(i)));
    s.extend(with_params.iter().map(|&i| Stage::Update(i)));
    s
}

/// Draws the view.
pub fn show(ui: &mut Ui, state: &LabState, ss: &mut StepState, out: &mut Vec<Command>) {
    let insight = &state.training.insight;
    let rows = state.data.dataset.as_ref().map_or(0, |d| d.train.rows);
    ui.horizontal_wrapped(|ui| {
        let lbl = ui.label(tr!("words-step-sample"));
        ui.add(egui::DragValue::new(&mut ss.sample).range(0..=rows.saturating_sub(1)))
            .labelled_by(lbl.id)
            .on_hover_text(tr!("words-step-sample-tip"));
        let blocker = if state.training.phase.is_active() {
            None
        } else {
            state.train_blocker()
        };
        let r = ui
            .add_enabled(
                blocker.is_none() && rows > 0 && insight.trace_pending.is_none(),
                egui::Button::new(
                    RichText::new(format!("🔍 {}", tr!("words-step-trace"))).size(16.0),
                ),
            )
            .accessible_name(tr!("words-step-trace"))
            .on_hover_text(tr!("words-step-trace-tip"));
        if r.clicked() {
            out.push(Command::Insight(InsightCommand::TraceSample(ss.sample)));
            ss.stage = 0;
        }
        if insight.trace_pending.is_some() {
            ui.spinner();
        }
    });
    let Some(trace) = insight.trace.as_ref().filter(|t| !t.from_test) else {
        empty_hint(
            ui,
            &tr!("words-step-empty-title"),
            &tr!("words-step-empty-body"),
        );
        return;
    };
    let all = stages(trace);
    ss.stage = ss.stage.min(all.len().saturating_sub(1));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ss.stage > 0, egui::Button::new(tr!("words-step-back")))
            .clicked()
        {
            ss.stage -= 1;
        }
        if ui
            .add_enabled(
                ss.stage + 1 < all.len(),
                egui::Button::new(RichText::new(tr!("words-step-next")).strong()),
            )
            .on_hover_text(tr!("words-step-next-tip"))
            .clicked()
        {
            ss.stage += 1;
        }
        if ui.button(tr!("words-step-show-all")).clicked() {
            ss.stage = all.len().saturating_sub(1);
        }
        ui.label(
            RichText::new(tr!(
                "words-step-part",
                part = ss.stage + 1,
                total = all.len(),
                sample = trace.sample.to_string()
            ))
            .weak(),
        );
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("step-scroll")
        .auto_shrink([false, false])
        .stick_to_bottom(true)
        .show(ui, |ui| {
            for (k, st) in all.iter().enumerate().take(ss.stage + 1) {
                let current = k == ss.stage;
                egui::Frame::group(ui.style())
                    .stroke(if current {
                        egui::Stroke::new(2.0, OK)
                    } else {
                        ui.visuals().widgets.noninteractive.bg_stroke
                    })
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        stage(ui, state, trace, *st);
                    });
            }
        });
}

fn input_of(trace: &StepTrace, layer: usize) -> &[f32] {
    if layer == 0 {
        &trace.input
    } else {
        trace
            .layers
            .get(layer - 1)
            .map_or(&[][..], |l| l.output.as_slice())
    }
}

fn stage(ui: &mut Ui, state: &LabState, trace: &StepTrace, st: Stage) {
    match st {
        Stage::Input => {
            title(ui, &tr!("words-step-input"), &tr!("words-step-input-tip"));
            let names = state
                .data
                .dataset
                .as_ref()
                .map(|d| d.feature_names.clone())
                .unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                for (i, v) in trace.input.iter().enumerate().take(4 * SHOW) {
                    let n = names
                        .get(i)
                        .cloned()
                        .unwrap_or_else(|| format!("x{}", i + 1));
                    ui.label(RichText::new(format!("{n} = {}", num(*v))).monospace());
                }
                if trace.input.len() > 4 * SHOW {
                    ui.label(tr!("words-step-more", n = trace.input.len() - 4 * SHOW));
                }
            });
        }
        Stage::Forward(i) => {
            let Some(l) = trace.layers.get(i) else { return };
            title(
                ui,
                &tr!("words-step-forward", layer = i + 1, label = l.label),
                &tr!("words-step-forward-tip"),
            );
            forward_layer(ui, l, input_of(trace, i));
        }
        Stage::Loss => {
            title(ui, &tr!("words-step-loss"), &tr!("words-step-loss-tip"));
            let list = |v: &[f32]| v.iter().map(|x| num(*x)).collect::<Vec<_>>().join(", ");
            ui.label(
                RichText::new(tr!(
                    "words-step-prediction",
                    values = list(&trace.prediction)
                ))
                .monospace(),
            );
            let target = if state
                .data
                .dataset
                .as_ref()
                .is_some_and(|d| d.task.is_classification())
            {
                let c = trace.target.first().copied().unwrap_or(0.0) as usize;
                tr!(
                    "words-step-target-class",
                    name = super::class_name(state, c),
                    class = c.to_string()
                )
            } else {
                list(&trace.target)
            };
            ui.label(RichText::new(tr!("words-step-target", target = target)).monospace());
            ui.label(
                RichText::new(tr!("words-step-loss-value", loss = num(trace.loss as f32)))
                    .size(20.0)
                    .strong(),
            );
        }
        Stage::Backward(i) => {
            let Some(l) = trace.layers.get(i) else { return };
            title(
                ui,
                &tr!("words-step-backward", layer = i + 1, label = l.label),
                &tr!("words-step-backward-tip"),
            );
            for p in &l.params {
                ui.label(
                    RichText::new(tr!(
                        "words-step-gradient-of",
                        name = param_name(&p.name),
                        shape = format!("{:?}", p.shape)
                    ))
                    .strong(),
                );
                matrix(ui, &p.grad, &p.shape);
            }
        }
        Stage::Update(i) => {
            let Some(l) = trace.layers.get(i) else { return };
            title(
                ui,
                &tr!("words-step-update", layer = i + 1, label = l.label),
                &tr!("words-step-update-tip"),
            );
            super::step_optim::show(ui, trace, &l.params, index_name);
        }
    }
}

/// A parameter's name as shown: `weight` and `bias` in the window's language, others
/// (BatchNorm's `gamma`, `beta`) as the engine names them.
pub fn param_name(name: &str) -> String {
    match name {
        "weight" => tr!("words-step-param-weight"),
        "bias" => tr!("words-step-param-bias"),
        other => other.to_owned(),
    }
}

fn title(ui: &mut Ui, text: &str, tip: &str) {
    concept(ui, RichText::new(text).size(17.0).strong(), tip);
}

/// `w[2,3]` for a matrix entry, `b[3]` for a vector (1-based).
fn index_name(k: usize, shape: &[usize]) -> String {
    match shape {
        [_, cols] if *cols > 0 => format!("[{},{}]", k / cols + 1, k % cols + 1),
        _ => format!("[{}]", k + 1),
    }
}

/// Shows how a dense layer computes each unit, or an activation its outputs.
pub fn forward_layer(ui: &mut Ui, l: &TraceLayer, input: &[f32]) {
    let weight = l.params.iter().find(|p| p.name == "weight");
    let bias = l.params.iter().find(|p| p.name == "bias");
    match weight {
        Some(w) if w.shape.len() == 2 && w.shape[0] == input.len() => {
            let units = w.shape[1];
            ui.label(RichText::new(tr!("words-step-z-unit")).weak());
            for j in 0..units.min(SHOW) {
                let mut terms: Vec<String> = (0..input.len().min(4))
                    .map(|i| {
                        format!(
                            "{}×{}",
                            num(w.value.get(i * units + j).copied().unwrap_or(0.0)),
                            num(input[i])
                        )
                    })
                    .collect();
                if input.len() > 4 {
                    terms.push(tr!("words-step-more-terms", n = input.len() - 4));
                }
                if let Some(b) = bias {
                    terms.push(num(b.value.get(j).copied().unwrap_or(0.0)));
                }
                ui.label(
                    RichText::new(format!(
                        "z{} = {} = {}",
                        j + 1,
                        terms.join(" + "),
                        num(l.output.get(j).copied().unwrap_or(0.0))
                    ))
                    .monospace(),
                );
            }
            if units > SHOW {
                ui.label(RichText::new(tr!("words-step-more-units", n = units - SHOW)).weak());
            }
        }
        _ if l.params.is_empty() && l.output.len() == input.len() => {
            let f = l.label.split_whitespace().next().unwrap_or("f").to_string();
            for (j, (z, a)) in input.iter().zip(&l.output).enumerate().take(SHOW) {
                ui.label(
                    RichText::new(format!("a{} = {f}({}) = {}", j + 1, num(*z), num(*a)))
                        .monospace(),
                );
            }
            if l.output.len() > SHOW {
                ui.label(
                    RichText::new(tr!("words-step-and-more", n = l.output.len() - SHOW)).weak(),
                );
            }
        }
        _ => {
            ui.label(RichText::new(tr!("words-step-output")).weak());
            vector(ui, &l.output);
        }
    }
}

/// A compact forward pass: each layer's output values.
pub fn forward_table(ui: &mut Ui, layers: &[TraceLayer]) {
    egui::Grid::new("forward-table")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for (i, l) in layers.iter().enumerate() {
                ui.label(RichText::new(format!("{} {}", i + 1, l.label)).strong());
                ui.horizontal_wrapped(|ui| vector(ui, &l.output));
                ui.end_row();
            }
        });
}

fn vector(ui: &mut Ui, v: &[f32]) {
    let max = v.iter().fold(0f32, |m, x| m.max(x.abs()));
    ui.horizontal_wrapped(|ui| {
        for x in v.iter().take(2 * SHOW) {
            let text = RichText::new(num(*x))
                .monospace()
                .color(signed(ui.visuals(), *x));
            ui.label(if x.abs() >= 0.5 * max && max > 0.0 {
                text.strong()
            } else {
                text
            });
        }
        if v.len() > 2 * SHOW {
            ui.label(tr!("words-step-more", n = v.len() - 2 * SHOW));
        }
    });
}

/// A small matrix of values (rows × cols from `shape`), coloured by sign and size.
fn matrix(ui: &mut Ui, values: &[f32], shape: &[usize]) {
    let (rows, cols) = match shape {
        [r, c] => (*r, *c),
        _ => (1, values.len()),
    };
    let max = values.iter().fold(0f32, |m, x| m.max(x.abs()));
    if max == 0.0 {
        ui.label(RichText::new(tr!("words-step-all-zero")).color(warning(ui.visuals())));
    }
    egui::Grid::new(ui.next_auto_id()).show(ui, |ui| {
        for r in 0..rows.min(SHOW) {
            for c in 0..cols.min(SHOW) {
                let v = values.get(r * cols + c).copied().unwrap_or(0.0);
                let text = RichText::new(num(v))
                    .monospace()
                    .color(signed(ui.visuals(), v));
                ui.label(if v.abs() >= 0.5 * max && max > 0.0 {
                    text.strong()
                } else {
                    text
                });
            }
            if cols > SHOW {
                ui.label("…");
            }
            ui.end_row();
        }
        if rows > SHOW {
            ui.label(tr!("words-step-more-rows", n = rows - SHOW));
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::train::insight::TraceParam;

    #[test]
    fn stages_walk_forward_then_back() {
        let p = TraceParam {
            name: "weight".into(),
            ..Default::default()
        };
        let trace = StepTrace {
            layers: vec![
                TraceLayer {
                    label: "Dense 2".into(),
                    params: vec![p.clone()],
                    ..Default::default()
                },
                TraceLayer {
                    label: "ReLU".into(),
                    ..Default::default()
                },
                TraceLayer {
                    label: "Output Dense 1".into(),
                    params: vec![p],
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        assert_eq!(
            stages(&trace),
            vec![
                Stage::Input,
                Stage::Forward(0),
                Stage::Forward(1),
                Stage::Forward(2),
                Stage::Loss,
                Stage::Backward(2),
                Stage::Backward(0),
                Stage::Update(0),
                Stage::Update(2),
            ]
        );
        assert_eq!(index_name(4, &[2, 3]), "[2,2]");
    }
}
