//! One binary for every x86-64 processor: the matrix-product kernels are chosen at run time
//! (AVX-512 where the processor has it, else AVX2 with FMA, else plain code). The binary is
//! run under QEMU's user-mode emulator as a processor without AVX-512 (`Haswell`: AVX2 and
//! FMA) and as one without either (`qemu64`), and must train to the same result as on this
//! machine, within float tolerance. QEMU implements no AVX-512 instruction, so any that ran
//! unguarded would stop the emulated run. Needs `qemu-user` (installed by
//! `scripts/setup.sh`).
#![cfg(all(target_arch = "x86_64", target_os = "linux"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::cli::{json_lines, ok};
use serde_json::Value;
use std::process::Command;

/// A short run whose products go through every kernel path: dense layers on the digits
/// images (batch 32: 32×64 by 64×48 and back) and a convolution.
const ARGS: [&str; 14] = [
    "train",
    "--builtin",
    "digits",
    "--layers",
    "conv:4:3,relu,flatten,dense:48,relu",
    "--epochs",
    "2",
    "--batch",
    "32",
    "--seed",
    "3",
    "--optimizer",
    "sgd",
    "--json",
];

fn summary(out: &std::process::Output) -> Value {
    ok(out);
    json_lines(out)
        .into_iter()
        .rfind(|v| v["event"] == "summary")
        .expect("a summary line")
}

fn emulated(cpu: &str, args: &[&str]) -> std::process::Output {
    Command::new("qemu-x86_64")
        .args(["-cpu", cpu, env!("CARGO_BIN_EXE_layerlab")])
        .args(args)
        .output()
        .expect("qemu-x86_64 is missing: install qemu-user (scripts/setup.sh does)")
}

fn number(v: &Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("no number `{key}` in {v}"))
}

#[test]
fn trains_alike_on_processors_without_avx512() {
    let native = summary(
        &Command::new(env!("CARGO_BIN_EXE_layerlab"))
            .args(ARGS)
            .output()
            .unwrap(),
    );
    for cpu in ["Haswell", "qemu64"] {
        let run = summary(&emulated(cpu, &ARGS));
        for key in ["train_loss", "val_loss"] {
            let (a, b) = (number(&native, key), number(&run, key));
            assert!(
                (a - b).abs() <= 1e-4 * (1.0 + a.abs()),
                "{cpu}: {key} {b} differs from this machine's {a}"
            );
        }
    }
}

#[test]
fn the_emulated_processors_pick_the_kernels_they_have() {
    let bench = ["bench", "--quick", "--runs", "1", "--json"];
    for (cpu, kernels) in [("Haswell", "fma"), ("qemu64", "scalar")] {
        let run = summary(&emulated(cpu, &bench));
        assert_eq!(run["kernels"], kernels, "{cpu}");
    }
}

#[test]
fn every_thread_count_gives_identical_results() {
    let run = |threads: &str| {
        // Batch 256 through 64 → 256 → 64 units: products big enough for gemm to split.
        let args = [
            "train",
            "--builtin",
            "digits",
            "--layers",
            "dense:256,relu,dense:64,relu",
            "--epochs",
            "3",
            "--batch",
            "256",
            "--seed",
            "3",
            "--json",
            "--threads",
            threads,
        ];
        let out = Command::new(env!("CARGO_BIN_EXE_layerlab"))
            .args(args)
            .output()
            .unwrap();
        summary(&out)
    };
    let one = run("1");
    assert_eq!(one["threads"], 1);
    for threads in ["2", "3", "auto"] {
        let other = run(threads);
        for key in ["train_loss", "val_loss", "test_loss"] {
            assert_eq!(
                number(&one, key).to_bits(),
                number(&other, key).to_bits(),
                "{key} with {threads} threads"
            );
        }
    }
    assert_eq!(run("2")["threads"], 2);
    let bad = Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .args(["train", "--builtin", "xor", "--threads", "0"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--threads"));
}
