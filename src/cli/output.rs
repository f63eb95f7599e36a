//! Printing helpers shared by the commands. Output to a closed pipe (`| head -1`) or a full
//! disk (`> /dev/full`) stops printing instead of panicking; the command carries on (a
//! training run still saves its session) and its exit code does not change.

use crate::snippet::{snippet, snippet_of};
use crate::train::{EvalReport, Metrics};
use serde_json::{json, Map, Value};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once writing to stdout failed: nothing more is printed there.
static STDOUT_GONE: AtomicBool = AtomicBool::new(false);

/// Prints text to stdout (no newline added) and flushes; after a write error (a closed
/// pipe, a full disk) prints nothing more.
pub fn text(s: &str) {
    bytes(s.as_bytes());
}

/// Prints bytes to stdout and flushes (see [`text`]).
pub fn bytes(b: &[u8]) {
    if STDOUT_GONE.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if out.write_all(b).and_then(|()| out.flush()).is_err() {
        STDOUT_GONE.store(true, Ordering::Relaxed);
    }
}

/// Prints one line to stdout (see [`text`]).
pub fn line(s: &str) {
    text(&format!("{s}\n"));
}

/// Prints one line to stderr, ignoring write errors.
pub fn err_line(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{s}");
}

/// Prints one JSON value on its own line and flushes (scripts read line by line).
pub fn json_line(v: &Value) {
    line(&v.to_string());
}

/// A warning: a JSON line with `--json`, else `warning: …` on stderr.
pub fn warning(json: bool, message: &str) {
    let message = &crate::snippet::printable(message);
    if json {
        json_line(&json!({"event": "warning", "message": message}));
    } else {
        err_line(&format!("warning: {message}"));
    }
}

/// A finite number as JSON, NaN/inf as null.
pub fn num(v: f64) -> Value {
    if v.is_finite() {
        json!(v)
    } else {
        Value::Null
    }
}

/// The summary fields of a test evaluation: `test_loss` and `test_accuracy`, or
/// `test_rmse`/`test_r2` (plus `test_mae`).
pub fn test_fields(report: Option<&EvalReport>, obj: &mut Map<String, Value>) {
    let Some(r) = report else {
        obj.insert("test_loss".into(), Value::Null);
        return;
    };
    obj.insert("test_loss".into(), num(r.loss));
    obj.insert("test_rows".into(), json!(r.rows));
    match &r.metrics {
        Metrics::Classification(c) => {
            obj.insert("test_accuracy".into(), num(c.accuracy));
        }
        Metrics::Regression(m) => {
            obj.insert("test_rmse".into(), num(m.rmse));
            obj.insert("test_mae".into(), num(m.mae));
            obj.insert("test_r2".into(), num(m.r2));
        }
    }
}

/// A readable block with the metrics and, for classification, the confusion matrix.
pub fn describe(r: &EvalReport) -> String {
    let mut s = format!("{} ({} samples): loss {:.4}\n", r.split, r.rows, r.loss);
    match &r.metrics {
        Metrics::Classification(c) => {
            s += &format!("accuracy {:.2}%\n", c.accuracy * 100.0);
            s += &format!(
                "{:<16} {:>9} {:>9} {:>9} {:>8}\n",
                "class", "precision", "recall", "f1", "support"
            );
            for k in &c.per_class {
                s += &format!(
                    "{:<16} {:>9.3} {:>9.3} {:>9.3} {:>8}\n",
                    snippet(&k.label),
                    k.precision,
                    k.recall,
                    k.f1,
                    k.support
                );
            }
            s += "confusion matrix (rows: actual, columns: predicted)\n";
            let w = c
                .per_class
                .iter()
                .map(|k| k.label.len())
                .max()
                .unwrap_or(4)
                .clamp(4, 16);
            s += &format!("{:<w$}", "");
            for k in &c.per_class {
                s += &format!(" {:>w$}", truncate(&k.label, w));
            }
            s += "\n";
            for (k, row) in c.per_class.iter().zip(&c.confusion) {
                s += &format!("{:<w$}", truncate(&k.label, w));
                for v in row {
                    s += &format!(" {v:>w$}");
                }
                s += "\n";
            }
        }
        Metrics::Regression(m) => {
            s += &format!("RMSE {:.4}  MAE {:.4}  R² {:.4}\n", m.rmse, m.mae, m.r2);
        }
    }
    s
}

/// A class name from the data, escaped and cut to `w` characters.
fn truncate(s: &str, w: usize) -> String {
    snippet_of(s, w.saturating_sub(1).max(1))
}

/// The confusion matrix as JSON (classification only).
pub fn confusion_json(r: &EvalReport) -> Value {
    match &r.metrics {
        Metrics::Classification(c) => json!({
            "labels": c.per_class.iter().map(|k| k.label.clone()).collect::<Vec<_>>(),
            "matrix": c.confusion,
            "per_class": c.per_class,
        }),
        Metrics::Regression(_) => Value::Null,
    }
}

/// Prints what data preparation wants the user to know (dropped rows, many categories,
/// constant columns): `warning:` lines on stderr, or `{"event":"warning",…}` lines.
pub fn preparation_warnings(pre: &crate::data::Preprocessor, as_json: bool) {
    for w in &pre.warnings {
        if as_json {
            json_line(&json!({"event": "warning", "message": w}));
        } else {
            eprintln!("warning: {w}");
        }
    }
}

/// The summary's `dropped_rows`: `{"no_target": N, "no_target_lines": [..],
/// "missing_feature": M}`.
pub fn dropped_json(d: &crate::data::DroppedRows) -> Value {
    json!({
        "no_target": d.no_target,
        "no_target_lines": d.no_target_lines,
        "missing_feature": d.missing_feature,
    })
}

/// Stdout as an [`std::io::Write`] for writers that format into it (CSV): each write goes
/// through [`bytes`], so a closed stdout stops printing without an error.
pub struct Stdout;

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        bytes(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
