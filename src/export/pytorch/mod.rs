//! A trained session as a PyTorch project: `model.py` (the network as an `nn.Module`, with
//! `load`, `preprocess`, `predict`), `weights.safetensors`, `preprocess.json` (the fitted
//! preprocessing, the task, the split's row indices, the training settings), `train.py`
//! (continues training, also under `torchrun` with DistributedDataParallel) and a README.

mod import;

pub use import::{import_checkpoint, ImportError, Imported};

use super::{ExportError, OutputKind, Trained};
use crate::data::prepare::prepare_with_split;
use crate::data::Task;
use crate::model::{Activation, LayerSpec, LayerWeights, Shape};
use crate::session::{LoadedData, Session};
use safetensors::tensor::{Dtype, TensorView};
use serde_json::json;
use std::path::{Path, PathBuf};

/// The fixed part of model.py (after the generated `build`).
const MODEL_TAIL: &str = include_str!("model_tail.py");
/// train.py, which reads everything it needs from preprocess.json.
const TRAIN_PY: &str = include_str!("train.py");

/// Writes the project into `dir` (created if absent) for `session`, whose data `loaded`
/// was read; returns the files written.
pub fn write(
    t: &Trained,
    session: &Session,
    loaded: &LoadedData,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let (modules, slots) = modules(t);
    let tensors = slots
        .iter()
        .map(|slot| {
            let layer = t.weights.layers.get(slot.layer);
            let values = layer.and_then(|w| slot.read(w)).ok_or_else(|| {
                ExportError::Inconsistent(format!(
                    "layer {} has no {}",
                    slot.layer + 1,
                    slot.source.what()
                ))
            })?;
            Ok((slot.name.clone(), slot.shape.clone(), values))
        })
        .collect::<Result<Vec<Named>, ExportError>>()?;
    let mut written = Vec::new();
    let mut put = |name: &str, bytes: &[u8]| -> Result<(), ExportError> {
        let path = dir.join(name);
        super::write_file(&path, bytes)?;
        written.push(path);
        Ok(())
    };
    put("model.py", model_py(t, &modules).as_bytes())?;
    let epochs = session.state.as_ref().map_or(0, |s| s.epoch);
    put("weights.safetensors", &safetensors_bytes(&tensors, epochs)?)?;
    let (config, data_csv) = preprocess_json(t, session, loaded)?;
    if let Some(csv) = data_csv {
        put("data.csv", &csv)?;
    }
    let text = serde_json::to_string_pretty(&config).map_err(|e| ExportError::Encode {
        what: "preprocess.json",
        message: e.to_string(),
    })?;
    put("preprocess.json", text.as_bytes())?;
    put("train.py", TRAIN_PY.as_bytes())?;
    put("README.md", readme(t).as_bytes())?;
    Ok(written)
}

/// One tensor of the state dict: name, shape, values.
type Named = (String, Vec<usize>, Vec<f32>);

/// Where a tensor of the state dict lives in layerlab's [`LayerWeights`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// A parameter stored in the same element order (conv weight, biases, norms).
    Param(&'static str),
    /// A dense weight: layerlab stores `[inputs, units]`, `nn.Linear` `[units, inputs]`.
    DenseWeight {
        /// Inputs of the layer.
        inputs: usize,
        /// Units of the layer.
        units: usize,
    },
    /// Batch-norm running mean.
    RunningMean,
    /// Batch-norm running variance.
    RunningVar,
}

impl Source {
    /// The layerlab name of what the tensor holds.
    pub(crate) fn what(&self) -> &'static str {
        match self {
            Source::Param(n) => n,
            Source::DenseWeight { .. } => "weight",
            Source::RunningMean => "running_mean",
            Source::RunningVar => "running_var",
        }
    }
}

/// One tensor of the exported state dict and where its values come from: THE table shared
/// by the export and by `layerlab import`, so that the two cannot drift apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Slot {
    /// The state-dict name (`layers.3.weight`).
    pub name: String,
    /// The PyTorch shape.
    pub shape: Vec<usize>,
    /// Index of the resolved layer (the head last).
    pub layer: usize,
    /// Which values of that layer.
    pub source: Source,
}

