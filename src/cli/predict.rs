//! `layerlab predict`: a saved session's predictions for every row of a new CSV file, read
//! and predicted in chunks of rows so memory stays constant whatever the file's size.

use super::args::PredictArgs;
use super::output::{self, json_line};
use super::CliError;
use crate::data::{read_csv_chunks, DataError, Preprocessor, Task};
use crate::engine::Trainer;
use crate::model::loss::{argmax_rows, to_predictions};
use crate::model::LossKind;
use crate::session::Session;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Rows read, encoded and predicted at a time.
pub const CHUNK_ROWS: usize = 4096;

/// Runs `layerlab predict`.
pub fn run(a: &PredictArgs) -> Result<(), CliError> {
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
    let pre = session.preprocessor.clone().ok_or_else(|| {
        CliError::bad_input(format!(
            "{} has no fitted preprocessing to apply to {}; retrain the session with this version of layerlab",
            a.session.display(),
            a.data.display()
        ))
    })?;
    let read = super::data_source::read_flags(
        session.data_config.read.clone(),
        a.delimiter.as_deref(),
        a.decimal_comma.as_deref(),
    )?;
    crate::model::memory::check_network(
        &session.network,
        &pre.task,
        &session.train,
        CHUNK_ROWS,
        crate::model::memory::Purpose::Eval,
    )
    .map_err(|e| CliError::bad_input(format!("{}: {e}", a.session.display())))?;
    let mut tr: Trainer = Trainer::new(&session.network, &pre.task, &session.train)
        .map_err(|e| CliError::bad_input(e.to_string()))?;
    tr.net
        .set_weights(&state.weights)
        .map_err(|e| CliError::bad_input(format!("{}: {e}", a.session.display())))?;
    let want = session.network.input.numel();
    let width: usize = pre.features.iter().map(|f| f.width()).sum();
    if width != want {
        return Err(CliError::bad_input(format!(
            "{}: the saved preprocessing gives {width} inputs per row but the network expects {want}; the session is inconsistent: retrain it",
            a.session.display()
        )));
    }
    let mut sink = match &a.out {
        Some(path) => Some(CsvOut::create(path, &pre, tr.loss)?),
        None => None,
    };
    let mut stdout_csv = if a.out.is_none() && !a.json {
        // The header goes out with the first chunk that encodes, so bad input prints nothing.
        Some(csv::Writer::from_writer(output::Stdout))
    } else {
        None
    };
    let mut counts = Counts::default();
    let mut io_error: Option<CliError> = None;
    let result = read_csv_chunks(&a.data, &read, CHUNK_ROWS, &mut |table| {
        let enc = pre.encode_features(&table)?;
        if counts.rows == 0 {
            if let Some(w) = stdout_csv.as_mut() {
                let _ = w.write_record(header(&pre, tr.loss));
            }
        }
        let raw = tr.net.predict_raw(&enc.x, enc.encoded.len());
        let rows = Rows::new(&pre, tr.loss, raw, tr.net.output_len());
        let mut skipped = enc.skipped.iter().peekable();
        let mut encoded = enc.encoded.iter().enumerate().peekable();
        for r in 0..table.rows() {
            let global = counts.rows + r;
            let row = match encoded.peek() {
                Some(&(i, &er)) if er == r => {
                    encoded.next();
                    rows.row(i)
                }
                _ => {
                    let column = match skipped.peek() {
                        Some((sr, c)) if *sr == r => {
                            skipped.next();
                            c.clone()
                        }
                        _ => String::new(),
                    };
                    Prediction::Skipped { column }
                }
            };
            match &row {
                Prediction::Skipped { .. } => counts.skipped += 1,
                _ => counts.predicted += 1,
            }
            if a.json {
                json_line(&row.json(global, &pre));
            }
            let record = row.record(global, &pre);
            if let Some(out) = sink.as_mut() {
                if let Err(e) = out.write(&record) {
                    io_error = Some(e);
                    return Err(DataError::Cancelled);
                }
            }
            if let Some(w) = stdout_csv.as_mut() {
                let _ = w.write_record(&record);
            }
        }
        if let Some(w) = stdout_csv.as_mut() {
            let _ = w.flush();
        }
        counts.rows += table.rows();
        Ok(())
    });
    if let Some(e) = io_error {
        return Err(e);
    }
    result.map_err(|e| CliError::bad_input(e.to_string()))?;
    if let Some(out) = sink {
        out.finish()?;
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

/// Rows seen so far.
#[derive(Default)]
struct Counts {
    rows: usize,
    predicted: usize,
    skipped: usize,
}

/// Whether the classification outputs are probabilities (cross-entropy or binary
/// cross-entropy) rather than raw scores.
fn probabilities(loss: LossKind) -> bool {
    matches!(loss, LossKind::CrossEntropy | LossKind::BinaryCrossEntropy)
}

/// The CSV header: `row`, the target's name, then one `p(CLASS)` column per class
/// (`score(CLASS)` when the loss gives no probabilities), or one column per target.
fn header(pre: &Preprocessor, loss: LossKind) -> Vec<String> {
    let mut h = vec!["row".to_string()];
    match &pre.task {
        Task::Classification { classes } => {
            h.push(pre.target.clone());
            let word = if probabilities(loss) { "p" } else { "score" };
            h.extend(classes.iter().map(|c| format!("{word}({c})")));
        }
        Task::Regression { targets } => h.extend(targets.iter().cloned()),
    }
    h
}

/// The predictions of one chunk.
struct Rows {
    /// Probabilities (or scores) per class, or values in the target's units.
    values: Vec<f32>,
    /// Values per row.
    width: usize,
    /// Class per row (classification).
    classes: Vec<usize>,
    /// Whether classification values are probabilities.
    probabilities: bool,
}

impl Rows {
    fn new(pre: &Preprocessor, loss: LossKind, raw: Vec<f32>, units: usize) -> Rows {
        match &pre.task {
            Task::Classification { classes } => {
                let values = to_predictions(loss, &pre.task, &raw, units);
                let width = classes.len().max(1);
                Rows {
                    classes: argmax_rows(&values, width),
                    values,
                    width,
                    probabilities: probabilities(loss),
                }
            }
            Task::Regression { .. } => Rows {
                values: raw.iter().map(|&v| pre.unscale_target(v)).collect(),
                width: units.max(1),
                classes: Vec::new(),
                probabilities: false,
            },
        }
    }

    fn row(&self, i: usize) -> Prediction {
        let values = self
            .values
            .get(i * self.width..(i + 1) * self.width)
            .unwrap_or_default()
            .to_vec();
        match self.classes.get(i) {
            Some(&class) => Prediction::Class {
                class,
                values,
                probabilities: self.probabilities,
            },
            None => Prediction::Value(values),
        }
    }
}

/// The prediction for one row.
enum Prediction {
    /// A class and its probabilities (or scores).
    Class {
        class: usize,
        values: Vec<f32>,
        probabilities: bool,
    },
    /// Values in the target's units.
    Value(Vec<f32>),
    /// The row has a missing value in `column`, whose policy drops the row.
    Skipped { column: String },
}

impl Prediction {
    /// The JSON object of the contract: `row`, then `class` and `probabilities`, or `value`.
    fn json(&self, row: usize, pre: &Preprocessor) -> Value {
        let nums = |v: &[f32]| -> Vec<Value> { v.iter().map(|&x| output::num(x.into())).collect() };
        match self {
            Prediction::Class {
                class,
                values,
                probabilities,
            } => {
                let key = if *probabilities {
                    "probabilities"
                } else {
                    "scores"
                };
                json!({"row": row, "class": label(pre, *class), key: nums(values)})
            }
            Prediction::Value(v) => match v.as_slice() {
                [one] => json!({"row": row, "value": output::num((*one).into())}),
                many => json!({"row": row, "value": nums(many)}),
            },
            Prediction::Skipped { column } => {
                let reason = format!("missing value in `{column}`, which drops the row");
                if pre.task.is_classification() {
                    json!({"row": row, "class": null, "probabilities": null, "skipped": reason})
                } else {
                    json!({"row": row, "value": null, "skipped": reason})
                }
            }
        }
    }

    /// The CSV record (empty cells for a skipped row).
    fn record(&self, row: usize, pre: &Preprocessor) -> Vec<String> {
        let mut r = vec![row.to_string()];
        match self {
            Prediction::Class { class, values, .. } => {
                r.push(label(pre, *class));
                r.extend(values.iter().map(|v| v.to_string()));
            }
            Prediction::Value(v) => r.extend(v.iter().map(|v| v.to_string())),
            Prediction::Skipped { .. } => {
                let cells = match &pre.task {
                    Task::Classification { classes } => classes.len() + 1,
                    Task::Regression { targets } => targets.len(),
                };
                r.extend(std::iter::repeat_n(String::new(), cells));
            }
        }
        r
    }
}

/// The label of class `i`.
fn label(pre: &Preprocessor, i: usize) -> String {
    match &pre.task {
        Task::Classification { classes } => classes.get(i).cloned().unwrap_or_default(),
        Task::Regression { .. } => String::new(),
    }
}

/// The `--out` file: written to a temporary file beside it, renamed into place at the end
/// (removed when the command fails, so a half-written file never takes the name).
struct CsvOut {
    path: PathBuf,
    temp: PathBuf,
    writer: Option<csv::Writer<std::io::BufWriter<std::fs::File>>>,
}

impl CsvOut {
    fn create(path: &Path, pre: &Preprocessor, loss: LossKind) -> Result<CsvOut, CliError> {
        if path.is_dir() {
            return Err(CliError::bad_input(format!(
                "--out {}: that is a folder; give a file name, e.g. --out predictions.csv",
                path.display()
            )));
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "predictions.csv".into());
        let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file = std::fs::File::create(&temp).map_err(|e| {
            CliError::bad_input(format!(
                "--out {}: cannot write there ({e}); choose a writable folder",
                path.display()
            ))
        })?;
        let mut out = CsvOut {
            path: path.to_path_buf(),
            temp,
            writer: Some(csv::Writer::from_writer(std::io::BufWriter::new(file))),
        };
        out.write(&header(pre, loss))?;
        Ok(out)
    }

    fn fail(&self, e: impl std::fmt::Display) -> CliError {
        CliError::failure(format!("writing {}: {e}", self.path.display()))
    }

    fn write(&mut self, record: &[String]) -> Result<(), CliError> {
        let result = match self.writer.as_mut() {
            Some(w) => w.write_record(record),
            None => Ok(()),
        };
        result.map_err(|e| self.fail(e))
    }

    fn finish(mut self) -> Result<(), CliError> {
        let Some(writer) = self.writer.take() else {
            return Ok(());
        };
        let file = writer
            .into_inner()
            .map_err(|e| self.fail(e.error()))?
            .into_inner()
            .map_err(|e| self.fail(e.error()))?;
        file.sync_all().map_err(|e| self.fail(e))?;
        std::fs::rename(&self.temp, &self.path).map_err(|e| self.fail(e))?;
        Ok(())
    }
}

impl Drop for CsvOut {
    fn drop(&mut self) {
        // Not renamed into place: the command failed (or finish did); leave nothing behind.
        if self.temp.exists() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}
