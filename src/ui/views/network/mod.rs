//! The network drawn neuron by neuron: every unit and connection of a small network,
//! colour for sign (blue positive, red negative) and thickness for size, switchable
//! between the weights, the gradients and the last update — with "Play backprop" the
//! gradients appear from the output backwards. Hover a connection for its value; click a
//! neuron to see its incoming weights and bias. Layers too large to draw become a block
//! with a histogram of their values.
//!
//!
//! The drawing is the network as it is now: every edit shows at once, and layers added or
//! changed since training are drawn grey in a dashed frame, "not trained yet". With two or
//! more input features each hidden neuron shows its small map (what it outputs over the
//! input plane, as in TensorFlow Playground); a convolutional network also shows its
//! kernels and, for a chosen sample, the feature maps after each convolution and pooling.
//! Maps and feature maps are computed by the worker (or a look job), never here.
//!
//! Files: `mod.rs` (the view and its choices), `layout.rs` (columns of neurons and the
//! values each connection shows, plain data), `paint.rs` (drawing neurons, connections and
//! blocks), `maps.rs` (the neuron maps' textures), `conv.rs` (kernels and feature maps).

mod conv;
mod layout;
mod maps;
mod paint;

pub use conv::ConvState;
use layout::layer_values;
pub use layout::{columns, histogram, Column};
pub use maps::MapCache;
use paint::draw;

use super::{concept, empty_hint};
use crate::app::editor::kept_layers;
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use crate::model::{Resolved, Shape, Weights};
use crate::numfmt::num;
use crate::tr;
use crate::train::insight::network_key;
use crate::train::StepTrace;
use crate::ui::style::{signed, warning};
use egui::{RichText, Ui};

/// Columns wider than this are drawn as a block with a histogram.
pub const MAX_DRAWN: usize = 32;
/// Seconds the backprop animation takes.
const ANIM_SECS: f64 = 2.5;

/// Which values colour the connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NetMode {
    /// The weights themselves.
    #[default]
    Weights,
    /// The gradients of one traced step.
    Gradients,
    /// The change one step makes.
    Update,
}

impl NetMode {
    const ALL: [NetMode; 3] = [NetMode::Weights, NetMode::Gradients, NetMode::Update];

    fn title(self) -> String {
        tr!(match self {
            NetMode::Weights => "views-net-weights",
            NetMode::Gradients => "views-net-gradients",
            NetMode::Update => "views-net-update",
        })
    }

    fn tip(self) -> String {
        tr!(match self {
            NetMode::Weights => "views-net-weights-tip",
            NetMode::Gradients => "views-net-gradients-tip",
            NetMode::Update => "views-net-update-tip",
        })
    }
}

/// The view's choices.
#[derive(Debug, Clone, Default)]
pub struct NetState {
    /// What the connections show.
    pub mode: NetMode,
    /// The neuron clicked: (column, unit); column 0 is the input.
    pub selected: Option<(usize, usize)>,
    /// When the backprop animation started (egui time).
    pub anim_start: Option<f64>,
    /// Slow motion: the step whose pass is being shown and when it arrived (egui time).
    pub pulse_step: Option<(u64, f64)>,
    /// Slow motion: how far the current batch's pass has gone (0–0.5 forward, 0.5–1
    /// backward), `None` when not in slow motion.
    pub pulse: Option<f32>,
    /// The neuron maps' textures.
    pub maps: MapCache,
    /// The columns drawn with a map in every neuron in the last frame: (column, units).
    pub maps_drawn: Vec<(usize, usize)>,
    /// The network (key) and training step the maps were last asked for without a worker.
    maps_asked: Option<(Vec<String>, u64)>,
    /// Kernels and feature maps of a convolutional network.
    pub conv: ConvState,
}

/// The weight snapshot to draw and, for each layer of the network as edited now, whether
/// the snapshot's layer belongs to it (unchanged since training).
pub fn trained_weights<'a>(
    state: &'a LabState,
    net: &Resolved,
) -> (Option<&'a Weights>, Vec<bool>) {
    let t = &state.training;
    let weights = t
        .insight
        .weights
        .as_ref()
        .or(t.state.as_ref().map(|s| &s.weights))
        .filter(|w| !w.layers.is_empty());
    let source = if t.phase.is_active() {
        t.running_net.as_ref().or(t.state_net.as_ref())
    } else {
        t.state_net.as_ref().or(t.running_net.as_ref())
    };
    match (weights, source) {
        (Some(w), Some(src)) if w.layers.len() == src.layers.len() => {
            (Some(w), kept_layers(&src.layers, &net.layers))
        }
        _ => (None, Vec::new()),
    }
}

