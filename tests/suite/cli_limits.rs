//! The command line at its hard edges: sizes that overflow or do not fit in memory, inputs
//! that never end, delimiters and decimal commas. Each exits 2 quickly with a message, no
//! panic.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

fn layerlab(args: &[&str]) -> (Output, f64) {
    let t0 = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .args(args)
        .output()
        .expect("run layerlab");
    (out, t0.elapsed().as_secs_f64())
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit code 2, no panic, the message contains every part, within `secs`.
fn refused(args: &[&str], parts: &[&str], secs: f64) -> String {
    let (out, took) = layerlab(args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    for p in parts {
        assert!(err.contains(p), "{p:?} missing in {err}");
    }
    assert!(took < secs, "{args:?} took {took:.1} s");
    err
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn networks_too_large_for_memory_are_refused_before_allocating() {
    let err = refused(
        &[
            "train",
            "--builtin",
            "digits",
            "--layers",
            "dense:999999999",
            "--epochs",
            "1",
        ],
        &["GB", "Adam state", "Try dense:", "(layer 1)"],
        10.0,
    );
    assert!(err.contains("this machine"), "{err}");
    refused(
        &[
            "train",
            "--builtin",
            "digits",
            "--layers",
            "dense:99999999,relu,dense:100000",
            "--epochs",
            "1",
            "--optimizer",
            "sgd",
        ],
        &["to train", "instead of dense:99999999"],
        10.0,
    );
}

#[test]
fn overflowing_sizes_name_the_layer_or_the_flag() {
    refused(
        &[
            "train",
            "--builtin",
            "xor",
            "--layers",
            "dense:18446744073709551615",
            "--epochs",
            "1",
        ],
        &["--layers", "layer 1", "too large"],
        10.0,
    );
    refused(
        &[
            "train",
            "--builtin",
            "xor",
            "--layers",
            "dense:18446744073709551616",
            "--epochs",
            "1",
        ],
        &["--layers"],
        10.0,
    );
    let err = refused(
        &[
            "train",
            "--builtin",
            "xor",
            "--image",
            "2x9223372036854775809x1",
            "--layers",
            "conv:1:1",
            "--epochs",
            "1",
        ],
        &["--image", "too large"],
        10.0,
    );
    assert!(!err.contains("window"), "{err}");
}

#[test]
fn a_session_with_an_overflowing_input_shape_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ses = dir.path().join("x.ron");
    let (out, _) = layerlab(&[
        "train",
        "--builtin",
        "xor",
        "--layers",
        "dense:4",
        "--epochs",
        "1",
        "--save",
        s(&ses),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&ses).unwrap();
    assert!(
        text.contains("input: Flat(2)"),
        "the session spells its input shape"
    );
    for shape in [
        "Image(c: 2, h: 9223372036854775809, w: 1)",
        "Image(c: 18446744073709551615, h: 18446744073709551615, w: 18446744073709551615)",
        "Flat(18446744073709551615)",
    ] {
        std::fs::write(
            &ses,
            text.replace("input: Flat(2)", &format!("input: {shape}")),
        )
        .unwrap();
        refused(&["eval", s(&ses)], &[], 10.0);
        refused(&["train", s(&ses), "--epochs", "1"], &[], 10.0);
    }
}

#[cfg(unix)]
#[test]
fn endless_inputs_are_refused_within_5_seconds() {
    refused(
        &["inspect", "/dev/zero"],
        &["/dev/zero", "character device"],
        5.0,
    );
    refused(
        &[
            "train",
            "--data",
            "/dev/zero",
            "--target",
            "#0",
            "--epochs",
            "1",
        ],
        &["/dev/zero"],
        5.0,
    );
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("yes.csv");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|st| st.success());
    if made {
        // A FIFO fed by `yes`.
        let mut writer = Command::new("sh")
            .arg("-c")
            .arg(format!("exec yes > '{}'", s(&fifo)))
            .spawn()
            .expect("start yes");
        refused(
            &["inspect", s(&fifo)],
            &["pipe (FIFO)", "Save the data"],
            5.0,
        );
        let _ = writer.kill();
        let _ = writer.wait();
    }
}

#[test]
fn huge_lines_and_rows_end_quickly_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.csv");
    // 70 MB without a line break: over the 64 MB limit.
    std::fs::write(&path, vec![b'a'; 70 << 20]).unwrap();
    refused(
        &["inspect", s(&path)],
        &["one-line.csv", "line 1", "64 MB"],
        10.0,
    );
    // 50 MB of fields without a line break: too many columns.
    std::fs::write(&path, b"1,".repeat(25 << 20)).unwrap();
    refused(&["inspect", s(&path)], &["line 1", "columns"], 10.0);
    // NUL bytes.
    std::fs::write(&path, b"a,b\n1,\0\n").unwrap();
    let err = refused(&["inspect", s(&path)], &["line 2", "binary"], 10.0);
    assert!(!err.contains('\0'));
}

#[test]
fn too_large_numbers_are_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    std::fs::write(&path, "a,b,y\n1,2,x\n1e40,3,y\n2,2,x\n").unwrap();
    let err = refused(
        &[
            "train",
            "--data",
            s(&path),
            "--target",
            "y",
            "--epochs",
            "1",
        ],
        &["big.csv` line 3, column `a`", "too large for 32-bit floats"],
        10.0,
    );
    assert!(!err.contains("not a number"), "{err}");
}

