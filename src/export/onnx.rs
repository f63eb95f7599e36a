//! A trained session as an ONNX model (opset 17), written with the ONNX protobuf types that
//! tract-onnx ships (`tract_onnx::pb`) and encoded with prost.
//!
//! The model has one input, `features`: float32 `[N, F]`, the raw feature columns in the
//! order the session reads them (numeric columns as numbers, NaN for a missing value;
//! categorical columns as their category code: the 0-based index in the category list of
//! the metadata). The graph fills missing values, scales, one-hot (or ordinally) encodes,
//! reshapes images, runs every layer and ends with one output: `probabilities` `[N, K]`
//! (softmax, or `[1 − σ, σ]` for one binary logit), `scores` `[N, K]` for classes trained
//! with a regression loss, or `values` `[N, T]` in the target's own units. Derived input
//! features (`x1²`, `x1·x2`, `sin x1`) are computed in the graph from the raw columns, so
//! the input holds only those ([`Preprocessor::raw_columns`]).

mod derived;

use super::{ExportError, OutputKind, Trained};
use crate::data::prepare::FeatureKind;
use crate::data::Preprocessor;
use crate::model::{Activation, LayerInfo, LayerSpec, LayerWeights, Shape};
use prost::Message;
use serde_json::json;
use tract_onnx::pb;
use tract_onnx::pb::tensor_proto::DataType;

/// The opset the model declares (LayerNormalization exists from 17 on).
pub const OPSET: i64 = 17;
/// The IR version that goes with opset 17.
pub const IR_VERSION: i64 = 8;
/// Epsilon of the normalization layers (the engine's).
const EPS: f32 = 1e-5;
/// √(2/π), the constant of GELU's tanh form.
const GELU_K: f32 = 0.797_884_6;

/// The name of the model's input.
pub const INPUT: &str = "features";

/// Builds the ONNX model of a trained session, ready to be written.
pub fn model(t: &Trained) -> Result<pb::ModelProto, ExportError> {
    let mut g = Graph::default();
    let encoded = preprocess(&mut g, &t.pre);
    let mut x = encoded;
    let mut rank4 = false;
    if let Shape::Image { c, h, w } = t.spec.input {
        let shape = g.const_i64("image_shape", &[4], &[-1, c as i64, h as i64, w as i64]);
        x = g.node("Reshape", &[&x, &shape], vec![]);
        rank4 = true;
    }
    for (i, (info, w)) in t.resolved.layers.iter().zip(&t.weights.layers).enumerate() {
        x = layer(&mut g, i, info, w, x, &mut rank4)?;
    }
    if rank4 {
        x = g.node("Flatten", &[&x], vec![attr_int("axis", 1)]);
    }
    let (out_name, width) = match t.output_kind() {
        OutputKind::Softmax => (
            "probabilities",
            g.node("Softmax", &[&x], vec![attr_int("axis", 1)]),
        ),
        OutputKind::Sigmoid => {
            let p = g.node("Sigmoid", &[&x], vec![]);
            let one = g.const_f32("one", &[1], &[1.0]);
            let q = g.node("Sub", &[&one, &p], vec![]);
            (
                "probabilities",
                g.node("Concat", &[&q, &p], vec![attr_int("axis", 1)]),
            )
        }
        OutputKind::Scores => ("scores", x),
        OutputKind::Values => {
            let pre = &t.pre;
            let factor = if pre.target_factor == 0.0 || !pre.target_factor.is_finite() {
                1.0
            } else {
                pre.target_factor
            };
            let mut y = x;
            if factor != 1.0 {
                let f = g.const_f32("target_factor", &[1], &[factor]);
                y = g.node("Div", &[&y, &f], vec![]);
            }
            if pre.target_offset != 0.0 {
                let o = g.const_f32("target_offset", &[1], &[pre.target_offset]);
                y = g.node("Add", &[&y, &o], vec![]);
            }
            ("values", y)
        }
    };
    g.nodes.push(pb::NodeProto {
        input: vec![width],
        output: vec![out_name.to_string()],
        name: format!("{out_name}_out"),
        op_type: "Identity".into(),
        ..Default::default()
    });
    let columns = t.pre.raw_columns().len();
    let outputs = match t.output_kind() {
        OutputKind::Sigmoid => 2,
        _ => t.units,
    };
    let graph = pb::GraphProto {
        name: "layerlab".into(),
        node: g.nodes,
        initializer: g.inits,
        input: vec![value_info(INPUT, columns)],
        output: vec![value_info(out_name, outputs)],
        doc_string: format!("layerlab network {}", t.layers_text()),
        ..Default::default()
    };
    Ok(pb::ModelProto {
        ir_version: IR_VERSION,
        opset_import: vec![pb::OperatorSetIdProto {
            domain: String::new(),
            version: OPSET,
        }],
        producer_name: "layerlab".into(),
        producer_version: env!("CARGO_PKG_VERSION").into(),
        model_version: 1,
        doc_string: doc(t, out_name, outputs),
        graph: Some(graph),
        metadata_props: metadata(t, out_name, outputs),
        ..Default::default()
    })
}

