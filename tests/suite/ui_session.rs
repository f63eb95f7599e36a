//! Sessions through the window: save and open through the path field (no file dialog),
//! the unsaved-changes prompt, and a damaged file's error dialog.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use layerlab::app::{Modal, Phase};
use layerlab::model::LayerSpec;
use layerlab::window::LabApp;
use std::path::Path;

/// Opens File ▸ Open or save by path… and types the path (the field keeps what was
/// typed before, so only the first call types).
fn type_session_path(h: &mut Harness<'static, LabApp>, path: &Path) {
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open or save by path…").click();
    h.run_steps(2);
    if h.state().ui.session_path.is_empty() {
        h.get_by_label("Session path").click();
        h.run_steps(1);
        h.get_by_label("Session path")
            .type_text(&path.display().to_string());
        h.run_steps(1);
    }
    assert_eq!(h.state().ui.session_path, path.display().to_string());
}

#[test]
fn save_and_open_through_the_path_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lab.ron");
    let mut h = harness();
    wait_for_data(&mut h);

    // A changed network, trained for one epoch.
    h.get_by_label("More Layer 1 units").click();
    h.run_steps(2);
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "one epoch", |a| {
        a.state.training.history.epochs.len() == 1 && a.state.training.phase == Phase::Paused
    });
    h.get_by_label("Stop").click();
    step_until(&mut h, 30, "the stop", |a| {
        !a.state.training.phase.is_active()
    });

    type_session_path(&mut h, &path);
    h.get_by_label("Save to path").click();
    step_until(&mut h, 30, "the save", |a| {
        a.state.session_path.as_deref() == Some(path.as_path()) && !a.state.flow.is_dirty()
    });
    assert!(path.exists());

    // Change things, then open the file again: the prompt asks first.
    h.get_by_label("Presets").click();
    h.run_steps(2);
    h.get_by_label("Deep MLP").click();
    h.run_steps(2);
    assert!(h.state().state.flow.is_dirty());
    type_session_path(&mut h, &path);
    h.get_by_label("Open path").click();
    h.run_steps(4);
    assert!(matches!(h.state().state.modal, Some(Modal::Unsaved { .. })));
    h.get_by_label("Don't save").click();
    step_until(&mut h, 30, "the session", |a| {
        a.state.editor.layers.first() == Some(&LayerSpec::dense(9))
            && a.state.data.dataset.is_some()
    });
    h.run_steps(2);
    let st = &h.state().state;
    assert_eq!(st.editor.layers.len(), 4);
    assert!(st.training.state.is_some(), "weights restored");
    assert_eq!(st.training.history.epochs.len(), 1, "history restored");
    assert!(!st.flow.is_dirty());
    assert!(st.recent.first().is_some_and(|p| p == &path));
    h.get_by_label("Total parameters: 125");
    // Training continues from the saved weights.
    h.get_by_label("Step batch").click();
    step_until(&mut h, 60, "one more batch", |a| {
        a.state.training.phase == Phase::Paused
    });
}

#[test]
fn a_damaged_session_shows_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "(format_version: 1, name: \"x\", network: (layers: [Dense(units: ]))",
    )
    .unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    type_session_path(&mut h, &path);
    h.get_by_label("Open path").click();
    step_until(&mut h, 30, "the error dialog", |a| {
        matches!(a.state.modal, Some(Modal::Error { .. }))
    });
    h.run_steps(2);
    h.get_by_label("Could not open the session");
    assert!(
        h.get_all_by_label_contains("line 1, column").count() >= 1,
        "the dialog names the spot"
    );
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.state().state.modal.is_none());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("More Layer 1 units").click();
    h.run_steps(2);
    assert!(h.state().state.flow.is_dirty());
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Quit").click();
    h.run_steps(4);
    assert!(matches!(h.state().state.modal, Some(Modal::Unsaved { .. })));
    assert!(!h.state().state.flow.close_confirmed());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.state().state.modal.is_none());
    assert!(
        !h.state().state.flow.close_confirmed(),
        "cancel keeps the window open"
    );
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Quit").click();
    h.run_steps(4);
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    assert!(h.state().state.flow.close_confirmed());
}

