//! `layerlab predict`: a session's predictions for a new CSV, as scripts use them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{json_lines, layerlab, ok, s};

use layerlab::data::{DataConfig, TargetScaling, TargetSpec};
use layerlab::model::{parse_layers, NetworkSpec, Shape, TrainConfig};
use layerlab::session::{sha256_file, DataSource, Session};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn iris() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/iris.csv")
}

/// A small trained iris session in `dir`.
fn iris_session(dir: &Path) -> PathBuf {
    let session = dir.join("iris.ron");
    let out = layerlab(&[
        "train",
        "--data",
        s(&iris()),
        "--target",
        "species",
        "--layers",
        "dense:16,relu",
        "--epochs",
        "60",
        "--batch",
        "16",
        "--seed",
        "1",
        "--save",
        s(&session),
        "--json",
    ]);
    ok(&out);
    session
}

/// The iris rows: (the four measurements as text, species).
fn iris_rows() -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(iris()).unwrap();
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    let rows = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    (header, rows)
}

#[test]
fn classification_rows_in_order_with_probabilities_and_the_summary_last() {
    let dir = tempfile::tempdir().unwrap();
    let session = iris_session(dir.path());
    // The columns in another order, the target left out, one extra column.
    let (header, rows) = iris_rows();
    let species = header.iter().position(|h| h == "species").unwrap();
    let feats: Vec<usize> = (0..header.len()).filter(|&i| i != species).rev().collect();
    let mut csv = String::from("note,");
    csv += &feats
        .iter()
        .map(|&i| header[i].as_str())
        .collect::<Vec<_>>()
        .join(",");
    csv += "\n";
    for r in &rows {
        csv += "x,";
        csv += &feats
            .iter()
            .map(|&i| r[i].as_str())
            .collect::<Vec<_>>()
            .join(",");
        csv += "\n";
    }
    let data = dir.path().join("new.csv");
    std::fs::write(&data, csv).unwrap();

    let out = layerlab(&["predict", s(&session), "--data", s(&data), "--json"]);
    ok(&out);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), rows.len() + 1);
    let summary = lines.last().unwrap();
    assert_eq!(summary["event"], "summary");
    assert_eq!(summary["rows"], rows.len());
    assert_eq!(summary["predicted"], rows.len());
    assert_eq!(summary["skipped"], 0);
    assert_eq!(
        summary["classes"],
        serde_json::json!(["setosa", "versicolor", "virginica"])
    );
    let mut right = 0;
    for (i, (line, row)) in lines.iter().zip(&rows).enumerate() {
        assert_eq!(line["row"], i);
        let p: Vec<f64> = line["probabilities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        assert_eq!(p.len(), 3);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-5, "{p:?}");
        let best = (0..3).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap();
        let class = line["class"].as_str().unwrap();
        assert_eq!(class, ["setosa", "versicolor", "virginica"][best]);
        right += usize::from(class == row[species]);
    }
    // The same predictions as the judge's: `eval --data` on the same rows.
    let eval = layerlab(&["eval", s(&session), "--data", s(&iris()), "--json"]);
    ok(&eval);
    let acc = json_lines(&eval).last().unwrap()["test_accuracy"]
        .as_f64()
        .unwrap();
    let ours = right as f64 / rows.len() as f64;
    assert!((acc - ours).abs() < 1e-9, "eval {acc}, predict {ours}");
    assert!(ours > 0.8, "accuracy {ours}");
}

#[test]
fn out_writes_the_csv_that_stdout_shows() {
    let dir = tempfile::tempdir().unwrap();
    let session = iris_session(dir.path());
    let out_path = dir.path().join("p.csv");
    let printed = layerlab(&["predict", s(&session), "--data", s(&iris())]);
    ok(&printed);
    let written = layerlab(&[
        "predict",
        s(&session),
        "--data",
        s(&iris()),
        "--out",
        s(&out_path),
    ]);
    ok(&written);
    let file = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(file, String::from_utf8_lossy(&printed.stdout));
    let mut lines = file.lines();
    assert_eq!(
        lines.next().unwrap(),
        "row,species,p(setosa),p(versicolor),p(virginica)"
    );
    assert_eq!(lines.count(), 150);
    // No temporary file is left beside it.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    // --json with --out: JSON lines on stdout, the file too.
    let both = layerlab(&[
        "predict",
        s(&session),
        "--data",
        s(&iris()),
        "--out",
        s(&out_path),
        "--json",
    ]);
    ok(&both);
    let summary = json_lines(&both).last().unwrap().clone();
    assert_eq!(summary["out"], s(&out_path));
}

