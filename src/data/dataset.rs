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
}
