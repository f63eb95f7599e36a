//! Reopening never panics, and every failure says where and what to do: syntax errors
//! with line and column, newer files with the version needed, weights that no longer fit
//! with the layer, missing data with where it was expected, changed data with a warning.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::session::trained_session;
use layerlab::model::{parse_layers, OptimizerKind};
use layerlab::session::{sha256_file, DataSource, Session, SessionError, EMBED_LIMIT};
use proptest::prelude::*;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Once;

const CSV: &str = "x1,x2,label\n0.1,0.2,a\n0.3,0.1,b\n0.5,0.9,a\n0.7,0.3,b\n0.2,0.8,a\n0.9,0.4,b\n0.4,0.6,a\n0.6,0.2,b\n0.8,0.7,a\n0.15,0.35,b\n0.25,0.45,a\n0.35,0.55,b\n";

fn saved_text() -> (tempfile::TempDir, PathBuf, String) {
    let s = trained_session("dense:4,relu", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    s.save(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    (dir, path, text)
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let (_dir, path, text) = saved_text();
    let line = text.lines().position(|l| l.contains("batch_size")).unwrap() + 1;
    let broken = text.replacen("batch_size: 16,", "batch_size: 16 oops,", 1);
    std::fs::write(&path, broken).unwrap();
    match Session::load(&path) {
        Err(SessionError::Syntax {
            path: p,
            line: l,
            col,
            ..
        }) => {
            assert_eq!(p, path);
            assert_eq!(l, line);
            assert!(col > 1);
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let msg = Session::load(&path).unwrap_err().to_string();
    assert!(
        msg.contains("s.ron") && msg.contains(&format!("line {line}, column")),
        "{msg}"
    );
    assert!(msg.contains("text editor"), "{msg}");
}

#[test]
fn wrong_value_types_are_syntax_errors_too() {
    let (_dir, path, text) = saved_text();
    let broken = text.replacen("batch_size: 16,", "batch_size: \"sixteen\",", 1);
    let err = Session::from_ron_str(&broken, &path).unwrap_err();
    assert!(
        matches!(err, SessionError::Syntax { line, .. } if line > 1),
        "{err:?}"
    );
    // Damaged packed weights.
    let big = common::session::big_session(5000, 1)
        .to_ron_string(&path)
        .unwrap();
    let broken = big.replacen("values: \"f32le:", "values: \"f32le:*", 1);
    assert_ne!(broken, big);
    let Err(err) = Session::from_ron_str(&broken, &path) else {
        panic!("damaged packed values were accepted");
    };
    let msg = err.to_string();
    assert!(
        msg.contains("not allowed in packed values") && msg.contains("s.ron"),
        "{msg}"
    );
}

#[test]
fn newer_format_says_which_version_is_needed() {
    let (_dir, path, text) = saved_text();
    let newer = text.replacen("format_version: 1,", "format_version: 7,", 1);
    let err = Session::from_ron_str(&newer, &path).unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::NewerVersion {
                found: 7,
                supported: 1,
                ..
            }
        ),
        "{err:?}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("format 7") && msg.contains("update layerlab"),
        "{msg}"
    );
    // Even when the newer file uses syntax this build cannot parse.
    let strange = newer.replacen("name:", "quantum_field: #<@>, name:", 1);
    assert!(matches!(
        Session::from_ron_str(&strange, &path),
        Err(SessionError::NewerVersion { found: 7, .. })
    ));
}

#[test]
fn weights_that_do_not_fit_name_the_layer() {
    let s = trained_session("dense:8,relu,dense:4", 1);
    s.check_weights().unwrap();

    let mut wider = s.clone();
    wider.network.layers = parse_layers("dense:8,relu,dense:5").unwrap();
    match wider.check_weights() {
        Err(SessionError::WeightMismatch { layer, label, .. }) => {
            assert_eq!(layer, 3);
            assert!(label.contains('5'), "{label}");
        }
        other => panic!("expected a weight mismatch, got {other:?}"),
    }
    let msg = wider.check_weights().unwrap_err().to_string();
    assert!(msg.contains("layer 3") && msg.contains("reset"), "{msg}");

    let mut deeper = s.clone();
    deeper.network.layers = parse_layers("dense:8,relu,dense:4,relu,dense:4").unwrap();
    assert!(matches!(
        deeper.check_weights(),
        Err(SessionError::WeightMismatch { .. })
    ));

    // The optimizer changed from Adam to plain SGD: its saved moments do not fit.
    let mut sgd = s.clone();
    sgd.train.optimizer = OptimizerKind::Sgd;
    match sgd.check_weights() {
        Err(SessionError::WeightMismatch { layer, message, .. }) => {
            assert_eq!(layer, 1);
            assert!(message.contains("optimizer"), "{message}");
        }
        other => panic!("expected an optimizer mismatch, got {other:?}"),
    }
}

fn file_session(dir: &Path) -> (Session, PathBuf, PathBuf) {
    let csv = dir.join("points.csv");
    std::fs::write(&csv, CSV).unwrap();
    let s = Session {
        name: "file".into(),
        data: DataSource::File {
            path: csv.clone(),
            sha256: sha256_file(&csv).unwrap(),
            embedded: None,
        },
        ..Default::default()
    };
    let path = dir.join("file.ron");
    s.save(&path).unwrap();
    (s, path, csv)
}

#[test]
fn missing_data_says_where_it_was_expected() {
    let dir = tempfile::tempdir().unwrap();
    let (_, path, csv) = file_session(dir.path());
    let s = Session::load(&path).unwrap();
    assert!(s.load_dataset(Some(&path)).unwrap().warnings.is_empty());
    std::fs::remove_file(&csv).unwrap();
    match s.load_dataset(Some(&path)) {
        Err(SessionError::DataMissing { expected, session }) => {
            assert_eq!(expected, csv);
            assert_eq!(session, path);
        }
        other => panic!("expected missing data, got {other:?}"),
    }
    let msg = s.load_dataset(Some(&path)).unwrap_err().to_string();
    assert!(
        msg.contains("points.csv") && msg.contains("file.ron") && msg.contains("locate it"),
        "{msg}"
    );
}

#[test]
fn data_found_next_to_a_moved_session() {
    // The session stored an absolute path far away; the file now sits next to it.
    let far = tempfile::tempdir().unwrap();
    let near = tempfile::tempdir().unwrap();
    let (s, _, csv) = file_session(far.path());
    let path = near.path().join("s.ron");
    s.save(&path).unwrap();
    std::fs::rename(&csv, near.path().join("points.csv"))
        .or_else(|_| std::fs::copy(&csv, near.path().join("points.csv")).map(|_| ()))
        .unwrap();
    let _ = std::fs::remove_file(&csv);
    let back = Session::load(&path).unwrap();
    let loaded = back.load_dataset(Some(&path)).unwrap();
    assert_eq!(loaded.file, Some(near.path().join("points.csv")));
}

#[test]
fn changed_data_gives_the_hash_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (_, path, csv) = file_session(dir.path());
    std::fs::write(&csv, CSV.replace("0.9,0.4,b", "0.9,0.5,b")).unwrap();
    let s = Session::load(&path).unwrap();
    let loaded = s.load_dataset(Some(&path)).unwrap();
    assert!(
        loaded.warnings.iter().any(|w| w.contains("points.csv")
            && w.contains("SHA-256")
            && w.contains("retraining or evaluating will use the changed data")),
        "{:?}",
        loaded.warnings
    );
}

#[test]
fn embedded_data_is_the_fallback_and_has_a_limit() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path, csv) = file_session(dir.path());
    s.embed_data(CSV.to_string()).unwrap();
    s.save(&path).unwrap();
    std::fs::remove_file(&csv).unwrap();
    let back = Session::load(&path).unwrap();
    assert_eq!(back, s);
    let loaded = back.load_dataset(Some(&path)).unwrap();
    assert_eq!(loaded.table.rows(), 12);
    assert!(loaded.warnings.iter().any(|w| w.contains("embedded")));

    let big = "x\n".repeat(EMBED_LIMIT as usize / 2 + 1);
    match s.embed_data(big) {
        Err(e @ SessionError::TooLarge { .. }) => {
            assert!(e.to_string().contains("4.0 MiB"), "{e}")
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    let mut builtin = Session::default();
    assert!(matches!(
        builtin.embed_data("a\n1\n".into()),
        Err(SessionError::Data(_))
    ));
}

#[test]
fn unreadable_files_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    assert!(matches!(Session::load(&path), Err(SessionError::Io { .. })));
    std::fs::write(&path, b"(name: \"a\xff\xfe\")").unwrap();
    match Session::load(&path) {
        Err(SessionError::Syntax { line, col, .. }) => assert_eq!((line, col), (1, 10)),
        other => panic!("{other:?}"),
    }
    for text in [
        "",
        "(",
        ")",
        "[[[[[[[[",
        &"[".repeat(10_000),
        "Session(",
        "42",
        "(state: Some((weights: (layers: [(params: [(values: \"f32le:A\")])]))))",
    ] {
        assert!(Session::from_ron_str(text, &path).is_err(), "{text:?}");
    }
}

