//! `layerlab eval`: the judge — metrics of a saved session on its test split or a new file.

use super::args::EvalArgs;
use super::data_source::outside_data_access;
use super::output::{self, json_line, warning};
use super::CliError;
use crate::data::read_csv_path;
use crate::engine::Trainer;
use crate::session::Session;
use crate::train::eval;
use serde_json::json;

/// Runs `layerlab eval`.
pub fn run(a: &EvalArgs) -> Result<(), CliError> {
    let session = Session::load(&a.session).map_err(|e| CliError::bad_input(e.to_string()))?;
    let Some(state) = &session.state else {
        return Err(CliError::bad_input(format!(
            "{} has no trained weights yet; train it first: layerlab train {} --epochs 10",
            a.session.display(),
            a.session.display()
        )));
    };
    session
        .check_values()
        .map_err(|e| CliError::bad_input(format!("{}: {e}", a.session.display())))?;
    let (task, split, name, scale) = match &a.data {
        Some(path) => {
            let pre = session.preprocessor.clone().ok_or_else(|| {
                CliError::bad_input(format!(
                    "{} has no fitted preprocessing to apply to {}; retrain the session with this version of layerlab",
                    a.session.display(),
                    path.display()
                ))
            })?;
            let read = super::data_source::read_flags(
                session.data_config.read.clone(),
                a.delimiter.as_deref(),
                a.decimal_comma.as_deref(),
            )?;
            let table = read_csv_path(path, &read, None, None)
                .map_err(|e| CliError::bad_input(e.to_string()))?;
            let split = pre
                .transform(&table)
                .map_err(|e| CliError::bad_input(e.to_string()))?;
            let want = session.network.input.numel();
            if split.x.len() != split.rows * want {
                return Err(CliError::bad_input(format!(
                    "{}: the saved preprocessing gives {} inputs per row but the network expects {want}; the session is inconsistent: retrain it",
                    a.session.display(),
                    split.x.len() / split.rows.max(1)
                )));
            }
            (
                pre.task.clone(),
                split,
                path.display().to_string(),
                pre.target_scale(),
            )
        }
        None => {
            let access = outside_data_access(&session, &a.session, a.no_outside_data, a.json)?;
            let loaded = session
                .load_dataset_with(Some(&a.session), access)
                .map_err(|e| CliError::bad_input(e.to_string()))?;
            for w in &loaded.warnings {
                warning(a.json, w);
            }
            output::preparation_warnings(&loaded.preprocessor, a.json);
            if loaded.dataset.test.is_empty() {
                return Err(CliError::bad_input(
                    "the session's test split is empty; evaluate on a file with --data FILE.csv, or retrain with a test ratio above 0",
                ));
            }
            (
                loaded.dataset.task.clone(),
                loaded.dataset.test,
                "test".to_string(),
                loaded.dataset.target_scale,
            )
        }
    };
    crate::model::memory::check_network(
        &session.network,
        &task,
        &session.train,
        split.rows,
        crate::model::memory::Purpose::Eval,
    )
    .map_err(|e| CliError::bad_input(format!("{}: {e}", a.session.display())))?;
    let mut tr: Trainer = Trainer::new(&session.network, &task, &session.train)
        .map_err(|e| CliError::bad_input(e.to_string()))?;
    tr.net
        .set_weights(&state.weights)
        .map_err(|e| CliError::bad_input(format!("{}: {e}", a.session.display())))?;
    let report = eval::evaluate(&mut tr, &split, &name, &scale);
    if a.json {
        let mut summary = serde_json::Map::new();
        summary.insert("event".into(), json!("summary"));
        summary.insert("epochs".into(), json!(state.epoch));
        summary.insert("split".into(), json!(name));
        output::test_fields(Some(&report), &mut summary);
        summary.insert("confusion".into(), output::confusion_json(&report));
        json_line(&serde_json::Value::Object(summary));
    } else {
        output::text(&output::describe(&report));
    }
    Ok(())
}
