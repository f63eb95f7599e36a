//! Losses ("tasting the dish") on top of dfdx's loss functions, and how network outputs
//! are read as predictions.

use super::tensor::{Float, Mat, Traced};
use crate::model::{LossKind, Task};
use dfdx::prelude::*;

/// A scalar loss carrying the tape.
pub type LossTensor<E> = Tensor<(), E, Cpu, OwnedTape<E, Cpu>>;

/// The loss a task uses when the user did not choose one.
pub fn default_for(task: &Task) -> LossKind {
    if task.is_classification() {
        LossKind::CrossEntropy
    } else {
        LossKind::Mse
    }
}

/// Output units of the head for a task and loss; an error says why they do not fit.
pub fn output_units(loss: LossKind, task: &Task) -> Result<usize, String> {
    match (task, loss) {
        (Task::Classification { classes }, LossKind::BinaryCrossEntropy) => {
            if classes.len() == 2 {
                Ok(1)
            } else {
                Err(format!(
                    "binary cross-entropy needs exactly 2 classes but the target has {}; use cross-entropy",
                    classes.len()
                ))
            }
        }
        (Task::Classification { classes }, _) => Ok(classes.len().max(1)),
        (Task::Regression { .. }, LossKind::CrossEntropy | LossKind::BinaryCrossEntropy) => Err(format!(
            "{} needs a classification target, but the target is numeric (regression); use mse, mae or huber, \
             or treat the target as classes",
            loss.name()
        )),
        (Task::Regression { .. }, _) => Ok(task.target_dim()),
    }
}

/// The target matrix the loss compares against: one-hot rows for classification (a
/// single 0/1 column for binary cross-entropy), the values for regression.
pub fn target_matrix<E: Float>(
    loss: LossKind,
    task: &Task,
    y: &[f32],
    rows: usize,
    units: usize,
) -> Vec<E> {
    if task.is_classification() && loss != LossKind::BinaryCrossEntropy {
        let mut t = vec![E::zero(); rows * units];
        for (r, &cls) in y.iter().take(rows).enumerate() {
            let k = cls as usize;
            if k < units {
                t[r * units + k] = E::one();
            }
        }
        t
    } else {
        y.iter()
            .take(rows * units)
            .map(|&v| E::from_f32(v).unwrap_or_else(E::zero))
            .collect()
    }
}

/// Computes the mean loss of a batch of outputs against targets (from [`target_matrix`]).
pub fn compute<E: Float>(loss: LossKind, out: Traced<E>, target: Mat<E>) -> LossTensor<E>
where
    Cpu: Device<E>,
{
    match loss {
        LossKind::CrossEntropy => cross_entropy_with_logits_loss(out, target),
        LossKind::BinaryCrossEntropy => binary_cross_entropy_with_logits_loss(out, target),
        LossKind::Mse => mse_loss(out, target),
        LossKind::Mae => mae_loss(out, target),
        LossKind::Huber { delta } => huber_loss(out, target, delta as f64),
    }
}

/// Turns raw outputs (rows × units) into what users read: class probabilities for
/// classification (softmax, or sigmoid for one binary output), values for regression.
pub fn to_predictions(loss: LossKind, task: &Task, raw: &[f32], units: usize) -> Vec<f32> {
    if !task.is_classification() {
        return raw.to_vec();
    }
    if loss == LossKind::BinaryCrossEntropy && units == 1 {
        return raw
            .iter()
            .flat_map(|&z| {
                let p = 1.0 / (1.0 + (-z).exp());
                [1.0 - p, p]
            })
            .collect();
    }
    if !matches!(loss, LossKind::CrossEntropy) {
        return raw.to_vec();
    }
    let mut out = Vec::with_capacity(raw.len());
    for row in raw.chunks(units.max(1)) {
        let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let e: Vec<f32> = row.iter().map(|&z| (z - m).exp()).collect();
        let s: f32 = e.iter().sum();
        out.extend(e.iter().map(|v| v / s));
    }
    out
}

/// The predicted class of each row of scores (probabilities or raw scores).
pub fn argmax_rows(scores: &[f32], width: usize) -> Vec<usize> {
    scores
        .chunks(width.max(1))
        .map(|row| {
            row.iter()
                .enumerate()
                .fold((0, f32::NEG_INFINITY), |(bi, bv), (i, &v)| {
                    if v > bv {
                        (i, v)
                    } else {
                        (bi, bv)
                    }
                })
                .0
        })
        .collect()
}
