//! Messages between the app (or CLI) and the training worker.

use super::eval::Predictions;
use super::flow::{Diagnostic, FlowReport};
use super::insight::{BoundaryGrid, BoundaryRequest, FitCurve, StepTrace};
use super::metrics::Metrics;
use crate::model::{OptimizerState, Weights};
use serde::{Deserialize, Serialize};

/// Commands to the worker, obeyed between batches.
#[derive(Debug, Clone, PartialEq)]
pub enum TrainCommand {
    /// Pause after the current batch.
    Pause,
    /// Continue training.
    Resume,
    /// Train exactly one batch, then pause.
    StepBatch,
    /// Train to the end of the current epoch, then pause.
    StepEpoch,
    /// Stop (takes effect within one batch); a `Finished` event follows.
    Stop,
    /// Change the base learning rate from now on.
    SetLr(f32),
    /// Whether a view shows per-connection values and weight snapshots (they are captured
    /// and sent only then).
    ShowValues(bool),
    /// Train at this pace from now on.
    SetPace(crate::model::Pace),
    /// Evaluate on the test split now ("the judge") and send `TestReport`.
    EvaluateTest,
    /// Send the current state (for saving while paused or training).
    RequestState,
    /// Send a flow report of the next batch (gradients, activations, weights).
    RequestFlow,
    /// Keep sending the decision boundary (or, for one-feature regression, the fitted
    /// curve) at a bounded rate while training; `None` stops it.
    SetBoundary(Option<BoundaryRequest>),
    /// Trace one training step on this training sample (without changing the network).
    TraceSample(usize),
    /// Trace the forward pass (and the step it would cause) of this test sample.
    TraceTest(usize),
}

/// A test evaluation with per-row detail, for the judge's view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalDetail {
    /// Loss and metrics.
    pub report: EvalReport,
    /// Per-row predictions and losses.
    pub predictions: Predictions,
    /// Row indices, worst first (at most 20).
    pub worst: Vec<usize>,
}

/// Everything needed to continue training exactly where it stopped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct TrainState {
    /// Parameters of every layer.
    pub weights: Weights,
    /// Optimizer moments and step count.
    pub optimizer: OptimizerState,
    /// Epochs completed.
    pub epoch: u32,
    /// Batches completed within the current epoch (0 at an epoch boundary).
    pub batch_in_epoch: u32,
    /// Batches completed in total.
    pub step: u64,
    /// Position of the shuffle stream at the start of the current epoch (hi, lo words).
    pub shuffle_pos: [u64; 2],
    /// Position of the dropout stream (hi, lo words).
    pub dropout_pos: [u64; 2],
    /// Base learning rate in use (it can be changed while training).
    pub lr: f32,
    /// Running sum of the current epoch's batch losses (for an exact epoch mean on resume).
    pub epoch_loss_sum: f64,
    /// Samples behind `epoch_loss_sum`.
    pub epoch_samples: u64,
    /// Running training metric of the current epoch (see [`RunningMetric`]).
    pub epoch_metric: RunningMetric,
    /// Best validation loss so far (early stopping), `None` before the first epoch.
    pub best_val: Option<f64>,
    /// Epochs since the best validation loss (early stopping).
    pub since_best: u32,
}

/// The training metric accumulated over an epoch's batches as they are trained (dropout
/// on, weights changing), so it costs no extra forward pass.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RunningMetric {
    /// Rows predicted right (classification).
    pub correct: u64,
    /// Rows seen.
    pub rows: u64,
    /// Sum of squared errors (regression).
    pub sse: f64,
    /// Sum of targets (regression).
    pub sum_y: f64,
    /// Sum of squared targets (regression).
    pub sum_y2: f64,
    /// Target values seen (regression).
    pub values: u64,
}

impl RunningMetric {
    /// Adds a batch of raw outputs (rows × `units`) against targets (class ids or values).
    pub fn add(&mut self, classification: bool, outputs: &[f32], units: usize, y: &[f32]) {
        let units = units.max(1);
        if classification {
            for (row, &t) in outputs.chunks(units).zip(y) {
                let pred = if units == 1 {
                    (row[0] > 0.0) as usize
                } else {
                    row.iter()
                        .enumerate()
                        .fold(
                            (0, f32::NEG_INFINITY),
                            |b, (i, &v)| if v > b.1 { (i, v) } else { b },
                        )
                        .0
                };
                self.correct += (pred == t as usize) as u64;
                self.rows += 1;
            }
        } else {
            for (&p, &t) in outputs.iter().zip(y) {
                let (p, t) = (p as f64, t as f64);
                self.sse += (p - t) * (p - t);
                self.sum_y += t;
                self.sum_y2 += t * t;
                self.values += 1;
            }
            self.rows += (outputs.len() / units) as u64;
        }
    }

