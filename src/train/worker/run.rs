//! The `Worker`: one training run on the worker thread. It checks the job, trains epoch by
//! epoch and batch by batch, recovers from a non-finite loss, and ends each epoch with its
//! metrics, early stopping and the new last good state.

use super::state::{capture_state, restore};
use super::{Outbox, TrainJob, WorkerError, REPLAY_FRAMES};
use crate::data::Dataset;
use crate::engine::{gather_batch, BatchOutcome, Capture, Trainer};
use crate::model::{LayerSpec, Pace};
use crate::train::eval;
use crate::train::flow::{self, DiagnosticKind};
use crate::train::insight::BoundaryRequest;
use crate::train::protocol::{
    from_words, to_words, EpochRecord, FinishReason, TrainCommand, TrainEvent, TrainState,
};
use crate::train::stopping::{EarlyStopping, OverfitWatch, Verdict};
use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Instant;

/// How the worker steps through batches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Batch after batch.
    Running,
    /// Waiting for commands.
    Paused,
    /// One batch, then pause.
    OneBatch,
    /// To the end of the epoch, then pause.
    ToEpochEnd,
}

/// Whether the run goes on after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Flow {
    /// Keep going.
    Continue,
    /// The run has ended and its `Finished` event is sent.
    Finished,
}

/// One training run: the trainer, its exact state and everything the loop reports with.
pub(super) struct Worker<'a> {
    pub(super) job: TrainJob,
    pub(super) ds: Arc<Dataset>,
    pub(super) rx: &'a Receiver<TrainCommand>,
    pub(super) out: &'a Outbox,
    pub(super) stop: &'a AtomicBool,
    /// The last good state, for a `Failed` event.
    last_state: &'a RefCell<Option<TrainState>>,
    pub(super) tr: Trainer,
    /// The state as training goes.
    pub(super) st: TrainState,
    /// The state at the last epoch boundary (continued from after a non-finite loss).
    good: TrainState,
    /// Rows per batch.
    bs: usize,
    /// Batches per epoch.
    pub(super) batches: u32,
    in_len: usize,
    y_dim: usize,
    /// Layer labels for flow reports ("Output dense:3" for the head).
    pub(super) labels: Vec<String>,
    pub(super) specs: Vec<LayerSpec>,
    /// Capture every gradient and update value (small networks), not only statistics.
    small: bool,
    /// Send the weights with each flow report.
    pub(super) snapshots: bool,
    /// Replay snapshots: send at epochs divisible by `replay_stride`; how many were sent at
    /// this stride.
    replay_stride: u32,
    replay_sent: u32,
    pub(super) mode: Mode,
    pub(super) flow_requested: bool,
    /// Flow diagnostics already sent, each once per run.
    pub(super) told: HashSet<(DiagnosticKind, Option<usize>)>,
    overfit: OverfitWatch,
    xb: Vec<f32>,
    yb: Vec<f32>,
    /// When the last progress event went out.
    pub(super) last_progress: Instant,
    /// The last batch's progress when it was throttled away.
    pub(super) unsent: Option<TrainEvent>,
    /// Samples trained since the last progress event.
    pub(super) samples_since: usize,
    /// The decision boundary to keep drawing, if asked for.
    pub(super) boundary: Option<BoundaryRequest>,
    pub(super) last_boundary: Instant,
    /// How fast to train (the window's speed control).
    pub(super) pace: Pace,
    /// Whether a view shows per-connection values and weights (the window's Network view):
    /// only then are they captured and sent.
    pub(super) show_values: bool,
    /// When the last end-of-epoch flow report went out.
    pub(super) last_flow: Option<Instant>,
    /// Least time between two boundary pictures (grows when a picture takes long).
    pub(super) boundary_gap: std::time::Duration,
    /// When the next batch may start at a slow pace.
    pub(super) next_batch_at: Instant,
}

