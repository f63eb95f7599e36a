//! Atomic file writes: the new content goes to a hidden temporary file in the same folder,
//! is flushed to disk, and then replaces the target in one rename. A crash or a kill at any
//! moment leaves either the old file or the new one, never a mix.
//!
//! Before anything is written, [`SaveTarget::prepare`] checks the path the user gave: its
//! folder exists and may be written, it is not a folder or a special file (a device, a
//! pipe, a socket), and a symbolic link is followed (its target is replaced, the link
//! stays). It also takes a lock next to the target (`.NAME.lock`, held with the operating
//! system's file lock, so a killed process never leaves it held): a second save to the
//! same file waits for the first one, or fails with [`SessionError::Busy`] after
//! [`LOCK_WAIT`] — two saves never both report success with one of them lost.
//!
//! Temporary files are named `.NAME.tmp-PID-N`. One left by a killed writer (its process is
//! gone, or it is older than ten minutes) is removed by the next save to that folder.

use super::error::SessionError;
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{BufWriter, ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

/// Temporary files older than this are removed on the next save to their folder even when
/// their writer cannot be shown to be gone.
const STALE_AFTER: Duration = Duration::from_secs(600);

/// How long a save waits for another save of the same file to finish.
pub const LOCK_WAIT: Duration = Duration::from_secs(3);

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The marker in temporary file names: `.NAME.tmp-PID-N` (hidden, and never ending in the
/// target's extension, so it is never taken for a session).
fn temp_prefix(path: &Path) -> OsString {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".tmp-");
    name
}

/// `.NAME.lock` next to `path`.
fn lock_path(path: &Path) -> PathBuf {
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".lock");
    folder_of(path).join(name)
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn refuse(path: &Path, message: impl Into<String>) -> SessionError {
    SessionError::SaveTarget {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// Where a save goes, checked and locked: made by [`SaveTarget::prepare`] before the work
/// whose result is saved (so that a bad path is reported before training, not after), and
/// kept until the save is done. Dropping it releases the lock.
#[derive(Debug)]
pub struct SaveTarget {
    user: PathBuf,
    real: PathBuf,
    _lock: Option<SaveLock>,
}

impl SaveTarget {
    /// Checks `path` and takes its lock (waiting up to [`LOCK_WAIT`] for another save of
    /// the same file). Errors name `path` as the user gave it and say what to do.
    pub fn prepare(path: &Path) -> Result<SaveTarget, SessionError> {
        let real = resolve_target(path)?;
        let lock = SaveLock::acquire(&real, path, LOCK_WAIT)?;
        Ok(SaveTarget {
            user: path.to_path_buf(),
            real,
            _lock: lock,
        })
    }

    /// The path as the user gave it.
    pub fn path(&self) -> &Path {
        &self.user
    }

    /// The file actually replaced (a symbolic link's target, else the path given).
    pub fn real_path(&self) -> &Path {
        &self.real
    }

    /// Whether saving would replace the existing file `other` (the same file by any path:
    /// through `..`, symbolic or hard links).
    pub fn would_replace(&self, other: &Path) -> bool {
        same_file(&self.real, other)
    }

    /// Writes the target atomically: temporary file in the same folder, fsync, rename, fsync
    /// of the folder (where the platform allows it). The content is streamed by `fill` into
    /// a buffered writer (so a big session is never held in memory as text). Temporary
    /// files of killed writers in that folder are removed first.
    pub fn write_with(
        &self,
        fill: impl FnOnce(&mut dyn Write) -> Result<(), SessionError>,
    ) -> Result<(), SessionError> {
        let dir = folder_of(&self.real);
        remove_stale_temps(&dir);
        let mut name = temp_prefix(&self.real);
        name.push(format!(
            "{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let tmp = dir.join(name);
        let result = write_then_rename(&tmp, &self.real, &self.user, fill);
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result?;
        sync_folder(&dir);
        Ok(())
    }
}

/// Writes `path` atomically ([`SaveTarget::prepare`], then [`SaveTarget::write_with`]).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), SessionError>,
) -> Result<(), SessionError> {
    SaveTarget::prepare(path)?.write_with(fill)
}

/// The file a save to `path` replaces, after checking that it can be: a file name is given,
/// a symbolic link points to an existing file, the target is not a folder or a special
/// file, and its folder exists.
fn resolve_target(path: &Path) -> Result<PathBuf, SessionError> {
    if path.file_name().is_none() {
        let what = if path.is_dir() {
            "it is a folder"
        } else {
            "this is not a file name"
        };
        return Err(refuse(
            path,
            format!(
                "{what}; give a file name, e.g. `{}`",
                path.join("session.ron").display()
            ),
        ));
    }
    let real = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(p) => p,
            Err(_) => {
                let to = fs::read_link(path).unwrap_or_default();
                return Err(refuse(
                    path,
                    format!(
                        "it is a symbolic link to `{}`, which does not exist; save to the target's own path, or remove the link",
                        to.display()
                    ),
                ));
            }
        },
        Ok(_) => path.to_path_buf(),
        Err(e) if e.kind() == ErrorKind::NotFound => path.to_path_buf(),
        Err(e) => return Err(SessionError::io(path, e)),
    };
    match fs::metadata(&real) {
        Ok(m) if m.is_dir() => {
            return Err(refuse(
                path,
                format!(
                    "it is a folder; give a file name inside it, e.g. `{}`",
                    path.join("session.ron").display()
                ),
            ))
        }
        Ok(m) if !m.is_file() => {
            return Err(refuse(
                path,
                "it is not a regular file but a device, a pipe or a socket; save to a regular file",
            ))
        }
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(SessionError::io(path, e)),
    }
    let dir = folder_of(&real);
    match fs::metadata(&dir) {
        Ok(m) if m.is_dir() => Ok(real),
        Ok(_) => Err(refuse(
            path,
            format!("`{}` is not a folder; save elsewhere", dir.display()),
        )),
        Err(e) if e.kind() == ErrorKind::NotFound => Err(refuse(
            path,
            format!(
                "the folder `{}` does not exist; create it first, or save elsewhere",
                dir.display()
            ),
        )),
        Err(e) => Err(SessionError::io(path, e)),
    }
}

/// The lock of one target: `.NAME.lock` next to it, held with the operating system's
/// exclusive file lock (released by the system when the process dies) and removed when
/// dropped.
#[derive(Debug)]
struct SaveLock {
    file: File,
    path: PathBuf,
}

impl SaveLock {
    /// Takes the lock of `target`, waiting up to `wait`. `Ok(None)` where the file system
    /// has no locks (the save then goes ahead unlocked, as before locks existed).
    fn acquire(
        target: &Path,
        user: &Path,
        wait: Duration,
    ) -> Result<Option<SaveLock>, SessionError> {
        let path = lock_path(target);
        let deadline = Instant::now() + wait;
        loop {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(|e| cannot_write_folder(user, target, e))?;
            match file.try_lock() {
                Ok(()) => {
                    // The previous holder may have removed the lock file between our open
                    // and our lock: hold the file that is at the path now, or try again.
                    if !same_file_handle(&file, &path) {
                        continue;
                    }
                    let _ = file.set_len(0);
                    let _ = write!(file, "{}", std::process::id());
                    return Ok(Some(SaveLock { file, path }));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        let mut pid = String::new();
                        let _ = file.read_to_string(&mut pid);
                        return Err(SessionError::Busy {
                            path: user.to_path_buf(),
                            holder: pid.trim().parse().ok(),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(fs::TryLockError::Error(_)) => return Ok(None),
            }
        }
    }
}

impl Drop for SaveLock {
    fn drop(&mut self) {
        // Removed while still held, so no other writer holds a lock on a removed file.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

fn cannot_write_folder(user: &Path, target: &Path, e: std::io::Error) -> SessionError {
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => refuse(
            user,
            format!(
                "the folder `{}` cannot be written ({e}); choose a folder you may write to",
                folder_of(target).display()
            ),
        ),
        _ => SessionError::io(user, e),
    }
}

#[cfg(unix)]
fn same_file_handle(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file_handle(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// Whether `a` and `b` are the same existing file (by any path: `..`, symbolic or hard
/// links).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (fs::metadata(a), fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
        false
    }
    #[cfg(not(unix))]
    {
        match (fs::canonicalize(a), fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

fn write_then_rename(
    tmp: &Path,
    path: &Path,
    user: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), SessionError>,
) -> Result<(), SessionError> {
    // Messages name the user's path, never the hidden temporary file.
    let file = File::create_new(tmp).map_err(|e| cannot_write_folder(user, path, e))?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    fill(&mut w).map_err(|e| match e {
        SessionError::Io { source, .. } => SessionError::io(user, source),
        other => other,
    })?;
    let file = w
        .into_inner()
        .map_err(|e| SessionError::io(user, e.into_error()))?;
    file.sync_all().map_err(|e| SessionError::io(user, e))?;
    drop(file);
    fs::rename(tmp, path).map_err(|e| SessionError::io(user, e))
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

/// The writer's process id in a temporary file name `.NAME.tmp-PID-N`.
fn temp_writer(name: &str) -> Option<u32> {
    let rest = &name[name.rfind(".tmp-")? + ".tmp-".len()..];
    let (pid, n) = rest.split_once('-')?;
    if !name.starts_with('.') || n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether process `pid` is running: `Some` where the system can tell (Linux's /proc).
fn process_alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if cfg!(target_os = "linux") && proc.join("self").exists() {
        Some(proc.join(pid.to_string()).exists())
    } else {
        None
    }
}

/// Removes temporary files in `dir` left by killed writers: their process is gone, or they
/// are older than ten minutes. This process's own recent ones may be in use and are kept.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    let me = std::process::id();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = temp_writer(&name.to_string_lossy()) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_AFTER);
        let dead = pid != me && process_alive(pid) == Some(false);
        if old || dead {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether `path` is a temporary file or a lock of an atomic write (never a session).
pub fn is_temp_file(path: &Path) -> bool {
    path.file_name()
        .map(|n| {
            let n = n.to_string_lossy();
            n.starts_with('.') && (n.contains(".tmp-") || n.ends_with(".lock"))
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_carry_the_writer() {
        assert_eq!(temp_writer(".a.ron.tmp-123-4"), Some(123));
        assert_eq!(temp_writer(".a.tmp-x.ron.tmp-77-0"), Some(77));
        assert_eq!(temp_writer("a.ron.tmp-123-4"), None);
        assert_eq!(temp_writer(".a.ron.tmp-123-"), None);
        assert_eq!(temp_writer(".a.ron"), None);
        assert!(process_alive(std::process::id()).unwrap_or(true));
    }
}
