//! Background jobs: named threads that own their input, do the slow work (generating or
//! preparing data, reading a CSV, file dialogs, saving and loading sessions, starting a
//! training run) and report through one channel that the app drains every frame.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;

/// No thread could be started for a job. Its words are the window's (in its language,
/// shown on the UI thread); the system's reason inside stays as the system gives it.
#[derive(Debug)]
pub struct SpawnError(pub std::io::Error);

impl From<std::io::Error> for SpawnError {
    fn from(e: std::io::Error) -> Self {
        SpawnError(e)
    }
}

impl std::fmt::Display for SpawnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("app-spawn-failed", error = self.0.to_string()))
    }
}

impl std::error::Error for SpawnError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// Wakes the UI when a job reports (the app passes `ctx.request_repaint`).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Where a job sends its reports; each send wakes the UI.
pub struct Reporter<T> {
    tx: Sender<T>,
    wake: Waker,
}

impl<T> Clone for Reporter<T> {
    fn clone(&self) -> Self {
        Reporter {
            tx: self.tx.clone(),
            wake: self.wake.clone(),
        }
    }
}

impl<T> Reporter<T> {
    /// Sends a report and requests a repaint.
    pub fn send(&self, msg: T) {
        let _ = self.tx.send(msg);
        (self.wake)();
    }
}

/// A running set of jobs reporting messages of type `T`.
pub struct Jobs<T> {
    tx: Sender<T>,
    rx: Receiver<T>,
    wake: Waker,
    handles: Vec<(JoinHandle<()>, bool)>,
    /// Set when the app closes; long jobs check it.
    pub shutdown: Arc<AtomicBool>,
}

impl<T: Send + 'static> Jobs<T> {
    /// An empty job set.
    pub fn new(wake: Waker) -> Self {
        let (tx, rx) = channel();
        Jobs {
            tx,
            rx,
            wake,
            handles: Vec::new(),
            shutdown: Arc::new(AtomicBool::new(false)),
        }
    }

    /// A reporter for code that sends from elsewhere (the training worker's waker).
    pub fn waker(&self) -> Waker {
        self.wake.clone()
    }

    /// Starts `work` on a thread named `layerlab-NAME`. `joinable` jobs are joined when the
    /// app closes; a file dialog (which may stay open forever) is not.
    pub fn spawn(
        &mut self,
        name: &str,
        joinable: bool,
        work: impl FnOnce(Reporter<T>) + Send + 'static,
    ) -> Result<(), SpawnError> {
        self.handles.retain(|(h, _)| !h.is_finished());
        let rep = Reporter {
            tx: self.tx.clone(),
            wake: self.wake.clone(),
        };
        std::thread::Builder::new()
            .name(format!("layerlab-{name}"))
            .spawn(move || work(rep))
            .map(|h| self.handles.push((h, joinable)))
            .map_err(SpawnError)
    }

    /// Reports that have arrived, without blocking.
    pub fn drain(&self) -> Vec<T> {
        self.rx.try_iter().collect()
    }

    /// Number of jobs still running.
    pub fn running(&self) -> usize {
        self.handles
            .iter()
            .filter(|(h, _)| !h.is_finished())
            .count()
    }

    /// Asks every job to stop and joins the joinable ones.
    pub fn shutdown_and_join(&mut self) {
        self.shutdown.store(true, Ordering::SeqCst);
        for (h, joinable) in self.handles.drain(..) {
            if joinable {
                let _ = h.join();
            }
        }
    }
}
