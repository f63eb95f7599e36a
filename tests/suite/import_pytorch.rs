//! `layerlab import`: a PyTorch checkpoint back into a session. The exported
//! weights.safetensors comes back bit for bit (MLP, CNN with batch-norm), `eval` gives the
//! same figures, and a checkpoint with a missing tensor, a wrong shape, a NaN or another
//! dtype exits 2 naming the file and the tensor.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{layerlab, ok, s};

use layerlab::session::Session;
use safetensors::tensor::{Dtype, TensorView};
use safetensors::SafeTensors;
use std::path::{Path, PathBuf};

/// A session trained with `train_args`, saved as `dir/NAME.ron` and exported to `dir/NAME`.
fn trained_and_exported(dir: &Path, name: &str, train_args: &[&str]) -> (PathBuf, PathBuf) {
    let session = dir.join(format!("{name}.ron"));
    let mut args = vec!["train"];
    args.extend_from_slice(train_args);
    args.extend_from_slice(&["--save", s(&session)]);
    ok(&layerlab(&args));
    let proj = dir.join(name);
    ok(&layerlab(&[
        "export",
        s(&session),
        "--to",
        "pytorch",
        "--out",
        s(&proj),
    ]));
    (session, proj)
}

const CNN: &[&str] = &[
    "--builtin",
    "digits",
    "--samples",
    "200",
    "--layers",
    "conv:4:3:1:1,batchnorm,relu,maxpool:2,flatten,dense:8,layernorm,gelu,dropout:0.1",
    "--epochs",
    "2",
];

const MLP: &[&str] = &[
    "--builtin",
    "spiral",
    "--samples",
    "300",
    "--layers",
    "dense:12,batchnorm,tanh,dense:6,relu",
    "--epochs",
    "3",
];

fn eval_summary(session: &Path) -> String {
    let out = layerlab(&["eval", s(session), "--json"]);
    ok(&out);
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains("\"summary\""))
        .collect()
}

fn bits(session: &Path) -> Vec<(String, Vec<u32>)> {
    let st = Session::load(session).unwrap().state.unwrap();
    let mut out = Vec::new();
    for (i, l) in st.weights.layers.iter().enumerate() {
        for p in &l.params {
            let name = format!("{i}.{}", p.name);
            out.push((name, p.values.iter().map(|x| x.to_bits()).collect()));
        }
        out.push((
            format!("{i}.running_mean"),
            l.running_mean.iter().map(|x| x.to_bits()).collect(),
        ));
        out.push((
            format!("{i}.running_var"),
            l.running_var.iter().map(|x| x.to_bits()).collect(),
        ));
    }
    out
}

fn round_trip(name: &str, train: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let (session, proj) = trained_and_exported(dir.path(), name, train);
    let new = dir.path().join(format!("{name}-imported.ron"));
    let out = layerlab(&[
        "import",
        s(&session),
        "--weights",
        s(&proj.join("weights.safetensors")),
        "--out",
        s(&new),
    ]);
    ok(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("optimizer"),
        "says the optimizer resets: {err}"
    );
    assert_eq!(bits(&new), bits(&session), "{name}: weights bit for bit");
    assert_eq!(eval_summary(&new), eval_summary(&session), "{name}: eval");
    let (a, b) = (
        Session::load(&session).unwrap(),
        Session::load(&new).unwrap(),
    );
    assert_eq!(a.history, b.history, "history kept");
    assert_eq!(a.data_config, b.data_config, "data configuration kept");
    assert_eq!(a.train, b.train, "settings kept");
    let (sa, sb) = (a.state.unwrap(), b.state.unwrap());
    assert_eq!(sa.epoch, sb.epoch, "epoch from the file's metadata");
    assert_eq!(sb.optimizer.step, 0, "optimizer state reset");
    assert!(sb
        .optimizer
        .slots
        .iter()
        .all(|s| s.first.iter().chain(&s.second).all(|&x| x == 0.0)));
    // The imported session keeps training.
    ok(&layerlab(&["train", s(&new), "--epochs", "1"]));
}

#[test]
fn an_exported_mlp_with_batch_norm_comes_back_bit_for_bit() {
    round_trip("mlp", MLP);
}

#[test]
fn an_exported_cnn_with_batch_norm_comes_back_bit_for_bit() {
    round_trip("cnn", CNN);
}