impl<'a> Worker<'a> {
    /// Checks the job against its data, builds the trainer and restores a continued run.
    pub(super) fn new(
        job: TrainJob,
        rx: &'a Receiver<TrainCommand>,
        out: &'a Outbox,
        stop: &'a AtomicBool,
        last_state: &'a RefCell<Option<TrainState>>,
    ) -> Result<Self, WorkerError> {
        let ds = job.dataset.clone();
        if ds.input_shape.numel() != job.spec.input.numel() {
            return Err(WorkerError::InputShape {
                network: job.spec.input,
                data: ds.input_shape,
            });
        }
        if ds.train.is_empty() {
            return Err(WorkerError::EmptyTraining);
        }
        let mut tr: Trainer = Trainer::new(&job.spec, &ds.task, &job.config)?;
        let mut st = TrainState {
            lr: job.config.lr,
            ..Default::default()
        };
        if let Some(saved) = &job.resume {
            restore(&mut tr, saved)?;
            st = saved.clone();
        } else {
            st.shuffle_pos = to_words(tr.rng_state().0);
        }
        let bs = job.config.batch_size.max(1);
        let batches = ds.train.rows.div_ceil(bs) as u32;
        if st.batch_in_epoch >= batches && st.batch_in_epoch > 0 {
            return Err(WorkerError::SavedPosition {
                batch: st.batch_in_epoch,
                epoch: st.epoch + 1,
                batches,
            });
        }
        let labels = tr
            .net
            .layers
            .iter()
            .map(|l| {
                if l.is_head {
                    format!("Output {}", l.spec)
                } else {
                    l.spec.to_string()
                }
            })
            .collect();
        let specs = tr.net.layers.iter().map(|l| l.spec.clone()).collect();
        let params = tr.net.param_count();
        let good = capture_state(&tr, &st);
        *last_state.borrow_mut() = Some(good.clone());
        let now = Instant::now();
        Ok(Worker {
            ds,
            rx,
            out,
            stop,
            last_state,
            in_len: tr.net.input_len(),
            y_dim: job.dataset.task.target_dim(),
            tr,
            st,
            good,
            bs,
            batches,
            labels,
            specs,
            small: params <= job.options.weights_max_params,
            snapshots: params <= job.options.snapshot_max_params,
            replay_stride: 1,
            replay_sent: 0,
            mode: if job.options.start_paused {
                Mode::Paused
            } else {
                Mode::Running
            },
            flow_requested: false,
            told: HashSet::new(),
            overfit: OverfitWatch::new(job.options.overfit_patience),
            xb: Vec::new(),
            yb: Vec::new(),
            last_progress: now,
            unsent: None,
            samples_since: 0,
            boundary: None,
            last_boundary: now,
            show_values: true,
            last_flow: None,
            boundary_gap: super::report::BOUNDARY_INTERVAL,
            pace: if job.options.paced {
                job.config.pace
            } else {
                Pace::Full
            },
            next_batch_at: now,
            job,
        })
    }

    /// Sends the current weights for the replay timeline when this epoch is on the stride
    /// (the last epoch of the run always is); the stride doubles every
    /// [`REPLAY_FRAMES`] / 2 snapshots, so a long run sends a few hundred in all.
    fn send_replay_snapshot(&mut self) {
        if !self.job.options.replay || !self.snapshots {
            return;
        }
        let epoch = self.st.epoch;
        let last = epoch >= self.job.config.epochs;
        if !epoch.is_multiple_of(self.replay_stride) && !last {
            return;
        }
        self.out.send(TrainEvent::Snapshot {
            epoch,
            weights: Box::new(self.good.weights.clone()),
        });
        self.replay_sent += 1;
        if self.replay_sent >= REPLAY_FRAMES / 2 {
            self.replay_stride = self.replay_stride.saturating_mul(2);
            self.replay_sent = 0;
        }
    }

    /// Trains to the job's last epoch (or until stopped, early-stopped or failed).
    pub(super) fn run(mut self) -> Result<(), WorkerError> {
        self.out.send(TrainEvent::Started {
            total_epochs: self.job.config.epochs,
            batches_per_epoch: self.batches,
            params: self.tr.net.param_count(),
        });
        if self.mode == Mode::Paused {
            self.send_paused();
        }
        if self.st.epoch == 0 {
            self.send_replay_snapshot();
        }
        while self.st.epoch < self.job.config.epochs {
            if self.run_epoch()? == Flow::Finished {
                return Ok(());
            }
        }
        if let Some(r) = self.boundary {
            // The last picture of a run shows its final weights.
            self.send_boundary(r);
        }
        let good = std::mem::take(&mut self.good);
        self.finish(FinishReason::Completed, good);
        Ok(())
    }

