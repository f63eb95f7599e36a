//! Decision boundary, fitted curve and step trace computed for the views.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::data::xor;
use layerlab::data::{Dataset, Split, Task};
use layerlab::engine::Trainer;
use layerlab::model::{parse_layers, NetworkSpec, OptimizerKind, Shape, TrainConfig};
use layerlab::train::eval;
use layerlab::train::insight::{boundary, fit_curve, trace, BoundaryRequest};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn xor_ds() -> Dataset {
    Dataset {
        name: "xor".into(),
        feature_names: vec!["a".into(), "b".into()],
        input_shape: Shape::Flat(2),
        task: Task::Classification {
            classes: vec!["same".into(), "different".into()],
        },
        train: xor(300, 1),
        val: Split::default(),
        test: xor(100, 2),
        target_scale: Default::default(),
        plane: None,
    }
}

#[test]
fn boundary_of_a_trained_xor_net_shows_the_four_quadrants() {
    let ds = xor_ds();
    let spec = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:8,tanh").expect("valid"));
    let cfg = TrainConfig {
        batch_size: 16,
        lr: 0.03,
        ..Default::default()
    };
    let mut tr: Trainer = Trainer::new(&spec, &ds.task, &cfg).expect("trainer");
    for e in 0..80 {
        tr.train_epoch(&ds.train, e).expect("epoch");
    }
    let g = boundary(
        &mut tr,
        &ds,
        BoundaryRequest {
            fx: 0,
            fy: 1,
            resolution: 20,
        },
        80,
    )
    .expect("grid");
    assert_eq!(g.class.len(), 400);
    assert_eq!(g.neurons.len(), 8, "one map per hidden unit");
    let at = |i: usize, j: usize| g.class[j * 20 + i];
    // Corners: (-,-) and (+,+) are "same" (0); the others "different" (1).
    assert_eq!((at(2, 2), at(17, 17), at(2, 17), at(17, 2)), (0, 0, 1, 1));
    assert!(
        g.value.iter().all(|&c| (0.5..=1.0).contains(&c)),
        "confidence is the top probability"
    );
}

#[test]
fn fitted_curve_follows_a_line() {
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let mut s = Split {
        rows: 200,
        ..Default::default()
    };
    for _ in 0..200 {
        let a: f32 = rng.gen_range(-1.0..1.0);
        s.x.push(a);
        s.y.push(3.0 * a - 1.0);
    }
    let ds = Dataset {
        name: "line".into(),
        feature_names: vec!["x".into()],
        input_shape: Shape::Flat(1),
        task: Task::Regression {
            targets: vec!["y".into()],
        },
        train: s,
        val: Split::default(),
        test: Split::default(),
        target_scale: Default::default(),
        plane: None,
    };
    let cfg = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 0.1,
        batch_size: 20,
        ..Default::default()
    };
    let mut tr: Trainer =
        Trainer::new(&NetworkSpec::new(Shape::Flat(1), vec![]), &ds.task, &cfg).expect("trainer");
    for e in 0..100 {
        tr.train_epoch(&ds.train, e).expect("epoch");
    }
    let c = fit_curve(&mut tr, &ds, 50).expect("curve");
    assert_eq!(c.points.len(), 50);
    for p in &c.points {
        assert!((p[1] - (3.0 * p[0] - 1.0)).abs() < 0.05, "{p:?}");
    }
}

