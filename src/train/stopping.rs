//! When to stop and when to warn, from the per-epoch losses alone: early stopping on the
//! validation loss, and the once-per-run overfitting warning. Pure types, no training.

use super::flow::{diagnose_overfitting, Diagnostic};

/// What one epoch's validation loss means for early stopping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A new best validation loss (by more than `min_delta`).
    Improved,
    /// No improvement, but patience is left.
    NoImprovement,
    /// `patience` epochs in a row without improvement: stop now.
    Stop,
}

/// Early stopping on the validation loss. `best` and `bad_epochs` are what
/// [`super::TrainState`] keeps as `best_val` and `since_best`, so a run continues where it
/// stopped counting.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlyStopping {
    /// Epochs without improvement before stopping.
    pub patience: u32,
    /// Smallest decrease that counts as an improvement.
    pub min_delta: f64,
    /// Best validation loss so far, `None` before the first.
    pub best: Option<f64>,
    /// Epochs since the best validation loss.
    pub bad_epochs: u32,
}

impl EarlyStopping {
    /// Early stopping as configured, continuing from `best` and `bad_epochs`.
    pub fn new(config: &crate::model::EarlyStopping, best: Option<f64>, bad_epochs: u32) -> Self {
        EarlyStopping {
            patience: config.patience,
            min_delta: config.min_delta as f64,
            best,
            bad_epochs,
        }
    }

    /// Counts one epoch's validation loss. A loss that is not below `best - min_delta`
    /// (NaN included) is a bad epoch.
    pub fn observe(&mut self, val_loss: f64) -> Verdict {
        if val_loss < self.best.unwrap_or(f64::INFINITY) - self.min_delta {
            self.best = Some(val_loss);
            self.bad_epochs = 0;
            Verdict::Improved
        } else {
            self.bad_epochs += 1;
            if self.bad_epochs >= self.patience {
                Verdict::Stop
            } else {
                Verdict::NoImprovement
            }
        }
    }
}

/// Watches (training, validation) losses for overfitting ([`diagnose_overfitting`]) and
/// warns once per run.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverfitWatch {
    patience: usize,
    history: Vec<(f64, f64)>,
    warned: bool,
}

impl OverfitWatch {
    /// A watch that warns after `patience` epochs of rising validation loss.
    pub fn new(patience: usize) -> Self {
        OverfitWatch {
            patience,
            ..Default::default()
        }
    }

