//! Helpers shared by the integration tests (each file brings them in with `use crate::common;`):
//! running the binary ([`cli`]), generated data ([`data`]), sessions ([`session`]), the real worker ([`worker`]), and the window
//! harness ([`ui`]). Each test file uses only some of them.
#![allow(dead_code)]

pub mod cli;
pub mod data;
pub mod session;
#[cfg(feature = "window")]
pub mod ui;
pub mod worker;
