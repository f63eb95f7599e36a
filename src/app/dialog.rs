//! The native file dialog (rfd). It blocks while open, so it only ever runs on a job
//! thread ([`super::jobs::Jobs::spawn`]); the answer comes back as a
//! [`super::messages::JobMsg::Dialog`]. Tests never open it: they test what receives the
//! path.

use super::command::DialogPurpose;
use std::path::PathBuf;

/// What to ask for.
#[derive(Debug, Clone, PartialEq)]
pub struct FileRequest {
    /// Why the dialog opens (decides filters and open/save).
    pub purpose: DialogPurpose,
    /// The folder to start in.
    pub start_dir: Option<PathBuf>,
    /// The file name suggested when saving.
    pub suggested_name: String,
    /// The dialog's words, made on the UI thread (the dialog runs on a job thread, which
    /// does not know the window's language).
    pub words: DialogWords,
}

/// The words of a file dialog: its title and the descriptions of its file filters.
#[derive(Debug, Clone, PartialEq)]
pub struct DialogWords {
    /// "ONNX models".
    pub onnx_models: String,
    /// The title of the folder picker for a PyTorch export.
    pub pytorch_folder: String,
    /// "CSV files".
    pub csv_files: String,
    /// "All files".
    pub all_files: String,
    /// "layerlab sessions".
    pub sessions: String,
    /// "layerlab lessons".
    pub lessons: String,
}

impl DialogWords {
    /// The words in the window's current language (call it on the UI thread).
    pub fn now() -> Self {
        DialogWords {
            onnx_models: crate::tr!("app-dialog-onnx-models"),
            pytorch_folder: crate::tr!("app-dialog-pytorch-folder"),
            csv_files: crate::tr!("app-dialog-csv-files"),
            all_files: crate::tr!("app-dialog-all-files"),
            sessions: crate::tr!("app-dialog-sessions"),
            lessons: crate::tr!("lessons-dialog-filter"),
        }
    }
}

/// Shows the dialog and waits for the answer (`None` = cancelled, or no dialog backend on
/// this machine). Call it on a job thread only.
pub fn ask(req: &FileRequest) -> Option<PathBuf> {
    let mut d = rfd::FileDialog::new();
    if let Some(dir) = &req.start_dir {
        d = d.set_directory(dir);
    }
    let w = &req.words;
    match req.purpose {
        DialogPurpose::ExportOnnx => d
            .add_filter(&w.onnx_models, &["onnx"])
            .set_file_name("model.onnx")
            .save_file(),
        DialogPurpose::ExportPytorch => d.set_title(&w.pytorch_folder).pick_folder(),
        DialogPurpose::OpenCsv | DialogPurpose::PredictCsv => d
            .add_filter(&w.csv_files, &["csv", "tsv", "txt"])
            .add_filter(&w.all_files, &["*"])
            .pick_file(),
        DialogPurpose::OpenSession => d.add_filter(&w.sessions, &["ron"]).pick_file(),
        DialogPurpose::OpenLesson => d.add_filter(&w.lessons, &["ron"]).pick_file(),
        DialogPurpose::SaveSessionAs => d
            .add_filter(&w.sessions, &["ron"])
            .set_file_name(&req.suggested_name)
            .save_file(),
    }
}
