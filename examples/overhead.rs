//! Prints the worker's overhead on the MLP reference case: `cargo run --release --example overhead`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
fn main() {
    let r = layerlab::bench::overhead::measure(8192, 8, 5);
    println!(
        "engine {:.0} samples/s, worker {:.0} samples/s, worker/engine {:.3}; without validation {:.3} (target >= 0.9)",
        r.engine_samples_per_sec, r.worker_samples_per_sec, r.ratio, r.ratio_without_validation
    );
}