thread_local! {
    /// Panics on this thread (other tests run on other threads).
    static PANICS: Cell<usize> = const { Cell::new(0) };
}
static HOOK: Once = Once::new();

/// Counts panics, even those caught inside `from_ron_str`.
fn count_panics() {
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.with(|p| p.set(p.get() + 1));
            default(info);
        }));
    });
}

fn panics() -> usize {
    PANICS.with(Cell::get)
}

fn valid_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        let mut s = trained_session("dense:3,relu,dropout:0.1", 1);
        s.history.flow.truncate(1);
        s.to_ron_string(Path::new("p.ron")).unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        count_panics();
        let text = String::from_utf8_lossy(&bytes);
        let _ = Session::from_ron_str(&text, Path::new("random.ron"));
        prop_assert_eq!(panics(), 0);
    }

    #[test]
    fn mutated_sessions_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>(), 0usize..40), 1..6)
    ) {
        count_panics();
        let mut text: Vec<char> = valid_text().chars().collect();
        for (at, op, ch, len) in edits {
            let i = at.index(text.len() + 1);
            match op {
                0 => text.insert(i, ch),
                1 => { let end = (i + len).min(text.len()); text.drain(i..end); }
                2 => if i < text.len() { text[i] = ch },
                _ => { let end = (i + len).min(text.len()); let copy: Vec<char> = text[i..end].to_vec(); text.splice(i..i, copy); }
            }
        }
        let text: String = text.into_iter().collect();
        if let Ok(s) = Session::from_ron_str(&text, Path::new("mutated.ron")) {
            // Whatever parses also checks without panicking.
            let _ = s.check_weights();
        }
        prop_assert_eq!(panics(), 0);
    }
}

