//! The document's life with its file: unsaved changes, a save in flight (which may first
//! wait for the worker's current weights), what follows a successful save, the autosave
//! clock and closing the window. One small state machine instead of a cluster of flags;
//! every transition is a method, and the tests below walk them.

use super::command::Command;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Where a manual save stands.
#[derive(Debug, Clone, PartialEq)]
enum Save {
    /// No save in flight.
    Idle,
    /// The worker was asked for its current weights; the file is written once a state
    /// newer than `seen` arrives (or the worker ends).
    AwaitingWeights {
        /// Where to write.
        path: PathBuf,
        /// The state version when the save was asked for.
        seen: u64,
    },
    /// The file is being written on a job thread.
    Writing,
}

/// Where closing the window stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Close {
    /// The window stays open; a close request with unsaved changes asks first.
    Open,
    /// The user agreed to close: the window is to be closed at the end of this frame.
    Closing,
    /// Closing was agreed and requested; the next close request is let through.
    Confirmed,
}

/// What to do with a close request from the window (its × button).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseRequest {
    /// Let the window close.
    Allow,
    /// Cancel the close and ask about the unsaved changes (apply [`Command::Quit`]).
    AskFirst,
}

/// What starting a manual save needs next.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStart {
    /// Ask the worker for its current weights ([`crate::train::TrainCommand::RequestState`]);
    /// [`SaveFlow::weights_arrived`] says when to write.
    RequestWeights,
    /// Write the session to this path now.
    Write(PathBuf),
}

/// Unsaved changes, saves, the autosave clock and closing.
#[derive(Debug, Clone)]
pub struct SaveFlow {
    dirty: bool,
    save: Save,
    after_save: Option<Command>,
    autosave_last: Option<Instant>,
    autosave_writing: bool,
    close: Close,
}

impl Default for SaveFlow {
    fn default() -> Self {
        SaveFlow {
            dirty: false,
            save: Save::Idle,
            after_save: None,
            autosave_last: None,
            autosave_writing: false,
            close: Close::Open,
        }
    }
}

impl SaveFlow {
    /// Whether there are changes a save would keep.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Something changed that a save should keep.
    pub fn touch(&mut self) {
        self.dirty = true;
    }

    /// The document matches its file (opened, discarded, or a new session).
    pub fn mark_clean(&mut self) {
        self.dirty = false;
    }

    /// Whether a manual save is in flight (waiting for weights or writing).
    pub fn is_saving(&self) -> bool {
        self.save != Save::Idle
    }

    /// Starts a manual save to `path`. While a worker runs, the save first waits for its
    /// current weights, so the file never pairs new history with old weights; a second save
    /// while one waits is written at once.
    pub fn start_save(&mut self, path: PathBuf, worker_active: bool, version: u64) -> SaveStart {
        if worker_active && !matches!(self.save, Save::AwaitingWeights { .. }) {
            self.save = Save::AwaitingWeights {
                path,
                seen: version,
            };
            SaveStart::RequestWeights
        } else {
            self.save = Save::Writing;
            SaveStart::Write(path)
        }
    }

