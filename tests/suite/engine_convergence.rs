//! Convergence on data generated here: the engine must actually learn.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use layerlab::data::{Split, Task};
use layerlab::engine::Trainer;
use layerlab::model::{parse_layers, LossKind, NetworkSpec, OptimizerKind, Shape, TrainConfig};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn classes(k: usize) -> Task {
    Task::Classification {
        classes: (0..k).map(|i| i.to_string()).collect(),
    }
}

/// Xor points with a margin around the axes.
fn xor(n: usize, seed: u64) -> Split {
    common::data::xor_with(n, seed, 0.1, None)
}

fn spiral(n_per_arm: usize, seed: u64) -> Split {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut s = Split {
        rows: 2 * n_per_arm,
        ..Default::default()
    };
    for arm in 0..2 {
        for i in 0..n_per_arm {
            let r = i as f32 / n_per_arm as f32 * 5.0;
            let t = 1.75 * i as f32 / n_per_arm as f32 * 2.0 * std::f32::consts::PI
                + arm as f32 * std::f32::consts::PI;
            let mut noise = || rng.gen_range(-0.05f32..0.05);
            let (x, y) = (r * t.sin() + noise(), r * t.cos() + noise());
            s.x.extend([x / 3.0, y / 3.0]);
            s.y.push(arm as f32);
        }
    }
    s
}

#[test]
fn xor_reaches_full_accuracy() {
    let data = xor(200, 1);
    let spec = NetworkSpec::new(
        Shape::Flat(2),
        parse_layers("dense:8,tanh,dense:8,tanh").expect("valid"),
    );
    let cfg = TrainConfig {
        lr: 0.03,
        batch_size: 16,
        ..Default::default()
    };
    let mut tr: Trainer = Trainer::new(&spec, &classes(2), &cfg).expect("trainer");
    for e in 0..60 {
        tr.train_epoch(&data, e).expect("epoch");
    }
    assert_eq!(tr.accuracy(&data), 1.0);
    assert_eq!(
        tr.accuracy(&xor(200, 99)),
        1.0,
        "generalizes to fresh XOR points"
    );
}

#[test]
fn spiral_reaches_95_percent() {
    let data = spiral(150, 2);
    let spec = NetworkSpec::new(
        Shape::Flat(2),
        parse_layers("dense:32,relu,dense:32,relu").expect("valid"),
    );
    let cfg = TrainConfig {
        lr: 0.01,
        batch_size: 16,
        ..Default::default()
    };
    let mut tr: Trainer = Trainer::new(&spec, &classes(2), &cfg).expect("trainer");
    for e in 0..300 {
        tr.train_epoch(&data, e).expect("epoch");
    }
    let acc = tr.accuracy(&data);
    assert!(acc >= 0.95, "spiral accuracy {acc}");
}

#[test]
fn linear_regression_recovers_coefficients() {
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut data = Split {
        rows: 256,
        ..Default::default()
    };
    for _ in 0..256 {
        let (a, b): (f32, f32) = (rng.gen_range(-1.0..1.0), rng.gen_range(-1.0..1.0));
        data.x.extend([a, b]);
        data.y.push(2.0 * a - 3.0 * b + 0.5);
    }
    let task = Task::Regression {
        targets: vec!["y".into()],
    };
    let spec = NetworkSpec::new(Shape::Flat(2), vec![]);
    let cfg = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 0.1,
        batch_size: 32,
        ..Default::default()
    };
    let mut tr: Trainer = Trainer::new(&spec, &task, &cfg).expect("trainer");
    for e in 0..200 {
        tr.train_epoch(&data, e).expect("epoch");
    }
    let w = tr.net.weights();
    let head = &w.layers[0];
    let (wv, bv) = (&head.params[0].values, &head.params[1].values);
    for (got, want) in [(wv[0], 2.0), (wv[1], -3.0), (bv[0], 0.5)] {
        assert!(
            (got - want).abs() < 1e-2,
            "coefficient {got} should be {want}"
        );
    }
}

