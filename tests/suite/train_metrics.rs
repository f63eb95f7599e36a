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
