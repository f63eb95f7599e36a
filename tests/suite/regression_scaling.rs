//! Regression targets are standardized by default (fitted on the training split): losses
//! as trained, RMSE/MAE/R² and predictions in the target's own units; sessions saved
//! before the setting existed keep training unscaled; rows dropped for a missing target
//! are reported with their lines (text, `--json`, the preprocessor's warnings).
//!
//! `tests/data/diabetes.csv` is scikit-learn's diabetes dataset (442 patients, 10 raw
//! features, disease progression after one year as `target`, range 25–346; BSD-3-Clause,
//! see tests/data/README.md).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{json_lines, layerlab};

use layerlab::data::{
    prepare, read_csv_bytes, read_csv_path, DataConfig, Dataset, ReadOptions, Split, TargetScaling,
    TargetSpec, TaskChoice,
};
use layerlab::session::Session;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

/// The seed of the acceptance runs: it chooses the split (and the initial weights).
const SEED: &str = "1";

fn diabetes() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/diabetes.csv")
}

fn summary(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let last = json_lines(out).last().cloned().expect("some output");
    assert_eq!(last["event"], "summary", "{last}");
    last
}

/// The dataset exactly as `layerlab train --data diabetes.csv --target target --seed 1`
/// prepares it.
fn diabetes_dataset() -> Dataset {
    let table = read_csv_path(&diabetes(), &ReadOptions::default(), None, None).expect("read");
    let mut cfg = DataConfig {
        target: TargetSpec::Name("target".into()),
        ..DataConfig::default()
    };
    cfg.split.seed = SEED.parse().expect("seed");
    prepare(&table, &cfg).expect("prepare").0
}

