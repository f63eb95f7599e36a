//! What background jobs report to the app. Errors travel typed; they become words where
//! they are shown (the data view, the status bar, the error dialog).

use super::command::DialogPurpose;
use super::data::{DataOrigin, DataProblem};
use super::sessions::LoadedSession;
use crate::data::{
    DataConfig, DataError, Dataset, InspectReport, LoadProgress, Preprocessor, Table,
};
use crate::session::SessionError;
use crate::train::{StartError, TrainEvent, WorkerHandle};
use std::path::PathBuf;
use std::sync::Arc;

/// Reports from background jobs.
pub enum JobMsg {
    /// A table was generated or read, and prepared.
    DataLoaded {
        /// Generation of the request.
        gen: u64,
        /// Where it came from.
        origin: DataOrigin,
        /// The table.
        table: Arc<Table>,
        /// Its summary.
        report: InspectReport,
        /// The configuration used.
        config: DataConfig,
        /// The prepared data, or why preparing failed.
        prepared: Result<(Dataset, Preprocessor), DataError>,
    },
    /// A table was prepared again with a new configuration.
    Prepared {
        /// Generation of the request.
        gen: u64,
        /// The configuration used.
        config: DataConfig,
        /// The prepared data, or why preparing failed.
        prepared: Result<(Dataset, Preprocessor), DataError>,
    },
    /// Reading or generating failed.
    DataFailed {
        /// Generation of the request.
        gen: u64,
        /// What went wrong.
        problem: DataProblem,
    },
    /// CSV reading progress.
    Progress {
        /// Generation of the request.
        gen: u64,
        /// Progress.
        progress: LoadProgress,
    },
    /// A file dialog answered.
    Dialog {
        /// Why it was opened.
        purpose: DialogPurpose,
        /// The chosen path (`None` = cancelled or no dialog available).
        path: Option<PathBuf>,
    },
    /// A training worker started (or could not).
    WorkerStarted {
        /// Start generation.
        gen: u64,
        /// The worker and the layers that were re-initialized, or why it could not start.
        result: Result<(WorkerHandle, Vec<String>), StartError>,
    },
    /// Insight requests answered without a worker (or why they could not be).
    Looked {
        /// The events the answers produced.
        result: Result<Vec<TrainEvent>, StartError>,
    },
    /// A lesson file was read (or could not be).
    LessonRead {
        /// The file.
        path: std::path::PathBuf,
        /// The lesson, validated.
        result: Result<Box<crate::lesson::Lesson>, crate::lesson::LessonError>,
    },
    /// A replay look (the views at a recorded epoch) came back.
    Replayed {
        /// The events the answers produced.
        result: Result<Vec<TrainEvent>, StartError>,
    },
    /// An export or a prediction finished (or failed).
    Exported {
        /// What was done (worded on the UI thread).
        what: super::outputs::OutputDone,
        /// The files written, or why it failed.
        result: Result<Vec<PathBuf>, super::outputs::OutputError>,
    },
    /// A session was read (or could not be).
    SessionLoaded {
        /// The file.
        path: PathBuf,
        /// The session or the error.
        result: Result<Box<LoadedSession>, SessionError>,
        /// Whether this was a crash recovery.
        recovered: bool,
    },
    /// A session was written (or could not be).
    SessionSaved {
        /// The file.
        path: PathBuf,
        /// `Ok` or the error.
        result: Result<(), SessionError>,
        /// Whether this was the autosave.
        autosave: bool,
    },
}
