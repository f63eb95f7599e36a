//! Plain-data copies of a network's parameters and optimizer state: what the UI draws,
//! what sessions save, with no tensors inside.

use serde::{Deserialize, Serialize};

/// One parameter's values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParamValues {
    /// "weight", "bias", "gamma" or "beta".
    pub name: String,
    /// Dimensions (dense weight: inputs × units; conv weight: filters × (channels·k·k)).
    pub shape: Vec<usize>,
    /// Row-major values.
    #[serde(with = "crate::model::compact")]
    pub values: Vec<f32>,
}

/// The parameters (and running statistics) of one layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LayerWeights {
    /// The layer as displayed ("Dense 16"), to name it in errors.
    pub label: String,
    /// Learnable parameters in the layer's fixed order.
    pub params: Vec<ParamValues>,
    /// Batch-norm running mean (empty for other layers).
    #[serde(with = "crate::model::compact")]
    pub running_mean: Vec<f32>,
    /// Batch-norm running variance (empty for other layers).
    #[serde(with = "crate::model::compact")]
    pub running_var: Vec<f32>,
}

/// Every layer's parameters, head included, in stack order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Weights {
    /// One entry per layer (layers without parameters have an empty list).
    pub layers: Vec<LayerWeights>,
}

/// Optimizer state of one parameter: first and second moment slots (empty when unused).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SlotValues {
    /// Velocity or first moment.
    #[serde(with = "crate::model::compact")]
    pub first: Vec<f32>,
    /// Second moment or accumulated squares.
    #[serde(with = "crate::model::compact")]
    pub second: Vec<f32>,
}

/// The whole optimizer state, restorable bit-exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct OptimizerState {
    /// Updates taken so far (Adam's bias correction uses it).
    pub step: u64,
    /// One entry per parameter, in network order.
    pub slots: Vec<SlotValues>,
}
