//! `layerlab export --to onnx`: the exported model, run by tract-onnx (a pure-Rust ONNX
//! runtime) on the raw feature columns of the test split, gives layerlab's predictions
//! within 1e-4: an MLP with every activation, layer-norm, dropout, batch-norm and a one-hot
//! column; a CNN with batch-norm, layer-norm, strides, padding and both poolings; a
//! regression network with a standardized target; a binary cross-entropy classifier.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{layerlab, ok, s};

use layerlab::data::prepare::FeatureKind;
use layerlab::data::{DataConfig, Preprocessor, TargetScaling, TargetSpec};
use layerlab::engine::Trainer;
use layerlab::model::loss::to_predictions;
use layerlab::model::{parse_layers, NetworkSpec, Shape, TrainConfig};
use layerlab::session::{sha256_file, DataSource, Session};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tract_onnx::pb;
use tract_onnx::prelude::*;

/// The raw feature columns of encoded rows: the fitted transform undone (numbers unscaled,
/// one-hot groups back to their category code, ordinal ranks back to codes).
fn raw_features(pre: &Preprocessor, x: &[f32], rows: usize) -> Vec<f32> {
    let width: usize = pre.features.iter().map(|f| f.width()).sum();
    let mut out = Vec::with_capacity(rows * pre.features.len());
    for r in 0..rows {
        let row = &x[r * width..(r + 1) * width];
        let mut at = 0;
        for f in &pre.features {
            match &f.kind {
                FeatureKind::Numeric { offset, factor, .. } => {
                    out.push(row[at] / factor + offset);
                    at += 1;
                }
                FeatureKind::OneHot { categories, .. } => {
                    let k = categories.len();
                    let code = row[at..at + k].iter().position(|&v| v == 1.0);
                    out.push(code.map_or(-1.0, |c| c as f32));
                    at += k;
                }
                FeatureKind::Ordinal { categories, .. } => {
                    let denom = categories.len().saturating_sub(1).max(1) as f32;
                    out.push((row[at] * denom).round());
                    at += 1;
                }
            }
        }
    }
    out
}

/// Exports the session at `path` with the CLI, runs the model with tract on the test split
/// and returns the largest difference from layerlab's own predictions.
fn onnx_vs_layerlab(path: &Path) -> f32 {
    let session = Session::load(path).unwrap();
    let model_path = path.with_extension("onnx");
    let out = layerlab(&[
        "export",
        s(path),
        "--to",
        "onnx",
        "--out",
        s(&model_path),
        "--json",
    ]);
    ok(&out);

    let pre = session.preprocessor.clone().unwrap();
    let loaded = session.load_dataset(Some(path)).unwrap();
    let test = loaded.dataset.test;
    assert!(test.rows > 10, "a test split to compare on");
    let mut tr: Trainer = Trainer::new(&session.network, &pre.task, &session.train).unwrap();
    tr.net
        .set_weights(&session.state.as_ref().unwrap().weights)
        .unwrap();
    let units = tr.net.output_len();
    let raw = tr.net.predict_raw(&test.x, test.rows);
    let ours: Vec<f32> = if pre.task.is_classification() {
        to_predictions(tr.loss, &pre.task, &raw, units)
    } else {
        raw.iter().map(|&v| pre.unscale_target(v)).collect()
    };

    // The documented interface: metadata, one input `features`, one output.
    let bytes = std::fs::read(&model_path).unwrap();
    let proto = <pb::ModelProto as prost::Message>::decode(bytes.as_slice()).unwrap();
    assert!(proto
        .opset_import
        .iter()
        .any(|o| o.domain.is_empty() && o.version >= 17));
    let keys: Vec<&str> = proto
        .metadata_props
        .iter()
        .map(|p| p.key.as_str())
        .collect();
    for k in [
        "layerlab.input",
        "layerlab.output",
        "layerlab.columns",
        "layerlab.network",
    ] {
        assert!(keys.contains(&k), "metadata {k} in {keys:?}");
    }
    let graph = proto.graph.as_ref().unwrap();
    assert_eq!(graph.input.len(), 1);
    assert_eq!(graph.input[0].name, "features");
    assert_eq!(graph.output.len(), 1);

    let columns = pre.features.len();
    let input = raw_features(&pre, &test.x, test.rows);
    let model = tract_onnx::onnx()
        .model_for_path(&model_path)
        .unwrap()
        .with_input_fact(0, f32::fact([test.rows, columns]).into())
        .unwrap()
        .into_optimized()
        .unwrap()
        .into_runnable()
        .unwrap();
    let x = Tensor::from_shape(&[test.rows, columns], &input).unwrap();
    let result = model.run(tvec!(x.into())).unwrap();
    let theirs = result[0].to_plain_array_view::<f32>().unwrap();
    let theirs: Vec<f32> = theirs.iter().copied().collect();
    assert_eq!(theirs.len(), ours.len(), "one value per row and output");
    assert!(
        theirs.iter().chain(&ours).all(|v| v.is_finite()),
        "finite outputs"
    );
    let max = ours
        .iter()
        .zip(&theirs)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    eprintln!(
        "{}: {} test rows × {} outputs, largest difference {max:e}",
        path.file_name().unwrap().to_string_lossy(),
        test.rows,
        ours.len() / test.rows
    );
    max
}