impl Slot {
    /// The values in PyTorch's layout; `None` when the layer lacks them or their count
    /// does not fit the shape.
    pub(crate) fn read(&self, w: &LayerWeights) -> Option<Vec<f32>> {
        let values = match self.source {
            Source::Param(_) | Source::DenseWeight { .. } => {
                &w.params
                    .iter()
                    .find(|p| p.name == self.source.what())?
                    .values
            }
            Source::RunningMean => &w.running_mean,
            Source::RunningVar => &w.running_var,
        };
        if values.len() != self.shape.iter().product::<usize>() {
            return None;
        }
        Some(match self.source {
            Source::DenseWeight { inputs, units } => transpose(values, inputs, units),
            _ => values.clone(),
        })
    }

    /// Puts `values` (PyTorch's layout, as many as the shape holds) back into `w`: the
    /// inverse of [`Slot::read`]; `None` when the layer lacks them or the count differs.
    pub(crate) fn write(&self, w: &mut LayerWeights, values: Vec<f32>) -> Option<()> {
        let values = match self.source {
            Source::DenseWeight { inputs, units } => transpose(&values, units, inputs),
            _ => values,
        };
        let target = match self.source {
            Source::Param(_) | Source::DenseWeight { .. } => {
                let what = self.source.what();
                &mut w.params.iter_mut().find(|p| p.name == what)?.values
            }
            Source::RunningMean => &mut w.running_mean,
            Source::RunningVar => &mut w.running_var,
        };
        if target.len() != values.len() {
            return None;
        }
        *target = values;
        Some(())
    }
}

/// `v` as a `rows × cols` row-major matrix, transposed (`cols × rows`).
fn transpose(v: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut out = vec![0.0f32; v.len()];
    for r in 0..rows {
        for c in 0..cols {
            if let (Some(d), Some(s)) = (out.get_mut(c * rows + r), v.get(r * cols + c)) {
                *d = *s;
            }
        }
    }
    out
}

/// The `nn.Sequential` entries (Python expressions) and the state dict's table.
pub(crate) fn modules(t: &Trained) -> (Vec<String>, Vec<Slot>) {
    let mut m: Vec<String> = Vec::new();
    let mut slots: Vec<Slot> = Vec::new();
    let mut rank4 = false;
    if let Shape::Image { c, h, w } = t.spec.input {
        m.push(format!("nn.Unflatten(1, ({c}, {h}, {w}))"));
        rank4 = true;
    }
    for (i, info) in t.resolved.layers.iter().enumerate() {
        let mut slot = |k: usize, field: &str, shape: Vec<usize>, source: Source| {
            slots.push(Slot {
                name: format!("layers.{k}.{field}"),
                shape,
                layer: i,
                source,
            })
        };
        match info.spec {
            LayerSpec::Dense { units, bias } => {
                if rank4 {
                    m.push("nn.Flatten()".into());
                    rank4 = false;
                }
                let n_in = info.input.numel();
                let k = m.len();
                m.push(format!(
                    "nn.Linear({n_in}, {units}, bias={})",
                    if bias { "True" } else { "False" }
                ));
                let dense = Source::DenseWeight {
                    inputs: n_in,
                    units,
                };
                slot(k, "weight", vec![units, n_in], dense);
                if bias {
                    slot(k, "bias", vec![units], Source::Param("bias"));
                }
            }
            LayerSpec::Conv2d {
                filters,
                kernel,
                stride,
                padding,
            } => {
                let (c, _) = info.input.channels();
                let k = m.len();
                m.push(format!(
                    "nn.Conv2d({c}, {filters}, {kernel}, stride={stride}, padding={padding})"
                ));
                let shape = vec![filters, c, kernel, kernel];
                slot(k, "weight", shape, Source::Param("weight"));
                slot(k, "bias", vec![filters], Source::Param("bias"));
            }
            LayerSpec::MaxPool2d { size, stride } => {
                m.push(format!("nn.MaxPool2d({size}, stride={stride})"));
            }
            LayerSpec::AvgPool2d { size, stride } => {
                m.push(format!("nn.AvgPool2d({size}, stride={stride})"));
            }
            LayerSpec::Flatten => {
                if rank4 {
                    m.push("nn.Flatten()".into());
                    rank4 = false;
                }
            }
            LayerSpec::Dropout { p } => m.push(format!("nn.Dropout(p={p})")),
            LayerSpec::BatchNorm => {
                let (ch, _) = info.input.channels();
                let k = m.len();
                let kind = if rank4 { "BatchNorm2d" } else { "BatchNorm1d" };
                m.push(format!("nn.{kind}({ch}, eps=1e-5, momentum=0.1)"));
                slot(k, "weight", vec![ch], Source::Param("gamma"));
                slot(k, "bias", vec![ch], Source::Param("beta"));
                slot(k, "running_mean", vec![ch], Source::RunningMean);
                slot(k, "running_var", vec![ch], Source::RunningVar);
            }
            LayerSpec::LayerNorm => {
                let shape: Vec<usize> = match info.input {
                    Shape::Image { c, h, w } if rank4 => vec![c, h, w],
                    s => vec![s.numel()],
                };
                let k = m.len();
                let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
                m.push(format!("nn.LayerNorm([{}], eps=1e-5)", dims.join(", ")));
                slot(k, "weight", shape.clone(), Source::Param("gamma"));
                slot(k, "bias", shape, Source::Param("beta"));
            }
            LayerSpec::Act(a) => m.push(match a {
                Activation::ReLU => "nn.ReLU()".into(),
                Activation::LeakyReLU { slope } => format!("nn.LeakyReLU({slope})"),
                Activation::ELU { alpha } => format!("nn.ELU({alpha})"),
                Activation::GELU => "nn.GELU(approximate=\"tanh\")".into(),
                Activation::Tanh => "nn.Tanh()".into(),
                Activation::Sigmoid => "nn.Sigmoid()".into(),
                Activation::Softplus => "nn.Softplus()".into(),
            }),
        }
    }
    (m, slots)
}

