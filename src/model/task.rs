//! What the network must predict: the task kind shared by data preparation, the engine's
//! head and loss, and the views.

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
    /// Number of target values per sample in [`Split::y`](super::Split::y): 1 for
    /// classification (the class id).
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
