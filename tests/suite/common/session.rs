//! Sessions for the tests: small ones, training them with the real worker, and big
//! synthetic ones.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use layerlab::data::{BuiltinKind, BuiltinSpec, Dataset};
use layerlab::model::{parse_layers, NetworkSpec, Shape, TrainConfig};
use layerlab::model::{LayerWeights, OptimizerState, ParamValues, SlotValues, Weights};
use layerlab::session::{DataSource, Session};
use layerlab::train::{spawn, EpochRecord, TrainEvent, TrainJob, TrainState, WorkerOptions};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A session on a small built-in dataset (circle, with a validation split).
pub fn builtin_session(layers: &str, epochs: u32) -> Session {
    let spec = BuiltinSpec {
        samples: 240,
        ..BuiltinSpec::new(BuiltinKind::Circle)
    };
    let mut s = Session {
        name: "circle test".into(),
        notes: "made by the session tests\nsecond line with \"quotes\" and ünïcode".into(),
        network: NetworkSpec::new(Shape::Flat(2), parse_layers(layers).unwrap()),
        data_config: spec.default_config(),
        data: DataSource::Builtin(spec),
        train: TrainConfig {
            epochs,
            batch_size: 16,
            ..Default::default()
        },
        ..Default::default()
    };
    let loaded = s.load_dataset(None).unwrap();
    s.network.input = loaded.dataset.input_shape;
    s.preprocessor = Some(loaded.preprocessor);
    s
}

/// What a worker run produced.
pub struct Run {
    pub epochs: Vec<EpochRecord>,
    pub state: TrainState,
    pub events: Vec<TrainEvent>,
}

/// Trains with the real worker until it finishes (up to `epochs`, counting earlier ones).
pub fn run_worker(
    s: &Session,
    dataset: Arc<Dataset>,
    epochs: u32,
    resume: Option<TrainState>,
) -> Run {
    let job = TrainJob {
        spec: s.network.clone(),
        dataset,
        config: TrainConfig {
            epochs,
            ..s.train.clone()
        },
        resume,
        options: WorkerOptions::default(),
    };
    let h = spawn(job, Arc::new(|| {})).unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut events = Vec::new();
    while Instant::now() < deadline {
        let Some(ev) = h.recv_timeout(Duration::from_millis(100)) else {
            continue;
        };
        match &ev {
            TrainEvent::Finished { state, .. } => {
                let state = (**state).clone();
                let epochs = epochs_of(&events);
                events.push(ev);
                return Run {
                    epochs,
                    state,
                    events,
                };
            }
            TrainEvent::Failed { message, .. } => panic!("training failed: {message}"),
            _ => events.push(ev),
        }
    }
    panic!("training did not finish in time");
}

pub fn epochs_of(events: &[TrainEvent]) -> Vec<EpochRecord> {
    events
        .iter()
        .filter_map(|e| match e {
            TrainEvent::Epoch(r) => Some(r.clone()),
            _ => None,
        })
        .collect()
}

/// A session with a trained state and the history of the run.
pub fn trained_session(layers: &str, epochs: u32) -> Session {
    let mut s = builtin_session(layers, epochs);
    let ds = Arc::new(s.load_dataset(None).unwrap().dataset);
    let run = run_worker(&s, ds, epochs, None);
    for ev in &run.events {
        s.history.apply(ev);
    }
    s.history
        .apply(&TrainEvent::LrChanged { step: 3, lr: 0.005 });
    s.state = Some(run.state);
    s
}

/// A session whose state holds `n` weights (not matching its network: for file I/O only).
/// `version` changes every value and the name.
pub fn big_session(n: usize, version: u32) -> Session {
    let values: Vec<f32> = (0..n)
        .map(|i| ((i as f32) * 0.000_731 + version as f32).sin() * 0.05)
        .collect();
    let moments: Vec<f32> = values.iter().map(|v| v * v * 1e-3).collect();
    let bias: Vec<f32> = (0..1000)
        .map(|i| i as f32 * 1e-4 - version as f32)
        .collect();
    Session {
        name: format!("version {version}"),
        state: Some(TrainState {
            weights: Weights {
                layers: vec![LayerWeights {
                    label: "Dense 1000".into(),
                    params: vec![
                        ParamValues {
                            name: "weight".into(),
                            shape: vec![n / 1000, 1000],
                            values: values.clone(),
                        },
                        ParamValues {
                            name: "bias".into(),
                            shape: vec![1000],
                            values: bias.clone(),
                        },
                    ],
                    ..Default::default()
                }],
            },
            optimizer: OptimizerState {
                step: 12345,
                slots: vec![
                    SlotValues {
                        first: values,
                        second: moments,
                    },
                    SlotValues {
                        first: bias.clone(),
                        second: bias,
                    },
                ],
            },
            epoch: 3 + version,
            lr: 0.01,
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Bit patterns of floats (NaN-safe equality).
pub fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|x| x.to_bits()).collect()
}
