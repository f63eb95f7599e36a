//! The matrix product under dense and convolution layers, timed alone: GFLOP/s of
//! [`crate::engine::tensor::gemm`] at the MLP's shapes and at 1024³ (the practical limit),
//! for comparison with PyTorch's single-thread SGEMM (`torch_gemm.py`).

use crate::engine::tensor::{gemm, set_gemm_threads, View};
use serde::Serialize;
use std::time::Instant;

/// The shapes timed: `(m, k, n)`, the MLP's first layer at batch 64 and 256, and 1024³.
pub const SHAPES: [(usize, usize, usize); 3] =
    [(64, 784, 128), (256, 784, 128), (1024, 1024, 1024)];

/// One shape's speed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GemmResult {
    /// "256x784x128".
    pub shape: String,
    /// Median GFLOP/s (2·m·k·n per product).
    pub gflops: f64,
}

/// Times every shape of [`SHAPES`] (`quick`: the MLP's two) on `threads` threads: the
/// median of `reps` products (after one untimed), with seeded inputs.
pub fn measure(threads: usize, reps: usize, quick: bool) -> Vec<GemmResult> {
    set_gemm_threads(threads);
    let shapes = if quick { &SHAPES[..2] } else { &SHAPES[..] };
    let results = shapes
        .iter()
        .map(|&(m, k, n)| {
            let a: Vec<f32> = (0..m * k)
                .map(|i| ((i * 7919) % 1000) as f32 / 1000.0 - 0.5)
                .collect();
            let b: Vec<f32> = (0..k * n)
                .map(|i| ((i * 104_729) % 1000) as f32 / 1000.0 - 0.5)
                .collect();
            let mut c = vec![0f32; m * n];
            let reps = if m * k * n > 100_000_000 {
                reps.div_ceil(5).max(3)
            } else {
                reps.max(3)
            };
            let mut times = Vec::with_capacity(reps);
            for rep in 0..=reps {
                let start = Instant::now();
                gemm(View::rm(&a, m, k), View::rm(&b, k, n), &mut c, false);
                if rep > 0 {
                    times.push(start.elapsed().as_secs_f64());
                }
            }
            times.sort_by(f64::total_cmp);
            let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
            GemmResult {
                shape: format!("{m}x{k}x{n}"),
                gflops: 2.0 * (m * k * n) as f64 / median.max(1e-12) / 1e9,
            }
        })
        .collect();
    set_gemm_threads(1);
    results
}
