//! Atomic saves: a writer killed at a random moment while saving a big session leaves a
//! complete session behind (the old or the new one), and its temporary files are never
//! taken for a session.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::session::big_session;
use layerlab::session::file::is_temp_file;
use layerlab::session::Session;
use rand::{Rng, SeedableRng};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "LAYERLAB_SESSION_TEST_WRITER";
const PARAMS: usize = 300_000;

/// Not a test of its own (hence ignored): `killed_writer_leaves_a_complete_session` runs it
/// in a child process with `--ignored --exact` and `CHILD_ENV` set to a path; it saves two
/// alternating versions of a big session there until it is killed. Run any other way, it
/// fails.
#[test]
#[ignore = "the child process of killed_writer_leaves_a_complete_session"]
fn child_writer() {
    let path = std::env::var_os(CHILD_ENV)
        .expect("child_writer runs only as the child of killed_writer_leaves_a_complete_session");
    let path = std::path::PathBuf::from(path);
    let versions = [big_session(PARAMS, 1), big_session(PARAMS, 2)];
    for i in 0.. {
        versions[i % 2].save(&path).unwrap();
    }
}

#[test]
fn killed_writer_leaves_a_complete_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let versions = [
        big_session(PARAMS, 0),
        big_session(PARAMS, 1),
        big_session(PARAMS, 2),
    ];
    versions[0].save(&path).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size > 3_000_000, "the session is only {size} bytes");

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let exe = std::env::current_exe().unwrap();
    let mut seen_new = false;
    for round in 0..5 {
        let mut child = Command::new(&exe)
            .args([
                "session_atomic::child_writer",
                "--ignored",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Let it build the sessions and write a few times, then kill it mid-flight.
        let start = Instant::now();
        let before = std::fs::metadata(&path).unwrap().modified().unwrap();
        while std::fs::metadata(&path).unwrap().modified().unwrap() == before
            && start.elapsed() < Duration::from_secs(60)
        {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_ne!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            before,
            "round {round}: the child writer never saved"
        );
        std::thread::sleep(Duration::from_millis(rng.gen_range(0..400)));
        child.kill().unwrap();
        child.wait().unwrap();

        let back = Session::load(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let which = versions.iter().position(|v| *v == back);
        assert!(
            which.is_some(),
            "round {round}: the session is not one of the versions written"
        );
        seen_new |= which != Some(0);

        // Whatever the kill left behind is a hidden temporary file, never a `.ron`.
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let p = entry.unwrap().path();
            if p != path {
                assert!(is_temp_file(&p), "unexpected file {}", p.display());
                assert_ne!(p.extension().and_then(|e| e.to_str()), Some("ron"));
            }
        }
    }
    assert!(seen_new, "the child never completed a save");
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count() - 1;
    eprintln!("{leftovers} of 5 kills interrupted a write (temporary files left)");
    assert!(leftovers > 0, "no kill landed inside a write");
    // The next save works and removes what the killed writers left (their processes are
    // gone); loading still works.
    versions[0].save(&path).unwrap();
    assert_eq!(Session::load(&path).unwrap(), versions[0]);
    if std::path::Path::new("/proc/self").exists() {
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| *p != path)
            .collect();
        assert!(
            left.is_empty(),
            "temp files of dead writers remain: {left:?}"
        );
    }
}

/// A temporary file is removed by the next save to its folder when its writer is dead, and
/// kept while its writer lives (and is young).
#[cfg(target_os = "linux")]
#[test]
fn next_save_removes_temp_files_of_dead_writers_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut dead = Command::new("true").spawn().unwrap();
    let dead_pid = dead.id();
    dead.wait().unwrap();
    let mut alive = Command::new("sleep").arg("30").spawn().unwrap();
    let of_dead = dir.path().join(format!(".other.ron.tmp-{dead_pid}-0"));
    let of_alive = dir.path().join(format!(".other.ron.tmp-{}-0", alive.id()));
    let mine = dir
        .path()
        .join(format!(".other.ron.tmp-{}-999", std::process::id()));
    let not_ours = dir.path().join(".notes.tmp-draft");
    for p in [&of_dead, &of_alive, &mine, &not_ours] {
        std::fs::write(p, "partial").unwrap();
    }
    big_session(1000, 1)
        .save(&dir.path().join("s.ron"))
        .unwrap();
    assert!(!of_dead.exists(), "the dead writer's temp file is removed");
    assert!(of_alive.exists() && mine.exists() && not_ours.exists());
    alive.kill().unwrap();
    alive.wait().unwrap();
}

/// Two saves of one file never both succeed with one lost: the second waits for the first.
#[test]
fn a_second_save_waits_for_the_first_or_says_it_is_busy() {
    use layerlab::session::{SaveTarget, SessionError};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let held = SaveTarget::prepare(&path).unwrap();
    let t0 = Instant::now();
    match big_session(1000, 1).save(&path) {
        Err(e @ SessionError::Busy { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("s.ron") && msg.contains("being saved"),
                "{msg}"
            );
            assert!(msg.contains(&std::process::id().to_string()), "{msg}");
        }
        other => panic!("expected Busy, got {other:?}"),
    }
    assert!(t0.elapsed() >= Duration::from_secs(2), "it waited first");
    assert!(!path.exists());
    // Released within the wait: the second save goes through after the first.
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        big_session(1000, 1).save_to(&held).unwrap();
        drop(held);
    });
    big_session(1000, 2).save(&path).unwrap();
    release.join().unwrap();
    assert_eq!(Session::load(&path).unwrap(), big_session(1000, 2));
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the session remains (no lock file)");
}
