//! Reference throughput of the training engine (`layerlab bench`): a few fixed networks
//! trained on seeded random data, each reported as the median of several timed runs and
//! compared with a target, plus a plain hand-written dfdx loop for the small MLP so the
//! engine's overhead over dfdx itself can be read as a ratio.

use crate::data::Task;
use crate::engine::{Capture, Trainer};
use crate::model::{parse_layers, LossKind, NetworkSpec, OptimizerKind, Shape, TrainConfig};
use dfdx::optim::Sgd;
use dfdx::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use std::fmt;
use std::time::Instant;

/// How the benchmark runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchOptions {
    /// Timed runs per case; the median is reported (default 5).
    pub runs: usize,
    /// Far fewer steps per run: a smoke test, not a measurement.
    pub quick: bool,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            runs: 5,
            quick: false,
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
    pub worker: crate::train::overhead::OverheadReport,
    /// The worker/engine ratio it should reach (0.9: at most 10 % overhead).
    pub worker_target: f64,
}

/// The ratio of engine to plain-dfdx throughput the engine should reach.
pub const RATIO_TARGET: f64 = 0.9;

const MLP_LAYERS: &str = "dense:128,relu";
const CNN_LAYERS: &str = "conv:8:3,relu,maxpool:2,flatten";
const TINY_LAYERS: &str = "dense:8,tanh,dense:8,tanh";
/// Distinct batches of random data each case cycles through.
const DATA_BATCHES: usize = 8;
const LR: f64 = 0.01;

/// A reference case: network, task and batch, with its target and step counts.
struct Case {
    name: &'static str,
    unit: &'static str,
    input: Shape,
    layers: &'static str,
    outputs: Outputs,
    batch: usize,
    target: f64,
    steps: usize,
}

/// What the network predicts.
#[derive(Clone, Copy)]
enum Outputs {
    /// Class ids in `0..k`, cross-entropy.
    Classes(usize),
    /// `n` real targets, mean squared error.
    Values(usize),
}

/// Seeded random inputs and targets for `batches` batches of `batch` rows.
struct Data {
    x: Vec<f32>,
    y: Vec<f32>,
    n_in: usize,
    y_dim: usize,
    batch: usize,
    batches: usize,
}

impl Data {
    fn new(n_in: usize, outputs: Outputs, batch: usize, seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let rows = batch * DATA_BATCHES;
        let x = (0..rows * n_in)
            .map(|_| rng.gen_range(0.0f32..1.0))
            .collect();
        let (y, y_dim) = match outputs {
            Outputs::Classes(k) => (
                (0..rows)
                    .map(|_| rng.gen_range(0..k.max(1)) as f32)
                    .collect(),
                1,
            ),
            Outputs::Values(n) => (
                (0..rows * n).map(|_| rng.gen_range(-1.0f32..1.0)).collect(),
                n,
            ),
        };
        Data {
            x,
            y,
            n_in,
            y_dim,
            batch,
            batches: DATA_BATCHES,
        }
    }

    /// The `i`-th batch (cycling): inputs and targets.
    fn batch(&self, i: usize) -> (&[f32], &[f32]) {
        let b = i % self.batches;
        let (xs, ys) = (self.batch * self.n_in, self.batch * self.y_dim);
        (&self.x[b * xs..(b + 1) * xs], &self.y[b * ys..(b + 1) * ys])
    }
}

fn task_of(outputs: Outputs) -> Task {
    match outputs {
        Outputs::Classes(k) => Task::Classification {
            classes: (0..k).map(|i| i.to_string()).collect(),
        },
        Outputs::Values(n) => Task::Regression {
            targets: (0..n).map(|i| format!("y{i}")).collect(),
        },
    }
}

/// A trainer for a case, or why it could not be built.
struct EngineRun {
    trainer: Trainer<f32>,
    data: Data,
    next: usize,
}

