//! What leaves the window: the trained network exported as an ONNX model or a PyTorch
//! project, and predictions for a CSV file written next to it. Each runs on a job thread
//! from a snapshot of the document taken when asked; the result (or the error) comes back
//! as a message and is shown in the status bar.

use super::command::DialogPurpose;
use super::messages::JobMsg;
use super::notice::NoticeKind;
use super::sessions;
use super::state::LabState;
use crate::export::predict::{self, PredictError};
use crate::export::{onnx, pytorch, ExportError, Trained};
use crate::session::{DataAccess, SessionError};
use crate::tr;
use std::path::{Path, PathBuf};

/// What an export or a prediction did, worded on the UI thread when it reports.
#[derive(Debug, Clone, PartialEq)]
pub enum OutputDone {
    /// A PyTorch project was exported.
    Pytorch,
    /// An ONNX model was exported.
    Onnx,
    /// A file was predicted.
    Predicted {
        /// The data file's name.
        name: String,
        /// Rows predicted.
        predicted: usize,
        /// Rows in the file.
        rows: usize,
        /// Rows skipped for missing values.
        skipped: usize,
    },
    /// Predicting a file was tried (and failed).
    PredictTried {
        /// The data file's name.
        name: String,
    },
}

impl OutputDone {
    /// The words, in the window's language.
    pub fn words(&self) -> String {
        match self {
            OutputDone::Pytorch => tr!("app-exported-pytorch"),
            OutputDone::Onnx => tr!("app-exported-onnx"),
            OutputDone::Predicted {
                name,
                predicted,
                rows,
                skipped,
            } => tr!(
                "app-predicted-rows",
                predicted = predicted.to_string(),
                rows = rows.to_string(),
                name = name.as_str(),
                skipped = skipped.to_string()
            ),
            OutputDone::PredictTried { name } => tr!("app-predicted-file", name = name.as_str()),
        }
    }
}

/// Why an export or a prediction failed.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The network could not be exported.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The file could not be predicted.
    #[error(transparent)]
    Predict(#[from] PredictError),
    /// The session's data could not be read again (PyTorch projects include the split).
    #[error(transparent)]
    Session(#[from] SessionError),
}

/// Where the predictions for `data` go: `NAME.predictions.csv` beside it.
pub fn predictions_path(data: &Path) -> PathBuf {
    let stem = data
        .file_stem()
        .map_or_else(|| "data".into(), |s| s.to_string_lossy().into_owned());
    data.with_file_name(format!("{stem}.predictions.csv"))
}

impl LabState {
    /// Why nothing can be exported or predicted yet, if so.
    pub fn output_blocker(&self) -> Option<String> {
        if self.training.state.is_none() {
            Some(tr!("app-no-trained-weights"))
        } else if self.data.preprocessor.is_none() {
            Some(tr!("app-load-the-data-first"))
        } else {
            None
        }
    }

    /// Exports the trained network to `path` on a job thread.
    pub(super) fn export_to(&mut self, kind: DialogPurpose, path: PathBuf) {
        if let Some(why) = self.output_blocker() {
            self.notify(NoticeKind::Error, tr!("app-cannot-export-yet", why = why));
            return;
        }
        let doc = self.session_doc();
        let res = self.jobs.spawn("export", true, move |rep| {
            let session = sessions::to_session(&doc);
            let result = (|| -> Result<Vec<PathBuf>, OutputError> {
                let trained = Trained::from_session(&session)?;
                match kind {
                    DialogPurpose::ExportPytorch => {
                        let loaded = session.load_dataset_with(None, DataAccess::Anywhere)?;
                        Ok(pytorch::write(&trained, &session, &loaded, &path)?)
                    }
                    _ => {
                        let mut file = path.clone();
                        if file.extension().is_none() {
                            file.set_extension("onnx");
                        }
                        onnx::write(&trained, &file)?;
                        Ok(vec![file])
                    }
                }
            })();
            let what = match kind {
                DialogPurpose::ExportPytorch => OutputDone::Pytorch,
                _ => OutputDone::Onnx,
            };
            rep.send(JobMsg::Exported { what, result });
        });
        if let Err(e) = res {
            self.notify(NoticeKind::Error, e.to_string());
        }
    }

    /// Predicts every row of `data` on a job thread, into `NAME.predictions.csv` beside it.
    pub(super) fn predict_file(&mut self, data: PathBuf) {
        if let Some(why) = self.output_blocker() {
            self.notify(NoticeKind::Error, tr!("app-cannot-predict-yet", why = why));
            return;
        }
        let doc = self.session_doc();
        let res = self.jobs.spawn("predict", true, move |rep| {
            let session = sessions::to_session(&doc);
            let out = predictions_path(&data);
            let result = predict::predict_to_csv(&session, &data, &out)
                .map(|c| (c, out))
                .map_err(OutputError::from);
            let name = data.file_name().map_or_else(
                || data.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let (what, result) = match result {
                Ok((c, out)) => (
                    OutputDone::Predicted {
                        name,
                        predicted: c.predicted,
                        rows: c.rows,
                        skipped: c.skipped,
                    },
                    Ok(vec![out]),
                ),
                Err(e) => (OutputDone::PredictTried { name }, Err(e)),
            };
            rep.send(JobMsg::Exported { what, result });
        });
        if let Err(e) = res {
            self.notify(NoticeKind::Error, e.to_string());
        }
    }

    /// The result of an export or a prediction.
    pub(super) fn exported(&mut self, what: OutputDone, result: Result<Vec<PathBuf>, OutputError>) {
        let what = what.words();
        match result {
            Ok(files) => {
                let list: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
                let shown = if list.len() > 3 {
                    tr!(
                        "app-files-in",
                        count = list.len(),
                        folder = files
                            .first()
                            .and_then(|p| p.parent())
                            .map_or_else(String::new, |d| d.display().to_string())
                    )
                } else {
                    list.join(", ")
                };
                self.notify(
                    NoticeKind::Info,
                    tr!("app-output-done", what = what, shown = shown),
                );
            }
            Err(e) => self.fail(
                &tr!("app-could-not-finish"),
                tr!("app-output-failed", what = what, error = e.to_string()),
            ),
        }
    }
}
