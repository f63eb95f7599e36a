//! What the loss view draws: per-batch loss (raw and smoothed, decimated so the plot stays
//! fast after millions of steps), per-epoch records, and markers.

use crate::session::History;
use crate::train::{DecimatedSeries, EpochRecord, TrainEvent};

/// Buckets kept per batch series.
const SERIES_CAPACITY: usize = 2048;
/// Markers kept (the oldest are dropped).
const MAX_MARKERS: usize = 200;
/// Weight of the newest value in the smoothed loss.
const SMOOTHING: f64 = 0.05;

/// Why a marker was placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// The learning rate was changed by the user.
    LrChanged,
    /// A diagnostic fired.
    Diagnostic,
}

/// A vertical marker on the loss plot.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Global step.
    pub step: u64,
    /// What happened.
    pub kind: MarkerKind,
    /// Hover text.
    pub text: String,
}

/// Loss history of the current run (and the runs it continued).
#[derive(Debug, Clone)]
pub struct LossHistory {
    /// Per-batch loss as reported (throttled by the worker).
    pub batch: DecimatedSeries,
    /// Exponentially smoothed per-batch loss.
    pub smoothed: DecimatedSeries,
    /// End-of-epoch records.
    pub epochs: Vec<EpochRecord>,
    /// Learning-rate changes and diagnostics.
    pub markers: Vec<Marker>,
    ema: Option<f64>,
    last_step: u64,
}

impl Default for LossHistory {
    fn default() -> Self {
        LossHistory {
            batch: DecimatedSeries::new(SERIES_CAPACITY),
            smoothed: DecimatedSeries::new(SERIES_CAPACITY),
            epochs: Vec::new(),
            markers: Vec::new(),
            ema: None,
            last_step: 0,
        }
    }
}

impl LossHistory {
    /// Records what an event adds to the history.
    pub fn apply(&mut self, ev: &TrainEvent) {
        match ev {
            TrainEvent::Progress { step, loss, .. } => self.push_batch(*step, *loss),
            TrainEvent::Epoch(rec) => {
                self.last_step = self.last_step.max(rec.step);
                crate::session::history::push_epoch(&mut self.epochs, rec);
            }
            TrainEvent::LrChanged { step, lr } => self.markers.push(Marker {
                step: *step,
                kind: MarkerKind::LrChanged,
                text: format!("learning rate set to {lr}"),
            }),
            TrainEvent::Diagnostic(d) => self.markers.push(Marker {
                step: self.last_step,
                kind: MarkerKind::Diagnostic,
                text: d.message.clone(),
            }),
            _ => {}
        }
        if self.markers.len() > MAX_MARKERS {
            self.markers.drain(..self.markers.len() - MAX_MARKERS);
        }
    }

    /// Rebuilds the view's history from a saved session's history.
    pub fn from_session(h: &History) -> Self {
        let mut out = LossHistory::default();
        for [step, loss] in h.batch_loss.points() {
            out.push_batch(step as u64, loss);
        }
        out.batch = h.batch_loss.clone();
        out.epochs = h.epochs.clone();
        crate::session::history::bound_epochs(&mut out.epochs);
        if let Some(last) = h.epochs.last() {
            out.last_step = out.last_step.max(last.step);
        }
        for (step, lr) in &h.lr_changes {
            out.markers.push(Marker {
                step: *step,
                kind: MarkerKind::LrChanged,
                text: format!("learning rate set to {lr}"),
            });
        }
        for d in &h.diagnostics {
            let step = h
                .epochs
                .iter()
                .find(|e| e.epoch == d.epoch)
                .map_or(0, |e| e.step);
            out.markers.push(Marker {
                step,
                kind: MarkerKind::Diagnostic,
                text: d.message.clone(),
            });
        }
        out
    }

    /// Adds one batch loss.
    pub fn push_batch(&mut self, step: u64, loss: f64) {
        if !loss.is_finite() || step < self.last_step {
            return;
        }
        self.last_step = step;
        self.batch.push(step, loss);
        let ema = match self.ema {
            Some(e) => e + SMOOTHING * (loss - e),
            None => loss,
        };
        self.ema = Some(ema);
        self.smoothed.push(step, ema);
    }

    /// Whether nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.batch.buckets.is_empty() && self.epochs.is_empty()
    }

    /// The last step seen.
    pub fn last_step(&self) -> u64 {
        self.last_step
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_million_steps_stay_bounded() {
        let mut h = LossHistory::default();
        for s in 1..=1_000_000u64 {
            h.push_batch(s, 1.0 / s as f64);
        }
        assert!(h.batch.points().len() <= 2 * SERIES_CAPACITY);
        assert!(h.smoothed.points().len() <= 2 * SERIES_CAPACITY);
        assert_eq!(h.last_step(), 1_000_000);
    }
}
