//! Finite-difference gradient checks in f64 for every layer kind, activation and loss.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::data::Task;
use layerlab::engine::Trainer;
use layerlab::model::{
    parse_layers, Activation, InitChoice, LayerSpec, LossKind, NetworkSpec, Shape, TrainConfig,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn classification(k: usize) -> Task {
    Task::Classification {
        classes: (0..k).map(|i| format!("c{i}")).collect(),
    }
}

fn regression(k: usize) -> Task {
    Task::Regression {
        targets: (0..k).map(|i| format!("y{i}")).collect(),
    }
}

/// Checks analytic gradients of loss w.r.t. every parameter and the input against central
/// differences. Returns the worst relative error (magnitudes below 1e-5 count as 1e-5, so
/// gradients that are exactly zero, e.g. a bias before batch norm, are judged absolutely).
fn check(input: Shape, layers: Vec<LayerSpec>, task: Task, loss: LossKind, train: bool) -> f64 {
    let spec = NetworkSpec::new(input, layers);
    let cfg = TrainConfig {
        loss: Some(loss),
        init: InitChoice::Normal(0.5),
        seed: 7,
        ..Default::default()
    };
    let mut tr: Trainer<f64> = Trainer::new(&spec, &task, &cfg).expect("valid network");
    // Give biases and gains non-trivial values so every path matters.
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    for layer in &mut tr.net.layers {
        for p in &mut layer.params {
            if !p.decays {
                let v: Vec<f64> = p
                    .values()
                    .iter()
                    .map(|x| x + rng.gen_range(-0.3..0.3))
                    .collect();
                p.set_values(&v);
            }
        }
    }
    let rows = 4;
    let n_in = input.numel();
    let x: Vec<f64> = (0..rows * n_in).map(|_| rng.gen_range(-1.0..1.0)).collect();
    let y: Vec<f32> = match &task {
        Task::Classification { classes } => (0..rows).map(|i| (i % classes.len()) as f32).collect(),
        Task::Regression { .. } => (0..rows * task.target_dim())
            .map(|_| rng.gen_range(-1.0..1.0))
            .collect(),
    };
    let (_, pgrads, xgrad) = tr
        .loss_and_gradients(&x, &y, rows, train)
        .expect("gradients");
    let h = 1e-6;
    let mut worst: f64 = 0.0;
    let mut compare = |analytic: f64, numeric: f64| {
        let err = (analytic - numeric).abs() / (analytic.abs() + numeric.abs()).max(1e-5);
        worst = worst.max(err);
    };
    // Parameters.
    let mut pi = 0;
    for li in 0..tr.net.layers.len() {
        for k in 0..tr.net.layers[li].params.len() {
            let base = tr.net.layers[li].params[k].values();
            for i in 0..base.len() {
                let mut v = base.clone();
                v[i] = base[i] + h;
                tr.net.layers[li].params[k].set_values(&v);
                let lp = tr.loss_and_gradients(&x, &y, rows, train).expect("loss").0;
                v[i] = base[i] - h;
                tr.net.layers[li].params[k].set_values(&v);
                let lm = tr.loss_and_gradients(&x, &y, rows, train).expect("loss").0;
                tr.net.layers[li].params[k].set_values(&base);
                compare(pgrads[pi][i], (lp - lm) / (2.0 * h));
            }
            pi += 1;
        }
    }
    // Input.
    for i in 0..x.len() {
        let mut xp = x.clone();
        xp[i] += h;
        let lp = tr.loss_and_gradients(&xp, &y, rows, train).expect("loss").0;
        xp[i] -= 2.0 * h;
        let lm = tr.loss_and_gradients(&xp, &y, rows, train).expect("loss").0;
        compare(xgrad[i], (lp - lm) / (2.0 * h));
    }
    worst
}

fn assert_ok(name: &str, err: f64) {
    assert!(err < 1e-4, "{name}: worst relative error {err:e}");
}

#[test]
fn dense_with_and_without_bias() {
    let layers = vec![
        LayerSpec::dense(5),
        LayerSpec::Dense {
            units: 4,
            bias: false,
        },
    ];
    assert_ok(
        "dense",
        check(
            Shape::Flat(3),
            layers,
            classification(3),
            LossKind::CrossEntropy,
            true,
        ),
    );
}

#[test]
fn every_activation() {
    for act in Activation::ALL {
        let layers = vec![LayerSpec::dense(6), LayerSpec::Act(act)];
        let err = check(Shape::Flat(3), layers, regression(2), LossKind::Mse, true);
        assert_ok(act.name(), err);
    }
}

#[test]
fn every_loss() {
    let layers = vec![LayerSpec::dense(4), LayerSpec::Act(Activation::Tanh)];
    for loss in LossKind::ALL {
        let task = match loss {
            LossKind::CrossEntropy => classification(3),
            LossKind::BinaryCrossEntropy => classification(2),
            _ => regression(2),
        };
        assert_ok(
            loss.name(),
            check(Shape::Flat(3), layers.clone(), task, loss, true),
        );
    }
    // Element-wise losses on one-hot class targets too.
    assert_ok(
        "mse on classes",
        check(
            Shape::Flat(3),
            layers,
            classification(3),
            LossKind::Mse,
            true,
        ),
    );
}

#[test]
fn conv_with_stride_and_padding() {
    let img = Shape::Image { c: 2, h: 5, w: 5 };
    for text in ["conv:3:3", "conv:2:3:2:1", "conv:2:2:1:1"] {
        let layers = parse_layers(text).expect("valid");
        assert_ok(
            text,
            check(img, layers, classification(3), LossKind::CrossEntropy, true),
        );
    }
}

#[test]
fn pooling_layers() {
    let img = Shape::Image { c: 2, h: 6, w: 6 };
    for text in [
        "maxpool:2",
        "avgpool:2",
        "maxpool:3:2",
        "avgpool:3:1",
        "conv:2:3,relu,maxpool:2,flatten",
    ] {
        let layers = parse_layers(text).expect("valid");
        assert_ok(
            text,
            check(img, layers, classification(3), LossKind::CrossEntropy, true),
        );
    }
}

#[test]
fn normalization_and_dropout() {
    let flat = Shape::Flat(4);
    for text in [
        "dense:5,batchnorm,tanh",
        "dense:5,layernorm,sigmoid",
        "dense:6,dropout:0.3",
    ] {
        let layers = parse_layers(text).expect("valid");
        assert_ok(
            text,
            check(flat, layers, regression(2), LossKind::Mse, true),
        );
    }
    let img = Shape::Image { c: 2, h: 4, w: 4 };
    let layers = parse_layers("conv:3:3:1:1,batchnorm,relu").expect("valid");
    assert_ok(
        "batchnorm2d",
        check(img, layers, classification(2), LossKind::CrossEntropy, true),
    );
    // Evaluation mode uses running statistics.
    let layers = parse_layers("dense:5,batchnorm,dropout:0.5").expect("valid");
    assert_ok(
        "eval mode",
        check(flat, layers, regression(1), LossKind::Mse, false),
    );
}
