//! One split of prepared samples as plain row-major matrices: what data preparation
//! produces and the engine trains on.

use serde::{Deserialize, Serialize};

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
