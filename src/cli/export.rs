//! `layerlab export`: a trained session as an ONNX model or a PyTorch project.

use super::args::{ExportArgs, ExportFormat};
use super::data_source::outside_data_access;
use super::output::{self, json_line};
use super::CliError;
use crate::export::{onnx, ExportError, Trained};
use crate::session::Session;
use serde_json::json;

/// Runs `layerlab export`.
pub fn run(a: &ExportArgs) -> Result<(), CliError> {
    let session = Session::load(&a.session).map_err(|e| CliError::bad_input(e.to_string()))?;
    session
        .check_values()
        .map_err(|e| CliError::bad_input(format!("{}: {e}", a.session.display())))?;
    let trained = Trained::from_session(&session).map_err(|e| match e {
        ExportError::Io { .. } | ExportError::Encode { .. } => CliError::failure(e.to_string()),
        _ => CliError::bad_input(format!("{}: {e}", a.session.display())),
    })?;
    let written: Vec<String> = match a.to {
        ExportFormat::Onnx => {
            if a.out.is_dir() {
                return Err(CliError::bad_input(format!(
                    "--out {}: that is a folder; give a file name, e.g. --out model.onnx",
                    a.out.display()
                )));
            }
            onnx::write(&trained, &a.out).map_err(write_error)?;
            vec![a.out.display().to_string()]
        }
        ExportFormat::Pytorch => {
            if a.out.exists() && !a.out.is_dir() {
                return Err(CliError::bad_input(format!(
                    "--out {}: that is a file; give a folder (created if absent), e.g. --out torch-project",
                    a.out.display()
                )));
            }
            let access = outside_data_access(&session, &a.session, false, a.json)?;
            let loaded = session
                .load_dataset_with(Some(&a.session), access)
                .map_err(|e| CliError::bad_input(e.to_string()))?;
            crate::export::pytorch::write(&trained, &session, &loaded, &a.out)
                .map_err(write_error)?
                .iter()
                .map(|p| p.display().to_string())
                .collect()
        }
    };
    let format = match a.to {
        ExportFormat::Onnx => "onnx",
        ExportFormat::Pytorch => "pytorch",
    };
    if a.json {
        json_line(&json!({
            "event": "summary",
            "format": format,
            "out": a.out.display().to_string(),
            "files": written,
        }));
    } else {
        output::line(&format!(
            "exported {} as {format}: {}",
            a.session.display(),
            written.join(", ")
        ));
    }
    Ok(())
}

fn write_error(e: ExportError) -> CliError {
    match e {
        ExportError::Io { .. } => CliError::bad_input(e.to_string()),
        _ => CliError::failure(e.to_string()),
    }
}
