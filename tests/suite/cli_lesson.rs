//! `layerlab lesson check|list` and `--lesson`: a teacher's file is validated with exit 0,
//! or exit 2 naming the step and the field; a bad `--lesson` never opens the window.

use crate::common::cli::{json_lines, layerlab, ok, s, stderr};

const GOOD: &str = r#"Lesson(
    format: 1,
    title: {"en": "Mine", "zh-Hans": "我的"},
    steps: [
        Step(text: {"en": "Hello", "zh-Hans": "你好"}, load: Some(Builtin((kind: Xor, samples: 200, noise: 0.1, seed: 1)))),
        Step(
            text: {"en": "Train", "zh-Hans": "训练"},
            layers: Some("dense:8,relu"),
            settings: Some((lr: Some(0.03), epochs: Some(20))),
            wait: Some(TrainTo(20)),
            check: Some(TestAccuracyAtLeast(0.8)),
        ),
    ],
)"#;

#[test]
fn a_sound_lesson_checks_with_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.ron");
    std::fs::write(&file, GOOD).unwrap();
    let out = layerlab(&["lesson", "check", s(&file)]);
    ok(&out);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        text.contains("2 steps") && text.contains("en, zh-Hans"),
        "{text}"
    );
    let out = layerlab(&["lesson", "check", s(&file), "--json"]);
    ok(&out);
    let last = json_lines(&out).pop().unwrap();
    assert_eq!(last["event"], "summary");
    assert_eq!(last["steps"], 2);
}

#[test]
fn a_wrong_lesson_exits_2_naming_the_step_and_field() {
    let dir = tempfile::tempdir().unwrap();
    for (from, to, want) in [
        (
            "TestAccuracyAtLeast(0.8)",
            "TestAccuracyAtLeast(80.0)",
            "step 2, field `check`",
        ),
        ("dense:8,relu", "dense:8,relx", "step 2, field `layers`"),
        (
            "lr: Some(0.03)",
            "lr: Some(-1.0)",
            "step 2, field `settings.lr`",
        ),
        ("wait: Some", "wiat: Some", "step 2, field `wiat`"),
        ("samples: 200", "samples: 0", "step 1, field `load`"),
        ("format: 1", "format: 7", "field `format`"),
    ] {
        let file = dir.path().join("bad.ron");
        std::fs::write(&file, GOOD.replace(from, to)).unwrap();
        let out = layerlab(&["lesson", "check", s(&file)]);
        assert_eq!(out.status.code(), Some(2), "{to}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(want), "{to}: wanted {want:?} in {err}");
        assert!(err.contains("bad.ron"), "{err}");
    }
    let out = layerlab(&["lesson", "check", "/no/such/lesson.ron"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn the_shipped_lessons_are_listed_and_check() {
    let out = layerlab(&["lesson", "list", "--json"]);
    ok(&out);
    let last = json_lines(&out).pop().unwrap();
    let lessons = last["lessons"].as_array().unwrap();
    assert_eq!(lessons.len(), 5);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/lessons");
    for l in lessons {
        let file = root.join(format!("{}.ron", l["name"].as_str().unwrap()));
        ok(&layerlab(&["lesson", "check", s(&file)]));
    }
}

#[test]
fn an_unknown_lesson_exits_2_before_any_window() {
    let out = layerlab(&["--lesson", "no-such-lesson"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("new-cook") && err.contains("no such lesson"),
        "{err}"
    );
}
