//! Input features computed from two raw columns (x1², x1·x2, sin x1) and the plane of 2-D
//! data: the input width follows the toggles, a session keeps them through save and load
//! (and one saved before they existed opens unchanged), prediction on new raw rows computes
//! the same features, the decision boundary and the scatter are in the columns' own units,
//! and the exported ONNX model computes the features from the raw columns itself.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{layerlab, ok, s};
use common::session::run_worker;
use layerlab::data::{prepare, BuiltinKind, BuiltinSpec, DataConfig, Derived, Table};
use layerlab::engine::Trainer;
use layerlab::model::loss::to_predictions;
use layerlab::model::{parse_layers, NetworkSpec, Shape, TrainConfig};
use layerlab::session::{DataSource, Session};
use layerlab::train::{insight, BoundaryRequest};
use std::sync::Arc;
use tract_onnx::prelude::*;

fn circle() -> BuiltinSpec {
    BuiltinSpec {
        samples: 300,
        ..BuiltinSpec::new(BuiltinKind::Circle)
    }
}

fn with_derived(
    spec: &BuiltinSpec,
    derived: Vec<Derived>,
    features: Option<Vec<&str>>,
) -> DataConfig {
    DataConfig {
        derived,
        features: features.map(|f| f.into_iter().map(String::from).collect()),
        ..spec.default_config()
    }
}

fn col<'t>(t: &'t Table, name: &str) -> &'t [f32] {
    t.column(name).unwrap().as_f32().unwrap()
}

#[test]
fn derived_features_set_the_input_width_and_names() {
    let spec = circle();
    let table = spec.table();
    let (plain, _) = prepare(&table, &spec.default_config()).unwrap();
    assert_eq!(plain.input_shape, Shape::Flat(2));

    let cfg = with_derived(&spec, Derived::offered("x1", "x2"), None);
    let (ds, pre) = prepare(&table, &cfg).unwrap();
    assert_eq!(ds.input_shape, Shape::Flat(7));
    assert_eq!(
        ds.feature_names,
        ["x1", "x2", "x1²", "x2²", "x1·x2", "sin x1", "sin x2"]
    );
    assert_eq!(pre.raw_columns(), ["x1", "x2"]);

    // Only the squares: the columns themselves switched off.
    let cfg = with_derived(
        &spec,
        vec![Derived::Square("x1".into()), Derived::Square("x2".into())],
        Some(vec![]),
    );
    let (ds, pre) = prepare(&table, &cfg).unwrap();
    assert_eq!(ds.feature_names, ["x1²", "x2²"]);
    assert_eq!(
        pre.raw_columns(),
        ["x1", "x2"],
        "still read from the raw columns"
    );
    // Each input is the fitted scaling of the square of the raw value.
    let (x1, x2) = (col(&table, "x1"), col(&table, "x2"));
    let enc = pre.encode_features(&table).unwrap();
    for (i, &r) in enc.encoded.iter().enumerate().take(50) {
        let want = [x1[r] * x1[r], x2[r] * x2[r]];
        for (k, f) in pre.features.iter().enumerate() {
            let layerlab::data::prepare::FeatureKind::Numeric { offset, factor, .. } = f.kind
            else {
                panic!("numeric")
            };
            let got = enc.x[i * 2 + k];
            assert!(
                (got - (want[k] - offset) * factor).abs() < 1e-5,
                "row {r} input {k}"
            );
        }
    }
}

#[test]
fn new_raw_rows_get_the_same_features_as_training() {
    let spec = circle();
    let table = spec.table();
    let cfg = with_derived(
        &spec,
        vec![
            Derived::Product("x1".into(), "x2".into()),
            Derived::Sin("x1".into()),
        ],
        None,
    );
    let (ds, pre) = prepare(&table, &cfg).unwrap();
    // A "new" CSV with only the raw columns, in another order, without the target.
    let mut csv = String::from("x2,x1\n");
    let (x1, x2) = (col(&table, "x1"), col(&table, "x2"));
    for r in 0..table.rows() {
        csv += &format!("{},{}\n", x2[r], x1[r]);
    }
    let fresh =
        layerlab::data::read_csv_bytes(csv.as_bytes(), "new.csv", &Default::default()).unwrap();
    let enc = pre.encode_features(&fresh).unwrap();
    assert_eq!(enc.encoded.len(), table.rows());
    // The whole table through the fitted transform equals prediction's encoding.
    let all = pre.transform(&table).unwrap();
    assert_eq!(all.rows, table.rows());
    for (a, b) in all.x.iter().zip(&enc.x) {
        assert!((a - b).abs() < 1e-4, "{a} vs {b}");
    }
    assert_eq!(ds.input_shape, Shape::Flat(4));
    // A table without a source column names the raw column, not the derived one.
    let only_x2 =
        layerlab::data::read_csv_bytes(b"x2\n1\n2\n", "x2.csv", &Default::default()).unwrap();
    let e = pre.encode_features(&only_x2).unwrap_err().to_string();
    assert!(e.contains("x1") && !e.contains("x1·x2"), "{e}");
}