/// The model's bytes.
pub fn to_bytes(t: &Trained) -> Result<Vec<u8>, ExportError> {
    Ok(model(t)?.encode_to_vec())
}

/// Writes the model to `path` (through a temporary file beside it).
pub fn write(t: &Trained, path: &std::path::Path) -> Result<(), ExportError> {
    super::write_file(path, &to_bytes(t)?)
}

/// One line per input column, for the documentation.
fn columns_doc(pre: &Preprocessor) -> Vec<serde_json::Value> {
    pre.features
        .iter()
        .enumerate()
        .map(|(i, f)| match &f.kind {
            FeatureKind::Numeric { fill, .. } => json!({
                "index": i, "column": f.column, "kind": "numeric",
                "missing": if fill.is_some() { "NaN is filled as in training" } else { "NaN (the row is skipped in layerlab; the output is undefined)" },
            }),
            FeatureKind::OneHot { categories, fill } | FeatureKind::Ordinal { categories, fill } => {
                let kind = if matches!(f.kind, FeatureKind::OneHot { .. }) { "one-hot" } else { "ordinal" };
                json!({
                    "index": i, "column": f.column, "kind": kind,
                    "input": "the category code as a float: its 0-based index in `categories`; any other value (e.g. -1) is an unseen category",
                    "categories": categories,
                    "missing": if fill.is_some() { "NaN is filled with the training fill category" } else { "NaN (the row is skipped in layerlab; the output is undefined)" },
                })
            }
        })
        .collect()
}

fn metadata(t: &Trained, out_name: &str, outputs: usize) -> Vec<pb::StringStringEntryProto> {
    let pre = &t.pre;
    let mut m = vec![
        (
            "layerlab.input",
            format!(
                "{INPUT}: float32 [N, {}], the raw feature columns in this order: {}",
                pre.raw_columns().len(),
                pre.raw_columns().join(", ")
            ),
        ),
        (
            "layerlab.derived",
            if pre.derived.is_empty() {
                "none".to_string()
            } else {
                format!(
                    "computed in the graph from the input columns: {}",
                    derived::describe(pre)
                )
            },
        ),
        (
            "layerlab.output",
            format!("{out_name}: float32 [N, {outputs}], {}", output_words(t)),
        ),
        (
            "layerlab.columns",
            serde_json::Value::Array(columns_doc(pre)).to_string(),
        ),
        ("layerlab.target", pre.target.clone()),
        ("layerlab.network", t.layers_text()),
        ("layerlab.input_shape", t.spec.input.to_string()),
        ("layerlab.loss", t.loss.name().to_string()),
    ];
    match &pre.task {
        crate::data::Task::Classification { classes } => {
            m.push(("layerlab.classes", json!(classes).to_string()));
        }
        crate::data::Task::Regression { targets } => {
            m.push(("layerlab.targets", json!(targets).to_string()));
        }
    }
    m.into_iter()
        .map(|(k, v)| pb::StringStringEntryProto {
            key: k.to_string(),
            value: v,
        })
        .collect()
}