    /// The learning rate at a (fractional) epoch position: the job's schedule, scaled by
    /// how the base rate has changed since (a `SetLr` command or a continued run's rate).
    pub(super) fn lr_at(&self, epoch_pos: f64) -> f64 {
        self.job.config.lr_at(epoch_pos) * (self.tr.config.lr as f64 / self.job.config.lr as f64)
    }

    /// Sends `Finished` with `state`.
    pub(super) fn finish(&self, reason: FinishReason, state: TrainState) {
        self.out.send(TrainEvent::Finished {
            reason,
            state: Box::new(state),
        });
    }

    /// Sends `Paused` at the current position.
    pub(super) fn send_paused(&self) {
        self.out.send(TrainEvent::Paused {
            epoch: self.st.epoch,
            batch: self.st.batch_in_epoch,
        });
    }

    /// The rest of the current epoch, from its saved position: commands and a batch, in
    /// turn, then the end of the epoch. A non-finite loss ends it early (back at the last
    /// good state).
    fn run_epoch(&mut self) -> Result<Flow, WorkerError> {
        let epoch_start = Instant::now();
        let dropout = self.tr.rng_state().1;
        self.tr
            .set_rng_state((from_words(self.st.shuffle_pos), dropout));
        let order = self.tr.epoch_order(self.ds.train.rows);
        while self.st.batch_in_epoch < self.batches {
            if self.obey_commands() == Flow::Finished {
                return Ok(Flow::Finished);
            }
            if !self.train_batch(&order)? {
                return Ok(Flow::Continue);
            }
        }
        Ok(self.end_epoch(epoch_start))
    }

    /// Trains the next batch of `order` and reports it. Returns false when the loss was not
    /// finite: the last good state is back and the worker paused.
    fn train_batch(&mut self, order: &[usize]) -> Result<bool, WorkerError> {
        let b = self.st.batch_in_epoch as usize;
        let idx = &order[b * self.bs..((b + 1) * self.bs).min(order.len())];
        let (xb, yb) = (&mut self.xb, &mut self.yb);
        gather_batch(&self.ds.train, idx, self.in_len, self.y_dim, xb, yb);
        let last_batch = self.st.batch_in_epoch + 1 == self.batches;
        // In slow motion every batch is shown: its gradients and update go out.
        let every = self.pace.is_slow_motion();
        let epoch_flow = last_batch
            && self.job.options.flow_every_epoch
            && (self.mode != Mode::Running
                || self
                    .last_flow
                    .is_none_or(|t| t.elapsed() >= self.job.options.flow_interval));
        let capture = if every || self.flow_requested || epoch_flow {
            if self.small && self.show_values {
                Capture::Values
            } else {
                Capture::Stats
            }
        } else {
            Capture::None
        };
        let lr = self.lr_at(self.st.epoch as f64 + b as f64 / self.batches as f64);
        let outcome = self
            .tr
            .train_batch(&self.xb, &self.yb, idx.len(), lr, capture)?;
        if !outcome.updated {
            self.recover_from_nan(&outcome, b)?;
            return Ok(false);
        }
        self.count(&outcome, idx.len());
        if capture != Capture::None {
            self.report_flow(&outcome, capture);
        }
        self.report_progress(outcome.loss, lr, last_batch || every);
        self.schedule_next_batch();
        self.maybe_send_boundary();
        if self.mode == Mode::OneBatch {
            self.mode = Mode::Paused;
            self.send_paused();
        }
        Ok(true)
    }

    /// At a slow pace, the time the next batch may start: one interval after this one's
    /// slot (so the pace holds on average), or now when training fell behind.
    fn schedule_next_batch(&mut self) {
        if let Some(interval) = self.pace.batch_interval(self.batches) {
            let now = Instant::now();
            let next = self.next_batch_at + interval;
            self.next_batch_at = if next + interval < now { now } else { next };
        }
    }

    /// How long to wait before the next batch at a slow pace (`None`: go now).
    pub(super) fn pace_wait(&self) -> Option<std::time::Duration> {
        if self.mode == Mode::OneBatch || self.pace == Pace::Full {
            return None;
        }
        let left = self.next_batch_at.saturating_duration_since(Instant::now());
        (!left.is_zero()).then_some(left)
    }

