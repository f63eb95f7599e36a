//! The training run as the window sees it: the worker handle, its phase, progress
//! counters, the weights to continue from and the loss history.

use super::data::{DataOrigin, DataState};
use super::eta::Eta;
use super::history::LossHistory;
use crate::data::DataConfig;
use crate::model::Resolved;
use crate::session::History;
use crate::train::{FinishReason, TrainCommand, TrainEvent, TrainState, WorkerHandle};
use std::time::Instant;

/// Where the run stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Nothing running (fresh, or reset).
    Idle,
    /// A worker is being started.
    Starting,
    /// Training.
    Running,
    /// Paused between batches.
    Paused,
    /// Stop was asked; waiting for the final state.
    Stopping,
    /// The run ended.
    Finished(FinishReason),
    /// The run failed (the message is in the notice).
    Failed,
}

impl Phase {
    /// A short word for the status bar, in the window's language.
    pub fn label(&self) -> String {
        use crate::tr;
        match self {
            Phase::Idle => tr!("app-phase-ready"),
            Phase::Starting => tr!("app-phase-starting"),
            Phase::Running => tr!("app-phase-training"),
            Phase::Paused => tr!("app-phase-paused"),
            Phase::Stopping => tr!("app-phase-stopping"),
            Phase::Finished(FinishReason::Completed) => tr!("app-phase-done"),
            Phase::Finished(FinishReason::Stopped) => tr!("app-phase-stopped"),
            Phase::Finished(FinishReason::EarlyStopped) => tr!("app-phase-stopped-early"),
            Phase::Failed => tr!("app-phase-failed"),
        }
    }

    /// Whether a worker is alive (starting, running, paused or stopping).
    pub fn is_active(&self) -> bool {
        matches!(
            self,
            Phase::Starting | Phase::Running | Phase::Paused | Phase::Stopping
        )
    }
}

/// The data a run trains on: where the table came from and how it was prepared. A run
/// belongs to its data: other data (or another preparation) starts a new run, and a ghost
/// of a run is overlaid only on data from the same source with the same target.
#[derive(Debug, Clone, PartialEq)]
pub struct RunData {
    /// Where the table came from (a built-in with its size, noise and seed; a file; …).
    pub origin: DataOrigin,
    /// How it was prepared (target, scaling, split, …).
    pub config: DataConfig,
}

impl RunData {
    /// The data in use, `None` while there is no prepared dataset.
    pub fn of(data: &DataState) -> Option<RunData> {
        data.dataset.as_ref()?;
        Some(RunData {
            origin: data.origin.clone()?,
            config: data.config.clone(),
        })
    }

    /// Whether a run on `self` can be compared with one on `other`: the same built-in kind
    /// (any size or noise), the same file or the timing table, predicting the same target.
    pub fn comparable(&self, other: &RunData) -> bool {
        let same_source = match (&self.origin, &other.origin) {
            (DataOrigin::Builtin(a), DataOrigin::Builtin(b)) => a.kind == b.kind,
            (a, b) => a == b,
        };
        same_source && self.config.target == other.config.target
    }

    /// A short name for legends ("built-in moons", "iris.csv").
    pub fn label(&self) -> String {
        self.origin.label()
    }
}

/// What the app learns from one event besides the counters.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing to tell the user.
    Quiet,
    /// A diagnostic to show in the status bar.
    Diagnostic(String),
    /// The run failed with this message.
    Failed(String),
    /// The run ended normally.
    Finished(FinishReason),
}

/// The training side of the app.
pub struct Training {
    worker: Option<WorkerHandle>,
    /// Counts the states received from the worker (a save waits for a newer one).
    pub state_version: u64,
    /// Where the run stands.
    pub phase: Phase,
    /// Current epoch (1-based while running; epochs completed when idle).
    pub epoch: u32,
    /// Batches done in the current epoch.
    pub batch: u32,
    /// Batches per epoch.
    pub batches_per_epoch: u32,
    /// Epoch the run trains to.
    pub total_epochs: u32,
    /// Global step.
    pub step: u64,
    /// Throughput of the last progress report.
    pub samples_per_sec: f64,
    /// Learning rate in use.
    pub lr: f64,
    /// Learnable parameters of the running network.
    pub params: usize,
    /// Weights (and optimizer state) to continue from.
    pub state: Option<TrainState>,
    /// The network `state` belongs to.
    pub state_net: Option<Resolved>,
    /// The network being trained now (becomes `state_net` when its state arrives).
    pub running_net: Option<Resolved>,
    /// Loss history for the plots.
    pub history: LossHistory,
    /// History as sessions save it.
    pub saved: History,
    /// The time-left estimate.
    pub eta: Eta,
    /// The clock the estimate reads (seconds since this instant).
    clock: Instant,
    /// Commands to send as soon as the worker is up.
    pub pending: Vec<TrainCommand>,
    /// Increments with every start, so results of an abandoned start are ignored.
    pub start_gen: u64,
    /// Whether something changed that a save should include.
    pub unsaved: bool,
    /// What the insight views draw (flow, boundary, test detail, traces, ghosts).
    pub insight: super::insight::Insight,
    /// The data this run trains on (set when it starts or is opened; `None` before).
    pub data: Option<RunData>,
    /// The weights of past epochs, for the replay timeline.
    pub replay: super::replay::Replay,
}