fn output_words(t: &Trained) -> String {
    match (t.output_kind(), &t.pre.task) {
        (
            OutputKind::Softmax | OutputKind::Sigmoid,
            crate::data::Task::Classification { classes },
        ) => {
            format!(
                "the probability of each class, in this order: {}",
                classes.join(", ")
            )
        }
        (OutputKind::Scores, crate::data::Task::Classification { classes }) => format!(
            "a raw score per class (the largest is the prediction), in this order: {}",
            classes.join(", ")
        ),
        (_, crate::data::Task::Regression { targets }) => format!(
            "the predicted value in the target's own units: {}",
            targets.join(", ")
        ),
        _ => String::new(),
    }
}

fn doc(t: &Trained, out_name: &str, outputs: usize) -> String {
    format!(
        "Exported by layerlab. Input `{INPUT}`: float32 [N, {}], the raw feature columns ({}); \
         categorical columns as their category code (see metadata `layerlab.columns`). \
         Output `{out_name}`: float32 [N, {outputs}], {}.",
        t.pre.raw_columns().len(),
        t.pre.raw_columns().join(", "),
        output_words(t)
    )
}

fn value_info(name: &str, width: usize) -> pb::ValueInfoProto {
    use pb::tensor_shape_proto::{dimension::Value as Dim, Dimension};
    pb::ValueInfoProto {
        name: name.to_string(),
        r#type: Some(pb::TypeProto {
            value: Some(pb::type_proto::Value::TensorType(pb::type_proto::Tensor {
                elem_type: DataType::Float as i32,
                shape: Some(pb::TensorShapeProto {
                    dim: vec![
                        Dimension {
                            value: Some(Dim::DimParam("N".into())),
                            ..Default::default()
                        },
                        Dimension {
                            value: Some(Dim::DimValue(width as i64)),
                            ..Default::default()
                        },
                    ],
                }),
            })),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Nodes and initializers under construction, with unique names.
#[derive(Default)]
struct Graph {
    nodes: Vec<pb::NodeProto>,
    inits: Vec<pb::TensorProto>,
    next: usize,
}

impl Graph {
    fn fresh(&mut self, base: &str) -> String {
        self.next += 1;
        format!("{base}_{}", self.next)
    }

    fn const_f32(&mut self, base: &str, dims: &[i64], values: &[f32]) -> String {
        let name = self.fresh(base);
        self.inits.push(pb::TensorProto {
            dims: dims.to_vec(),
            data_type: DataType::Float as i32,
            float_data: values.to_vec(),
            name: name.clone(),
            ..Default::default()
        });
        name
    }

    fn const_i64(&mut self, base: &str, dims: &[i64], values: &[i64]) -> String {
        let name = self.fresh(base);
        self.inits.push(pb::TensorProto {
            dims: dims.to_vec(),
            data_type: DataType::Int64 as i32,
            int64_data: values.to_vec(),
            name: name.clone(),
            ..Default::default()
        });
        name
    }

    /// Adds a node with one output; returns the output's name.
    fn node(&mut self, op: &str, inputs: &[&str], attribute: Vec<pb::AttributeProto>) -> String {
        let out = self.fresh(&op.to_ascii_lowercase());
        self.nodes.push(pb::NodeProto {
            input: inputs.iter().map(|s| s.to_string()).collect(),
            output: vec![out.clone()],
            name: format!("{out}_node"),
            op_type: op.to_string(),
            attribute,
            ..Default::default()
        });
        out
    }
}

fn attr_int(name: &str, i: i64) -> pb::AttributeProto {
    pb::AttributeProto {
        name: name.into(),
        r#type: pb::attribute_proto::AttributeType::Int as i32,
        i,
        ..Default::default()
    }
}

fn attr_ints(name: &str, ints: &[i64]) -> pb::AttributeProto {
    pb::AttributeProto {
        name: name.into(),
        r#type: pb::attribute_proto::AttributeType::Ints as i32,
        ints: ints.to_vec(),
        ..Default::default()
    }
}

fn attr_float(name: &str, f: f32) -> pb::AttributeProto {
    pb::AttributeProto {
        name: name.into(),
        r#type: pb::attribute_proto::AttributeType::Float as i32,
        f,
        ..Default::default()
    }
}

/// The fitted preprocessing as nodes: fill missing values, scale numeric columns, encode
/// categorical ones. Returns the name of the encoded `[N, width]` tensor.
fn preprocess(g: &mut Graph, pre: &Preprocessor) -> String {
    let n = pre.features.len();
    let mut fill = Vec::with_capacity(n);
    let mut offset = Vec::with_capacity(n);
    let mut factor = Vec::with_capacity(n);
    for f in &pre.features {
        match &f.kind {
            FeatureKind::Numeric {
                offset: o,
                factor: k,
                fill: v,
            } => {
                fill.push(v.unwrap_or(f32::NAN));
                offset.push(*o);
                factor.push(*k);
            }
            FeatureKind::OneHot {
                categories,
                fill: v,
            }
            | FeatureKind::Ordinal {
                categories,
                fill: v,
            } => {
                fill.push(match v {
                    Some(c) => categories
                        .iter()
                        .position(|k| k == c)
                        .map_or(-1.0, |i| i as f32),
                    None => f32::NAN,
                });
                offset.push(0.0);
                factor.push(1.0);
            }
        }
    }
    let dims = [n as i64];
    let mut x = derived::columns(g, pre);
    if fill.iter().any(|v| !v.is_nan()) {
        let nan = g.node("IsNaN", &[&x], vec![]);
        let f = g.const_f32("fill", &dims, &fill);
        x = g.node("Where", &[&nan, &f, &x], vec![]);
    }
    if offset.iter().any(|&o| o != 0.0) {
        let o = g.const_f32("offset", &dims, &offset);
        x = g.node("Sub", &[&x, &o], vec![]);
    }
    if factor.iter().any(|&k| k != 1.0) {
        let k = g.const_f32("scale", &dims, &factor);
        x = g.node("Mul", &[&x, &k], vec![]);
    }
    if pre
        .features
        .iter()
        .all(|f| matches!(f.kind, FeatureKind::Numeric { .. }))
    {
        return x;
    }
    // Runs of numeric columns are sliced out whole; each categorical column is compared
    // with its category codes (one-hot), times the ordinal ranks for ordinal encoding.
    let mut pieces: Vec<String> = Vec::new();
    let mut i = 0;
    while i < n {
        let numeric_run = pre.features[i..]
            .iter()
            .take_while(|f| matches!(f.kind, FeatureKind::Numeric { .. }))
            .count();
        let end = if numeric_run > 0 {
            i + numeric_run
        } else {
            i + 1
        };
        let starts = g.const_i64("starts", &[1], &[i as i64]);
        let ends = g.const_i64("ends", &[1], &[end as i64]);
        let axes = g.const_i64("axes", &[1], &[1]);
        let col = g.node("Slice", &[&x, &starts, &ends, &axes], vec![]);
        if numeric_run > 0 {
            pieces.push(col);
        } else if let Some(f) = pre.features.get(i) {
            let (categories, ordinal) = match &f.kind {
                FeatureKind::OneHot { categories, .. } => (categories, false),
                FeatureKind::Ordinal { categories, .. } => (categories, true),
                FeatureKind::Numeric { .. } => {
                    i = end;
                    continue;
                }
            };
            let k = categories.len();
            let codes: Vec<f32> = (0..k).map(|c| c as f32).collect();
            let codes = g.const_f32("codes", &[1, k as i64], &codes);
            let eq = g.node("Equal", &[&col, &codes], vec![]);
            let hot = g.node("Cast", &[&eq], vec![attr_int("to", DataType::Float as i64)]);
            if ordinal {
                let denom = k.saturating_sub(1).max(1) as f32;
                let ranks: Vec<f32> = (0..k).map(|c| c as f32 / denom).collect();
                let ranks = g.const_f32("ranks", &[k as i64, 1], &ranks);
                pieces.push(g.node("MatMul", &[&hot, &ranks], vec![]));
            } else {
                pieces.push(hot);
            }
        }
        i = end;
    }
    let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
    g.node("Concat", &refs, vec![attr_int("axis", 1)])
}

/// A parameter's values by name.
fn param<'a>(w: &'a LayerWeights, name: &str) -> Option<&'a [f32]> {
    w.params
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.values.as_slice())
}

