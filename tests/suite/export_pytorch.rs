//! `layerlab export --to pytorch`: the project's files and what they hold. The run with
//! Python needs `python3` (first in PATH) with torch, numpy, pandas and safetensors; without
//! them it prints why it was skipped and passes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{layerlab, ok, s};

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

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

/// Why the Python run cannot happen here, or `None` when `python3` has what it needs.
fn python_missing() -> Option<String> {
    let probe = Command::new("python3")
        .args(["-c", "import torch, numpy, pandas, safetensors"])
        .output();
    match probe {
        Err(e) => Some(format!("no python3 in PATH ({e})")),
        Ok(o) if !o.status.success() => {
            let err = String::from_utf8_lossy(&o.stderr);
            Some(format!(
                "python3 lacks torch, numpy, pandas or safetensors ({})",
                err.lines().last().unwrap_or("import failed").trim()
            ))
        }
        Ok(_) => None,
    }
}

/// With Python 3 with torch, numpy, pandas and safetensors: the exported module gives
/// layerlab's predictions within 1e-4, `torchrun --nproc_per_node=2 train.py --epochs 1`
/// runs on CPU and lowers the loss, and its checkpoint comes back with `layerlab import`.
/// Without them it says why it was skipped.
#[test]
fn with_torch_the_module_reproduces_predictions_and_torchrun_trains() {
    if let Some(why) = python_missing() {
        eprintln!(
            "skipped: {why}; install them (pip install torch numpy pandas safetensors) to run \
             the PyTorch project's check"
        );
        return;
    }
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
assert len(rows) == len(df), (len(rows), len(df))
diff = max(abs(a - b) for r in rows for a, b in zip(r["probabilities"], p[r["row"]].tolist()))
print("largest difference", diff)
assert diff < 1e-4, diff
"#;
    let py = python(&proj, &["-c", check]);
    eprintln!("{}", String::from_utf8_lossy(&py.stdout));
    let before = train_loss(&proj, "weights.safetensors");
    let run = python(
        &proj,
        &[
            "-m",
            "torch.distributed.run",
            "--nproc_per_node=2",
            "train.py",
            "--epochs",
            "1",
        ],
    );
    eprintln!("{}", String::from_utf8_lossy(&run.stdout));
    let checkpoint = proj.join("checkpoints/epoch-3.safetensors");
    assert!(checkpoint.is_file());
    let after = train_loss(&proj, "checkpoints/epoch-3.safetensors");
    eprintln!("training-split loss (eval mode): {before} before, {after} after one epoch");
    assert!(after < before, "the loss went down: {before} -> {after}");
    // The checkpoint comes back into a session that opens.
    let new = dir.path().join("from-torch.ron");
    ok(&layerlab(&[
        "import",
        s(&session),
        "--weights",
        s(&checkpoint),
        "--out",
        s(&new),
    ]));
    let eval = layerlab(&["eval", s(&new), "--json"]);
    ok(&eval);
    let summary = String::from_utf8_lossy(&eval.stdout);
    eprintln!("eval of the imported session: {summary}");
    assert!(summary.contains("\"epochs\":3"), "{summary}");
}

/// Runs `python3 ARGS` in `dir`; fails with its output unless it succeeds.
fn python(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("python3")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python3 {args:?}: exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The loss on the training split with `weights`, in eval mode.
fn train_loss(proj: &Path, weights: &str) -> f64 {
    let code = format!(
        r#"
import torch, model, train
c = model.load_config()
df = model.read_data(c).iloc[c["split"]["train"]]
net = model.load(weights="{weights}")
with torch.no_grad():
    print(train.loss_fn(c["loss"])(net(model.preprocess(df, c)), model.targets(df, c)).item())
"#
    );
    let out = python(proj, &["-c", &code]);
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}
