//! Starting a run from the window: when the network was edited after training, the run
//! continues from fresh initial weights (from the seed) for the changed layers and the
//! trained weights for the kept ones, with a fresh optimizer. The engine work stays here,
//! below the app.

use super::protocol::TrainState;
use super::worker::{spawn, TrainJob, WorkerHandle};
use crate::engine::{EngineError, Trainer};
use std::sync::Arc;

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The network, loss and settings do not fit together.
    #[error("{0}")]
    Engine(#[from] EngineError),
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
    if let Some(keep) = keep {
        if let Some(trained) = job.resume.take() {
            job.resume = Some(merge_edited(&job, &trained, &keep)?);
        }
    }
    Ok(spawn(job, wake)?)
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
