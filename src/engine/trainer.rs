//! A network, its optimizer and loss, trained one batch at a time. The worker and the
//! benchmark drive it; it knows nothing of threads or events.

use super::error::EngineError;
use super::loss;
use super::net::{Network, Recorded};
use super::optim::{Capture, Optimizer, ParamStats};
use super::tensor::{c, set_gemm_threads, upload, Float, Mat};
use crate::model::loss as rules;
use crate::model::{Head, LossKind, NetworkSpec, Split, Task, TrainConfig};
use dfdx::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// What one batch produced.
#[derive(Debug, Clone, Default)]
pub struct BatchOutcome {
    /// Mean loss over the batch (before the update).
    pub loss: f64,
    /// False when the loss was not finite and no update was made.
    pub updated: bool,
    /// Per-parameter statistics, when captured.
    pub params: Vec<ParamStats>,
    /// Layer outputs, when captured.
    pub recorded: Option<Recorded>,
    /// The network's raw outputs for the batch (rows × units), for running metrics.
    pub outputs: Vec<f32>,
}

/// Trains a network on a task.
#[derive(Debug, Clone)]
pub struct Trainer<E: Float = f32> {
    /// The network.
    pub net: Network<E>,
    /// Its optimizer.
    pub opt: Optimizer<E>,
    /// The training settings.
    pub config: TrainConfig,
    /// The loss in use.
    pub loss: LossKind,
    /// The task (classes or targets).
    pub task: Task,
    shuffle_rng: ChaCha8Rng,
    xbuf: Vec<E>,
    /// Threads the matrix products use (the configuration's choice, resolved).
    threads: usize,
}

fn shuffle_rng(seed: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(u64::MAX - 2);
    rng
}

