//! Continuing a saved session is the same as never stopping: training 10 epochs in one go
//! equals training 5, saving, reopening and training 5 more with the real worker — the same
//! per-epoch losses to the last bit and identical final weights (dropout included, so the
//! random streams must continue exactly too).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::session::{builtin_session, epochs_of, run_worker};
use layerlab::session::Session;
use layerlab::train::{spawn, EpochRecord, TrainCommand, TrainEvent, TrainJob, WorkerOptions};
use std::sync::Arc;
use std::time::{Duration, Instant};

const LAYERS: &str = "dense:16,relu,dropout:0.3,dense:8,tanh";

fn assert_same_epochs(a: &[EpochRecord], b: &[EpochRecord]) {
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        assert_eq!(x.epoch, y.epoch);
        assert_eq!(x.step, y.step);
        for (name, p, q) in [
            ("train_loss", x.train_loss, y.train_loss),
            ("val_loss", x.val_loss, y.val_loss),
            ("train_metric", x.train_metric, y.train_metric),
            ("val_metric", x.val_metric, y.val_metric),
            ("lr", x.lr, y.lr),
        ] {
            assert_eq!(
                p.to_bits(),
                q.to_bits(),
                "epoch {}: {name} {p} vs {q}",
                x.epoch
            );
        }
    }
}

#[test]
fn save_reopen_continue_equals_uninterrupted() {
    let s = builtin_session(LAYERS, 10);
    let data = Arc::new(s.load_dataset(None).unwrap().dataset);

    let straight = run_worker(&s, data.clone(), 10, None);
    assert_eq!(straight.epochs.len(), 10);

    // First half, then save.
    let first = run_worker(&s, data, 5, None);
    let mut saved = s.clone();
    for ev in &first.events {
        saved.history.apply(ev);
    }
    saved.state = Some(first.state.clone());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("half.ron");
    saved.save(&path).unwrap();

    // Reopen: data regenerated and prepared from the session alone.
    let reopened = Session::load(&path).unwrap();
    assert_eq!(reopened, saved);
    reopened.check_weights().unwrap();
    let loaded = reopened.load_dataset(Some(&path)).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(Some(&loaded.preprocessor), reopened.preprocessor.as_ref());
    let second = run_worker(
        &reopened,
        Arc::new(loaded.dataset),
        10,
        reopened.state.clone(),
    );

    let mut resumed = reopened.history.epochs.clone();
    resumed.extend(second.epochs.iter().cloned());
    assert_same_epochs(&straight.epochs, &resumed);
    assert_eq!(second.state.weights, straight.state.weights);
    assert_eq!(second.state.optimizer, straight.state.optimizer);
    assert_eq!(second.state.dropout_pos, straight.state.dropout_pos);
    assert_eq!(second.state.shuffle_pos, straight.state.shuffle_pos);
    assert_eq!(second.state.step, straight.state.step);
}

/// Stops the worker in the middle of epoch 2 (after `batches` batches of it).
fn stop_mid_epoch(s: &Session, data: Arc<layerlab::data::Dataset>, batches: u32) -> Session {
    let job = TrainJob {
        spec: s.network.clone(),
        dataset: data,
        config: s.train.clone(),
        resume: None,
        options: WorkerOptions {
            start_paused: true,
            ..Default::default()
        },
    };
    let h = spawn(job, Arc::new(|| {})).unwrap();
    let mut out = s.clone();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut pauses = 0;
    let mut stepped = 0;
    while Instant::now() < deadline {
        let Some(ev) = h.recv_timeout(Duration::from_millis(50)) else {
            continue;
        };
        out.history.apply(&ev);
        match ev {
            TrainEvent::Paused { epoch, batch } => {
                pauses += 1;
                if epoch == 0 && pauses == 1 {
                    h.send(TrainCommand::StepEpoch);
                } else if stepped < batches {
                    assert_eq!((epoch, batch), (1, stepped));
                    stepped += 1;
                    h.send(TrainCommand::StepBatch);
                } else {
                    h.send(TrainCommand::Stop);
                }
            }
            TrainEvent::Finished { state, .. } => {
                assert_eq!((state.epoch, state.batch_in_epoch), (1, batches));
                out.state = Some(*state);
                return out;
            }
            TrainEvent::Failed { message, .. } => panic!("{message}"),
            _ => {}
        }
    }
    panic!("the worker did not stop in time");
}

#[test]
fn continuing_from_the_middle_of_an_epoch_is_exact_too() {
    let s = builtin_session(LAYERS, 4);
    let data = Arc::new(s.load_dataset(None).unwrap().dataset);
    let straight = run_worker(&s, data.clone(), 4, None);

    let half = stop_mid_epoch(&s, data.clone(), 3);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mid.ron");
    half.save(&path).unwrap();
    let reopened = Session::load(&path).unwrap();
    assert_eq!(reopened, half);
    let rest = run_worker(&reopened, data, 4, reopened.state.clone());

    let mut all = epochs_of(&[]);
    all.extend(reopened.history.epochs.iter().cloned());
    all.extend(rest.epochs.iter().cloned());
    assert_same_epochs(&straight.epochs, &all);
    assert_eq!(rest.state.weights, straight.state.weights);
    assert_eq!(rest.state.optimizer, straight.state.optimizer);
}
