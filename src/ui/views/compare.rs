//! Compare runs: a finished run's curves kept as a faint "ghost" behind the next run
//! (SGD against Adam, constant-1 against He initialization…). A run becomes a ghost when
//! it is reset, when other data starts a new run, or with "Keep this run". A ghost
//! remembers its data and is overlaid only on data from the same source with the same
//! target; the strip names the others as kept for their own data.

use super::Look;
use crate::app::insight::{Ghost, InsightCommand};
use crate::app::training::RunData;
use crate::app::{Command, LabState};
use crate::tr;
use crate::ui::plots::Key;
use egui::{Color32, RichText, Ui};
use egui_plot::{Line, LineStyle, PlotPoints, PlotUi};

/// Colours of the ghosts, newest first.
pub const GHOST_COLORS: [Color32; 3] = [
    Color32::from_rgb(0x99, 0x99, 0x99),
    Color32::from_rgb(0xB3, 0x8B, 0xD9),
    Color32::from_rgb(0x8C, 0xB3, 0x8C),
];

fn colour(i: usize) -> Color32 {
    GHOST_COLORS[i % GHOST_COLORS.len()]
}

/// The strip above the loss view: keep, show or clear ghosts.
pub fn strip(ui: &mut Ui, state: &LabState, look: &mut Look, out: &mut Vec<Command>) {
    let ghosts = &state.training.insight.ghosts;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("views-compare-title")).strong())
            .on_hover_text(tr!("views-compare-tip"));
        if ui
            .add_enabled(
                !state.training.history.epochs.is_empty(),
                egui::Button::new(tr!("views-compare-keep")),
            )
            .on_hover_text(tr!("views-compare-keep-tip"))
            .on_disabled_hover_text(tr!("views-compare-keep-disabled"))
            .clicked()
        {
            out.push(Command::Insight(InsightCommand::KeepGhost));
        }
        if ghosts.is_empty() {
            ui.label(RichText::new(tr!("views-compare-none")).weak());
            return;
        }
        ui.checkbox(&mut look.show_ghosts, tr!("views-compare-show"));
        let data = RunData::of(&state.data);
        for (i, g) in ghosts.iter().enumerate() {
            if g.fits(data.as_ref()) {
                ui.label(RichText::new("■").color(colour(i)).strong());
                ui.label(RichText::new(g.name()).small());
            } else {
                ui.label(
                    RichText::new(tr!(
                        "views-compare-other-data",
                        label = g.name(),
                        data = g.data_label()
                    ))
                    .small()
                    .weak(),
                )
                .on_hover_text(tr!("views-compare-other-data-tip"));
            }
        }
        if ui
            .small_button(tr!("views-compare-clear"))
            .on_hover_text(tr!("views-compare-clear-tip"))
            .clicked()
        {
            out.push(Command::Insight(InsightCommand::ClearGhosts));
        }
    });
}

fn tf(v: f64, log: bool) -> f64 {
    if log {
        v.max(1e-12).log10()
    } else {
        v
    }
}

/// Training-loss lines of the ghosts for the loss plot (x: step).
pub fn ghost_loss(g: &Ghost, log: bool) -> Vec<[f64; 2]> {
    g.epochs
        .iter()
        .filter(|r| r.train_loss.is_finite())
        .map(|r| [r.step as f64, tf(r.train_loss, log)])
        .collect()
}

/// The ghosts to overlay on the current data (with their colour index), none when hidden.
pub fn shown(state: &LabState, show: bool) -> Vec<(usize, &Ghost)> {
    if !show {
        return Vec::new();
    }
    let data = RunData::of(&state.data);
    state
        .training
        .insight
        .ghosts
        .iter()
        .enumerate()
        .filter(|(_, g)| g.fits(data.as_ref()))
        .collect()
}

/// Legend entries of the ghosts overlaid on the current data.
pub fn legend_keys(state: &LabState, show: bool) -> Vec<Key> {
    shown(state, show)
        .into_iter()
        .map(|(i, g)| Key::dashed(tr!("views-compare-ghost", label = g.name()), colour(i)))
        .collect()
}

/// The highest loss a ghost may draw: ten times the current run's highest epoch loss, so a
/// run that blew up (1e25) does not flatten the current one against the axis. `None`
/// before the current run has an epoch.
fn loss_cap(state: &LabState) -> Option<f64> {
    state
        .training
        .history
        .epochs
        .iter()
        .flat_map(|r| [r.train_loss, r.val_loss])
        .filter(|v| v.is_finite())
        .reduce(f64::max)
        .map(|m| m.abs().max(1e-6) * 10.0)
}

/// Draws the ghosts into the loss plot (x: step).
pub fn loss_lines(p: &mut PlotUi<'_>, state: &LabState, show: bool, log: bool) {
    let cap = loss_cap(state).map_or(f64::INFINITY, |c| tf(c, log));
    let under = |q: &[f64; 2]| q[1].is_finite() && q[1] <= cap;
    for (i, g) in shown(state, show) {
        let smoothed: Vec<[f64; 2]> = g
            .smoothed
            .iter()
            .map(|q| [q[0], tf(q[1], log)])
            .filter(under)
            .collect();
        if !smoothed.is_empty() {
            p.line(
                Line::new(
                    tr!("views-compare-ghost", label = g.name()),
                    PlotPoints::from(smoothed),
                )
                .color(colour(i).gamma_multiply(0.6))
                .width(1.5),
            );
        }
        p.line(
            Line::new(
                tr!("views-compare-ghost", label = g.name()),
                PlotPoints::from(
                    ghost_loss(g, log)
                        .into_iter()
                        .filter(under)
                        .collect::<Vec<_>>(),
                ),
            )
            .color(colour(i))
            .style(LineStyle::dashed_loose())
            .width(2.0),
        );
    }
}

/// Draws the ghosts into the metric plot (x: epoch), validation if it has it, else train.
pub fn metric_lines(p: &mut PlotUi<'_>, state: &LabState, show: bool) {
    for (i, g) in shown(state, show) {
        let val = g.epochs.iter().any(|r| r.val_metric.is_finite());
        let pts: Vec<[f64; 2]> = g
            .epochs
            .iter()
            .map(|r| {
                [
                    r.epoch as f64,
                    if val { r.val_metric } else { r.train_metric },
                ]
            })
            // R² below -1 only says "worse than guessing the mean": it would flatten the
            // current run's curve.
            .filter(|q| q[1].is_finite() && q[1] >= -1.0)
            .collect();
        p.line(
            Line::new(
                tr!("views-compare-ghost", label = g.name()),
                PlotPoints::from(pts),
            )
            .color(colour(i))
            .style(LineStyle::dashed_loose())
            .width(2.0),
        );
    }
}
