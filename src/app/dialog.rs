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
}

/// Shows the dialog and waits for the answer (`None` = cancelled, or no dialog backend on
/// this machine). Call it on a job thread only.
pub fn ask(req: &FileRequest) -> Option<PathBuf> {
    let mut d = rfd::FileDialog::new();
    if let Some(dir) = &req.start_dir {
        d = d.set_directory(dir);
    }
    match req.purpose {
        DialogPurpose::ExportOnnx => d
            .add_filter("ONNX models", &["onnx"])
            .set_file_name("model.onnx")
            .save_file(),
        DialogPurpose::ExportPytorch => d.set_title("Folder for the PyTorch project").pick_folder(),
        DialogPurpose::OpenCsv | DialogPurpose::PredictCsv => d
            .add_filter("CSV files", &["csv", "tsv", "txt"])
            .add_filter("All files", &["*"])
            .pick_file(),
        DialogPurpose::OpenSession => d.add_filter("layerlab sessions", &["ron"]).pick_file(),
        DialogPurpose::SaveSessionAs => d
            .add_filter("layerlab sessions", &["ron"])
            .set_file_name(&req.suggested_name)
            .save_file(),
    }
}
