//! Seeing inside a network beyond statistics: the decision boundary over two input
//! features (with per-neuron maps of the first hidden layer), the fitted curve of a
//! one-feature regression, and a slow-motion trace of one training step.

use crate::data::{Dataset, Split};
use crate::engine::{Capture, Trainer};
use crate::model::loss::{argmax_rows, to_predictions};
use crate::model::{LayerSpec, LossKind, OptimizerKind, SlotValues};
use serde::{Deserialize, Serialize};

/// What boundary to compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoundaryRequest {
    /// Feature on the horizontal axis.
    pub fx: usize,
    /// Feature on the vertical axis (ignored for one-feature regression).
    pub fy: usize,
    /// Grid cells per side.
    pub resolution: usize,
}

impl Default for BoundaryRequest {
    fn default() -> Self {
        BoundaryRequest {
            fx: 0,
            fy: 1,
            resolution: 64,
        }
    }
}

/// A predicted-class map over two features (others held at their training median).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct BoundaryGrid {
    /// Feature indices on the x and y axes.
    pub features: (usize, usize),
    /// Range of the x axis (in the prepared, scaled units; the raw units of the data's
    /// [`crate::data::Plane`] when `plane` is set).
    pub x_range: (f32, f32),
    /// Range of the y axis.
    pub y_range: (f32, f32),
    /// Cells per side; cell (i, j) is at x index i, y index j, stored row-major by y.
    pub resolution: usize,
    /// Predicted class per cell (classification), empty otherwise.
    pub class: Vec<u16>,
    /// Confidence (top probability) per cell, or the predicted value (regression).
    pub value: Vec<f32>,
    /// Per-unit output of the first hidden layer per cell: `[unit][cell]`, for small layers.
    pub neurons: Vec<Vec<f32>>,
    /// Label of the layer the neuron maps come from.
    pub neuron_layer: String,
    /// Epoch the grid was computed after.
    pub epoch: u32,
    /// The maps of every hidden unit, one entry per hidden layer of at most
    /// [`MAX_MAP_UNITS`] units, on a grid of at most [`MAP_RESOLUTION`] cells per side.
    #[serde(default)]
    pub hidden: Vec<LayerMaps>,
    /// The network the grid was computed with (see [`network_key`]), so a view can tell
    /// which maps still belong to an edited network.
    #[serde(default)]
    pub network: Vec<String>,
    /// The grid is over the data's two raw columns (the dataset's plane), in their own
    /// units, with every network input computed from them; `features` is then (0, 1).
    #[serde(default)]
    pub plane: bool,
}

/// Cells per side of the per-unit maps in [`BoundaryGrid::hidden`] (small pictures).
pub const MAP_RESOLUTION: usize = 32;
/// Widest layer whose units get maps.
pub const MAX_MAP_UNITS: usize = 64;

/// What every unit of one hidden layer computes over the grid of a [`BoundaryGrid`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct LayerMaps {
    /// Index of the layer whose output the maps show (in the network's layers, head
    /// included): the last layer of a dense layer's group (its activation, its dropout),
    /// so the map is what the next layer receives.
    pub layer: usize,
    /// Index of the dense layer the group starts with.
    pub dense: usize,
    /// Cells per side.
    pub resolution: usize,
    /// Number of units.
    pub units: usize,
    /// Unit `u`'s value in cell `c` at `u * resolution² + c`; cells row-major by y, bottom
    /// row first, like the grid.
    pub values: Vec<f32>,
}

impl LayerMaps {
    /// The map of one unit.
    pub fn unit(&self, u: usize) -> Option<&[f32]> {
        let n = self.resolution * self.resolution;
        self.values.get(u * n..(u + 1) * n)
    }
}

/// The key that identifies a network for the pictures made from it: the input width, then
/// each layer as displayed (head included). Equal prefixes mean equal computations up to
/// that layer, for the same weights.
pub fn network_key(input_len: usize, layers: &[LayerSpec]) -> Vec<String> {
    std::iter::once(format!("input {input_len}"))
        .chain(layers.iter().map(ToString::to_string))
        .collect()
}

