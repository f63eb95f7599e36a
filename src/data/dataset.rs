//! The training-ready form of a dataset: what the engine and the worker consume.
//!
//! [`Task`] and [`Split`] are plain model data ([`crate::model::task`],
//! [`crate::model::split`]), re-exported here where data preparation produces them.

use crate::model::Shape;
pub use crate::model::{Split, Task};
use serde::{Deserialize, Serialize};

/// A prepared dataset: scaled, encoded and split, ready for tensors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// A short name for display ("iris.csv", "spiral").
    pub name: String,
    /// Names of the input features after encoding (one per input value for flat data).
    pub feature_names: Vec<String>,
    /// Shape of one input sample.
    pub input_shape: Shape,
    /// What to predict.
    pub task: Task,
    /// Training split.
    pub train: Split,
    /// Validation split (may be empty).
    pub val: Split,
    /// Test split (may be empty): the judge, never used for training decisions.
    pub test: Split,
    /// How regression targets in the splits were scaled for training (identity for
    /// classification); metrics and predictions are mapped back with it.
    #[serde(default)]
    pub target_scale: TargetScale,
}

/// The scaling of regression targets: a split holds `y' = (y - offset) * factor`. Losses
/// are computed on `y'` (as trained); metrics and predictions are reported in the
/// target's own units, `y = y' / factor + offset`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TargetScale {
    /// Subtracted first (the training mean or minimum; 0 when unscaled).
    pub offset: f32,
    /// Multiplied next (1/std or 1/range; 1 when unscaled).
    pub factor: f32,
}

impl Default for TargetScale {
    /// The identity: targets as they are.
    fn default() -> Self {
        TargetScale {
            offset: 0.0,
            factor: 1.0,
        }
    }
}

impl TargetScale {
    /// True when targets are left as they are.
    pub fn is_identity(&self) -> bool {
        self.offset == 0.0 && self.factor == 1.0
    }

    /// A scaled value (as trained) in the target's own units.
    pub fn unscale(&self, v: f32) -> f32 {
        if self.is_identity() {
            return v;
        }
        (f64::from(v) / f64::from(self.factor) + f64::from(self.offset)) as f32
    }

    /// A value in the target's own units, scaled as trained.
    pub fn scale(&self, y: f32) -> f32 {
        if self.is_identity() {
            return y;
        }
        ((f64::from(y) - f64::from(self.offset)) * f64::from(self.factor)) as f32
    }

    /// [`TargetScale::unscale`] of every value.
    pub fn unscale_all(&self, values: &[f32]) -> Vec<f32> {
        values.iter().map(|&v| self.unscale(v)).collect()
    }
}
