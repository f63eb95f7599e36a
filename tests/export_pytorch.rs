//! `layerlab export --to pytorch`: the project's files and what they hold. The run with
//! Python is `#[ignore]`d (it needs torch, numpy, pandas and safetensors): run it with
//! `cargo test --test export_pytorch -- --ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn layerlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .args(args)
        .output()
        .expect("run layerlab")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CNN session on the built-in digits, exported to `dir/proj`.
fn cnn_project(dir: &Path) -> std::path::PathBuf {
    let session = dir.join("cnn.ron");
    ok(&layerlab(&[
        "train",
        "--builtin",
        "digits",
        "--samples",
        "200",
        "--layers",
        "conv:4:3:1:1,batchnorm,relu,maxpool:2,flatten,dense:8,layernorm,gelu,dropout:0.1",
        "--epochs",
        "2",
        "--save",
        s(&session),
    ]));
    let proj = dir.join("proj");
    ok(&layerlab(&[
        "export",
        s(&session),
        "--to",
        "pytorch",
        "--out",
        s(&proj),
        "--json",
    ]));
    proj
}

#[test]
fn the_project_holds_the_network_weights_preprocessing_and_split() {
    let dir = tempfile::tempdir().unwrap();
    let proj = cnn_project(dir.path());
    for f in [
        "model.py",
        "weights.safetensors",
        "preprocess.json",
        "train.py",
        "README.md",
        "data.csv",
    ] {
        assert!(proj.join(f).is_file(), "{f} written");
    }
    let model = std::fs::read_to_string(proj.join("model.py")).unwrap();
    for needle in [
        "nn.Unflatten(1, (1, 8, 8))",
        "nn.Conv2d(1, 4, 3, stride=1, padding=1)",
        "nn.BatchNorm2d(4, eps=1e-5, momentum=0.1)",
        "nn.MaxPool2d(2, stride=2)",
        "nn.Flatten()",
        "nn.Linear(64, 8, bias=True)",
        "nn.LayerNorm([8], eps=1e-5)",
        "nn.GELU(approximate=\"tanh\")",
        "nn.Dropout(p=0.1)",
        "def load(",
        "def preprocess(",
        "def predict(",
    ] {
        assert!(model.contains(needle), "model.py has {needle}:\n{model}");
    }
    let config: Value =
        serde_json::from_str(&std::fs::read_to_string(proj.join("preprocess.json")).unwrap())
            .unwrap();
    assert_eq!(config["task"], "classification");
    assert_eq!(config["output"], "softmax");
    assert_eq!(
        config["preprocessor"]["features"].as_array().unwrap().len(),
        64
    );
    let split = &config["split"];
    let n: usize = ["train", "val", "test"]
        .iter()
        .map(|k| split[k].as_array().unwrap().len())
        .sum();
    assert_eq!(n, 200, "every row in one split");
    assert!(config["train"]["optimizer"].is_object() || config["train"]["optimizer"].is_string());
    assert_eq!(config["epochs_done"], 2);
    // The weights: nn.Linear's [units, inputs] layout, batch-norm statistics included.
    let bytes = std::fs::read(proj.join("weights.safetensors")).unwrap();
    let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    assert_eq!(st.tensor("layers.1.weight").unwrap().shape(), &[4, 1, 3, 3]);
    assert_eq!(st.tensor("layers.2.running_var").unwrap().shape(), &[4]);
    assert_eq!(st.tensor("layers.6.weight").unwrap().shape(), &[8, 64]);
    let train = std::fs::read_to_string(proj.join("train.py")).unwrap();
    assert!(train.contains("DistributedDataParallel") && train.contains("--epochs"));
}

/// Needs Python 3 with torch, numpy, pandas and safetensors: the exported module gives
/// layerlab's predictions within 1e-4, and `torchrun --nproc_per_node=2 train.py --epochs 1`
/// runs on CPU.
#[test]
#[ignore = "needs Python with torch, numpy, pandas, safetensors"]
fn with_torch_the_module_reproduces_predictions_and_torchrun_trains() {
    let dir = tempfile::tempdir().unwrap();
    let proj = cnn_project(dir.path());
    let session = dir.path().join("cnn.ron");
    let out = layerlab(&[
        "predict",
        s(&session),
        "--data",
        s(&proj.join("data.csv")),
        "--json",
    ]);
    ok(&out);
    std::fs::write(proj.join("expected.jsonl"), &out.stdout).unwrap();
    let check = r#"
import json, pandas as pd, torch, model
net = model.load()
df = pd.read_csv("data.csv")
p = model.predict(net, model.preprocess(df))
rows = [json.loads(l) for l in open("expected.jsonl") if '"row"' in l]
diff = max(abs(a - b) for r in rows for a, b in zip(r["probabilities"], p[r["row"]].tolist()))
print("largest difference", diff)
assert diff < 1e-4, diff
"#;
    let py = Command::new("python3")
        .arg("-c")
        .arg(check)
        .current_dir(&proj)
        .output()
        .unwrap();
    ok(&py);
    let run = Command::new("torchrun")
        .args(["--nproc_per_node=2", "train.py", "--epochs", "1"])
        .current_dir(&proj)
        .output()
        .unwrap();
    ok(&run);
    assert!(proj.join("checkpoints/epoch-3.safetensors").is_file());
}
