//! The command line: `layerlab train|eval|inspect|bench|predict|export|import`. A public interface scripts and
//! workshops depend on: `--json` prints one object per line and ends with
//! `{"event":"summary", …}`; bad input exits with code 2 and a message saying what to change.

mod args;
mod data_source;
mod eval;
mod export;
mod import;
mod inspect;
mod lesson;
mod output;
mod predict;
mod train;

pub use args::{Cli, Command};

use clap::Parser;

/// Exit code for input the user can fix (bad arguments, unreadable or unusable files).
pub const EXIT_BAD_INPUT: i32 = 2;
/// Exit code for a failure inside layerlab.
pub const EXIT_FAILURE: i32 = 1;

/// An error with its exit code.
#[derive(Debug)]
pub struct CliError {
    /// 2 for bad input, 1 otherwise.
    pub code: i32,
    /// What happened and what to do.
    pub message: String,
}

impl CliError {
    /// Input the user can fix.
    pub fn bad_input(message: impl Into<String>) -> Self {
        CliError {
            code: EXIT_BAD_INPUT,
            message: message.into(),
        }
    }
    /// A failure inside layerlab.
    pub fn failure(message: impl Into<String>) -> Self {
        CliError {
            code: EXIT_FAILURE,
            message: message.into(),
        }
    }
}

/// Runs a parsed headless command; returns the process exit code: 0 on success (also when
/// stdout was closed early: printing stops, the work and the save still happen), 2 for bad
/// input, 1 for a failure inside layerlab.
pub fn run(cmd: Command) -> i32 {
    let json = cmd.json();
    let result = match cmd {
        Command::Train(a) => train::run(&a),
        Command::Eval(a) => eval::run(&a),
        Command::Inspect(a) => inspect::run(&a),
        Command::Bench(a) => run_bench(&a),
        Command::Predict(a) => predict::run(&a),
        Command::Export(a) => export::run(&a),
        Command::Import(a) => import::run(&a),
        Command::Lesson(a) => lesson::run(&a),
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            if json {
                output::json_line(
                    &serde_json::json!({"event": "error", "code": e.code, "message": e.message}),
                );
            }
            // Quotes from files are escaped where they are made; this also keeps any
            // control character that slipped through off the terminal.
            output::err_line(&format!("error: {}", crate::snippet::printable(&e.message)));
            e.code
        }
    }
}

fn run_bench(a: &args::BenchArgs) -> Result<(), CliError> {
    if let Some(secs) = a.window {
        return run_window_bench(secs);
    }
    let opts = crate::bench::BenchOptions {
        runs: a.runs.max(1),
        quick: a.quick,
        threads: train::parse_threads(&a.threads)?,
    };
    let report = crate::bench::run_engine_bench(&opts);
    if a.json {
        let mut v = serde_json::to_value(&report).map_err(|e| CliError::failure(e.to_string()))?;
        if let Some(obj) = v.as_object_mut() {
            obj.insert("event".into(), "summary".into());
        }
        output::json_line(&v);
    } else {
        output::line(&report.to_string());
    }
    Ok(())
}

/// `bench --window` in a build without the window.
#[cfg(not(feature = "window"))]
fn run_window_bench(_secs: f64) -> Result<(), CliError> {
    Err(CliError::failure(
        "this layerlab was built without the window (cargo feature `window`); build it with default features to measure the window",
    ))
}

/// `bench --window`: one JSON line per scenario, then the summary with the targets.
#[cfg(feature = "window")]
fn run_window_bench(secs: f64) -> Result<(), CliError> {
    if !secs.is_finite() || !(1.0..=3600.0).contains(&secs) {
        return Err(CliError::bad_input(format!(
            "--window {secs}: give the seconds to measure each scenario, between 1 and 3600"
        )));
    }
    let results = crate::window::bench::run(secs).map_err(|e| CliError::failure(e.to_string()))?;
    for r in &results {
        let mut v = serde_json::to_value(r).map_err(|e| CliError::failure(e.to_string()))?;
        if let Some(obj) = v.as_object_mut() {
            obj.insert("event".into(), "scenario".into());
        }
        output::json_line(&v);
    }
    let min_fps = results.iter().map(|r| r.fps).fold(f64::INFINITY, f64::min);
    let ratio_of = |name: &str| results.iter().find(|r| r.scenario == name).map(|r| r.ratio);
    let p95_of = |name: &str| {
        results
            .iter()
            .find(|r| r.scenario == name)
            .map(|r| r.ui_cpu_ms_p95)
    };
    let history_ratio = match (p95_of("spiral_loss_1m_history"), p95_of("spiral_loss")) {
        (Some(long), Some(empty)) => long / empty,
        _ => f64::NAN,
    };
    let met = min_fps >= 20.0
        && ratio_of("mlp784_loss").is_some_and(|r| r >= 0.6)
        && ratio_of("spiral_boundary").is_some_and(|r| r >= 0.4)
        && ratio_of("spiral_network").is_some_and(|r| r >= 0.4)
        && history_ratio <= 1.5;
    output::json_line(&serde_json::json!({
        "event": "summary",
        "scenarios": results.len(),
        "min_fps": output::num(min_fps),
        "long_history_p95_ratio": output::num(history_ratio),
        "targets": "fps >= 20 everywhere; ratio >= 0.6 (loss tab), >= 0.4 (boundary, network); 1M-epoch history p95 <= 1.5x empty",
        "targets_met": met,
    }));
    Ok(())
}

/// What the process should do.
pub enum Invocation {
    /// A headless command.
    Headless(Command),
    /// Open the window, optionally with a session and a lesson.
    Window {
        /// A session or CSV file to open.
        open: Option<std::path::PathBuf>,
        /// `--lesson NAME|FILE`.
        lesson: Option<String>,
    },
}

/// Parses the process arguments (clap prints help and exits with code 2 on bad flags).
pub fn parse() -> Invocation {
    let cli = Cli::parse();
    match cli.command {
        Some(c) => Invocation::Headless(c),
        None => Invocation::Window {
            open: cli.open,
            lesson: cli.lesson,
        },
    }
}

/// Opens the window; returns the exit code.
#[cfg(feature = "window")]
pub fn open_window(session: Option<std::path::PathBuf>, lesson: Option<String>) -> i32 {
    let lesson = match lesson.map(|l| lesson::resolve(&l)).transpose() {
        Ok(l) => l,
        Err(e) => {
            output::err_line(&format!("error: {}", crate::snippet::printable(&e.message)));
            return e.code;
        }
    };
    match crate::window::run_native(session, lesson) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: could not open the window: {e}");
            EXIT_FAILURE
        }
    }
}

/// Without the `window` feature there is no window to open: says so; returns the exit code.
#[cfg(not(feature = "window"))]
pub fn open_window(_session: Option<std::path::PathBuf>, _lesson: Option<String>) -> i32 {
    eprintln!(
        "error: this layerlab was built without the window (cargo feature `window`); \
         use a subcommand (train, eval, inspect, bench) or rebuild with default features"
    );
    EXIT_FAILURE
}
