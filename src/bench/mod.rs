//! Reference throughput of the training engine (`layerlab bench`): a few fixed networks
//! trained on seeded timing data ([`crate::data::synthetic`]), each reported as the median
//! of several timed runs and compared with a target, plus a plain hand-written dfdx loop for
//! the small MLP so the engine's overhead over dfdx itself can be read as a ratio, and the
//! training worker's own cost on top of the engine.
//!
//! `cases.rs` holds the reference cases, `plain.rs` the plain dfdx loop, [`overhead`] the
//! worker measure and `report.rs` the printed report.

mod bare;
mod cases;
pub mod gemm;
pub mod overhead;
mod plain;
mod report;

pub use bare::engine_samples_per_s;
pub use overhead::OverheadReport;

use crate::engine::EngineError;
use crate::model::{TextError, Threads};
use cases::{cases, EngineRun};
use dfdx::optim::OptimizerUpdateError;
use dfdx::tensor::CpuError;
use plain::PlainRun;
use serde::Serialize;
use std::time::Instant;

/// Why a benchmark case could not run (its throughput is then reported as NaN).
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// The case's layers do not parse.
    #[error("the case's layers: {0}")]
    Layers(#[from] TextError),
    /// The engine could not build or train the case.
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// The plain dfdx loop's optimizer failed.
    #[error("plain dfdx loop: {0}")]
    Plain(#[from] OptimizerUpdateError<CpuError>),
}

/// How the benchmark runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchOptions {
    /// Timed runs per case; the median is reported (default 5).
    pub runs: usize,
    /// Far fewer steps per run: a smoke test, not a measurement.
    pub quick: bool,
    /// Threads for the engine's matrix products (1: as the PyTorch reference runs).
    pub threads: Threads,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            runs: 5,
            quick: false,
            threads: Threads::Count(1),
        }
    }
}

/// The throughput of one reference case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseResult {
    /// What was trained ("MLP 784-128-10, batch 64" …).
    pub name: String,
    /// "samples/s" or "steps/s".
    pub unit: &'static str,
    /// Median over the runs (NaN when the case could not run).
    pub median: f64,
    /// Every run's throughput, in run order.
    pub runs: Vec<f64>,
    /// The target throughput, if the case has one.
    pub target: Option<f64>,
    /// Whether the median reaches the target.
    pub met: Option<bool>,
}

/// Everything one benchmark produced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BenchReport {
    /// The engine's reference cases.
    pub cases: Vec<CaseResult>,
    /// Median samples/s of the plain dfdx loop on the MLP, batch 64 case.
    pub plain_loop_mlp64: f64,
    /// Engine MLP batch 64 median divided by the plain loop's median.
    pub engine_to_plain_ratio: f64,
    /// The ratio the engine should reach (0.9).
    pub ratio_target: f64,
    /// The training worker (events, validation metrics, gradient statistics every epoch)
    /// against the bare engine loop on the MLP batch 64 case.
    pub worker: OverheadReport,
    /// The worker/engine ratio it should reach (0.9: at most 10 % overhead).
    pub worker_target: f64,
    /// The thread choice the cases ran with (`auto` or a count).
    pub threads: String,
    /// The matrix-product kernels picked for this processor at run time.
    pub kernels: &'static str,
    /// The matrix product alone, at the MLP's shapes and 1024³.
    pub gemm: Vec<gemm::GemmResult>,
}

/// The ratio of engine to plain-dfdx throughput the engine should reach.
pub const RATIO_TARGET: f64 = 0.9;

/// Times `steps` calls after `warmup` untimed ones; returns calls per second.
fn timed(
    warmup: usize,
    steps: usize,
    mut run: impl FnMut(usize) -> Result<(), BenchError>,
) -> Result<f64, BenchError> {
    run(warmup)?;
    let start = Instant::now();
    run(steps)?;
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    Ok(steps as f64 / secs)
}

fn median(v: &[f64]) -> f64 {
    let mut s: Vec<f64> = v.iter().copied().filter(|x| !x.is_nan()).collect();
    if s.is_empty() {
        return f64::NAN;
    }
    s.sort_by(f64::total_cmp);
    let m = s.len() / 2;
    if s.len() % 2 == 1 {
        s[m]
    } else {
        (s[m - 1] + s[m]) / 2.0
    }
}

/// Runs every reference case and the plain dfdx loop, interleaved run by run so that
/// machine noise hits all of them alike, and reports medians against the targets.
pub fn run_engine_bench(opts: &BenchOptions) -> BenchReport {
    let runs = opts.runs.max(1);
    let cases = cases();
    let steps_of = |full: usize| {
        if opts.quick {
            (full / 100).max(2)
        } else {
            full
        }
    };
    let seed = 7;
    let mut engines: Vec<Result<EngineRun, BenchError>> = cases
        .iter()
        .map(|c| EngineRun::new(c, seed, opts.threads))
        .collect();
    let mut plain = PlainRun::new(64, seed);
    let mut samples: Vec<Vec<f64>> = vec![Vec::new(); cases.len()];
    let mut plain_samples = Vec::new();
    for _ in 0..runs {
        for (i, case) in cases.iter().enumerate() {
            let steps = steps_of(case.steps);
            let warmup = (steps / 10).max(1);
            let per_step = if case.unit == "steps/s" {
                1.0
            } else {
                case.batch as f64
            };
            let rate = match engines[i].as_mut() {
                Ok(e) => timed(warmup, steps, |n| e.steps(n)).unwrap_or(f64::NAN),
                Err(_) => f64::NAN,
            };
            samples[i].push(rate * per_step);
            if i == 0 {
                // The plain loop right after the engine's MLP batch 64 run.
                let rate = timed(warmup, steps, |n| plain.steps(n)).unwrap_or(f64::NAN);
                plain_samples.push(rate * 64.0);
            }
        }
    }
    let results: Vec<CaseResult> = cases
        .iter()
        .zip(samples)
        .map(|(case, runs)| {
            let m = median(&runs);
            CaseResult {
                name: case.name.to_string(),
                unit: case.unit,
                median: m,
                runs,
                target: Some(case.target),
                met: Some(m >= case.target),
            }
        })
        .collect();
    let plain_med = median(&plain_samples);
    let engine_mlp64 = results.first().map_or(f64::NAN, |r| r.median);
    let gemm = gemm::measure(
        opts.threads.resolve(usize::MAX, cores()),
        if opts.quick { 3 } else { 51 },
        opts.quick,
    );
    let worker = if opts.quick {
        overhead::measure(512, 1, 1)
    } else {
        overhead::measure(8192, 3, runs.min(3))
    };
    BenchReport {
        cases: results,
        plain_loop_mlp64: plain_med,
        engine_to_plain_ratio: engine_mlp64 / plain_med,
        ratio_target: RATIO_TARGET,
        worker,
        worker_target: RATIO_TARGET,
        threads: opts.threads.to_string(),
        kernels: crate::engine::tensor::gemm_kernels(),
        gemm,
    }
}

/// The processor's cores.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}
