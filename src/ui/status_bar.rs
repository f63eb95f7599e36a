//! The status bar: state, epoch, batch, samples/s, and the last error or diagnostic.

use super::style::{error, ok, warning};
use crate::app::{LabState, NoticeKind, Phase};
use crate::numfmt::thousands;
use crate::tr;
use egui::{RichText, Ui};

/// Draws the bar.
pub fn show(ui: &mut Ui, state: &LabState) {
    let t = &state.training;
    ui.horizontal(|ui| {
        let colour = match t.phase {
            Phase::Running => ok(ui.visuals()),
            Phase::Failed => error(ui.visuals()),
            Phase::Paused | Phase::Stopping => warning(ui.visuals()),
            _ => ui.visuals().text_color(),
        };
        ui.label(RichText::new(t.phase.label()).strong().color(colour));
        ui.separator();
        ui.label(tr!("controls-status-epoch", epoch = t.epoch));
        ui.separator();
        if t.batches_per_epoch > 0 {
            ui.label(tr!(
                "controls-batch-progress",
                batch = t.batch,
                total = t.batches_per_epoch
            ));
        } else {
            ui.label(tr!("controls-status-no-batch"));
        }
        ui.separator();
        if t.phase == Phase::Running && t.samples_per_sec > 0.0 {
            ui.label(tr!(
                "controls-samples-per-sec",
                rate = thousands(t.samples_per_sec as usize)
            ));
        } else {
            ui.label(tr!("controls-status-no-speed"));
        }
        ui.separator();
        let title = match &state.session_path {
            Some(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            // The default name in the window's language (it stays "untitled" in files).
            None if state.name == "untitled" => crate::tr!("replay-untitled"),
            None => state.name.clone(),
        };
        ui.label(
            RichText::new(format!(
                "{title}{}",
                if state.flow.is_dirty() { " •" } else { "" }
            ))
            .weak(),
        )
        .on_hover_text(if state.flow.is_dirty() {
            tr!("controls-status-unsaved")
        } else {
            tr!("controls-status-saved")
        });
        if let Some(n) = &state.notice {
            ui.separator();
            let (colour, icon) = match n.kind {
                NoticeKind::Info => (ui.visuals().text_color(), ""),
                NoticeKind::Warning => (warning(ui.visuals()), "⚠ "),
                NoticeKind::Error => (error(ui.visuals()), "⛔ "),
            };
            let text = super::widgets::plain(&n.text);
            // Cut to fit; the label shows the whole text on hover by itself (a second
            // hover text would open a second tooltip).
            ui.add(
                egui::Label::new(RichText::new(format!("{icon}{text}")).color(colour)).truncate(),
            );
        }
    });
}
