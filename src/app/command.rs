//! Everything a widget can ask for. Widgets only push a [`Command`]; the app applies the
//! commands at the end of the frame.

use super::editor::Preset;
use crate::data::{BuiltinSpec, DataConfig};
use crate::model::{LayerSpec, TrainConfig};
use std::path::PathBuf;

/// What a file dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Load a CSV file.
    OpenCsv,
    /// Open a session.
    OpenSession,
    /// Save the session under a new name.
    SaveSessionAs,
    /// Export the trained network as an ONNX model (a file).
    ExportOnnx,
    /// Export the trained network as a PyTorch project (a folder).
    ExportPytorch,
    /// Predict every row of a CSV file (written next to it).
    PredictCsv,
    /// Open a lesson file.
    OpenLesson,
}

/// An action requested by the UI (a click, a key, an edit).
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Add a layer from the palette before position `at` (0 = first; `len` = last): a
    /// Dense or Conv2d layer comes with its activation
    /// ([`palette_insert`](super::editor::palette_insert)).
    AddLayer {
        /// Position in the user's stack.
        at: usize,
        /// The new layer.
        spec: LayerSpec,
    },
    /// Remove the layer at this position.
    RemoveLayer(usize),
    /// Insert a copy of the layer right after it.
    DuplicateLayer(usize),
    /// Move a layer from one position to another.
    MoveLayer {
        /// Current position.
        from: usize,
        /// New position.
        to: usize,
    },
    /// Replace a layer's settings.
    SetLayer {
        /// Position in the user's stack.
        index: usize,
        /// The new settings.
        spec: LayerSpec,
    },
    /// Replace the stack with a preset.
    ApplyPreset(Preset),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,

    /// Generate and use a built-in dataset.
    UseBuiltin(BuiltinSpec),
    /// Generate the 784-feature timing table (View ▸ Debug).
    UseTimingData,
    /// Ask for a CSV file with the file dialog (off the UI thread).
    OpenCsvDialog,
    /// Load this CSV file (from the path field, a drop or the dialog).
    LoadCsv(PathBuf),
    /// Reload the file whose mostly-numeric column held a word, reading that column as
    /// categorical.
    ReadAsCategorical,
    /// Read the current CSV file again with these read options (delimiter, decimal commas),
    /// keeping the preparation settings.
    RereadCsv(crate::data::ReadOptions),
    /// Cancel the CSV load in progress.
    CancelLoad,
    /// Prepare the current table again with these settings.
    SetDataConfig(DataConfig),

    /// Replace the training settings (a new learning rate is sent to a running worker).
    SetConfig(TrainConfig),
    /// Start training (or continue from the current weights).
    Train,
    /// Pause after the current batch.
    Pause,
    /// Continue after a pause.
    Resume,
    /// Space: start, pause or resume.
    TogglePlay,
    /// Train one batch, then pause.
    StepBatch,
    /// Train to the end of the epoch, then pause.
    StepEpoch,
    /// Stop training (the weights are kept).
    Stop,
    /// Forget the trained weights and history; the next Train starts from the seed.
    Reset,

    /// Start a new, empty session (asks first when there are unsaved changes).
    New,
    /// Open a session with the file dialog.
    OpenSessionDialog,
    /// Open this session file (asks first when there are unsaved changes).
    OpenSession(PathBuf),
    /// Save to the current file (or ask for one).
    Save,
    /// Save under a new name with the file dialog.
    SaveAsDialog,
    /// Choose where to export (or which CSV to predict) with the file dialog.
    ExportDialog(DialogPurpose),
    /// Save to this path.
    SaveTo(PathBuf),
    /// Export the trained network to this path (an `.onnx` file, or a folder for PyTorch).
    ExportTo {
        /// [`DialogPurpose::ExportOnnx`] or [`DialogPurpose::ExportPytorch`].
        kind: DialogPurpose,
        /// Where to write.
        path: PathBuf,
    },
    /// Predict every row of this CSV file with the trained network; the predictions go to
    /// `NAME.predictions.csv` beside it.
    PredictFile(PathBuf),
    /// A file dialog answered (`None` = cancelled or no dialog available).
    DialogAnswered {
        /// Why it was opened.
        purpose: DialogPurpose,
        /// The chosen path.
        path: Option<PathBuf>,
    },
    /// Answer to the unsaved-changes prompt: save first, discard, or cancel.
    UnsavedAnswer(UnsavedChoice),
    /// Restore the autosaved session found after a crash.
    Recover,
    /// Discard the autosaved session.
    DiscardRecovery,
    /// Read the opened session's data although it lies outside the session's folder.
    AllowOutsideData,
    /// Open the session without reading its data from outside its folder.
    RefuseOutsideData,
    /// Close the error dialog.
    DismissError,
    /// Close the window (asks first when there are unsaved changes).
    Quit,

    /// A request of the insight views (boundary, judge, step trace, ghost runs).
    Insight(super::insight::InsightCommand),
    /// A request of the lesson panel (start, next, back, reveal…).
    Lesson(super::lesson::LessonCommand),
    /// A request of the replay timeline (show an epoch, play, pause).
    Replay(super::replay::ReplayCommand),
    /// Ask for a lesson file with the file dialog.
    OpenLessonDialog,
    /// Read this lesson file (on a job thread) and start it.
    OpenLesson(PathBuf),
    /// Whether the replay frames are saved with the session.
    SetSaveReplay(bool),
}

/// Answers to "save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save, then continue.
    Save,
    /// Continue without saving.
    Discard,
    /// Go back.
    Cancel,
}
