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
pub use file::SaveTarget;
pub use history::History;
pub use source::{sha256_bytes, sha256_file, DataAccess, DataSource, LoadedData, EMBED_LIMIT};

use crate::data::{DataConfig, Preprocessor, Task};
use crate::engine::{EngineError, Trainer};
use crate::model::{NetworkSpec, TrainConfig};
use crate::train::TrainState;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

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
    /// The weights of recorded epochs for the replay timeline; only when the user chose
    /// to save them (off by default). Older layerlab versions skip this field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replay: Vec<ReplayFrame>,
}

/// The weights at the end of one epoch, as the replay timeline keeps them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ReplayFrame {
    /// Epochs done.
    pub epoch: u32,
    /// Every layer's weights then.
    pub weights: crate::model::Weights,
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
            replay: Vec::new(),
        }
    }
}

/// Just the version, read before the whole file so that a newer file gets a clear message.
/// A missing version reads as the current one (hand-written files); an explicit 0 does not.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    #[serde(default = "current_version")]
    format_version: u32,
}

fn current_version() -> u32 {
    FORMAT_VERSION
}

impl Session {
    /// Writes the session as pretty RON, atomically (temporary file in the same folder,
    /// fsync, rename), after checking the path ([`SaveTarget::prepare`]: the folder
    /// exists, not a folder or a device, a symbolic link's target is replaced, one save of
    /// a file at a time). A data file's path is written relative to the saved file's folder
    /// where possible.
    pub fn save(&self, path: &Path) -> Result<(), SessionError> {
        self.save_to(&SaveTarget::prepare(path)?)
    }

    /// [`Session::save`] to a target checked (and locked) earlier, e.g. before training.
    pub fn save_to(&self, target: &SaveTarget) -> Result<(), SessionError> {
        target.write_with(|w| self.write_ron(w, target.real_path()))
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
        // A session opened through a symbolic link finds its data next to the link's target
        // (where it was saved).
        let data_origin = match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => {
                std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
            }
            _ => path.to_path_buf(),
        };
        match std::str::from_utf8(&bytes) {
            Ok(text) => Session::parse(text, path, &data_origin),
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
        Session::parse(text, origin, origin)
    }