#[test]
fn the_plane_and_the_boundary_are_in_raw_units() {
    let spec = circle();
    let table = spec.table();
    let cfg = with_derived(&spec, vec![Derived::Square("x1".into())], None);
    let (ds, _) = prepare(&table, &cfg).unwrap();
    let plane = ds.plane.as_ref().expect("2-D numeric data has a plane");
    assert_eq!(plane.axes, ["x1".to_string(), "x2".to_string()]);
    // Raw training values: the circle lies within radius 1 + noise, standardized data
    // would reach beyond 1.5 (its sd is about 0.5).
    let (x1, x2) = (col(&table, "x1"), col(&table, "x2"));
    let raw_max = x1.iter().fold(0f32, |m, v| m.max(v.abs()));
    assert!(plane.ranges[0].1 <= raw_max + 1e-6 && plane.ranges[0].0 >= -raw_max - 1e-6);
    let scaled_max = (0..ds.train.rows).fold(0f32, |m, r| m.max(ds.train.x[r * 3].abs()));
    assert!(
        scaled_max > raw_max * 1.2,
        "the network's inputs are standardized"
    );
    // Every plane point is a row of the table, and encodes to the split's inputs.
    let mut row = Vec::new();
    for r in 0..ds.train.rows {
        let (a, b) = (plane.train[r * 2], plane.train[r * 2 + 1]);
        assert!(
            x1.iter().zip(x2).any(|(p, q)| *p == a && *q == b),
            "row {r} is raw data"
        );
        row.clear();
        plane.encode_into(a, b, &mut row);
        for (k, v) in row.iter().enumerate() {
            assert!(
                (v - ds.train.x[r * 3 + k]).abs() < 1e-4,
                "row {r} input {k}"
            );
        }
    }
    assert_eq!(plane.test.len(), ds.test.rows * 2);

    // The boundary grid spans the raw range (padded), not the standardized one.
    let net = NetworkSpec::new(ds.input_shape, parse_layers("dense:4,tanh").unwrap());
    let mut tr: Trainer = Trainer::new(&net, &ds.task, &TrainConfig::default()).unwrap();
    let g = insight::boundary(&mut tr, &ds, BoundaryRequest::default(), 0).unwrap();
    assert!(g.plane, "drawn over the plane");
    let (lo, hi) = plane.ranges[0];
    let pad = (hi - lo) * 0.1;
    assert!(
        (g.x_range.0 - (lo - pad)).abs() < 1e-4 && (g.x_range.1 - (hi + pad)).abs() < 1e-4,
        "{:?}",
        g.x_range
    );
    assert_eq!(g.class.len(), 64 * 64);

    // Data that is not 2-D numeric has no plane.
    let iris = BuiltinSpec::new(BuiltinKind::Iris);
    let (ds, _) = prepare(&iris.table(), &iris.default_config()).unwrap();
    assert!(ds.plane.is_none());
}