    /// Records the losses of `epoch` (1-based); returns the overfitting diagnostic the first
    /// time the history shows it, and `None` ever after.
    pub fn observe(&mut self, train_loss: f64, val_loss: f64, epoch: u32) -> Option<Diagnostic> {
        self.history.push((train_loss, val_loss));
        if self.warned {
            return None;
        }
        let d = diagnose_overfitting(&self.history, self.patience, epoch)?;
        self.warned = true;
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::train::DiagnosticKind;

    const NAN: f64 = f64::NAN;

    /// Feeds `losses` (epochs 1, 2, …) and returns the epoch of the `Stop` verdict.
    fn stop_epoch(mut es: EarlyStopping, losses: &[f64]) -> Option<usize> {
        losses
            .iter()
            .position(|&l| es.observe(l) == Verdict::Stop)
            .map(|i| i + 1)
    }

    #[test]
    fn early_stopping_table() {
        // (what, patience, min_delta, resumed best, resumed bad epochs, losses, stop epoch)
        #[allow(clippy::type_complexity)]
        #[rustfmt::skip]
        let table: &[(&str, u32, f32, Option<f64>, u32, &[f64], Option<usize>)] = &[
            ("always improving", 2, 0.0, None, 0, &[1.0, 0.9, 0.8, 0.7], None),
            ("flat after the first", 2, 0.0, None, 0, &[1.0, 1.0, 1.0, 1.0], Some(3)),
            ("rising", 3, 0.0, None, 0, &[1.0, 1.1, 1.2, 1.3, 1.4], Some(4)),
            ("patience resets on improvement", 2, 0.0, None, 0, &[1.0, 1.1, 0.9, 1.0, 1.0], Some(5)),
            ("too small to count", 2, 0.1, None, 0, &[1.0, 0.95, 0.92], Some(3)),
            ("exactly min_delta is not enough", 1, 0.5, None, 0, &[1.0, 0.5], Some(2)),
            ("more than min_delta counts", 1, 0.25, None, 0, &[1.0, 0.5, 0.2], None),
            ("NaN is a bad epoch", 2, 0.0, None, 0, &[1.0, NAN, NAN], Some(3)),
            ("NaN first, then improving", 2, 0.0, None, 0, &[NAN, 1.0, 0.9], None),
            ("patience 0 stops at the first bad epoch", 0, 0.0, None, 0, &[1.0, 0.9, 1.0], Some(3)),
            ("resumed count carries on", 3, 0.0, Some(0.5), 2, &[0.6], Some(1)),
            ("resumed best must be beaten", 2, 0.0, Some(0.5), 0, &[0.7, 0.6], Some(2)),
            ("resumed, then improving", 2, 0.0, Some(0.5), 1, &[0.4, 0.6, 0.3], None),
        ];
        for &(what, patience, min_delta, best, bad, losses, want) in table {
            let cfg = crate::model::EarlyStopping {
                patience,
                min_delta,
            };
            let es = EarlyStopping::new(&cfg, best, bad);
            assert_eq!(stop_epoch(es, losses), want, "{what}");
        }
    }

    #[test]
    fn early_stopping_keeps_best_and_count() {
        let cfg = crate::model::EarlyStopping {
            patience: 5,
            min_delta: 0.0,
        };
        let mut es = EarlyStopping::new(&cfg, None, 0);
        let verdicts: Vec<Verdict> = [1.0, 0.8, 0.9, 0.85]
            .iter()
            .map(|&l| es.observe(l))
            .collect();
        use Verdict::*;
        assert_eq!(verdicts, [Improved, Improved, NoImprovement, NoImprovement]);
        assert_eq!((es.best, es.bad_epochs), (Some(0.8), 2));
    }

    /// Feeds (train, validation) losses as epochs 1, 2, … and returns every epoch warned at.
    fn warned_epochs(patience: usize, losses: &[(f64, f64)]) -> Vec<u32> {
        let mut w = OverfitWatch::new(patience);
        let mut out = Vec::new();
        for (i, &(t, v)) in losses.iter().enumerate() {
            let epoch = i as u32 + 1;
            if let Some(d) = w.observe(t, v, epoch) {
                assert_eq!(
                    (d.kind, d.epoch, d.layer),
                    (DiagnosticKind::Overfitting, epoch, None)
                );
                out.push(epoch);
            }
        }
        out
    }

    #[test]
    fn overfitting_table() {
        // (what, patience, (train, validation) per epoch, epochs warned at)
        #[allow(clippy::type_complexity)]
        #[rustfmt::skip]
        let table: &[(&str, usize, &[(f64, f64)], &[u32])] = &[
            ("both falling", 2, &[(1.0, 1.0), (0.9, 0.9), (0.8, 0.8), (0.7, 0.7)], &[]),
            ("val rising, train falling", 2, &[(1.0, 1.0), (0.9, 1.1), (0.8, 1.2)], &[3]),
            ("warned once only", 1, &[(1.0, 1.0), (0.9, 1.1), (0.8, 1.2), (0.7, 1.3)], &[2]),
            ("too short for the patience", 3, &[(1.0, 1.0), (0.9, 1.1), (0.8, 1.2)], &[]),
            ("patience 3", 3, &[(1.0, 1.0), (0.9, 1.1), (0.8, 1.2), (0.7, 1.3)], &[4]),
            ("val flat is not rising", 2, &[(1.0, 1.0), (0.9, 1.0), (0.8, 1.0)], &[]),
            ("a dip restarts the count", 2, &[(1.0, 1.0), (0.9, 1.1), (0.8, 1.05), (0.7, 1.2), (0.6, 1.3)], &[5]),
            ("train not falling", 2, &[(1.0, 1.0), (1.1, 1.1), (1.0, 1.2)], &[]),
            ("train falling over the window only", 2, &[(1.0, 1.0), (0.5, 1.1), (0.9, 1.2)], &[3]),
            ("late overfitting", 2, &[(1.0, 1.0), (0.9, 0.9), (0.8, 0.8), (0.7, 0.9), (0.6, 1.0)], &[5]),
        ];
        for &(what, patience, losses, want) in table {
            assert_eq!(warned_epochs(patience, losses), want, "{what}");
        }
    }
}