/// For each hidden dense layer, `(dense index, index of the last layer of its group)`:
/// the group runs over the activations, dropouts and normalizations after it, up to the
/// next dense or convolution layer or the head. `is_head` marks the output layer.
pub fn dense_groups(specs: &[(LayerSpec, bool)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (d, (spec, head)) in specs.iter().enumerate() {
        if *head || !matches!(spec, LayerSpec::Dense { .. }) {
            continue;
        }
        let mut end = d;
        while let Some((next, next_head)) = specs.get(end + 1) {
            if *next_head || matches!(next, LayerSpec::Dense { .. } | LayerSpec::Conv2d { .. }) {
                break;
            }
            end += 1;
        }
        out.push((d, end));
    }
    out
}

/// The fitted curve of a regression with one input feature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FitCurve {
    /// Points (x, predicted y) in the prepared units.
    pub points: Vec<[f32; 2]>,
}

/// Per-feature medians of a split (the value other features are held at).
pub fn medians(split: &Split, width: usize) -> Vec<f32> {
    (0..width)
        .map(|f| {
            let mut col: Vec<f32> = (0..split.rows)
                .map(|r| split.x[r * width + f])
                .filter(|v| v.is_finite())
                .collect();
            col.sort_by(f32::total_cmp);
            col.get(col.len() / 2).copied().unwrap_or(0.0)
        })
        .collect()
}

fn range(split: &Split, width: usize, f: usize) -> (f32, f32) {
    let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
    for r in 0..split.rows {
        let v = split.x[r * width + f];
        if v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (-1.0, 1.0);
    }
    pad((lo, hi))
}

/// A range widened by a tenth on each side.
fn pad((lo, hi): (f32, f32)) -> (f32, f32) {
    let pad = ((hi - lo) * 0.1).max(1e-3);
    (lo - pad, hi + pad)
}

/// Computes the decision boundary (classification) or value map over two features.
pub fn boundary(
    tr: &mut Trainer,
    ds: &Dataset,
    req: BoundaryRequest,
    epoch: u32,
) -> Option<BoundaryGrid> {
    let width = tr.net.input_len();
    let on_plane = ds.plane.as_ref().is_some_and(|p| p.inputs.len() == width);
    if width == 0 || (!on_plane && (req.fx >= width || req.fy >= width)) || ds.train.is_empty() {
        return None;
    }
    let n = req.resolution.clamp(4, 256);
    let plane = ds.plane.as_ref().filter(|p| p.inputs.len() == width);
    let (xr, yr, x) = match plane {
        // Over the two raw columns; every input (x1², sin x1 …) computed from them.
        Some(p) => {
            let (xr, yr) = (pad(p.ranges[0]), pad(p.ranges[1]));
            let mut x = Vec::with_capacity(n * n * width);
            for j in 0..n {
                for i in 0..n {
                    let a = xr.0 + (xr.1 - xr.0) * (i as f32 + 0.5) / n as f32;
                    let b = yr.0 + (yr.1 - yr.0) * (j as f32 + 0.5) / n as f32;
                    p.encode_into(a, b, &mut x);
                }
            }
            (xr, yr, x)
        }
        None => {
            let base = medians(&ds.train, width);
            let (xr, yr) = (
                range(&ds.train, width, req.fx),
                range(&ds.train, width, req.fy),
            );
            let mut x = Vec::with_capacity(n * n * width);
            for j in 0..n {
                for i in 0..n {
                    let mut row = base.clone();
                    row[req.fx] = xr.0 + (xr.1 - xr.0) * (i as f32 + 0.5) / n as f32;
                    row[req.fy] = yr.0 + (yr.1 - yr.0) * (j as f32 + 0.5) / n as f32;
                    x.extend(row);
                }
            }
            (xr, yr, x)
        }
    };
    let (raw, rec) = tr.net.predict_recorded(&x, n * n);
    let units = tr.net.output_len();
    let mut grid = BoundaryGrid {
        features: if plane.is_some() {
            (0, 1)
        } else {
            (req.fx, req.fy)
        },
        x_range: xr,
        y_range: yr,
        resolution: n,
        epoch,
        plane: plane.is_some(),
        ..Default::default()
    };
    if tr.task.is_classification() {
        let probs = to_predictions(tr.loss, &tr.task, &raw, units);
        let w = if tr.loss == LossKind::BinaryCrossEntropy {
            2
        } else {
            units
        };
        let cls = argmax_rows(&probs, w);
        grid.value = cls
            .iter()
            .zip(probs.chunks(w.max(1)))
            .map(|(&c, p)| p.get(c).copied().unwrap_or(0.0))
            .collect();
        grid.class = cls.iter().map(|&c| c as u16).collect();
    } else {
        grid.value = raw.chunks(units.max(1)).map(|r| r[0]).collect();
    }
    grid.network = network_key(
        width,
        &tr.net
            .layers
            .iter()
            .map(|l| l.spec.clone())
            .collect::<Vec<_>>(),
    );
    grid.hidden = hidden_maps(tr, &rec.outputs, n);
    // Per-neuron maps: the first activation after the first dense layer, if small enough.
    let first_dense = tr
        .net
        .layers
        .iter()
        .position(|l| matches!(l.spec, LayerSpec::Dense { .. }) && !l.is_head);
    if let Some(d) = first_dense {
        let li = match tr.net.layers.get(d + 1).map(|l| &l.spec) {
            Some(LayerSpec::Act(_)) => d + 1,
            _ => d,
        };
        let units_l = tr.net.layers[li].output.numel();
        if units_l <= 64 {
            if let Some(vals) = rec.outputs.get(li) {
                grid.neurons = (0..units_l)
                    .map(|u| (0..n * n).map(|c| vals[c * units_l + u]).collect())
                    .collect();
                grid.neuron_layer = tr.net.layers[li].spec.to_string();
            }
        }
    }
    Some(grid)
}