/// Ordinary least squares with an intercept, fitted on `train` by solving the normal
/// equations in f64 (Gaussian elimination with partial pivoting); returns the R² on
/// `test`. Targets in the target's own units.
fn ols_r2(train: &Split, train_y: &[f64], test: &Split, test_y: &[f64]) -> f64 {
    let k = train.x.len() / train.rows;
    let p = k + 1;
    let row = |s: &Split, r: usize| -> Vec<f64> {
        std::iter::once(1.0)
            .chain(s.x[r * k..(r + 1) * k].iter().map(|&v| f64::from(v)))
            .collect()
    };
    // [XᵀX | Xᵀy]
    let mut a = vec![vec![0.0f64; p + 1]; p];
    for (r, &y) in train_y.iter().enumerate() {
        let x = row(train, r);
        for i in 0..p {
            for j in 0..p {
                a[i][j] += x[i] * x[j];
            }
            a[i][p] += x[i] * y;
        }
    }
    for c in 0..p {
        let pivot = (c..p)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .expect("rows");
        a.swap(c, pivot);
        assert!(a[c][c].abs() > 1e-9, "singular normal equations");
        let pivot_row = a[c].clone();
        for (r, row) in a.iter_mut().enumerate() {
            if r != c {
                let f = row[c] / pivot_row[c];
                for (v, pv) in row.iter_mut().zip(&pivot_row).skip(c) {
                    *v -= f * pv;
                }
            }
        }
    }
    let beta: Vec<f64> = (0..p).map(|i| a[i][p] / a[i][i]).collect();
    let mean = test_y.iter().sum::<f64>() / test_y.len() as f64;
    let (mut se, mut tot) = (0.0, 0.0);
    for (r, &y) in test_y.iter().enumerate() {
        let pred: f64 = row(test, r).iter().zip(&beta).map(|(x, b)| x * b).sum();
        se += (y - pred).powi(2);
        tot += (y - mean).powi(2);
    }
    1.0 - se / tot
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn train_diabetes(layers: &str, lr: &str) -> Value {
    let path = diabetes();
    let args = vec![
        "train",
        "--data",
        path.to_str().expect("utf-8 path"),
        "--target",
        "target",
        "--layers",
        layers,
        "--optimizer",
        "adam",
        "--lr",
        lr,
        "--epochs",
        "200",
        "--seed",
        SEED,
        "--json",
    ];
    summary(&layerlab(&args))
}

#[test]
fn diabetes_linear_matches_least_squares_and_a_hidden_layer_reaches_040() {
    let ds = diabetes_dataset();
    assert_eq!(ds.train.rows + ds.val.rows + ds.test.rows, 442);
    assert!(!ds.target_scale.is_identity(), "standardized by default");
    let units = |s: &Split| -> Vec<f64> {
        s.y.iter()
            .map(|&v| f64::from(ds.target_scale.unscale(v)))
            .collect()
    };
    let ols = ols_r2(&ds.train, &units(&ds.train), &ds.test, &units(&ds.test));
    let linear = train_diabetes("", "0.01");
    // With the targets standardized, 32 hidden units on 309 training rows learn fast and
    // overfit by epoch 200 at Adam 0.01 (the validation R² peaks around epoch 5–20); a
    // little weight decay keeps the same schedule honest.
    let hidden = train_diabetes("dense:32,relu", "0.001");
    let r2 = |s: &Value| s["test_r2"].as_f64().unwrap_or(f64::NAN);
    eprintln!(
        "diabetes, seed {SEED}, split 0.7/0.15/0.15: OLS R² {ols:.4}, linear R² {:.4}, dense:32,relu (Adam 0.001) R² {:.4}",
        r2(&linear),
        r2(&hidden)
    );
    assert!(ols > 0.3, "least squares itself: {ols}");
    assert!(
        (r2(&linear) - ols).abs() <= 0.02,
        "linear R² {} vs least squares {ols}: {linear}",
        r2(&linear)
    );
    assert!(r2(&hidden) >= 0.40, "dense:32,relu: {hidden}");
    // RMSE and MAE are in the target's units (range 25–346), not the scaled ones.
    let rmse = linear["test_rmse"].as_f64().expect("rmse");
    let mae = linear["test_mae"].as_f64().expect("mae");
    assert!((30.0..120.0).contains(&rmse), "rmse {rmse}");
    assert!((20.0..100.0).contains(&mae) && mae <= rmse, "mae {mae}");
    // The loss is shown as trained: on standardized targets, of the order of 1.
    let loss = linear["test_loss"].as_f64().expect("loss");
    assert!(loss < 2.0, "test loss as trained {loss}");
}

#[test]
fn unscaled_targets_are_still_available_and_report_the_same_units() {
    let path = diabetes();
    let base = [
        "train",
        "--data",
        path.to_str().expect("utf-8 path"),
        "--target",
        "target",
        "--layers",
        "",
        "--epochs",
        "3",
        "--seed",
        SEED,
        "--json",
    ];
    let mut none = base.to_vec();
    none.extend(["--target-scaling", "none"]);
    let s = summary(&layerlab(&none));
    // Unscaled, the loss is in squared target units: thousands.
    assert!(s["test_loss"].as_f64().expect("loss") > 1000.0, "{s}");
    assert!(s["test_rmse"].as_f64().expect("rmse") > 30.0, "{s}");
    let mut bad = base.to_vec();
    bad.extend(["--target-scaling", "log"]);
    let out = layerlab(&bad);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--target-scaling") && err.contains("standard"),
        "{err}"
    );
}

