//! The window harness of the UI tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::Harness;
use layerlab::window::LabApp;
use std::time::{Duration, Instant};

/// A harness running the real app at the size of a workshop laptop (1280×800).
pub fn harness() -> Harness<'static, LabApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| LabApp::new_for_test(&cc.egui_ctx))
}

/// Steps the harness until `done` holds, failing after `secs` seconds.
pub fn step_until(
    h: &mut Harness<'static, LabApp>,
    secs: u64,
    what: &str,
    mut done: impl FnMut(&LabApp) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        h.step();
        if done(h.state()) {
            return;
        }
        if Instant::now() > deadline {
            panic!(
                "timed out after {secs} s waiting for {what}; phase {:?}, notice {:?}, data error {:?}",
                h.state().state.training.phase,
                h.state().state.notice,
                h.state().state.data.error
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Steps until the default built-in dataset is prepared.
pub fn wait_for_data(h: &mut Harness<'static, LabApp>) {
    step_until(h, 30, "the built-in data", |a| {
        a.state.data.dataset.is_some()
    });
    h.run_steps(2);
}

/// Copies assets/iris.csv to `csv` and trains a session on it with the real binary,
/// saved to `session` (`extra` adds CLI flags, e.g. `--embed-data`).
pub fn iris_session(csv: &std::path::Path, session: &std::path::Path, epochs: u32, extra: &[&str]) {
    let iris = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/iris.csv");
    std::fs::copy(&iris, csv).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .args([
            "train",
            "--data",
            csv.to_str().unwrap(),
            "--target",
            "species",
        ])
        .args([
            "--epochs",
            &epochs.to_string(),
            "--save",
            session.to_str().unwrap(),
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
