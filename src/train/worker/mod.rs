//! The training worker: a named thread that owns the network, trains batch by batch,
//! obeys commands between batches and reports events. A panic inside training becomes a
//! `Failed` event; the caller keeps running.
//!
//! This file starts the thread and holds the caller's end; `run.rs` is the `Worker`
//! loop (epochs, batches, NaN recovery, the end of an epoch), `commands.rs` what it does
//! between batches, `report.rs` its flow, progress and boundary events, and `state.rs` the
//! exact training state it saves and restores.

mod commands;
mod inspect;
mod report;
mod run;
mod state;

use super::protocol::{TrainCommand, TrainEvent, TrainState};
use crate::data::Dataset;
use crate::engine::EngineError;
use crate::model::{NetworkSpec, Shape, TrainConfig};
pub use inspect::{inspect, is_look};
use run::Worker;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Most replay snapshots a window keeps of one run (the worker halves its rate each time
/// it has sent half as many).
pub const REPLAY_FRAMES: u32 = 256;

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
    /// Follow the configuration's pace (the window); otherwise train at full speed (the
    /// command line, benchmarks).
    pub paced: bool,
    /// Least time between two end-of-epoch flow reports while simply running (zero: every
    /// epoch). Tiny datasets run thousands of epochs a second; a window needs a few.
    pub flow_interval: Duration,
    /// Time the decision boundary may take, as a share of the worker's time (its pictures
    /// are spaced out to keep within it).
    pub boundary_share: f64,
    /// Send the weights at the end of epochs for the replay timeline (the window): every
    /// epoch at first, then every 2nd, 4th … so a run sends a few hundred at most. Only for
    /// networks up to `snapshot_max_params`.
    pub replay: bool,
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
            paced: false,
            flow_interval: Duration::ZERO,
            boundary_share: 0.1,
            replay: false,
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
        let result = catch_unwind(AssertUnwindSafe(|| {
            Worker::new(job, &cmd_rx, &out, &stop2, &last_state).and_then(Worker::run)
        }));
        match result {
            Ok(Ok(())) => {}
            Ok(Err(e)) => out.send(TrainEvent::Failed { message: e.to_string(), state: last_state.take().map(Box::new) }),
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

/// Why a run could not start or go on (sent as the message of a `Failed` event).
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// The network's input does not fit the data.
    #[error("the network expects inputs of shape {network} but the data has {data}; set the input shape from the data")]
    InputShape {
        /// The network's input shape.
        network: Shape,
        /// The data's input shape.
        data: Shape,
    },
    /// No training rows.
    #[error("the training split is empty; load data or lower the validation/test ratios")]
    EmptyTraining,
    /// A continued run's position is past the end of an epoch of this data.
    #[error(
        "the saved position (batch {batch} of epoch {epoch}) does not fit this data's {batches} batches per epoch (was the batch size or the data changed?); \
         keep the saved batch size, or Reset and train again"
    )]
    SavedPosition {
        /// Batches completed in the saved epoch.
        batch: u32,
        /// The saved epoch, 1-based.
        epoch: u32,
        /// Batches per epoch of this data.
        batches: u32,
    },
    /// The engine could not build, restore or train the network.
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// The worker's sending end: every event is followed by the caller's `notify`.
struct Outbox {
    tx: Sender<TrainEvent>,
    notify: Arc<dyn Fn() + Send + Sync>,
}

impl Outbox {
    /// Sends an event (ignored if the caller has gone) and notifies.
    fn send(&self, ev: TrainEvent) {
        let _ = self.tx.send(ev);
        (self.notify)();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_as_before() {
        let e = WorkerError::SavedPosition {
            batch: 7,
            epoch: 3,
            batches: 5,
        };
        assert_eq!(
            e.to_string(),
            "the saved position (batch 7 of epoch 3) does not fit this data's 5 batches per epoch \
             (was the batch size or the data changed?); keep the saved batch size, or Reset and train again"
        );
        let e = WorkerError::InputShape {
            network: Shape::Flat(3),
            data: Shape::Flat(2),
        };
        assert!(e
            .to_string()
            .starts_with("the network expects inputs of shape "));
        let e = WorkerError::Engine(EngineError::Data("x".into()));
        assert_eq!(e.to_string(), EngineError::Data("x".into()).to_string());
    }

    #[test]
    fn learning_rates_print_short() {
        assert_eq!(report::fmt_lr(0.001), "0.001");
        assert_eq!(report::fmt_lr(0.1), "0.1");
        assert_eq!(report::fmt_lr(0.00001), "1e-5");
    }
}
