//! Where a session's data comes from, how its path is stored (relative to the session
//! file where possible), and how it is read back and prepared.

use super::error::SessionError;
use crate::data::{
    prepare, read_csv_bytes, read_csv_path, BuiltinSpec, DataConfig, Dataset, Preprocessor,
    ReadOptions, Table, Task,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Largest CSV text that can be embedded in a session (4 MiB).
pub const EMBED_LIMIT: u64 = 4 * 1024 * 1024;

/// Data files at most this many folders above the session's folder are stored relative
/// to it (`../data/x.csv`); farther ones keep their absolute path.
const MAX_UP: usize = 2;

/// The data a session trains on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub enum DataSource {
    /// No data chosen yet.
    #[default]
    None,
    /// A CSV file.
    File {
        /// The file. In memory it is absolute (or relative to the working folder); in the
        /// session file it is relative to the session's folder where possible.
        path: PathBuf,
        /// SHA-256 of the file's bytes when it was chosen (lowercase hex; empty if unknown).
        #[serde(default)]
        sha256: String,
        /// The CSV text itself, when small (≤ 4 MiB) and the user chose to embed it.
        #[serde(default)]
        embedded: Option<String>,
    },
    /// A generated dataset.
    Builtin(BuiltinSpec),
}

/// Whether a session may read a data file outside its own folder (after resolving `..` and
/// symbolic links). A session from someone else must not make layerlab read files the user
/// does not know about: the window asks first, the command line says which file it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DataAccess {
    /// Read the data wherever it is (the user knows, or was told).
    #[default]
    Anywhere,
    /// Refuse a file outside the session's folder ([`SessionError::OutsideData`]).
    InsideOnly,
}

/// A session's data, read and prepared.
#[derive(Debug, Clone)]
pub struct LoadedData {
    /// The prepared splits.
    pub dataset: Dataset,
    /// The preprocessing fitted on the training split.
    pub preprocessor: Preprocessor,
    /// Things the user should know, e.g. that the CSV changed since the session was saved.
    pub warnings: Vec<String>,
    /// The table as read (for the data view).
    pub table: Table,
    /// The file actually read (`None` for built-in or embedded data).
    pub file: Option<PathBuf>,
}