/// One layer as nodes; `rank4` tracks whether the tensor is `[N, C, H, W]` (else `[N, F]`).
fn layer(
    g: &mut Graph,
    index: usize,
    info: &LayerInfo,
    w: &LayerWeights,
    x: String,
    rank4: &mut bool,
) -> Result<String, ExportError> {
    let missing = |what: &str| {
        ExportError::Inconsistent(format!("layer {} ({}) has no {what}", index + 1, info.spec))
    };
    let image = match info.input {
        Shape::Image { c, h, w } => Some((c, h, w)),
        Shape::Flat(_) => None,
    };
    let mut x = x;
    Ok(match info.spec {
        LayerSpec::Dense { units, .. } => {
            if *rank4 {
                x = g.node("Flatten", &[&x], vec![attr_int("axis", 1)]);
                *rank4 = false;
            }
            let n_in = info.input.numel() as i64;
            let wv = param(w, "weight").ok_or_else(|| missing("weight"))?;
            let wn = g.const_f32("dense_weight", &[n_in, units as i64], wv);
            let mut y = g.node("MatMul", &[&x, &wn], vec![]);
            if let Some(b) = param(w, "bias") {
                let bn = g.const_f32("dense_bias", &[units as i64], b);
                y = g.node("Add", &[&y, &bn], vec![]);
            }
            y
        }
        LayerSpec::Conv2d {
            filters,
            kernel,
            stride,
            padding,
        } => {
            let (c, _, _) = image.ok_or_else(|| missing("image input"))?;
            let (f, k, p) = (filters as i64, kernel as i64, padding as i64);
            let wv = param(w, "weight").ok_or_else(|| missing("weight"))?;
            let bv = param(w, "bias").ok_or_else(|| missing("bias"))?;
            let wn = g.const_f32("conv_weight", &[f, c as i64, k, k], wv);
            let bn = g.const_f32("conv_bias", &[f], bv);
            g.node(
                "Conv",
                &[&x, &wn, &bn],
                vec![
                    attr_ints("kernel_shape", &[k, k]),
                    attr_ints("strides", &[stride as i64, stride as i64]),
                    attr_ints("pads", &[p, p, p, p]),
                    attr_ints("dilations", &[1, 1]),
                    attr_int("group", 1),
                ],
            )
        }
        LayerSpec::MaxPool2d { size, stride } | LayerSpec::AvgPool2d { size, stride } => {
            image.ok_or_else(|| missing("image input"))?;
            let op = if matches!(info.spec, LayerSpec::MaxPool2d { .. }) {
                "MaxPool"
            } else {
                "AveragePool"
            };
            g.node(
                op,
                &[&x],
                vec![
                    attr_ints("kernel_shape", &[size as i64, size as i64]),
                    attr_ints("strides", &[stride as i64, stride as i64]),
                ],
            )
        }
        LayerSpec::Flatten => {
            if *rank4 {
                *rank4 = false;
                g.node("Flatten", &[&x], vec![attr_int("axis", 1)])
            } else {
                x
            }
        }
        // Dropout is the identity at inference.
        LayerSpec::Dropout { .. } => x,
        LayerSpec::BatchNorm => {
            let (ch, _) = info.input.channels();
            let gamma = param(w, "gamma").ok_or_else(|| missing("gamma"))?;
            let beta = param(w, "beta").ok_or_else(|| missing("beta"))?;
            if w.running_mean.len() != ch || w.running_var.len() != ch {
                return Err(missing("running statistics"));
            }
            let d = [ch as i64];
            let s = g.const_f32("bn_scale", &d, gamma);
            let b = g.const_f32("bn_bias", &d, beta);
            let m = g.const_f32("bn_mean", &d, &w.running_mean);
            let v = g.const_f32("bn_var", &d, &w.running_var);
            g.node(
                "BatchNormalization",
                &[&x, &s, &b, &m, &v],
                vec![attr_float("epsilon", EPS), attr_float("momentum", 0.9)],
            )
        }
        LayerSpec::LayerNorm => {
            let gamma = param(w, "gamma").ok_or_else(|| missing("gamma"))?;
            let beta = param(w, "beta").ok_or_else(|| missing("beta"))?;
            let d: Vec<i64> = match image {
                Some((c, h, w)) if *rank4 => vec![c as i64, h as i64, w as i64],
                _ => vec![info.input.numel() as i64],
            };
            let s = g.const_f32("ln_scale", &d, gamma);
            let b = g.const_f32("ln_bias", &d, beta);
            g.node(
                "LayerNormalization",
                &[&x, &s, &b],
                vec![attr_int("axis", 1), attr_float("epsilon", EPS)],
            )
        }
        LayerSpec::Act(a) => activation(g, a, x),
    })
}