fn model_py(t: &Trained, modules: &[String]) -> String {
    let mut s = format!(
        "\"\"\"The layerlab network `{}` as a PyTorch module (generated by layerlab export).\n\n\
         load(dir) -> the network with its weights, in eval mode\n\
         preprocess(df) -> a pandas DataFrame of raw feature columns as the input tensor\n\
         predict(net, x) -> probabilities [N, classes] or values [N, targets] in the target's units\n\
         \"\"\"\nimport json\nimport math\nimport os\n\nimport numpy as np\nimport pandas as pd\n\
         import torch\nfrom torch import nn\n\nHERE = os.path.dirname(os.path.abspath(__file__))\n\n\n\
         def build():\n    \"\"\"The layers, in layerlab's order (the output layer last).\"\"\"\n    return nn.Sequential(\n",
        t.layers_text()
    );
    for (i, m) in modules.iter().enumerate() {
        s += &format!("        {m},  # {i}\n");
    }
    s += "    )\n";
    s += MODEL_TAIL;
    s
}

/// The state dict as safetensors, with the epochs trained in the metadata (`epoch`, as
/// train.py writes in its checkpoints).
fn safetensors_bytes(tensors: &[Named], epochs: u32) -> Result<Vec<u8>, ExportError> {
    let bytes: Vec<(String, Vec<usize>, Vec<u8>)> = tensors
        .iter()
        .map(|(n, shape, v)| {
            (
                n.clone(),
                shape.clone(),
                v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            )
        })
        .collect();
    let mut views = Vec::new();
    for (n, shape, b) in &bytes {
        let view =
            TensorView::new(Dtype::F32, shape.clone(), b).map_err(|e| ExportError::Encode {
                what: "weights.safetensors",
                message: format!("{n}: {e}"),
            })?;
        views.push((n.clone(), view));
    }
    let meta = std::collections::HashMap::from([("epoch".to_string(), epochs.to_string())]);
    safetensors::tensor::serialize(views, Some(meta)).map_err(|e| ExportError::Encode {
        what: "weights.safetensors",
        message: e.to_string(),
    })
}

