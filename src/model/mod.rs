//! What a network is: plain serde data with no tensors. Layers, the network spec with
//! shape inference, the training configuration, and the compact text form; and the plain
//! contracts every other layer shares: weight and optimizer snapshots with their compact
//! float encoding, the task kind and the row-major splits the engine trains on.
//!
//! This is the bottom layer: it imports nothing else from the crate.

pub mod activation;
pub mod compact;
pub mod config;
pub mod error;
pub mod kinds;
pub mod layer;
pub mod loss;
pub mod memory;
pub mod network;
pub mod shape;
pub mod snapshot;
pub mod split;
pub mod task;
pub mod text;

pub use config::{
    EarlyStopping, InitChoice, LossKind, OptimizerKind, Pace, Schedule, Threads, TrainConfig,
};
pub use error::{ConfigError, ModelError, ParseError};
pub use kinds::{KindInfo, KINDS};
pub use layer::{Activation, LayerSpec};
pub use memory::{MemoryError, MemoryEstimate};
pub use network::{Head, LayerError, LayerInfo, NetworkErrors, NetworkSpec, Resolved};
pub use shape::Shape;
pub use snapshot::{LayerWeights, OptimizerState, ParamValues, SlotValues, Weights};
pub use split::Split;
pub use task::Task;
pub use text::{parse_layers, TextError};