/// The maps of every hidden dense layer's group output (see [`dense_groups`]) from the
/// recorded outputs of a grid of `n × n` cells, sampled down to [`MAP_RESOLUTION`].
fn hidden_maps(tr: &Trainer, outputs: &[Vec<f32>], n: usize) -> Vec<LayerMaps> {
    let specs: Vec<(LayerSpec, bool)> = tr
        .net
        .layers
        .iter()
        .map(|l| (l.spec.clone(), l.is_head))
        .collect();
    let m = n.clamp(1, MAP_RESOLUTION);
    // Grid cell nearest to the centre of each map cell.
    let pick: Vec<usize> = (0..m).map(|k| ((2 * k + 1) * n) / (2 * m)).collect();
    dense_groups(&specs)
        .into_iter()
        .filter_map(|(dense, layer)| {
            let units = tr.net.layers.get(layer)?.output.numel();
            let vals = outputs.get(layer)?;
            if units == 0 || units > MAX_MAP_UNITS || vals.len() < n * n * units {
                return None;
            }
            let mut values = Vec::with_capacity(units * m * m);
            for u in 0..units {
                for &j in &pick {
                    for &i in &pick {
                        values.push(vals[(j * n + i) * units + u]);
                    }
                }
            }
            Some(LayerMaps {
                layer,
                dense,
                resolution: m,
                units,
                values,
            })
        })
        .collect()
}

/// The fitted curve of a one-feature regression, over the training range; values in the
/// target's own units.
pub fn fit_curve(tr: &mut Trainer, ds: &Dataset, points: usize) -> Option<FitCurve> {
    if tr.net.input_len() != 1 || tr.task.is_classification() || ds.train.is_empty() {
        return None;
    }
    let (lo, hi) = range(&ds.train, 1, 0);
    let n = points.clamp(2, 2000);
    let x: Vec<f32> = (0..n)
        .map(|i| lo + (hi - lo) * i as f32 / (n - 1) as f32)
        .collect();
    let raw = tr.net.predict_raw(&x, n);
    let units = tr.net.output_len().max(1);
    Some(FitCurve {
        points: x
            .iter()
            .zip(raw.chunks(units))
            .map(|(&a, r)| [a, ds.target_scale.unscale(r[0])])
            .collect(),
    })
}

/// One parameter in a step trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct TraceParam {
    /// "weight", "bias" …
    pub name: String,
    /// Dimensions (dense weight: inputs × units).
    pub shape: Vec<usize>,
    /// Values before the step.
    pub value: Vec<f32>,
    /// Gradient of the loss for this sample.
    pub grad: Vec<f32>,
    /// The change the optimizer makes (new − old).
    pub update: Vec<f32>,
    /// The optimizer's memory of this parameter before the step: velocity or first moment
    /// (`first`), running square or second moment (`second`); empty when unused.
    #[serde(default)]
    pub memory_before: SlotValues,
    /// The same memory after the step.
    #[serde(default)]
    pub memory_after: SlotValues,
    /// Whether L1/L2 penalties and AdamW's weight decay apply to it (weights, not biases).
    #[serde(default)]
    pub decays: bool,
}

