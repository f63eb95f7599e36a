//! How to train: loss, optimizer, learning-rate schedule, batches, epochs, initialization,
//! seed, regularization and early stopping.

use super::error::{ConfigError, ParseError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How wrong a prediction is ("tasting the dish").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum LossKind {
    /// Softmax cross-entropy over the classes.
    CrossEntropy,
    /// Sigmoid binary cross-entropy (two classes, one output).
    BinaryCrossEntropy,
    /// Mean squared error (least squares).
    Mse,
    /// Mean absolute error.
    Mae,
    /// Squared for small errors, absolute for large ones.
    Huber {
        /// Where the loss switches from squared to absolute.
        delta: f32,
    },
}

impl LossKind {
    /// Every loss with default settings.
    pub const ALL: [LossKind; 5] = [
        LossKind::CrossEntropy,
        LossKind::BinaryCrossEntropy,
        LossKind::Mse,
        LossKind::Mae,
        LossKind::Huber { delta: 1.0 },
    ];

    /// User-facing name.
    pub fn name(&self) -> &'static str {
        match self {
            LossKind::CrossEntropy => "Cross-entropy",
            LossKind::BinaryCrossEntropy => "Binary cross-entropy",
            LossKind::Mse => "Mean squared error",
            LossKind::Mae => "Mean absolute error",
            LossKind::Huber { .. } => "Huber",
        }
    }

    /// Parses a CLI name: `ce`, `bce`, `mse`, `mae`, `huber[:DELTA]`.
    pub fn parse(text: &str) -> Result<LossKind, ParseError> {
        let lower = text.trim().to_ascii_lowercase();
        let (name, arg) = lower
            .split_once(':')
            .map_or((lower.as_str(), None), |(a, b)| (a, Some(b)));
        match (name, arg) {
            ("ce" | "cross-entropy" | "crossentropy" | "cross_entropy", None) => {
                Ok(LossKind::CrossEntropy)
            }
            ("bce" | "binary-cross-entropy" | "binary_cross_entropy", None) => {
                Ok(LossKind::BinaryCrossEntropy)
            }
            ("mse", None) => Ok(LossKind::Mse),
            ("mae", None) => Ok(LossKind::Mae),
            ("huber", None) => Ok(LossKind::Huber { delta: 1.0 }),
            ("huber", Some(d)) => match d.parse::<f32>() {
                Ok(delta) if delta > 0.0 && delta.is_finite() => Ok(LossKind::Huber { delta }),
                _ => Err(ParseError::HuberDelta {
                    text: d.to_string(),
                }),
            },
            _ => Err(ParseError::UnknownLoss {
                text: text.to_string(),
            }),
        }
    }
}

/// How parameters are adjusted from their gradients ("adjusting the recipe").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum OptimizerKind {
    /// Plain stochastic gradient descent.
    Sgd,
    /// SGD with momentum.
    Momentum {
        /// Fraction of the previous step kept.
        momentum: f32,
    },
    /// Nesterov accelerated gradient.
    Nesterov {
        /// Fraction of the previous step kept.
        momentum: f32,
    },
    /// Adam: per-parameter step sizes from running gradient moments.
    Adam {
        /// Decay of the first moment.
        beta1: f32,
        /// Decay of the second moment.
        beta2: f32,
        /// Added to the denominator for stability.
        eps: f32,
    },
    /// Adam with decoupled weight decay.
    AdamW {
        /// Decay of the first moment.
        beta1: f32,
        /// Decay of the second moment.
        beta2: f32,
        /// Added to the denominator for stability.
        eps: f32,
        /// Decoupled weight decay per step (times the learning rate).
        weight_decay: f32,
    },
    /// RMSprop: steps divided by a running RMS of the gradient.
    RmsProp {
        /// Decay of the running mean square.
        alpha: f32,
        /// Added to the denominator for stability.
        eps: f32,
    },
    /// Adagrad: steps shrink with the accumulated squared gradients.
    Adagrad {
        /// Added to the denominator for stability.
        eps: f32,
    },
}