#[test]
fn missing_and_mistyped_columns_exit_2_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let session = iris_session(dir.path());
    let missing = dir.path().join("missing.csv");
    std::fs::write(&missing, "sepal_length,sepal_width\n5.1,3.5\n").unwrap();
    let out = layerlab(&["predict", s(&session), "--data", s(&missing), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("petal_length") && err.contains("petal_width"),
        "{err}"
    );
    assert!(!err.contains("sepal_width,"), "{err}");
    // Only the error line on stdout: no prediction, no summary.
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["event"], "error");
    assert_eq!(lines[0]["code"], 2);

    let mistyped = dir.path().join("mistyped.csv");
    std::fs::write(
        &mistyped,
        "sepal_length,sepal_width,petal_length,petal_width\nlong,3.5,1.4,wide\nshort,3.0,1.4,narrow\n",
    )
    .unwrap();
    let out = layerlab(&["predict", s(&session), "--data", s(&mistyped)]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sepal_length") && err.contains("petal_width"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "nothing printed before the error");
}

#[test]
fn large_files_stream_in_chunks_and_rows_with_missing_values_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let session = iris_session(dir.path());
    // More rows than one chunk (4096), a missing value at a chunk boundary and one at the end.
    let n = 10_000usize;
    let mut csv = String::from("sepal_length,sepal_width,petal_length,petal_width\n");
    for i in 0..n {
        let t = (i % 50) as f32 / 50.0;
        if i == 4096 || i == n - 1 {
            csv += &format!("{},,1.5,0.3\n", 5.0 + t);
        } else {
            csv += &format!(
                "{},{},{},{}\n",
                5.0 + t,
                3.0 + t,
                1.5 + 4.0 * t,
                0.2 + 2.0 * t
            );
        }
    }
    let data = dir.path().join("big.csv");
    std::fs::write(&data, csv).unwrap();
    let out = layerlab(&["predict", s(&session), "--data", s(&data), "--json"]);
    ok(&out);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), n + 1);
    for (i, l) in lines[..n].iter().enumerate() {
        assert_eq!(l["row"], i, "rows in file order");
        if i == 4096 || i == n - 1 {
            assert!(l["class"].is_null() && l["probabilities"].is_null(), "{l}");
            assert!(
                l["skipped"].as_str().unwrap().contains("sepal_width"),
                "{l}"
            );
        } else {
            assert!(l["class"].is_string(), "{l}");
        }
    }
    let summary = &lines[n];
    assert_eq!(summary["rows"], n);
    assert_eq!(summary["skipped"], 2);
    assert_eq!(summary["predicted"], n - 2);
}

#[test]
fn regression_values_are_in_the_targets_units_when_the_target_was_standardized() {
    let dir = tempfile::tempdir().unwrap();
    // y = 500 + 40·x1 − 20·x2: far from 0 and 1, so scaled outputs would be far off.
    let data = dir.path().join("lin.csv");
    let mut csv = String::from("x1,x2,y\n");
    let mut rows = Vec::new();
    for i in 0..400 {
        let x1 = ((i * 37) % 101) as f32 / 50.0 - 1.0;
        let x2 = ((i * 53) % 97) as f32 / 48.0 - 1.0;
        let y = 500.0 + 40.0 * x1 - 20.0 * x2;
        csv += &format!("{x1},{x2},{y}\n");
        rows.push(y);
    }
    std::fs::write(&data, csv).unwrap();
    let mut sess = Session {
        name: "linear".into(),
        network: NetworkSpec::new(Shape::Flat(2), parse_layers("dense:8,tanh").unwrap()),
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
            epochs: 80,
            batch_size: 16,
            lr: 0.01,
            optimizer: layerlab::model::OptimizerKind::parse("adam").unwrap(),
            ..Default::default()
        },
        ..Default::default()
    };
    let loaded = sess.load_dataset(None).unwrap();
    let pre = loaded.preprocessor.clone();
    assert!(pre.target_factor < 0.5, "the target is standardized");
    sess.network.input = loaded.dataset.input_shape;
    sess.preprocessor = Some(loaded.preprocessor);
    let run = common::session::run_worker(&sess, Arc::new(loaded.dataset), 80, None);
    sess.state = Some(run.state);
    let path = dir.path().join("lin.ron");
    sess.save(&path).unwrap();

    let out = layerlab(&["predict", s(&path), "--data", s(&data), "--json"]);
    ok(&out);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), rows.len() + 1);
    let values: Vec<f64> = lines[..rows.len()]
        .iter()
        .map(|l| l["value"].as_f64().unwrap())
        .collect();
    let rmse = (values
        .iter()
        .zip(&rows)
        .map(|(v, y)| (v - f64::from(*y)).powi(2))
        .sum::<f64>()
        / rows.len() as f64)
        .sqrt();
    assert!(
        rmse < 5.0,
        "rmse {rmse} in the target's units (its spread is ~25)"
    );
    assert_eq!(lines.last().unwrap()["targets"], serde_json::json!(["y"]));
    assert_eq!(
        pre.unscale_target((480.0 - pre.target_offset) * pre.target_factor)
            .round(),
        480.0
    );
}