/// The optimizer as it made the traced update: plain numbers, so the Step view can spell
/// out its formula with the real values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct TraceOptimizer {
    /// The algorithm and its settings (`None` when unknown).
    pub kind: Option<OptimizerKind>,
    /// The update's number t, counting from 1 (Adam's bias corrections use it).
    pub step: u64,
    /// L1 penalty added to the weights' gradients.
    pub l1: f32,
    /// L2 penalty added to the weights' gradients.
    pub l2: f32,
    /// The largest norm of all gradients together, when clipping is on.
    pub grad_clip: Option<f32>,
}

/// One layer in a step trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct TraceLayer {
    /// The layer as displayed.
    pub label: String,
    /// Its output for the sample (for a dense layer: z = W·x + b; for an activation: its value).
    pub output: Vec<f32>,
    /// Its parameters with gradients and updates.
    pub params: Vec<TraceParam>,
}

/// The whole training loop for one sample, in one look.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct StepTrace {
    /// Index of the sample in the training split.
    pub sample: usize,
    /// Its input values.
    pub input: Vec<f32>,
    /// Its target (class id or values).
    pub target: Vec<f32>,
    /// Layer by layer, forward.
    pub layers: Vec<TraceLayer>,
    /// Prediction (probabilities or values).
    pub prediction: Vec<f32>,
    /// The loss of this sample.
    pub loss: f64,
    /// Learning rate used for the update shown.
    pub lr: f64,
    /// True when the sample comes from the test split (its update is never applied).
    #[serde(default)]
    pub from_test: bool,
    /// The optimizer that made the update.
    #[serde(default)]
    pub optimizer: TraceOptimizer,
}

/// Traces one training step on one sample without changing the real network: forward
/// layer by layer, loss, gradients, and the update the optimizer would make.
pub fn trace(tr: &Trainer, ds: &Dataset, sample: usize, lr: f64) -> Option<StepTrace> {
    trace_split(tr, &ds.train, sample, lr)
}

/// Like [`trace`] for a sample of any split.
pub fn trace_split(tr: &Trainer, split: &Split, sample: usize, lr: f64) -> Option<StepTrace> {
    if sample >= split.rows {
        return None;
    }
    let (w, yd) = (tr.net.input_len(), tr.task.target_dim());
    let x = split.x[sample * w..(sample + 1) * w].to_vec();
    let y = split.y[sample * yd..(sample + 1) * yd].to_vec();
    let mut probe = tr.clone();
    let (raw, rec) = probe.net.predict_recorded(&x, 1);
    let units = probe.net.output_len();
    let prediction = to_predictions(probe.loss, &probe.task, &raw, units);
    let before = probe.net.weights();
    let memory_before = probe.opt.state();
    let outcome = probe.train_batch(&x, &y, 1, lr, Capture::Values).ok()?;
    let memory_after = probe.opt.state();
    let slot =
        |st: &crate::model::OptimizerState, i: usize| st.slots.get(i).cloned().unwrap_or_default();
    let mut index = 0usize;
    let mut stats = outcome.params.into_iter();
    let layers = probe
        .net
        .layers
        .iter()
        .zip(&before.layers)
        .zip(rec.outputs)
        .map(|((l, saved), output)| TraceLayer {
            label: if l.is_head {
                format!("Output {}", l.spec)
            } else {
                l.spec.to_string()
            },
            output,
            params: saved
                .params
                .iter()
                .zip(&l.params)
                .map(|(p, live)| {
                    let s = stats.next().unwrap_or_default();
                    let i = index;
                    index += 1;
                    TraceParam {
                        name: p.name.clone(),
                        shape: p.shape.clone(),
                        value: p.values.clone(),
                        grad: s.grad,
                        update: s.update,
                        memory_before: slot(&memory_before, i),
                        memory_after: slot(&memory_after, i),
                        decays: live.decays,
                    }
                })
                .collect(),
        })
        .collect();
    Some(StepTrace {
        sample,
        input: x,
        target: y,
        layers,
        prediction,
        loss: outcome.loss,
        lr,
        from_test: false,
        optimizer: TraceOptimizer {
            kind: Some(probe.opt.kind),
            step: memory_after.step,
            l1: probe.config.l1,
            l2: probe.config.l2,
            grad_clip: probe.config.grad_clip,
        },
    })
}