impl<E: Float> Trainer<E>
where
    Cpu: Device<E>,
{
    /// Builds the network (head from the task and loss) and a fresh optimizer.
    pub fn new(spec: &NetworkSpec, task: &Task, config: &TrainConfig) -> Result<Self, EngineError> {
        config.validate()?;
        let loss = config.loss.unwrap_or_else(|| rules::default_for(task));
        let units = rules::output_units(loss, task)?;
        let net = Network::new(spec, Head { units }, config.init, config.seed)?;
        let opt = Optimizer::new(config.optimizer, &net.layers);
        let work = net
            .layers
            .iter()
            .map(|l| l.product_work())
            .max()
            .unwrap_or(0);
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let threads = config
            .threads
            .resolve(work.saturating_mul(config.batch_size.max(1)), cores);
        set_gemm_threads(threads);
        Ok(Trainer {
            net,
            opt,
            config: config.clone(),
            loss,
            task: task.clone(),
            shuffle_rng: shuffle_rng(config.seed),
            xbuf: Vec::new(),
            threads,
        })
    }

    /// Threads the matrix products use.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// A shuffled order of `n` sample indices for one epoch (from the seeded stream).
    pub fn epoch_order(&mut self, n: usize) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let j = self.shuffle_rng.gen_range(0..=i);
            idx.swap(i, j);
        }
        idx
    }

    /// Positions of the random streams (shuffle, dropout) for exact continuation.
    pub fn rng_state(&self) -> (u128, u128) {
        (self.shuffle_rng.get_word_pos(), self.net.dropout_word_pos())
    }

    /// Restores positions saved by [`Trainer::rng_state`].
    pub fn set_rng_state(&mut self, state: (u128, u128)) {
        self.shuffle_rng.set_word_pos(state.0);
        self.net.set_dropout_word_pos(state.1);
    }

    /// One forward/backward/update step on a row-major batch. `y` holds class ids or values.
    pub fn train_batch(
        &mut self,
        x: &[f32],
        y: &[f32],
        rows: usize,
        lr: f64,
        capture: Capture,
    ) -> Result<BatchOutcome, EngineError> {
        set_gemm_threads(self.threads);
        let n_in = self.net.input_len();
        if rows == 0 || x.len() < rows * n_in {
            return Err(EngineError::Data(format!(
                "a batch of {rows} rows needs {} values, got {}",
                rows * n_in,
                x.len()
            )));
        }
        self.xbuf.clear();
        self.xbuf
            .extend(x[..rows * n_in].iter().map(|&v| c::<E>(v as f64)));
        let input = self.net.input_slice(&self.xbuf, rows);
        let mut recorded = (capture != Capture::None).then(Recorded::default);
        let out = self.net.forward_opt(input, true, recorded.as_mut(), false);
        let outputs: Vec<f32> = out
            .as_vec()
            .iter()
            .map(|v| v.to_f32().unwrap_or(f32::NAN))
            .collect();
        let units = self.net.output_len();
        let target: Mat<E> = upload(
            self.net.device(),
            &loss::target_matrix::<E>(self.loss, &self.task, y, rows, units),
            (rows, units),
        );
        let l = loss::compute(self.loss, out, target);
        let value = l.array().to_f64().unwrap_or(f64::NAN);
        if !value.is_finite() {
            return Ok(BatchOutcome {
                loss: value,
                updated: false,
                params: Vec::new(),
                recorded,
                outputs,
            });
        }
        let mut grads = l.backward();
        let params = self
            .opt
            .step(&mut self.net.layers, &mut grads, lr, &self.config, capture)?;
        Ok(BatchOutcome {
            loss: value,
            updated: true,
            params,
            recorded,
            outputs,
        })
    }

    /// The loss of a batch and its gradients with respect to every parameter (network
    /// order) and to the input, without updating anything. Used by gradient checks and the
    /// step-through view. In training mode the dropout stream is rewound afterwards, so
    /// repeated calls see the same mask.
    #[allow(clippy::type_complexity)]
    pub fn loss_and_gradients(
        &mut self,
        x: &[E],
        y: &[f32],
        rows: usize,
        train: bool,
    ) -> Result<(f64, Vec<Vec<E>>, Vec<E>), EngineError> {
        let n_in = self.net.input_len();
        if x.len() != rows * n_in {
            return Err(EngineError::Data(format!(
                "a batch of {rows} rows needs {} values, got {}",
                rows * n_in,
                x.len()
            )));
        }
        let pos = self.net.dropout_word_pos();
        let t: Mat<E> = upload(self.net.device(), x, (rows, n_in));
        let out = self.net.forward(t.trace(Gradients::leaky()), train, None);
        self.net.set_dropout_word_pos(pos);
        let units = self.net.output_len();
        let target: Mat<E> = upload(
            self.net.device(),
            &loss::target_matrix::<E>(self.loss, &self.task, y, rows, units),
            (rows, units),
        );
        let l = loss::compute(self.loss, out, target);
        let value = l.array().to_f64().unwrap_or(f64::NAN);
        let mut grads = l.backward();
        let mut pg = Vec::new();
        for layer in &self.net.layers {
            for p in &layer.params {
                pg.push(p.grad_mut(&mut grads)?.to_vec());
            }
        }
        let xg = E::grad_slice(&mut grads, &t)?.to_vec();
        Ok((value, pg, xg))
    }

    /// One epoch over `split` in shuffled batches with the scheduled learning rate; returns
    /// the mean training loss. (The worker runs its own loop so it can obey commands between
    /// batches; this is for tests, benchmarks and scripts.)
    pub fn train_epoch(&mut self, split: &Split, epoch: u32) -> Result<f64, EngineError> {
        let (n_in, y_dim) = (self.net.input_len(), self.task.target_dim());
        let order = self.epoch_order(split.rows);
        let bs = self.config.batch_size.max(1);
        let batches = split.rows.div_ceil(bs);
        let (mut xb, mut yb) = (Vec::new(), Vec::new());
        let mut total = 0.0;
        for (b, idx) in order.chunks(bs).enumerate() {
            gather_batch(split, idx, n_in, y_dim, &mut xb, &mut yb);
            let lr = self
                .config
                .lr_at(epoch as f64 + b as f64 / batches.max(1) as f64);
            total += self
                .train_batch(&xb, &yb, idx.len(), lr, Capture::None)?
                .loss
                * idx.len() as f64;
        }
        Ok(total / split.rows.max(1) as f64)
    }

    /// Fraction of a split's samples whose predicted class is right (classification only).
    pub fn accuracy(&mut self, split: &Split) -> f64 {
        let raw = self.net.predict_raw(&split.x, split.rows);
        let pred = rules::argmax_rows(
            &rules::to_predictions(self.loss, &self.task, &raw, self.net.output_len()),
            if self.loss == LossKind::BinaryCrossEntropy {
                2
            } else {
                self.net.output_len()
            },
        );
        let right = pred
            .iter()
            .zip(&split.y)
            .filter(|(p, y)| **p == **y as usize)
            .count();
        right as f64 / split.rows.max(1) as f64
    }

    /// Mean loss over a split in evaluation mode (no update, dropout off).
    pub fn eval_loss(&mut self, split: &Split) -> f64 {
        if split.is_empty() {
            return f64::NAN;
        }
        let raw = self.net.predict_raw(&split.x, split.rows);
        self.loss_of_raw(&raw, &split.y, split.rows)
    }

    /// The loss of already computed raw outputs.
    pub fn loss_of_raw(&self, raw: &[f32], y: &[f32], rows: usize) -> f64 {
        // -0.0: where `Iterator::sum` starts, so the bits are those of one sum.
        let mut total = -0.0;
        // One running sum in row order, as a single pass would add them.
        self.each_row_loss(raw, y, rows, |l| total += l);
        total / rows.max(1) as f64
    }

    /// The loss of each of `rows` rows of raw outputs (each the value
    /// [`Trainer::loss_of_raw`] gives that row alone).
    pub fn row_losses(&self, raw: &[f32], y: &[f32], rows: usize) -> Vec<f64> {
        let mut out = Vec::with_capacity(rows);
        self.each_row_loss(raw, y, rows, |l| out.push(l));
        out
    }

    /// Calls `each` with the loss of every row in order.
    fn each_row_loss(&self, raw: &[f32], y: &[f32], rows: usize, mut each: impl FnMut(f64)) {
        let units = self.net.output_len();
        // The targets a block of rows at a time: a whole split's one-hot matrix in f64
        // would be eight bytes per class and row.
        const ROWS: usize = 1024;
        let y_dim = y.len() / rows.max(1);
        let mut z64 = Vec::with_capacity(units);
        for (b, z) in raw
            .chunks(ROWS * units)
            .take(rows.div_ceil(ROWS))
            .enumerate()
        {
            let n = (z.len() / units.max(1)).min(rows - b * ROWS);
            let ys = y.get(b * ROWS * y_dim..).unwrap_or_default();
            let t: Vec<f64> = loss::target_matrix(self.loss, &self.task, ys, n, units);
            for (z, t) in z.chunks(units).zip(t.chunks(units)) {
                z64.clear();
                z64.extend(z.iter().map(|&v| f64::from(v)));
                each(row_loss(self.loss, &z64, t));
            }
        }
    }
}

