//! The human-readable report of `layerlab bench` (a public CLI contract: keep the lines).

use super::BenchReport;
use std::fmt;

/// A number with thousands separators ("84,000").
fn grouped(v: f64) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    let digits = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if v < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

fn verdict(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "-",
    }
}

impl fmt::Display for BenchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let runs = self.cases.first().map_or(0, |c| c.runs.len());
        writeln!(
            f,
            "Engine throughput (median of {runs} runs, f32, threads: {}, kernels: {})",
            self.threads, self.kernels
        )?;
        writeln!(
            f,
            "{:<62} {:>10} {:>10}  {:<9} {:<6}",
            "case", "median", "target", "unit", "status"
        )?;
        for c in &self.cases {
            writeln!(
                f,
                "{:<62} {:>10} {:>10}  {:<9} {:<6}",
                c.name,
                grouped(c.median),
                c.target.map_or("-".into(), grouped),
                c.unit,
                verdict(c.met)
            )?;
        }
        writeln!(
            f,
            "{:<62} {:>10} {:>10}  {:<9}",
            "plain dfdx loop: MLP 784-128-10 relu, batch 64",
            grouped(self.plain_loop_mlp64),
            "-",
            "samples/s"
        )?;
        let ratio_met = self.engine_to_plain_ratio >= self.ratio_target;
        writeln!(
            f,
            "engine / plain ratio (MLP batch 64): {:.2} (target >= {:.2}) {}",
            self.engine_to_plain_ratio,
            self.ratio_target,
            verdict(Some(ratio_met))
        )?;
        for c in &self.cases {
            let all: Vec<String> = c.runs.iter().map(|&r| grouped(r)).collect();
            writeln!(f, "  runs, {}: {}", c.name, all.join(" "))?;
        }
        for g in &self.gemm {
            writeln!(
                f,
                "{:<62} {:>10} {:>10}  {:<9}",
                format!(
                    "GEMM {} (f32, the product under dense/conv layers)",
                    g.shape
                ),
                format!("{:.1}", g.gflops),
                "-",
                "GFLOP/s"
            )?;
        }
        writeln!(
            f,
            "worker / engine (MLP batch 64, with events, validation metrics and gradient statistics each epoch): \
             {} vs {} samples/s = {:.2} (target >= {:.2}) {}",
            grouped(self.worker.worker_samples_per_sec),
            grouped(self.worker.engine_samples_per_sec),
            self.worker.ratio,
            self.worker_target,
            verdict(Some(self.worker.ratio >= self.worker_target))
        )?;
        writeln!(
            f,
            "worker / engine without a validation split (events, training metric, gradient statistics only): {:.2} (target >= {:.2}) {}",
            self.worker.ratio_without_validation,
            self.worker_target,
            verdict(Some(self.worker.ratio_without_validation >= self.worker_target))
        )?;
        Ok(())
    }
}