impl OptimizerKind {
    /// Every optimizer with default settings.
    pub const ALL: [OptimizerKind; 7] = [
        OptimizerKind::Sgd,
        OptimizerKind::Momentum { momentum: 0.9 },
        OptimizerKind::Nesterov { momentum: 0.9 },
        OptimizerKind::Adam {
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
        },
        OptimizerKind::AdamW {
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
            weight_decay: 0.01,
        },
        OptimizerKind::RmsProp {
            alpha: 0.99,
            eps: 1e-8,
        },
        OptimizerKind::Adagrad { eps: 1e-10 },
    ];

    /// User-facing name.
    pub fn name(&self) -> &'static str {
        match self {
            OptimizerKind::Sgd => "SGD",
            OptimizerKind::Momentum { .. } => "Momentum",
            OptimizerKind::Nesterov { .. } => "Nesterov",
            OptimizerKind::Adam { .. } => "Adam",
            OptimizerKind::AdamW { .. } => "AdamW",
            OptimizerKind::RmsProp { .. } => "RMSprop",
            OptimizerKind::Adagrad { .. } => "Adagrad",
        }
    }

    /// Parses a CLI name (`sgd`, `momentum`, `nesterov`, `adam`, `adamw`, `rmsprop`, `adagrad`).
    pub fn parse(text: &str) -> Result<OptimizerKind, ParseError> {
        let lower = text.trim().to_ascii_lowercase();
        OptimizerKind::ALL
            .iter()
            .find(|o| o.name().to_ascii_lowercase() == lower)
            .copied()
            .ok_or_else(|| ParseError::UnknownOptimizer {
                text: text.to_string(),
            })
    }

    /// A sensible starting learning rate.
    pub fn default_lr(&self) -> f32 {
        match self {
            OptimizerKind::Sgd
            | OptimizerKind::Momentum { .. }
            | OptimizerKind::Nesterov { .. } => 0.1,
            OptimizerKind::Adagrad { .. } => 0.05,
            _ => 0.01,
        }
    }
}

/// How the learning rate changes over epochs (after the warm-up).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Schedule {
    /// The same rate throughout.
    Constant,
    /// Multiply by `gamma` every `every` epochs.
    Step {
        /// Epochs between drops.
        every: u32,
        /// Factor applied at each drop.
        gamma: f32,
    },
    /// Multiply by `gamma` every epoch (applied smoothly per batch).
    Exponential {
        /// Factor per epoch.
        gamma: f32,
    },
    /// Half a cosine from the rate down to `min_factor × rate` over `epochs` epochs.
    Cosine {
        /// Length of the decay in epochs.
        epochs: u32,
        /// Final rate as a fraction of the initial one.
        min_factor: f32,
    },
}

/// How weights start ("the first seasoning").
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum InitChoice {
    /// A sensible default per activation: He for ReLU-like layers, Xavier otherwise.
    Auto,
    /// Every weight the same value — shows why symmetric weights fail.
    Constant(f32),
    /// All zeros.
    Zeros,
    /// Uniform in ±limit.
    Uniform(f32),
    /// Normal with this standard deviation.
    Normal(f32),
    /// Xavier/Glorot uniform.
    XavierUniform,
    /// Xavier/Glorot normal.
    XavierNormal,
    /// He/Kaiming uniform.
    HeUniform,
    /// He/Kaiming normal.
    HeNormal,
}

impl InitChoice {
    /// Parses `auto`, `const:C`, `zeros`, `uniform:A`, `normal:STD`, `xavier`, `xavier-normal`,
    /// `he`, `he-normal`.
    pub fn parse(text: &str) -> Result<InitChoice, ParseError> {
        let lower = text.trim().to_ascii_lowercase();
        let (name, arg) = lower
            .split_once(':')
            .map_or((lower.as_str(), None), |(a, b)| (a, Some(b)));
        let num = |a: Option<&str>, default: f32| -> Result<f32, ParseError> {
            match a {
                None => Ok(default),
                Some(s) => s
                    .parse::<f32>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| ParseError::InitArgument {
                        text: s.to_string(),
                    }),
            }
        };
        Ok(match name {
            "auto" => InitChoice::Auto,
            "const" | "constant" => InitChoice::Constant(num(arg, 1.0)?),
            "zeros" | "zero" => InitChoice::Zeros,
            "uniform" => InitChoice::Uniform(num(arg, 0.1)?),
            "normal" => InitChoice::Normal(num(arg, 0.1)?),
            "xavier" | "glorot" | "xavier-uniform" => InitChoice::XavierUniform,
            "xavier-normal" | "glorot-normal" => InitChoice::XavierNormal,
            "he" | "kaiming" | "he-uniform" => InitChoice::HeUniform,
            "he-normal" | "kaiming-normal" => InitChoice::HeNormal,
            _ => {
                return Err(ParseError::UnknownInit {
                    text: text.to_string(),
                })
            }
        })
    }
}

