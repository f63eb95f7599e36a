#!/usr/bin/env python3
"""layerlab side by side with PyTorch, polars and pandas, in one run, interleaved.

Usage: scripts/bench_compare.py [--rounds N] [--skip-csv] [--skip-train] [--skip-e2e]
Env:   LAYERLAB_BIN     the binary (default target/release/layerlab, built if missing)
       LAYERLAB_PYTHON  the Python with torch, numpy, pandas, polars (default: this one)

Each round runs every layerlab case and its reference one after the other, so machine noise
hits both alike; medians over the rounds are compared as ratios (higher is better for
layerlab). Without PyTorch/polars it says so and runs layerlab's own benchmark only.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "scripts", "reference")
DATA = os.path.join(ROOT, "target", "bench-data")

# (layerlab case name prefix, torch_bench.py arguments, unit, target ratio)
TRAIN_CASES = [
    ("MLP 784-128-10 relu, batch 64", ["mlp", "64", "1000"], "samples/s", 1.3),
    ("MLP 784-128-10 relu, batch 256", ["mlp", "256", "300"], "samples/s", 1.0),
    ("CNN 1x28x28", ["cnn", "64", "150"], "samples/s", 1.5),
    ("tiny 2-8-8-1 relu", ["tiny", "10", "20000"], "steps/s", 20.0),
    ("tiny 2-8-8-1 tanh", ["tiny_tanh", "10", "20000"], "steps/s", None),
]
GEMM_TARGET = 0.9


def python():
    return os.environ.get("LAYERLAB_PYTHON", sys.executable)


def has_references():
    probe = "import torch, numpy, pandas, polars"
    return subprocess.run([python(), "-c", probe], capture_output=True).returncode == 0


def binary():
    path = os.environ.get("LAYERLAB_BIN", os.path.join(ROOT, "target", "release", "layerlab"))
    if not os.path.exists(path):
        print(f"building {path} (cargo build --release)…", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--bin", "layerlab"], cwd=ROOT, check=True)
    return path


def measured(cmd, env=None):
    """Runs cmd; returns (stdout, wall seconds, peak resident MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err.decode(errors='replace')}")
    return out.decode(), wall, usage.ru_maxrss / 1024.0


