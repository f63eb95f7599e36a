//! What a session remembers of its training: per-epoch records, the batch loss curve,
//! gradient-flow reports, diagnostics and learning-rate changes. Everything is bounded so a
//! long run does not make the session file grow without limit.

use crate::train::{DecimatedSeries, Diagnostic, EpochRecord, FlowReport, TrainEvent};
use serde::{Deserialize, Serialize};

/// Most flow reports kept; older ones are thinned out when there are more.
pub const MAX_FLOW: usize = 256;
/// Most diagnostics kept (the oldest are dropped).
pub const MAX_DIAGNOSTICS: usize = 1000;
/// Most learning-rate changes kept (the oldest are dropped).
pub const MAX_LR_CHANGES: usize = 2_000;
/// Most epoch records kept: the newest half exactly, older ones thinned keeping the
/// extremes of the losses (see [`push_epoch`]).
pub const MAX_EPOCHS: usize = 2_048;
/// Older epoch records are thinned in groups of this many.
const EPOCH_GROUP: usize = 8;

/// The training history saved with a session.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct History {
    /// Records of completed epochs, in order: every recent epoch, and for older ones those
    /// holding the minima and maxima of the losses (at most [`MAX_EPOCHS`]).
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
            TrainEvent::Epoch(r) => push_epoch(&mut self.epochs, r),
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

/// Appends an epoch record, in constant amortized time however long the run. A restart
/// after a non-finite loss repeats epochs: the newer records replace them. Beyond
/// [`MAX_EPOCHS`] the older half is thinned: of each group of [`EPOCH_GROUP`] records only
/// those holding the group's lowest and highest training and validation loss stay, so the
/// curve keeps its shape (spikes included) and the very first epoch is always kept.
pub fn push_epoch(v: &mut Vec<EpochRecord>, r: &EpochRecord) {
    while v.last().is_some_and(|e| e.epoch >= r.epoch) {
        v.pop();
    }
    v.push(r.clone());
    bound_epochs(v);
}

/// Thins `v` to at most [`MAX_EPOCHS`] records as [`push_epoch`] does (a session saved by
/// an earlier version may hold any number).
pub fn bound_epochs(v: &mut Vec<EpochRecord>) {
    while v.len() > MAX_EPOCHS {
        thin_epochs(v);
    }
}

fn thin_epochs(v: &mut Vec<EpochRecord>) {
    let half = v.len() / 2;
    let mut kept: Vec<EpochRecord> = Vec::with_capacity(v.len());
    for (g, group) in v[..half].chunks(EPOCH_GROUP).enumerate() {
        let mut pick: Vec<usize> = [
            extreme(group, |r| r.train_loss, false),
            extreme(group, |r| r.train_loss, true),
            extreme(group, |r| r.val_loss, false),
            extreme(group, |r| r.val_loss, true),
        ]
        .into_iter()
        .flatten()
        .collect();
        if g == 0 {
            pick.push(0);
        }
        pick.sort_unstable();
        pick.dedup();
        kept.extend(pick.into_iter().map(|i| group[i].clone()));
    }
    kept.extend_from_slice(&v[half..]);
    *v = kept;
}

/// Index of the lowest (or highest) finite value in `group`.
fn extreme(group: &[EpochRecord], f: impl Fn(&EpochRecord) -> f64, highest: bool) -> Option<usize> {
    group
        .iter()
        .enumerate()
        .filter(|(_, r)| f(r).is_finite())
        .min_by(|(_, a), (_, b)| {
            let o = f(a).total_cmp(&f(b));
            if highest {
                o.reverse()
            } else {
                o
            }
        })
        .map(|(i, _)| i)
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
#[allow(clippy::unwrap_used)]
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

    fn record(epoch: u32, train_loss: f64) -> EpochRecord {
        EpochRecord {
            epoch,
            step: epoch as u64 * 10,
            train_loss,
            val_loss: train_loss * 1.1,
            train_metric: 0.5,
            val_metric: 0.5,
            lr: 0.01,
            seconds: 0.001,
        }
    }

    #[test]
    fn a_million_epochs_stay_bounded_and_keep_their_shape() {
        let mut h = History::default();
        let start = std::time::Instant::now();
        for e in 1..=1_000_000u32 {
            // A falling loss with one spike in the distant past.
            let loss = if e == 1234 { 50.0 } else { 1.0 / e as f64 };
            h.apply(&TrainEvent::Epoch(record(e, loss)));
        }
        assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
        assert!(h.epochs.len() <= MAX_EPOCHS);
        assert!(h.epochs.len() > MAX_EPOCHS / 2);
        assert!(h.epochs.windows(2).all(|w| w[0].epoch < w[1].epoch));
        assert_eq!(h.epochs.first().map(|r| r.epoch), Some(1));
        assert_eq!(h.epochs.last().map(|r| r.epoch), Some(1_000_000));
        assert!(
            h.epochs.iter().any(|r| r.epoch == 1234),
            "the spike survives"
        );
        // The newest quarter is exact.
        let n = h.epochs.len();
        let recent = &h.epochs[n - MAX_EPOCHS / 4..];
        assert!(recent.windows(2).all(|w| w[1].epoch == w[0].epoch + 1));

        // A history saved by an earlier version with every epoch is bounded when read.
        let mut old: Vec<EpochRecord> = (1..=50_000).map(|e| record(e, 1.0)).collect();
        bound_epochs(&mut old);
        assert!(old.len() <= MAX_EPOCHS);
        assert_eq!(old.last().map(|r| r.epoch), Some(50_000));
    }

    #[test]
    fn a_long_history_fits_in_two_megabytes() {
        let mut h = History::default();
        let layer = |i: usize| crate::train::LayerFlow {
            layer: i,
            label: format!("Dense {i}"),
            ..Default::default()
        };
        for e in 1..=200_000u32 {
            h.apply(&TrainEvent::Epoch(record(e, 1.0 / e as f64)));
            h.apply(&TrainEvent::Progress {
                epoch: e,
                batch: 1,
                step: e as u64 * 10,
                loss: 1.0 / e as f64,
                samples_per_sec: 1e5,
                lr: 0.01,
            });
            if e % 10 == 0 {
                h.apply(&TrainEvent::Flow(Box::new(FlowReport {
                    epoch: e,
                    step: e as u64 * 10,
                    layers: (0..6).map(layer).collect(),
                    activations: (0..6)
                        .map(|i| crate::train::ActivationStats {
                            layer: i,
                            label: "ReLU".into(),
                            ..Default::default()
                        })
                        .collect(),
                    ..Default::default()
                })));
                h.apply(&TrainEvent::LrChanged {
                    step: e as u64 * 10,
                    lr: 0.01,
                });
            }
        }
        let text = ron::ser::to_string_pretty(&h, ron::ser::PrettyConfig::default()).unwrap();
        assert!(text.len() <= 2 << 20, "{} bytes", text.len());
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
