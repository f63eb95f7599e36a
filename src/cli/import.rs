//! `layerlab import`: a PyTorch checkpoint back into a session for the views.

use super::args::ImportArgs;
use super::output::{self, json_line};
use super::CliError;
use crate::export::pytorch::{import_checkpoint, ImportError};
use crate::export::{ExportError, Trained};
use crate::model::{OptimizerState, SlotValues};
use crate::session::{DataSource, SaveTarget, Session, SessionError};
use serde_json::json;
use std::path::Path;

/// Runs `layerlab import`.
pub fn run(a: &ImportArgs) -> Result<(), CliError> {
    // The path is checked (and locked) before any work, as `train --save` does.
    let target = SaveTarget::prepare(&a.out)
        .map_err(|e| CliError::bad_input(format!("--out: {}", e.to_string().trim_end())))?;
    let mut session = Session::load(&a.session).map_err(|e| CliError::bad_input(e.to_string()))?;
    session
        .check_values()
        .map_err(|e| CliError::bad_input(format!("{}: {e}", a.session.display())))?;
    refuse_overwrite(&target, &a.weights, "the checkpoint this import reads")?;
    if let DataSource::File { path, .. } = &session.data {
        refuse_overwrite(&target, path, "the session's data file")?;
    }
    let trained = Trained::from_session(&session).map_err(|e| match e {
        ExportError::Io { .. } | ExportError::Encode { .. } => CliError::failure(e.to_string()),
        _ => CliError::bad_input(format!("{}: {e}", a.session.display())),
    })?;
    let bytes = std::fs::read(&a.weights).map_err(|e| {
        CliError::bad_input(format!(
            "--weights {}: cannot read it ({e}); give a checkpoint written by train.py or weights.safetensors",
            a.weights.display()
        ))
    })?;
    let imported = import_checkpoint(&trained, &bytes, &a.weights).map_err(|e| match e {
        ImportError::Inconsistent { .. } => {
            CliError::bad_input(format!("{}: {e}", a.session.display()))
        }
        _ => CliError::bad_input(e.to_string()),
    })?;
    let Some(state) = session.state.as_mut() else {
        return Err(CliError::failure(
            "the session lost its state while importing",
        ));
    };
    state.weights = imported.weights;
    // A checkpoint holds no optimizer state: fresh moments of the same sizes, step 0.
    state.optimizer = OptimizerState {
        step: 0,
        slots: state
            .optimizer
            .slots
            .iter()
            .map(|s| SlotValues {
                first: vec![0.0; s.first.len()],
                second: vec![0.0; s.second.len()],
            })
            .collect(),
    };
    // Checkpoints are taken at the end of an epoch.
    state.batch_in_epoch = 0;
    state.epoch_loss_sum = 0.0;
    state.epoch_samples = 0;
    state.epoch_metric = Default::default();
    if let Some(epoch) = imported.epoch {
        state.epoch = epoch;
    }
    let epoch = state.epoch;
    output::err_line(
        "note: the optimizer's state (momentum, Adam's moments) is not in a checkpoint and \
         cannot be recovered; it starts afresh if you keep training the imported session",
    );
    session.save_to(&target).map_err(|e| match e {
        SessionError::Io { .. } | SessionError::SaveTarget { .. } => {
            CliError::bad_input(format!("--out: {e}"))
        }
        _ => CliError::failure(e.to_string()),
    })?;
    if a.json {
        json_line(&json!({
            "event": "summary",
            "session": a.session.display().to_string(),
            "weights": a.weights.display().to_string(),
            "out": a.out.display().to_string(),
            "epoch": epoch,
            "optimizer_state": "reset",
        }));
    } else {
        output::line(&format!(
            "imported {} into {} (epoch {epoch}): {}",
            a.weights.display(),
            a.session.display(),
            a.out.display()
        ));
    }
    Ok(())
}

/// Refuses an `--out` that is `file` (what the import reads), so it is never overwritten.
fn refuse_overwrite(target: &SaveTarget, file: &Path, what: &str) -> Result<(), CliError> {
    if target.would_replace(file) {
        return Err(CliError::bad_input(format!(
            "--out `{}` is {what} (`{}`); writing there would overwrite it. Give another file, e.g. --out imported.ron",
            target.path().display(),
            file.display()
        )));
    }
    Ok(())
}
