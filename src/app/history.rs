//! What the loss view draws: per-batch loss (raw and smoothed, decimated so the plot stays
//! fast after millions of steps), per-epoch records, and markers.

use crate::session::History;
use crate::train::{DecimatedSeries, EpochRecord, TrainEvent};

/// Buckets kept per batch series.
const SERIES_CAPACITY: usize = 2048;
/// Markers kept (the oldest are dropped).
const MAX_MARKERS: usize = 200;
/// Weight of the past in the smoothed loss (TensorBoard's "smoothing"): each reported
/// batch loss moves the average a fifth of the way, so a change shows within a few reports.
pub const SMOOTHING: f64 = 0.8;

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
    ema: DebiasedEma,
    last_step: u64,
}

/// An exponential moving average corrected for its start (TensorBoard's debiased
/// smoothing): the average of zero-initialised weights is divided by the weight it has
/// gathered, so the first value is the first raw value and early values are not pulled
/// towards zero or towards the first value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DebiasedEma {
    smoothing: f64,
    acc: f64,
    weight: f64,
}

impl DebiasedEma {
    /// An empty average; `smoothing` in `[0, 1)` is the weight of the past (0: no smoothing).
    pub fn new(smoothing: f64) -> Self {
        DebiasedEma {
            smoothing: smoothing.clamp(0.0, 0.999),
            acc: 0.0,
            weight: 0.0,
        }
    }

    /// Adds a value and returns the smoothed value so far.
    pub fn push(&mut self, v: f64) -> f64 {
        self.acc = self.smoothing * self.acc + (1.0 - self.smoothing) * v;
        self.weight = self.smoothing * self.weight + (1.0 - self.smoothing);
        self.value().unwrap_or(v)
    }

    /// The smoothed value, `None` before the first value.
    pub fn value(&self) -> Option<f64> {
        (self.weight > 0.0).then(|| self.acc / self.weight)
    }
}

impl Default for LossHistory {
    fn default() -> Self {
        LossHistory {
            batch: DecimatedSeries::new(SERIES_CAPACITY),
            smoothed: DecimatedSeries::new(SERIES_CAPACITY),
            epochs: Vec::new(),
            markers: Vec::new(),
            ema: DebiasedEma::new(SMOOTHING),
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
                text: crate::tr!("app-lr-set", lr = lr.to_string()),
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
                text: crate::tr!("app-lr-set", lr = lr.to_string()),
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
        let smoothed = self.ema.push(loss);
        self.smoothed.push(step, smoothed);
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
mod tests {
    #![allow(clippy::unwrap_used)]
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

    #[test]
    fn the_smoothed_loss_starts_at_the_first_value_and_follows_without_lag() {
        let mut h = LossHistory::default();
        h.push_batch(1, 2.5);
        assert_eq!(
            h.smoothed.points(),
            vec![[1.0, 2.5]],
            "first = first raw value"
        );
        // A constant stays exactly constant (no pull towards zero at the start).
        for s in 2..=5 {
            h.push_batch(s, 2.5);
        }
        assert!(h
            .smoothed
            .points()
            .iter()
            .all(|p| (p[1] - 2.5).abs() < 1e-12));
        // A step change from 2.5 to 0.5: within 5 % of the new level after 15 reports.
        for s in 6..=20 {
            h.push_batch(s, 0.5);
        }
        let last = h.smoothed.points().last().map(|p| p[1]).unwrap();
        assert!(
            (last - 0.5).abs() <= 0.05 * 2.0,
            "smoothed {last} after 15 reports"
        );
        // ... and it has moved at least halfway after 3.
        let mut e = DebiasedEma::new(SMOOTHING);
        e.push(2.5);
        let after3 = (0..3).map(|_| e.push(0.5)).last().unwrap();
        assert!(after3 < 1.5, "halfway after 3 reports: {after3}");
    }

    #[test]
    fn debiasing_weighs_early_values_fairly() {
        let mut e = DebiasedEma::new(0.9);
        assert_eq!(e.value(), None);
        assert_eq!(e.push(4.0), 4.0);
        // The second value gets weight 1/(1 + 0.9), not 0.1.
        let v = e.push(0.0);
        assert!((v - 4.0 * 0.9 / 1.9).abs() < 1e-12, "{v}");
        // No smoothing: the raw values.
        let mut raw = DebiasedEma::new(0.0);
        assert_eq!(raw.push(1.0), 1.0);
        assert_eq!(raw.push(3.0), 3.0);
    }
}
