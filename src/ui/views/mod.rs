//! The views that make layerlab a lab: gradient flow, the network drawn neuron by neuron,
//! the decision boundary, the judge (test evaluation), one training step slowly, the
//! cooking-picture guide, presenter mode and ghost runs for comparison.
//!
//! Like every panel, the views read [`LabState`] and push [`Command`]s; what they need from
//! the worker arrives in [`crate::app::insight::Insight`]. Textures (the boundary heat map)
//! are rebuilt only when a new grid arrives.

pub mod boundary;
pub mod compare;
pub mod flow;
pub mod help;
pub mod judge;
pub mod look;
pub mod network;
pub mod step;
pub mod step_optim;

use super::Tab;
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use egui::{Color32, RichText, Ui};
pub use look::Look;

/// Per-view buffers (selections, toggles, cached textures). Runtime only.
#[derive(Default)]
pub struct ViewState {
    /// Gradient flow view.
    pub flow: flow::FlowState,
    /// Network view.
    pub network: network::NetState,
    /// Decision boundary view.
    pub boundary: boundary::BoundaryState,
    /// The judge.
    pub judge: judge::JudgeState,
    /// One step, slowly.
    pub step: step::StepState,
    /// Whether the guide (the training loop as cooking) is open.
    pub show_guide: bool,
    /// The look last applied to the context.
    applied: Option<Look>,
}

impl std::fmt::Debug for ViewState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ViewState")
            .field("show_guide", &self.show_guide)
            .finish_non_exhaustive()
    }
}

impl Clone for ViewState {
    /// Selections are cloned; cached textures are not (they are rebuilt on demand).
    fn clone(&self) -> Self {
        ViewState {
            flow: self.flow.clone(),
            network: self.network.clone(),
            boundary: self.boundary.clone(),
            judge: self.judge.clone(),
            step: self.step.clone(),
            show_guide: self.show_guide,
            applied: None,
        }
    }
}

/// Draws the open view.
pub fn show(
    ui: &mut Ui,
    tab: Tab,
    state: &LabState,
    vs: &mut ViewState,
    look: &Look,
    out: &mut Vec<Command>,
) {
    match tab {
        Tab::Flow => flow::show(ui, state, &mut vs.flow, look),
        Tab::Network => network::show(ui, state, &mut vs.network, out),
        Tab::Boundary => boundary::show(ui, state, &mut vs.boundary, look, out),
        Tab::Judge => judge::show(ui, state, &mut vs.judge, out),
        Tab::Step => step::show(ui, state, &mut vs.step, out),
        _ => {}
    }
}

/// Once per frame, whatever the tab: applies the look (theme, presenter mode, zoom) and
/// remembers Ctrl +/− zoom, keeps the boundary coming only while its tab is open, and
/// draws the guide window when open.
pub fn frame(
    ctx: &egui::Context,
    state: &LabState,
    tab: Tab,
    vs: &mut ViewState,
    look: &mut Look,
    out: &mut Vec<Command>,
) {
    if vs.applied.is_none() {
        ctx.set_zoom_factor(look.zoom.clamp(0.5, 3.0));
    } else {
        look.zoom = ctx.zoom_factor();
    }
    if vs.applied.as_ref().is_none_or(|a| !a.same_style(look)) {
        look::apply(ctx, look);
        vs.applied = Some(look.clone());
    }
    let insight = &state.training.insight;
    // The Network view draws each hidden neuron's map from the same grid.
    if !matches!(tab, Tab::Boundary | Tab::Network) && insight.watching.is_some() {
        out.push(Command::Insight(InsightCommand::WatchBoundary(None)));
    }
    // Per-connection values and weight snapshots cost the worker time: only the Network
    // view (and the judge's forward pass of a test sample) uses them, so they come only
    // while one of those is open.
    let values = matches!(tab, Tab::Network | Tab::Judge);
    if insight.values_shown != values {
        out.push(Command::Insight(InsightCommand::ShowValues(values)));
    }
    if vs.show_guide {
        help::window(ctx, &mut vs.show_guide);
    }
}

/// A big, friendly hint shown where a view has nothing to draw yet.
pub fn empty_hint(ui: &mut Ui, title: &str, body: &str) {
    ui.add_space(30.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(title).size(20.0).weak());
        ui.label(RichText::new(body).weak());
    });
}

/// A label with a dotted-feel hover explanation of the concept it names.
pub fn concept(ui: &mut Ui, text: impl Into<RichText>, tip: &str) -> egui::Response {
    ui.label(text.into().underline()).on_hover_text(tip)
}

/// Blue for positive, red for negative; stronger for larger `|v| / max`.
pub fn signed_color(v: f32, max: f32) -> Color32 {
    let t = if max > 0.0 {
        (v.abs() / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (r, g, b) = if v >= 0.0 {
        (0x1F, 0x77, 0xB4)
    } else {
        (0xD6, 0x27, 0x28)
    };
    let a = (40.0 + 215.0 * t) as u8;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// A perceptual-ish sequential colour map (dark blue -> teal -> yellow) for `t` in 0..=1.
pub fn heat(t: f32) -> Color32 {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    const STOPS: [(f32, [u8; 3]); 5] = [
        (0.0, [0x44, 0x01, 0x54]),
        (0.25, [0x3B, 0x52, 0x8B]),
        (0.5, [0x21, 0x90, 0x8C]),
        (0.75, [0x5D, 0xC8, 0x63]),
        (1.0, [0xFD, 0xE7, 0x25]),
    ];
    for w in STOPS.windows(2) {
        let (a, ca) = w[0];
        let (b, cb) = w[1];
        if t <= b {
            let u = (t - a) / (b - a);
            let mix = |i: usize| (ca[i] as f32 + (cb[i] as f32 - ca[i] as f32) * u) as u8;
            return Color32::from_rgb(mix(0), mix(1), mix(2));
        }
    }
    Color32::from_rgb(0xFD, 0xE7, 0x25)
}

/// The series name (empty when not near a point) and position under the cursor in a plot.
pub fn hover_at(h: &egui_plot::HoverPosition<'_>) -> (String, egui_plot::PlotPoint) {
    match h {
        egui_plot::HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => (plot_name.to_string(), *position),
        egui_plot::HoverPosition::Elsewhere { position } => (String::new(), *position),
    }
}

/// The label of class `c` (its name from the data, or its number), right-to-left words in
/// display order ([`crate::ui::fonts::visual_order`]).
pub fn class_name(state: &LabState, c: usize) -> String {
    match state.data.dataset.as_ref().map(|d| &d.task) {
        Some(crate::data::Task::Classification { classes }) => classes.get(c).map_or_else(
            || c.to_string(),
            |name| crate::ui::fonts::visual_order(name).into_owned(),
        ),
        _ => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours() {
        assert_eq!(heat(0.0), Color32::from_rgb(0x44, 0x01, 0x54));
        assert_eq!(heat(1.0), Color32::from_rgb(0xFD, 0xE7, 0x25));
        assert_eq!(heat(f32::NAN), heat(0.0));
        assert!(signed_color(1.0, 1.0).b() > signed_color(-1.0, 1.0).b());
    }
}
