//! Data through the window: a CSV typed into the path field loads and previews; a bad CSV
//! shows its error in the window; rows dropped for a missing target are named with their lines.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;

fn load_path(
    h: &mut egui_kittest::Harness<'static, layerlab::window::LabApp>,
    path: &std::path::Path,
) {
    h.get_by_label("Data tab").click();
    h.run_steps(2);
    h.get_by_label("CSV file").click();
    h.run_steps(1);
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

/// Opens the Data tab once the start-up data is there.
fn data_tab() -> egui_kittest::Harness<'static, layerlab::window::LabApp> {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Data tab").click();
    h.run_steps(2);
    h
}

#[test]
fn only_the_panel_of_the_data_in_use_is_shown() {
    let mut h = data_tab();
    // Built-in data in use: its settings, no file fields.
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Noise");
    assert!(h.query_by_label("Path").is_none(), "no CSV fields");
    assert!(h.query_by_label("Delimiter").is_none());
    // The target chooser is at the top, above the source panel.
    let predict = h.get_by_label("Predict").rect();
    let noise = h.get_by_label("Dataset").rect();
    assert!(predict.max.y <= noise.min.y, "{predict:?} above {noise:?}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pairs.csv");
    std::fs::write(&path, "a,b,c,label\n1,2,3,x\n4,5,6,y\n7,8,9,x\n1,1,1,y\n").unwrap();
    load_path(&mut h, &path);
    step_until(&mut h, 60, "the CSV", |a| {
        matches!(
            a.state.data.origin,
            Some(layerlab::app::DataOrigin::File(_))
        ) && a.state.data.dataset.is_some()
    });
    h.run_steps(2);
    // A CSV in use: how it is read, and no built-in settings (no spiral noise).
    h.get_by_label("Delimiter");
    assert!(h.query_by_label("Noise").is_none(), "no built-in settings");
    assert!(h.query_by_label("Samples").is_none());
    assert!(h.query_by_label("Dataset").is_none());

    // Back to built-in data: used at once, its panel returns.
    h.get_by_label("Built-in dataset").click();
    step_until(&mut h, 60, "the built-in data", |a| {
        matches!(
            a.state.data.origin,
            Some(layerlab::app::DataOrigin::Builtin(_))
        ) && !a.state.data.preparing
    });
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Noise");
    assert!(h.query_by_label("Delimiter").is_none());
}

#[test]
fn a_noise_slider_change_regenerates_the_data_at_once() {
    let mut h = data_tab();
    let before = h.state().state.data.dataset.clone().unwrap();
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Noise")
        .set_value_accesskit(0.4);
    step_until(&mut h, 60, "data with more noise", |a| {
        matches!(a.state.data.origin, Some(layerlab::app::DataOrigin::Builtin(s)) if (s.noise - 0.4).abs() < 1e-6)
            && !a.state.data.preparing
    });
    let after = h.state().state.data.dataset.clone().unwrap();
    assert_ne!(before.train.x, after.train.x, "new points");
    assert_eq!(before.train.rows, after.train.rows);
    // The sample count too, with no button to press.
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Samples")
        .set_value_accesskit(200.0);
    step_until(&mut h, 60, "200 samples", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.train.rows + d.val.rows + d.test.rows == 200)
    });
}

#[test]
fn input_feature_toggles_set_the_networks_inputs() {
    let mut h = data_tab();
    assert_eq!(
        h.state().state.net.input,
        Some(layerlab::model::Shape::Flat(2))
    );
    h.get_by_label("x1²").click();
    step_until(&mut h, 60, "three inputs", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.input_shape.numel() == 3)
    });
    h.get_by_label("x1·x2").click();
    step_until(&mut h, 60, "four inputs", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.input_shape.numel() == 4)
    });
    let st = &h.state().state;
    assert_eq!(
        st.data.dataset.as_ref().unwrap().feature_names,
        ["x1", "x2", "x1²", "x1·x2"]
    );
    assert_eq!(
        st.net.input,
        Some(layerlab::model::Shape::Flat(4)),
        "the network follows"
    );
    h.run_steps(2);
    h.get_by_label("The network gets 4 inputs.");
    // The column itself off: x1 leaves the inputs, x1² stays.
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "x1")
        .click();
    step_until(&mut h, 60, "three inputs again", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.feature_names == ["x2", "x1²", "x1·x2"])
    });
    // The scatter still shows x1 (raw units) on its axis: the plane is over x1, x2.
    let plane = h
        .state()
        .state
        .data
        .dataset
        .as_ref()
        .unwrap()
        .plane
        .clone()
        .unwrap();
    assert_eq!(plane.axes, ["x1".to_string(), "x2".to_string()]);
}

#[test]
fn an_image_dataset_is_shown_as_labelled_pictures() {
    let mut h = data_tab();
    h.get_by_label("Preview of spiral — 400 rows × 3 columns");
    h.get_by_label("Dataset").click();
    h.run_steps(2);
    h.get_by_label("digits").click();
    step_until(&mut h, 60, "the digits", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.name.contains("digits"))
    });
    h.run_steps(3);
    h.get_by_label_contains("images, with their labels");
    h.get_by_label("image 1: horizontal");
    h.get_by_label("image 4: ring");
    assert!(
        h.query_by_label_contains("Preview of").is_none(),
        "no table of pixel numbers"
    );
    assert!(
        h.query_by_label("px3_4").is_none(),
        "no pixel column headers"
    );
}