    /// Adds a trained batch to the position, the epoch's loss and its running metric.
    fn count(&mut self, outcome: &BatchOutcome, rows: usize) {
        let st = &mut self.st;
        st.batch_in_epoch += 1;
        st.step += 1;
        st.epoch_loss_sum += outcome.loss * rows as f64;
        st.epoch_samples += rows as u64;
        st.epoch_metric.add(
            self.ds.task.is_classification(),
            &outcome.outputs,
            self.tr.net.output_len(),
            &self.yb,
        );
        self.samples_since += rows;
    }

    /// After a non-finite loss at batch `b`: back to the last good state, say what happened
    /// and what to try, and pause.
    fn recover_from_nan(&mut self, outcome: &BatchOutcome, b: usize) -> Result<(), WorkerError> {
        let msg = format!(
            "loss became {} at epoch {}, batch {}; weights from {} restored; try a learning rate below {}",
            if outcome.loss.is_nan() { "NaN" } else { "infinite" },
            self.st.epoch + 1,
            b + 1,
            if self.good.epoch == 0 { "the start".to_string() } else { format!("epoch {}", self.good.epoch) },
            super::report::fmt_lr(self.tr.config.lr as f64 / 10.0),
        );
        restore(&mut self.tr, &self.good)?;
        self.st = self.good.clone();
        self.out.send(TrainEvent::Diagnostic(flow::Diagnostic {
            kind: DiagnosticKind::NonFinite,
            epoch: self.st.epoch + 1,
            layer: None,
            message: msg,
            tip: "lower the learning rate, clip gradients, or standardize the inputs".into(),
        }));
        self.mode = Mode::Paused;
        self.send_paused();
        Ok(())
    }

    /// The end of an epoch: metrics, the new last good state, the overfitting check and
    /// early stopping; then a pause if stepping.
    fn end_epoch(&mut self, epoch_start: Instant) -> Flow {
        let is_classification = self.ds.task.is_classification();
        let st = &mut self.st;
        let train_loss = st.epoch_loss_sum / st.epoch_samples.max(1) as f64;
        let train_metric = st.epoch_metric.value(is_classification);
        let val = (!self.ds.val.is_empty()).then(|| {
            eval::evaluate(
                &mut self.tr,
                &self.ds.val,
                "validation",
                &self.ds.target_scale,
            )
        });
        st.epoch += 1;
        st.batch_in_epoch = 0;
        st.epoch_loss_sum = 0.0;
        st.epoch_samples = 0;
        st.epoch_metric = Default::default();
        st.shuffle_pos = to_words(self.tr.rng_state().0);
        let record = EpochRecord {
            epoch: self.st.epoch,
            step: self.st.step,
            train_loss,
            val_loss: val.as_ref().map_or(f64::NAN, |v| v.loss),
            train_metric,
            val_metric: val.as_ref().map_or(f64::NAN, |v| v.metrics.headline()),
            lr: self.lr_at(self.st.epoch as f64),
            seconds: epoch_start.elapsed().as_secs_f64(),
        };
        self.out.send(TrainEvent::Epoch(record));
        self.good = capture_state(&self.tr, &self.st);
        *self.last_state.borrow_mut() = Some(self.good.clone());
        self.send_replay_snapshot();
        if let Some(v) = &val {
            if let Some(d) = self.overfit.observe(train_loss, v.loss, self.st.epoch) {
                self.out.send(TrainEvent::Diagnostic(d));
            }
            if self.early_stop(v.loss) == Flow::Finished {
                return Flow::Finished;
            }
        }
        if self.mode == Mode::ToEpochEnd || self.mode == Mode::OneBatch {
            self.mode = Mode::Paused;
            self.send_paused();
        }
        Flow::Continue
    }

    /// Counts the epoch's validation loss for early stopping (if on) in the state and the
    /// last good state; finishes the run when patience has run out.
    fn early_stop(&mut self, val_loss: f64) -> Flow {
        let Some(cfg) = self.job.config.early_stopping else {
            return Flow::Continue;
        };
        let mut es = EarlyStopping::new(&cfg, self.st.best_val, self.st.since_best);
        let verdict = es.observe(val_loss);
        self.st.best_val = es.best;
        self.st.since_best = es.bad_epochs;
        self.good.best_val = es.best;
        self.good.since_best = es.bad_epochs;
        if verdict == Verdict::Stop {
            let good = std::mem::take(&mut self.good);
            self.finish(FinishReason::EarlyStopped, good);
            return Flow::Finished;
        }
        Flow::Continue
    }
}
