//! `layerlab predict`: a saved session's predictions for every row of a new CSV file (see
//! [`crate::export::predict`]), printed as CSV or JSON lines, or written to `--out`.

use super::args::PredictArgs;
use super::output::{self, json_line};
use super::CliError;
use crate::data::Task;
use crate::export::predict::{CsvOut, PredictError, Predictor};
use crate::session::Session;
use serde_json::{json, Value};

/// Runs `layerlab predict`.
pub fn run(a: &PredictArgs) -> Result<(), CliError> {
    let session = Session::load(&a.session).map_err(|e| CliError::bad_input(e.to_string()))?;
    let mut p = Predictor::new(&session).map_err(|e| match e {
        PredictError::NotTrained => CliError::bad_input(format!(
            "{} has no trained weights yet; train it first: layerlab train {} --epochs 10",
            a.session.display(),
            a.session.display()
        )),
        e => CliError::bad_input(format!("{}: {e}", a.session.display())),
    })?;
    let read = super::data_source::read_flags(
        session.data_config.read.clone(),
        a.delimiter.as_deref(),
        a.decimal_comma.as_deref(),
    )?;
    let header = p.header();
    let mut sink = match &a.out {
        Some(path) => Some(CsvOut::create(path, &header).map_err(out_error)?),
        None => None,
    };
    // The header goes out with the first row, so bad input prints nothing.
    let mut stdout_csv =
        (a.out.is_none() && !a.json).then(|| csv::Writer::from_writer(output::Stdout));
    let pre = p.pre.clone();
    let counts = p
        .run(&a.data, &read, &mut |row, pred| {
            if a.json {
                json_line(&pred.json(row, &pre));
            }
            let record = pred.record(row, &pre);
            if let Some(out) = sink.as_mut() {
                out.write(&record)?;
            }
            if let Some(w) = stdout_csv.as_mut() {
                if row == 0 {
                    let _ = w.write_record(&header);
                }
                let _ = w.write_record(&record);
                let _ = w.flush();
            }
            Ok(())
        })
        .map_err(|e| match e {
            PredictError::Write { .. } => CliError::failure(e.to_string()),
            e => CliError::bad_input(e.to_string()),
        })?;
    if let Some(out) = sink {
        out.finish().map_err(|e| CliError::failure(e.to_string()))?;
    }
    let mut summary = serde_json::Map::new();
    summary.insert("event".into(), json!("summary"));
    summary.insert("rows".into(), json!(counts.rows));
    summary.insert("predicted".into(), json!(counts.predicted));
    summary.insert("skipped".into(), json!(counts.skipped));
    match &pre.task {
        Task::Classification { classes } => {
            summary.insert("task".into(), json!("classification"));
            summary.insert("classes".into(), json!(classes));
        }
        Task::Regression { targets } => {
            summary.insert("task".into(), json!("regression"));
            summary.insert("targets".into(), json!(targets));
        }
    }
    if let Some(p) = &a.out {
        summary.insert("out".into(), json!(p.display().to_string()));
    }
    if a.json {
        json_line(&Value::Object(summary));
    } else if let Some(p) = &a.out {
        output::line(&format!(
            "{} of {} rows predicted ({} skipped for missing values), written to {}",
            counts.predicted,
            counts.rows,
            counts.skipped,
            p.display()
        ));
    } else if counts.skipped > 0 {
        output::err_line(&format!(
            "note: {} of {} rows were skipped for missing values (their cells are empty)",
            counts.skipped, counts.rows
        ));
    }
    Ok(())
}

/// `--out` problems name the flag.
fn out_error(e: PredictError) -> CliError {
    CliError::bad_input(format!("--out {}", e))
}
