//! Toasts: a new status-bar notice also floats for a few seconds above the bottom-right
//! corner, large enough to read from the back of a room. A toast covers no control for
//! good: it takes no clicks (they go through to what lies below), moves nothing, and
//! fades after [`TOAST_SECONDS`]; the status bar keeps the notice (whole on hover).

use super::style::{ERROR, WARNING};
use crate::app::{LabState, NoticeKind};
use egui::{Align2, RichText};

/// How long a toast stays, in seconds.
pub const TOAST_SECONDS: f64 = 6.0;

/// The notice on show and when it appeared.
#[derive(Debug, Clone, Default)]
pub struct ToastState {
    shown: Option<(String, f64)>,
}

impl ToastState {
    /// The text of the toast on show at `now` (seconds of egui's clock), if any.
    pub fn current(&self, now: f64) -> Option<&str> {
        self.shown
            .as_ref()
            .filter(|(_, t)| now - t < TOAST_SECONDS)
            .map(|(s, _)| s.as_str())
    }
}

/// Shows the toast of a notice that is new since the last frame.
pub fn show(ctx: &egui::Context, state: &LabState, ts: &mut ToastState) {
    let now = ctx.input(|i| i.time);
    let Some(n) = &state.notice else {
        ts.shown = None;
        return;
    };
    if ts.shown.as_ref().is_none_or(|(s, _)| *s != n.text) {
        ts.shown = Some((n.text.clone(), now));
    }
    let Some((text, since)) = &ts.shown else {
        return;
    };
    let age = now - since;
    if age >= TOAST_SECONDS {
        return;
    }
    ctx.request_repaint_after(std::time::Duration::from_secs_f64(
        (TOAST_SECONDS - age).max(0.05),
    ));
    let (colour, icon) = match n.kind {
        NoticeKind::Info => (None, ""),
        NoticeKind::Warning => (Some(WARNING), "⚠ "),
        NoticeKind::Error => (Some(ERROR), "⛔ "),
    };
    let size = super::style::big_size_of(&ctx.global_style());
    let body = super::widgets::plain(text);
    egui::Area::new(egui::Id::unique("toast"))
        .order(egui::Order::Tooltip)
        .anchor(Align2::CENTER_BOTTOM, egui::vec2(0.0, -56.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width((ctx.content_rect().width() * 0.45).max(280.0));
                let mut t = RichText::new(format!("{icon}{body}")).size(size);
                if let Some(c) = colour {
                    t = t.color(c);
                }
                ui.label(t);
            });
        });
}