    /// Call when the worker's state may have changed: the path to write once a state newer
    /// than the one seen at the save arrived, or the worker ended.
    pub fn weights_arrived(&mut self, version: u64, worker_active: bool) -> Option<PathBuf> {
        match &self.save {
            Save::AwaitingWeights { seen, .. } if version > *seen || !worker_active => {
                match std::mem::replace(&mut self.save, Save::Writing) {
                    Save::AwaitingWeights { path, .. } => Some(path),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The save could not even start (no thread): nothing is in flight any more, and what
    /// was to follow does not happen.
    pub fn save_not_started(&mut self) {
        self.save = Save::Idle;
        self.after_save = None;
    }

    /// Do `next` once the save in flight has succeeded (the unsaved-changes prompt's Save).
    pub fn then(&mut self, next: Command) {
        self.after_save = Some(next);
    }

    /// The manual save finished. On success the document is clean and the command waiting
    /// for the save is returned; on failure it is dropped (quit, new or open do not happen).
    pub fn save_finished(&mut self, ok: bool) -> Option<Command> {
        self.save = Save::Idle;
        let next = self.after_save.take();
        if ok {
            self.dirty = false;
            next
        } else {
            None
        }
    }

    /// Whether an autosave should start now: a worker is active, no autosave is being
    /// written, and `every` has passed since the last one. Starting one is recorded.
    pub fn autosave_due(&mut self, worker_active: bool, now: Instant, every: Duration) -> bool {
        if !worker_active || self.autosave_writing {
            return false;
        }
        let due = self
            .autosave_last
            .is_none_or(|t| now.saturating_duration_since(t) >= every);
        if due {
            self.autosave_last = Some(now);
            self.autosave_writing = true;
        }
        due
    }

    /// The autosave in flight finished (either way).
    pub fn autosave_finished(&mut self) {
        self.autosave_writing = false;
    }

    /// Whether this run wrote an autosave (a clean exit removes it; a pending one from a
    /// crash that the user has not answered is kept).
    pub fn autosaved(&self) -> bool {
        self.autosave_last.is_some()
    }

    /// The window asks to close.
    pub fn window_close_requested(&mut self) -> CloseRequest {
        match self.close {
            Close::Confirmed | Close::Closing => CloseRequest::Allow,
            Close::Open if !self.dirty => {
                self.close = Close::Confirmed;
                CloseRequest::Allow
            }
            Close::Open => CloseRequest::AskFirst,
        }
    }

    /// The user agreed to quit (no unsaved changes, saved, or discarded them).
    pub fn confirm_quit(&mut self) {
        self.close = Close::Closing;
    }

    /// Whether the window should be told to close now (true once per agreed quit).
    pub fn take_close(&mut self) -> bool {
        if self.close == Close::Closing {
            self.close = Close::Confirmed;
            true
        } else {
            false
        }
    }

    /// Whether closing was agreed (the window may close).
    pub fn close_confirmed(&self) -> bool {
        self.close != Close::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PathBuf {
        PathBuf::from(s)
    }

    #[test]
    fn a_save_without_a_worker_writes_at_once_and_cleans() {
        let mut f = SaveFlow::default();
        f.touch();
        assert!(f.is_dirty() && !f.is_saving());
        assert_eq!(
            f.start_save(p("a.ron"), false, 0),
            SaveStart::Write(p("a.ron"))
        );
        assert!(f.is_saving() && f.is_dirty());
        assert_eq!(f.save_finished(true), None);
        assert!(!f.is_saving() && !f.is_dirty());
    }

    #[test]
    fn a_save_while_training_waits_for_newer_weights() {
        let mut f = SaveFlow::default();
        f.touch();
        assert_eq!(f.start_save(p("a.ron"), true, 7), SaveStart::RequestWeights);
        assert!(f.is_saving());
        // The same state again: keep waiting.
        assert_eq!(f.weights_arrived(7, true), None);
        // A newer one: write now, once.
        assert_eq!(f.weights_arrived(8, true), Some(p("a.ron")));
        assert_eq!(f.weights_arrived(9, true), None);
        assert!(f.is_saving());
        f.save_finished(true);
        assert!(!f.is_saving() && !f.is_dirty());
    }

    #[test]
    fn a_waiting_save_is_written_when_the_worker_ends() {
        let mut f = SaveFlow::default();
        assert_eq!(f.start_save(p("a.ron"), true, 3), SaveStart::RequestWeights);
        assert_eq!(f.weights_arrived(3, false), Some(p("a.ron")));
    }

    #[test]
    fn a_second_save_while_one_waits_writes_at_once() {
        let mut f = SaveFlow::default();
        assert_eq!(f.start_save(p("a.ron"), true, 0), SaveStart::RequestWeights);
        assert_eq!(
            f.start_save(p("b.ron"), true, 0),
            SaveStart::Write(p("b.ron"))
        );
    }

    #[test]
    fn what_follows_a_save_happens_only_on_success() {
        let table = [(true, Some(Command::Quit), true), (false, None, true)];
        for (ok, expect, dirty_before) in table {
            let mut f = SaveFlow::default();
            if dirty_before {
                f.touch();
            }
            f.then(Command::Quit);
            f.start_save(p("a.ron"), false, 0);
            assert_eq!(f.save_finished(ok), expect, "ok = {ok}");
            assert_eq!(f.is_dirty(), !ok, "ok = {ok}");
            // Nothing lingers for the next save.
            f.start_save(p("a.ron"), false, 0);
            assert_eq!(f.save_finished(true), None);
        }
    }

    #[test]
    fn a_save_that_cannot_start_drops_what_follows() {
        let mut f = SaveFlow::default();
        f.then(Command::New);
        f.start_save(p("a.ron"), false, 0);
        f.save_not_started();
        assert!(!f.is_saving());
        assert_eq!(f.save_finished(true), None);
    }

    #[test]
    fn autosave_clock() {
        let every = Duration::from_secs(10);
        let t0 = Instant::now();
        let mut f = SaveFlow::default();
        // (worker active, seconds after t0, finish the one in flight first, expected)
        let table = [
            (false, 0, false, false),
            (true, 0, false, true),
            (true, 20, false, false), // one in flight
            (true, 5, true, false),   // finished, but not due yet
            (true, 10, false, true),
            (false, 30, true, false),
        ];
        assert!(!f.autosaved());
        for (i, (active, secs, finish, expected)) in table.into_iter().enumerate() {
            if finish {
                f.autosave_finished();
            }
            let now = t0 + Duration::from_secs(secs);
            assert_eq!(f.autosave_due(active, now, every), expected, "row {i}");
        }
        assert!(f.autosaved());
    }

    #[test]
    fn closing_asks_only_with_unsaved_changes() {
        let mut clean = SaveFlow::default();
        assert_eq!(clean.window_close_requested(), CloseRequest::Allow);
        assert!(clean.close_confirmed());
        assert!(
            !clean.take_close(),
            "the window closes itself; nothing to send"
        );

        let mut dirty = SaveFlow::default();
        dirty.touch();
        assert_eq!(dirty.window_close_requested(), CloseRequest::AskFirst);
        assert!(!dirty.close_confirmed());
        assert_eq!(dirty.window_close_requested(), CloseRequest::AskFirst);
        // The user discards (or saves): the app confirms and closes once.
        dirty.confirm_quit();
        assert!(dirty.close_confirmed());
        assert!(dirty.take_close());
        assert!(!dirty.take_close());
        assert_eq!(dirty.window_close_requested(), CloseRequest::Allow);
    }
}
