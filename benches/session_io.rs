//! Save and reopen speed of a session with about a million parameters: a dense layer of
//! 1000 units on 1000 inputs (plus the output layer), trained one Adam step so the
//! optimizer moments are real, with some history.
//!
//! Run with `cargo bench --bench session_io`. Prints the median of five saves and loads in
//! milliseconds and the file size. The target is under a second for each.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::data::{BuiltinKind, BuiltinSpec, Task};
use layerlab::engine::{Capture, Trainer};
use layerlab::model::{parse_layers, NetworkSpec, Shape, TrainConfig};
use layerlab::session::{DataSource, Session};
use layerlab::train::{EpochRecord, TrainEvent, TrainState};
use rand::{Rng, SeedableRng};
use std::time::Instant;

fn million_parameter_session() -> Session {
    let network = NetworkSpec::new(Shape::Flat(1000), parse_layers("dense:1000,relu").unwrap());
    let task = Task::Regression {
        targets: vec!["y".into()],
    };
    let train = TrainConfig::default();
    let mut tr: Trainer = Trainer::new(&network, &task, &train).unwrap();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let rows = 8;
    let x: Vec<f32> = (0..rows * 1000).map(|_| rng.gen_range(-1.0..1.0)).collect();
    let y: Vec<f32> = (0..rows).map(|_| rng.gen_range(-1.0..1.0)).collect();
    tr.train_batch(&x, &y, rows, 0.01, Capture::None).unwrap();
    let mut s = Session {
        name: "a million parameters".into(),
        network,
        data: DataSource::Builtin(BuiltinSpec::new(BuiltinKind::Plane)),
        train,
        state: Some(TrainState {
            weights: tr.net.weights(),
            optimizer: tr.opt.state(),
            epoch: 1,
            step: 1,
            lr: 0.01,
            ..Default::default()
        }),
        ..Default::default()
    };
    for epoch in 1..=200u32 {
        s.history.apply(&TrainEvent::Epoch(EpochRecord {
            epoch,
            step: epoch as u64 * 100,
            train_loss: 1.0 / epoch as f64,
            val_loss: 1.1 / epoch as f64,
            train_metric: 0.5,
            val_metric: 0.4,
            lr: 0.01,
            seconds: 0.5,
        }));
        for b in 0..100u64 {
            s.history.apply(&TrainEvent::Progress {
                epoch,
                batch: b as u32,
                step: epoch as u64 * 100 + b,
                loss: 1.0 / (epoch as f64 + b as f64),
                samples_per_sec: 1e4,
                lr: 0.01,
            });
        }
    }
    s
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let s = million_parameter_session();
    let params: usize = s.state.as_ref().map_or(0, |st| {
        st.weights
            .layers
            .iter()
            .flat_map(|l| &l.params)
            .map(|p| p.values.len())
            .sum()
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("million.ron");
    let (mut saves, mut loads, mut checks) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..5 {
        let t = Instant::now();
        s.save(&path).unwrap();
        saves.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let back = Session::load(&path).unwrap();
        loads.push(t.elapsed().as_secs_f64());
        assert!(back == s, "the session did not round-trip");
        let t = Instant::now();
        back.check_weights().unwrap();
        checks.push(t.elapsed().as_secs_f64());
    }
    let size = std::fs::metadata(&path).unwrap().len();
    println!("session_io: {params} parameters (+ Adam moments), 200 epochs of history");
    println!(
        "  save  {:7.1} ms (median of 5)",
        median(saves.clone()) * 1e3
    );
    println!(
        "  load  {:7.1} ms (median of 5)",
        median(loads.clone()) * 1e3
    );
    println!(
        "  check_weights {:7.1} ms (median of 5; builds the trainer)",
        median(checks) * 1e3
    );
    println!(
        "  file  {:7.2} MB ({:.2} bytes per stored float)",
        size as f64 / 1e6,
        size as f64 / (params as f64 * 3.0)
    );
    let worst = saves.iter().chain(&loads).copied().fold(0.0, f64::max);
    println!(
        "  {} (slowest save or load {:.0} ms, target < 1000 ms)",
        if worst < 1.0 { "OK" } else { "TOO SLOW" },
        worst * 1e3
    );
}