    /// Accuracy, or R² for regression (NaN before any data).
    pub fn value(&self, classification: bool) -> f64 {
        if classification {
            if self.rows == 0 {
                f64::NAN
            } else {
                self.correct as f64 / self.rows as f64
            }
        } else {
            let n = self.values as f64;
            let tot = self.sum_y2 - self.sum_y * self.sum_y / n.max(1.0);
            if self.values == 0 {
                f64::NAN
            } else if tot > 0.0 {
                1.0 - self.sse / tot
            } else {
                0.0
            }
        }
    }
}

/// Splits a u128 into two u64 words (RON has no 128-bit integers).
pub fn to_words(v: u128) -> [u64; 2] {
    [(v >> 64) as u64, v as u64]
}

/// Joins two u64 words into a u128.
pub fn from_words(w: [u64; 2]) -> u128 {
    ((w[0] as u128) << 64) | w[1] as u128
}

/// End-of-epoch numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpochRecord {
    /// Epoch number (1-based).
    pub epoch: u32,
    /// Global step at the end of the epoch.
    pub step: u64,
    /// Mean training loss over the epoch's batches.
    pub train_loss: f64,
    /// Validation loss (NaN without a validation split).
    pub val_loss: f64,
    /// Headline training metric (accuracy or R²) over the epoch's batches as trained.
    pub train_metric: f64,
    /// Headline validation metric.
    pub val_metric: f64,
    /// Learning rate at the end of the epoch.
    pub lr: f64,
    /// Wall-clock seconds of the epoch.
    pub seconds: f64,
}

/// An evaluation of one split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// Which split ("test", "validation", a file name).
    pub split: String,
    /// Mean loss.
    pub loss: f64,
    /// Scores.
    pub metrics: Metrics,
    /// Samples evaluated.
    pub rows: usize,
}

/// Why training ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FinishReason {
    /// All epochs done.
    Completed,
    /// The user stopped it.
    Stopped,
    /// Validation loss stopped improving.
    EarlyStopped,
}

/// Events from the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum TrainEvent {
    /// Training began.
    Started {
        /// Epoch to reach.
        total_epochs: u32,
        /// Batches per epoch.
        batches_per_epoch: u32,
        /// Learnable parameters.
        params: usize,
    },
    /// Progress within an epoch (throttled to about 60 per second).
    Progress {
        /// Current epoch (1-based).
        epoch: u32,
        /// Batches done in this epoch.
        batch: u32,
        /// Global step.
        step: u64,
        /// Loss of the last batch.
        loss: f64,
        /// Throughput since the last progress event.
        samples_per_sec: f64,
        /// Learning rate in use.
        lr: f64,
    },
    /// An epoch ended.
    Epoch(EpochRecord),
    /// Gradient-flow statistics (each epoch, or on request).
    Flow(Box<FlowReport>),
    /// A snapshot of all weights (small networks only, each epoch or on request).
    Weights(Box<Weights>),
    /// The weights at the end of an epoch (0: before the first), for the replay timeline
    /// (when [`WorkerOptions::replay`](crate::train::WorkerOptions) is on; long runs send
    /// every 2nd, 4th … epoch).
    Snapshot {
        /// Epochs done.
        epoch: u32,
        /// Every layer's weights.
        weights: Box<Weights>,
    },
    /// Something worth telling the user.
    Diagnostic(Diagnostic),
    /// Training is paused.
    Paused {
        /// Epochs completed.
        epoch: u32,
        /// Batches done in the current epoch.
        batch: u32,
    },
    /// Training resumed.
    Resumed,
    /// The learning rate changed (by the user).
    LrChanged {
        /// Global step of the change.
        step: u64,
        /// The new base rate.
        lr: f32,
    },
    /// The test-set evaluation asked for.
    TestReport(Box<EvalReport>),
    /// Per-row detail of the same evaluation (sent right after `TestReport`).
    TestDetail(Box<EvalDetail>),
    /// The decision boundary (bounded rate while training).
    Boundary(Box<BoundaryGrid>),
    /// The fitted curve of a one-feature regression.
    Curve(Box<FitCurve>),
    /// One training step traced slowly.
    Trace(Box<StepTrace>),
    /// A trace asked for cannot be made (the message says why).
    TraceUnavailable(String),
    /// The state asked for with `RequestState`.
    State(Box<TrainState>),
    /// Training ended normally; the final state follows for saving.
    Finished {
        /// Why.
        reason: FinishReason,
        /// Final state.
        state: Box<TrainState>,
    },
    /// Training failed; the message says what happened. The last good state is kept.
    Failed {
        /// What went wrong and what to try.
        message: String,
        /// The last good state, if any.
        state: Option<Box<TrainState>>,
    },
}
