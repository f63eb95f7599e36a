//! Hard edges of the command line (issue 12): bad input exits with code 2 and a message that
//! names the flag, file or field; no panic, no lost file, nothing read or written where the
//! user did not ask.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use crate::common;

use common::cli::{layerlab, s, stderr};

use common::session::trained_session;
use layerlab::session::{DataSource, SaveTarget, Session};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Asserts exit code 2, no panic, and that stderr mentions every needle.
fn refused(out: &Output, needles: &[&str]) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "exit code; stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    for n in needles {
        assert!(err.contains(n), "message should mention `{n}`: {err}");
    }
    err
}

/// iris.csv copied into `dir`.
fn iris_in(dir: &Path) -> PathBuf {
    let csv = dir.join("d.csv");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/iris.csv"),
        &csv,
    )
    .unwrap();
    csv
}

#[test]
fn save_never_overwrites_the_input_data() {
    let dir = tempfile::tempdir().unwrap();
    let csv = iris_in(dir.path());
    let before = std::fs::read(&csv).unwrap();
    let train = |save: &Path| {
        layerlab(&[
            "train",
            "--data",
            s(&csv),
            "--target",
            "species",
            "--epochs",
            "1",
            "--save",
            s(save),
        ])
    };
    refused(&train(&csv), &["d.csv", "overwrite", "--save"]);
    // The same file by another path: `..`, a symbolic link, a hard link.
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    refused(&train(&sub.join("../d.csv")), &["overwrite"]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&csv, dir.path().join("link.csv")).unwrap();
        refused(&train(&dir.path().join("link.csv")), &["overwrite"]);
        std::fs::hard_link(&csv, dir.path().join("hard.csv")).unwrap();
        refused(&train(&dir.path().join("hard.csv")), &["overwrite"]);
    }
    assert_eq!(
        std::fs::read(&csv).unwrap(),
        before,
        "the data is untouched"
    );

    // Continuing a session: its data file is protected as well.
    let ses = dir.path().join("s.ron");
    let out = train(&ses);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = layerlab(&["train", s(&ses), "--epochs", "1", "--save", s(&csv)]);
    refused(&out, &["overwrite"]);
    assert_eq!(std::fs::read(&csv).unwrap(), before);
    // Saving over the session itself is how it is continued.
    let out = layerlab(&["train", s(&ses), "--epochs", "1", "--save", s(&ses)]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn save_path_is_checked_before_training() {
    let dir = tempfile::tempdir().unwrap();
    let long = |save: &str| {
        let t0 = Instant::now();
        let out = layerlab(&[
            "train",
            "--builtin",
            "spiral",
            "--epochs",
            "100000",
            "--save",
            save,
        ]);
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "{save}: refused only after training"
        );
        out
    };
    let missing = dir.path().join("no/such/folder/x.ron");
    let err = refused(&long(s(&missing)), &[s(&missing), "does not exist"]);
    assert!(
        !err.contains(".tmp-"),
        "the hidden temp file is not named: {err}"
    );
    refused(&long(s(dir.path())), &["folder"]);
    #[cfg(unix)]
    {
        // A device and a pipe are never replaced by a regular file.
        use std::os::unix::fs::FileTypeExt;
        refused(&long("/dev/null"), &["/dev/null", "regular file"]);
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());
        let fifo = dir.path().join("pipe.ron");
        let made = Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|st| st.success()) {
            refused(&long(s(&fifo)), &["pipe.ron", "regular file"]);
            assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        }
        // A dangling link is refused with its target named.
        let dangling = dir.path().join("dangling.ron");
        std::os::unix::fs::symlink(dir.path().join("gone.ron"), &dangling).unwrap();
        refused(&long(s(&dangling)), &["dangling.ron", "gone.ron"]);
        // A folder that cannot be written (not as root, who may write anywhere).
        let ro = dir.path().join("ro");
        std::fs::create_dir(&ro).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
        if std::fs::write(ro.join("probe"), b"x").is_err() {
            refused(&long(s(&ro.join("x.ron"))), &["ro", "cannot be written"]);
        }
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_is_followed_and_its_target_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("real.ron", &link).unwrap();
    let out = layerlab(&[
        "train",
        "--builtin",
        "xor",
        "--epochs",
        "2",
        "--save",
        s(&link),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let back = Session::load(&real).unwrap();
    assert_eq!(back.state.unwrap().epoch, 2);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "{leftovers:?}");
}