#[test]
fn eval_of_a_saved_session_reports_the_same_units_and_keeps_the_choice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let session = dir.path().join("d.ron");
    let path = diabetes();
    let trained = summary(&layerlab(&[
        "train",
        "--data",
        path.to_str().expect("utf-8 path"),
        "--target",
        "target",
        "--layers",
        "dense:8,relu",
        "--epochs",
        "20",
        "--seed",
        SEED,
        "--json",
        "--save",
        session.to_str().expect("utf-8"),
    ]));
    let saved = Session::load(&session).expect("load");
    assert_eq!(saved.data_config.target_scaling, TargetScaling::Standardize);
    let text = std::fs::read_to_string(&session).expect("read");
    assert!(
        text.contains("target_scaling: Standardize"),
        "saved explicitly"
    );
    let judged = summary(&layerlab(&[
        "eval",
        session.to_str().expect("utf-8"),
        "--json",
    ]));
    for key in ["test_rmse", "test_mae", "test_r2", "test_loss"] {
        let (a, b) = (
            trained[key].as_f64().expect(key),
            judged[key].as_f64().expect(key),
        );
        assert!(
            (a - b).abs() <= 1e-9 * a.abs().max(1.0),
            "{key}: {a} vs {b}"
        );
    }
    // Continuing cannot change the scaling the weights were trained with.
    let out = layerlab(&[
        "train",
        session.to_str().expect("utf-8"),
        "--epochs",
        "1",
        "--target-scaling",
        "none",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--target-scaling"));
}

#[test]
fn new_configs_standardize_while_old_sessions_read_as_unscaled() {
    assert_eq!(
        DataConfig::default().target_scaling,
        TargetScaling::Standardize
    );
    // A data_config written before the field existed: no `target_scaling`.
    let old: DataConfig = ron::from_str("(target: Index(-1), task: Regression)").expect("ron");
    assert_eq!(old.target_scaling, TargetScaling::None);
    let new: DataConfig =
        ron::from_str("(target: Index(-1), target_scaling: Standardize)").expect("ron");
    assert_eq!(new.target_scaling, TargetScaling::Standardize);
    // The whole way: a session file without the field prepares unscaled targets.
    let csv = "x,y\n1,10\n2,20\n3,30\n4,40\n5,50\n6,60\n7,70\n8,80\n9,90\n10,100\n";
    let table = read_csv_bytes(csv.as_bytes(), "t.csv", &ReadOptions::default()).expect("csv");
    let (ds, pre) = prepare(&table, &old).expect("prepare");
    assert!(ds.target_scale.is_identity());
    assert_eq!((pre.target_offset, pre.target_factor), (0.0, 1.0));
    let all: Vec<f32> = [&ds.train.y, &ds.val.y, &ds.test.y]
        .into_iter()
        .flatten()
        .copied()
        .collect();
    assert!(all.iter().all(|&y| y >= 10.0), "unscaled: {all:?}");
    // Standardized: training targets have mean 0 and sd 1, and map back exactly enough.
    let standard = DataConfig {
        task: TaskChoice::Regression,
        ..DataConfig::default()
    };
    let (ds, pre) = prepare(&table, &standard).expect("prepare");
    let n = ds.train.y.len() as f64;
    let mean = ds.train.y.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
    let var = ds
        .train
        .y
        .iter()
        .map(|&v| (f64::from(v) - mean).powi(2))
        .sum::<f64>()
        / n;
    assert!(
        mean.abs() < 1e-5 && (var.sqrt() - 1.0).abs() < 0.2,
        "{mean} {var}"
    );
    assert_eq!(ds.target_scale, pre.target_scale());
    for &y in ds.train.y.iter().chain(&ds.test.y) {
        let back = ds.target_scale.unscale(y);
        assert!((back / 10.0 - (back / 10.0).round()).abs() < 1e-4, "{back}");
        assert!((ds.target_scale.scale(back) - y).abs() < 1e-5);
    }
}

#[test]
fn session_without_the_field_continues_unscaled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("lin.csv");
    let mut text = String::from("x,y\n");
    for i in 0..40 {
        text.push_str(&format!("{i},{}\n", 100 + 3 * i));
    }
    std::fs::write(&csv, text).expect("write");
    let session = dir.path().join("s.ron");
    let out = layerlab(&[
        "train",
        "--data",
        csv.to_str().expect("utf-8"),
        "--layers",
        "",
        "--epochs",
        "2",
        "--target-scaling",
        "none",
        "--save",
        session.to_str().expect("utf-8"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Make it look like a session from before the field existed.
    let saved = std::fs::read_to_string(&session).expect("read");
    assert!(saved.contains("target_scaling: None,"));
    std::fs::write(&session, saved.replace("target_scaling: None,", "")).expect("write");
    let old = Session::load(&session).expect("load");
    assert_eq!(old.data_config.target_scaling, TargetScaling::None);
    let loaded = old.load_dataset(Some(&session)).expect("data");
    assert!(loaded.dataset.target_scale.is_identity());
    assert!(
        loaded.warnings.is_empty(),
        "the same preprocessing as saved: {:?}",
        loaded.warnings
    );
}

#[test]
fn rows_without_a_target_are_reported_with_their_lines() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("gaps.csv");
    // Lines 4 and 7 have no target; line 10 has a missing feature.
    let mut text = String::from("a,b,y\n");
    for i in 0..30 {
        let line = i + 2;
        match line {
            4 | 7 => text.push_str(&format!("{i},{},\n", i * 2)),
            10 => text.push_str(&format!(",{},{}\n", i * 2, i * 3)),
            _ => text.push_str(&format!("{i},{},{}\n", i * 2, i * 3)),
        }
    }
    std::fs::write(&csv, &text).expect("write");
    let table = read_csv_path(&csv, &ReadOptions::default(), None, None).expect("csv");
    let (_, pre) = prepare(&table, &DataConfig::default()).expect("prepare");
    assert_eq!(pre.dropped.no_target, 2);
    assert_eq!(pre.dropped.no_target_lines, vec![4, 7]);
    assert_eq!(pre.dropped.missing_feature, 1);
    assert!(
        pre.warnings
            .iter()
            .any(|w| w.contains("dropped 2 row(s)") && w.contains("lines 4, 7")),
        "{:?}",
        pre.warnings
    );
    let args = |json: bool| {
        let mut v = vec![
            "train".to_string(),
            "--data".into(),
            csv.to_str().expect("utf-8").into(),
            "--layers".into(),
            "".into(),
            "--epochs".into(),
            "1".into(),
        ];
        if json {
            v.push("--json".into());
        }
        v
    };
    // Text: a warning on stderr with the count and the lines.
    let out = layerlab(&strs(&args(false)));
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning: dropped 2 row(s) with no value in target `y` (lines 4, 7)"),
        "{err}"
    );
    // JSON: a warning event and the summary's dropped_rows.
    let out = layerlab(&strs(&args(true)));
    let lines = json_lines(&out);
    assert!(
        lines.iter().any(|l| l["event"] == "warning"
            && l["message"]
                .as_str()
                .is_some_and(|m| m.contains("lines 4, 7"))),
        "{lines:?}"
    );
    let s = summary(&out);
    assert_eq!(s["dropped_rows"]["no_target"], 2);
    assert_eq!(
        s["dropped_rows"]["no_target_lines"],
        serde_json::json!([4, 7])
    );
    assert_eq!(s["dropped_rows"]["missing_feature"], 1);
}

#[test]
fn many_dropped_rows_list_the_first_lines_only() {
    let mut csv = String::from("x,y\n");
    for i in 0..50 {
        if i % 5 == 0 {
            csv.push_str(&format!("{i},\n"));
        } else {
            csv.push_str(&format!("{i},{}\n", i * 2));
        }
    }
    let table = read_csv_bytes(csv.as_bytes(), "many.csv", &ReadOptions::default()).expect("csv");
    let (_, pre) = prepare(&table, &DataConfig::default()).expect("prepare");
    assert_eq!(pre.dropped.no_target, 10);
    assert_eq!(pre.dropped.no_target_lines, vec![2, 7, 12, 17, 22]);
    assert!(
        pre.warnings
            .iter()
            .any(|w| w.contains("dropped 10 row(s)") && w.contains("lines 2, 7, 12, 17, 22, …")),
        "{:?}",
        pre.warnings
    );
}
