//! The judge against known predictions: an evaluation built by hand, its confusion-matrix
//! cells, its worst dishes, and the view drawn from it; and the judge's plain forward pass
//! against the engine's own trace.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, wait_for_data};
use egui_kittest::kittest::Queryable;
use layerlab::data::{Dataset, Split, Task};
use layerlab::engine::Trainer;
use layerlab::model::{Activation, Head, LayerSpec, NetworkSpec, Shape, TrainConfig};
use layerlab::train::eval::Predictions;
use layerlab::train::forward::forward_plain;
use layerlab::train::metrics::classification;
use layerlab::train::{EvalDetail, EvalReport, Metrics};
use layerlab::ui::views::judge::{cell_rows, dishes, Dish};
use std::sync::Arc;

/// Six test samples of three classes; the network gets rows 1, 4 and 5 wrong.
fn known() -> (Dataset, EvalDetail) {
    let actual = [0usize, 0, 1, 1, 2, 2];
    let predicted = [0usize, 1, 1, 1, 0, 1];
    let conf = [0.9f32, 0.6, 0.8, 0.7, 0.5, 0.4];
    let row_loss = [0.1, 1.2, 0.2, 0.3, 2.5, 0.9];
    let labels: Vec<String> = ["cat", "dog", "fox"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut outputs = Vec::new();
    for (p, c) in predicted.iter().zip(conf) {
        let mut row = vec![(1.0 - c) / 2.0; 3];
        row[*p] = c;
        outputs.extend(row);
    }
    let test = Split {
        x: (0..12).map(|v| v as f32 / 10.0).collect(),
        y: actual.iter().map(|&a| a as f32).collect(),
        rows: 6,
    };
    let report = EvalReport {
        split: "test".into(),
        loss: row_loss.iter().sum::<f64>() / 6.0,
        metrics: Metrics::Classification(classification(&predicted, &actual, &labels)),
        rows: 6,
    };
    let detail = EvalDetail {
        report,
        predictions: Predictions {
            outputs,
            width: 3,
            classes: predicted.to_vec(),
            row_loss: row_loss.to_vec(),
        },
        worst: vec![4, 1, 5],
    };
    let ds = Dataset {
        name: "pets".into(),
        feature_names: vec!["ears".into(), "tail".into()],
        input_shape: Shape::Flat(2),
        task: Task::Classification { classes: labels },
        train: test.clone(),
        val: Split::default(),
        test,
        target_scale: Default::default(),
        plane: None,
    };
    (ds, detail)
}

#[test]
fn confusion_cells_and_worst_dishes_match_the_predictions() {
    let (ds, d) = known();
    assert_eq!(cell_rows(&d, &ds.test, 0, 0), vec![0]);
    assert_eq!(cell_rows(&d, &ds.test, 0, 1), vec![1]);
    assert_eq!(cell_rows(&d, &ds.test, 1, 1), vec![2, 3]);
    assert_eq!(cell_rows(&d, &ds.test, 2, 0), vec![4]);
    assert_eq!(cell_rows(&d, &ds.test, 2, 1), vec![5]);
    assert!(cell_rows(&d, &ds.test, 2, 2).is_empty());
    let names = ["cat", "dog", "fox"];
    let label = |c: usize| names[c].to_string();
    let list = dishes(&d, &ds.test, &ds.target_scale, &label);
    assert_eq!(
        list[0],
        Dish {
            row: 4,
            loss: 2.5,
            actual: "fox".into(),
            predicted: "cat (50%)".into()
        }
    );
    assert_eq!(list[1].row, 1);
    assert_eq!(list[1].predicted, "dog (60%)");
    assert_eq!(list[2].actual, "fox");
    assert_eq!(list.len(), 3);
}

#[test]
fn the_judge_view_shows_a_known_evaluation() {
    let mut h = harness();
    wait_for_data(&mut h);
    let (ds, d) = known();
    {
        let app = h.state_mut();
        app.state.data.dataset = Some(Arc::new(ds));
        let ins = &mut app.state.training.insight;
        ins.test = Some(d.report.clone());
        ins.test_detail = Some(d);
        ins.test_version += 1;
    }
    h.get_by_label("Judge tab").click();
    h.run_steps(2);
    h.get_by_label("50.0 %"); // 3 of 6 right
    h.get_by_label("Confusion dog as dog");
    h.get_by_label("Confusion fox as cat").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.judge.cell, Some((2, 0)));
    h.get_by_label("1 samples that are fox and were called cat:");
    h.get_by_label("Open test sample 4").click();
    h.run_steps(2);
    h.get_by_label("Test sample #4");
    h.get_by_label("It is: fox");
    h.get_by_label("✖ Close").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.judge.opened, None);
    // The worst dishes, worst first.
    h.get_by_label("Open worst sample 4");
    h.get_by_label("Open worst sample 1");
    h.get_by_label("Open worst sample 5").click();
    h.run_steps(2);
    assert_eq!(h.state().ui.views.judge.opened, Some(5));
    h.get_by_label("Test sample #5");
}

#[test]
fn plain_forward_pass_matches_the_engine() {
    let layers = vec![
        LayerSpec::dense(5),
        LayerSpec::Act(Activation::Tanh),
        LayerSpec::dense(4),
        LayerSpec::Act(Activation::GELU),
        LayerSpec::dense(3),
        LayerSpec::Act(Activation::ELU { alpha: 1.0 }),
    ];
    let spec = NetworkSpec::new(Shape::Flat(2), layers);
    let task = Task::Classification {
        classes: vec!["a".into(), "b".into()],
    };
    let tr: Trainer = Trainer::new(&spec, &task, &TrainConfig::default()).unwrap();
    let resolved = spec.resolve(Head { units: 2 }).unwrap();
    let ds = Dataset {
        name: "t".into(),
        feature_names: vec!["p".into(), "q".into()],
        input_shape: Shape::Flat(2),
        task,
        train: Split {
            x: vec![0.7, -1.3],
            y: vec![1.0],
            rows: 1,
        },
        val: Split::default(),
        test: Split::default(),
        target_scale: Default::default(),
        plane: None,
    };
    let trace = layerlab::train::insight::trace(&tr, &ds, 0, 0.01).unwrap();
    let plain = forward_plain(&resolved, &tr.net.weights(), &[0.7, -1.3]).unwrap();
    assert_eq!(plain.len(), trace.layers.len());
    for (a, b) in plain.iter().zip(&trace.layers) {
        assert_eq!(a.label, b.label);
        assert_eq!(a.output.len(), b.output.len());
        for (x, y) in a.output.iter().zip(&b.output) {
            assert!((x - y).abs() < 1e-4, "{}: {x} vs {y}", a.label);
        }
    }
}
