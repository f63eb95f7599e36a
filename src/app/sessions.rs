//! Sessions as the window saves and opens them, on top of [`crate::session`]: a snapshot
//! of what the user made ([`SessionDoc`], captured on the UI thread) and what opening a file
//! yields ([`LoadedSession`]). Reading, writing and re-preparing the data run on job
//! threads.

use super::data::{DataOrigin, DataProblem};
use crate::data::{DataConfig, Dataset, Preprocessor, Table};
use crate::model::{NetworkSpec, TrainConfig};
use crate::session::{self, DataAccess, DataSource, History, Session, SessionError};

/// What to do when a session's data lies outside the session's folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    /// Do not read it: fail with [`SessionError::OutsideData`] so the window can ask.
    Ask,
    /// Read it (the user agreed).
    Read,
    /// Open the session without it (the user declined); the data view says why.
    Skip,
}
use crate::train::TrainState;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a save writes.
#[derive(Debug, Clone)]
pub struct SessionDoc {
    /// Session name.
    pub name: String,
    /// The network.
    pub network: NetworkSpec,
    /// Where the data came from.
    pub origin: DataOrigin,
    /// How it was prepared.
    pub data_config: DataConfig,
    /// The fitted preprocessing.
    pub preprocessor: Option<Preprocessor>,
    /// Training settings.
    pub train: TrainConfig,
    /// Trained weights and optimizer state.
    pub state: Option<TrainState>,
    /// Training history.
    pub history: History,
    /// What the opened session file said about its CSV (kept so a save from the window
    /// does not drop an embedded copy or the hash of a file that is not here).
    pub file_source: Option<FileSource>,
    /// The replay frames to save (empty unless the user chose to save them).
    pub replay: Vec<crate::session::ReplayFrame>,
}

/// A session's CSV as its file described it.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSource {
    /// The path as resolved when the session was opened.
    pub path: PathBuf,
    /// The SHA-256 saved with it.
    pub sha256: String,
    /// The embedded copy, if any.
    pub embedded: Option<String>,
}

/// What opening a session yields.
#[derive(Debug, Clone)]
pub struct LoadedSession {
    /// Session name.
    pub name: String,
    /// The network.
    pub network: NetworkSpec,
    /// Where the data came from.
    pub origin: DataOrigin,
    /// The CSV as the file described it.
    pub file_source: Option<FileSource>,
    /// The table, when it could be read again.
    pub table: Option<Table>,
    /// Its summary for the data view (computed here, off the UI thread).
    pub report: Option<crate::data::InspectReport>,
    /// How it is prepared.
    pub data_config: DataConfig,
    /// The prepared data, when available.
    pub dataset: Option<Dataset>,
    /// The fitted preprocessing.
    pub preprocessor: Option<Preprocessor>,
    /// Why the data could not be restored (the session still opens).
    pub data_error: Option<DataProblem>,
    /// Things the user should know (e.g. the data file changed), from the session layer.
    pub warnings: Vec<String>,
    /// Why the saved weights were dropped (they no longer fit), if they were; the window
    /// words it on the UI thread.
    pub weights_dropped: Option<String>,
    /// Training settings.
    pub train: TrainConfig,
    /// Trained weights and optimizer state.
    pub state: Option<TrainState>,
    /// Training history.
    pub history: History,
    /// Replay frames saved with it.
    pub replay: Vec<crate::session::ReplayFrame>,
}

/// The session file contents for a document.
pub fn to_session(doc: &SessionDoc) -> Session {
    let data = match &doc.origin {
        DataOrigin::None | DataOrigin::Timing => DataSource::None,
        DataOrigin::Builtin(spec) => DataSource::Builtin(*spec),
        DataOrigin::File(path) => {
            let saved = doc.file_source.as_ref().filter(|f| &f.path == path);
            DataSource::File {
                path: path.clone(),
                sha256: session::sha256_file(path)
                    .ok()
                    .or_else(|| saved.map(|f| f.sha256.clone()))
                    .unwrap_or_default(),
                embedded: saved.and_then(|f| f.embedded.clone()),
            }
        }
    };
    Session {
        name: doc.name.clone(),
        network: doc.network.clone(),
        data,
        data_config: doc.data_config.clone(),
        preprocessor: doc.preprocessor.clone(),
        train: doc.train.clone(),
        state: doc.state.clone(),
        history: doc.history.clone(),
        replay: doc.replay.clone(),
        ..Session::default()
    }
}