#[test]
fn a_closed_stdout_stops_output_and_the_session_is_still_saved() {
    let dir = tempfile::tempdir().unwrap();
    // `| head -1`: read one line, then close the pipe (1,500 epoch lines are more than a
    // pipe buffer holds, so later writes fail).
    let ses = dir.path().join("p.ron");
    let mut child = Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .args([
            "train",
            "--builtin",
            "xor",
            "--epochs",
            "1500",
            "--save",
            s(&ses),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("epoch"), "{first}");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
    assert_eq!(Session::load(&ses).unwrap().state.unwrap().epoch, 1500);

    // `> /dev/full`: every write fails.
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let ses = dir.path().join("full.ron");
        for json in [false, true] {
            let mut args = vec![
                "train",
                "--builtin",
                "xor",
                "--epochs",
                "5",
                "--save",
                s(&ses),
            ];
            if json {
                args.push("--json");
            }
            let out = Command::new(env!("CARGO_BIN_EXE_layerlab"))
                .args(&args)
                .stdout(full.try_clone().unwrap())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            assert_eq!(Session::load(&ses).unwrap().state.unwrap().epoch, 5);
            std::fs::remove_file(&ses).unwrap();
        }
    }
}

#[test]
fn a_second_save_to_the_same_file_is_refused_while_the_first_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let ses = dir.path().join("busy.ron");
    // Another save in progress (held here, as the window or another run would).
    let held = SaveTarget::prepare(&ses).unwrap();
    let out = layerlab(&[
        "train",
        "--builtin",
        "xor",
        "--epochs",
        "3",
        "--save",
        s(&ses),
    ]);
    refused(&out, &["busy.ron", "being saved by another"]);
    assert!(!ses.exists(), "nothing was written");
    // Once it is done the next save goes through.
    drop(held);
    let out = layerlab(&[
        "train",
        "--builtin",
        "xor",
        "--epochs",
        "3",
        "--save",
        s(&ses),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn flags_are_validated_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let csv = iris_in(dir.path());
    let c = s(&csv);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--builtin", "xor", "--noise", "NaN"], "--noise"),
        (vec!["--builtin", "xor", "--noise", "inf"], "--noise"),
        (vec!["--builtin", "xor", "--noise", "-5"], "--noise"),
        (vec!["--builtin", "xor", "--lr", "NaN"], "--lr"),
        (vec!["--builtin", "xor", "--lr", "0"], "--lr"),
        (vec!["--builtin", "xor", "--l2", "-1"], "--l2"),
        (vec!["--builtin", "xor", "--l2", "inf"], "--l2"),
        (
            vec!["--builtin", "xor", "--split", "NaN,0.5,0.5"],
            "--split",
        ),
        (vec!["--builtin", "xor", "--split", "inf,0,0"], "--split"),
        (vec!["--builtin", "xor", "--batch", "0"], "--batch"),
        (vec!["--builtin", "xor", "--samples", "0"], "--samples"),
        (vec!["--builtin", "xor", "--embed-data"], "--embed-data"),
        (
            vec!["--builtin", "xor", "--categorical", "x"],
            "--categorical",
        ),
        (
            vec![
                "--data",
                c,
                "--target",
                "species",
                "--categorical",
                "nosuch",
            ],
            "--categorical `nosuch`",
        ),
    ];
    for (args, needle) in cases {
        let mut all = vec!["train", "--epochs", "1"];
        all.extend(args.iter().copied());
        refused(&layerlab(&all), &[needle]);
    }
    refused(
        &layerlab(&["inspect", c, "--categorical", "sepal_length,nosuch"]),
        &["--categorical `nosuch`", "species"],
    );
}