#[test]
fn step_trace_shows_forward_values_gradients_and_the_sgd_update() {
    let ds = xor_ds();
    let spec = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:3,relu").expect("valid"));
    let cfg = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 0.5,
        ..Default::default()
    };
    let tr: Trainer = Trainer::new(&spec, &ds.task, &cfg).expect("trainer");
    let before = tr.net.weights();
    let t = trace(&tr, &ds, 5, 0.5).expect("trace");
    assert_eq!(
        tr.net.weights(),
        before,
        "tracing does not change the network"
    );
    assert_eq!(t.layers.len(), 3, "dense, relu, output");
    assert_eq!(t.input, ds.train.x[10..12].to_vec());
    // z = W·x + b for the first layer, by hand.
    let w = &t.layers[0].params[0].value; // 2 × 3
    let b = &t.layers[0].params[1].value;
    for u in 0..3 {
        let z = t.input[0] * w[u] + t.input[1] * w[3 + u] + b[u];
        assert!((t.layers[0].output[u] - z).abs() < 1e-5);
        assert_eq!(t.layers[1].output[u], z.max(0.0), "relu of z");
    }
    // SGD: update = -lr × gradient.
    for l in &t.layers {
        for p in &l.params {
            for (u, g) in p.update.iter().zip(&p.grad) {
                assert!(
                    (u + 0.5 * g).abs() < 1e-6,
                    "{} update {u} grad {g}",
                    l.label
                );
            }
        }
    }
    assert!(
        (t.prediction.iter().sum::<f32>() - 1.0).abs() < 1e-5,
        "probabilities"
    );
    assert!(t.loss > 0.0);
}

#[test]
fn worst_rows_come_first() {
    let ds = xor_ds();
    let spec = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:8,tanh").expect("valid"));
    let mut tr: Trainer = Trainer::new(&spec, &ds.task, &TrainConfig::default()).expect("trainer");
    let p = eval::predict(&mut tr, &ds.test, &ds.target_scale);
    let worst = eval::worst_rows(&p, 5);
    assert_eq!(worst.len(), 5);
    let max = p.row_loss.iter().copied().fold(f64::MIN, f64::max);
    assert_eq!(p.row_loss[worst[0]], max);
    assert!(worst
        .windows(2)
        .all(|w| p.row_loss[w[0]] >= p.row_loss[w[1]]));
}

#[test]
fn boundary_carries_a_map_for_every_hidden_unit_of_every_hidden_layer() {
    let ds = xor_ds();
    let layers = parse_layers("dense:5,relu,dense:3,tanh,dropout:0.1,dense:4").expect("valid");
    let spec = NetworkSpec::new(Shape::Flat(2), layers.clone());
    let mut tr: Trainer = Trainer::new(&spec, &ds.task, &TrainConfig::default()).expect("trainer");
    let req = BoundaryRequest {
        fx: 0,
        fy: 1,
        resolution: 64,
    };
    let g = boundary(&mut tr, &ds, req, 0).expect("grid");
    // Three hidden dense layers; the maps show each group's last layer (what the next
    // dense layer receives): ReLU, Dropout, and the bare Dense 4.
    let got: Vec<(usize, usize, usize)> = g
        .hidden
        .iter()
        .map(|m| (m.dense, m.layer, m.units))
        .collect();
    assert_eq!(got, vec![(0, 1, 5), (2, 4, 3), (5, 5, 4)]);
    for m in &g.hidden {
        assert_eq!(m.resolution, 32, "sampled down to small pictures");
        assert_eq!(m.values.len(), m.units * 32 * 32);
        for u in 0..m.units {
            let map = m.unit(u).expect("map");
            assert!(map.iter().all(|v| v.is_finite()));
        }
    }
    // ReLU maps are never negative; a map of a random unit is not constant over the plane.
    assert!(g.hidden[0].values.iter().all(|&v| v >= 0.0));
    let tanh = g.hidden[1].unit(0).expect("map");
    let (lo, hi) = tanh
        .iter()
        .fold((f32::MAX, f32::MIN), |(l, h), &v| (l.min(v), h.max(v)));
    assert!(
        hi - lo > 1e-3,
        "the unit's output changes over the input plane"
    );
    // The key of the network the maps belong to: input width, then every layer and the head.
    assert_eq!(g.network.len(), 1 + layers.len() + 1);
    assert_eq!(g.network[0], "input 2");
    assert_eq!(g.network[1], "Dense 5");
}