/// preprocess.json, and data.csv when the session's data is not a file (built-in or
/// embedded data is written beside it).
fn preprocess_json(
    t: &Trained,
    session: &Session,
    loaded: &LoadedData,
) -> Result<(serde_json::Value, Option<Vec<u8>>), ExportError> {
    let (_, _, split) = prepare_with_split(&loaded.table, &session.data_config)
        .map_err(|e| ExportError::Inconsistent(e.to_string()))?;
    let table = &loaded.table;
    let (csv_name, data_csv) = match &loaded.file {
        Some(f) => (f.display().to_string(), None),
        None => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let enc = |e: csv::Error| ExportError::Encode {
                what: "data.csv",
                message: e.to_string(),
            };
            w.write_record(table.column_names()).map_err(enc)?;
            for r in 0..table.rows() {
                let row: Vec<String> = table
                    .columns
                    .iter()
                    .map(|c| c.text(r).unwrap_or_default())
                    .collect();
                w.write_record(&row).map_err(enc)?;
            }
            let bytes = w.into_inner().map_err(|e| ExportError::Encode {
                what: "data.csv",
                message: e.to_string(),
            })?;
            ("data.csv".to_string(), Some(bytes))
        }
    };
    let written_here = data_csv.is_some();
    let (task, names) = match &t.pre.task {
        Task::Classification { classes } => ("classification", json!({ "classes": classes })),
        Task::Regression { targets } => ("regression", json!({ "targets": targets })),
    };
    let output = match t.output_kind() {
        OutputKind::Softmax => "softmax",
        OutputKind::Sigmoid => "sigmoid",
        OutputKind::Scores => "scores",
        OutputKind::Values => "values",
    };
    let mut v = json!({
        "format": 1,
        "network": t.layers_text(),
        "input_shape": t.spec.input.to_string(),
        "task": task,
        "output": output,
        "loss": t.loss,
        "preprocessor": t.pre,
        "data_config": session.data_config,
        "data": {
            "csv": csv_name,
            "delimiter": if written_here { ",".to_string() } else { char::from(table.delimiter).to_string() },
            "decimal_comma": !written_here && session.data_config.read.decimal_comma == Some(true),
            "has_header": written_here || table.has_header,
            "columns": table.column_names(),
        },
        "split": {"train": split.train, "val": split.val, "test": split.test},
        "train": t.train,
        "epochs_done": session.state.as_ref().map_or(0, |s| s.epoch),
    });
    if let (Some(obj), Some(extra)) = (v.as_object_mut(), names.as_object()) {
        for (k, x) in extra {
            obj.insert(k.clone(), x.clone());
        }
    }
    Ok((v, data_csv))
}

fn readme(t: &Trained) -> String {
    format!(
        "# layerlab network `{net}` as a PyTorch project\n\n\
         Generated by `layerlab export --to pytorch`. Needs Python 3 with `torch`, `numpy`,\n\
         `pandas` and `safetensors` (`pip install torch numpy pandas safetensors`).\n\n\
         | file | what |\n|---|---|\n\
         | `model.py` | the network as an `nn.Module`; `load(dir)`, `preprocess(df)`, `predict(net, x)` |\n\
         | `weights.safetensors` | the trained weights (and batch-norm running statistics) |\n\
         | `preprocess.json` | the fitted preprocessing, task, classes/targets, split rows, training settings |\n\
         | `train.py` | continues training with the same loss, optimizer, schedule and split |\n\n\
         ```python\nimport pandas as pd, model\nnet = model.load()\nx = model.preprocess(pd.read_csv(\"new.csv\"))\nprint(model.predict(net, x))  # what `layerlab predict --json` reports\n```\n\n\
         Keep training (on one process, or data-parallel on N processes: gloo on CPU, NCCL on GPUs):\n\n\
         ```sh\npython train.py --epochs 10\ntorchrun --nproc_per_node=2 train.py --epochs 10\n```\n\n\
         Each epoch prints a JSON line (`epoch`, `train_loss`, `val_loss`) and writes\n\
         `checkpoints/epoch-N.safetensors` (the names of `weights.safetensors`); bring one back into\n\
         the session for layerlab's views with\n\
         `layerlab import SESSION.ron --weights checkpoints/epoch-N.safetensors --out NEW.ron`. The optimizer's\n\
         state (e.g. Adam's moments) starts afresh; the learning-rate schedule continues from\n\
         the session's epoch (`epochs_done` in preprocess.json).\n",
        net = t.layers_text(),
    )
}
