//! Crash recovery: where the window's autosave goes ([`recovery_path`]) and whether a
//! session that did not exit cleanly left one ([`pending_recovery`]). The window writes it
//! while training (on a job thread, atomically, after the worker sent its current weights;
//! see `app::files`) and removes it on a clean exit.

use std::path::PathBuf;

/// Environment variable that overrides the recovery folder (for tests and portable setups).
pub const RECOVERY_DIR_ENV: &str = "LAYERLAB_RECOVERY_DIR";

/// Name of the recovery file.
pub const RECOVERY_FILE: &str = "recovery.ron";

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
