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
    /// The two raw columns the inputs come from, for 2-D numeric data (pictures in the
    /// columns' own units; the boundary over raw values); `None` for other data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plane: Option<Plane>,
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

/// How the network's inputs are computed from two raw columns (2-D numeric data, with or
/// without derived input features such as `x1²`): what the scatter and the decision
/// boundary draw in the columns' own units, and how a point of that plane becomes the
/// network's input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plane {
    /// The two raw columns (horizontal, vertical).
    pub axes: [String; 2],
    /// Smallest and largest training value of each axis, raw units.
    pub ranges: [(f32, f32); 2],
    /// Each network input, in order.
    pub inputs: Vec<PlaneInput>,
    /// Raw `(a, b)` of every training row, in the order of the training split.
    pub train: Vec<f32>,
    /// Raw `(a, b)` of every test row, in the order of the test split.
    pub test: Vec<f32>,
}

/// One network input as a function of the plane's two raw values, then scaled.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PlaneInput {
    /// What is computed from the raw values.
    pub term: PlaneTerm,
    /// Subtracted after computing (as fitted).
    pub offset: f32,
    /// Multiplied next (as fitted).
    pub factor: f32,
}

/// A function of the two raw values `(a, b)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaneTerm {
    /// Axis 0 or 1 itself.
    Axis(usize),
    /// An axis squared.
    Square(usize),
    /// a·b.
    Product,
    /// The sine of an axis.
    Sin(usize),
}

impl Plane {
    /// The network input of the raw point `(a, b)`, appended to `out`.
    pub fn encode_into(&self, a: f32, b: f32, out: &mut Vec<f32>) {
        let pick = |i: usize| if i == 0 { a } else { b };
        for p in &self.inputs {
            let v = match p.term {
                PlaneTerm::Axis(i) => pick(i),
                PlaneTerm::Square(i) => pick(i) * pick(i),
                PlaneTerm::Product => a * b,
                PlaneTerm::Sin(i) => pick(i).sin(),
            };
            out.push((v - p.offset) * p.factor);
        }
    }
}
