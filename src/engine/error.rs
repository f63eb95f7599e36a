//! Errors of the engine: each names the layer or setting and says what to do.

use crate::model::loss::LossTaskError;
use crate::model::{ConfigError, NetworkErrors};

/// Something the engine cannot do with the given network, data or state.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EngineError {
    /// The layer stack is invalid.
    #[error("the network is invalid:\n{0}")]
    Network(#[from] NetworkErrors),
    /// Saved weights do not fit the network.
    #[error("saved weights do not match layer {layer} ({label}): {message}")]
    WeightMismatch {
        /// 1-based layer position.
        layer: usize,
        /// The layer as displayed.
        label: String,
        /// What differs.
        message: String,
    },
    /// The loss does not fit the task.
    #[error("{0}")]
    LossTask(#[from] LossTaskError),
    /// The training configuration is invalid.
    #[error("training settings: {0}")]
    Settings(#[from] ConfigError),
    /// Saved training state does not fit the configuration.
    #[error("training settings: {0}")]
    Config(String),
    /// The data does not fit the network.
    #[error("data: {0}")]
    Data(String),
    /// A dfdx device error.
    #[error("tensor backend error: {0}")]
    Backend(String),
}

impl From<dfdx::tensor::CpuError> for EngineError {
    fn from(e: dfdx::tensor::CpuError) -> Self {
        EngineError::Backend(format!("{e:?}"))
    }
}