/// A CSV of 600 rows: two numbers, a colour (categorical) and a class that depends on all.
fn mixed_csv(dir: &Path) -> PathBuf {
    let mut csv = String::from("x1,colour,x2,label\n");
    for i in 0..600 {
        let x1 = ((i * 37) % 101) as f32 / 10.0 - 5.0;
        let x2 = ((i * 53) % 97) as f32 * 2.0 + 100.0;
        let colour = ["red", "green", "blue"][(i * 7) % 3];
        let score = x1 + (x2 - 197.0) / 40.0 + if colour == "red" { 2.0 } else { 0.0 };
        let label = if score < -1.0 {
            "low"
        } else if score < 2.0 {
            "mid"
        } else {
            "high"
        };
        csv += &format!("{x1},{colour},{x2},{label}\n");
    }
    let path = dir.join("mixed.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

#[test]
fn mlp_with_every_activation_and_a_one_hot_column_matches() {
    let dir = tempfile::tempdir().unwrap();
    let data = mixed_csv(dir.path());
    let session = dir.path().join("mlp.ron");
    let out = layerlab(&[
        "train",
        "--data",
        s(&data),
        "--target",
        "label",
        "--layers",
        "dense:16,relu,dropout:0.1,layernorm,dense:12,leakyrelu:0.1,dense:12,elu:0.5,\
         dense:12,gelu,dense:12,tanh,dense:12,sigmoid,batchnorm,dense:12,softplus",
        "--epochs",
        "30",
        "--seed",
        "3",
        "--save",
        s(&session),
        "--json",
    ]);
    ok(&out);
    assert!(onnx_vs_layerlab(&session) < 1e-4);
}

#[test]
fn cnn_with_batch_norm_strides_padding_and_pooling_matches() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("cnn.ron");
    let out = layerlab(&[
        "train",
        "--builtin",
        "digits",
        "--samples",
        "300",
        "--layers",
        "conv:6:3:1:1,batchnorm,relu,layernorm,maxpool:2,conv:8:3:2:1,elu,avgpool:2:1,\
         flatten,dense:16,batchnorm,relu",
        "--epochs",
        "3",
        "--seed",
        "2",
        "--save",
        s(&session),
        "--json",
    ]);
    ok(&out);
    assert!(onnx_vs_layerlab(&session) < 1e-4);
}

#[test]
fn binary_cross_entropy_gives_both_class_probabilities() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("bce.ron");
    let out = layerlab(&[
        "train",
        "--builtin",
        "circle",
        "--loss",
        "bce",
        "--layers",
        "dense:8,tanh",
        "--epochs",
        "10",
        "--save",
        s(&session),
        "--json",
    ]);
    ok(&out);
    assert!(onnx_vs_layerlab(&session) < 1e-4);
}

#[test]
fn regression_with_a_standardized_target_matches_in_the_targets_units() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("reg.csv");
    let mut csv = String::from("x1,kind,x2,y\n");
    for i in 0..500 {
        let x1 = ((i * 37) % 101) as f32 / 50.0 - 1.0;
        let x2 = ((i * 53) % 97) as f32 / 48.0 - 1.0;
        let kind = ["a", "b", "c", "d"][(i * 11) % 4];
        let bump = if kind == "b" { 30.0 } else { 0.0 };
        csv += &format!(
            "{x1},{kind},{x2},{}\n",
            500.0 + 40.0 * x1 - 20.0 * x2 * x2 + bump
        );
    }
    std::fs::write(&data, csv).unwrap();
    let mut sess = Session {
        name: "regression".into(),
        network: NetworkSpec::new(
            Shape::Flat(2),
            parse_layers("dense:16,gelu,batchnorm,dense:8,softplus,layernorm").unwrap(),
        ),
        data: DataSource::File {
            path: data.clone(),
            sha256: sha256_file(&data).unwrap(),
            embedded: None,
        },
        data_config: DataConfig {
            target: TargetSpec::Name("y".into()),
            target_scaling: TargetScaling::Standardize,
            ..DataConfig::default()
        },
        train: TrainConfig {
            epochs: 30,
            batch_size: 16,
            ..Default::default()
        },
        ..Default::default()
    };
    let loaded = sess.load_dataset(None).unwrap();
    assert!(loaded.preprocessor.target_factor < 0.5, "standardized");
    sess.network.input = loaded.dataset.input_shape;
    sess.preprocessor = Some(loaded.preprocessor);
    let run = common::session::run_worker(&sess, Arc::new(loaded.dataset), 30, None);
    sess.state = Some(run.state);
    let path = dir.path().join("reg.ron");
    sess.save(&path).unwrap();
    assert!(onnx_vs_layerlab(&path) < 1e-4);
}

#[test]
fn an_untrained_session_is_refused_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let mut sess = common::session::builtin_session("dense:4,relu", 1);
    sess.state = None;
    let path = dir.path().join("fresh.ron");
    sess.save(&path).unwrap();
    let out = layerlab(&[
        "export",
        s(&path),
        "--to",
        "onnx",
        "--out",
        s(&dir.path().join("m.onnx")),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no trained weights"));
}