#[test]
fn a_session_keeps_its_input_features_and_old_sessions_open_unchanged() {
    let spec = circle();
    let cfg = with_derived(
        &spec,
        vec![Derived::Square("x1".into()), Derived::Square("x2".into())],
        None,
    );
    let mut sess = Session {
        network: NetworkSpec::new(Shape::Flat(4), parse_layers("dense:3,relu").unwrap()),
        data_config: cfg.clone(),
        data: DataSource::Builtin(spec),
        ..Default::default()
    };
    let loaded = sess.load_dataset(None).unwrap();
    assert_eq!(loaded.dataset.input_shape, Shape::Flat(4));
    sess.preprocessor = Some(loaded.preprocessor);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("derived.ron");
    sess.save(&path).unwrap();
    let back = Session::load(&path).unwrap();
    assert_eq!(back.data_config.derived, cfg.derived);
    assert_eq!(back.preprocessor.as_ref().unwrap().derived, cfg.derived);
    let again = back.load_dataset(Some(&path)).unwrap();
    assert_eq!(again.dataset.input_shape, Shape::Flat(4));
    assert_eq!(again.dataset.feature_names, ["x1", "x2", "x1²", "x2²"]);

    // A session written before input features existed: no `derived` anywhere.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("derived"));
    let mut plain = sess.clone();
    plain.data_config.derived.clear();
    plain.network.input = Shape::Flat(2);
    let l = plain.load_dataset(None).unwrap();
    plain.preprocessor = Some(l.preprocessor);
    let old = dir.path().join("old.ron");
    plain.save(&old).unwrap();
    let old_text = std::fs::read_to_string(&old)
        .unwrap()
        .replace("derived: [],", "");
    assert!(!old_text.contains("derived"), "{old_text}");
    std::fs::write(&old, old_text).unwrap();
    let opened = Session::load(&old).unwrap();
    assert!(opened.data_config.derived.is_empty());
    assert_eq!(
        opened.load_dataset(Some(&old)).unwrap().dataset.input_shape,
        Shape::Flat(2)
    );
}

#[test]
fn onnx_export_computes_the_features_from_the_raw_columns() {
    let spec = circle();
    let cfg = with_derived(
        &spec,
        vec![
            Derived::Square("x1".into()),
            Derived::Product("x1".into(), "x2".into()),
            Derived::Sin("x2".into()),
        ],
        Some(vec!["x2"]),
    );
    let mut sess = Session {
        name: "derived".into(),
        network: NetworkSpec::new(Shape::Flat(4), parse_layers("dense:6,tanh").unwrap()),
        data_config: cfg,
        data: DataSource::Builtin(spec),
        train: TrainConfig {
            epochs: 3,
            batch_size: 16,
            ..Default::default()
        },
        ..Default::default()
    };
    let loaded = sess.load_dataset(None).unwrap();
    sess.preprocessor = Some(loaded.preprocessor.clone());
    let ds = Arc::new(loaded.dataset);
    let run = run_worker(&sess, ds.clone(), 3, None);
    sess.state = Some(run.state);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("derived.ron");
    sess.save(&path).unwrap();
    let model_path = dir.path().join("derived.onnx");
    ok(&layerlab(&[
        "export",
        s(&path),
        "--to",
        "onnx",
        "--out",
        s(&model_path),
    ]));

    // layerlab's probabilities on the test split…
    let pre = sess.preprocessor.clone().unwrap();
    let mut tr: Trainer = Trainer::new(&sess.network, &pre.task, &sess.train).unwrap();
    tr.net
        .set_weights(&sess.state.as_ref().unwrap().weights)
        .unwrap();
    let test = &ds.test;
    let raw = tr.net.predict_raw(&test.x, test.rows);
    let ours = to_predictions(tr.loss, &pre.task, &raw, tr.net.output_len());
    // …and the model's, given only the raw x1, x2 of the same rows.
    let plane = ds.plane.as_ref().unwrap();
    assert_eq!(pre.raw_columns(), ["x2", "x1"], "the model's input columns");
    let input: Vec<f32> = (0..test.rows)
        .flat_map(|r| [plane.test[r * 2 + 1], plane.test[r * 2]])
        .collect();
    let model = tract_onnx::onnx()
        .model_for_path(&model_path)
        .unwrap()
        .with_input_fact(0, f32::fact([test.rows, 2]).into())
        .unwrap()
        .into_optimized()
        .unwrap()
        .into_runnable()
        .unwrap();
    let x = Tensor::from_shape(&[test.rows, 2], &input).unwrap();
    let result = model.run(tvec!(x.into())).unwrap();
    let theirs: Vec<f32> = result[0]
        .to_plain_array_view::<f32>()
        .unwrap()
        .iter()
        .copied()
        .collect();
    assert_eq!(theirs.len(), ours.len());
    let max = ours
        .iter()
        .zip(&theirs)
        .map(|(a, b)| (a - b).abs())
        .fold(0f32, f32::max);
    assert!(max < 1e-4, "largest difference {max:e}");
}
