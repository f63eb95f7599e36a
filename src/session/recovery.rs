//! Crash recovery: the running session is autosaved (at most every few seconds, on a
//! background thread, atomically) to one file in the user's data folder. After a crash
//! the app finds it with [`pending_recovery`]; a clean exit removes it with
//! [`Autosaver::clear`].

use super::error::SessionError;
use super::Session;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Environment variable that overrides the recovery folder (for tests and portable setups).
pub const RECOVERY_DIR_ENV: &str = "LAYERLAB_RECOVERY_DIR";

/// Name of the recovery file.
pub const RECOVERY_FILE: &str = "recovery.ron";

/// Default time between autosaves.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);

/// Where the autosave goes: `$LAYERLAB_RECOVERY_DIR/recovery.ron` if set, otherwise the OS
/// data folder (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application
/// Support` on macOS, `%APPDATA%` on Windows) + `layerlab/recovery.ron`.
pub fn recovery_path() -> PathBuf {
    if let Some(dir) = std::env::var_os(RECOVERY_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join(RECOVERY_FILE);
    }
    data_dir().join("layerlab").join(RECOVERY_FILE)
}

fn env_dir(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
}

fn data_dir() -> PathBuf {
    let home = env_dir("HOME");
    let found = if cfg!(windows) {
        env_dir("APPDATA")
    } else if cfg!(target_os = "macos") {
        home.map(|h| h.join("Library").join("Application Support"))
    } else {
        env_dir("XDG_DATA_HOME").or_else(|| home.map(|h| h.join(".local").join("share")))
    };
    found.unwrap_or_else(std::env::temp_dir)
}

/// The autosave left by a session that did not exit cleanly, if there is one.
pub fn pending_recovery() -> Option<PathBuf> {
    let path = recovery_path();
    let len = std::fs::metadata(&path).ok().filter(|m| m.is_file())?.len();
    (len > 0).then_some(path)
}

/// Writes the session to the recovery file at most every `interval`, on a background
/// thread, and only when it changed since the last write.
pub struct Autosaver {
    path: PathBuf,
    interval: Duration,
    last_write: Option<Instant>,
    last_saved: Option<Arc<Session>>,
    pending: Option<JoinHandle<Result<(), SessionError>>>,
}

impl Default for Autosaver {
    fn default() -> Self {
        Autosaver::new()
    }
}

impl Autosaver {
    /// Autosaves to [`recovery_path`] every [`DEFAULT_INTERVAL`] at most.
    pub fn new() -> Autosaver {
        Autosaver::at(recovery_path(), DEFAULT_INTERVAL)
    }

    /// Autosaves to `path` every `interval` at most.
    pub fn at(path: impl Into<PathBuf>, interval: Duration) -> Autosaver {
        Autosaver {
            path: path.into(),
            interval,
            last_write: None,
            last_saved: None,
            pending: None,
        }
    }

    /// The recovery file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Call this each frame or event. Starts a background write when the interval has
    /// passed since the last one and the session changed (an untouched new session is
    /// never written). Returns whether a write was started; an error of an earlier
    /// background write is returned once.
    pub fn maybe_save(&mut self, session: &Session) -> Result<bool, SessionError> {
        if let Some(h) = &self.pending {
            if !h.is_finished() {
                return Ok(false);
            }
            self.collect()?;
        }
        let due = self.last_write.is_none_or(|t| t.elapsed() >= self.interval);
        if !due {
            return Ok(false);
        }
        let unchanged = match &self.last_saved {
            Some(last) => **last == *session,
            None => *session == Session::default(),
        };
        if unchanged {
            return Ok(false);
        }
        let copy = Arc::new(session.clone());
        let (copy2, path) = (copy.clone(), self.path.clone());
        let handle = std::thread::Builder::new()
            .name("layerlab-autosave".into())
            .spawn(move || write(&copy2, &path))
            .map_err(|e| SessionError::io(&self.path, e))?;
        self.pending = Some(handle);
        self.last_write = Some(Instant::now());
        self.last_saved = Some(copy);
        Ok(true)
    }

    /// Writes now, on this thread (waits for a background write first).
    pub fn save_now(&mut self, session: &Session) -> Result<(), SessionError> {
        self.flush()?;
        write(session, &self.path)?;
        self.last_write = Some(Instant::now());
        self.last_saved = Some(Arc::new(session.clone()));
        Ok(())
    }

    /// Waits for the background write, if any, and returns its result.
    pub fn flush(&mut self) -> Result<(), SessionError> {
        self.collect()
    }

    fn collect(&mut self) -> Result<(), SessionError> {
        let Some(h) = self.pending.take() else {
            return Ok(());
        };
        let result = h.join().unwrap_or_else(|_| {
            Err(SessionError::Data(format!(
                "autosaving to `{}` crashed; save your work with File ▸ Save",
                self.path.display()
            )))
        });
        if result.is_err() {
            // Try again at the next opportunity.
            self.last_saved = None;
        }
        result
    }

    /// Removes the recovery file (call on a clean exit, or after a recovered session was
    /// saved or discarded).
    pub fn clear(&mut self) -> Result<(), SessionError> {
        let _ = self.collect();
        self.last_saved = None;
        self.last_write = None;
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(SessionError::io(&self.path, e)),
        }
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        let _ = self.collect();
    }
}

fn write(session: &Session, path: &Path) -> Result<(), SessionError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| SessionError::io(dir, e))?;
    }
    session.save(path)
}
