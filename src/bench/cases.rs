//! The engine's reference cases: fixed networks trained by [`Trainer`] on seeded timing
//! data, cycling through a few batches.

use super::BenchError;
use crate::data::synthetic::prototype_split;
use crate::data::Task;
use crate::engine::{Capture, Trainer};
use crate::model::{
    parse_layers, LossKind, NetworkSpec, OptimizerKind, Shape, Threads, TrainConfig,
};

/// The learning rate of every case (and of the plain loop).
pub(super) const LR: f64 = 0.01;
const MLP_LAYERS: &str = "dense:128,relu";
const CNN_LAYERS: &str = "conv:8:3,relu,maxpool:2,flatten";
/// The network of the PyTorch reference's tiny case (`torch_bench.py tiny`).
const TINY_LAYERS: &str = "dense:8,relu,dense:8,relu";
/// The same with tanh, whose exponentials cost more than the small products themselves.
const TINY_TANH_LAYERS: &str = "dense:8,tanh,dense:8,tanh";
/// Distinct batches of data each case cycles through.
const DATA_BATCHES: usize = 8;
/// Prototypes behind regression targets (each prototype's target is one level in -1..1).
const VALUE_LEVELS: usize = 10;

/// A reference case: network, task and batch, with its target and step counts.
pub(super) struct Case {
    /// What is trained, as reported.
    pub name: &'static str,
    /// "samples/s" or "steps/s".
    pub unit: &'static str,
    /// Input shape.
    pub input: Shape,
    /// Hidden layers in the text form.
    pub layers: &'static str,
    /// What the network predicts.
    pub outputs: Outputs,
    /// Rows per batch.
    pub batch: usize,
    /// Target throughput, in `unit`.
    pub target: f64,
    /// Timed steps per run (a hundredth with `--quick`).
    pub steps: usize,
}

/// What the network predicts.
#[derive(Clone, Copy)]
pub(super) enum Outputs {
    /// Class ids in `0..k`, cross-entropy.
    Classes(usize),
    /// `n` real targets, mean squared error.
    Values(usize),
}

/// The reference cases, in report order (the first is the MLP batch 64 case that the plain
/// loop and the worker are compared with).
pub(super) fn cases() -> Vec<Case> {
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
    let tiny = |name, layers| Case {
        name,
        unit: "steps/s",
        input: Shape::Flat(2),
        layers,
        outputs: Outputs::Values(1),
        batch: 10,
        target: 80_000.0,
        steps: 30_000,
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
        tiny("tiny 2-8-8-1 relu, MSE, batch 10", TINY_LAYERS),
        tiny("tiny 2-8-8-1 tanh, MSE, batch 10", TINY_TANH_LAYERS),
    ]
}

/// Seeded inputs and targets for a few batches of `batch` rows, from the shared timing-data
/// generator ([`prototype_split`]).
pub(super) struct Data {
    x: Vec<f32>,
    y: Vec<f32>,
    n_in: usize,
    y_dim: usize,
    /// Rows per batch.
    pub batch: usize,
}

impl Data {
    /// Data for `n_in` inputs and `outputs`: class ids, or for `n` values each prototype's
    /// level in `-1..1` repeated `n` times.
    pub fn new(n_in: usize, outputs: Outputs, batch: usize, seed: u64) -> Self {
        let classes = match outputs {
            Outputs::Classes(k) => k,
            Outputs::Values(_) => VALUE_LEVELS,
        };
        let split = prototype_split(batch * DATA_BATCHES, n_in, classes, seed);
        let (y, y_dim) = match outputs {
            Outputs::Classes(_) => (split.y, 1),
            Outputs::Values(n) => {
                let top = (VALUE_LEVELS - 1) as f32;
                let y = split
                    .y
                    .iter()
                    .flat_map(|&c| std::iter::repeat_n(c / top * 2.0 - 1.0, n))
                    .collect();
                (y, n)
            }
        };
        Data {
            x: split.x,
            y,
            n_in,
            y_dim,
            batch,
        }
    }

    /// The `i`-th batch (cycling): inputs and targets.
    pub fn batch(&self, i: usize) -> (&[f32], &[f32]) {
        let b = i % DATA_BATCHES;
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

/// A case's trainer and data.
pub(super) struct EngineRun {
    trainer: Trainer<f32>,
    data: Data,
    next: usize,
}

impl EngineRun {
    /// Builds the case's network (SGD, the case's loss) and data.
    pub fn new(case: &Case, seed: u64, threads: Threads) -> Result<Self, BenchError> {
        let spec = NetworkSpec::new(case.input, parse_layers(case.layers)?);
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
            threads,
            ..Default::default()
        };
        let trainer = Trainer::new(&spec, &task_of(case.outputs), &cfg)?;
        let data = Data::new(case.input.numel(), case.outputs, case.batch, seed);
        Ok(EngineRun {
            trainer,
            data,
            next: 0,
        })
    }

    /// Trains `n` batches.
    pub fn steps(&mut self, n: usize) -> Result<(), BenchError> {
        for _ in 0..n {
            let (x, y) = self.data.batch(self.next);
            self.next += 1;
            self.trainer
                .train_batch(x, y, self.data.batch, LR, Capture::None)?;
        }
        Ok(())
    }
}
