//! Runs the engine benchmark and prints the table (`cargo run --release --example bench`).
//! Arguments: `--runs N`, `--quick`, `--json`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::bench::{run_engine_bench, BenchOptions};

fn main() {
    let mut opts = BenchOptions::default();
    let mut json = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--quick" => opts.quick = true,
            "--json" => json = true,
            "--runs" => {
                if let Some(n) = args.next().and_then(|v| v.parse().ok()) {
                    opts.runs = n;
                }
            }
            other => eprintln!("ignoring unknown argument `{other}`"),
        }
    }
    let report = run_engine_bench(&opts);
    print!("{report}");
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("json: {e}"),
        }
    }
}
