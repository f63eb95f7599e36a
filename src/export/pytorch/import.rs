//! `layerlab import`: a PyTorch checkpoint (`weights.safetensors`, or one of the
//! `checkpoints/epoch-N.safetensors` that train.py writes) back into a session's
//! [`Weights`]. The inverse of the export, through the same table ([`super::modules`]):
//! every tensor must be there, float32, of the exported shape, with finite values.

use super::{modules, Slot};
use crate::export::Trained;
use crate::model::Weights;
use safetensors::tensor::Dtype;
use safetensors::SafeTensors;
use std::path::{Path, PathBuf};

/// Why a checkpoint cannot be brought back into a session. Each names the file, and the
/// tensor where one is at fault.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not a safetensors file.
    #[error("{}: not a safetensors file ({message}); give a checkpoint written by train.py or weights.safetensors", path.display())]
    Format {
        /// The checkpoint.
        path: PathBuf,
        /// What the reader said.
        message: String,
    },
    /// A tensor of the network is absent.
    #[error("{}: tensor `{tensor}` is missing (the network `{network}` needs it); was the checkpoint written for this session's network?", path.display())]
    Missing {
        /// The checkpoint.
        path: PathBuf,
        /// The tensor's name.
        tensor: String,
        /// The network in the text form.
        network: String,
    },
    /// A tensor the network does not have.
    #[error("{}: tensor `{tensor}` is not part of the network `{network}`; was the checkpoint written for another network?", path.display())]
    Unexpected {
        /// The checkpoint.
        path: PathBuf,
        /// The tensor's name.
        tensor: String,
        /// The network in the text form.
        network: String,
    },
    /// A tensor of another shape.
    #[error("{}: tensor `{tensor}` has shape {found:?}, the network needs {expected:?}", path.display())]
    Shape {
        /// The checkpoint.
        path: PathBuf,
        /// The tensor's name.
        tensor: String,
        /// The shape the network needs.
        expected: Vec<usize>,
        /// The shape in the file.
        found: Vec<usize>,
    },
    /// A tensor that is not float32.
    #[error("{}: tensor `{tensor}` holds {found:?} values, float32 (F32) expected; save it with tensor.float()", path.display())]
    Dtype {
        /// The checkpoint.
        path: PathBuf,
        /// The tensor's name.
        tensor: String,
        /// The dtype in the file.
        found: Dtype,
    },
    /// A value that is NaN or infinite.
    #[error("{}: tensor `{tensor}` holds {value} at position {index}; the training that wrote it diverged, use an earlier checkpoint", path.display())]
    NonFinite {
        /// The checkpoint.
        path: PathBuf,
        /// The tensor's name.
        tensor: String,
        /// Flat index of the first bad value.
        index: usize,
        /// The value.
        value: f32,
    },
    /// The session's weights do not have the layout the table expects.
    #[error("the session is inconsistent: layer {layer} has no {what}; retrain it")]
    Inconsistent {
        /// 1-based layer number.
        layer: usize,
        /// What is missing.
        what: &'static str,
    },
}

/// What an import gives: the weights and, when the file says so, the epochs trained.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The session's weights with every exported tensor replaced.
    pub weights: Weights,
    /// The `epoch` of the file's metadata (train.py's checkpoints and the export write it).
    pub epoch: Option<u32>,
}

/// Reads the safetensors `bytes` (from `path`, named in errors) into a copy of `t`'s
/// weights. PyTorch's `num_batches_tracked` counters are ignored (layerlab keeps none);
/// any other tensor outside the network is refused.
pub fn import_checkpoint(t: &Trained, bytes: &[u8], path: &Path) -> Result<Imported, ImportError> {
    let format = |e: safetensors::SafeTensorError| ImportError::Format {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let st = SafeTensors::deserialize(bytes).map_err(format)?;
    let (_, meta) = SafeTensors::read_metadata(bytes).map_err(format)?;
    let epoch = meta
        .metadata()
        .as_ref()
        .and_then(|m| m.get("epoch"))
        .and_then(|e| e.parse().ok());
    let network = t.layers_text();
    let (_, slots) = modules(t);
    let mut names: Vec<&str> = st.names();
    names.sort_unstable();
    for name in names {
        if !slots.iter().any(|s| s.name == name) && !name.ends_with(".num_batches_tracked") {
            return Err(ImportError::Unexpected {
                path: path.to_path_buf(),
                tensor: name.to_string(),
                network,
            });
        }
    }
    let mut weights = t.weights.clone();
    for slot in &slots {
        let values = tensor_values(&st, slot, path, &network)?;
        weights
            .layers
            .get_mut(slot.layer)
            .and_then(|w| slot.write(w, values))
            .ok_or(ImportError::Inconsistent {
                layer: slot.layer + 1,
                what: slot.source.what(),
            })?;
    }
    Ok(Imported { weights, epoch })
}

/// The checked values of one tensor.
fn tensor_values(
    st: &SafeTensors,
    slot: &Slot,
    path: &Path,
    network: &str,
) -> Result<Vec<f32>, ImportError> {
    let view = st.tensor(&slot.name).map_err(|_| ImportError::Missing {
        path: path.to_path_buf(),
        tensor: slot.name.clone(),
        network: network.to_string(),
    })?;
    if view.dtype() != Dtype::F32 {
        return Err(ImportError::Dtype {
            path: path.to_path_buf(),
            tensor: slot.name.clone(),
            found: view.dtype(),
        });
    }
    if view.shape() != slot.shape.as_slice() {
        return Err(ImportError::Shape {
            path: path.to_path_buf(),
            tensor: slot.name.clone(),
            expected: slot.shape.clone(),
            found: view.shape().to_vec(),
        });
    }
    let values: Vec<f32> = view
        .data()
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    if let Some((index, &value)) = values.iter().enumerate().find(|(_, x)| !x.is_finite()) {
        return Err(ImportError::NonFinite {
            path: path.to_path_buf(),
            tensor: slot.name.clone(),
            index,
            value,
        });
    }
    Ok(values)
}