/// The loss of one row, matching dfdx's definitions (means over the row's outputs for
/// element-wise losses; summed over classes for cross-entropy).
fn row_loss(kind: LossKind, z: &[f64], t: &[f64]) -> f64 {
    let n = z.len().max(1) as f64;
    match kind {
        LossKind::CrossEntropy => {
            let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let lse = m + z.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
            z.iter().zip(t).map(|(zi, ti)| -ti * (zi - lse)).sum()
        }
        LossKind::BinaryCrossEntropy => {
            z.iter()
                .zip(t)
                .map(|(zi, ti)| zi.max(0.0) - zi * ti + (1.0 + (-zi.abs()).exp()).ln())
                .sum::<f64>()
                / n
        }
        LossKind::Mse => z.iter().zip(t).map(|(a, b)| (a - b).powi(2)).sum::<f64>() / n,
        LossKind::Mae => z.iter().zip(t).map(|(a, b)| (a - b).abs()).sum::<f64>() / n,
        LossKind::Huber { delta } => {
            let d = delta as f64;
            z.iter()
                .zip(t)
                .map(|(a, b)| {
                    let e = (a - b).abs();
                    if e < d {
                        0.5 * e * e
                    } else {
                        d * (e - 0.5 * d)
                    }
                })
                .sum::<f64>()
                / n
        }
    }
}