impl Default for Training {
    fn default() -> Self {
        Training {
            worker: None,
            state_version: 0,
            phase: Phase::Idle,
            epoch: 0,
            batch: 0,
            batches_per_epoch: 0,
            total_epochs: 0,
            step: 0,
            samples_per_sec: 0.0,
            lr: 0.0,
            params: 0,
            state: None,
            state_net: None,
            running_net: None,
            history: LossHistory::default(),
            saved: History::default(),
            eta: Eta::default(),
            clock: Instant::now(),
            pending: Vec::new(),
            start_gen: 0,
            unsaved: false,
            insight: Default::default(),
            data: None,
            replay: Default::default(),
        }
    }
}

impl Training {
    /// Attaches a freshly started worker and sends the commands queued meanwhile.
    pub fn attach(&mut self, worker: WorkerHandle) {
        for c in self.pending.drain(..) {
            worker.send(c);
        }
        self.worker = Some(worker);
        if self.phase == Phase::Starting {
            self.phase = Phase::Running;
        }
        self.eta.reset();
    }

    /// Sends a command now, or queues it while the worker starts.
    pub fn send(&mut self, cmd: TrainCommand) {
        match &self.worker {
            Some(w) => w.send(cmd),
            None if self.phase == Phase::Starting => self.pending.push(cmd),
            None => {}
        }
    }

    /// Takes the worker out after asking it to stop, so that the caller can join it off the
    /// UI thread (dropping a handle joins its thread).
    pub fn detach(&mut self) -> Option<WorkerHandle> {
        let w = self.worker.take()?;
        w.send(TrainCommand::Stop);
        if self.phase.is_active() {
            self.phase = Phase::Finished(FinishReason::Stopped);
        }
        Some(w)
    }

    /// Stops and joins the worker (used when the window closes).
    pub fn shutdown(&mut self) {
        if let Some(mut w) = self.worker.take() {
            w.stop_and_join();
            for ev in w.try_events() {
                self.apply(&ev);
            }
        }
        if self.phase.is_active() {
            self.phase = Phase::Finished(FinishReason::Stopped);
        }
    }

