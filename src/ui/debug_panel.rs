//! View ▸ Debug: the frame readout (the app's own work per frame, the UI thread's CPU per whole
//! frame, frames drawn per second, training speed) and a switch to the 784-feature timing data.

use crate::app::frame_timer::FrameTimer;
use crate::app::{Command, LabState};
use egui::RichText;

/// Frame budget for the app's own work at the 95th percentile.
pub const BUDGET_MS: f32 = 8.0;

/// Draws the debug window.
pub fn show(
    ctx: &egui::Context,
    state: &LabState,
    timer: &FrameTimer,
    open: &mut bool,
    out: &mut Vec<Command>,
) {
    egui::Window::new("Debug")
        .open(open)
        .default_pos([900.0, 120.0])
        .resizable(false)
        .show(ctx, |ui| {
            match timer.stats() {
                Some(s) => {
                    let colour = if s.p95_ms <= BUDGET_MS {
                        super::style::ok(ui.visuals())
                    } else {
                        super::style::error(ui.visuals())
                    };
                    ui.label(
                        RichText::new(format!("frame work p95: {:.2} ms", s.p95_ms))
                            .strong()
                            .color(colour),
                    );
                    ui.label(format!(
                        "p50 {:.2} ms · max {:.2} ms · {} frames (budget {BUDGET_MS} ms)",
                        s.p50_ms, s.max_ms, s.frames
                    ));
                }
                None => {
                    ui.label("no frames measured yet");
                }
            }
            if let Some(c) = timer.cpu_stats() {
                ui.label(format!(
                    "UI thread CPU per frame: p50 {:.2} ms · p95 {:.2} ms (leaves out time preempted by other programs)",
                    c.p50_ms, c.p95_ms
                ));
            }
            ui.label(format!(
                "frames drawn in the last second: {} · since start: {}",
                timer.frames_per_second(),
                timer.total_frames
            ));
            if state.training.phase.is_active() {
                ui.label(format!(
                    "training: {:.0} samples/s",
                    state.training.samples_per_sec
                ));
            }
            ui.label(format!("background jobs running: {}", state.jobs_running()));
            ui.label(format!("training: {}", state.training.phase.label()));
            ui.separator();
            if ui
                .button("Load 784-feature timing data")
                .on_hover_text("6000 samples, 784 features, 10 classes: the reference MLP workload")
                .clicked()
            {
                out.push(Command::UseTimingData);
            }
        });
}
