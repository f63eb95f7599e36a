//! The training-ready form of a dataset: what the engine and the worker consume.

use crate::model::Shape;
use serde::{Deserialize, Serialize};

/// What the network must predict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Task {
    /// Predict one of `classes` (labels kept for display, index = class id).
    Classification {
        /// Class labels in class-id order.
        classes: Vec<String>,
    },
    /// Predict one or more real numbers.
    Regression {
        /// Names of the target columns.
        targets: Vec<String>,
    },
}

impl Task {
    /// Number of target values per sample in [`Split::y`]: 1 for classification (the class id).
    pub fn target_dim(&self) -> usize {
        match self {
            Task::Classification { .. } => 1,
            Task::Regression { targets } => targets.len().max(1),
        }
    }

    /// True for classification tasks.
    pub fn is_classification(&self) -> bool {
        matches!(self, Task::Classification { .. })
    }

    /// Number of classes (0 for regression).
    pub fn num_classes(&self) -> usize {
        match self {
            Task::Classification { classes } => classes.len(),
            Task::Regression { .. } => 0,
        }
    }
}

/// One split (train, validation or test) as row-major matrices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Split {
    /// Features, `rows × input numel`, row-major.
    pub x: Vec<f32>,
    /// Targets, `rows × task.target_dim()`; class ids are stored as exact f32 integers.
    pub y: Vec<f32>,
    /// Number of samples.
    pub rows: usize,
}

impl Split {
    /// Number of samples.
    pub fn len(&self) -> usize {
        self.rows
    }
    /// True when the split holds no samples.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }
}

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