impl fmt::Display for InitChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InitChoice::Auto => f.write_str("Auto (He for ReLU, Xavier otherwise)"),
            InitChoice::Constant(c) => write!(f, "Constant {c}"),
            InitChoice::Zeros => f.write_str("Zeros"),
            InitChoice::Uniform(a) => write!(f, "Uniform ±{a}"),
            InitChoice::Normal(s) => write!(f, "Normal σ={s}"),
            InitChoice::XavierUniform => f.write_str("Xavier uniform"),
            InitChoice::XavierNormal => f.write_str("Xavier normal"),
            InitChoice::HeUniform => f.write_str("He uniform"),
            InitChoice::HeNormal => f.write_str("He normal"),
        }
    }
}

/// Stop when the validation loss has not improved for `patience` epochs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct EarlyStopping {
    /// Epochs without improvement before stopping.
    pub patience: u32,
    /// Smallest decrease that counts as an improvement.
    pub min_delta: f32,
}

/// How fast the window trains, so a room can follow: full speed, a number of epochs per
/// second, or slow motion (a few batches per second, each drawn going forward and back
/// through the Network view). The command line always trains at full speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Pace {
    /// As fast as the machine allows.
    #[default]
    Full,
    /// At most this many epochs per second.
    EpochsPerSec(u32),
    /// Slow motion: this many batches per second.
    BatchesPerSec(u32),
}

impl Pace {
    /// The choices the window offers, fastest first.
    pub const CHOICES: [Pace; 8] = [
        Pace::Full,
        Pace::EpochsPerSec(30),
        Pace::EpochsPerSec(10),
        Pace::EpochsPerSec(5),
        Pace::EpochsPerSec(2),
        Pace::EpochsPerSec(1),
        Pace::BatchesPerSec(4),
        Pace::BatchesPerSec(1),
    ];

    /// Least time between two batches (`None` at full speed).
    pub fn batch_interval(self, batches_per_epoch: u32) -> Option<std::time::Duration> {
        let per_sec = match self {
            Pace::Full => return None,
            Pace::EpochsPerSec(n) => n.max(1) as f64 * batches_per_epoch.max(1) as f64,
            Pace::BatchesPerSec(n) => n.max(1) as f64,
        };
        Some(std::time::Duration::from_secs_f64(1.0 / per_sec))
    }

    /// Whether this is slow motion (every batch is shown).
    pub fn is_slow_motion(self) -> bool {
        matches!(self, Pace::BatchesPerSec(_))
    }
}

impl fmt::Display for Pace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Pace::Full => f.write_str("full speed"),
            Pace::EpochsPerSec(1) => f.write_str("1 epoch/s"),
            Pace::EpochsPerSec(n) => write!(f, "{n} epochs/s"),
            Pace::BatchesPerSec(1) => f.write_str("slow motion: 1 batch/s"),
            Pace::BatchesPerSec(n) => write!(f, "slow motion: {n} batches/s"),
        }
    }
}

/// How many threads the matrix products under dense and convolution layers use.
///
/// The products split their output between the threads, never a sum, so every thread count
/// gives bit-identical results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Threads {
    /// One thread for small networks, two when the products are big enough to gain (see
    /// [`Threads::resolve`]).
    #[default]
    Auto,
    /// Exactly this many (at least 1).
    Count(usize),
}

impl Threads {
    /// Multiply-adds in one product below which a second thread costs more than it gains
    /// (measured on 2 cores: the MLP at batch 64 has 6.4 million).
    pub const AUTO_MIN_WORK: usize = 4_000_000;

