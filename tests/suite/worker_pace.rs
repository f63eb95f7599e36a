//! The worker at a slow pace sleeps between batches instead of spinning. Its own test
//! binary: it measures the process's CPU time, which tests running beside it would spoil.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::data::xor_with;
use common::worker::{collect_until, start};
use layerlab::data::{Dataset, Task};
use layerlab::model::{parse_layers, NetworkSpec, Shape, TrainConfig};
use layerlab::train::{TrainEvent, TrainJob, WorkerOptions};
use std::sync::Arc;
use std::time::Instant;

fn xor_dataset(n: usize) -> Arc<Dataset> {
    Arc::new(Dataset {
        name: "xor".into(),
        feature_names: vec!["x1".into(), "x2".into()],
        input_shape: Shape::Flat(2),
        task: Task::Classification {
            classes: vec!["0".into(), "1".into()],
        },
        train: xor_with(n, 1, 0.0, None),
        val: xor_with(n / 2, 2, 0.0, None),
        test: xor_with(n / 2, 3, 0.0, None),
        target_scale: Default::default(),
        plane: None,
    })
}

fn job(ds: Arc<Dataset>, cfg: TrainConfig) -> TrainJob {
    TrainJob {
        spec: NetworkSpec::new(ds.input_shape, parse_layers("dense:4,tanh").unwrap()),
        dataset: ds,
        config: cfg,
        resume: None,
        options: WorkerOptions::default(),
    }
}

/// CPU seconds this process has used (user + system), from /proc/self/stat.
fn process_cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let after = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of the whole line (utime, stime) are 11 and 12 after the name.
    let ticks: f64 = f[11].parse::<f64>().unwrap() + f[12].parse::<f64>().unwrap();
    ticks / 100.0
}

#[test]
fn a_slow_pace_spreads_the_run_out_without_busy_waiting() {
    use layerlab::model::Pace;
    let ds = xor_dataset(64);
    let cfg = TrainConfig {
        epochs: 6,
        batch_size: 16, // 4 batches per epoch
        pace: Pace::EpochsPerSec(10),
        ..TrainConfig::default()
    };
    // The command line (paced: false) ignores the pace.
    let t0 = Instant::now();
    let fast = start(job(ds.clone(), cfg.clone()));
    collect_until(&fast, |e| matches!(e, TrainEvent::Finished { .. }));
    let fast_secs = t0.elapsed().as_secs_f64();

    let mut paced = job(ds, cfg);
    paced.options.paced = true;
    let (t0, cpu0) = (Instant::now(), process_cpu_secs());
    let h = start(paced);
    let events = collect_until(&h, |e| matches!(e, TrainEvent::Finished { .. }));
    let (wall, cpu) = (t0.elapsed().as_secs_f64(), process_cpu_secs() - cpu0);
    // 24 batches at 40 batches/s: about 0.6 s.
    assert!(wall > 0.5 && wall < 5.0, "paced run took {wall:.2} s");
    assert!(
        fast_secs < wall / 2.0,
        "unpaced {fast_secs:.2} s vs paced {wall:.2} s"
    );
    assert!(
        cpu < 0.5 * wall,
        "{cpu:.2} s of CPU in {wall:.2} s: the worker must sleep"
    );
    let epochs = events
        .iter()
        .filter(|e| matches!(e, TrainEvent::Epoch(_)))
        .count();
    assert_eq!(epochs, 6);
}
