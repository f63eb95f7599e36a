//! The background worker: events, commands, failures and every diagnostic.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::data::xor_with;
use common::worker::{collect_until, start};
use layerlab::data::{Dataset, Task};
use layerlab::model::{parse_layers, InitChoice, NetworkSpec, OptimizerKind, Shape, TrainConfig};
use layerlab::train::{
    DiagnosticKind, FinishReason, TrainCommand, TrainEvent, TrainJob, WorkerOptions,
};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn xor_dataset(n: usize, flip: f64) -> Arc<Dataset> {
    Arc::new(Dataset {
        name: "xor".into(),
        feature_names: vec!["x1".into(), "x2".into()],
        input_shape: Shape::Flat(2),
        task: Task::Classification {
            classes: vec!["0".into(), "1".into()],
        },
        train: xor_with(n, 1, 0.0, Some(flip)),
        val: xor_with(n / 2, 2, 0.0, Some(flip)),
        test: xor_with(n / 2, 3, 0.0, Some(flip)),
        target_scale: Default::default(),
        plane: None,
    })
}

fn job(layers: &str, ds: Arc<Dataset>, cfg: TrainConfig) -> TrainJob {
    TrainJob {
        spec: NetworkSpec::new(ds.input_shape, parse_layers(layers).expect("valid layers")),
        dataset: ds,
        config: cfg,
        resume: None,
        options: WorkerOptions::default(),
    }
}

fn finished(ev: &TrainEvent) -> bool {
    matches!(ev, TrainEvent::Finished { .. } | TrainEvent::Failed { .. })
}

#[test]
fn trains_to_the_end_and_reports() {
    let cfg = TrainConfig {
        epochs: 30,
        batch_size: 16,
        ..Default::default()
    };
    let h = start(job("dense:8,tanh", xor_dataset(200, 0.0), cfg));
    let events = collect_until(&h, finished);
    assert!(matches!(
        events[0],
        TrainEvent::Started {
            total_epochs: 30,
            batches_per_epoch: 13,
            ..
        }
    ));
    let epochs: Vec<_> = events
        .iter()
        .filter_map(|e| {
            if let TrainEvent::Epoch(r) = e {
                Some(r.clone())
            } else {
                None
            }
        })
        .collect();
    assert_eq!(epochs.len(), 30);
    assert!(
        epochs.last().map(|r| r.val_metric).unwrap_or(0.0) > 0.9,
        "validation accuracy {:?}",
        epochs.last()
    );
    assert!(epochs.last().map(|r| r.train_loss).unwrap_or(9.0) < epochs[0].train_loss);
    assert!(events
        .iter()
        .any(|e| matches!(e, TrainEvent::Progress { .. })));
    let flows = events
        .iter()
        .filter(|e| matches!(e, TrainEvent::Flow(_)))
        .count();
    assert_eq!(flows, 30, "one flow report per epoch");
    match events.last() {
        Some(TrainEvent::Finished {
            reason: FinishReason::Completed,
            state,
        }) => {
            assert_eq!(state.epoch, 30);
            assert_eq!(state.step, 30 * 13);
        }
        other => panic!("unexpected end {other:?}"),
    }
}

#[test]
fn pause_step_resume_and_stop() {
    let cfg = TrainConfig {
        epochs: 1000,
        batch_size: 8,
        ..Default::default()
    };
    let mut j = job("dense:8,tanh", xor_dataset(64, 0.0), cfg);
    j.options.start_paused = true;
    let h = start(j);
    collect_until(&h, |e| {
        matches!(e, TrainEvent::Paused { epoch: 0, batch: 0 })
    });
    h.send(TrainCommand::StepBatch);
    collect_until(&h, |e| {
        matches!(e, TrainEvent::Paused { epoch: 0, batch: 1 })
    });
    h.send(TrainCommand::StepEpoch);
    collect_until(&h, |e| {
        matches!(e, TrainEvent::Paused { epoch: 1, batch: 0 })
    });
    h.send(TrainCommand::SetLr(0.001));
    collect_until(&h, |e| matches!(e, TrainEvent::LrChanged { .. }));
    h.send(TrainCommand::EvaluateTest);
    let ev = collect_until(&h, |e| matches!(e, TrainEvent::TestReport(_)));
    match ev.last() {
        Some(TrainEvent::TestReport(r)) => assert_eq!(r.rows, 32),
        other => panic!("expected a test report, got {other:?}"),
    }
    h.send(TrainCommand::Resume);
    collect_until(&h, |e| matches!(e, TrainEvent::Epoch(r) if r.epoch >= 3));
    let t = Instant::now();
    h.send(TrainCommand::Stop);
    let ev = collect_until(&h, finished);
    assert!(t.elapsed() < Duration::from_secs(2));
    assert!(matches!(
        ev.last(),
        Some(TrainEvent::Finished {
            reason: FinishReason::Stopped,
            ..
        })
    ));
}