/// Two image patterns: a bright horizontal bar vs a bright vertical bar, at random places.
fn bars(n: usize, seed: u64) -> Split {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut s = Split {
        rows: n,
        ..Default::default()
    };
    for i in 0..n {
        let mut img = [0f32; 64];
        for v in img.iter_mut() {
            *v = rng.gen_range(0.0..0.3);
        }
        let at = rng.gen_range(1..7);
        for j in 0..8 {
            let idx = if i % 2 == 0 { at * 8 + j } else { j * 8 + at };
            img[idx] = 1.0;
        }
        s.x.extend(img);
        s.y.push((i % 2) as f32);
    }
    s
}

#[test]
fn small_cnn_separates_two_patterns() {
    let data = bars(200, 3);
    let spec = NetworkSpec::new(
        Shape::Image { c: 1, h: 8, w: 8 },
        parse_layers("conv:4:3,relu,maxpool:2,flatten").expect("valid"),
    );
    let cfg = TrainConfig {
        lr: 0.01,
        batch_size: 16,
        ..Default::default()
    };
    let mut tr: Trainer = Trainer::new(&spec, &classes(2), &cfg).expect("trainer");
    for e in 0..15 {
        tr.train_epoch(&data, e).expect("epoch");
    }
    let acc = tr.accuracy(&bars(100, 4));
    assert!(acc >= 0.98, "held-out accuracy {acc}");
}

#[test]
fn every_optimizer_decreases_the_loss() {
    let data = xor(128, 7);
    let spec = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:8,tanh").expect("valid"));
    for opt in OptimizerKind::ALL {
        let cfg = TrainConfig {
            optimizer: opt,
            lr: opt.default_lr() * 0.5,
            batch_size: 16,
            ..Default::default()
        };
        let mut tr: Trainer = Trainer::new(&spec, &classes(2), &cfg).expect("trainer");
        let before = tr.eval_loss(&data);
        for e in 0..20 {
            tr.train_epoch(&data, e).expect("epoch");
        }
        let after = tr.eval_loss(&data);
        assert!(
            after < before * 0.8,
            "{}: loss {before} -> {after}",
            opt.name()
        );
    }
}

#[test]
fn same_seed_gives_bit_identical_runs() {
    let data = xor(64, 3);
    let spec = NetworkSpec::new(
        Shape::Flat(2),
        parse_layers("dense:8,relu,dropout:0.2,dense:4,tanh").expect("valid"),
    );
    let cfg = TrainConfig {
        batch_size: 8,
        seed: 11,
        ..Default::default()
    };
    let run = || {
        let mut tr: Trainer = Trainer::new(&spec, &classes(2), &cfg).expect("trainer");
        let losses: Vec<u64> = (0..5)
            .map(|e| tr.train_epoch(&data, e).expect("epoch").to_bits())
            .collect();
        (losses, tr.net.weights())
    };
    let (a, b) = (run(), run());
    assert_eq!(a.0, b.0);
    assert_eq!(a.1, b.1);
    let other = TrainConfig {
        seed: 12,
        ..cfg.clone()
    };
    let tr2: Trainer = Trainer::new(&spec, &classes(2), &other).expect("trainer");
    let tr1: Trainer = Trainer::new(&spec, &classes(2), &cfg).expect("trainer");
    assert_ne!(
        tr1.net.weights(),
        tr2.net.weights(),
        "another seed gives other weights"
    );
}

#[test]
fn constant_init_keeps_units_symmetric() {
    // Every weight starting at 1 makes all hidden units identical forever: the workshop lesson.
    let data = xor(64, 3);
    let spec = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:4,tanh").expect("valid"));
    let cfg = TrainConfig {
        init: layerlab::model::InitChoice::Constant(1.0),
        loss: Some(LossKind::CrossEntropy),
        ..Default::default()
    };
    let mut tr: Trainer = Trainer::new(&spec, &classes(2), &cfg).expect("trainer");
    for e in 0..5 {
        tr.train_epoch(&data, e).expect("epoch");
    }
    let w = &tr.net.weights().layers[0].params[0].values; // 2 inputs × 4 units
    for row in w.chunks(4) {
        assert!(
            row.iter().all(|v| (v - row[0]).abs() < 1e-6),
            "units stayed identical: {row:?}"
        );
    }
}
