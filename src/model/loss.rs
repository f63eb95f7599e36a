//! The tensor-free rules of losses: which loss a task uses by default, how many outputs the
//! head needs, and how raw outputs are read as predictions. Plain math on slices; the
//! differentiable losses themselves live in the engine.

use super::config::LossKind;
use super::task::Task;

/// Why a loss does not fit a task.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LossTaskError {
    /// Binary cross-entropy on a target that does not have exactly two classes.
    #[error(
        "binary cross-entropy needs exactly 2 classes but the target has {classes}; use cross-entropy"
    )]
    BinaryNeedsTwoClasses {
        /// Classes in the target.
        classes: usize,
    },
    /// A classification loss on a numeric (regression) target.
    #[error(
        "{} needs a classification target, but the target is numeric (regression); use mse, mae or huber, \
         or treat the target as classes",
        .loss.name()
    )]
    NeedsClassification {
        /// The loss chosen.
        loss: LossKind,
    },
}

/// The loss a task uses when the user did not choose one.
pub fn default_for(task: &Task) -> LossKind {
    if task.is_classification() {
        LossKind::CrossEntropy
    } else {
        LossKind::Mse
    }
}

/// Output units of the head for a task and loss; the error says why they do not fit.
pub fn output_units(loss: LossKind, task: &Task) -> Result<usize, LossTaskError> {
    match (task, loss) {
        (Task::Classification { classes }, LossKind::BinaryCrossEntropy) => {
            if classes.len() == 2 {
                Ok(1)
            } else {
                Err(LossTaskError::BinaryNeedsTwoClasses {
                    classes: classes.len(),
                })
            }
        }
        (Task::Classification { classes }, _) => Ok(classes.len().max(1)),
        (Task::Regression { .. }, LossKind::CrossEntropy | LossKind::BinaryCrossEntropy) => {
            Err(LossTaskError::NeedsClassification { loss })
        }
        (Task::Regression { .. }, _) => Ok(task.target_dim()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loss_task_errors_read_as_before() {
        let two = Task::Classification {
            classes: vec!["a".into(), "b".into(), "c".into()],
        };
        let numeric = Task::Regression {
            targets: vec!["y".into()],
        };
        assert_eq!(
            output_units(LossKind::BinaryCrossEntropy, &two)
                .err()
                .map(|e| e.to_string()),
            Some(
                "binary cross-entropy needs exactly 2 classes but the target has 3; use cross-entropy"
                    .to_string()
            )
        );
        assert_eq!(
            output_units(LossKind::CrossEntropy, &numeric)
                .err()
                .map(|e| e.to_string()),
            Some(
                "Cross-entropy needs a classification target, but the target is numeric (regression); \
                 use mse, mae or huber, or treat the target as classes"
                    .to_string()
            )
        );
        assert_eq!(output_units(LossKind::Mse, &numeric), Ok(1));
        assert_eq!(output_units(LossKind::CrossEntropy, &two), Ok(3));
    }

    #[test]
    fn predictions_are_probabilities() {
        let task = Task::Classification {
            classes: vec!["a".into(), "b".into()],
        };
        let p = to_predictions(LossKind::BinaryCrossEntropy, &task, &[0.0], 1);
        assert_eq!(p, vec![0.5, 0.5]);
        let p = to_predictions(LossKind::CrossEntropy, &task, &[1.0, 3.0], 2);
        assert_eq!(argmax_rows(&p, 2), vec![1]);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-6);
    }
}
