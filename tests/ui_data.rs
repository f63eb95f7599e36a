//! Data through the window: a CSV typed into the path field loads and previews; a bad CSV
//! shows its error in the window; rows dropped for a missing target are named with their lines.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;

fn load_path(
    h: &mut egui_kittest::Harness<'static, layerlab::window::LabApp>,
    path: &std::path::Path,
) {
    h.get_by_label("Data tab").click();
    h.run_steps(2);
    h.get_by_label("Path").click();
    h.run_steps(1);
    h.get_by_label("Path")
        .type_text(&path.display().to_string());
    h.run_steps(1);
    h.get_by_label("Load").click();
    h.run_steps(1);
}

#[test]
fn a_bad_csv_shows_its_error_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ragged.csv");
    std::fs::write(&path, "a,b,label\n1,2,x\n3,4\n5,6,y\n").unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    load_path(&mut h, &path);
    step_until(&mut h, 30, "the error", |a| a.state.data.error.is_some());
    h.run_steps(2);
    let err = h.state().state.data.error.as_ref().unwrap().to_string();
    assert!(err.contains("line 3"), "{err}");
    h.get_by_label_contains("this row has 2 fields");
    // The window keeps working: the previous dataset is still usable? No: the failed file
    // is not in use, and the error says what to do.
    assert!(err.contains("Fix the row"), "{err}");
}

#[test]
fn a_missing_file_says_so() {
    let mut h = harness();
    wait_for_data(&mut h);
    load_path(&mut h, std::path::Path::new("/nonexistent/file.csv"));
    step_until(&mut h, 30, "the error", |a| a.state.data.error.is_some());
    h.run_steps(2);
    h.get_by_label_contains("could not read");
}

#[test]
fn a_good_csv_previews_and_trains() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.csv");
    let mut text = String::from("x1,x2,colour\n");
    for i in 0..60 {
        let a = (i as f32) / 60.0;
        let label = if i % 2 == 0 { "red" } else { "blue" };
        let missing = if i == 7 {
            String::new()
        } else {
            format!("{:.3}", 1.0 - a)
        };
        text.push_str(&format!("{a:.3},{missing},{label}\n"));
    }
    std::fs::write(&path, text).unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    load_path(&mut h, &path);
    step_until(&mut h, 30, "the csv", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.name.contains("small"))
    });
    h.run_steps(2);
    h.get_by_label("colour");
    h.get_by_label("numeric, 1 missing");
    h.get_by_label_contains("Preview of small.csv");
    let ds = h.state().state.data.dataset.clone().unwrap();
    assert_eq!(ds.task.num_classes(), 2);
    assert_eq!(ds.input_shape.numel(), 2);
}

#[test]
fn loading_shows_progress_and_can_be_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut text = String::from("a,b,c,d,label\n");
    let row = "0.125,1.5,2.25,3.75,x\n";
    while text.len() < 24 << 20 {
        text.push_str(row);
    }
    std::fs::write(&path, text).unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    let before = h.state().state.data.dataset.clone();
    h.get_by_label("Data tab").click();
    h.run_steps(2);
    h.state_mut().apply(layerlab::app::Command::LoadCsv(path));
    h.run_steps(1);
    assert!(
        h.state().state.data.loading.is_some(),
        "a progress bar while reading"
    );
    h.get_by_label("Cancel").click();
    step_until(&mut h, 60, "the cancellation", |a| {
        a.state.data.loading.is_none()
    });
    h.run_steps(2);
    let err = h
        .state()
        .state
        .data
        .error
        .as_ref()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("cancelled"), "{err}");
    assert_eq!(
        h.state().state.data.dataset,
        before,
        "the data in use did not change"
    );
}

#[test]
fn a_sessions_missing_csv_can_be_located_and_keeps_the_weights() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    let moved = dir.path().join("moved");
    std::fs::create_dir_all(&first).unwrap();
    std::fs::create_dir_all(&moved).unwrap();
    let csv = first.join("flowers.csv");
    let ses = dir.path().join("s.ron");
    common::ui::iris_session(&csv, &ses, 3, &[]);
    let new_place = moved.join("renamed.csv");
    std::fs::rename(&csv, &new_place).unwrap();

    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open or save by path…").click();
    h.run_steps(2);
    h.get_by_label("Session path").click();
    h.run_steps(1);
    h.get_by_label("Session path")
        .type_text(&ses.display().to_string());
    h.run_steps(1);
    h.get_by_label("Open path").click();
    step_until(&mut h, 30, "the session with its data error", |a| {
        a.state.data.error.is_some() && a.state.training.state.is_some()
    });
    let err = h.state().state.data.error.as_ref().unwrap().to_string();
    assert!(
        err.contains("flowers.csv") && err.contains("locate it"),
        "{err}"
    );
    h.run_steps(2);

    load_path(&mut h, &new_place);
    step_until(&mut h, 30, "the located data", |a| {
        a.state.data.dataset.is_some()
    });
    let st = &h.state().state;
    assert_eq!(
        st.data.config.target,
        layerlab::data::TargetSpec::Name("species".into()),
        "the session's preparation is kept"
    );
    assert_eq!(
        st.training.state.as_ref().map(|s| s.epoch),
        Some(3),
        "the trained weights are kept"
    );
    assert!(st.data.error.is_none());
}