/// Writes a session (atomically).
pub fn save(doc: &SessionDoc, path: &Path) -> Result<(), SessionError> {
    to_session(doc).save(path)
}

/// Reads a session and its data. The session opens even when its data cannot be found
/// (the error is shown in the data view) or its weights no longer fit (they are dropped
/// with a warning).
///
/// Data outside the session's folder is read only as `outside` says.
pub fn load(path: &Path, outside: Outside) -> Result<LoadedSession, SessionError> {
    let access = match outside {
        Outside::Read => DataAccess::Anywhere,
        Outside::Ask | Outside::Skip => DataAccess::InsideOnly,
    };
    let s = Session::load(path)?;
    let origin = match &s.data {
        DataSource::None => DataOrigin::None,
        DataSource::Builtin(spec) => DataOrigin::Builtin(*spec),
        DataSource::File { path, .. } => DataOrigin::File(path.clone()),
    };
    let mut warnings = Vec::new();
    let (table, dataset, preprocessor, data_error) = match &s.data {
        DataSource::None => (None, None, s.preprocessor.clone(), None),
        _ => match s.load_dataset_with(Some(path), access) {
            Err(e @ SessionError::OutsideData { .. }) if outside == Outside::Ask => return Err(e),
            Ok(loaded) => {
                warnings.extend(loaded.warnings);
                warnings.extend(loaded.preprocessor.warnings.iter().cloned());
                (
                    Some(loaded.table),
                    Some(loaded.dataset),
                    Some(loaded.preprocessor),
                    None,
                )
            }
            Err(e) => (
                None,
                None,
                s.preprocessor.clone(),
                Some(DataProblem::Session(Arc::new(e))),
            ),
        },
    };
    let mut state = s.state.clone();
    let mut weights_dropped = None;
    if state.is_some() {
        if let Err(e) = s.check_weights() {
            weights_dropped = Some(e.to_string());
            state = None;
        }
    }
    let report = table.as_ref().map(crate::data::inspect_table);
    let file_source = match &s.data {
        DataSource::File {
            path,
            sha256,
            embedded,
        } => Some(FileSource {
            path: path.clone(),
            sha256: sha256.clone(),
            embedded: embedded.clone(),
        }),
        _ => None,
    };
    Ok(LoadedSession {
        report,
        file_source,
        name: s.name,
        network: s.network,
        origin,
        table,
        data_config: s.data_config,
        dataset,
        preprocessor,
        data_error,
        warnings,
        weights_dropped,
        train: s.train,
        state,
        history: s.history,
        replay: s.replay,
    })
}

/// Example sessions: `saves/*.ron` in the working directory or next to the executable,
/// sorted by name. Nothing is embedded in the binary.
pub fn find_examples() -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("saves")];
    if let Ok(exe) = std::env::current_exe() {
        if let Some(dir) = exe.parent() {
            dirs.push(dir.join("saves"));
            // target/debug/layerlab: the crate root's saves/
            if let Some(root) = dir.parent().and_then(Path::parent) {
                dirs.push(root.join("saves"));
            }
        }
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .filter(|p| !session::file::is_temp_file(p))
            .collect();
        if !found.is_empty() {
            found.sort();
            return found;
        }
    }
    Vec::new()
}

/// Where the autosave of a running session goes.
pub fn recovery_path() -> PathBuf {
    session::recovery::recovery_path()
}

/// The autosave left by a session that did not exit cleanly, if any.
pub fn pending_recovery() -> Option<PathBuf> {
    session::recovery::pending_recovery()
}
