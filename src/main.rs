//! The layerlab binary: no subcommand opens the window (optionally with a session file);
//! `train`, `eval`, `inspect` and `bench` run headless (see `layerlab --help`).

use layerlab::cli::{self, Invocation};

fn main() {
    let code = match cli::parse() {
        Invocation::Headless(cmd) => cli::run(cmd),
        Invocation::Window { open, lesson } => cli::open_window(open, lesson),
    };
    std::process::exit(code);
}
