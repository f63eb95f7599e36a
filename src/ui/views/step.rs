//! One step, slowly: take one training sample and walk through the training loop with the
//! actual numbers — the forward pass layer by layer (z = W·x + b, then the activation),
//! the loss, the gradients flowing back, and the optimizer's update of each parameter.
//! The trace comes from the worker and does not change the network.

use super::{concept, empty_hint};
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use crate::numfmt::num;
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
        let lbl = ui.label("Training sample");
        ui.add(egui::DragValue::new(&mut ss.sample).range(0..=rows.saturating_sub(1)))
            .labelled_by(lbl.id)
            .on_hover_text("Which training sample to follow through one step");
        let blocker = if state.training.phase.is_active() {
            None
        } else {
            state.train_blocker()
        };
        let r = ui
            .add_enabled(
                blocker.is_none() && rows > 0 && insight.trace_pending.is_none(),
                egui::Button::new(RichText::new("🔍 Trace one step").size(16.0)),
            )
            .accessible_name("Trace one step")
            .on_hover_text("Follow this one sample through the whole training loop with the real numbers. The network is not changed.");
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
            "One step, slowly",
            "Pick a training sample and press “Trace one step”: you will see the forward pass, the loss, the gradients flowing back and the update of every weight, with the actual numbers.",
        );
        return;
    };
    let all = stages(trace);
    ss.stage = ss.stage.min(all.len().saturating_sub(1));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ss.stage > 0, egui::Button::new("◀ Back"))
            .clicked()
        {
            ss.stage -= 1;
        }
        if ui
            .add_enabled(
                ss.stage + 1 < all.len(),
                egui::Button::new(RichText::new("Next ▶").strong()),
            )
            .on_hover_text("Reveal the next part of the step")
            .clicked()
        {
            ss.stage += 1;
        }
        if ui.button("Show all").clicked() {
            ss.stage = all.len().saturating_sub(1);
        }
        ui.label(
            RichText::new(format!(
                "part {} of {} · sample #{}",
                ss.stage + 1,
                all.len(),
                trace.sample
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
            title(
                ui,
                "1. The ingredients",
                "The sample's input values (after scaling): what goes into the pot.",
            );
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
                    ui.label(format!("… {} more", trace.input.len() - 4 * SHOW));
                }
            });
        }
        Stage::Forward(i) => {
            let Some(l) = trace.layers.get(i) else { return };
            title(
                ui,
                &format!("Forward: layer {} — {}", i + 1, l.label),
                "Cooking: each layer mixes what it receives with its seasonings (weights and biases) and passes the result on.",
            );
            forward_layer(ui, l, input_of(trace, i));
        }
        Stage::Loss => {
            title(
                ui,
                "Tasting: the loss",
                "The loss compares the network's answer with the right one: one number saying how bad this dish is. Training tries to make it small.",
            );
            let list = |v: &[f32]| v.iter().map(|x| num(*x)).collect::<Vec<_>>().join(", ");
            ui.label(
                RichText::new(format!("prediction: [{}]", list(&trace.prediction))).monospace(),
            );
            let target = if state
                .data
                .dataset
                .as_ref()
                .is_some_and(|d| d.task.is_classification())
            {
                let c = trace.target.first().copied().unwrap_or(0.0) as usize;
                format!("{} (class {c})", super::class_name(state, c))
            } else {
                list(&trace.target)
            };
            ui.label(RichText::new(format!("target: {target}")).monospace());
            ui.label(
                RichText::new(format!("loss = {}", num(trace.loss as f32)))
                    .size(20.0)
                    .strong(),
            );
        }
        Stage::Backward(i) => {
            let Some(l) = trace.layers.get(i) else { return };
            title(
                ui,
                &format!("Feedback flows back: layer {} — {}", i + 1, l.label),
                "Backpropagation: starting from the loss and walking backwards, each weight learns how much it is to blame — its gradient. Positive: turning it up makes the dish worse.",
            );
            for p in &l.params {
                ui.label(RichText::new(format!("gradient of {} {:?}", p.name, p.shape)).strong());
                matrix(ui, &p.grad, &p.shape);
            }
        }
        Stage::Update(i) => {
            let Some(l) = trace.layers.get(i) else { return };
            title(
                ui,
                &format!("Adjusting the recipe: layer {} — {}", i + 1, l.label),
                "The optimizer changes each weight a little against its gradient, scaled by the learning rate. Plain SGD: new = old − learning rate × gradient; Adam and friends also use their memory of earlier gradients, shown below with the numbers.",
            );
            super::step_optim::show(ui, trace, &l.params, index_name);
        }
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
            ui.label(RichText::new("z = W·x + b, unit by unit:").weak());
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
                    terms.push(format!("… ({} more)", input.len() - 4));
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
                ui.label(RichText::new(format!("… and {} more units", units - SHOW)).weak());
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
                ui.label(RichText::new(format!("… and {} more", l.output.len() - SHOW)).weak());
            }
        }
        _ => {
            ui.label(RichText::new("output:").weak());
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
            ui.label(format!("… {} more", v.len() - 2 * SHOW));
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
        ui.label(
            RichText::new("all zero: this layer gets no feedback from this sample")
                .color(warning(ui.visuals())),
        );
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
            ui.label(format!("… {} more rows", rows - SHOW));
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