/// The view.
pub fn show(ui: &mut Ui, state: &LabState, ns: &mut NetState, out: &mut Vec<Command>) {
    let insight = &state.training.insight;
    let Some(ds) = state.data.dataset.as_deref() else {
        empty_hint(ui, &tr!("views-no-data"), &tr!("views-no-data-body"));
        return;
    };
    let Ok(net) = &state.net.resolved else {
        empty_hint(ui, &tr!("views-net-error"), &tr!("views-net-error-body"));
        return;
    };
    let (weights, kept) = trained_weights(state, net);
    // Live gradients of the last real batch while training; a traced sample otherwise.
    let trace = if state.training.phase.is_active() || insight.trace.is_none() {
        insight
            .batch_trace
            .as_ref()
            .or(insight.trace.as_ref().filter(|t| !t.from_test))
    } else {
        insight.trace.as_ref().filter(|t| !t.from_test)
    };
    ui.horizontal_wrapped(|ui| {
        for m in NetMode::ALL {
            if ui
                .selectable_label(ns.mode == m, m.title())
                .accessible_name(tr!("views-net-shows", what = m.title().to_lowercase()))
                .on_hover_text(m.tip())
                .clicked()
            {
                ns.mode = m;
                if m == NetMode::Gradients {
                    ns.anim_start = Some(ui.input(|i| i.time));
                }
                // Gradients come from a traced step: ask for one if there is none yet.
                let can = state.training.phase.is_active() || state.train_blocker().is_none();
                if m != NetMode::Weights
                    && trace.is_none()
                    && insight.trace_pending.is_none()
                    && can
                {
                    out.push(Command::Insight(InsightCommand::TraceSample(0)));
                }
            }
        }
        ui.separator();
        if ns.mode != NetMode::Weights {
            match trace {
                Some(t) if t.sample == usize::MAX => {
                    ui.label(RichText::new(tr!("views-net-from-batch")).weak());
                }
                Some(t) => {
                    ui.label(RichText::new(tr!("views-net-from-sample", sample = t.sample)).weak());
                }
                None if ns.mode == NetMode::Update && insight.prev_weights.is_some() => {
                    ui.label(RichText::new(tr!("views-net-over-epoch")).weak());
                }
                None => {
                    ui.label(
                        RichText::new(tr!("views-net-trace-hint")).color(warning(ui.visuals())),
                    );
                }
            }
            let blocker = if state.training.phase.is_active() {
                None
            } else {
                state.train_blocker()
            };
            let sample = trace.map_or(0, |t| if t.sample == usize::MAX { 0 } else { t.sample });
            if ui
                .add_enabled(
                    blocker.is_none() && insight.trace_pending.is_none(),
                    egui::Button::new(tr!("views-net-trace")),
                )
                .on_hover_text(tr!("views-net-trace-tip"))
                .clicked()
            {
                out.push(Command::Insight(InsightCommand::TraceSample(sample)));
            }
            if ns.mode == NetMode::Gradients
                && ui
                    .button(tr!("views-net-play"))
                    .on_hover_text(tr!("views-net-play-tip"))
                    .clicked()
            {
                ns.anim_start = Some(ui.input(|i| i.time));
            }
        }
    });
    slow_motion_pulse(ui, state, ns);
    let cols = columns(net, &kept, &ds.feature_names);
    status_line(ui, state, weights.is_some(), &cols);
    neuron_maps(ui, state, ns, net, &cols, out);
    let is_conv = net
        .layers
        .iter()
        .any(|l| matches!(l.spec, crate::model::LayerSpec::Conv2d { .. }));
    let maps = std::mem::take(&mut ns.maps);
    let avail = ui.available_size();
    let side = 240.0;
    // A convolutional network shares the height with its kernels and feature maps.
    let height = if is_conv {
        (avail.y * 0.42).clamp(220.0, 340.0)
    } else {
        avail.y.max(260.0)
    };
    if avail.x >= 800.0 {
        let canvas = egui::vec2(avail.x - side - 12.0, height);
        ui.horizontal_top(|ui| {
            draw(ui, ns, weights, trace, &cols, &maps, canvas);
            ui.vertical(|ui| {
                ui.set_width(side);
                details(ui, ns, weights, trace, insight.prev_weights.as_ref(), &cols);
            });
        });
    } else {
        // Narrow centre: the details go below the drawing.
        let canvas = egui::vec2(
            avail.x,
            if is_conv {
                height
            } else {
                (avail.y * 0.68).max(260.0)
            },
        );
        draw(ui, ns, weights, trace, &cols, &maps, canvas);
        ui.separator();
        details(ui, ns, weights, trace, insight.prev_weights.as_ref(), &cols);
    }
    ns.maps = maps;
    if is_conv {
        ui.separator();
        conv::show(ui, state, &mut ns.conv, net, weights, &kept, out);
    }
}

/// One line on what the drawing shows: trained, partly trained, or not yet.
fn status_line(ui: &mut Ui, state: &LabState, have_weights: bool, cols: &[Column]) {
    let untrained = cols.iter().filter(|c| !c.trained).count();
    let layers = cols.len().saturating_sub(1);
    let text = if !have_weights {
        tr!("views-net-not-trained")
    } else if untrained == 0 {
        return;
    } else if state.training.phase.is_active() {
        tr!(
            "views-net-changed-running",
            untrained = untrained,
            layers = layers
        )
    } else {
        tr!("views-net-changed", untrained = untrained, layers = layers)
    };
    ui.label(RichText::new(text).color(paint::UNTRAINED_TEXT));
}

