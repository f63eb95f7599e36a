//! Measures what the worker costs on top of the engine: the same network, data and
//! settings trained by a bare `Trainer::train_epoch` loop and by the worker (with events,
//! per-epoch validation metrics and gradient statistics), in the same process, on the seeded
//! timing data.

use crate::data::synthetic::{timing_split, TIMING_CLASSES, TIMING_FEATURES};
use crate::data::{Dataset, Split, Task};
use crate::engine::Trainer;
use crate::model::{parse_layers, NetworkSpec, OptimizerKind, Shape, TrainConfig};
use crate::train::{spawn, TrainEvent, TrainJob, WorkerOptions};
use serde::Serialize;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Throughput of the bare engine loop and of the worker on the MLP reference case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverheadReport {
    /// Samples per second of `Trainer::train_epoch` (median of runs).
    pub engine_samples_per_sec: f64,
    /// Samples per second of the worker, counting everything it does per epoch.
    pub worker_samples_per_sec: f64,
    /// worker / engine (1.0 = no overhead; the target is at least 0.9).
    pub ratio: f64,
    /// The same without a validation split: what events, training metrics and gradient
    /// statistics alone cost (the validation pass is a forward pass over 21 % more rows).
    pub ratio_without_validation: f64,
}

/// Trains MLP 784-128-10 (batch 64, SGD) for `epochs` epochs of `rows` samples both ways,
/// `runs` times alternating, and reports the medians.
pub fn measure(rows: usize, epochs: u32, runs: usize) -> OverheadReport {
    let (engine, worker) = measure_with(rows, rows * 15 / 70, epochs, runs);
    let (engine_nv, worker_nv) = measure_with(rows, 0, epochs, runs);
    OverheadReport {
        engine_samples_per_sec: engine,
        worker_samples_per_sec: worker,
        ratio: worker / engine,
        ratio_without_validation: worker_nv / engine_nv,
    }
}

/// Medians of (engine, worker) samples/s with `val_rows` validation rows.
fn measure_with(rows: usize, val_rows: usize, epochs: u32, runs: usize) -> (f64, f64) {
    let ds = Arc::new(Dataset {
        name: "timing-784".into(),
        feature_names: (0..TIMING_FEATURES).map(|i| format!("p{i}")).collect(),
        input_shape: Shape::Flat(TIMING_FEATURES),
        task: Task::Classification {
            classes: (0..TIMING_CLASSES).map(|i| i.to_string()).collect(),
        },
        train: timing_split(rows, 1),
        val: timing_split(val_rows, 2),
        test: Split::default(),
        target_scale: Default::default(),
        plane: None,
    });
    let spec = NetworkSpec::new(
        Shape::Flat(TIMING_FEATURES),
        parse_layers("dense:128,relu").unwrap_or_default(),
    );
    let cfg = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 0.01,
        batch_size: 64,
        epochs,
        ..Default::default()
    };
    let samples = (rows * epochs as usize) as f64;
    let (mut engine, mut worker) = (Vec::new(), Vec::new());
    for _ in 0..runs.max(1) {
        if let Ok(mut tr) = Trainer::<f32>::new(&spec, &ds.task, &cfg) {
            let t = Instant::now();
            for e in 0..epochs {
                let _ = tr.train_epoch(&ds.train, e);
            }
            engine.push(samples / t.elapsed().as_secs_f64());
        }
        let job = TrainJob {
            spec: spec.clone(),
            dataset: ds.clone(),
            config: cfg.clone(),
            resume: None,
            options: WorkerOptions::default(),
        };
        if let Ok(h) = spawn(job, Arc::new(|| {})) {
            let mut start = None;
            let deadline = Instant::now() + Duration::from_secs(600);
            while Instant::now() < deadline {
                match h.recv_timeout(Duration::from_millis(50)) {
                    Some(TrainEvent::Started { .. }) => start = Some(Instant::now()),
                    Some(TrainEvent::Finished { .. }) | Some(TrainEvent::Failed { .. }) => break,
                    _ => {}
                }
            }
            if let Some(s) = start {
                worker.push(samples / s.elapsed().as_secs_f64());
            }
        }
    }
    let med = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    (med(engine), med(worker))
}
