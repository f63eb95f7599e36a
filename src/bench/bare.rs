//! The bare engine's speed on any network and data: `Trainer::train_epoch` in a loop, no
//! worker, no events. The reference the window's training speed is compared with.

use super::BenchError;
use crate::data::Dataset;
use crate::engine::Trainer;
use crate::model::{NetworkSpec, TrainConfig};
use std::time::Instant;

/// Samples per second of the bare engine training `spec` on `dataset`'s training split with
/// `config` (its batch size and optimizer) for at least `secs` seconds, after one warm-up
/// epoch.
pub fn engine_samples_per_s(
    spec: &NetworkSpec,
    dataset: &Dataset,
    config: &TrainConfig,
    secs: f64,
) -> Result<f64, BenchError> {
    let mut tr: Trainer = Trainer::new(spec, &dataset.task, config)?;
    tr.train_epoch(&dataset.train, 0)?;
    let start = Instant::now();
    let mut epochs = 0u32;
    while epochs == 0 || start.elapsed().as_secs_f64() < secs {
        epochs += 1;
        tr.train_epoch(&dataset.train, epochs)?;
    }
    let samples = dataset.train.rows as f64 * epochs as f64;
    Ok(samples / start.elapsed().as_secs_f64().max(1e-9))
}
