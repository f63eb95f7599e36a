//! Small labelled inputs shared by the panels. Each returns the new value when the user
//! changed it, so the panel can push a command; each input has an accessible name.

use egui::emath::Numeric;
use egui::{DragValue, Response, Ui};
use std::ops::RangeInclusive;

/// A visible label and a drag value named by it. `name` is the accessible name (unique in
/// the window, e.g. "Layer 2 units").
pub fn drag<N: Numeric>(
    ui: &mut Ui,
    label: &str,
    name: &str,
    value: N,
    range: RangeInclusive<N>,
    speed: f64,
) -> Option<N> {
    if !label.is_empty() {
        ui.label(label);
    }
    let mut v = value;
    let r = ui.add(DragValue::new(&mut v).range(range).speed(speed));
    let r = r.accessible_name(name);
    changed(&r, value, v)
}

/// A drag value showing many significant digits (learning rates, epsilons).
pub fn drag_small(
    ui: &mut Ui,
    label: &str,
    name: &str,
    value: f32,
    range: RangeInclusive<f32>,
) -> Option<f32> {
    if !label.is_empty() {
        ui.label(label);
    }
    let mut v = value;
    let speed = (value.abs() as f64 * 0.01).max(1e-6);
    let r = ui
        .add(
            DragValue::new(&mut v)
                .range(range)
                .speed(speed)
                .max_decimals(8)
                .custom_formatter(|x, _| crate::numfmt::compact(x)),
        )
        .accessible_name(name);
    changed(&r, value, v)
}

/// `[−] value [+]`: quick steps for counts such as units and filters.
pub fn stepper(ui: &mut Ui, name: &str, value: usize, min: usize, max: usize) -> Option<usize> {
    let mut out = None;
    let minus = ui
        .add_enabled(value > min, egui::Button::new("−").small())
        .accessible_name(crate::tr!("controls-fewer", name = name))
        .on_hover_text(crate::tr!("controls-fewer-tip"));
    if minus.clicked() {
        out = Some(step_down(value).max(min));
    }
    let mut v = value;
    let r = ui
        .add(DragValue::new(&mut v).range(min..=max).speed(0.2))
        .accessible_name(name);
    if let Some(n) = changed(&r, value, v) {
        out = Some(n);
    }
    let plus = ui
        .add_enabled(value < max, egui::Button::new("+").small())
        .accessible_name(crate::tr!("controls-more", name = name))
        .on_hover_text(crate::tr!("controls-more-tip"));
    if plus.clicked() {
        out = Some(step_up(value).min(max));
    }
    out
}

/// One line of fixed height for a message that comes and goes (a blocker, a speed line,
/// a warning): the space is always taken, so nothing below moves when the message
/// appears. Long text is cut with "…"; the whole text is on hover.
pub fn slot(ui: &mut Ui, text: Option<egui::RichText>) -> Option<Response> {
    let h = ui.text_style_height(&egui::TextStyle::Body);
    let w = ui.available_width();
    ui.allocate_ui_with_layout(
        egui::vec2(w, h),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(egui::vec2(w, h));
            // A cut label shows its whole text on hover by itself.
            text.map(|t| ui.add(egui::Label::new(t).truncate()))
        },
    )
    .inner
}

/// A "⚙" button beside a choice that opens the choice's parameters in a popup (a
/// two-column grid), so picking an option with more parameters never moves the rows
/// below. The popup stays open while its values are edited; a click outside or Escape
/// closes it. `name` is the accessible name, e.g. "Optimizer settings".
pub fn params_popup(ui: &mut Ui, name: &str, add: impl FnOnce(&mut Ui)) -> Response {
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let (r, _) = egui::containers::menu::MenuButton::new("⚙")
        .config(config)
        .ui(ui, |ui| {
            ui.label(egui::RichText::new(name).strong());
            egui::Grid::new(name)
                .num_columns(2)
                .spacing([10.0, 8.0])
                .show(ui, add);
        });
    r.accessible_name(name).on_hover_text(name)
}

fn changed<N: Numeric>(_r: &Response, old: N, new: N) -> Option<N> {
    (new.to_f64() != old.to_f64()).then_some(new)
}

/// Next value up (one more, as in TensorFlow Playground).
pub fn step_up(v: usize) -> usize {
    v + 1
}

/// Next value down, mirroring [`step_up`].
pub fn step_down(v: usize) -> usize {
    v.saturating_sub(1)
}

/// Replaces the few characters that the bundled fonts cannot draw (the window must look
/// the same on a machine without system fonts): `ˣ` → `^x`, `→` → `->`, `‖` → `|`.
pub fn plain(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['ˣ', '→', '‖']) {
        std::borrow::Cow::Owned(s.replace('ˣ', "^x").replace('→', "->").replace('‖', "|"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_formats() {
        assert_eq!(step_up(8), 9);
        assert_eq!(step_down(16), 15);
        assert_eq!(plain("eˣ → ‖g‖"), "e^x -> |g|");
    }
}
