//! Errors of saving and reopening sessions. Each message names the file (and the line and
//! column, or the layer) and says what to do.

use std::path::PathBuf;

/// Everything that can go wrong between a session and its file (or its data).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// The file (or its folder) could not be read or written.
    #[error("`{}`: {source}. Check that the file and its folder exist, that you may read and write them, and that the disk is not full.", path.display())]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// The file is not a valid session: a syntax error, a missing bracket, a wrong value.
    #[error("`{}` line {line}, column {col}: {message}. The file is damaged or was edited by hand: fix that spot in a text editor, or open an older copy or the autosave.", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What the parser expected or found.
        message: String,
    },

    /// The file was written by a newer layerlab.
    #[error("`{}`: this session was saved by a newer layerlab (format {found}); this one reads up to format {supported} — update layerlab to open it.", path.display())]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The file's format version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },

    /// The saved weights (or optimizer state) do not fit the network.
    #[error("the saved weights do not match layer {layer} ({label}): {message}. The network was changed after training: undo the change, or reset the training to start from fresh weights.")]
    WeightMismatch {
        /// 1-based layer position (the output layer counts).
        layer: usize,
        /// The layer as displayed ("Dense 16").
        label: String,
        /// What differs.
        message: String,
    },

    /// The session's CSV file is not where it was.
    #[error("the data file `{}` was not found (expected next to the session `{}`); locate it: in the window, load that file in the Data tab (Open CSV… or its path; the session's preparation and weights are kept); from the command line, `layerlab eval SESSION --data FILE.csv`.", expected.display(), session.display())]
    DataMissing {
        /// Where the file was looked for first.
        expected: PathBuf,
        /// The session file (empty when the session was never saved).
        session: PathBuf,
    },

    /// The data could not be read or prepared (the message says where and what to do).
    #[error("{0}")]
    Data(String),

    /// Data too large to embed in a session.
    #[error("the data is {} ({bytes} bytes), more than the {} that can be embedded in a session. Keep it as a separate file next to the session instead.", megabytes(*bytes), megabytes(*limit))]
    TooLarge {
        /// Size of the data.
        bytes: u64,
        /// The limit.
        limit: u64,
    },

    /// A save cannot go to this path (a missing folder, a folder, a device, a dangling
    /// link…); checked before any work whose result would be saved.
    #[error("cannot save to `{}`: {message}.", path.display())]
    SaveTarget {
        /// The path as the user gave it.
        path: PathBuf,
        /// Why, and what to do.
        message: String,
    },

    /// Another save of the same file is in progress (in this or another layerlab).
    #[error("`{}` is being saved by another layerlab{} right now; wait for it to finish and save again, or save under another name.", path.display(), holder.map(|p| format!(" (process {p})")).unwrap_or_default())]
    Busy {
        /// The path as the user gave it.
        path: PathBuf,
        /// The process holding the lock, where known.
        holder: Option<u32>,
    },

    /// A field of the session holds an impossible value (non-finite weights, a format
    /// version older than the first, embedded data that does not match its hash…).
    #[error("`{}`: {field} {message}. The file was damaged or edited by hand: open an older copy or the autosave, or start a new run.", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The field, as written in the file (`state.weights`, `format_version`, …).
        field: String,
        /// What is wrong with it.
        message: String,
    },

    /// Saved weights, statistics, optimizer state or learning rate that are not finite
    /// numbers (NaN or infinity): nothing can be trained or evaluated from them.
    #[error("the saved {field} {message}: the training diverged before it was saved, or the file was edited. Reset the training to start from fresh weights, or open an older copy.")]
    NonFinite {
        /// The field, as written in the file (`state.weights`, `state.optimizer`, `state.lr`).
        field: String,
        /// Where in it, and the value.
        message: String,
    },

    /// The session's data file lies outside the session's folder and reading it was not
    /// allowed (see [`crate::session::DataAccess`]).
    #[error("the session `{}` reads its data from `{}`, outside the session's folder; not reading it without your permission. Allow it (in the window: answer the question; from the command line: leave out --no-outside-data), or copy the file next to the session.", session.display(), path.display())]
    OutsideData {
        /// The data file (symbolic links and `..` resolved).
        path: PathBuf,
        /// The session file.
        session: PathBuf,
    },

    /// The session could not be turned into text (e.g. a data path that is not valid Unicode).
    #[error("`{}` could not be written: {message}. Rename the data file or folder to plain characters and save again.", path.display())]
    Encode {
        /// The file being written.
        path: PathBuf,
        /// What failed.
        message: String,
    },
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

impl SessionError {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> SessionError {
        SessionError::Io {
            path: path.into(),
            source,
        }
    }
}
