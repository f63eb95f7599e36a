//! What the worker reports as it trains: gradient flow (with its diagnostics and weight
//! snapshots), throttled progress, and the decision boundary or fitted curve.

use super::run::{Mode, Worker};
use crate::engine::{BatchOutcome, Capture};
use crate::train::flow::{self, FlowReport};
use crate::train::insight::{self, BoundaryRequest};
use crate::train::protocol::TrainEvent;
use std::time::{Duration, Instant};

/// Least time between two boundary pictures while running.
pub(super) const BOUNDARY_INTERVAL: Duration = Duration::from_millis(200);

impl Worker<'_> {
    /// Sends the flow report of a batch trained with `capture` (not `Capture::None`), each
    /// new flow diagnostic once, and a weight snapshot for networks small enough.
    pub(super) fn report_flow(&mut self, outcome: &BatchOutcome, capture: Capture) {
        self.flow_requested = false;
        self.last_flow = Some(Instant::now());
        let mut report = FlowReport {
            epoch: self.st.epoch + 1,
            step: self.st.step,
            layers: flow::layer_flow(&outcome.params, &self.labels),
            activations: Vec::new(),
            params: Vec::new(),
        };
        if capture == Capture::Values {
            report.params = outcome
                .params
                .iter()
                .map(|p| flow::ParamFlow {
                    layer: p.layer,
                    name: p.name.clone(),
                    grad: p.grad.clone(),
                    update: p.update.clone(),
                })
                .collect();
        }
        if let Some(rec) = &outcome.recorded {
            report.activations = flow::activation_stats(rec, &self.specs, &self.labels);
        }
        for d in flow::diagnose_flow(&report) {
            if self.told.insert((d.kind, d.layer)) {
                self.out.send(TrainEvent::Diagnostic(d));
            }
        }
        self.out.send(TrainEvent::Flow(Box::new(report)));
        if self.snapshots && self.show_values {
            self.out
                .send(TrainEvent::Weights(Box::new(self.tr.net.weights())));
        }
    }

    /// Sends the progress after a batch if the progress interval has passed, at the last
    /// batch of an epoch, or when not simply running; otherwise keeps it as unsent (a pause
    /// sends it).
    pub(super) fn report_progress(&mut self, loss: f64, lr: f64, last_batch: bool) {
        let now = Instant::now();
        let since = now.duration_since(self.last_progress);
        let progress = TrainEvent::Progress {
            epoch: self.st.epoch + 1,
            batch: self.st.batch_in_epoch,
            step: self.st.step,
            loss,
            samples_per_sec: self.samples_since as f64 / since.as_secs_f64().max(1e-9),
            lr,
        };
        if since >= self.job.options.progress_interval || last_batch || self.mode != Mode::Running {
            self.out.send(progress);
            self.last_progress = now;
            self.samples_since = 0;
            self.unsent = None;
        } else {
            self.unsent = Some(progress);
        }
    }

    /// Redraws the requested boundary after a batch, at most every 200 ms while running.
    pub(super) fn maybe_send_boundary(&mut self) {
        if let Some(r) = self.boundary {
            if self.last_boundary.elapsed() >= self.boundary_gap || self.mode != Mode::Running {
                let t = Instant::now();
                self.send_boundary(r);
                self.last_boundary = Instant::now();
                // Keep the pictures within their share of the worker's time.
                let share = self.job.options.boundary_share.clamp(0.01, 1.0);
                let cost = t.elapsed().as_secs_f64();
                self.boundary_gap =
                    BOUNDARY_INTERVAL.max(Duration::from_secs_f64(cost * (1.0 - share) / share));
            }
        }
    }

    /// Sends the fitted curve (one-input regression) or else the decision boundary.
    pub(super) fn send_boundary(&mut self, r: BoundaryRequest) {
        if let Some(c) = insight::fit_curve(&mut self.tr, &self.ds, 200) {
            self.out.send(TrainEvent::Curve(Box::new(c)));
        } else if let Some(g) = insight::boundary(&mut self.tr, &self.ds, r, self.st.epoch) {
            self.out.send(TrainEvent::Boundary(Box::new(g)));
        }
    }
}

/// A learning rate as short as exact: "0.001", "1e-5".
pub(super) fn fmt_lr(v: f64) -> String {
    if !(1e-4..1e4).contains(&v) {
        return format!("{v:.0e}");
    }
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
