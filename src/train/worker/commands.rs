//! What the worker does between batches: take the caller's commands (waiting for them
//! while paused) and answer each.

use super::run::{Flow, Mode, Worker};
use super::state::capture_state;
use crate::train::eval;
use crate::train::insight;
use crate::train::protocol::{EvalDetail, EvalReport, FinishReason, TrainCommand, TrainEvent};
use std::sync::atomic::Ordering;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

impl Worker<'_> {
    /// Obeys the commands that have arrived; while paused, waits for more. Returns
    /// `Finished` once a stop was asked for (its `Finished` event is sent).
    pub(super) fn obey_commands(&mut self) -> Flow {
        loop {
            // While paused, or waiting for the next batch at a slow pace, sleep until a
            // command arrives (never a busy wait).
            let wait = if self.mode == Mode::Paused {
                Some(Duration::from_millis(50))
            } else {
                self.pace_wait()
            };
            let cmd = match wait {
                Some(w) => match self.rx.recv_timeout(w) {
                    Ok(c) => Some(c),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => Some(TrainCommand::Stop),
                },
                None => self.rx.try_recv().ok(),
            };
            if self.stop.load(Ordering::SeqCst) {
                self.finish(FinishReason::Stopped, capture_state(&self.tr, &self.st));
                return Flow::Finished;
            }
            match cmd {
                Some(cmd) => self.handle(cmd),
                None if self.mode == Mode::Paused || self.pace_wait().is_some() => continue,
                None => return Flow::Continue,
            }
        }
    }

    /// Answers one command.
    pub(super) fn handle(&mut self, cmd: TrainCommand) {
        match cmd {
            TrainCommand::Pause => {
                if self.mode != Mode::Paused {
                    self.mode = Mode::Paused;
                    // The last batch's progress may have been throttled away: send it now
                    // so the caller's counters are exact while paused.
                    if let Some(p) = self.unsent.take() {
                        self.out.send(p);
                    }
                    self.send_paused();
                }
            }
            TrainCommand::Resume => {
                if self.mode == Mode::Paused {
                    self.out.send(TrainEvent::Resumed);
                }
                self.mode = Mode::Running;
                self.next_batch_at = Instant::now();
            }
            TrainCommand::ShowValues(on) => {
                self.show_values = on;
                if on {
                    self.flow_requested = true;
                }
            }
            TrainCommand::SetPace(pace) if self.job.options.paced => {
                self.pace = pace;
                self.next_batch_at = Instant::now();
            }
            TrainCommand::StepBatch => self.mode = Mode::OneBatch,
            TrainCommand::StepEpoch => self.mode = Mode::ToEpochEnd,
            TrainCommand::Stop => self.stop.store(true, Ordering::SeqCst),
            TrainCommand::SetLr(lr) if lr.is_finite() && lr > 0.0 => {
                self.tr.config.lr = lr;
                self.st.lr = lr;
                self.out.send(TrainEvent::LrChanged {
                    step: self.st.step,
                    lr,
                });
            }
            TrainCommand::SetLr(_) | TrainCommand::SetPace(_) => {}
            TrainCommand::EvaluateTest => self.evaluate_test(),
            TrainCommand::SetBoundary(req) => {
                self.boundary = req;
                if let Some(r) = req {
                    self.send_boundary(r);
                    self.last_boundary = Instant::now();
                }
            }
            TrainCommand::TraceSample(i) => self.trace(i, false),
            TrainCommand::TraceTest(i) => self.trace(i, true),
            TrainCommand::RequestState => self.out.send(TrainEvent::State(Box::new(
                capture_state(&self.tr, &self.st),
            ))),
            TrainCommand::RequestFlow => self.flow_requested = true,
        }
    }

    /// Evaluates the test split: its report, then the per-row detail.
    fn evaluate_test(&mut self) {
        let ds = &self.ds;
        let predictions = eval::predict(&mut self.tr, &ds.test, &ds.target_scale);
        let loss = mean(&predictions.row_loss);
        let metrics = eval::metrics_of(&ds.task, &predictions, &ds.test, &ds.target_scale);
        let report = EvalReport {
            split: "test".into(),
            loss,
            metrics,
            rows: ds.test.rows,
        };
        self.out
            .send(TrainEvent::TestReport(Box::new(report.clone())));
        let worst = eval::worst_rows(&predictions, 20);
        self.out.send(TrainEvent::TestDetail(Box::new(EvalDetail {
            report,
            predictions,
            worst,
        })));
    }

    /// Traces one training step on sample `i` of the training (or test) split at the
    /// epoch's learning rate.
    fn trace(&mut self, i: usize, test: bool) {
        let lr = self.lr_at(self.st.epoch as f64);
        let split = if test { &self.ds.test } else { &self.ds.train };
        // An index outside the split (the UI keeps them inside) gets no trace.
        match insight::trace_split(&self.tr, split, i, lr) {
            Some(mut t) => {
                t.from_test = test;
                self.out.send(TrainEvent::Trace(Box::new(t)));
            }
            None => self.out.send(TrainEvent::TraceUnavailable(format!(
                "sample {i} cannot be traced: this run's {} split has {} samples",
                if test { "test" } else { "training" },
                split.rows
            ))),
        }
    }
}

/// The mean of `v` (NaN when empty).
fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        f64::NAN
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}
