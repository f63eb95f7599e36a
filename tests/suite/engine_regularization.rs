//! Penalties, weight decay and gradient clipping do what they say.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::data::Task;
use layerlab::engine::{Capture, Trainer};
use layerlab::model::{parse_layers, NetworkSpec, OptimizerKind, Shape, TrainConfig};

fn task() -> Task {
    Task::Regression {
        targets: vec!["y".into()],
    }
}

fn weights_of(tr: &Trainer) -> Vec<f32> {
    tr.net
        .weights()
        .layers
        .iter()
        .flat_map(|l| l.params.iter().filter(|p| p.name == "weight"))
        .flat_map(|p| p.values.clone())
        .collect()
}

/// One SGD step with zero data gradient (targets equal predictions is hard; use lr on a
/// batch whose loss gradient we subtract): compare a run with a penalty to one without.
fn step_with(cfg: TrainConfig) -> (Vec<f32>, Vec<f32>) {
    let spec = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:3").unwrap());
    let mut tr: Trainer = Trainer::new(&spec, &task(), &cfg).unwrap();
    let before = weights_of(&tr);
    tr.train_batch(
        &[0.5, -1.0, 1.0, 0.25],
        &[0.3, -0.2],
        2,
        cfg.lr as f64,
        Capture::None,
    )
    .unwrap();
    (before, weights_of(&tr))
}

#[test]
fn l2_and_l1_add_their_gradients() {
    let plain = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 0.1,
        ..Default::default()
    };
    let (w0, w_plain) = step_with(plain.clone());
    let (_, w_l2) = step_with(TrainConfig {
        l2: 0.5,
        ..plain.clone()
    });
    let (_, w_l1) = step_with(TrainConfig { l1: 0.5, ..plain });
    for i in 0..w0.len() {
        assert!(
            (w_l2[i] - (w_plain[i] - 0.1 * 0.5 * w0[i])).abs() < 1e-6,
            "L2 shrinks weight {i}"
        );
        assert!(
            (w_l1[i] - (w_plain[i] - 0.1 * 0.5 * w0[i].signum())).abs() < 1e-6,
            "L1 pushes weight {i} to 0"
        );
    }
}

#[test]
fn adamw_decays_weights_and_clipping_bounds_the_step() {
    let base = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 1.0,
        ..Default::default()
    };
    let spec = NetworkSpec::new(Shape::Flat(2), vec![]);
    let big_y = [1000.0f32, -1000.0];
    let x = [0.5f32, -1.0, 1.0, 0.25];
    for clip in [None, Some(0.1f32)] {
        let mut tr: Trainer = Trainer::new(
            &spec,
            &task(),
            &TrainConfig {
                grad_clip: clip,
                ..base.clone()
            },
        )
        .unwrap();
        let out = tr.train_batch(&x, &big_y, 2, 1.0, Capture::Stats).unwrap();
        let update: f64 = out
            .params
            .iter()
            .map(|p| p.update_l2 * p.update_l2)
            .sum::<f64>()
            .sqrt();
        match clip {
            Some(c) => assert!((update - c as f64).abs() < 1e-4, "clipped step {update}"),
            None => assert!(update > 10.0, "unclipped step {update}"),
        }
    }
    let wd = OptimizerKind::AdamW {
        beta1: 0.9,
        beta2: 0.999,
        eps: 1e-8,
        weight_decay: 0.5,
    };
    let adam = OptimizerKind::Adam {
        beta1: 0.9,
        beta2: 0.999,
        eps: 1e-8,
    };
    let (w0, w_adam) = step_with(TrainConfig {
        optimizer: adam,
        lr: 0.1,
        ..Default::default()
    });
    let (_, w_adamw) = step_with(TrainConfig {
        optimizer: wd,
        lr: 0.1,
        ..Default::default()
    });
    for i in 0..w0.len() {
        assert!(
            (w_adamw[i] - (w_adam[i] - 0.1 * 0.5 * w0[i])).abs() < 1e-6,
            "decoupled decay on weight {i}"
        );
    }
}