/// An activation as nodes (GELU's tanh form and a softplus that never overflows are
/// composed from primitives, as the engine computes them).
fn activation(g: &mut Graph, a: Activation, x: String) -> String {
    match a {
        Activation::ReLU => g.node("Relu", &[&x], vec![]),
        Activation::LeakyReLU { slope } => {
            g.node("LeakyRelu", &[&x], vec![attr_float("alpha", slope)])
        }
        Activation::ELU { alpha } => g.node("Elu", &[&x], vec![attr_float("alpha", alpha)]),
        Activation::Tanh => g.node("Tanh", &[&x], vec![]),
        Activation::Sigmoid => g.node("Sigmoid", &[&x], vec![]),
        Activation::GELU => {
            // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
            let x2 = g.node("Mul", &[&x, &x], vec![]);
            let x3 = g.node("Mul", &[&x2, &x], vec![]);
            let c = g.const_f32("gelu_c", &[1], &[0.044_715]);
            let cx3 = g.node("Mul", &[&x3, &c], vec![]);
            let inner = g.node("Add", &[&x, &cx3], vec![]);
            let k = g.const_f32("gelu_k", &[1], &[GELU_K]);
            let u = g.node("Mul", &[&inner, &k], vec![]);
            let t = g.node("Tanh", &[&u], vec![]);
            let one = g.const_f32("one", &[1], &[1.0]);
            let t1 = g.node("Add", &[&t, &one], vec![]);
            let half = g.const_f32("half", &[1], &[0.5]);
            let hx = g.node("Mul", &[&x, &half], vec![]);
            g.node("Mul", &[&hx, &t1], vec![])
        }
        Activation::Softplus => {
            // max(x, 0) + ln(1 + e^(−|x|))
            let r = g.node("Relu", &[&x], vec![]);
            let ab = g.node("Abs", &[&x], vec![]);
            let neg = g.node("Neg", &[&ab], vec![]);
            let e = g.node("Exp", &[&neg], vec![]);
            let one = g.const_f32("one", &[1], &[1.0]);
            let s = g.node("Add", &[&e, &one], vec![]);
            let l = g.node("Log", &[&s], vec![]);
            g.node("Add", &[&r, &l], vec![])
        }
    }
}
