//! Data (in progress).
pub mod dataset;
pub use dataset::{Dataset, Split, Task};
