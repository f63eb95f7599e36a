//! Losses ("tasting the dish") on top of dfdx's loss functions. The tensor-free rules
//! (default loss, head size, reading outputs as predictions) are plain model data in
//! [`crate::model::loss`].

use super::tensor::{Float, Mat, Traced};
use crate::model::{LossKind, Task};
use dfdx::prelude::*;

/// A scalar loss carrying the tape.
pub type LossTensor<E> = Tensor<(), E, Cpu, OwnedTape<E, Cpu>>;

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
