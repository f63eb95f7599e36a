//! How a network computes: dfdx tensors with run-time shapes. Dense layers, norms and
//! losses are dfdx ops differentiated by dfdx's tape; convolution, pooling and some
//! activations are custom ops with their own backward kernels on the same tape.

pub mod error;
pub mod init;
pub mod layers;
pub mod loss;
pub mod net;
pub mod optim;
pub mod param;
pub mod tensor;
pub mod trainer;

pub use error::EngineError;
pub use net::{Network, Recorded};
pub use optim::{Capture, Optimizer, ParamStats};
pub use trainer::{gather_batch, BatchOutcome, Trainer};
