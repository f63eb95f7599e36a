//! Crash recovery: where the autosave goes and how a left-over one is found. The window's
//! autosave itself is tested through the app in ui_session.rs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::session::recovery::{pending_recovery, recovery_path, RECOVERY_DIR_ENV};

// One test: it sets a process-wide environment variable.
#[test]
fn recovery_file_location_and_detection() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("not yet created");
    std::env::set_var(RECOVERY_DIR_ENV, &folder);
    assert_eq!(recovery_path(), folder.join("recovery.ron"));
    assert_eq!(pending_recovery(), None, "no folder, no recovery");

    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(recovery_path(), "").unwrap();
    assert_eq!(
        pending_recovery(),
        None,
        "an empty file is not worth recovering"
    );
    std::fs::write(recovery_path(), "(name: \"x\")").unwrap();
    assert_eq!(pending_recovery(), Some(recovery_path()));
    std::fs::remove_file(recovery_path()).unwrap();
    std::fs::create_dir(recovery_path()).unwrap();
    assert_eq!(
        pending_recovery(),
        None,
        "a folder of that name is not a session"
    );

    std::env::set_var(RECOVERY_DIR_ENV, "");
    assert!(recovery_path().ends_with("layerlab/recovery.ron"));
    std::env::remove_var(RECOVERY_DIR_ENV);
    assert!(recovery_path().ends_with("layerlab/recovery.ron"));
}