/// Keeps the neuron maps coming for a network with two or more input features: while a
/// worker runs it sends them with the decision boundary; without one they are asked once
/// per network and training step (a look job computes them from the current weights).
fn neuron_maps(
    ui: &Ui,
    state: &LabState,
    ns: &mut NetState,
    net: &Resolved,
    cols: &[Column],
    out: &mut Vec<Command>,
) {
    let insight = &state.training.insight;
    let width = match net.layers.first().map(|l| l.input) {
        Some(Shape::Flat(n)) if n >= 2 => n,
        _ => {
            ns.maps.clear();
            return;
        }
    };
    let specs: Vec<_> = net.layers.iter().map(|l| l.spec.clone()).collect();
    let key = network_key(width, &specs);
    let req = insight
        .watching
        .filter(|r| r.fx < width && r.fy < width && r.fx != r.fy)
        .unwrap_or_default();
    if state.training.phase.is_active() {
        if insight.watching != Some(req) {
            out.push(Command::Insight(InsightCommand::WatchBoundary(Some(req))));
        }
    } else {
        let current = insight
            .boundary
            .as_ref()
            .is_some_and(|g| g.network == key && g.epoch == state.training.epoch);
        let asked = (key.clone(), state.training.step);
        if !current && ns.maps_asked.as_ref() != Some(&asked) && state.train_blocker().is_none() {
            ns.maps_asked = Some(asked);
            out.push(Command::Insight(InsightCommand::BoundaryNow(req)));
        }
    }
    match &insight.boundary {
        Some(grid) => ns
            .maps
            .update(ui.ctx(), grid, insight.boundary_version, &key, cols),
        None => ns.maps.clear(),
    }
}

/// In slow motion each batch is shown travelling through the network: forward (the dish is
/// cooked) in the first half of the batch's time, backward (the feedback) in the second.
fn slow_motion_pulse(ui: &Ui, state: &LabState, ns: &mut NetState) {
    let t = &state.training;
    let pace = state.config.pace;
    let interval = t.batches_per_epoch.max(1);
    let (true, Some(dt)) = (
        pace.is_slow_motion() && t.phase == crate::app::Phase::Running,
        pace.batch_interval(interval),
    ) else {
        ns.pulse = None;
        ns.pulse_step = None;
        return;
    };
    let now = ui.input(|i| i.time);
    if ns.pulse_step.is_none_or(|(step, _)| step != t.step) {
        ns.pulse_step = Some((t.step, now));
    }
    let start = ns.pulse_step.map_or(now, |(_, t0)| t0);
    let f = ((now - start) / dt.as_secs_f64().max(0.05)) as f32;
    ns.pulse = Some(f.clamp(0.0, 1.0));
    if f < 1.0 {
        ui.ctx().request_repaint();
    }
}

fn details(
    ui: &mut Ui,
    ns: &NetState,
    weights: Option<&Weights>,
    trace: Option<&StepTrace>,
    prev: Option<&Weights>,
    cols: &[Column],
) {
    let Some((k, j)) = ns.selected else {
        concept(
            ui,
            RichText::new(tr!("views-net-click")).strong(),
            &tr!("views-net-click-tip"),
        );
        ui.label(RichText::new(tr!("views-net-click-body")).weak());
        return;
    };
    let Some(c) = cols.get(k) else { return };
    ui.label(
        RichText::new(format!(
            "{} — {}",
            c.label,
            c.names.get(j).cloned().unwrap_or_default()
        ))
        .strong(),
    );
    let Some(li) = c.layer else {
        ui.label(tr!("views-net-input-info"));
        return;
    };
    if !c.trained {
        ui.label(RichText::new(tr!("views-net-layer-not-trained")).color(paint::UNTRAINED_TEXT));
        return;
    }
    let Some((vals, biases)) = weights.and_then(|w| layer_values(ns.mode, li, w, trace, prev))
    else {
        ui.label(RichText::new(tr!("views-net-no-values")).weak());
        return;
    };
    let what = ns.mode.title().to_lowercase();
    if let Some(b) = biases.get(j) {
        ui.label(RichText::new(tr!("views-net-bias", what = what, value = num(*b))).monospace());
    }
    ui.label(RichText::new(tr!("views-net-incoming", what = what)).weak());
    let prev_col = &cols[k - 1];
    let units = c.units;
    egui::ScrollArea::vertical()
        .id_salt("incoming")
        .max_height(ui.available_height().max(100.0))
        .show(ui, |ui| {
            for i in 0..prev_col.units.min(256) {
                if let Some(v) = vals.get(i * units + j) {
                    ui.label(
                        RichText::new(format!(
                            "{}: {}",
                            prev_col.names.get(i).cloned().unwrap_or_default(),
                            num(*v)
                        ))
                        .monospace()
                        .color(signed(ui.visuals(), *v)),
                    );
                }
            }
        });
}