#[test]
fn a_continued_session_refuses_flags_it_cannot_change() {
    let dir = tempfile::tempdir().unwrap();
    let ses = dir.path().join("x.ron");
    let out = layerlab(&[
        "train",
        "--builtin",
        "xor",
        "--epochs",
        "2",
        "--save",
        s(&ses),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (flag, value) in [
        ("--target", "#0"),
        ("--split", "0.5,0.25,0.25"),
        ("--image", "1x1x2"),
        ("--categorical", "x"),
        ("--samples", "50"),
        ("--noise", "0.3"),
        ("--data-seed", "3"),
        ("--seed", "3"),
        ("--init", "zeros"),
    ] {
        let out = layerlab(&["train", s(&ses), "--epochs", "1", flag, value]);
        refused(&out, &[flag, "cannot change a session that continues"]);
    }
    // Flags a continued run may change still work.
    let out = layerlab(&[
        "train",
        s(&ses),
        "--epochs",
        "1",
        "--lr",
        "0.001",
        "--batch",
        "8",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A session in `dir/sub` whose data file is `dir/d.csv` (outside its folder).
fn session_outside(dir: &Path) -> PathBuf {
    let csv = iris_in(dir);
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    let ses = sub.join("s.ron");
    let out = layerlab(&[
        "train",
        "--data",
        s(&csv),
        "--target",
        "species",
        "--epochs",
        "1",
        "--save",
        s(&ses),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    ses
}

#[test]
fn data_outside_the_sessions_folder_is_named_or_refused() {
    let dir = tempfile::tempdir().unwrap();
    let ses = session_outside(dir.path());
    let real = std::fs::canonicalize(dir.path().join("d.csv")).unwrap();
    let note = format!(
        "reading data outside the session's folder: {}",
        real.display()
    );
    for cmd in [
        vec!["eval", s(&ses)],
        vec!["train", s(&ses), "--epochs", "1"],
    ] {
        let out = layerlab(&cmd);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains(&note), "{cmd:?}: {}", stderr(&out));
        let mut no = cmd.clone();
        no.push("--no-outside-data");
        refused(&layerlab(&no), &[s(&real), "--no-outside-data"]);
    }
    // Inside the folder: no note.
    let inside = dir.path().join("inside.ron");
    let out = layerlab(&[
        "train",
        "--data",
        s(&dir.path().join("d.csv")),
        "--target",
        "species",
        "--epochs",
        "1",
        "--save",
        s(&inside),
    ]);
    assert!(out.status.success());
    let out = layerlab(&["eval", s(&inside), "--no-outside-data"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("outside"), "{}", stderr(&out));
}

/// A trained xor session saved in a fresh folder, and its text.
fn xor_session() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let ses = dir.path().join("x.ron");
    let out = layerlab(&[
        "train",
        "--builtin",
        "xor",
        "--epochs",
        "2",
        "--save",
        s(&ses),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&ses).unwrap();
    (dir, ses, text)
}

#[test]
fn impossible_sessions_are_refused_naming_the_field() {
    let (dir, ses, text) = xor_session();
    let edit = |name: &str, from: &str, to: &str| {
        assert!(text.contains(from), "{from} in the session");
        let p = dir.path().join(name);
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
        p
    };
    let v0 = edit("v0.ron", "format_version: 1,", "format_version: 0,");
    for cmd in ["eval", "train"] {
        refused(&layerlab(&[cmd, s(&v0)]), &["v0.ron", "format_version"]);
    }
    let epoch = edit("ep.ron", "    epoch: 2,", "    epoch: 4294967290,");
    refused(
        &layerlab(&["train", s(&epoch), "--epochs", "10"]),
        &["ep.ron", "state.epoch", "--epochs"],
    );
    let pos = edit("pos.ron", "batch_in_epoch: 0,", "batch_in_epoch: 99999,");
    refused(
        &layerlab(&["train", s(&pos), "--epochs", "1"]),
        &["pos.ron", "state.batch_in_epoch"],
    );
    // NaN in the weights and in the optimizer state: written through the library.
    let mut s0 = Session::load(&ses).unwrap();
    let st = s0.state.as_mut().unwrap();
    st.weights.layers[0].params[0].values[1] = f32::NAN;
    let nan = dir.path().join("nan.ron");
    s0.save(&nan).unwrap();
    for cmd in ["eval", "train"] {
        refused(
            &layerlab(&[cmd, s(&nan)]),
            &["nan.ron", "state.weights", "NaN"],
        );
    }
    let mut s1 = Session::load(&ses).unwrap();
    s1.state.as_mut().unwrap().optimizer.slots[0].second[0] = f32::INFINITY;
    let inf = dir.path().join("inf.ron");
    s1.save(&inf).unwrap();
    refused(
        &layerlab(&["train", s(&inf)]),
        &["inf.ron", "state.optimizer"],
    );
}

#[test]
fn tampered_embedded_data_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let csv = iris_in(dir.path());
    let ses = dir.path().join("e.ron");
    let out = layerlab(&[
        "train",
        "--data",
        s(&csv),
        "--target",
        "species",
        "--epochs",
        "1",
        "--save",
        s(&ses),
        "--embed-data",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&ses).unwrap();
    let at = text.find("embedded:").expect("embedded data");
    let tampered = format!(
        "{}{}",
        &text[..at],
        text[at..].replacen("setosa", "SETOSA", 1)
    );
    assert_ne!(tampered, text);
    std::fs::write(&ses, tampered).unwrap();
    std::fs::remove_file(&csv).unwrap();
    for cmd in ["eval", "train"] {
        refused(&layerlab(&[cmd, s(&ses)]), &["e.ron", "data.embedded"]);
    }
}

#[test]
fn weight_mismatches_say_what_differs_without_blaming_the_optimizer() {
    let dir = tempfile::tempdir().unwrap();
    let mut sess = trained_session("dense:8,relu", 1);
    sess.network.layers = layerlab::model::parse_layers("dense:6,relu").unwrap();
    let ses = dir.path().join("m.ron");
    sess.save(&ses).unwrap();
    let err = refused(
        &layerlab(&["train", s(&ses), "--epochs", "1"]),
        &["m.ron", "units"],
    );
    assert!(!err.contains(".."), "no double period: {err}");
    assert!(!err.contains("--optimizer"), "{err}");
    assert!(!err.contains("the saved one"), "{err}");

    // A consistent session with another optimizer: that is what to drop.
    let ok = dir.path().join("ok.ron");
    trained_session("dense:8,relu", 1).save(&ok).unwrap();
    let err = refused(
        &layerlab(&["train", s(&ok), "--epochs", "1", "--optimizer", "sgd"]),
        &["drop --optimizer"],
    );
    assert!(!err.contains(".."), "{err}");
}

#[test]
fn quotes_from_files_are_escaped_and_short() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("evil.csv");
    let long = "y".repeat(500);
    std::fs::write(
        &csv,
        // An escape sequence in a column name (NUL bytes make the file binary: refused
        // earlier, see tests/cli_limits.rs).
        format!("a,b\u{1b}[31mx,{long}\n1,2,3\n4,5,6\n7,8,9\n"),
    )
    .unwrap();
    let out = layerlab(&["inspect", s(&csv), "--categorical", "nosuch"]);
    let err = refused(&out, &["--categorical `nosuch`"]);
    assert!(!err.contains('\0') && !err.contains('\u{1b}'), "{err:?}");
    assert!(!err.contains(&long), "a 500-character name is cut: {err}");
}

#[test]
fn too_many_classes_and_categories_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    // A text target with 1,100 values.
    let csv = dir.path().join("ids.csv");
    let mut text = String::from("x,label\n");
    for i in 0..1100 {
        text += &format!("{i},c{i}\n");
    }
    std::fs::write(&csv, &text).unwrap();
    let err = refused(
        &layerlab(&[
            "train",
            "--data",
            s(&csv),
            "--target",
            "label",
            "--epochs",
            "1",
        ]),
        &["target", "label", "--target"],
    );
    assert!(
        !err.contains("max_categories") && !err.contains("features"),
        "{err}"
    );
    // A feature with 60 categories.
    let csv = dir.path().join("feat.csv");
    let mut text = String::from("id,y\n");
    for i in 0..120 {
        text += &format!("u{},{}\n", i % 60, i % 2);
    }
    std::fs::write(&csv, &text).unwrap();
    let err = refused(
        &layerlab(&["train", "--data", s(&csv), "--target", "y", "--epochs", "1"]),
        &["`id`", "remove the column"],
    );
    assert!(!err.contains("max_categories"), "{err}");
}

#[test]
fn a_session_opened_through_a_symlink_finds_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let csv = iris_in(dir.path());
    let ses = dir.path().join("s.ron");
    let out = layerlab(&[
        "train",
        "--data",
        s(&csv),
        "--target",
        "species",
        "--epochs",
        "1",
        "--save",
        s(&ses),
    ]);
    assert!(out.status.success());
    let back = Session::load(&ses).unwrap();
    assert!(matches!(back.data, DataSource::File { .. }));
    #[cfg(unix)]
    {
        let other = tempfile::tempdir().unwrap();
        let link = other.path().join("s.ron");
        std::os::unix::fs::symlink(&ses, &link).unwrap();
        let out = layerlab(&["eval", s(&link)]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
}
