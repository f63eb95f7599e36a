//! Evaluation of a trained network on a split: loss, metrics, and the worst predictions.

use super::metrics::{self, Metrics};
use super::protocol::EvalReport;
use crate::data::{Split, TargetScale, Task};
use crate::engine::Trainer;
use crate::model::loss::{argmax_rows, to_predictions};
use crate::model::LossKind;
use serde::{Deserialize, Serialize};

/// Predictions for a split in readable form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Predictions {
    /// Per row: class probabilities (classification) or predicted values (regression).
    pub outputs: Vec<f32>,
    /// Values per row in `outputs`.
    pub width: usize,
    /// Predicted class per row (classification only).
    pub classes: Vec<usize>,
    /// Per-row loss (how bad each "dish" is).
    pub row_loss: Vec<f64>,
}

/// Runs the network on a split and turns the outputs into predictions: regression values
/// in the target's own units (mapped back with `scale`), per-row losses as trained.
pub fn predict(trainer: &mut Trainer, split: &Split, scale: &TargetScale) -> Predictions {
    let units = trainer.net.output_len();
    let raw = trainer.net.predict_raw(&split.x, split.rows);
    let mut outputs = to_predictions(trainer.loss, &trainer.task, &raw, units);
    if !trainer.task.is_classification() {
        outputs = scale.unscale_all(&outputs);
    }
    let width = if trainer.task.is_classification() && trainer.loss == LossKind::BinaryCrossEntropy
    {
        2
    } else {
        units
    };
    let classes = if trainer.task.is_classification() {
        argmax_rows(&outputs, width)
    } else {
        Vec::new()
    };
    let y_dim = trainer.task.target_dim();
    let row_loss = raw
        .chunks(units.max(1))
        .enumerate()
        .map(|(r, z)| trainer.loss_of_raw(z, &split.y[r * y_dim..(r + 1) * y_dim], 1))
        .collect();
    Predictions {
        outputs,
        width,
        classes,
        row_loss,
    }
}

/// Loss (as trained) and metrics (in the target's own units) of a split whose regression
/// targets are scaled by `scale`.
pub fn evaluate(
    trainer: &mut Trainer,
    split: &Split,
    name: &str,
    scale: &TargetScale,
) -> EvalReport {
    let p = predict(trainer, split, scale);
    let loss = if p.row_loss.is_empty() {
        f64::NAN
    } else {
        p.row_loss.iter().sum::<f64>() / p.row_loss.len() as f64
    };
    EvalReport {
        split: name.to_string(),
        loss,
        metrics: metrics_of(&trainer.task, &p, split, scale),
        rows: split.rows,
    }
}

/// Metrics from predictions (from [`predict`], in the target's own units) against the
/// split's targets, mapped back to the target's own units with `scale`.
pub fn metrics_of(task: &Task, p: &Predictions, split: &Split, scale: &TargetScale) -> Metrics {
    match task {
        Task::Classification { classes } => {
            let actual: Vec<usize> = split.y.iter().map(|&v| v as usize).collect();
            Metrics::Classification(metrics::classification(&p.classes, &actual, classes))
        }
        Task::Regression { .. } => Metrics::Regression(metrics::regression(
            &p.outputs,
            &scale.unscale_all(&split.y),
        )),
    }
}

/// Indices of the `n` rows with the highest loss, worst first ("the worst dishes").
pub fn worst_rows(p: &Predictions, n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..p.row_loss.len()).collect();
    idx.sort_by(|&a, &b| p.row_loss[b].total_cmp(&p.row_loss[a]).then(a.cmp(&b)));
    idx.truncate(n);
    idx
}
