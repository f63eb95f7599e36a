//! layerlab: a native desktop lab for neural networks.
//!
//! Layers of the crate, from the bottom up: [`model`] (what a network is, plain data),
//! [`engine`] (how it computes, on dfdx), [`data`] (from a file to tensors-ready splits),
//! [`train`] (the background worker and what it reports), [`session`] (save and reopen).

#[cfg(feature = "window")]
pub mod app;
pub mod bench;
pub mod cli;
pub mod data;
pub mod engine;
pub mod export;
#[cfg(feature = "window")]
pub mod i18n;
pub mod model;
pub mod numfmt;
pub mod session;
pub mod snippet;
pub mod train;
#[cfg(feature = "window")]
pub mod ui;
#[cfg(feature = "window")]
pub mod window;
