//! Atomic file writes: the new content goes to a hidden temporary file in the same folder,
//! is flushed to disk, and then replaces the target in one rename. A crash or a kill at any
//! moment leaves either the old file or the new one, never a mix.

use super::error::SessionError;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Temporary files of killed writers older than this are removed on the next save.
const STALE_AFTER: Duration = Duration::from_secs(600);

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The marker in temporary file names: `.NAME.tmp-PID-N` (hidden, and never ending in the
/// target's extension, so it is never taken for a session).
fn temp_prefix(path: &Path) -> OsString {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".tmp-");
    name
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `path` atomically: temporary file in the same folder, fsync, rename, fsync of the
/// folder (where the platform allows it). The content is streamed by `fill` into a buffered
/// writer on the temporary file (so a big session is never held in memory as text).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), SessionError>,
) -> Result<(), SessionError> {
    if path.file_name().is_none() {
        return Err(SessionError::io(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
        ));
    }
    let dir = folder_of(path);
    let mut name = temp_prefix(path);
    name.push(format!(
        "{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let tmp = dir.join(name);
    let result = write_then_rename(&tmp, path, fill);
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    sync_folder(&dir);
    remove_stale_temps(path);
    Ok(())
}

fn write_then_rename(
    tmp: &Path,
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), SessionError>,
) -> Result<(), SessionError> {
    let file = File::create(tmp).map_err(|e| SessionError::io(tmp, e))?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    fill(&mut w)?;
    let file = w
        .into_inner()
        .map_err(|e| SessionError::io(tmp, e.into_error()))?;
    file.sync_all().map_err(|e| SessionError::io(tmp, e))?;
    drop(file);
    fs::rename(tmp, path).map_err(|e| SessionError::io(path, e))
}

#[cfg(unix)]
fn sync_folder(dir: &Path) {
    // Makes the rename itself durable; failure only weakens durability, not atomicity.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_folder(_dir: &Path) {}

/// Removes temporary files left by writers of `path` that were killed long ago.
fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let prefix = prefix.to_string_lossy();
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(&*prefix) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether `path` is a temporary file of an atomic write (never a session).
pub fn is_temp_file(path: &Path) -> bool {
    path.file_name()
        .map(|n| n.to_string_lossy().starts_with('.') && n.to_string_lossy().contains(".tmp-"))
        .unwrap_or(false)
}