#[test]
fn a_version_older_than_the_first_is_refused() {
    let (_dir, path, text) = saved_text();
    let old = text.replacen("format_version: 1,", "format_version: 0,", 1);
    match Session::from_ron_str(&old, &path) {
        Err(e @ SessionError::Invalid { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("format_version") && msg.contains("s.ron"),
                "{msg}"
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    // A hand-written file without the field still reads (as the current format).
    let bare = text.replacen("format_version: 1,", "", 1);
    assert!(Session::from_ron_str(&bare, &path).is_ok());
}

#[test]
fn non_finite_saved_values_are_refused_naming_the_field() {
    let s = trained_session("dense:4,relu", 1);
    s.check_values().unwrap();
    type Break = fn(&mut layerlab::train::TrainState);
    let cases: [(&str, Break); 4] = [
        ("state.weights", |st| {
            st.weights.layers[2].params[1].values[0] = f32::NAN
        }),
        ("state.weights", |st| {
            st.weights.layers[0].params[0].values[2] = f32::NEG_INFINITY
        }),
        ("state.optimizer", |st| {
            st.optimizer.slots[0].first[0] = f32::NAN
        }),
        ("state.lr", |st| st.lr = f32::INFINITY),
    ];
    for (field, break_it) in cases {
        let mut bad = s.clone();
        break_it(bad.state.as_mut().unwrap());
        // The file keeps what was written; checking refuses it.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nan.ron");
        bad.save(&path).unwrap();
        let back = Session::load(&path).unwrap();
        for err in [back.check_values(), back.check_weights()] {
            match err {
                Err(e @ SessionError::NonFinite { .. }) => {
                    assert!(e.to_string().contains(field), "{field}: {e}")
                }
                other => panic!("{field}: expected NonFinite, got {other:?}"),
            }
        }
    }
}

#[test]
fn tampered_embedded_data_is_refused_when_read() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path, _csv) = file_session(dir.path());
    s.embed_data(CSV.to_string()).unwrap();
    s.save(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let tampered = text.replacen("0.9,0.4,b", "0.9,0.4,a", 1);
    assert_ne!(tampered, text);
    match Session::from_ron_str(&tampered, &path) {
        Err(e @ SessionError::Invalid { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("data.embedded") && msg.contains("file.ron"),
                "{msg}"
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    // Embedding other text than the data trained on is refused too.
    let mut other = s.clone();
    assert!(matches!(
        other.embed_data(CSV.replace("0.9,0.4,b", "0.9,0.4,a")),
        Err(SessionError::Data(_))
    ));
}

#[test]
fn data_outside_the_sessions_folder_is_reported_and_can_be_refused() {
    use layerlab::session::DataAccess;
    let root = tempfile::tempdir().unwrap();
    let (s, _, csv) = file_session(root.path());
    let sub = root.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let inner = sub.join("s.ron");
    s.save(&inner).unwrap();
    let back = Session::load(&inner).unwrap();
    let real = std::fs::canonicalize(&csv).unwrap();
    assert_eq!(back.data_path_outside(&inner), Some(real.clone()));
    match back.load_dataset_with(Some(&inner), DataAccess::InsideOnly) {
        Err(e @ SessionError::OutsideData { .. }) => {
            assert!(e.to_string().contains(&real.display().to_string()), "{e}")
        }
        other => panic!("expected OutsideData, got {other:?}"),
    }
    assert!(back
        .load_dataset_with(Some(&inner), DataAccess::Anywhere)
        .is_ok());
    // Next to the data: inside.
    let near = root.path().join("near.ron");
    s.save(&near).unwrap();
    let back = Session::load(&near).unwrap();
    assert_eq!(back.data_path_outside(&near), None);
    assert!(back
        .load_dataset_with(Some(&near), DataAccess::InsideOnly)
        .is_ok());
    // A symbolic link inside the folder that points outside is outside.
    #[cfg(unix)]
    {
        let far = tempfile::tempdir().unwrap();
        let secret = far.path().join("secret.csv");
        std::fs::write(&secret, CSV).unwrap();
        let link = sub.join("points.csv");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        let mut linked = s.clone();
        linked.data = DataSource::File {
            path: link.clone(),
            sha256: String::new(),
            embedded: None,
        };
        let p = sub.join("linked.ron");
        linked.save(&p).unwrap();
        let back = Session::load(&p).unwrap();
        assert_eq!(
            back.data_path_outside(&p),
            Some(std::fs::canonicalize(&secret).unwrap())
        );
    }
}

#[test]
fn weight_mismatch_messages_say_what_differs() {
    let s = trained_session("dense:8,relu,dense:4", 1);
    let mut fewer = s.clone();
    fewer.network.layers = parse_layers("dense:8,relu,dense:3").unwrap();
    let msg = fewer.check_weights().unwrap_err().to_string();
    assert!(msg.contains("3 units, 4 when saved"), "{msg}");
    // Same shapes, fewer values: the file is damaged (never "[8], the saved one [8]").
    let mut short = s.clone();
    let st = short.state.as_mut().unwrap();
    st.weights.layers[0].params[1].values.pop();
    let msg = short.check_weights().unwrap_err().to_string();
    assert!(
        msg.contains("damaged") && !msg.contains("the saved one"),
        "{msg}"
    );
    // The input width changed: the first layer gets more inputs.
    let mut wider = s.clone();
    wider.network.input = layerlab::model::Shape::Flat(3);
    let msg = wider.check_weights().unwrap_err().to_string();
    assert!(msg.contains("3 inputs, 2 when saved"), "{msg}");
}

#[test]
fn saving_checks_the_path_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::default();
    let missing = dir.path().join("none/x.ron");
    let msg = s.save(&missing).unwrap_err().to_string();
    assert!(
        msg.contains("none/x.ron") && msg.contains("does not exist"),
        "{msg}"
    );
    let msg = s.save(dir.path()).unwrap_err().to_string();
    assert!(msg.contains("folder"), "{msg}");
    assert!(!msg.contains(".tmp-"), "{msg}");
}