    /// Drains the worker's events into the counters and history.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let Some(w) = &self.worker else {
            return Vec::new();
        };
        let events = w.try_events();
        let finished = w.is_finished();
        let mut out: Vec<Outcome> = events.iter().map(|ev| self.apply(ev)).collect();
        if finished && self.phase.is_active() {
            // The thread ended; collect anything sent just before it did.
            if let Some(w) = self.worker.take() {
                out.extend(w.try_events().iter().map(|ev| self.apply(ev)));
            }
            if self.phase.is_active() {
                self.phase = Phase::Failed;
                out.push(Outcome::Failed(crate::tr!("app-training-thread-ended")));
            }
        } else if !self.phase.is_active() {
            // Finished or failed: join the thread off the UI thread (it is ending anyway).
            if let Some(w) = self.worker.take() {
                let joined = std::thread::Builder::new()
                    .name("layerlab-join".into())
                    .spawn(move || drop(w));
                if let Err(e) = joined {
                    // Could not start a thread: the handle was dropped with the closure.
                    out.push(Outcome::Diagnostic(crate::tr!(
                        "app-join-thread-failed",
                        error = e.to_string()
                    )));
                }
            }
        }
        out.retain(|o| *o != Outcome::Quiet);
        out
    }

    /// Applies one event.
    pub fn apply(&mut self, ev: &TrainEvent) -> Outcome {
        self.history.apply(ev);
        self.saved.apply(ev);
        self.insight.apply(ev);
        match ev {
            TrainEvent::Started {
                total_epochs,
                batches_per_epoch,
                params,
            } => {
                self.total_epochs = *total_epochs;
                self.batches_per_epoch = *batches_per_epoch;
                self.params = *params;
                self.eta.reset();
                if self.phase == Phase::Starting {
                    self.phase = Phase::Running;
                }
            }
            TrainEvent::Progress {
                epoch,
                batch,
                step,
                samples_per_sec,
                lr,
                ..
            } => {
                self.eta.observe(self.now(), *step as f64);
                self.epoch = *epoch;
                self.batch = *batch;
                self.step = *step;
                self.samples_per_sec = *samples_per_sec;
                self.lr = *lr;
                self.unsaved = true;
            }
            TrainEvent::Epoch(rec) => {
                self.epoch = rec.epoch;
                self.batch = self.batches_per_epoch;
                self.step = rec.step;
                self.eta.observe(self.now(), rec.step as f64);
                self.unsaved = true;
            }
            TrainEvent::Paused { epoch, batch } => {
                self.eta.restart_clock();
                if self.phase != Phase::Stopping {
                    self.phase = Phase::Paused;
                }
                if *batch == 0 {
                    self.epoch = *epoch;
                    self.batch = self.batches_per_epoch;
                } else {
                    self.epoch = epoch + 1;
                    self.batch = *batch;
                }
            }
            TrainEvent::Resumed => {
                if self.phase == Phase::Paused {
                    self.phase = Phase::Running;
                }
                self.eta.restart_clock();
            }
            TrainEvent::LrChanged { lr, .. } => self.lr = *lr as f64,
            TrainEvent::Snapshot { epoch, weights } => {
                let flow = self.insight.flow.clone();
                self.replay.push(*epoch, (**weights).clone(), flow);
            }
            TrainEvent::Diagnostic(d) => {
                return Outcome::Diagnostic(format!("{} — try: {}", d.message, d.tip));
            }
            TrainEvent::State(st) => {
                self.keep_state(st);
            }
            TrainEvent::Finished { reason, state } => {
                self.keep_state(state);
                // Stopped inside an epoch: that epoch is the current one (as when paused).
                self.epoch = if state.batch_in_epoch > 0 {
                    state.epoch + 1
                } else {
                    state.epoch
                };
                self.phase = Phase::Finished(*reason);
                return Outcome::Finished(*reason);
            }
            TrainEvent::Failed { message, state } => {
                if let Some(st) = state {
                    self.keep_state(st);
                }
                self.phase = Phase::Failed;
                return Outcome::Failed(message.clone());
            }
            _ => {}
        }
        Outcome::Quiet
    }

    fn keep_state(&mut self, st: &TrainState) {
        // The same weights again (an autosave or a second save asked while paused) are no
        // change: a document saved a moment ago must not ask to be saved again on quit.
        let changed = self.state.as_ref() != Some(st);
        self.state = Some(st.clone());
        self.state_version += 1;
        if let Some(net) = &self.running_net {
            self.state_net = Some(net.clone());
        }
        self.unsaved |= changed;
    }

    /// Whether there is a run to speak of: weights, history, or a live worker.
    pub fn has_run(&self) -> bool {
        self.state.is_some() || !self.history.is_empty() || self.phase.is_active()
    }

    /// Forgets weights, history and the epoch counter (after stopping the worker): the next
    /// Train starts a new run. Ghosts and the watched views are kept.
    pub fn reset(&mut self) {
        if let Some(w) = self.detach() {
            drop(w);
        }
        *self = Training {
            start_gen: self.start_gen + 1,
            insight: self.insight.carry_over(),
            ..Training::default()
        };
    }

    /// Seconds on the estimate's clock.
    fn now(&self) -> f64 {
        self.clock.elapsed().as_secs_f64()
    }

    /// Estimated seconds left in the run (once a tenth of it is done).
    pub fn seconds_left(&self) -> Option<f64> {
        if self.total_epochs == 0 || self.batches_per_epoch == 0 {
            return None;
        }
        let total = self.total_epochs as f64 * self.batches_per_epoch as f64;
        self.eta.seconds_left(self.now(), total)
    }

    /// Fraction of the current epoch done (0..=1).
    pub fn epoch_fraction(&self) -> f32 {
        if self.batches_per_epoch == 0 {
            0.0
        } else {
            (self.batch as f32 / self.batches_per_epoch as f32).clamp(0.0, 1.0)
        }
    }
}
