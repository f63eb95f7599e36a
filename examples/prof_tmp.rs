use layerlab::data::Task;
use layerlab::engine::{Capture, Trainer};
use layerlab::model::{parse_layers, LossKind, NetworkSpec, OptimizerKind, Shape, TrainConfig};
use rand::{Rng, SeedableRng};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let case = a[1].as_str();
    let steps: usize = a[2].parse().unwrap();
    let (input, layers, batch, reg) = match case {
        "mlp64" => (Shape::Flat(784), "dense:128,relu", 64, false),
        "mlp256" => (Shape::Flat(784), "dense:128,relu", 256, false),
        "cnn" => (
            Shape::Image { c: 1, h: 28, w: 28 },
            "conv:8:3,relu,maxpool:2,flatten",
            64,
            false,
        ),
        _ => (Shape::Flat(2), "dense:8,tanh,dense:8,tanh", 10, true),
    };
    let task = if reg {
        Task::Regression {
            targets: vec!["y".into()],
        }
    } else {
        Task::Classification {
            classes: (0..10).map(|i| i.to_string()).collect(),
        }
    };
    let cfg = TrainConfig {
        loss: Some(if reg {
            LossKind::Mse
        } else {
            LossKind::CrossEntropy
        }),
        optimizer: OptimizerKind::Sgd,
        lr: 0.01,
        batch_size: batch,
        ..Default::default()
    };
    let mut tr: Trainer = Trainer::new(
        &NetworkSpec::new(input, parse_layers(layers).unwrap()),
        &task,
        &cfg,
    )
    .unwrap();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let n = input.numel();
    let x: Vec<f32> = (0..batch * n * 8)
        .map(|_| rng.gen_range(0.0..1.0))
        .collect();
    let y: Vec<f32> = (0..batch * 8)
        .map(|_| rng.gen_range(0..if reg { 1 } else { 10 }) as f32)
        .collect();
    let t = std::time::Instant::now();
    for i in 0..steps {
        let b = i % 8;
        tr.train_batch(
            &x[b * batch * n..(b + 1) * batch * n],
            &y[b * batch..(b + 1) * batch],
            batch,
            0.01,
            Capture::None,
        )
        .unwrap();
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{case}: {:.0} samples/s {:.0} steps/s",
        (steps * batch) as f64 / s,
        steps as f64 / s
    );
}