#[test]
fn autosave_while_training_and_the_recovery_offer() {
    let dir = tempfile::tempdir().unwrap();
    let autosave = dir.path().join("recovery.ron");
    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().state.autosave_path = Some(autosave.clone());
    h.get_by_label("More Layer 1 units").click();
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "the autosave", |_| autosave.exists());
    step_until(&mut h, 60, "the pause", |a| {
        a.state.training.phase == Phase::Paused
    });
    drop(h);
    // Closing cleanly removes the autosave; put it back as if the app had crashed.
    assert!(!autosave.exists(), "a clean exit removes the autosave");

    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().state.autosave_path = Some(autosave.clone());
    h.get_by_label("More Layer 1 units").click();
    h.get_by_label("Step batch").click();
    step_until(&mut h, 60, "the autosave", |_| autosave.exists());
    let crashed = dir.path().join("crashed.ron");
    step_until(&mut h, 30, "a copy", |_| {
        std::fs::copy(&autosave, &crashed).is_ok()
    });
    drop(h);

    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().state.modal = Some(Modal::Recovery {
        path: crashed.clone(),
    });
    h.run_steps(4);
    h.get_by_label("Restore").click();
    step_until(&mut h, 30, "the restored session", |a| {
        a.state.editor.layers.first() == Some(&LayerSpec::dense(9))
    });
    assert!(
        h.state().state.flow.is_dirty(),
        "a restored session is unsaved"
    );
    assert!(h.state().state.session_path.is_none());
}

#[test]
fn example_sessions_open_from_the_menu() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().state.scan_examples();
    let first = h
        .state()
        .state
        .examples
        .first()
        .cloned()
        .expect("the example sessions in saves/ are found");
    let stem = first.file_stem().unwrap().to_string_lossy().into_owned();
    h.get_by_label("Examples").click();
    h.run_steps(2);
    h.get_by_label(&stem).click();
    step_until(&mut h, 60, "the example", |a| {
        a.state.session_path.as_deref() == Some(first.as_path()) || a.state.modal.is_some()
    });
    assert!(
        h.state().state.modal.is_none(),
        "{:?}",
        h.state().state.modal
    );
    assert!(h.state().state.data.dataset.is_some() || h.state().state.data.error.is_some());
}

#[test]
fn saving_while_training_writes_the_current_weights() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live.ron");
    let mut h = harness();
    wait_for_data(&mut h);
    let mut cfg = h.state().state.config.clone();
    cfg.epochs = 100_000;
    h.state_mut()
        .state
        .apply(layerlab::app::Command::SetConfig(cfg));
    h.get_by_label("Train").click();
    step_until(&mut h, 60, "three epochs", |a| {
        a.state.training.history.epochs.len() >= 3
    });
    type_session_path(&mut h, &path);
    h.get_by_label("Save to path").click();
    step_until(&mut h, 60, "the save", |a| {
        a.state.session_path.as_deref() == Some(path.as_path())
    });
    let s = layerlab::session::Session::load(&path).unwrap();
    let st = s
        .state
        .expect("the saved session carries the weights of the running network");
    let epochs = s.history.epochs.len() as i64;
    assert!(
        (epochs - st.epoch as i64).abs() <= 1,
        "history {epochs} epochs vs weights at epoch {}",
        st.epoch
    );
    h.get_by_label("⏸ Pause").click();
    h.run_steps(2);
}

#[test]
fn saving_keeps_embedded_data() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("flowers.csv");
    let first = dir.path().join("first.ron");
    common::ui::iris_session(&csv, &first, 2, &["--embed-data"]);
    std::fs::remove_file(&csv).unwrap();

    let mut h = harness();
    wait_for_data(&mut h);
    type_session_path(&mut h, &first);
    h.get_by_label("Open path").click();
    step_until(&mut h, 30, "the session from its embedded data", |a| {
        a.state.session_path.as_deref() == Some(first.as_path()) && a.state.data.dataset.is_some()
    });
    let second = dir.path().join("second.ron");
    h.state_mut().ui.session_path = second.display().to_string();
    h.run_steps(1);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open or save by path…").click();
    h.run_steps(2);
    h.get_by_label("Save to path").click();
    step_until(&mut h, 30, "the save", |a| {
        a.state.session_path.as_deref() == Some(second.as_path())
    });
    let s = layerlab::session::Session::load(&second).unwrap();
    match s.data {
        layerlab::session::DataSource::File {
            embedded, sha256, ..
        } => {
            assert!(
                embedded.is_some_and(|t| t.starts_with("sepal_length")),
                "the embedded copy is kept"
            );
            assert!(!sha256.is_empty(), "the saved hash is kept");
        }
        other => panic!("unexpected data source {other:?}"),
    }
}

#[test]
fn quit_with_save_waits_for_the_save_and_stays_open_if_it_fails() {
    for (ok, name) in [(true, "ok.ron"), (false, "missing-folder/bad.ron")] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        let mut h = harness();
        wait_for_data(&mut h);
        h.get_by_label("More Layer 1 units").click();
        h.run_steps(2);
        h.state_mut().state.session_path = Some(path.clone());
        h.get_by_label("File").click();
        h.run_steps(2);
        h.get_by_label("Quit").click();
        h.run_steps(4);
        h.get_by_label("Save").click();
        if ok {
            step_until(&mut h, 30, "the save, then the quit", |a| {
                a.state.flow.close_confirmed()
            });
            assert!(path.exists());
        } else {
            step_until(&mut h, 30, "the failed save", |a| {
                a.state.modal.is_some() && !a.state.flow.is_saving()
            });
            h.run_steps(2);
            assert!(
                !h.state().state.flow.close_confirmed(),
                "a failed save keeps the window open"
            );
            assert!(h.state().state.flow.is_dirty(), "and the work unsaved");
        }
    }
}

