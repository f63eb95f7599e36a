//! A trained session's predictions for every row of a CSV file, read and predicted in
//! chunks of rows so memory stays constant whatever the file's size. The command line
//! (`layerlab predict`) prints them; the window writes them next to the file.

use crate::data::{read_csv_chunks, DataError, Preprocessor, ReadOptions, Task};
use crate::engine::{EngineError, Trainer};
use crate::model::loss::{argmax_rows, to_predictions};
use crate::model::memory::{self, MemoryError};
use crate::model::LossKind;
use crate::session::{Session, SessionError};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Rows read, encoded and predicted at a time.
pub const CHUNK_ROWS: usize = 4096;

/// Why predicting could not start or go on.
#[derive(Debug, thiserror::Error)]
pub enum PredictError {
    /// The session has no weights.
    #[error("the session has no trained weights yet; train it first")]
    NotTrained,
    /// The session has no fitted preprocessing.
    #[error("the session has no fitted preprocessing to apply; retrain it with this version of layerlab")]
    NoPreprocessing,
    /// Saved values are unusable (non-finite weights, impossible counters).
    #[error(transparent)]
    Values(#[from] SessionError),
    /// The session's parts do not fit together.
    #[error("{0}; the session is inconsistent: retrain it")]
    Inconsistent(String),
    /// The network would not fit in memory.
    #[error(transparent)]
    Memory(#[from] MemoryError),
    /// The network could not be built.
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// Reading or encoding the CSV failed.
    #[error(transparent)]
    Data(#[from] DataError),
    /// The output path is a folder.
    #[error("{}: that is a folder; give a file name, e.g. predictions.csv", .0.display())]
    OutIsFolder(PathBuf),
    /// Writing the output failed.
    #[error("writing {}: {message}; choose a writable folder", path.display())]
    Write {
        /// The output file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

/// A session ready to predict: its fitted preprocessing and its network with weights.
pub struct Predictor {
    /// The fitted preprocessing (columns, scaling, classes or targets).
    pub pre: Preprocessor,
    tr: Trainer,
}

impl Predictor {
    /// Checks the session and builds its network with the trained weights.
    pub fn new(session: &Session) -> Result<Predictor, PredictError> {
        let state = session.state.as_ref().ok_or(PredictError::NotTrained)?;
        session.check_values()?;
        let pre = session
            .preprocessor
            .clone()
            .ok_or(PredictError::NoPreprocessing)?;
        memory::check_network(
            &session.network,
            &pre.task,
            &session.train,
            CHUNK_ROWS,
            memory::Purpose::Eval,
        )?;
        let mut tr: Trainer = Trainer::new(&session.network, &pre.task, &session.train)?;
        tr.net.set_weights(&state.weights)?;
        let want = session.network.input.numel();
        let width: usize = pre.features.iter().map(|f| f.width()).sum();
        if width != want {
            return Err(PredictError::Inconsistent(format!(
                "the saved preprocessing gives {width} inputs per row but the network expects {want}"
            )));
        }
        Ok(Predictor { pre, tr })
    }

    /// The loss the network was trained with.
    pub fn loss(&self) -> LossKind {
        self.tr.loss
    }

    /// The CSV header of the predictions.
    pub fn header(&self) -> Vec<String> {
        header(&self.pre, self.tr.loss)
    }

    /// Predicts every row of `data` (read with `read`), calling `each` with the row's
    /// 0-based number and its prediction, in file order. Stops at the first error.
    pub fn run(
        &mut self,
        data: &Path,
        read: &ReadOptions,
        each: &mut dyn FnMut(usize, &Prediction) -> Result<(), PredictError>,
    ) -> Result<Counts, PredictError> {
        let mut counts = Counts::default();
        let mut failed: Option<PredictError> = None;
        let (pre, tr) = (&self.pre, &mut self.tr);
        let result = read_csv_chunks(data, read, CHUNK_ROWS, &mut |table| {
            let enc = pre.encode_features(&table)?;
            let raw = tr.net.predict_raw(&enc.x, enc.encoded.len());
            let rows = Rows::new(pre, tr.loss, raw, tr.net.output_len());
            let mut skipped = enc.skipped.iter().peekable();
            let mut encoded = enc.encoded.iter().enumerate().peekable();
            for r in 0..table.rows() {
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
                if let Err(e) = each(counts.rows + r, &row) {
                    failed = Some(e);
                    return Err(DataError::Cancelled);
                }
            }
            counts.rows += table.rows();
            Ok(())
        });
        if let Some(e) = failed {
            return Err(e);
        }
        result?;
        Ok(counts)
    }
}

/// Predicts every row of `data` with `session` and writes the predictions as CSV to `out`
/// (atomically: a temporary file renamed into place). What the window's "Predict a CSV…"
/// does.
pub fn predict_to_csv(session: &Session, data: &Path, out: &Path) -> Result<Counts, PredictError> {
    let mut p = Predictor::new(session)?;
    let mut sink = CsvOut::create(out, &p.header())?;
    let pre = p.pre.clone();
    let counts = p.run(data, &session.data_config.read, &mut |row, pred| {
        sink.write(&pred.record(row, &pre))
    })?;
    sink.finish()?;
    Ok(counts)
}

/// A number as JSON; NaN and infinities as null.
fn num(v: f64) -> Value {
    if v.is_finite() {
        json!(v)
    } else {
        Value::Null
    }
}

/// Rows seen so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Rows read.
    pub rows: usize,
    /// Rows predicted.
    pub predicted: usize,
    /// Rows skipped for a missing value whose policy drops the row.
    pub skipped: usize,
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
pub enum Prediction {
    /// A class and its probabilities (or scores).
    Class {
        /// The predicted class.
        class: usize,
        /// Probabilities (or scores) per class.
        values: Vec<f32>,
        /// Whether `values` are probabilities.
        probabilities: bool,
    },
    /// Values in the target's units.
    Value(Vec<f32>),
    /// The row has a missing value in `column`, whose policy drops the row.
    Skipped {
        /// The column with the missing value.
        column: String,
    },
}

impl Prediction {
    /// The JSON object of the contract: `row`, then `class` and `probabilities`, or `value`.
    pub fn json(&self, row: usize, pre: &Preprocessor) -> Value {
        let nums = |v: &[f32]| -> Vec<Value> { v.iter().map(|&x| num(x.into())).collect() };
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
                [one] => json!({"row": row, "value": num((*one).into())}),
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
    pub fn record(&self, row: usize, pre: &Preprocessor) -> Vec<String> {
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
pub struct CsvOut {
    path: PathBuf,
    temp: PathBuf,
    writer: Option<csv::Writer<std::io::BufWriter<std::fs::File>>>,
}

impl CsvOut {
    /// Starts `path` (written beside it, renamed into place by [`CsvOut::finish`]) with
    /// `header`.
    pub fn create(path: &Path, header: &[String]) -> Result<CsvOut, PredictError> {
        if path.is_dir() {
            return Err(PredictError::OutIsFolder(path.to_path_buf()));
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "predictions.csv".into());
        let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file = std::fs::File::create(&temp).map_err(|e| PredictError::Write {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let mut out = CsvOut {
            path: path.to_path_buf(),
            temp,
            writer: Some(csv::Writer::from_writer(std::io::BufWriter::new(file))),
        };
        out.write(header)?;
        Ok(out)
    }

    fn fail(&self, e: impl std::fmt::Display) -> PredictError {
        PredictError::Write {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }

    /// Writes one record.
    pub fn write(&mut self, record: &[String]) -> Result<(), PredictError> {
        let result = match self.writer.as_mut() {
            Some(w) => w.write_record(record),
            None => Ok(()),
        };
        result.map_err(|e| self.fail(e))
    }

    /// Flushes, syncs and renames the file into place.
    pub fn finish(mut self) -> Result<(), PredictError> {
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
