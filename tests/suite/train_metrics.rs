//! Metrics against values worked out by hand, and the bounded history.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::train::metrics::{classification, regression, DecimatedSeries};

#[test]
fn classification_scores_by_hand() {
    let labels: Vec<String> = ["cat", "dog", "fox"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let actual = [0, 0, 0, 1, 1, 2];
    let pred = [0, 0, 1, 1, 2, 2];
    let m = classification(&pred, &actual, &labels);
    assert!((m.accuracy - 4.0 / 6.0).abs() < 1e-12);
    assert_eq!(
        m.confusion,
        vec![vec![2, 1, 0], vec![0, 1, 1], vec![0, 0, 1]]
    );
    let cat = &m.per_class[0];
    assert_eq!((cat.precision, cat.support), (1.0, 3));
    assert!((cat.recall - 2.0 / 3.0).abs() < 1e-12 && (cat.f1 - 0.8).abs() < 1e-12);
    let dog = &m.per_class[1];
    assert!((dog.precision - 0.5).abs() < 1e-12 && (dog.recall - 0.5).abs() < 1e-12);
    assert_eq!(m.per_class[2].label, "fox");
}

#[test]
fn regression_scores_by_hand() {
    let m = regression(&[1.0, 2.0, 3.0, 5.0], &[1.0, 2.0, 4.0, 4.0]);
    assert!(
        (m.mse - 0.5).abs() < 1e-12
            && (m.rmse - 0.5f64.sqrt()).abs() < 1e-12
            && (m.mae - 0.5).abs() < 1e-12
    );
    // mean 2.75; total sum of squares 1.75²+0.75²+1.25²+1.25² = 6.75
    assert!((m.r2 - (1.0 - 2.0 / 6.75)).abs() < 1e-12);
}

#[test]
fn a_million_steps_stay_bounded_and_keep_the_spikes() {
    let mut s = DecimatedSeries::new(1024);
    for step in 0..1_000_000u64 {
        let v = if step == 777_777 {
            50.0
        } else if step == 123_456 {
            -5.0
        } else {
            1.0 / (1.0 + step as f64)
        };
        s.push(step, v);
    }
    assert!(s.buckets.len() <= 1024);
    assert_eq!(s.count(), 1_000_000);
    let pts = s.points();
    assert!(pts.len() <= 2048);
    assert!(
        pts.iter().any(|p| p == &[777_777.0, 50.0]),
        "the spike survives"
    );
    assert_eq!(s.min(), Some(-5.0));
    assert!(pts.windows(2).all(|w| w[0][0] <= w[1][0]), "in step order");
}

#[test]
fn a_hand_edited_series_does_not_panic() {
    let mut s = DecimatedSeries {
        width: 0,
        capacity: 0,
        buckets: Vec::new(),
    };
    for step in 0..10_000u64 {
        s.push(step, step as f64);
    }
    assert!(s.buckets.len() <= 2 && s.count() == 10_000);
}

/// Evaluating a split a block of rows at a time gives the figures of one pass over all its
/// predictions: the same loss bits and the same metrics.
#[test]
fn a_large_split_evaluates_as_one_pass_would() {
    use layerlab::data::{Split, TargetScale, Task};
    use layerlab::engine::Trainer;
    use layerlab::model::{parse_layers, NetworkSpec, Shape, TrainConfig};
    use layerlab::train::eval::{evaluate, predict};
    use layerlab::train::metrics::Metrics;
    let task = Task::Classification {
        classes: ["a", "b", "c"].iter().map(|s| s.to_string()).collect(),
    };
    let spec = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:8,tanh").expect("valid"));
    let mut tr: Trainer = Trainer::new(&spec, &task, &TrainConfig::default()).expect("trainer");
    // More rows than a block, not a multiple of one.
    let rows = 20_011;
    let mut split = Split {
        rows,
        ..Default::default()
    };
    for r in 0..rows {
        let (a, b) = ((r % 97) as f32 / 50.0 - 1.0, (r % 31) as f32 / 15.0 - 1.0);
        split.x.extend([a, b]);
        split.y.push((r % 3) as f32);
    }
    let scale = TargetScale::default();
    let p = predict(&mut tr, &split, &scale);
    let want_loss = p.row_loss.iter().sum::<f64>() / p.row_loss.len() as f64;
    let actual: Vec<usize> = split.y.iter().map(|&v| v as usize).collect();
    let want = classification(&p.classes, &actual, &["a", "b", "c"].map(String::from));
    let got = evaluate(&mut tr, &split, "test", &scale);
    assert_eq!(got.loss.to_bits(), want_loss.to_bits());
    assert_eq!(got.rows, rows);
    match got.metrics {
        Metrics::Classification(m) => {
            assert_eq!(m, want);
            assert_eq!(m.confusion.iter().flatten().sum::<usize>(), rows);
        }
        other => panic!("classification metrics expected, got {other:?}"),
    }
}
