//! A trained session as a PyTorch project (see the module's `write`).

use super::{ExportError, Trained};
use crate::session::Session;
use std::path::{Path, PathBuf};

/// Writes the project into `dir` (created if absent); returns the files written.
pub fn write(_t: &Trained, _session: &Session, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    Err(ExportError::Io {
        path: dir.to_path_buf(),
        source: std::io::Error::other("the PyTorch export is not written yet"),
    })
}
