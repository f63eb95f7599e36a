//! Toasts: a new status-bar notice (news or an error; diagnostics stay in the status bar
//! and as markers on the loss plot) also floats for a few seconds above the middle of the
//! status bar, large enough to read from the back of a room. A toast covers no control
//! for good: it takes no clicks (they go through to what lies below), moves nothing, and
//! fades after [`TOAST_SECONDS`]; the status bar keeps the notice (whole on hover).

use super::style::{ERROR, WARNING};
use crate::app::{LabState, NoticeKind};
use egui::{Align2, RichText};

/// How long a toast stays, in seconds.
pub const TOAST_SECONDS: f64 = 6.0;

/// The same kind of notice (the same words before its first ':', e.g. "overfitting")
/// toasts again only after this many seconds: a diagnostic repeated every epoch with new
/// numbers stays in the status bar instead of covering the view.
pub const REPEAT_SECONDS: f64 = 60.0;

/// The notice on show, its kind, and when it appeared.
#[derive(Debug, Clone, Default)]
pub struct ToastState {
    /// The text on show and the time (egui's clock) it appeared.
    shown: Option<(String, f64)>,
    /// The notice text last seen (a toast starts when it changes).
    seen: Option<String>,
}

/// What makes two notices "the same kind": the words before the first ':' (or the first
/// 40 characters).
fn kind_of(text: &str) -> &str {
    let end = text
        .find(':')
        .unwrap_or(text.len())
        .min(text.char_indices().nth(40).map_or(text.len(), |(i, _)| i));
    &text[..end]
}

impl ToastState {
    /// The text of the toast on show at `now` (seconds of egui's clock), if any.
    pub fn current(&self, now: f64) -> Option<&str> {
        self.shown
            .as_ref()
            .filter(|(_, t)| now - t < TOAST_SECONDS)
            .map(|(s, _)| s.as_str())
    }

    /// Takes note of the notice at `now`: a new text starts a toast unless the same kind
    /// toasted less than [`REPEAT_SECONDS`] ago.
    pub fn observe(&mut self, notice: Option<&str>, now: f64) {
        let Some(text) = notice else {
            self.seen = None;
            return;
        };
        if self.seen.as_deref() == Some(text) {
            return;
        }
        self.seen = Some(text.to_string());
        let repeat = self
            .shown
            .as_ref()
            .is_some_and(|(s, t)| kind_of(s) == kind_of(text) && now - t < REPEAT_SECONDS);
        if !repeat {
            self.shown = Some((text.to_string(), now));
        }
    }
}

/// Shows the toast of a notice that is new since the last frame.
pub fn show(ctx: &egui::Context, state: &LabState, ts: &mut ToastState) {
    let now = ctx.input(|i| i.time);
    // Diagnostics (warnings) stay in the status bar and as markers on the loss plot: they
    // come during a run, when the view is what the room watches.
    let notice = state
        .notice
        .as_ref()
        .filter(|n| n.kind != NoticeKind::Warning);
    ts.observe(notice.map(|n| n.text.as_str()), now);
    let (Some(n), Some((text, since))) = (notice, &ts.shown) else {
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
    // With a lesson open its band holds the bottom: the toast floats under the menu bar
    // instead of over the lesson's text.
    let (anchor, offset) = if state.lesson.is_some() {
        (Align2::CENTER_TOP, egui::vec2(0.0, 44.0))
    } else {
        (Align2::CENTER_BOTTOM, egui::vec2(0.0, -56.0))
    };
    egui::Area::new(egui::Id::unique("toast"))
        .order(egui::Order::Tooltip)
        .anchor(anchor, offset)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width((ctx.content_rect().width() * 0.4).max(280.0));
                let mut t = RichText::new(format!("{icon}{body}")).size(size);
                if let Some(c) = colour {
                    t = t.color(c);
                }
                ui.label(t);
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_notice_toasts_and_a_repeated_kind_waits() {
        let mut t = ToastState::default();
        t.observe(Some("saved to a.ron"), 0.0);
        assert_eq!(t.current(1.0), Some("saved to a.ron"));
        assert_eq!(t.current(TOAST_SECONDS + 0.1), None);
        // The same diagnostic with new numbers, soon after: no new toast.
        t.observe(Some("overfitting: rose 0.1 to 0.2"), 10.0);
        assert_eq!(t.current(10.5), Some("overfitting: rose 0.1 to 0.2"));
        t.observe(Some("overfitting: rose 0.2 to 0.3"), 20.0);
        assert_eq!(t.current(20.5), None);
        // Another kind toasts at once; the same kind again after a while.
        t.observe(Some("could not save: disk full"), 21.0);
        assert_eq!(t.current(21.5), Some("could not save: disk full"));
        t.observe(Some("overfitting: rose 0.3 to 0.4"), 22.0);
        assert_eq!(t.current(22.5), Some("overfitting: rose 0.3 to 0.4"));
        t.observe(None, 23.0);
        t.observe(Some("overfitting: rose 0.3 to 0.4"), 23.5);
        assert_eq!(t.current(24.0), Some("overfitting: rose 0.3 to 0.4"));
    }
}
