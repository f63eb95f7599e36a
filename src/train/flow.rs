//! Seeing inside: per-layer gradient, weight and activation statistics, and the
//! plain-language diagnostics drawn from them.

use crate::engine::{ParamStats, Recorded};
use crate::model::{Activation, LayerSpec};
use serde::{Deserialize, Serialize};

/// Gradient and weight statistics of one layer with parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct LayerFlow {
    /// Index in the stack (0-based; the head is last).
    pub layer: usize,
    /// The layer as displayed.
    pub label: String,
    /// Mean |gradient| over all its parameters.
    pub grad_mean_abs: f64,
    /// Max |gradient|.
    pub grad_max_abs: f64,
    /// L2 norm of the gradient.
    pub grad_l2: f64,
    /// L2 norm of the weights.
    pub weight_l2: f64,
    /// ‖update‖ / ‖weights‖: how much one step changes the layer (healthy near 1e-3).
    pub update_ratio: f64,
}

/// Health of the values a layer outputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ActivationStats {
    /// Index in the stack.
    pub layer: usize,
    /// The layer as displayed.
    pub label: String,
    /// Mean output.
    pub mean: f64,
    /// Standard deviation of the outputs.
    pub std: f64,
    /// Fraction of outputs exactly zero (after ReLU).
    pub zero_fraction: f64,
    /// Fraction of units zero for every sample of the batch: dead ReLUs.
    pub dead_fraction: f64,
    /// Fraction of outputs pinned near the ends of sigmoid/tanh.
    pub saturated_fraction: f64,
}

/// The gradient and update vectors of one parameter (small networks only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ParamFlow {
    /// Index of the layer in the stack.
    pub layer: usize,
    /// Parameter name ("weight", "bias" …), in the layout of `Weights`.
    pub name: String,
    /// Gradient of the batch loss.
    pub grad: Vec<f32>,
    /// The change the optimizer made (new − old).
    pub update: Vec<f32>,
}

/// Per-layer statistics of one step (usually the last batch of an epoch).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FlowReport {
    /// Epoch (1-based) the statistics belong to.
    pub epoch: u32,
    /// Global step.
    pub step: u64,
    /// One entry per layer with parameters.
    pub layers: Vec<LayerFlow>,
    /// One entry per activation layer.
    pub activations: Vec<ActivationStats>,
    /// Gradient and update vectors per parameter, for networks small enough to draw
    /// (empty otherwise; not kept in saved histories).
    #[serde(default, skip_serializing)]
    pub params: Vec<ParamFlow>,
}

/// Aggregates parameter statistics per layer.
pub fn layer_flow(params: &[ParamStats], labels: &[String]) -> Vec<LayerFlow> {
    let mut out: Vec<LayerFlow> = Vec::new();
    let mut counts: Vec<f64> = Vec::new();
    let mut upd: Vec<f64> = Vec::new();
    for p in params {
        if out.last().map(|l| l.layer) != Some(p.layer) {
            out.push(LayerFlow {
                layer: p.layer,
                label: labels.get(p.layer).cloned().unwrap_or_default(),
                ..Default::default()
            });
            counts.push(0.0);
            upd.push(0.0);
        }
        let (Some(l), Some(cnt), Some(u)) = (out.last_mut(), counts.last_mut(), upd.last_mut())
        else {
            continue;
        };
        let size = p.numel.max(1) as f64;
        l.grad_mean_abs = (l.grad_mean_abs * *cnt + p.grad_mean_abs * size) / (*cnt + size);
        *cnt += size;
        l.grad_max_abs = l.grad_max_abs.max(p.grad_max_abs);
        l.grad_l2 = (l.grad_l2.powi(2) + p.grad_l2.powi(2)).sqrt();
        l.weight_l2 = (l.weight_l2.powi(2) + p.weight_l2.powi(2)).sqrt();
        *u = (u.powi(2) + p.update_l2.powi(2)).sqrt();
        l.update_ratio = if l.weight_l2 > 0.0 {
            *u / l.weight_l2
        } else {
            0.0
        };
    }
    out
}

/// Statistics of the outputs of activation layers in a recorded forward pass.
pub fn activation_stats(
    rec: &Recorded,
    specs: &[LayerSpec],
    labels: &[String],
) -> Vec<ActivationStats> {
    let mut out = Vec::new();
    for (i, (values, spec)) in rec.outputs.iter().zip(specs).enumerate() {
        let LayerSpec::Act(act) = spec else { continue };
        let rows = rec.rows.max(1);
        let width = values.len() / rows;
        let n = values.len().max(1) as f64;
        let mean = values.iter().map(|&v| v as f64).sum::<f64>() / n;
        let var = values
            .iter()
            .map(|&v| (v as f64 - mean).powi(2))
            .sum::<f64>()
            / n;
        let zero_fraction = values.iter().filter(|&&v| v == 0.0).count() as f64 / n;
        let dead = if matches!(act, Activation::ReLU) && width > 0 {
            (0..width)
                .filter(|&u| (0..rows).all(|r| values[r * width + u] == 0.0))
                .count() as f64
                / width as f64
        } else {
            0.0
        };
        let saturated = match act {
            Activation::Sigmoid => {
                values
                    .iter()
                    .filter(|&&v| !(0.01..=0.99).contains(&v))
                    .count() as f64
                    / n
            }
            Activation::Tanh => values.iter().filter(|&&v| v.abs() > 0.99).count() as f64 / n,
            _ => 0.0,
        };
        out.push(ActivationStats {
            layer: i,
            label: labels.get(i).cloned().unwrap_or_default(),
            mean,
            std: var.sqrt(),
            zero_fraction,
            dead_fraction: dead,
            saturated_fraction: saturated,
        });
    }
    out
}

