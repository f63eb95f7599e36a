//! Looking without training: answers the insight commands (evaluate the test split, draw
//! the boundary, trace a sample) for a stopped or finished run, on the caller's thread,
//! with the same code a running worker uses. Nothing trains and nothing of the run's state
//! changes, so looking never changes the run.

use super::run::Worker;
use super::{Outbox, TrainJob, WorkerError};
use crate::train::protocol::{TrainCommand, TrainEvent};
use std::cell::RefCell;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::channel;
use std::sync::Arc;

/// Builds the job's network from its saved state, answers `commands` in order and returns
/// the events they produced. Commands that would train or change the run (pause, step,
/// learning rate…) are ignored. Blocks while it works: call it on a job thread.
pub fn inspect(job: TrainJob, commands: &[TrainCommand]) -> Result<Vec<TrainEvent>, WorkerError> {
    let (_cmd_tx, cmd_rx) = channel();
    let (tx, rx) = channel();
    let out = Outbox {
        tx,
        notify: Arc::new(|| {}),
    };
    let stop = AtomicBool::new(false);
    let last_state = RefCell::new(None);
    let mut worker = Worker::new(job, &cmd_rx, &out, &stop, &last_state)?;
    for cmd in commands {
        if is_look(cmd) {
            worker.handle(cmd.clone());
        }
    }
    drop(worker);
    drop(out);
    Ok(rx.try_iter().collect())
}

/// Whether a command only looks (answers without changing the run).
pub fn is_look(cmd: &TrainCommand) -> bool {
    matches!(
        cmd,
        TrainCommand::EvaluateTest
            | TrainCommand::SetBoundary(Some(_))
            | TrainCommand::TraceSample(_)
            | TrainCommand::TraceTest(_)
    )
}