#[test]
fn data_outside_the_sessions_folder_is_read_only_after_asking() {
    use layerlab::app::Command;
    let dir = tempfile::tempdir().unwrap();
    let (data_dir, session_dir) = (dir.path().join("data"), dir.path().join("sessions"));
    std::fs::create_dir_all(&data_dir).unwrap();
    std::fs::create_dir_all(&session_dir).unwrap();
    let csv = data_dir.join("iris.csv");
    let session = session_dir.join("iris.ron");
    common::ui::iris_session(&csv, &session, 2, &[]);

    for allow in [false, true] {
        let mut h = harness();
        wait_for_data(&mut h);
        h.state_mut().apply(Command::OpenSession(session.clone()));
        step_until(&mut h, 30, "the question", |a| {
            matches!(a.state.modal, Some(Modal::OutsideData { .. }))
        });
        h.run_steps(2);
        match &h.state().state.modal {
            Some(Modal::OutsideData { data, .. }) => {
                assert_eq!(
                    data,
                    &csv.canonicalize().unwrap(),
                    "the dialog shows the real path"
                );
            }
            other => panic!("expected the question, got {other:?}"),
        }
        // Nothing was read before the answer: the built-in data is still in use.
        assert!(h.state().state.session_path.is_none());
        let answer = if allow {
            "Read it"
        } else {
            "Open without the data"
        };
        h.get_by_label(answer).click();
        step_until(&mut h, 30, "the session", |a| {
            a.state.session_path.is_some()
        });
        h.run_steps(2);
        let st = &h.state().state;
        if allow {
            assert!(st.data.dataset.is_some(), "the data was read");
            assert!(st.data.error.is_none());
        } else {
            assert!(st.data.dataset.is_none(), "the data was not read");
            let err = st
                .data
                .error
                .as_ref()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(err.contains("outside the session's folder"), "{err}");
            assert!(st.training.state.is_some(), "the weights still open");
        }
    }
}

#[test]
fn the_window_exports_and_predicts_off_the_ui_thread() {
    use layerlab::app::{Command, DialogPurpose};
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("iris.csv");
    let session = dir.path().join("iris.ron");
    common::ui::iris_session(&csv, &session, 3, &[]);
    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().apply(Command::OpenSession(session.clone()));
    step_until(&mut h, 30, "the session", |a| {
        a.state.session_path.is_some() && a.state.data.dataset.is_some()
    });
    assert!(h.state().state.output_blocker().is_none());
    let exported = |h: &Harness<'static, LabApp>, what: &str| {
        h.state()
            .state
            .notice
            .as_ref()
            .is_some_and(|n| n.text.starts_with(what))
    };

    let onnx = dir.path().join("model.onnx");
    h.state_mut().apply(Command::ExportTo {
        kind: DialogPurpose::ExportOnnx,
        path: onnx.clone(),
    });
    step_until(&mut h, 60, "the ONNX export", |a| {
        a.state.jobs_running() == 0 && onnx.exists()
    });
    h.run_steps(2);
    assert!(
        exported(&h, "exported the ONNX model"),
        "{:?}",
        h.state().state.notice
    );
    assert!(std::fs::metadata(&onnx).unwrap().len() > 100);

    let project = dir.path().join("torch");
    h.state_mut().apply(Command::ExportTo {
        kind: DialogPurpose::ExportPytorch,
        path: project.clone(),
    });
    step_until(&mut h, 60, "the PyTorch export", |a| {
        a.state.jobs_running() == 0 && project.join("train.py").exists()
    });
    h.run_steps(2);
    assert!(
        exported(&h, "exported the PyTorch project"),
        "{:?}",
        h.state().state.notice
    );
    for f in ["model.py", "weights.safetensors", "preprocess.json"] {
        assert!(project.join(f).exists(), "{f}");
    }

    h.state_mut().apply(Command::PredictFile(csv.clone()));
    let out = dir.path().join("iris.predictions.csv");
    step_until(&mut h, 60, "the predictions", |a| {
        a.state.jobs_running() == 0 && out.exists()
    });
    h.run_steps(2);
    assert!(
        exported(&h, "predicted 150 of 150 rows of iris.csv"),
        "{:?}",
        h.state().state.notice
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("row,species,p("),
        "{}",
        &text[..60.min(text.len())]
    );
    assert_eq!(text.lines().count(), 151);

    // The Judge offers it; File ▸ Export too.
    h.get_by_label("Judge tab").click();
    h.run_steps(2);
    h.get_by_label("Predict a CSV");
}