    /// [`Session::from_ron_str`]; a relative data path is resolved against `data_origin`'s
    /// folder.
    fn parse(text: &str, origin: &Path, data_origin: &Path) -> Result<Session, SessionError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
        let newer = |found: u64| SessionError::NewerVersion {
            path: origin.to_path_buf(),
            found: u32::try_from(found).unwrap_or(u32::MAX),
            supported: FORMAT_VERSION,
        };
        let probe = catch_unwind(AssertUnwindSafe(|| options.from_str::<VersionProbe>(text)));
        match probe {
            Ok(Ok(VersionProbe { format_version: v })) if v > FORMAT_VERSION => {
                return Err(newer(u64::from(v)))
            }
            Ok(Ok(VersionProbe { format_version: 0 })) => {
                return Err(SessionError::Invalid {
                    path: origin.to_path_buf(),
                    field: "format_version".into(),
                    message: "is 0, older than the first session format (1); no layerlab writes it"
                        .into(),
                })
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
        session.validate(origin)?;
        if let DataSource::File { path, .. } = &mut session.data {
            *path = source::resolve(path, data_origin);
        }
        Ok(session)
    }

    /// Refuses values no layerlab writes: a format version older than the first (in
    /// [`Session::from_ron_str`]) and embedded data that does not match its SHA-256. The
    /// error names the field.
    fn validate(&self, origin: &Path) -> Result<(), SessionError> {
        let invalid = |field: &str, message: String| SessionError::Invalid {
            path: origin.to_path_buf(),
            field: field.into(),
            message,
        };
        if let DataSource::File {
            sha256,
            embedded: Some(text),
            ..
        } = &self.data
        {
            if !sha256.is_empty() && !sha256_bytes(text.as_bytes()).eq_ignore_ascii_case(sha256) {
                return Err(invalid(
                    "data.embedded",
                    "does not match the SHA-256 saved with it (data.sha256): the embedded CSV was changed after saving".into(),
                ));
            }
        }
        Ok(())
    }

    /// The data file this session would read when saved as (or opened from)
    /// `session_file`, if it lies outside the session file's folder once `..` and symbolic
    /// links are resolved — a file the user may not know about. `None` for built-in data,
    /// data inside the folder, and data that is not found (then the embedded copy, if
    /// any, is used). The window asks before reading it; the command line says so.
    pub fn data_path_outside(&self, session_file: &Path) -> Option<PathBuf> {
        source::outside_file(&self.data, session_file)
    }

    /// Reads and prepares the data with [`Session::data_config`]: the CSV file (relative to
    /// the session's folder, else as stored, else next to the session), else the embedded
    /// copy, or the built-in generator. Warnings say e.g. that the CSV changed since saving.
    ///
    /// A data file outside the session's folder is read too (as before); use
    /// [`Session::load_dataset_with`] with [`DataAccess::InsideOnly`] to refuse it until
    /// the user allowed it (see [`Session::data_path_outside`]).
    pub fn load_dataset(&self, session_path: Option<&Path>) -> Result<LoadedData, SessionError> {
        self.load_dataset_with(session_path, DataAccess::Anywhere)
    }

    /// [`Session::load_dataset`], reading a data file outside the session's folder only
    /// when `access` allows it ([`SessionError::OutsideData`] otherwise).
    pub fn load_dataset_with(
        &self,
        session_path: Option<&Path>,
        access: DataAccess,
    ) -> Result<LoadedData, SessionError> {
        source::load(
            &self.data,
            &self.data_config,
            self.preprocessor.as_ref(),
            session_path,
            access,
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
                let hash = sha256_bytes(csv_text.as_bytes());
                if sha256.is_empty() {
                    *sha256 = hash;
                } else if !hash.eq_ignore_ascii_case(sha256) {
                    return Err(SessionError::Data(
                        "the CSV text to embed is not the data the session was trained on (its SHA-256 differs: the file changed since it was read); train again to embed the new data"
                            .into(),
                    ));
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

    /// Checks that the saved weights, running statistics, optimizer state and learning rate
    /// are finite numbers ([`SessionError::NonFinite`] names the field otherwise); without
    /// a saved state there is nothing to check. (Reading a file keeps every value as
    /// written; this is where NaN or infinity is refused.)
    pub fn check_values(&self) -> Result<(), SessionError> {
        let Some(state) = &self.state else {
            return Ok(());
        };
        let invalid = |field: &str, message: String| SessionError::NonFinite {
            field: field.into(),
            message,
        };
        let bad = |v: &[f32]| v.iter().position(|x| !x.is_finite()).map(|i| (i, v[i]));
        for (l, layer) in state.weights.layers.iter().enumerate() {
            let label = crate::snippet::snippet(&layer.label);
            for p in &layer.params {
                if let Some((i, x)) = bad(&p.values) {
                    return Err(invalid(
                        "state.weights",
                        format!(
                            "of layer {} ({label}), `{}`, holds {x} at position {i}",
                            l + 1,
                            crate::snippet::snippet(&p.name)
                        ),
                    ));
                }
            }
            for (name, v) in [
                ("running_mean", &layer.running_mean),
                ("running_var", &layer.running_var),
            ] {
                if let Some((i, x)) = bad(v) {
                    return Err(invalid(
                        "state.weights",
                        format!(
                            "of layer {} ({label}), `{name}`, holds {x} at position {i}",
                            l + 1
                        ),
                    ));
                }
            }
        }
        for (k, slot) in state.optimizer.slots.iter().enumerate() {
            for (name, v) in [("first", &slot.first), ("second", &slot.second)] {
                if let Some((i, x)) = bad(v) {
                    return Err(invalid(
                        "state.optimizer",
                        format!("slot {} (`{name}`) holds {x} at position {i}", k + 1),
                    ));
                }
            }
        }
        if !state.lr.is_finite() || state.lr < 0.0 {
            return Err(invalid(
                "state.lr",
                format!("is {}, not a finite number ≥ 0", state.lr),
            ));
        }
        Ok(())
    }

    /// Checks that the saved weights and optimizer state fit the network and the task
    /// (from the saved preprocessing, else from the data): builds the trainer and restores
    /// them. A mismatch names the layer. Without saved weights there is nothing to check.
    /// Non-finite values are refused first ([`Session::check_values`]).
    pub fn check_weights(&self) -> Result<(), SessionError> {
        self.check_values()?;
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
