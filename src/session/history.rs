//! What a session remembers of its training: per-epoch records, the batch loss curve,
//! gradient-flow reports, diagnostics and learning-rate changes. Everything is bounded so a
//! long run does not make the session file grow without limit.

use crate::train::{DecimatedSeries, Diagnostic, EpochRecord, FlowReport, TrainEvent};
use serde::{Deserialize, Serialize};

/// Most flow reports kept; older ones are thinned out when there are more.
pub const MAX_FLOW: usize = 500;
/// Most diagnostics kept (the oldest are dropped).
pub const MAX_DIAGNOSTICS: usize = 1000;
/// Most learning-rate changes kept (the oldest are dropped).
pub const MAX_LR_CHANGES: usize = 10_000;

/// The training history saved with a session.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct History {
    /// One record per completed epoch, in order.
    pub epochs: Vec<EpochRecord>,
    /// Loss of the reported batches by global step (decimated min/max buckets).
    pub batch_loss: DecimatedSeries,
    /// Gradient-flow reports (at most [`MAX_FLOW`]; older ones are thinned to every other).
    pub flow: Vec<FlowReport>,
    /// Findings shown to the user.
    pub diagnostics: Vec<Diagnostic>,
    /// `(global step, new base learning rate)` for each change made by the user.
    pub lr_changes: Vec<(u64, f32)>,
}

impl History {
    /// Forgets what happened after `step` (epoch `epoch`), so a history saved beside
    /// weights captured at that step describes exactly those weights.
    pub fn truncate_to(&mut self, epoch: u32, step: u64) {
        self.epochs.retain(|e| e.epoch <= epoch);
        self.flow.retain(|f| f.step <= step);
        self.diagnostics.retain(|d| d.epoch <= epoch + 1);
        self.lr_changes.retain(|(s, _)| *s <= step);
        self.batch_loss
            .buckets
            .retain(|b| b.min_step.max(b.max_step) <= step);
    }

    /// Records what an event says about training; other events are ignored.
    pub fn apply(&mut self, ev: &TrainEvent) {
        match ev {
            TrainEvent::Progress { step, loss, .. } => self.batch_loss.push(*step, *loss),
            TrainEvent::Epoch(r) => {
                // A restart after a non-finite loss repeats epochs: keep the newest ones.
                self.epochs.retain(|e| e.epoch < r.epoch);
                self.epochs.push(r.clone());
            }
            TrainEvent::Flow(f) => {
                // Per-parameter vectors are for live drawing only; the history keeps statistics.
                self.flow.push(FlowReport {
                    params: Vec::new(),
                    ..(**f).clone()
                });
                if self.flow.len() > MAX_FLOW {
                    thin_older_half(&mut self.flow);
                }
            }
            TrainEvent::Diagnostic(d) => {
                self.diagnostics.push(d.clone());
                trim_front(&mut self.diagnostics, MAX_DIAGNOSTICS);
            }
            TrainEvent::LrChanged { step, lr } => {
                self.lr_changes.push((*step, *lr));
                trim_front(&mut self.lr_changes, MAX_LR_CHANGES);
            }
            _ => {}
        }
    }

    /// Whether nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.epochs.is_empty()
            && self.batch_loss.buckets.is_empty()
            && self.flow.is_empty()
            && self.diagnostics.is_empty()
            && self.lr_changes.is_empty()
    }

    /// Forgets everything (the weights were reset).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

/// Drops every other item of the older half, so recent reports stay dense and old ones
/// sparse (the first report is always kept).
fn thin_older_half<T>(v: &mut Vec<T>) {
    let half = v.len() / 2;
    let mut i = 0usize;
    v.retain(|_| {
        let keep = i >= half || i.is_multiple_of(2);
        i += 1;
        keep
    });
}

fn trim_front<T>(v: &mut Vec<T>, max: usize) {
    if v.len() > max {
        v.drain(..v.len() - max);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_stays_bounded_and_keeps_the_newest() {
        let mut h = History::default();
        for step in 0..5000u64 {
            h.apply(&TrainEvent::Flow(Box::new(FlowReport {
                step,
                ..Default::default()
            })));
        }
        assert!(h.flow.len() <= MAX_FLOW);
        assert!(h.flow.len() > MAX_FLOW / 2);
        assert_eq!(h.flow.last().map(|f| f.step), Some(4999));
        assert_eq!(h.flow.first().map(|f| f.step), Some(0));
        assert!(h.flow.windows(2).all(|w| w[0].step < w[1].step));
    }

    #[test]
    fn repeated_epochs_replace_the_old_ones() {
        let rec = |epoch| EpochRecord {
            epoch,
            step: epoch as u64,
            train_loss: epoch as f64,
            val_loss: 0.0,
            train_metric: 0.0,
            val_metric: 0.0,
            lr: 0.1,
            seconds: 0.0,
        };
        let mut h = History::default();
        for e in [1, 2, 3, 2, 3] {
            h.apply(&TrainEvent::Epoch(rec(e)));
        }
        let epochs: Vec<u32> = h.epochs.iter().map(|r| r.epoch).collect();
        assert_eq!(epochs, vec![1, 2, 3]);
        h.apply(&TrainEvent::LrChanged { step: 7, lr: 0.5 });
        h.apply(&TrainEvent::Progress {
            epoch: 1,
            batch: 1,
            step: 7,
            loss: 0.25,
            samples_per_sec: 1.0,
            lr: 0.5,
        });
        assert_eq!(h.lr_changes, vec![(7, 0.5)]);
        assert_eq!(h.batch_loss.buckets.len(), 1);
        assert!(!h.is_empty());
        h.clear();
        assert!(h.is_empty());
    }
}
