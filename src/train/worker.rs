//! The training worker: a named thread that owns the network, trains batch by batch,
//! obeys commands between batches and reports events. A panic inside training becomes a
//! `Failed` event; the caller keeps running.

use super::eval;
use super::flow::{self, DiagnosticKind, FlowReport};
use super::insight::{self, BoundaryRequest};
use super::protocol::EvalDetail;
use super::protocol::{
    from_words, to_words, EpochRecord, FinishReason, TrainCommand, TrainEvent, TrainState,
};
use crate::data::Dataset;
use crate::engine::{gather_batch, Capture, Trainer};
use crate::model::{NetworkSpec, TrainConfig};
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How the worker reports.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Send a flow report at the end of every epoch.
    pub flow_every_epoch: bool,
    /// Capture every gradient and update value (for drawing each connection) only for
    /// networks up to this many parameters.
    pub weights_max_params: usize,
    /// Send a weight snapshot with each flow report for networks up to this many
    /// parameters (large layers are drawn as histograms).
    pub snapshot_max_params: usize,
    /// Least time between progress events.
    pub progress_interval: Duration,
    /// Start paused (for stepping from the first batch).
    pub start_paused: bool,
    /// Epochs of rising validation loss that count as overfitting.
    pub overfit_patience: usize,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            flow_every_epoch: true,
            weights_max_params: 20_000,
            snapshot_max_params: 2_000_000,
            progress_interval: Duration::from_millis(16),
            start_paused: false,
            overfit_patience: 3,
        }
    }
}

/// Everything a training run needs.
#[derive(Debug, Clone)]
pub struct TrainJob {
    /// The network.
    pub spec: NetworkSpec,
    /// The prepared data.
    pub dataset: Arc<Dataset>,
    /// Training settings (`epochs` is the epoch to reach, counting earlier ones).
    pub config: TrainConfig,
    /// State to continue from.
    pub resume: Option<TrainState>,
    /// Reporting options.
    pub options: WorkerOptions,
}

/// The caller's end of a running worker. Dropping it stops and joins the worker.
pub struct WorkerHandle {
    tx: Sender<TrainCommand>,
    rx: Receiver<TrainEvent>,
    stop: Arc<AtomicBool>,
    join: Option<JoinHandle<()>>,
}

impl WorkerHandle {
    /// Sends a command (ignored if the worker has ended).
    pub fn send(&self, cmd: TrainCommand) {
        if cmd == TrainCommand::Stop {
            self.stop.store(true, Ordering::SeqCst);
        }
        let _ = self.tx.send(cmd);
    }

    /// Events that have arrived, without blocking.
    pub fn try_events(&self) -> Vec<TrainEvent> {
        self.rx.try_iter().collect()
    }

    /// Waits up to `timeout` for the next event (for the CLI and tests, never the UI).
    pub fn recv_timeout(&self, timeout: Duration) -> Option<TrainEvent> {
        self.rx.recv_timeout(timeout).ok()
    }

    /// Whether the thread has ended.
    pub fn is_finished(&self) -> bool {
        self.join.as_ref().is_none_or(|j| j.is_finished())
    }

    /// Stops the worker and waits for it.
    pub fn stop_and_join(&mut self) {
        self.send(TrainCommand::Stop);
        if let Some(j) = self.join.take() {
            let _ = j.join();
        }
    }
}

impl Drop for WorkerHandle {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

/// Starts a worker thread. `notify` is called after each event is sent (the UI passes its
/// repaint request).
pub fn spawn(job: TrainJob, notify: Arc<dyn Fn() + Send + Sync>) -> std::io::Result<WorkerHandle> {
    let (tx, cmd_rx) = channel();
    let (ev_tx, rx) = channel();
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let join = std::thread::Builder::new().name("layerlab-train".into()).spawn(move || {
        let out = Outbox { tx: ev_tx, notify };
        let last_state = std::cell::RefCell::new(None);
        let result = catch_unwind(AssertUnwindSafe(|| run(job, &cmd_rx, &out, &stop2, &last_state)));
        match result {
            Ok(Ok(())) => {}
            Ok(Err(message)) => out.send(TrainEvent::Failed { message, state: last_state.take().map(Box::new) }),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown error".into());
                out.send(TrainEvent::Failed {
                    message: format!("training crashed: {what}. The window keeps working; the last good weights are kept — please report this"),
                    state: last_state.take().map(Box::new),
                });
            }
        }
    })?;
    Ok(WorkerHandle {
        tx,
        rx,
        stop,
        join: Some(join),
    })
}

