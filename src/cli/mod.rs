//! The command line: `layerlab train|eval|inspect|bench`. A public interface scripts and
//! workshops depend on: `--json` prints one object per line and ends with
//! `{"event":"summary", …}`; bad input exits with code 2 and a message saying what to change.

mod args;
mod data_source;
mod eval;
mod inspect;
mod output;
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

/// Runs a parsed headless command; returns the process exit code.
pub fn run(cmd: Command) -> i32 {
    let json = cmd.json();
    let result = match cmd {
        Command::Train(a) => train::run(&a),
        Command::Eval(a) => eval::run(&a),
        Command::Inspect(a) => inspect::run(&a),
        Command::Bench(a) => run_bench(&a),
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            if json {
                output::json_line(
                    &serde_json::json!({"event": "error", "code": e.code, "message": e.message}),
                );
            }
            eprintln!("error: {}", e.message);
            e.code
        }
    }
}

fn run_bench(a: &args::BenchArgs) -> Result<(), CliError> {
    let opts = crate::bench::BenchOptions {
        runs: a.runs.max(1),
        quick: a.quick,
    };
    let report = crate::bench::run_engine_bench(&opts);
    if a.json {
        let mut v = serde_json::to_value(&report).map_err(|e| CliError::failure(e.to_string()))?;
        if let Some(obj) = v.as_object_mut() {
            obj.insert("event".into(), "summary".into());
        }
        output::json_line(&v);
    } else {
        println!("{report}");
    }
    Ok(())
}

/// What the process should do.
pub enum Invocation {
    /// A headless command.
    Headless(Command),
    /// Open the window, optionally with a session.
    Window(Option<std::path::PathBuf>),
}

/// Parses the process arguments (clap prints help and exits with code 2 on bad flags).
pub fn parse() -> Invocation {
    let cli = Cli::parse();
    match cli.command {
        Some(c) => Invocation::Headless(c),
        None => Invocation::Window(cli.open),
    }
}

/// Opens the window; returns the exit code.
#[cfg(feature = "window")]
pub fn open_window(session: Option<std::path::PathBuf>) -> i32 {
    match crate::window::run_native(session) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: could not open the window: {e}");
            EXIT_FAILURE
        }
    }
}

/// Without the `window` feature there is no window to open: says so; returns the exit code.
#[cfg(not(feature = "window"))]
pub fn open_window(_session: Option<std::path::PathBuf>) -> i32 {
    eprintln!(
        "error: this layerlab was built without the window (cargo feature `window`); \
         use a subcommand (train, eval, inspect, bench) or rebuild with default features"
    );
    EXIT_FAILURE
}
