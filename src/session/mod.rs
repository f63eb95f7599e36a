//! Sessions: everything a user saves and reopens — network, data source and fitted
//! preprocessing, training settings, weights and optimizer state, history — as a
//! versioned, human-readable RON file written atomically.
//!
//! - [`Session::save`] / [`Session::load`]: pretty RON; long float vectors are packed
//!   losslessly ([`compact`]); data paths are stored relative to the session's folder.
//! - [`Session::load_dataset`]: reads the CSV (or the embedded copy, or the built-in
//!   generator) and prepares it, warning when the file changed since saving.
//! - [`Session::check_weights`]: whether the saved weights still fit the network.
//! - [`recovery`]: the crash-recovery autosave.
//!
//! Reading never panics: every failure is a [`SessionError`] that names the file (with
//! line and column, or the layer) and says what to do.

pub mod compact;
pub mod error;
pub mod file;
pub mod history;
pub mod recovery;
pub mod source;

pub use error::SessionError;
pub use history::History;
pub use source::{sha256_bytes, sha256_file, DataSource, LoadedData, EMBED_LIMIT};

use crate::data::{DataConfig, Preprocessor, Task};
use crate::engine::{EngineError, Trainer};
use crate::model::{NetworkSpec, TrainConfig};
use crate::train::TrainState;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// The session file format written by this build (and the newest it reads).
pub const FORMAT_VERSION: u32 = 1;

/// Nesting deeper than this is refused when reading (it is never written).
const RECURSION_LIMIT: usize = 64;

/// Everything a user saves and reopens.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Session {
    /// File format version ([`FORMAT_VERSION`] when written by this build).
    pub format_version: u32,
    /// Display name.
    pub name: String,
    /// Free-form notes.
    pub notes: String,
    /// The network.
    pub network: NetworkSpec,
    /// Where the data comes from.
    pub data: DataSource,
    /// How the data is prepared.
    pub data_config: DataConfig,
    /// The preprocessing fitted on the training split (scaling, category maps).
    pub preprocessor: Option<Preprocessor>,
    /// Training settings.
    pub train: TrainConfig,
    /// Weights, optimizer state and position, to continue exactly; `None` before training.
    pub state: Option<TrainState>,
    /// What training reported so far.
    pub history: History,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            format_version: FORMAT_VERSION,
            name: String::new(),
            notes: String::new(),
            network: NetworkSpec::default(),
            data: DataSource::None,
            data_config: DataConfig::default(),
            preprocessor: None,
            train: TrainConfig::default(),
            state: None,
            history: History::default(),
        }
    }
}

/// Just the version, read before the whole file so that a newer file gets a clear message.
#[derive(Deserialize, Default)]
#[serde(default, rename = "Session")]
struct VersionProbe {
    format_version: u32,
}

impl Session {
    /// Writes the session as pretty RON, atomically (temporary file in the same folder,
    /// fsync, rename). A data file's path is written relative to `path`'s folder where
    /// possible.
    pub fn save(&self, path: &Path) -> Result<(), SessionError> {
        file::write_atomic_with(path, |w| self.write_ron(w, path))
    }