struct Outbox {
    tx: Sender<TrainEvent>,
    notify: Arc<dyn Fn() + Send + Sync>,
}

impl Outbox {
    fn send(&self, ev: TrainEvent) {
        let _ = self.tx.send(ev);
        (self.notify)();
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Running,
    Paused,
    OneBatch,
    ToEpochEnd,
}

fn capture_state(tr: &Trainer, st: &TrainState) -> TrainState {
    TrainState {
        weights: tr.net.weights(),
        optimizer: tr.opt.state(),
        dropout_pos: to_words(tr.rng_state().1),
        lr: tr.config.lr,
        ..st.clone()
    }
}

fn restore(tr: &mut Trainer, st: &TrainState) -> Result<(), String> {
    tr.net.set_weights(&st.weights).map_err(|e| e.to_string())?;
    tr.opt.set_state(&st.optimizer).map_err(|e| e.to_string())?;
    tr.set_rng_state((from_words(st.shuffle_pos), from_words(st.dropout_pos)));
    if st.lr > 0.0 {
        tr.config.lr = st.lr;
    }
    Ok(())
}

fn run(
    job: TrainJob,
    rx: &Receiver<TrainCommand>,
    out: &Outbox,
    stop: &AtomicBool,
    last_state: &std::cell::RefCell<Option<TrainState>>,
) -> Result<(), String> {
    let ds = &job.dataset;
    let opts = &job.options;
    if ds.input_shape.numel() != job.spec.input.numel() {
        return Err(format!(
            "the network expects inputs of shape {} but the data has {}; set the input shape from the data",
            job.spec.input, ds.input_shape
        ));
    }
    if ds.train.is_empty() {
        return Err(
            "the training split is empty; load data or lower the validation/test ratios".into(),
        );
    }
    let mut tr: Trainer =
        Trainer::new(&job.spec, &ds.task, &job.config).map_err(|e| e.to_string())?;
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
    let (in_len, y_dim) = (tr.net.input_len(), ds.task.target_dim());
    let bs = job.config.batch_size.max(1);
    let batches = ds.train.rows.div_ceil(bs) as u32;
    if st.batch_in_epoch >= batches && st.batch_in_epoch > 0 {
        return Err(format!(
            "the saved position (batch {} of epoch {}) does not fit this data's {batches} batches per epoch (was the batch size or the data changed?); \
             keep the saved batch size, or Reset and train again",
            st.batch_in_epoch,
            st.epoch + 1
        ));
    }
    let labels: Vec<String> = tr
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
    let specs: Vec<_> = tr.net.layers.iter().map(|l| l.spec.clone()).collect();
    let small = tr.net.param_count() <= opts.weights_max_params;
    let snapshots = tr.net.param_count() <= opts.snapshot_max_params;
    out.send(TrainEvent::Started {
        total_epochs: job.config.epochs,
        batches_per_epoch: batches,
        params: tr.net.param_count(),
    });

    let mut mode = if opts.start_paused {
        Mode::Paused
    } else {
        Mode::Running
    };
    if mode == Mode::Paused {
        out.send(TrainEvent::Paused {
            epoch: st.epoch,
            batch: st.batch_in_epoch,
        });
    }
    let mut flow_requested = false;
    let mut told: HashSet<(DiagnosticKind, Option<usize>)> = HashSet::new();
    let mut losses: Vec<(f64, f64)> = Vec::new();
    let mut good = capture_state(&tr, &st);
    *last_state.borrow_mut() = Some(good.clone());
    let (mut xb, mut yb) = (Vec::new(), Vec::new());
    let mut last_progress = Instant::now();
    let mut unsent: Option<TrainEvent> = None;
    let mut boundary: Option<BoundaryRequest> = None;
    let mut last_boundary = Instant::now();
    let mut samples_since = 0usize;

    'epochs: while st.epoch < job.config.epochs {
        let epoch_start = Instant::now();
        tr.set_rng_state((from_words(st.shuffle_pos), tr.rng_state().1));
        let order = tr.epoch_order(ds.train.rows);
        while st.batch_in_epoch < batches {
            // Commands, between batches. While paused, wait for them.
            loop {
                let cmd = if mode == Mode::Paused {
                    match rx.recv_timeout(Duration::from_millis(50)) {
                        Ok(c) => Some(c),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => Some(TrainCommand::Stop),
                    }
                } else {
                    rx.try_recv().ok()
                };
                if stop.load(Ordering::SeqCst) {
                    let state = capture_state(&tr, &st);
                    out.send(TrainEvent::Finished {
                        reason: FinishReason::Stopped,
                        state: Box::new(state),
                    });
                    return Ok(());
                }
                match cmd {
                    Some(TrainCommand::Pause) => {
                        if mode != Mode::Paused {
                            mode = Mode::Paused;
                            // The last batch's progress may have been throttled away: send
                            // it now so the caller's counters are exact while paused.
                            if let Some(p) = unsent.take() {
                                out.send(p);
                            }
                            out.send(TrainEvent::Paused {
                                epoch: st.epoch,
                                batch: st.batch_in_epoch,
                            });
                        }
                    }
                    Some(TrainCommand::Resume) => {
                        if mode == Mode::Paused {
                            out.send(TrainEvent::Resumed);
                        }
                        mode = Mode::Running;
                    }
                    Some(TrainCommand::StepBatch) => mode = Mode::OneBatch,
                    Some(TrainCommand::StepEpoch) => mode = Mode::ToEpochEnd,
                    Some(TrainCommand::Stop) => stop.store(true, Ordering::SeqCst),
                    Some(TrainCommand::SetLr(lr)) if lr.is_finite() && lr > 0.0 => {
                        tr.config.lr = lr;
                        st.lr = lr;
                        out.send(TrainEvent::LrChanged { step: st.step, lr });
                    }
                    Some(TrainCommand::SetLr(_)) => {}
                    Some(TrainCommand::EvaluateTest) => {
                        let predictions = eval::predict(&mut tr, &ds.test);
                        let loss = mean(&predictions.row_loss);
                        let metrics = eval::metrics_of(&ds.task, &predictions, &ds.test);
                        let report = super::protocol::EvalReport {
                            split: "test".into(),
                            loss,
                            metrics,
                            rows: ds.test.rows,
                        };
                        out.send(TrainEvent::TestReport(Box::new(report.clone())));
                        let worst = eval::worst_rows(&predictions, 20);
                        out.send(TrainEvent::TestDetail(Box::new(EvalDetail {
                            report,
                            predictions,
                            worst,
                        })));
                    }
                    Some(TrainCommand::SetBoundary(req)) => {
                        boundary = req;
                        if let Some(r) = req {
                            send_boundary(&mut tr, ds, r, st.epoch, out);
                            last_boundary = Instant::now();
                        }
                    }
                    Some(cmd @ (TrainCommand::TraceSample(_) | TrainCommand::TraceTest(_))) => {
                        let lr = job.config.lr_at(st.epoch as f64)
                            * (tr.config.lr as f64 / job.config.lr as f64);
                        let (split, i, test) = match cmd {
                            TrainCommand::TraceTest(i) => (&ds.test, i, true),
                            TrainCommand::TraceSample(i) => (&ds.train, i, false),
                            _ => (&ds.train, usize::MAX, false),
                        };
                        // An index outside the split (the UI keeps them inside) gets no trace.
                        match insight::trace_split(&tr, split, i, lr) {
                            Some(mut t) => {
                                t.from_test = test;
                                out.send(TrainEvent::Trace(Box::new(t)));
                            }
                            None => out.send(TrainEvent::TraceUnavailable(format!(
                                "sample {i} cannot be traced: this run's {} split has {} samples",
                                if test { "test" } else { "training" },
                                split.rows
                            ))),
                        }
                    }
                    Some(TrainCommand::RequestState) => {
                        out.send(TrainEvent::State(Box::new(capture_state(&tr, &st))))
                    }
                    Some(TrainCommand::RequestFlow) => flow_requested = true,
                    None if mode == Mode::Paused => continue,
                    None => break,
                }
            }

            let b = st.batch_in_epoch as usize;
            let idx = &order[b * bs..((b + 1) * bs).min(order.len())];
            gather_batch(&ds.train, idx, in_len, y_dim, &mut xb, &mut yb);
            let last_batch = st.batch_in_epoch + 1 == batches;
            let capture = if flow_requested || (last_batch && opts.flow_every_epoch) {
                if small {
                    Capture::Values
                } else {
                    Capture::Stats
                }
            } else {
                Capture::None
            };
            let lr = job
                .config
                .lr_at(st.epoch as f64 + b as f64 / batches as f64)
                * (tr.config.lr as f64 / job.config.lr as f64);
            let outcome = tr
                .train_batch(&xb, &yb, idx.len(), lr, capture)
                .map_err(|e| e.to_string())?;
            if !outcome.updated {
                let msg = format!(
                    "loss became {} at epoch {}, batch {}; weights from {} restored; try a learning rate below {}",
                    if outcome.loss.is_nan() { "NaN" } else { "infinite" },
                    st.epoch + 1,
                    b + 1,
                    if good.epoch == 0 { "the start".to_string() } else { format!("epoch {}", good.epoch) },
                    fmt_lr(tr.config.lr as f64 / 10.0),
                );
                restore(&mut tr, &good)?;
                st = good.clone();
                out.send(TrainEvent::Diagnostic(flow::Diagnostic {
                    kind: DiagnosticKind::NonFinite,
                    epoch: st.epoch + 1,
                    layer: None,
                    message: msg,
                    tip: "lower the learning rate, clip gradients, or standardize the inputs"
                        .into(),
                }));
                mode = Mode::Paused;
                out.send(TrainEvent::Paused {
                    epoch: st.epoch,
                    batch: st.batch_in_epoch,
                });
                continue 'epochs;
            }
            st.batch_in_epoch += 1;
            st.step += 1;
            st.epoch_loss_sum += outcome.loss * idx.len() as f64;
            st.epoch_samples += idx.len() as u64;
            st.epoch_metric.add(
                ds.task.is_classification(),
                &outcome.outputs,
                tr.net.output_len(),
                &yb,
            );
            samples_since += idx.len();
            if capture != Capture::None {
                flow_requested = false;
                let mut report = FlowReport {
                    epoch: st.epoch + 1,
                    step: st.step,
                    layers: flow::layer_flow(&outcome.params, &labels),
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
                    report.activations = flow::activation_stats(rec, &specs, &labels);
                }
                for d in flow::diagnose_flow(&report) {
                    if told.insert((d.kind, d.layer)) {
                        out.send(TrainEvent::Diagnostic(d));
                    }
                }
                out.send(TrainEvent::Flow(Box::new(report)));
                if snapshots {
                    out.send(TrainEvent::Weights(Box::new(tr.net.weights())));
                }
            }
            let now = Instant::now();
            if now.duration_since(last_progress) >= opts.progress_interval
                || last_batch
                || mode != Mode::Running
            {
                let secs = now.duration_since(last_progress).as_secs_f64().max(1e-9);
                out.send(TrainEvent::Progress {
                    epoch: st.epoch + 1,
                    batch: st.batch_in_epoch,
                    step: st.step,
                    loss: outcome.loss,
                    samples_per_sec: samples_since as f64 / secs,
                    lr,
                });
                last_progress = now;
                samples_since = 0;
                unsent = None;
            } else {
                unsent = Some(TrainEvent::Progress {
                    epoch: st.epoch + 1,
                    batch: st.batch_in_epoch,
                    step: st.step,
                    loss: outcome.loss,
                    samples_per_sec: samples_since as f64
                        / now.duration_since(last_progress).as_secs_f64().max(1e-9),
                    lr,
                });
            }
            if let Some(r) = boundary {
                if last_boundary.elapsed() >= Duration::from_millis(200) || mode != Mode::Running {
                    send_boundary(&mut tr, ds, r, st.epoch, out);
                    last_boundary = Instant::now();
                }
            }
            if mode == Mode::OneBatch {
                mode = Mode::Paused;
                out.send(TrainEvent::Paused {
                    epoch: st.epoch,
                    batch: st.batch_in_epoch,
                });
            }
        }

        // End of the epoch: metrics, diagnostics, the new last-good state.
        let train_loss = st.epoch_loss_sum / st.epoch_samples.max(1) as f64;
        let train_metric = st.epoch_metric.value(ds.task.is_classification());
        let val = (!ds.val.is_empty()).then(|| eval::evaluate(&mut tr, &ds.val, "validation"));
        st.epoch += 1;
        st.batch_in_epoch = 0;
        st.epoch_loss_sum = 0.0;
        st.epoch_samples = 0;
        st.epoch_metric = Default::default();
        st.shuffle_pos = to_words(tr.rng_state().0);
        let record = EpochRecord {
            epoch: st.epoch,
            step: st.step,
            train_loss,
            val_loss: val.as_ref().map_or(f64::NAN, |v| v.loss),
            train_metric,
            val_metric: val.as_ref().map_or(f64::NAN, |v| v.metrics.headline()),
            lr: job.config.lr_at(st.epoch as f64) * (tr.config.lr as f64 / job.config.lr as f64),
            seconds: epoch_start.elapsed().as_secs_f64(),
        };
        out.send(TrainEvent::Epoch(record.clone()));
        good = capture_state(&tr, &st);
        *last_state.borrow_mut() = Some(good.clone());
        if let Some(v) = &val {
            losses.push((train_loss, v.loss));
            if let Some(d) = flow::diagnose_overfitting(&losses, opts.overfit_patience, st.epoch) {
                if told.insert((d.kind, None)) {
                    out.send(TrainEvent::Diagnostic(d));
                }
            }
            if let Some(es) = job.config.early_stopping {
                if v.loss < st.best_val.unwrap_or(f64::INFINITY) - es.min_delta as f64 {
                    st.best_val = Some(v.loss);
                    st.since_best = 0;
                    good.best_val = st.best_val;
                    good.since_best = 0;
                } else {
                    st.since_best += 1;
                    good.since_best = st.since_best;
                    if st.since_best >= es.patience {
                        out.send(TrainEvent::Finished {
                            reason: FinishReason::EarlyStopped,
                            state: Box::new(good),
                        });
                        return Ok(());
                    }
                }
            }
        }
        if mode == Mode::ToEpochEnd || mode == Mode::OneBatch {
            mode = Mode::Paused;
            out.send(TrainEvent::Paused {
                epoch: st.epoch,
                batch: 0,
            });
        }
    }
    if let Some(r) = boundary {
        // The last picture of a run shows its final weights.
        send_boundary(&mut tr, ds, r, st.epoch, out);
    }
    out.send(TrainEvent::Finished {
        reason: FinishReason::Completed,
        state: Box::new(good),
    });
    Ok(())
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        f64::NAN
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

fn send_boundary(tr: &mut Trainer, ds: &Dataset, r: BoundaryRequest, epoch: u32, out: &Outbox) {
    if let Some(c) = insight::fit_curve(tr, ds, 200) {
        out.send(TrainEvent::Curve(Box::new(c)));
    } else if let Some(g) = insight::boundary(tr, ds, r, epoch) {
        out.send(TrainEvent::Boundary(Box::new(g)));
    }
}

fn fmt_lr(v: f64) -> String {
    if !(1e-4..1e4).contains(&v) {
        return format!("{v:.0e}");
    }
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
