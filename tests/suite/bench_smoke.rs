//! The benchmark runs end to end and reports a throughput for every case (not a timing test).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::bench::{run_engine_bench, BenchOptions};
use layerlab::model::Threads;

#[test]
fn quick_bench_reports_finite_positive_throughput() {
    let report = run_engine_bench(&BenchOptions {
        runs: 1,
        quick: true,
        threads: Threads::Count(2),
    });
    assert_eq!(report.threads, "2");
    assert_eq!(report.gemm.len(), 2, "quick: the MLP's two shapes");
    assert!(["avx512f", "fma", "scalar", "portable"].contains(&report.kernels));
    for g in &report.gemm {
        assert!(g.gflops.is_finite() && g.gflops > 0.0, "{g:?}");
    }
    assert_eq!(report.cases.len(), 5);
    for c in &report.cases {
        assert_eq!(c.runs.len(), 1, "{}", c.name);
        assert!(
            c.median.is_finite() && c.median > 0.0,
            "{}: {}",
            c.name,
            c.median
        );
        assert!(c.target.is_some() && c.met.is_some(), "{}", c.name);
    }
    assert!(report.plain_loop_mlp64.is_finite() && report.plain_loop_mlp64 > 0.0);
    assert!(report.engine_to_plain_ratio.is_finite() && report.engine_to_plain_ratio > 0.0);
    let w = &report.worker;
    assert!(
        w.engine_samples_per_sec > 0.0 && w.worker_samples_per_sec > 0.0,
        "{w:?}"
    );
    assert!(w.ratio.is_finite() && w.ratio > 0.0 && w.ratio_without_validation > 0.0);
    let text = report.to_string();
    assert!(
        text.contains("plain dfdx loop") && text.contains("worker / engine"),
        "{text}"
    );
    assert!(serde_json::to_string(&report).is_ok());
}