    /// The text [`Session::save`] writes to `path`.
    pub fn to_ron_string(&self, path: &Path) -> Result<String, SessionError> {
        let mut out = Vec::new();
        self.write_ron(&mut out, path)?;
        String::from_utf8(out).map_err(|e| SessionError::Encode {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// Streams the session as pretty RON for a file at `path` (which decides how a data
    /// path is made relative).
    fn write_ron(&self, w: &mut dyn Write, path: &Path) -> Result<(), SessionError> {
        let mut out = self.clone();
        out.format_version = FORMAT_VERSION;
        if let DataSource::File { path: data, .. } = &mut out.data {
            *data = source::relative_to_session(data, path);
        }
        let io = |e: std::io::Error| SessionError::io(path, e);
        writeln!(
            w,
            "// layerlab session, format {FORMAT_VERSION}. Long number lists are packed: \
             base64 of little-endian f32."
        )
        .map_err(io)?;
        let config = ron::ser::PrettyConfig::new()
            .indentor("  ".into())
            .compact_arrays(true);
        ron::ser::to_writer_pretty(&mut *w, &out, config).map_err(|e| match e {
            ron::Error::Io(message) => io(std::io::Error::other(message)),
            other => SessionError::Encode {
                path: path.to_path_buf(),
                message: other.to_string(),
            },
        })?;
        writeln!(w).map_err(io)
    }

    /// Reads a session file. Never panics; a relative data path is resolved against the
    /// file's folder.
    pub fn load(path: &Path) -> Result<Session, SessionError> {
        let bytes = std::fs::read(path).map_err(|e| SessionError::io(path, e))?;
        match std::str::from_utf8(&bytes) {
            Ok(text) => Session::from_ron_str(text, path),
            Err(e) => {
                let (line, col) = line_col(&bytes[..e.valid_up_to()]);
                Err(SessionError::Syntax {
                    path: path.to_path_buf(),
                    line,
                    col,
                    message: "the file is not UTF-8 text (is it really a layerlab session?)".into(),
                })
            }
        }
    }

    /// Parses session text; `origin` is the file it came from (for messages and to resolve
    /// a relative data path). Never panics.
    pub fn from_ron_str(text: &str, origin: &Path) -> Result<Session, SessionError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
        let newer = |found: u64| SessionError::NewerVersion {
            path: origin.to_path_buf(),
            found: u32::try_from(found).unwrap_or(u32::MAX),
            supported: FORMAT_VERSION,
        };
        let probe = catch_unwind(AssertUnwindSafe(|| options.from_str::<VersionProbe>(text)));
        match probe {
            Ok(Ok(p)) if p.format_version > FORMAT_VERSION => {
                return Err(newer(u64::from(p.format_version)))
            }
            Ok(Ok(_)) => {}
            // Unreadable as a whole: a newer format may have new syntax, so look for the
            // version by hand before reporting the syntax error.
            _ => {
                if let Some(v) = scan_version(text).filter(|&v| v > u64::from(FORMAT_VERSION)) {
                    return Err(newer(v));
                }
            }
        }
        let parsed = catch_unwind(AssertUnwindSafe(|| options.from_str::<Session>(text)));
        let mut session = match parsed {
            Ok(Ok(s)) => s,
            Ok(Err(e)) => {
                return Err(SessionError::Syntax {
                    path: origin.to_path_buf(),
                    line: e.position.line,
                    col: e.position.col,
                    message: e.code.to_string(),
                })
            }
            Err(_) => {
                return Err(SessionError::Syntax {
                    path: origin.to_path_buf(),
                    line: 1,
                    col: 1,
                    message: "the file could not be parsed".into(),
                })
            }
        };
        if let DataSource::File { path, .. } = &mut session.data {
            *path = source::resolve(path, origin);
        }
        Ok(session)
    }

    /// Reads and prepares the data with [`Session::data_config`]: the CSV file (relative to
    /// the session's folder, else as stored, else next to the session), else the embedded
    /// copy, or the built-in generator. Warnings say e.g. that the CSV changed since saving.
    pub fn load_dataset(&self, session_path: Option<&Path>) -> Result<LoadedData, SessionError> {
        source::load(
            &self.data,
            &self.data_config,
            self.preprocessor.as_ref(),
            session_path,
        )
    }

    /// Embeds the CSV text in the session (for a file data source). Refuses more than
    /// [`EMBED_LIMIT`] bytes.
    pub fn embed_data(&mut self, csv_text: String) -> Result<(), SessionError> {
        let bytes = csv_text.len() as u64;
        if bytes > EMBED_LIMIT {
            return Err(SessionError::TooLarge {
                bytes,
                limit: EMBED_LIMIT,
            });
        }
        match &mut self.data {
            DataSource::File {
                sha256, embedded, ..
            } => {
                if sha256.is_empty() {
                    *sha256 = sha256_bytes(csv_text.as_bytes());
                }
                *embedded = Some(csv_text);
                Ok(())
            }
            _ => Err(SessionError::Data(
                "only data read from a CSV file can be embedded in a session; load the CSV file first"
                    .into(),
            )),
        }
    }

    /// Checks that the saved weights and optimizer state fit the network and the task
    /// (from the saved preprocessing, else from the data): builds the trainer and restores
    /// them. A mismatch names the layer. Without saved weights there is nothing to check.
    pub fn check_weights(&self) -> Result<(), SessionError> {
        let Some(state) = &self.state else {
            return Ok(());
        };
        let task: Task = match &self.preprocessor {
            Some(p) => p.task.clone(),
            None => self.load_dataset(None)?.dataset.task,
        };
        let mut tr: Trainer = Trainer::new(&self.network, &task, &self.train).map_err(|e| {
            SessionError::Data(format!(
                "the session's network cannot be built: {e}. Fix the network or the training settings."
            ))
        })?;
        tr.net.set_weights(&state.weights).map_err(|e| match e {
            EngineError::WeightMismatch {
                layer,
                label,
                message,
            } => SessionError::WeightMismatch {
                layer,
                label,
                message,
            },
            other => SessionError::Data(other.to_string()),
        })?;
        let fresh = tr.opt.state();
        if tr.opt.set_state(&state.optimizer).is_err() {
            return Err(optimizer_mismatch(&tr, &fresh, &state.optimizer));
        }
        Ok(())
    }
}

/// Names the layer whose optimizer state does not fit.
fn optimizer_mismatch(
    tr: &Trainer,
    fresh: &crate::model::OptimizerState,
    saved: &crate::model::OptimizerState,
) -> SessionError {
    let bad = fresh
        .slots
        .iter()
        .zip(&saved.slots)
        .position(|(f, s)| f.first.len() != s.first.len() || f.second.len() != s.second.len())
        .unwrap_or(fresh.slots.len().min(saved.slots.len()));
    let weights = tr.net.weights();
    let mut seen = 0usize;
    for (i, layer) in weights.layers.iter().enumerate() {
        if bad < seen + layer.params.len() {
            let name = layer.params[bad - seen].name.clone();
            return SessionError::WeightMismatch {
                layer: i + 1,
                label: layer.label.clone(),
                message: format!(
                    "the saved optimizer state of its {name} does not fit the {} optimizer (the optimizer or the network was changed after training)",
                    tr.opt.kind.name()
                ),
            };
        }
        seen += layer.params.len();
    }
    SessionError::WeightMismatch {
        layer: weights.layers.len(),
        label: weights
            .layers
            .last()
            .map(|l| l.label.clone())
            .unwrap_or_default(),
        message: format!(
            "the saved optimizer state covers {} parameters, the network has {}",
            saved.slots.len(),
            fresh.slots.len()
        ),
    }
}

/// 1-based line and column just after `prefix`.
fn line_col(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&prefix[start..]).chars().count() + 1;
    (line, col)
}

/// Finds `format_version: N` by hand (for files the parser cannot read).
fn scan_version(text: &str) -> Option<u64> {
    let at = text.find("format_version")?;
    let rest = text[at + "format_version".len()..].trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: String = rest
        .chars()
        .take_while(char::is_ascii_digit)
        .take(20)
        .collect();
    digits.parse::<u64>().ok().or(if digits.is_empty() {
        None
    } else {
        Some(u64::MAX)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_versions_by_hand() {
        assert_eq!(scan_version("(format_version : 7, x: ["), Some(7));
        assert_eq!(scan_version("(name: \"a\")"), None);
        assert_eq!(
            scan_version("(format_version: 99999999999999999999999,"),
            Some(u64::MAX)
        );
        assert_eq!(line_col(b"ab\ncd"), (2, 3));
    }
}
