//! The command line as scripts use it: JSON lines, the summary, exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{json_lines, layerlab};

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

fn iris() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/iris.csv")
}

fn summary(out: &Output) -> Value {
    let lines = json_lines(out);
    let last = lines.last().cloned().expect("some output");
    assert_eq!(last["event"], "summary", "last line is the summary: {last}");
    last
}

#[test]
fn iris_reaches_95_percent_test_accuracy() {
    let path = iris();
    let out = layerlab(&[
        "train",
        "--data",
        path.to_str().expect("utf-8 path"),
        "--target",
        "species",
        "--layers",
        "dense:16,relu",
        "--epochs",
        "150",
        "--batch",
        "16",
        "--lr",
        "0.01",
        "--seed",
        "1",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary(&out);
    let lines = json_lines(&out);
    assert_eq!(lines.iter().filter(|l| l["event"] == "epoch").count(), 150);
    let acc = s["test_accuracy"].as_f64().expect("test_accuracy");
    assert!(acc >= 0.95, "iris test accuracy {acc}");
    for key in ["epochs", "train_loss", "val_loss", "test_loss"] {
        assert!(s[key].is_number(), "{key} in {s}");
    }
}

#[test]
fn regression_summary_has_rmse_and_r2() {
    let out = layerlab(&[
        "train",
        "--builtin",
        "sine",
        "--layers",
        "dense:32,tanh,dense:32,tanh",
        "--epochs",
        "60",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary(&out);
    assert!(
        s["test_rmse"].is_number() && s["test_r2"].is_number(),
        "{s}"
    );
    assert!(s["test_r2"].as_f64().unwrap_or(0.0) > 0.8, "sine fit: {s}");
    assert!(s.get("test_accuracy").is_none());
}

#[test]
fn bad_input_exits_with_code_2_and_says_what_to_change() {
    let iris = iris();
    let iris = iris.to_str().expect("utf-8");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "train",
                "--builtin",
                "xor",
                "--layers",
                "dense:16,relu,bogus:3",
            ],
            "layer token 3",
        ),
        (
            vec!["train", "--builtin", "xor", "--layers", "conv:8:3"],
            "image",
        ),
        (vec!["train", "--builtin", "nope"], "not a built-in dataset"),
        (
            vec!["train", "--data", "/no/such/file.csv"],
            "/no/such/file.csv",
        ),
        (vec!["train", "--data", iris, "--target", "nope"], "nope"),
        (
            vec!["train", "--builtin", "xor", "--lr", "-1"],
            "learning rate",
        ),
        (
            vec!["train", "--builtin", "xor", "--split", "0.5,0.2"],
            "--split",
        ),
        (
            vec!["train", "--builtin", "sine", "--loss", "ce"],
            "classification",
        ),
        (vec!["train"], "--data"),
        (vec!["inspect", "/no/such.csv"], "/no/such.csv"),
        (vec!["eval", "/no/such/session.ron"], "session.ron"),
    ];
    for (args, needle) in cases {
        let out = layerlab(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?} exit code; stderr: {err}"
        );
        assert!(
            err.contains(needle),
            "{args:?}: message should mention `{needle}`: {err}"
        );
    }
}

#[test]
fn categorical_flag_reads_a_column_with_a_stray_word() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/stray_text.csv");
    let p = path.to_str().expect("utf-8");
    let out = layerlab(&["inspect", p]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--categorical y"), "{err}");
    let out = layerlab(&["inspect", p, "--categorical", "y", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary(&out);
    let y = s["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .find(|c| c["name"] == "y")
        .cloned()
        .expect("column y");
    assert_eq!(y["column_type"], "Categorical", "{y}");
}

#[test]
fn inspect_describes_iris() {
    let iris = iris();
    let out = layerlab(&["inspect", iris.to_str().expect("utf-8"), "--json"]);
    assert!(out.status.success());
    let s = summary(&out);
    assert_eq!(s["rows"], 150, "{s}");
    let text = layerlab(&["inspect", iris.to_str().expect("utf-8")]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("species") && text.contains("sepal"), "{text}");
}

#[test]
fn train_save_continue_and_eval() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ses = dir.path().join("xor.ron");
    let ses = ses.to_str().expect("utf-8");
    let out = layerlab(&[
        "train",
        "--builtin",
        "xor",
        "--layers",
        "dense:8,tanh",
        "--epochs",
        "5",
        "--save",
        ses,
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(summary(&out)["epochs"], 5);
    let out = layerlab(&["train", ses, "--epochs", "3", "--save", ses, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = summary(&out);
    assert_eq!(s["epochs"], 8, "continued from epoch 5: {s}");
    // A learning rate given when continuing is the one used.
    let out = layerlab(&["train", ses, "--epochs", "1", "--lr", "0.0005", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    let epoch = lines
        .iter()
        .find(|l| l["event"] == "epoch")
        .expect("an epoch line");
    assert!(
        (epoch["lr"].as_f64().unwrap_or(0.0) - 0.0005).abs() < 1e-9,
        "{epoch}"
    );
    let ev = layerlab(&["eval", ses, "--json"]);
    assert!(
        ev.status.success(),
        "{}",
        String::from_utf8_lossy(&ev.stderr)
    );
    let e = summary(&ev);
    assert_eq!(
        e["test_accuracy"], s["test_accuracy"],
        "eval agrees with train's summary"
    );
    assert_eq!(e["test_loss"], s["test_loss"]);
    assert!(e["confusion"]["matrix"].is_array());
}