impl EngineRun {
    fn new(case: &Case, seed: u64) -> Result<Self, String> {
        let layers = parse_layers(case.layers).map_err(|e| e.to_string())?;
        let spec = NetworkSpec::new(case.input, layers);
        let loss = match case.outputs {
            Outputs::Classes(_) => LossKind::CrossEntropy,
            Outputs::Values(_) => LossKind::Mse,
        };
        let cfg = TrainConfig {
            loss: Some(loss),
            optimizer: OptimizerKind::Sgd,
            lr: LR as f32,
            batch_size: case.batch,
            seed,
            ..Default::default()
        };
        let trainer =
            Trainer::new(&spec, &task_of(case.outputs), &cfg).map_err(|e| e.to_string())?;
        let data = Data::new(case.input.numel(), case.outputs, case.batch, seed);
        Ok(EngineRun {
            trainer,
            data,
            next: 0,
        })
    }

    fn steps(&mut self, n: usize) -> Result<(), String> {
        for _ in 0..n {
            let (x, y) = self.data.batch(self.next);
            self.next += 1;
            self.trainer
                .train_batch(x, y, self.data.batch, LR, Capture::None)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

type PlainMlp = (Linear<784, 128>, ReLU, Linear<128, 10>);
type PlainModel = <PlainMlp as BuildOnDevice<Cpu, f32>>::Built;

/// The same MLP as a hand-written dfdx training loop with dfdx's own modules and optimizer.
struct PlainRun {
    dev: Cpu,
    model: PlainModel,
    opt: Sgd<PlainModel, f32, Cpu>,
    grads: Option<Gradients<f32, Cpu>>,
    data: Data,
    next: usize,
}

impl PlainRun {
    fn new(batch: usize, seed: u64) -> Self {
        let dev = Cpu::seed_from_u64(seed);
        let model = dev.build_module::<PlainMlp, f32>();
        let grads = Some(model.alloc_grads());
        let opt = Sgd::new(
            &model,
            SgdConfig {
                lr: LR,
                momentum: None,
                weight_decay: None,
            },
        );
        let data = Data::new(784, Outputs::Classes(10), batch, seed);
        PlainRun {
            dev,
            model,
            opt,
            grads,
            data,
            next: 0,
        }
    }

    fn steps(&mut self, n: usize) -> Result<(), String> {
        let rows = self.data.batch;
        for _ in 0..n {
            let (x, y) = self.data.batch(self.next);
            self.next += 1;
            let x: Tensor<(usize, Const<784>), f32, Cpu> =
                self.dev.tensor_from_vec(x.to_vec(), (rows, Const));
            let mut onehot = vec![0.0f32; rows * 10];
            for (r, &cls) in y.iter().enumerate() {
                onehot[r * 10 + (cls as usize).min(9)] = 1.0;
            }
            let target: Tensor<(usize, Const<10>), f32, Cpu> =
                self.dev.tensor_from_vec(onehot, (rows, Const));
            let grads = match self.grads.take() {
                Some(g) => g,
                None => self.model.alloc_grads(),
            };
            let logits = self.model.forward_mut(x.traced(grads));
            let loss = cross_entropy_with_logits_loss(logits, target);
            let mut grads = loss.backward();
            self.opt
                .update(&mut self.model, &grads)
                .map_err(|e| e.to_string())?;
            self.model.zero_grads(&mut grads);
            self.grads = Some(grads);
        }
        Ok(())
    }
}

/// Times `steps` calls after `warmup` untimed ones; returns calls per second.
fn timed(
    warmup: usize,
    steps: usize,
    mut run: impl FnMut(usize) -> Result<(), String>,
) -> Result<f64, String> {
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

fn cases() -> Vec<Case> {
    let mlp = |name, batch, target, steps| Case {
        name,
        unit: "samples/s",
        input: Shape::Flat(784),
        layers: MLP_LAYERS,
        outputs: Outputs::Classes(10),
        batch,
        target,
        steps,
    };
    vec![
        mlp("MLP 784-128-10 relu, batch 64", 64, 84_000.0, 600),
        mlp("MLP 784-128-10 relu, batch 256", 256, 130_000.0, 250),
        Case {
            name: "CNN 1x28x28 conv 8@3x3, relu, maxpool 2, dense 10, batch 64",
            unit: "samples/s",
            input: Shape::Image { c: 1, h: 28, w: 28 },
            layers: CNN_LAYERS,
            outputs: Outputs::Classes(10),
            batch: 64,
            target: 10_000.0,
            steps: 80,
        },
        Case {
            name: "tiny 2-8-8-1 tanh, MSE, batch 10",
            unit: "steps/s",
            input: Shape::Flat(2),
            layers: TINY_LAYERS,
            outputs: Outputs::Values(1),
            batch: 10,
            target: 80_000.0,
            steps: 30_000,
        },
    ]
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
    let mut engines: Vec<Result<EngineRun, String>> =
        cases.iter().map(|c| EngineRun::new(c, seed)).collect();
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
    let worker = if opts.quick {
        crate::train::overhead::measure(512, 1, 1)
    } else {
        crate::train::overhead::measure(8192, 3, runs.min(3))
    };
    BenchReport {
        cases: results,
        plain_loop_mlp64: plain_med,
        engine_to_plain_ratio: engine_mlp64 / plain_med,
        ratio_target: RATIO_TARGET,
        worker,
        worker_target: RATIO_TARGET,
    }
}

/// A number with thousands separators ("84,000").
fn grouped(v: f64) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    let digits = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if v < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

fn verdict(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "-",
    }
}

impl fmt::Display for BenchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let runs = self.cases.first().map_or(0, |c| c.runs.len());
        writeln!(
            f,
            "Engine throughput (median of {runs} runs, f32, 1 thread)"
        )?;
        writeln!(
            f,
            "{:<62} {:>10} {:>10}  {:<9} {:<6}",
            "case", "median", "target", "unit", "status"
        )?;
        for c in &self.cases {
            writeln!(
                f,
                "{:<62} {:>10} {:>10}  {:<9} {:<6}",
                c.name,
                grouped(c.median),
                c.target.map_or("-".into(), grouped),
                c.unit,
                verdict(c.met)
            )?;
        }
        writeln!(
            f,
            "{:<62} {:>10} {:>10}  {:<9}",
            "plain dfdx loop: MLP 784-128-10 relu, batch 64",
            grouped(self.plain_loop_mlp64),
            "-",
            "samples/s"
        )?;
        let ratio_met = self.engine_to_plain_ratio >= self.ratio_target;
        writeln!(
            f,
            "engine / plain ratio (MLP batch 64): {:.2} (target >= {:.2}) {}",
            self.engine_to_plain_ratio,
            self.ratio_target,
            verdict(Some(ratio_met))
        )?;
        for c in &self.cases {
            let all: Vec<String> = c.runs.iter().map(|&r| grouped(r)).collect();
            writeln!(f, "  runs, {}: {}", c.name, all.join(" "))?;
        }
        writeln!(
            f,
            "worker / engine (MLP batch 64, with events, validation metrics and gradient statistics each epoch): \
             {} vs {} samples/s = {:.2} (target >= {:.2}) {}",
            grouped(self.worker.worker_samples_per_sec),
            grouped(self.worker.engine_samples_per_sec),
            self.worker.ratio,
            self.worker_target,
            verdict(Some(self.worker.ratio >= self.worker_target))
        )?;
        writeln!(
            f,
            "worker / engine without a validation split (events, training metric, gradient statistics only): {:.2} (target >= {:.2}) {}",
            self.worker.ratio_without_validation,
            self.worker_target,
            verdict(Some(self.worker.ratio_without_validation >= self.worker_target))
        )?;
        Ok(())
    }
}
