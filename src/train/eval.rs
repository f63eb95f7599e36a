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
    predict_rows(trainer, &split.x, &split.y, split.rows, scale)
}

/// [`predict`] for `rows` rows of inputs `x` and targets `y`.
fn predict_rows(
    trainer: &mut Trainer,
    x: &[f32],
    y: &[f32],
    rows: usize,
    scale: &TargetScale,
) -> Predictions {
    let units = trainer.net.output_len();
    let raw = trainer.net.predict_raw(x, rows);
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
    let done = raw.len() / units.max(1);
    let row_loss = trainer.row_losses(&raw, y.get(..done * y_dim).unwrap_or(y), done);
    Predictions {
        outputs,
        width,
        classes,
        row_loss,
    }
}

/// Rows evaluated together: a multiple of the network's own chunk of rows, so that every
/// row's outputs are those of one whole pass, while a split of a million rows needs no
/// predictions held for all of them.
const EVAL_BLOCK: usize = 8 * 1024;

/// Loss (as trained) and metrics (in the target's own units) of a split whose regression
/// targets are scaled by `scale`. Classification runs a block of rows at a time (the
/// same figures as one pass over [`predict`]).
pub fn evaluate(
    trainer: &mut Trainer,
    split: &Split,
    name: &str,
    scale: &TargetScale,
) -> EvalReport {
    let report = |loss, metrics| EvalReport {
        split: name.to_string(),
        loss,
        metrics,
        rows: split.rows,
    };
    let Task::Classification { classes } = &trainer.task else {
        let p = predict(trainer, split, scale);
        let loss = mean_loss(-0.0, &p.row_loss, p.row_loss.len());
        let metrics = metrics_of(&trainer.task, &p, split, scale);
        return report(loss, metrics);
    };
    let labels = classes.clone();
    let in_len = trainer.net.input_len();
    let y_dim = trainer.task.target_dim();
    let rows = split.rows.min(split.x.len() / in_len.max(1));
    let mut confusion = metrics::Confusion::new(labels.len());
    let mut total = -0.0;
    let mut counted = 0;
    let mut start = 0;
    while start < rows {
        let end = (start + EVAL_BLOCK).min(rows);
        let x = split
            .x
            .get(start * in_len..end * in_len)
            .unwrap_or_default();
        let y = split.y.get(start * y_dim..).unwrap_or_default();
        let p = predict_rows(trainer, x, y, end - start, scale);
        total = p.row_loss.iter().fold(total, |acc, &l| acc + l);
        counted += p.row_loss.len();
        let actual: Vec<usize> = y.iter().take(end - start).map(|&v| v as usize).collect();
        confusion.add(&p.classes, &actual);
        start = end;
    }
    // The targets of rows past the inputs (a malformed split) count as before.
    let tail: Vec<usize> = split.y.iter().skip(rows).map(|&v| v as usize).collect();
    confusion.add(&[], &tail);
    let loss = mean_loss(total, &[], counted);
    report(loss, Metrics::Classification(confusion.metrics(&labels)))
}

/// The mean of `n` losses whose running sum (from `-0.0`, where `Iterator::sum` starts)
/// is `sum` plus `more`; NaN for none.
fn mean_loss(sum: f64, more: &[f64], n: usize) -> f64 {
    if n == 0 {
        return f64::NAN;
    }
    more.iter().fold(sum, |acc, &l| acc + l) / n as f64
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