/// SHA-256 of a file's bytes, as lowercase hex.
pub fn sha256_file(path: &Path) -> Result<String, SessionError> {
    let mut file = std::fs::File::open(path).map_err(|e| SessionError::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf).map_err(|e| SessionError::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

/// SHA-256 of some bytes, as lowercase hex.
pub fn sha256_bytes(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Removes `.` and `a/..` pairs without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    out.iter().collect()
}

/// The folder of a session file (`.` for a bare file name).
pub fn session_folder(session: &Path) -> PathBuf {
    match session.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn absolute(p: &Path) -> PathBuf {
    normalize(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))
}

/// `data` relative to the folder of `session` where that is short (inside it, or at most
/// two folders up); otherwise `data` made absolute.
pub fn relative_to_session(data: &Path, session: &Path) -> PathBuf {
    let data = absolute(data);
    let dir = absolute(&session_folder(session));
    let d: Vec<Component> = data.components().collect();
    let s: Vec<Component> = dir.components().collect();
    let common = d.iter().zip(&s).take_while(|(a, b)| a == b).count();
    // Different roots or drives, or only the root in common: keep it absolute.
    let shares_more_than_root = d[..common]
        .iter()
        .any(|c| matches!(c, Component::Normal(_)));
    let up = s.len() - common;
    if !shares_more_than_root || up > MAX_UP {
        return data;
    }
    let mut rel = PathBuf::new();
    for _ in 0..up {
        rel.push("..");
    }
    for c in &d[common..] {
        rel.push(c);
    }
    rel
}

/// `stored` (as read from a session file) resolved against the session's folder.
pub fn resolve(stored: &Path, session: &Path) -> PathBuf {
    if stored.is_absolute() {
        stored.to_path_buf()
    } else {
        normalize(&session_folder(session).join(stored))
    }
}

/// Where to look for a data file, best first: the path as given (relative paths against
/// the session's folder), then the same file name next to the session.
fn candidates(path: &Path, session: Option<&Path>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    match session {
        Some(s) if path.is_relative() => out.push(resolve(path, s)),
        _ => {}
    }
    out.push(path.to_path_buf());
    if let (Some(s), Some(name)) = (session, path.file_name()) {
        out.push(session_folder(s).join(name));
    }
    out.dedup();
    out
}

/// The data file a session at `session` reads (the first candidate that exists), with `..`
/// and symbolic links resolved, if it lies outside the session's folder.
pub(super) fn outside_file(source: &DataSource, session: &Path) -> Option<PathBuf> {
    let DataSource::File { path, .. } = source else {
        return None;
    };
    let file = candidates(path, Some(session))
        .into_iter()
        .find(|p| p.is_file())?;
    outside(&file, session)
}

/// `file` resolved, if it is not inside the folder of `session` (resolved too).
fn outside(file: &Path, session: &Path) -> Option<PathBuf> {
    let real = std::fs::canonicalize(file).unwrap_or_else(|_| absolute(file));
    // The session's own folder: a session opened through a symbolic link lives where the
    // link points.
    let folder = std::fs::canonicalize(session)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .or_else(|| std::fs::canonicalize(session_folder(session)).ok())
        .unwrap_or_else(|| absolute(&session_folder(session)));
    (!real.starts_with(&folder)).then_some(real)
}

fn data_error(what: &str, e: impl std::fmt::Display) -> SessionError {
    SessionError::Data(format!("{what}: {e}"))
}

impl DataSource {
    /// Reads the table: the CSV file (relative to the session's folder, else as given, else
    /// next to the session), else the embedded copy, or generates the built-in data.
    pub(super) fn read(
        &self,
        session: Option<&Path>,
        opts: &ReadOptions,
        access: DataAccess,
    ) -> Result<(Table, Vec<String>, Option<PathBuf>), SessionError> {
        match self {
            DataSource::None => Err(SessionError::Data(
                "this session has no data yet: choose a CSV file or a built-in dataset first"
                    .into(),
            )),
            DataSource::Builtin(spec) => Ok((spec.table(), Vec::new(), None)),
            DataSource::File {
                path,
                sha256,
                embedded,
            } => {
                let mut warnings = Vec::new();
                let found = candidates(path, session).into_iter().find(|p| p.is_file());
                if let Some(file) = found {
                    if let (DataAccess::InsideOnly, Some(s)) = (access, session) {
                        if let Some(real) = outside(&file, s) {
                            return Err(SessionError::OutsideData {
                                path: real,
                                session: s.to_path_buf(),
                            });
                        }
                    }
                    let hash = sha256_file(&file)?;
                    if !sha256.is_empty() && !hash.eq_ignore_ascii_case(sha256) {
                        warnings.push(format!(
                            "the data file `{}` changed since the session was saved (its SHA-256 differs); the saved weights were trained on the old content — retraining or evaluating will use the changed data",
                            file.display()
                        ));
                    }
                    let table = read_csv_path(&file, opts, None, None)
                        .map_err(|e| data_error("could not read the session's data", e))?;
                    return Ok((table, warnings, Some(file)));
                }
                let name = path
                    .file_name()
                    .map_or_else(|| "data.csv".into(), |n| n.to_string_lossy().into_owned());
                if let Some(text) = embedded {
                    warnings.push(format!(
                        "the data file `{}` was not found; using the copy embedded in the session",
                        path.display()
                    ));
                    let table = read_csv_bytes(text.as_bytes(), &name, opts)
                        .map_err(|e| data_error("could not read the embedded data", e))?;
                    return Ok((table, warnings, None));
                }
                Err(SessionError::DataMissing {
                    expected: candidates(path, session)
                        .into_iter()
                        .next()
                        .unwrap_or_else(|| path.clone()),
                    session: session.map(Path::to_path_buf).unwrap_or_default(),
                })
            }
        }
    }
}

/// Reads and prepares a session's data; `saved` is the preprocessor stored in the session,
/// compared with the one fitted now.
pub(super) fn load(
    source: &DataSource,
    config: &DataConfig,
    saved: Option<&Preprocessor>,
    session: Option<&Path>,
    access: DataAccess,
) -> Result<LoadedData, SessionError> {
    let (table, mut warnings, file) = source.read(session, &config.read, access)?;
    let (dataset, preprocessor) = prepare(&table, config).map_err(|e| {
        data_error(
            "the data could not be prepared with the session's settings",
            e,
        )
    })?;
    if let Some(saved) = saved {
        if saved.input_shape != preprocessor.input_shape || saved.task != preprocessor.task {
            warnings.push(format!(
                "the data now gives inputs of shape {} and {}, but the session was trained with {} and {}; the saved weights may not fit — check the data settings or retrain",
                preprocessor.input_shape,
                describe_task(&preprocessor.task),
                saved.input_shape,
                describe_task(&saved.task)
            ));
        } else if !saved.same_fit(&preprocessor) && warnings.is_empty() {
            warnings.push(
                "the scaling or categories fitted on the data differ from those saved with the session; predictions may shift — retrain to be sure"
                    .into(),
            );
        }
    }
    Ok(LoadedData {
        dataset,
        preprocessor,
        warnings,
        table,
        file,
    })
}

fn describe_task(t: &Task) -> String {
    match t {
        Task::Classification { classes } => format!("{} classes", classes.len()),
        Task::Regression { targets } => format!("{} regression target(s)", targets.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_when_close() {
        let s = Path::new("/home/u/proj/sessions/a.ron");
        assert_eq!(
            relative_to_session(Path::new("/home/u/proj/sessions/d.csv"), s),
            PathBuf::from("d.csv")
        );
        assert_eq!(
            relative_to_session(Path::new("/home/u/proj/data/d.csv"), s),
            PathBuf::from("../data/d.csv")
        );
        assert_eq!(
            relative_to_session(Path::new("/mnt/x/d.csv"), s),
            PathBuf::from("/mnt/x/d.csv")
        );
        assert_eq!(
            resolve(Path::new("../data/d.csv"), s),
            PathBuf::from("/home/u/proj/data/d.csv")
        );
        assert_eq!(normalize(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
    }
}
