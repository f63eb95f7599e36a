//! Times reading a CSV and summarising it, in-process, best of 7
//! (`cargo run --profile profiling --example csv_perf -- FILE.csv`): for comparing two builds
//! of the reader side by side without process start-up in the figures.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use layerlab::data::{read_csv_path, ReadOptions};
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let mut best = f64::MAX;
    let mut best_i = f64::MAX;
    for _ in 0..7 {
        let t = std::time::Instant::now();
        let table = read_csv_path(
            std::path::Path::new(&p),
            &ReadOptions::default(),
            None,
            None,
        )
        .unwrap();
        best = best.min(t.elapsed().as_secs_f64());
        let t = std::time::Instant::now();
        let r = layerlab::data::inspect::inspect_table(&table);
        best_i = best_i.min(t.elapsed().as_secs_f64());
        std::hint::black_box(r);
    }
    println!("read {:.1} ms  inspect {:.1} ms", best * 1e3, best_i * 1e3);
}
