//! `layerlab inspect`: what is in a CSV file.

use super::args::InspectArgs;
use super::data_source::read_flags;
use super::output::{self, json_line};
use super::CliError;
use crate::data::{inspect::inspect_table, read_csv_path, ReadOptions};

/// Runs `layerlab inspect`.
pub fn run(a: &InspectArgs) -> Result<(), CliError> {
    let read = read_flags(
        ReadOptions {
            categorical_columns: a.categorical.clone(),
            ..ReadOptions::default()
        },
        a.delimiter.as_deref(),
        a.decimal_comma.as_deref(),
    )?;
    let table = read_csv_path(&a.file, &read, None, None)
        .map_err(|e| CliError::bad_input(e.to_string()))?;
    super::data_source::check_categorical(&a.categorical, &table)?;
    let report = inspect_table(&table);
    if a.json {
        let mut v = serde_json::to_value(&report).map_err(|e| CliError::failure(e.to_string()))?;
        if let Some(obj) = v.as_object_mut() {
            obj.insert("event".into(), "summary".into());
        }
        json_line(&v);
    } else {
        output::text(&report.to_string());
    }
    Ok(())
}
