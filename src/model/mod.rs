//! What a network is: plain serde data with no tensors. Layers, the network spec with
//! shape inference, the training configuration, and the compact text form.

pub mod config;
pub mod error;
pub mod kinds;
pub mod layer;
pub mod network;
pub mod shape;
pub mod text;

pub use config::{EarlyStopping, InitChoice, LossKind, OptimizerKind, Schedule, TrainConfig};
pub use error::{ConfigError, ModelError, ParseError};
pub use kinds::{KindInfo, KINDS};
pub use layer::{Activation, LayerSpec};
pub use network::{Head, LayerError, LayerInfo, NetworkErrors, NetworkSpec, Resolved};
pub use shape::Shape;
pub use text::{parse_layers, TextError};