/// The exported tensors, changed by `edit`, written to `path`.
fn rewrite(
    from: &Path,
    path: &Path,
    edit: impl Fn(&str, Dtype, Vec<usize>, Vec<u8>) -> Option<(Dtype, Vec<usize>, Vec<u8>)>,
) {
    let bytes = std::fs::read(from).unwrap();
    let st = SafeTensors::deserialize(&bytes).unwrap();
    let mut kept = Vec::new();
    for (name, view) in st.tensors() {
        if let Some(t) = edit(
            &name,
            view.dtype(),
            view.shape().to_vec(),
            view.data().to_vec(),
        ) {
            kept.push((name, t));
        }
    }
    let views: Vec<(String, TensorView)> = kept
        .iter()
        .map(|(n, (d, sh, b))| (n.clone(), TensorView::new(*d, sh.clone(), b).unwrap()))
        .collect();
    std::fs::write(path, safetensors::tensor::serialize(views, None).unwrap()).unwrap();
}

#[test]
fn a_bad_checkpoint_exits_2_naming_the_file_and_the_tensor() {
    let dir = tempfile::tempdir().unwrap();
    let (session, proj) = trained_and_exported(dir.path(), "mlp", MLP);
    let weights = proj.join("weights.safetensors");
    let new = dir.path().join("new.ron");
    let bad = dir.path().join("bad.safetensors");
    let check = |what: &str, needles: &[&str]| {
        let out = layerlab(&[
            "import",
            s(&session),
            "--weights",
            s(&bad),
            "--out",
            s(&new),
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{what}: {err}");
        assert!(
            err.contains("bad.safetensors"),
            "{what} names the file: {err}"
        );
        for n in needles {
            assert!(err.contains(n), "{what}: {n} in {err}");
        }
        assert!(!new.exists(), "{what}: nothing written");
    };
    rewrite(&weights, &bad, |n, d, sh, b| {
        (n != "layers.1.running_var").then_some((d, sh, b))
    });
    check("missing", &["layers.1.running_var", "missing"]);
    rewrite(&weights, &bad, |n, d, sh, b| {
        Some(if n == "layers.0.weight" {
            (d, vec![sh[1], sh[0]], b)
        } else {
            (d, sh, b)
        })
    });
    check("shape", &["layers.0.weight", "shape", "[12, 2]"]);
    rewrite(&weights, &bad, |n, d, sh, mut b| {
        if n == "layers.3.bias" {
            b[4..8].copy_from_slice(&f32::NAN.to_le_bytes());
        }
        Some((d, sh, b))
    });
    check("NaN", &["layers.3.bias", "NaN", "position 1"]);
    rewrite(&weights, &bad, |n, d, sh, b| {
        Some(if n == "layers.0.bias" {
            let wide: Vec<u8> = b
                .chunks_exact(4)
                .flat_map(|c| (f32::from_le_bytes(c.try_into().unwrap()) as f64).to_le_bytes())
                .collect();
            (Dtype::F64, sh, wide)
        } else {
            (d, sh, b)
        })
    });
    check("dtype", &["layers.0.bias", "F64"]);
    std::fs::write(&bad, b"not a safetensors file").unwrap();
    check("garbage", &["safetensors"]);
    // --out may be the session itself (atomic save), never the checkpoint it reads.
    let out = layerlab(&[
        "import",
        s(&session),
        "--weights",
        s(&weights),
        "--out",
        s(&weights),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("overwrite"));
    assert!(
        std::fs::read(&weights).unwrap().len() > 100,
        "checkpoint intact"
    );
    ok(&layerlab(&[
        "import",
        s(&session),
        "--weights",
        s(&weights),
        "--out",
        s(&session),
    ]));
    ok(&layerlab(&["eval", s(&session)]));
    let out = layerlab(&[
        "import",
        s(&session),
        "--weights",
        s(&dir.path().join("absent.safetensors")),
        "--out",
        s(&new),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("absent.safetensors"));
}

#[test]
fn the_import_never_overwrites_the_sessions_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("points.csv");
    let mut text = String::from("x,y,label\n");
    for i in 0..60 {
        let (x, y) = ((i % 7) as f32 * 0.3, (i % 5) as f32 * 0.4);
        text += &format!("{x},{y},{}\n", if x > y { "a" } else { "b" });
    }
    std::fs::write(&csv, &text).unwrap();
    let session = dir.path().join("points.ron");
    ok(&layerlab(&[
        "train",
        "--data",
        s(&csv),
        "--target",
        "label",
        "--epochs",
        "2",
        "--save",
        s(&session),
    ]));
    let proj = dir.path().join("proj");
    ok(&layerlab(&[
        "export",
        s(&session),
        "--to",
        "pytorch",
        "--out",
        s(&proj),
    ]));
    let weights = proj.join("weights.safetensors");
    let out = layerlab(&[
        "import",
        s(&session),
        "--weights",
        s(&weights),
        "--out",
        s(&csv),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("data file") && err.contains("points.csv"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), text, "data intact");
}