/// Copies the rows `idx` of a split into batch buffers.
pub fn gather_batch(
    split: &Split,
    idx: &[usize],
    in_len: usize,
    y_dim: usize,
    x: &mut Vec<f32>,
    y: &mut Vec<f32>,
) {
    x.clear();
    y.clear();
    for &i in idx {
        x.extend_from_slice(&split.x[i * in_len..(i + 1) * in_len]);
        y.extend_from_slice(&split.y[i * y_dim..(i + 1) * y_dim]);
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use crate::model::{parse_layers, OptimizerKind, Shape};

    /// The training step (which skips input gradients and fuses the SGD update) must move
    /// every parameter by exactly `−lr ·` the gradient that `loss_and_gradients` reports.
    #[test]
    fn train_batch_matches_reported_gradients() {
        let cases = [
            (Shape::Flat(6), "dense:5,relu,dense:4,tanh"),
            (
                Shape::Image { c: 1, h: 6, w: 6 },
                "conv:2:3,relu,maxpool:2,flatten",
            ),
            (
                Shape::Image { c: 2, h: 5, w: 5 },
                "maxpool:2:1,conv:2:2:2:1,flatten",
            ),
        ];
        for (input, text) in cases {
            let spec = NetworkSpec::new(input, parse_layers(text).expect("valid"));
            let task = Task::Classification {
                classes: (0..3).map(|i| i.to_string()).collect(),
            };
            let cfg = TrainConfig {
                optimizer: OptimizerKind::Sgd,
                lr: 0.1,
                seed: 3,
                ..Default::default()
            };
            let mut tr: Trainer<f64> = Trainer::new(&spec, &task, &cfg).expect("trainer");
            let rows = 4;
            let n_in = input.numel();
            let x: Vec<f64> = (0..rows * n_in)
                .map(|i| ((i * 37 % 11) as f64 - 5.0) / 4.0)
                .collect();
            let y: Vec<f32> = (0..rows).map(|r| (r % 3) as f32).collect();
            let (_, grads, _) = tr.loss_and_gradients(&x, &y, rows, true).expect("grads");
            let before: Vec<Vec<f64>> = tr
                .net
                .layers
                .iter()
                .flat_map(|l| l.params.iter().map(|p| p.values()))
                .collect();
            let x32: Vec<f32> = x.iter().map(|&v| v as f32).collect();
            // f32 input rounding must not matter: use values exact in f32.
            assert!(x32.iter().zip(&x).all(|(a, b)| *a as f64 == *b));
            tr.train_batch(&x32, &y, rows, 0.1, Capture::None)
                .expect("step");
            let after = tr
                .net
                .layers
                .iter()
                .flat_map(|l| l.params.iter().map(|p| p.values()));
            for ((b, a), g) in before.iter().zip(after).zip(&grads) {
                for ((b, a), g) in b.iter().zip(&a).zip(g) {
                    assert!(
                        (a - (b - 0.1 * g)).abs() < 1e-12,
                        "{text}: {a} vs {b} - 0.1·{g}"
                    );
                }
            }
        }
    }
}
