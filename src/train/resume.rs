//! Starting a run from the window: when the network was edited after training, the run
//! continues from fresh initial weights (from the seed) for the changed layers and the
//! trained weights for the kept ones, with a fresh optimizer. The engine work stays here,
//! below the app.

use super::protocol::{TrainCommand, TrainEvent, TrainState};
use super::worker::{inspect, spawn, TrainJob, WorkerError, WorkerHandle};
use crate::engine::{EngineError, Trainer};
use std::sync::Arc;

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The network, loss and settings do not fit together.
    #[error("{0}")]
    Engine(#[from] EngineError),
    /// The saved state does not fit the job (a stale or damaged state).
    #[error("{0}")]
    Worker(#[from] WorkerError),
    /// No thread could be started.
    #[error("could not start the training thread ({0}); close other programs and try again")]
    Thread(#[from] std::io::Error),
}

/// Starts the worker for `job`. With `keep` (one flag per layer of the edited network),
/// `job.resume` is first merged: kept layers keep their trained weights, the others start
/// fresh, and the optimizer starts over. Blocks while the network is built: call it on a
/// job thread.
pub fn start(
    mut job: TrainJob,
    keep: Option<Vec<bool>>,
    wake: Arc<dyn Fn() + Send + Sync>,
) -> Result<WorkerHandle, StartError> {
    merge_kept(&mut job, keep)?;
    Ok(spawn(job, wake)?)
}

/// Answers insight `commands` (test evaluation, boundary, traces) for a run that is not
/// training, from `job.resume` (merged with `keep` as in [`start`]), without training and
/// without changing the run. Blocks: call it on a job thread.
pub fn look(
    mut job: TrainJob,
    keep: Option<Vec<bool>>,
    commands: &[TrainCommand],
) -> Result<Vec<TrainEvent>, StartError> {
    merge_kept(&mut job, keep)?;
    Ok(inspect(job, commands)?)
}

fn merge_kept(job: &mut TrainJob, keep: Option<Vec<bool>>) -> Result<(), StartError> {
    if let Some(keep) = keep {
        if let Some(trained) = job.resume.take() {
            job.resume = Some(merge_edited(job, &trained, &keep)?);
        }
    }
    Ok(())
}

/// The state to continue from after an edit (see [`start`]).
fn merge_edited(
    job: &TrainJob,
    trained: &TrainState,
    keep: &[bool],
) -> Result<TrainState, StartError> {
    let fresh: Trainer = Trainer::new(&job.spec, &job.dataset.task, &job.config)?;
    let mut weights = fresh.net.weights();
    for (i, layer) in weights.layers.iter_mut().enumerate() {
        if keep.get(i).copied().unwrap_or(false) {
            if let Some(old) = trained.weights.layers.get(i) {
                *layer = old.clone();
            }
        }
    }
    Ok(TrainState {
        weights,
        optimizer: fresh.opt.state(),
        batch_in_epoch: 0,
        epoch_loss_sum: 0.0,
        epoch_samples: 0,
        ..trained.clone()
    })
}
