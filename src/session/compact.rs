//! The compact float encoding of session files, defined in [`crate::model::compact`] (the
//! weight snapshots it serializes are plain model data); re-exported here for callers that
//! know it as part of the session format.

pub use crate::model::compact::{deserialize, pack, serialize, unpack, UnpackError, LIST_MAX};