/// The kinds of trouble the worker watches for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DiagnosticKind {
    /// Loss or gradients became NaN or infinite.
    NonFinite,
    /// A layer's gradients are orders of magnitude below the others'.
    VanishingGradients,
    /// Gradients are huge.
    ExplodingGradients,
    /// More than half the ReLU units output zero for every sample.
    DeadRelu,
    /// Most sigmoid/tanh outputs sit at their limits.
    Saturation,
    /// Validation loss rises while training loss falls.
    Overfitting,
}

/// One finding, in plain language, with what to try.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// What kind of trouble.
    pub kind: DiagnosticKind,
    /// Epoch (1-based) it was seen in.
    pub epoch: u32,
    /// The layer concerned, if any (0-based stack index).
    pub layer: Option<usize>,
    /// What happened.
    pub message: String,
    /// What to try.
    pub tip: String,
}

/// Looks at one epoch's flow report for vanishing/exploding gradients, dead ReLUs and
/// saturation.
pub fn diagnose_flow(report: &FlowReport) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let epoch = report.epoch;
    let norms: Vec<f64> = report.layers.iter().map(|l| l.grad_mean_abs).collect();
    if norms.len() >= 2 {
        let top = norms.iter().copied().fold(0.0, f64::max);
        if let Some(l) = report
            .layers
            .iter()
            .filter(|l| top > 0.0 && l.grad_mean_abs < top * 1e-3)
            .min_by(|a, b| a.grad_mean_abs.total_cmp(&b.grad_mean_abs))
        {
            out.push(Diagnostic {
                kind: DiagnosticKind::VanishingGradients,
                epoch,
                layer: Some(l.layer),
                message: format!(
                    "gradients vanish at layer {} ({}): mean |gradient| {:.1e} is over 1000× smaller than the largest ({:.1e}), so it barely learns",
                    l.layer + 1,
                    l.label,
                    l.grad_mean_abs,
                    top
                ),
                tip: "use ReLU-family activations instead of sigmoid/tanh, He initialization, BatchNorm, or fewer layers".into(),
            });
        }
    }
    if let Some(l) = report
        .layers
        .iter()
        .find(|l| l.grad_max_abs > 1e3 || l.update_ratio > 1.0)
    {
        out.push(Diagnostic {
            kind: DiagnosticKind::ExplodingGradients,
            epoch,
            layer: Some(l.layer),
            message: format!(
                "gradients explode at layer {} ({}): max |gradient| {:.1e}, one step changes the weights by {:.0}% of their size",
                l.layer + 1,
                l.label,
                l.grad_max_abs,
                l.update_ratio * 100.0
            ),
            tip: "lower the learning rate (try 10× smaller), clip gradients by norm, or normalize the inputs".into(),
        });
    }
    for a in &report.activations {
        if a.dead_fraction > 0.5 {
            out.push(Diagnostic {
                kind: DiagnosticKind::DeadRelu,
                epoch,
                layer: Some(a.layer),
                message: format!(
                    "{:.0}% of the ReLU units at layer {} output zero for every sample: they are dead and no longer learn",
                    a.dead_fraction * 100.0,
                    a.layer + 1
                ),
                tip: "lower the learning rate, use LeakyReLU or ELU, or He initialization".into(),
            });
        }
        if a.saturated_fraction > 0.5 {
            out.push(Diagnostic {
                kind: DiagnosticKind::Saturation,
                epoch,
                layer: Some(a.layer),
                message: format!(
                    "{:.0}% of the outputs of layer {} ({}) sit at their limits: the activation is saturated and its gradient is near zero",
                    a.saturated_fraction * 100.0,
                    a.layer + 1,
                    a.label
                ),
                tip: "scale the inputs (standardize), use Xavier initialization or smaller initial weights, or add BatchNorm".into(),
            });
        }
    }
    out
}

/// Overfitting: the validation loss rose for `patience` epochs in a row while the training
/// loss fell over the same epochs. `history` holds (train, validation) losses per epoch.
pub fn diagnose_overfitting(
    history: &[(f64, f64)],
    patience: usize,
    epoch: u32,
) -> Option<Diagnostic> {
    if history.len() < patience + 1 {
        return None;
    }
    let w = &history[history.len() - patience - 1..];
    let val_rising = w.windows(2).all(|p| p[1].1 > p[0].1);
    let train_falling = w.last()?.0 < w.first()?.0;
    (val_rising && train_falling).then(|| Diagnostic {
        kind: DiagnosticKind::Overfitting,
        epoch,
        layer: None,
        message: format!(
            "overfitting: validation loss rose for {patience} epochs ({:.4} to {:.4}) while training loss fell ({:.4} to {:.4}) — more practice is not always better",
            w.first().map_or(0.0, |p| p.1),
            w.last().map_or(0.0, |p| p.1),
            w.first().map_or(0.0, |p| p.0),
            w.last().map_or(0.0, |p| p.0)
        ),
        tip: "stop earlier (early stopping), add dropout or L2, use a smaller network, or get more data".into(),
    })
}