    /// The thread count for a network whose biggest matrix product in a training step has
    /// `work` multiply-adds, on a machine with `cores` cores.
    pub fn resolve(self, work: usize, cores: usize) -> usize {
        match self {
            Threads::Count(n) => n.max(1),
            Threads::Auto if work >= Self::AUTO_MIN_WORK => cores.clamp(1, 2),
            Threads::Auto => 1,
        }
    }

    /// Reads `auto` or a count of at least 1.
    pub fn parse(text: &str) -> Option<Threads> {
        match text.trim() {
            t if t.eq_ignore_ascii_case("auto") => Some(Threads::Auto),
            t => t
                .parse::<usize>()
                .ok()
                .filter(|&n| n >= 1)
                .map(Threads::Count),
        }
    }
}

impl fmt::Display for Threads {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Threads::Auto => f.write_str("auto"),
            Threads::Count(n) => write!(f, "{n}"),
        }
    }
}

/// Everything about how a network is trained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrainConfig {
    /// Loss; `None` picks cross-entropy for classification and MSE for regression.
    pub loss: Option<LossKind>,
    /// Optimizer.
    pub optimizer: OptimizerKind,
    /// Base learning rate.
    pub lr: f32,
    /// Schedule applied after the warm-up.
    pub schedule: Schedule,
    /// Linear warm-up from 0 over this many epochs (fractions allowed).
    pub warmup_epochs: f32,
    /// Samples per batch.
    pub batch_size: usize,
    /// Epochs to train.
    pub epochs: u32,
    /// Weight initializer.
    pub init: InitChoice,
    /// The one seed everything random comes from.
    pub seed: u64,
    /// L1 penalty on weights (added to the gradient).
    pub l1: f32,
    /// L2 penalty on weights (added to the gradient).
    pub l2: f32,
    /// Clip the global gradient norm to this value.
    pub grad_clip: Option<f32>,
    /// Optional early stopping on the validation loss.
    pub early_stopping: Option<EarlyStopping>,
    /// How fast the window trains (the command line ignores it).
    pub pace: Pace,
    /// Threads the matrix products use. Results do not depend on it.
    pub threads: Threads,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            loss: None,
            optimizer: OptimizerKind::Adam {
                beta1: 0.9,
                beta2: 0.999,
                eps: 1e-8,
            },
            lr: 0.01,
            schedule: Schedule::Constant,
            warmup_epochs: 0.0,
            batch_size: 32,
            epochs: 50,
            init: InitChoice::Auto,
            seed: 1,
            l1: 0.0,
            l2: 0.0,
            grad_clip: None,
            early_stopping: None,
            pace: Pace::Full,
            threads: Threads::Auto,
        }
    }
}

impl TrainConfig {
    /// The learning rate at a (fractional) epoch position, with warm-up and schedule.
    pub fn lr_at(&self, epoch_pos: f64) -> f64 {
        let base = self.lr as f64;
        let warm = self.warmup_epochs.max(0.0) as f64;
        if warm > 0.0 && epoch_pos < warm {
            return base * (epoch_pos / warm).max(1e-3);
        }
        let t = (epoch_pos - warm).max(0.0);
        match self.schedule {
            Schedule::Constant => base,
            Schedule::Step { every, gamma } => {
                let k = (t / every.max(1) as f64).floor();
                base * (gamma as f64).powf(k)
            }
            Schedule::Exponential { gamma } => base * (gamma as f64).powf(t),
            Schedule::Cosine { epochs, min_factor } => {
                let p = (t / epochs.max(1) as f64).min(1.0);
                let m = min_factor as f64;
                base * (m + (1.0 - m) * 0.5 * (1.0 + (std::f64::consts::PI * p).cos()))
            }
        }
    }

    /// Checks the numbers a user typed; the message names the setting and what to do.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if !(self.lr.is_finite() && self.lr > 0.0) {
            return Err(ConfigError::LearningRate { lr: self.lr });
        }
        if self.batch_size == 0 {
            return Err(ConfigError::BatchSize);
        }
        if self.l1 < 0.0 || self.l2 < 0.0 || !self.l1.is_finite() || !self.l2.is_finite() {
            return Err(ConfigError::Penalties);
        }
        if let Some(clip) = self.grad_clip {
            if !(clip.is_finite() && clip > 0.0) {
                return Err(ConfigError::GradClip { clip });
            }
        }
        Ok(())
    }
}
