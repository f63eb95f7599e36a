//! Autosave and crash recovery: the autosaver writes at most every N seconds and only
//! when something changed; `pending_recovery` finds the file; `clear` removes it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::session::recovery::{pending_recovery, recovery_path, Autosaver, RECOVERY_DIR_ENV};
use layerlab::session::Session;
use std::time::{Duration, Instant};

// One test: it sets a process-wide environment variable.
#[test]
fn autosave_and_recovery() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("not yet created");
    std::env::set_var(RECOVERY_DIR_ENV, &folder);
    assert_eq!(recovery_path(), folder.join("recovery.ron"));
    assert_eq!(pending_recovery(), None);

    let interval = Duration::from_millis(400);
    let mut saver = Autosaver::at(recovery_path(), interval);
    // An untouched new session is not worth recovering.
    assert!(!saver.maybe_save(&Session::default()).unwrap());

    let mut s = Session {
        name: "edited".into(),
        ..Default::default()
    };
    assert!(saver.maybe_save(&s).unwrap());
    saver.flush().unwrap();
    assert_eq!(pending_recovery(), Some(recovery_path()));
    assert_eq!(Session::load(&recovery_path()).unwrap(), s);

    // Called every "frame" with a session that changes each time: at most one write per
    // interval.
    let start = Instant::now();
    let mut writes = 0;
    let mut frame = 0;
    while start.elapsed() < Duration::from_millis(1300) {
        frame += 1;
        s.notes = format!("frame {frame}");
        if saver.maybe_save(&s).unwrap() {
            writes += 1;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(frame > 50);
    assert!((2..=4).contains(&writes), "{writes} writes in 1.3 s");
    saver.flush().unwrap();
    let recovered = Session::load(&pending_recovery().unwrap()).unwrap();
    assert!(recovered.notes.starts_with("frame "));

    // Unchanged: nothing is written even when due.
    saver.save_now(&s).unwrap();
    std::thread::sleep(interval + Duration::from_millis(50));
    assert!(!saver.maybe_save(&s).unwrap());

    // A clean exit removes it.
    saver.clear().unwrap();
    assert_eq!(pending_recovery(), None);
    saver.clear().unwrap();
    // No temporary files left behind.
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);

    std::env::remove_var(RECOVERY_DIR_ENV);
    assert!(recovery_path().ends_with("layerlab/recovery.ron"));
}