fn inspect_json(args: &[&str]) -> Value {
    let (out, _) = layerlab(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.lines().last().expect("a summary")).expect("JSON")
}

fn types(v: &Value) -> Vec<String> {
    v["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .map(|c| c["column_type"].as_str().unwrap_or("?").to_string())
        .collect()
}

#[test]
fn delimiter_and_decimal_comma_flags() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eu.csv");
    let mut text = String::from("x;y;label\n");
    for i in 0..60 {
        let label = if i % 2 == 0 { "a" } else { "b" };
        text.push_str(&format!("{i},5;\"{},25\";{label}\n", 60 - i));
    }
    std::fs::write(&path, &text).unwrap();
    // Sniffed: `;` with decimal commas, quoted ones included.
    let v = inspect_json(&["inspect", s(&path), "--json"]);
    assert_eq!(v["delimiter"], ";", "{v}");
    assert_eq!(types(&v), ["Numeric", "Numeric", "Categorical"], "{v}");
    // Overridden.
    let v = inspect_json(&["inspect", s(&path), "--decimal-comma=no", "--json"]);
    assert_eq!(
        types(&v),
        ["Categorical", "Categorical", "Categorical"],
        "{v}"
    );
    let v = inspect_json(&["inspect", "--delimiter", "tab", s(&path), "--json"]);
    assert_eq!(types(&v).len(), 1, "{v}");
    refused(
        &["inspect", "--delimiter", "ab", s(&path)],
        &["--delimiter"],
        10.0,
    );
    refused(
        &["inspect", s(&path), "--decimal-comma=maybe"],
        &["--decimal-comma"],
        10.0,
    );
    // Train with the flags: the session remembers how the file was read.
    let ses = dir.path().join("eu.ron");
    let (out, _) = layerlab(&[
        "train",
        "--data",
        s(&path),
        "--target",
        "label",
        "--delimiter",
        ";",
        "--decimal-comma",
        "--epochs",
        "2",
        "--save",
        s(&ses),
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let saved = std::fs::read_to_string(&ses).unwrap();
    assert!(saved.contains("delimiter: Some(59)"), "{saved}");
    assert!(saved.contains("decimal_comma: Some(true)"), "{saved}");
    let (out, _) = layerlab(&["eval", s(&ses), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (out, _) = layerlab(&[
        "eval",
        s(&ses),
        "--data",
        s(&path),
        "--delimiter",
        ";",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    // A continued session cannot change how its data is read.
    refused(
        &["train", s(&ses), "--delimiter", ",", "--epochs", "1"],
        &["--delimiter"],
        10.0,
    );
    // Sessions written before the option existed still open.
    let old = saved.replace("decimal_comma: Some(true),", "");
    assert_ne!(old, saved);
    std::fs::write(&ses, old).unwrap();
    let (out, _) = layerlab(&["eval", s(&ses), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
}
