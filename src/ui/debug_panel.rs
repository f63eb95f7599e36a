//! View ▸ Debug: the frame readout (the app's own work per frame, the UI thread's CPU per whole
//! frame, frames drawn per second, training speed) and a switch to the 784-feature timing data.

use crate::app::frame_timer::FrameTimer;
use crate::app::{Command, LabState};
use crate::tr;
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
    egui::Window::new(tr!("controls-debug-title"))
        .id(egui::Id::unique("debug-window"))
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
                        RichText::new(tr!("controls-debug-p95", ms = format!("{:.2}", s.p95_ms)))
                            .strong()
                            .color(colour),
                    );
                    ui.label(tr!(
                        "controls-debug-frames",
                        p50 = format!("{:.2}", s.p50_ms),
                        max = format!("{:.2}", s.max_ms),
                        frames = s.frames,
                        budget = BUDGET_MS.to_string()
                    ));
                }
                None => {
                    ui.label(tr!("controls-debug-none"));
                }
            }
            if let Some(c) = timer.cpu_stats() {
                ui.label(tr!(
                    "controls-debug-cpu",
                    p50 = format!("{:.2}", c.p50_ms),
                    p95 = format!("{:.2}", c.p95_ms)
                ));
            }
            ui.label(tr!(
                "controls-debug-fps",
                last = timer.frames_per_second().to_string(),
                total = timer.total_frames.to_string()
            ));
            if state.training.phase.is_active() {
                ui.label(tr!(
                    "controls-debug-speed",
                    rate = format!("{:.0}", state.training.samples_per_sec)
                ));
            }
            ui.label(tr!("controls-debug-jobs", n = state.jobs_running()));
            ui.label(tr!(
                "controls-debug-phase",
                phase = state.training.phase.label()
            ));
            ui.separator();
            if ui
                .button(tr!("controls-debug-timing"))
                .on_hover_text(tr!("controls-debug-timing-tip"))
                .clicked()
            {
                out.push(Command::UseTimingData);
            }
        });
}
