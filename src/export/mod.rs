//! Taking a trained session out of layerlab: an ONNX model ([`onnx`]) that any ONNX runtime
//! can run, with the fitted preprocessing inside the graph, and a PyTorch project
//! ([`pytorch`]) that reproduces the network and keeps training it. Headless: no window,
//! no tensors; reads the session's plain data (network, weights, fitted preprocessing).

pub mod onnx;
pub mod predict;
pub mod pytorch;

use crate::data::{Preprocessor, Task};
use crate::model::loss::{default_for, output_units};
use crate::model::{Head, LossKind, NetworkSpec, Resolved, TrainConfig, Weights};
use crate::session::Session;
use std::path::PathBuf;

/// Why a session cannot be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The session was never trained.
    #[error("the session has no trained weights yet; train it first (layerlab train SESSION --epochs 10)")]
    NotTrained,
    /// The session predates fitted preprocessing.
    #[error("the session has no fitted preprocessing; retrain it with this version of layerlab")]
    NoPreprocessing,
    /// The network, the task and the weights do not fit together.
    #[error("the session is inconsistent: {0}; retrain it")]
    Inconsistent(String),
    /// Writing a file failed.
    #[error("writing {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// Encoding a file failed.
    #[error("encoding {what}: {message}")]
    Encode {
        /// What was being encoded.
        what: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// What an export reads from a session: the checked network with its weights, the fitted
/// preprocessing, the loss and the training settings.
#[derive(Debug, Clone)]
pub struct Trained {
    /// The user's network.
    pub spec: NetworkSpec,
    /// Every layer (the head last) with its shapes.
    pub resolved: Resolved,
    /// One entry per resolved layer.
    pub weights: Weights,
    /// The transform fitted on the training split.
    pub pre: Preprocessor,
    /// The loss the network was trained with.
    pub loss: LossKind,
    /// Output units of the head.
    pub units: usize,
    /// The training settings (optimizer, schedule, batch, seed …).
    pub train: TrainConfig,
}

impl Trained {
    /// Reads and checks what an export needs from a session.
    pub fn from_session(session: &Session) -> Result<Trained, ExportError> {
        let state = session.state.as_ref().ok_or(ExportError::NotTrained)?;
        let pre = session
            .preprocessor
            .clone()
            .ok_or(ExportError::NoPreprocessing)?;
        let loss = session.train.loss.unwrap_or_else(|| default_for(&pre.task));
        let units =
            output_units(loss, &pre.task).map_err(|e| ExportError::Inconsistent(e.to_string()))?;
        let resolved = session
            .network
            .resolve(Head { units })
            .map_err(|e| ExportError::Inconsistent(e.to_string()))?;
        let weights = state.weights.clone();
        if weights.layers.len() != resolved.layers.len() {
            return Err(ExportError::Inconsistent(format!(
                "the weights have {} layers, the network {}",
                weights.layers.len(),
                resolved.layers.len()
            )));
        }
        let width: usize = pre.features.iter().map(|f| f.width()).sum();
        if width != session.network.input.numel() {
            return Err(ExportError::Inconsistent(format!(
                "the preprocessing gives {width} inputs, the network takes {}",
                session.network.input.numel()
            )));
        }
        for (i, (info, w)) in resolved.layers.iter().zip(&weights.layers).enumerate() {
            let expected: usize = w.params.iter().map(|p| p.values.len()).sum();
            let shapes_ok = w
                .params
                .iter()
                .all(|p| p.shape.iter().product::<usize>() == p.values.len());
            if expected != info.params || !shapes_ok {
                return Err(ExportError::Inconsistent(format!(
                    "layer {} ({}) has {expected} saved parameters, {} expected",
                    i + 1,
                    info.spec,
                    info.params
                )));
            }
        }
        Ok(Trained {
            spec: session.network.clone(),
            resolved,
            weights,
            pre,
            loss,
            units,
            train: session.train.clone(),
        })
    }

    /// What the output holds: class probabilities (cross-entropy, binary cross-entropy),
    /// raw class scores (other losses on classes), or values in the target's units.
    pub fn output_kind(&self) -> OutputKind {
        match (&self.pre.task, self.loss) {
            (Task::Classification { .. }, LossKind::CrossEntropy) => OutputKind::Softmax,
            (Task::Classification { .. }, LossKind::BinaryCrossEntropy) if self.units == 1 => {
                OutputKind::Sigmoid
            }
            (Task::Classification { .. }, _) => OutputKind::Scores,
            (Task::Regression { .. }, _) => OutputKind::Values,
        }
    }

    /// The layers in the text form (`dense:16,relu`).
    pub fn layers_text(&self) -> String {
        self.spec
            .layers
            .iter()
            .map(crate::model::text::layer_text)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// How the network's raw outputs become what `layerlab predict` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    /// Softmax over the classes.
    Softmax,
    /// One logit: probabilities `[1 − σ(z), σ(z)]` of the two classes.
    Sigmoid,
    /// Raw class scores.
    Scores,
    /// Values, scaling of the target undone.
    Values,
}

/// Writes `bytes` to `path` through a temporary file beside it (renamed into place).
pub(crate) fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(io)
}
