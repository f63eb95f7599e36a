//! Running the training worker from the tests: start a job, collect its events.
#![allow(dead_code, clippy::expect_used)]

use layerlab::train::{spawn, TrainEvent, TrainJob, WorkerHandle};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Starts the worker for `j` (no repaint callback).
pub fn start(j: TrainJob) -> WorkerHandle {
    spawn(j, Arc::new(|| {})).expect("thread")
}

/// Collects events until `until` matches one, or panics after 60 s.
pub fn collect_until(
    h: &WorkerHandle,
    mut until: impl FnMut(&TrainEvent) -> bool,
) -> Vec<TrainEvent> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut out = Vec::new();
    while Instant::now() < deadline {
        if let Some(ev) = h.recv_timeout(Duration::from_millis(100)) {
            let done = until(&ev);
            out.push(ev);
            if done {
                return out;
            }
        }
    }
    let last: Vec<String> = out
        .iter()
        .rev()
        .take(3)
        .map(|e| format!("{e:?}").chars().take(90).collect())
        .collect();
    panic!("timed out after {} events; the last: {last:#?}", out.len());
}