#[test]
fn a_word_in_a_number_column_offers_to_read_it_as_categories() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/stray_text.csv");
    let mut h = harness();
    wait_for_data(&mut h);
    load_path(&mut h, &path);
    step_until(&mut h, 30, "the stray-text error", |a| {
        a.state
            .data
            .error
            .as_ref()
            .is_some_and(|e| e.stray_column().is_some())
    });
    h.run_steps(2);
    let err = h.state().state.data.error.as_ref().unwrap().to_string();
    assert!(err.contains("line") && err.contains("`y`"), "{err}");
    h.get_by_label("Read column `y` as categorical").click();
    h.run_steps(1);
    step_until(&mut h, 30, "the data read again", |a| {
        a.state.data.loading.is_none()
            && a.state.data.config.read.categorical_columns == ["y"]
            && a.state.data.dataset.is_some()
    });
    assert!(h.state().state.data.error.is_none());
    let st = &h.state().state;
    assert_eq!(
        st.data.config.read.categorical_columns,
        vec!["y".to_string()]
    );
    let table = st.data.table.as_ref().unwrap();
    assert_eq!(
        table.column("y").unwrap().column_type(),
        layerlab::data::ColumnType::Categorical
    );
}

#[test]
fn the_delimiter_and_decimal_commas_can_be_chosen() {
    use layerlab::app::Command;
    use layerlab::data::{ColumnData, ReadOptions};
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/semicolon_bom_crlf.csv");
    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().apply(Command::LoadCsv(path));
    step_until(&mut h, 30, "the file", |a| {
        a.state.data.table.is_some() && a.state.data.loading.is_none()
    });
    h.run_steps(2);
    let table = h.state().state.data.table.clone().unwrap();
    assert_eq!(table.delimiter, b';', "detected");
    let score = table.columns.iter().find(|c| c.name == "score").unwrap();
    assert!(
        matches!(score.data, ColumnData::Numeric(_)),
        "1,5 is a number"
    );
    h.get_by_label("Data tab").click();
    h.run_steps(2);
    h.get_by_label("Delimiter");
    h.get_by_label("Decimal comma");

    // No decimal commas: `1,5` is a word, so the column becomes categorical.
    let read = ReadOptions {
        decimal_comma: Some(false),
        stray_text: layerlab::data::StrayText::Categorical,
        ..h.state().state.data.config.read.clone()
    };
    h.state_mut().apply(Command::RereadCsv(read.clone()));
    step_until(&mut h, 30, "the reread", |a| {
        a.state.data.loading.is_none()
            && a.state.data.table.as_ref().is_some_and(|t| {
                t.columns
                    .iter()
                    .any(|c| c.name == "score" && !matches!(c.data, ColumnData::Numeric(_)))
            })
    });
    assert_eq!(
        h.state().state.data.config.read.decimal_comma,
        Some(false),
        "kept for the session"
    );

    // A forced comma delimiter splits the file differently.
    h.state_mut().apply(Command::RereadCsv(ReadOptions {
        delimiter: Some(b','),
        ..read
    }));
    step_until(&mut h, 30, "the comma reread", |a| {
        a.state.data.loading.is_none()
            && (a.state.data.error.is_some()
                || a.state
                    .data
                    .table
                    .as_ref()
                    .is_some_and(|t| t.delimiter == b','))
    });
}

#[test]
fn rows_without_a_target_are_named_in_the_window_with_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gaps.csv");
    let mut text = String::from("x,y\n");
    for i in 0..40 {
        // Lines 5 and 9 have no target.
        if i == 3 || i == 7 {
            text.push_str(&format!("{i},\n"));
        } else {
            text.push_str(&format!("{i},{}.5\n", i * 3));
        }
    }
    std::fs::write(&path, text).unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    load_path(&mut h, &path);
    step_until(&mut h, 30, "the csv", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.name == "gaps.csv")
    });
    h.run_steps(2);
    h.get_by_label_contains("dropped 2 row(s) with no value in target `y` (lines 5, 9)");
    let ds = h.state().state.data.dataset.clone().unwrap();
    assert!(!ds.target_scale.is_identity(), "standardized by default");
    // The preparation panel offers the choice (a combo box labelled Target scaling).
    h.get_by_label("Target scaling");
}