def one_thread_env():
    env = dict(os.environ)
    env.update(TB_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    return env


def summary(text):
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            value = json.loads(line)
            if value.get("event") == "summary" or "tool" in value:
                return value
    raise SystemExit(f"no summary line in:\n{text}")


def med(values):
    return statistics.median(values) if values else float("nan")


def row(case, ours, theirs, unit, target, higher_is_better=True):
    ratio = ours / theirs if higher_is_better else theirs / ours
    status = "-" if target is None else ("met" if ratio >= target else "MISSED")
    tgt = "-" if target is None else f">= {target:g}"
    print(f"{case:<52} {ours:>12,.1f} {theirs:>12,.1f}  {unit:<10} {ratio:>6.2f}  {tgt:<7} {status}")


def header(title, ours="layerlab", theirs="reference"):
    print(f"\n{title}")
    print(f"{'case':<52} {ours:>12} {theirs:>12}  {'unit':<10} {'ratio':>6}  {'target':<7} status")


def compare_training(bin_path, rounds):
    ours = {c[0]: [] for c in TRAIN_CASES}
    theirs = {c[0]: [] for c in TRAIN_CASES}
    gemm_ours, gemm_theirs = {}, {}
    for _ in range(rounds):
        out, _, _ = measured([bin_path, "bench", "--runs", "1", "--threads", "1", "--json"])
        report = summary(out)
        for name, args, _, _ in TRAIN_CASES:
            case = next(c for c in report["cases"] if c["name"].startswith(name))
            ours[name].append(case["median"])
            text, _, _ = measured([python(), os.path.join(REF, "torch_bench.py"), *args], one_thread_env())
            fields = dict(kv.split("=") for kv in text.split("RESULT", 1)[1].split())
            key = "steps_per_s" if args[0].startswith("tiny") else "samples_per_s"
            theirs[name].append(float(fields[key]))
        for g in report["gemm"]:
            gemm_ours.setdefault(g["shape"], []).append(g["gflops"])
        text, _, _ = measured([python(), os.path.join(REF, "torch_gemm.py")], one_thread_env())
        for line in text.splitlines():
            # "torch 64x784x128: 123.4 GFLOP/s"
            shape, value = line.split()[1].rstrip(":"), float(line.split()[2])
            gemm_theirs.setdefault(shape, []).append(value)
    header(f"Training, 1 thread each (median of {rounds} rounds; kernels: {report['kernels']})",
           theirs="PyTorch")
    for name, _, unit, target in TRAIN_CASES:
        row(name, med(ours[name]), med(theirs[name]), unit, target)
    for shape, values in gemm_ours.items():
        if shape in gemm_theirs:
            target = GEMM_TARGET if shape != "1024x1024x1024" else None
            row(f"SGEMM {shape}", med(values), med(gemm_theirs[shape]), "GFLOP/s", target)


def ensure_data():
    os.makedirs(DATA, exist_ok=True)
    files = {"pixels": os.path.join(DATA, "pixels.csv"), "narrow": os.path.join(DATA, "narrow.csv")}
    for kind, path in files.items():
        if not os.path.exists(path):
            print(f"writing {path}…", file=sys.stderr)
            subprocess.run([python(), os.path.join(REF, f"make_{kind}.py"), path], check=True)
    return files


POLARS_READ = """
import sys, time, polars as pl, pandas as pd
t = time.perf_counter(); pl.read_csv(sys.argv[1]); a = time.perf_counter() - t
t = time.perf_counter(); pd.read_csv(sys.argv[1]); b = time.perf_counter() - t
print(a, b)
"""


def compare_csv(bin_path, rounds, files):
    header(f"CSV (seconds a user waits; median of {rounds} rounds; ratio = polars / layerlab, "
           "target: layerlab no slower)", theirs="polars")
    mem_rows = []
    for kind, path in files.items():
        inspect, train0, polars, pandas, peak = [], [], [], [], []
        for _ in range(rounds):
            _, wall, _ = measured([bin_path, "inspect", path, "--json"])
            inspect.append(wall)
            _, wall, rss = measured([bin_path, "train", "--data", path, "--target", "label",
                                     "--epochs", "0", "--json"])
            train0.append(wall)
            peak.append(rss)
            text, _, _ = measured([python(), "-c", POLARS_READ, path])
            a, b = map(float, text.split())
            polars.append(a)
            pandas.append(b)
        size = os.path.getsize(path) / 1e6
        row(f"{kind} ({size:.0f} MB): inspect", med(inspect), med(polars), "s", 1.0, False)
        row(f"{kind}: train --epochs 0 (read + prepare)", med(train0), med(polars), "s",
            1 / 1.3, False)
        print(f"{'  (pandas read: ' + format(med(pandas), '.2f') + ' s)':<52}")
        mem_rows.append((kind, med(peak)))
    for kind, peak in mem_rows:
        with open(files[kind]) as f:
            cols = len(f.readline().split(","))
        rows = 60_000 if kind == "pixels" else 1_000_000
        matrix = rows * (cols - 1) * 4 / 2**20
        print(f"{kind}: read + prepare peak {peak:,.0f} MB = {peak / matrix:.2f} x the f32 matrix "
              f"({matrix:,.0f} MB; target <= 1.5)")


def compare_e2e(bin_path, rounds, files):
    path = files["pixels"]
    ours_t, ours_m, theirs_t, theirs_m = [], [], [], []
    for _ in range(rounds):
        _, wall, rss = measured([bin_path, "train", "--data", path, "--target", "label",
                                 "--layers", "dense:128,relu", "--optimizer", "adam", "--lr",
                                 "0.001", "--batch", "64", "--epochs", "3", "--json"])
        ours_t.append(wall)
        ours_m.append(rss)
        _, wall, rss = measured([python(), os.path.join(REF, "e2e_torch.py"), path, "3"],
                                one_thread_env())
        theirs_t.append(wall)
        theirs_m.append(rss)
    header(f"End to end, 60,000 x 785 CSV, 3 epochs 784-128-10 Adam batch 64 (median of {rounds})",
           theirs="e2e_torch.py")
    row("wall time (ratio = PyTorch / layerlab)", med(ours_t), med(theirs_t), "s", 3.0, False)
    row("peak memory (ratio = PyTorch / layerlab)", med(ours_m), med(theirs_m), "MB", 2.0, False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-train", action="store_true")
    parser.add_argument("--skip-csv", action="store_true")
    parser.add_argument("--skip-e2e", action="store_true")
    args = parser.parse_args()
    bin_path = binary()
    if not has_references():
        print(f"PyTorch, numpy, pandas or polars not found in {python()} (set LAYERLAB_PYTHON; "
              "see scripts/reference/README.md): running layerlab's own cases only.")
        os.execv(bin_path, [bin_path, "bench"])
    if not args.skip_train:
        compare_training(bin_path, args.rounds)
    if not (args.skip_csv and args.skip_e2e):
        files = ensure_data()
        if not args.skip_csv:
            compare_csv(bin_path, args.rounds, files)
        if not args.skip_e2e:
            compare_e2e(bin_path, args.rounds, files)


if __name__ == "__main__":
    main()