#[test]
fn a_panic_in_training_becomes_failed() {
    let mut ds = (*xor_dataset(64, 0.0)).clone();
    ds.train.x.truncate(10); // rows say 64, values say 5: a bug in data, not a crash of the app
    let h = start(job("dense:4,relu", Arc::new(ds), TrainConfig::default()));
    let ev = collect_until(&h, finished);
    match ev.last() {
        Some(TrainEvent::Failed { message, .. }) => {
            assert!(message.contains("training crashed"), "{message}")
        }
        other => panic!("expected Failed, got {other:?}"),
    }
}

#[test]
fn nan_loss_pauses_and_restores_last_good_weights() {
    let mut ds = (*xor_dataset(64, 0.0)).clone();
    ds.task = Task::Regression {
        targets: vec!["y".into()],
    };
    for v in ds.train.y.iter_mut() {
        *v *= 1e3;
    }
    let cfg = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 50.0,
        epochs: 50,
        batch_size: 8,
        ..Default::default()
    };
    let h = start(job("dense:16,relu,dense:16,relu", Arc::new(ds), cfg));
    let ev = collect_until(
        &h,
        |e| matches!(e, TrainEvent::Diagnostic(d) if d.kind == DiagnosticKind::NonFinite),
    );
    let Some(TrainEvent::Diagnostic(d)) = ev.last() else {
        unreachable!()
    };
    assert!(
        d.message.contains("restored") && d.message.contains("learning rate below"),
        "{}",
        d.message
    );
    collect_until(&h, |e| matches!(e, TrainEvent::Paused { .. }));
    h.send(TrainCommand::RequestState);
    let ev = collect_until(&h, |e| matches!(e, TrainEvent::State(_)));
    let Some(TrainEvent::State(s)) = ev.last() else {
        unreachable!()
    };
    assert!(s
        .weights
        .layers
        .iter()
        .flat_map(|l| &l.params)
        .flat_map(|p| &p.values)
        .all(|v| v.is_finite()));
}

fn diagnostic_of(layers: &str, ds: Arc<Dataset>, cfg: TrainConfig, kind: DiagnosticKind) -> String {
    let h = start(job(layers, ds, cfg));
    let ev = collect_until(&h, |e| {
        finished(e) || matches!(e, TrainEvent::Diagnostic(d) if d.kind == kind)
    });
    match ev.last() {
        Some(TrainEvent::Diagnostic(d)) => format!("{} — {}", d.message, d.tip),
        other => panic!("no {kind:?} diagnostic; ended with {other:?}"),
    }
}

#[test]
fn vanishing_gradients_are_diagnosed() {
    let deep = "dense:16,sigmoid,dense:16,sigmoid,dense:16,sigmoid,dense:16,sigmoid,dense:16,sigmoid,dense:16,sigmoid,dense:16,sigmoid";
    let cfg = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 0.01,
        epochs: 3,
        init: InitChoice::Normal(0.1),
        ..Default::default()
    };
    let msg = diagnostic_of(
        deep,
        xor_dataset(64, 0.0),
        cfg,
        DiagnosticKind::VanishingGradients,
    );
    assert!(msg.contains("vanish"), "{msg}");
}

#[test]
fn exploding_gradients_are_diagnosed() {
    let cfg = TrainConfig {
        optimizer: OptimizerKind::Sgd,
        lr: 0.001,
        epochs: 3,
        init: InitChoice::Normal(8.0),
        ..Default::default()
    };
    let msg = diagnostic_of(
        "dense:32,relu,dense:32,relu,dense:32,relu",
        xor_dataset(64, 0.0),
        cfg,
        DiagnosticKind::ExplodingGradients,
    );
    assert!(
        msg.contains("explode") && msg.contains("learning rate"),
        "{msg}"
    );
}

#[test]
fn dead_relus_are_diagnosed() {
    let mut ds = (*xor_dataset(64, 0.0)).clone();
    for v in ds.train.x.iter_mut() {
        *v = v.abs(); // all inputs positive, all weights negative: every ReLU unit is dead
    }
    let cfg = TrainConfig {
        init: InitChoice::Constant(-0.5),
        epochs: 3,
        ..Default::default()
    };
    let msg = diagnostic_of("dense:8,relu", Arc::new(ds), cfg, DiagnosticKind::DeadRelu);
    assert!(msg.contains("dead"), "{msg}");
}

#[test]
fn saturated_sigmoids_are_diagnosed() {
    let cfg = TrainConfig {
        init: InitChoice::Normal(20.0),
        epochs: 3,
        optimizer: OptimizerKind::Sgd,
        lr: 1e-4,
        ..Default::default()
    };
    let msg = diagnostic_of(
        "dense:16,sigmoid",
        xor_dataset(64, 0.0),
        cfg,
        DiagnosticKind::Saturation,
    );
    assert!(msg.contains("saturated"), "{msg}");
}

#[test]
fn overfitting_is_diagnosed() {
    // Few noisy samples, a big network, many epochs: it memorizes the noise.
    let cfg = TrainConfig {
        epochs: 400,
        batch_size: 8,
        lr: 0.01,
        ..Default::default()
    };
    let msg = diagnostic_of(
        "dense:128,relu,dense:128,relu",
        xor_dataset(24, 0.3),
        cfg,
        DiagnosticKind::Overfitting,
    );
    assert!(msg.contains("overfitting"), "{msg}");
}

#[test]
fn early_stopping_ends_the_run() {
    let cfg = TrainConfig {
        epochs: 2000,
        batch_size: 8,
        lr: 0.01,
        early_stopping: Some(layerlab::model::EarlyStopping {
            patience: 5,
            min_delta: 0.0,
        }),
        ..Default::default()
    };
    let h = start(job(
        "dense:64,relu,dense:64,relu",
        xor_dataset(24, 0.3),
        cfg,
    ));
    let ev = collect_until(&h, finished);
    match ev.last() {
        Some(TrainEvent::Finished {
            reason: FinishReason::EarlyStopped,
            state,
        }) => assert!(state.epoch < 2000),
        other => panic!("expected early stop, got {other:?}"),
    }
}

#[test]
fn boundary_trace_and_test_detail_on_request() {
    let cfg = TrainConfig {
        epochs: 1000,
        batch_size: 16,
        ..Default::default()
    };
    let mut j = job("dense:8,tanh", xor_dataset(64, 0.0), cfg);
    j.options.start_paused = true;
    let h = start(j);
    h.send(TrainCommand::SetBoundary(Some(
        layerlab::train::BoundaryRequest {
            fx: 0,
            fy: 1,
            resolution: 16,
        },
    )));
    let ev = collect_until(&h, |e| matches!(e, TrainEvent::Boundary(_)));
    let Some(TrainEvent::Boundary(g)) = ev.last() else {
        unreachable!()
    };
    assert_eq!(g.class.len(), 256);
    h.send(TrainCommand::TraceSample(3));
    let ev = collect_until(&h, |e| matches!(e, TrainEvent::Trace(_)));
    let Some(TrainEvent::Trace(t)) = ev.last() else {
        unreachable!()
    };
    assert_eq!(t.sample, 3);
    assert!(!t.from_test);
    h.send(TrainCommand::TraceTest(2));
    let ev = collect_until(&h, |e| matches!(e, TrainEvent::Trace(_)));
    let Some(TrainEvent::Trace(t)) = ev.last() else {
        unreachable!()
    };
    assert!(t.from_test && t.sample == 2 && t.layers.len() == 3);
    h.send(TrainCommand::EvaluateTest);
    let ev = collect_until(&h, |e| matches!(e, TrainEvent::TestDetail(_)));
    let Some(TrainEvent::TestDetail(d)) = ev.last() else {
        unreachable!()
    };
    assert_eq!(d.predictions.classes.len(), 32);
    assert_eq!(d.worst.len(), 20);
    // While running, boundaries keep coming at a bounded rate.
    // While running, boundaries keep coming at a bounded rate (about 5 per second).
    h.send(TrainCommand::Resume);
    let t0 = Instant::now();
    let ev = collect_until(&h, finished);
    let secs = t0.elapsed().as_secs_f64();
    let n = ev
        .iter()
        .filter(|e| matches!(e, TrainEvent::Boundary(_)))
        .count() as f64;
    assert!(
        n >= 1.0 && n <= secs / 0.2 + 2.0,
        "{n} boundaries in {secs:.2} s"
    );
}

#[test]
fn slow_motion_shows_every_batch_and_the_pace_can_change_live() {
    use layerlab::model::Pace;
    let ds = xor_dataset(64, 0.0);
    let cfg = TrainConfig {
        epochs: 1000,
        batch_size: 16,
        pace: Pace::BatchesPerSec(20),
        ..TrainConfig::default()
    };
    let mut j = job("dense:4,tanh", ds, cfg);
    j.options.paced = true;
    let h = start(j);
    // Every batch sends its progress and its flow (gradients for the network view).
    let events = collect_until(&h, |e| matches!(e, TrainEvent::Progress { step: 6, .. }));
    let steps: Vec<u64> = events
        .iter()
        .filter_map(|e| match e {
            TrainEvent::Progress { step, .. } => Some(*step),
            _ => None,
        })
        .collect();
    assert_eq!(steps, vec![1, 2, 3, 4, 5, 6]);
    let flows = events
        .iter()
        .filter(|e| matches!(e, TrainEvent::Flow(_)))
        .count();
    assert!(flows >= 5, "{flows} flow reports for 6 batches");
    // Full speed from now on: the remaining ~4,000 batches finish quickly.
    h.send(TrainCommand::SetPace(Pace::Full));
    let t0 = Instant::now();
    collect_until(&h, |e| matches!(e, TrainEvent::Finished { .. }));
    assert!(t0.elapsed().as_secs() < 30);
}
