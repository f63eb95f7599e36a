//! The Loss view: train and validation loss per epoch, the smoothed per-batch loss, and
//! accuracy (or R²) beside it; log-scale toggle, values on hover, markers where the
//! learning rate changed or a diagnostic fired. Draws from decimated series, so it stays
//! fast after millions of steps. Axes and legends follow [`super::plots`]: round ticks
//! read as people write numbers, the legend in a row above each plot.

use super::plots::{self, Key, Scale};
use super::style::{CLASS_COLORS, WARNING};
use super::{decimate, Prefs};
use crate::app::history::MarkerKind;
use crate::app::LabState;
use crate::numfmt;
use crate::tr;
use egui::{Color32, RichText, Ui};
use egui_plot::{Line, LineStyle, Plot, PlotPoints, VLine};

const TRAIN: Color32 = CLASS_COLORS[0];
const VAL: Color32 = CLASS_COLORS[1];
const BATCH: Color32 = Color32::from_rgb(0x8F, 0xB8, 0xDE);
const LR_MARK: Color32 = Color32::from_rgb(0x9C, 0x6A, 0xDE);

/// Draws the view.
pub fn show(ui: &mut Ui, state: &LabState, prefs: &mut Prefs) {
    let h = &state.training.history;
    let classification = state
        .data
        .dataset
        .as_ref()
        .is_none_or(|d| d.task.is_classification());
    // One line that never wraps: the latest numbers are cut with "…" (whole on hover)
    // rather than pushing the plots down when they get longer.
    ui.horizontal(|ui| {
        ui.checkbox(&mut prefs.log_scale, tr!("controls-log-scale"));
        ui.checkbox(&mut prefs.show_raw, tr!("controls-raw-batch-loss"));
        if let Some(last) = h.epochs.last() {
            ui.separator();
            let mut parts = vec![tr!(
                "controls-latest-train-loss",
                value = crate::numfmt::loss(last.train_loss)
            )];
            if last.val_loss.is_finite() {
                parts.push(tr!(
                    "controls-latest-val-loss",
                    value = crate::numfmt::loss(last.val_loss)
                ));
            }
            let metric = if classification {
                tr!("controls-metric-accuracy")
            } else {
                "R²".to_string()
            };
            if last.val_metric.is_finite() {
                parts.push(tr!(
                    "controls-latest-val-metric",
                    metric = metric,
                    value = metric_text(last.val_metric, classification)
                ));
            } else if last.train_metric.is_finite() {
                parts.push(tr!(
                    "controls-latest-train-metric",
                    metric = metric,
                    value = metric_text(last.train_metric, classification)
                ));
            }
            ui.add(egui::Label::new(parts.join(" · ")).truncate());
        }
    });
    ui.label(
        RichText::new(tr!(
            "controls-loss-points",
            points = numfmt::thousands(h.batch.count() as usize),
            epochs = numfmt::thousands(h.epochs.len())
        ))
        .small()
        .weak(),
    );
    if h.is_empty() {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(tr!("controls-loss-empty")).size(20.0).weak());
            ui.label(RichText::new(tr!("controls-loss-empty-more")).weak());
        });
        return;
    }

    let log = prefs.log_scale;
    let tf = move |v: f64| if log { v.max(1e-12).log10() } else { v };
    let map = move |pts: Vec<[f64; 2]>| -> Vec<[f64; 2]> {
        pts.into_iter().map(|[x, y]| [x, tf(y)]).collect()
    };
    let train_epochs: Vec<[f64; 2]> = h
        .epochs
        .iter()
        .filter(|r| r.train_loss.is_finite())
        .map(|r| [r.step as f64, tf(r.train_loss)])
        .collect();
    let val_epochs: Vec<[f64; 2]> = h
        .epochs
        .iter()
        .filter(|r| r.val_loss.is_finite())
        .map(|r| [r.step as f64, tf(r.val_loss)])
        .collect();
    let smoothed = map(h.smoothed.points());
    let raw = if prefs.show_raw {
        map(h.batch.points())
    } else {
        Vec::new()
    };
    let markers = h.markers.clone();
    let ghosts = prefs.look.show_ghosts;
    // Legends sit above the plots in every mode (presenter mode included), covering nothing.
    let width = ui.available_width();
    let gap = ui.spacing().item_spacing.x;
    let loss_w = ((width - gap) * 0.6).max(200.0);
    let metric_w = (width - gap - loss_w - 4.0).max(120.0);
    // However long the run, each line is fitted to the plot's pixel width.
    let ppp = ui.pixels_per_point();
    let fit = move |pts: Vec<[f64; 2]>, w: f32| decimate::to_width(pts, (w * ppp) as usize);
    let (train_epochs, val_epochs) = (fit(train_epochs, loss_w), fit(val_epochs, loss_w));
    let (smoothed, raw) = (fit(smoothed, loss_w), fit(raw, loss_w));
    let ghost_keys = super::views::compare::legend_keys(state, ghosts);
    // The series' names, in the window's language (the legend and the hover say them).
    let batch_name = tr!("controls-line-batch");
    let smoothed_name = tr!("controls-line-smoothed");
    let train_name = tr!("controls-line-train");
    let val_name = tr!("controls-line-val");
    let lr_name = tr!("controls-line-lr");
    let diagnostic_name = tr!("controls-line-diagnostic");
    let mut loss_keys = ghost_keys.clone();
    if !raw.is_empty() {
        loss_keys.push(Key::line(batch_name.clone(), BATCH.gamma_multiply(0.6)));
    }
    loss_keys.push(Key::line(smoothed_name.clone(), BATCH));
    loss_keys.push(Key::line(train_name.clone(), TRAIN));
    if !val_epochs.is_empty() {
        loss_keys.push(Key::line(val_name.clone(), VAL));
    }
    if markers.iter().any(|m| m.kind == MarkerKind::LrChanged) {
        loss_keys.push(Key::dashed(lr_name.clone(), LR_MARK));
    }
    if markers.iter().any(|m| m.kind == MarkerKind::Diagnostic) {
        loss_keys.push(Key::dashed(diagnostic_name.clone(), WARNING));
    }
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(loss_w);
            ui.label(RichText::new(tr!("controls-loss-title")).strong());
            plots::legend(ui, &loss_keys);
            let plot = Plot::new("loss-plot")
                .width(loss_w)
                .height((ui.available_height() - 8.0).max(160.0))
                .x_axis_label(tr!("controls-axis-step"))
                .y_axis_label(if log {
                    tr!("controls-axis-loss-log")
                } else {
                    tr!("controls-axis-loss")
                })
                .label_formatter(move |hover| {
                    let (name, p) = hover_point(hover);
                    let v = if log { 10f64.powf(p.y) } else { p.y };
                    let text = format!(
                        "{}\n{}",
                        tr!("controls-hover-step", step = numfmt::grouped(p.x)),
                        tr!("controls-hover-loss", loss = numfmt::loss(v))
                    );
                    Some(if name.is_empty() {
                        text
                    } else {
                        format!("{name}\n{text}")
                    })
                });
            let y_scale = if log { Scale::Log10 } else { Scale::Value };
            let plot = plots::span(plot, &[&smoothed, &train_epochs, &val_epochs, &raw]);
            plots::readable(plot, ui, Scale::Count, y_scale).show(ui, |p| {
                super::views::compare::loss_lines(p, state, ghosts, log);
                if !raw.is_empty() {
                    p.line(
                        Line::new(batch_name, PlotPoints::from(raw))
                            .color(BATCH.gamma_multiply(0.6))
                            .width(1.0),
                    );
                }
                p.line(
                    Line::new(smoothed_name, PlotPoints::from(smoothed))
                        .color(BATCH)
                        .width(2.0),
                );
                p.line(
                    Line::new(train_name, PlotPoints::from(train_epochs))
                        .color(TRAIN)
                        .width(2.5),
                );
                if !val_epochs.is_empty() {
                    p.line(
                        Line::new(val_name, PlotPoints::from(val_epochs))
                            .color(VAL)
                            .width(2.5),
                    );
                }
                for m in markers {
                    // Named by kind (the legend row says what each colour means); the
                    // status bar has the full message.
                    let (name, colour) = match m.kind {
                        MarkerKind::LrChanged => (&lr_name, LR_MARK),
                        MarkerKind::Diagnostic => (&diagnostic_name, WARNING),
                    };
                    p.vline(
                        VLine::new(name.as_str(), m.step as f64)
                            .color(colour)
                            .style(LineStyle::dashed_loose()),
                    );
                }
                if let Some((step, _)) = replay_marker(state) {
                    p.vline(
                        VLine::new(tr!("replay-marker"), step)
                            .color(REPLAY_MARK)
                            .width(2.0),
                    );
                }
            });
        });
        ui.vertical(|ui| {
            ui.set_width(metric_w);
            let (title, metric) = if classification {
                (
                    tr!("controls-metric-accuracy-title"),
                    tr!("controls-metric-accuracy"),
                )
            } else {
                ("R²".to_string(), "r²".to_string())
            };
            ui.label(RichText::new(title).strong());
            let train_m: Vec<[f64; 2]> = h
                .epochs
                .iter()
                .filter(|r| r.train_metric.is_finite())
                .map(|r| [r.epoch as f64, r.train_metric])
                .collect();
            let val_m: Vec<[f64; 2]> = h
                .epochs
                .iter()
                .filter(|r| r.val_metric.is_finite())
                .map(|r| [r.epoch as f64, r.val_metric])
                .collect();
            let (train_m, val_m) = (fit(train_m, metric_w), fit(val_m, metric_w));
            let (train_name, val_name) = (
                tr!("controls-metric-train", metric = metric.clone()),
                tr!("controls-metric-val", metric = metric),
            );
            let mut keys = ghost_keys;
            keys.push(Key::line(train_name.clone(), TRAIN));
            if !val_m.is_empty() {
                keys.push(Key::line(val_name.clone(), VAL));
            }
            plots::legend(ui, &keys);
            let mut plot = Plot::new("metric-plot")
                .width(metric_w)
                .height((ui.available_height() - 8.0).max(160.0))
                .x_axis_label(tr!("controls-axis-epoch"))
                .label_formatter(move |hover| {
                    let (name, p) = hover_point(hover);
                    Some(format!(
                        "{name}\n{}\n{}",
                        tr!("controls-status-epoch", epoch = numfmt::grouped(p.x)),
                        metric_text(p.y, classification)
                    ))
                });
            if classification {
                plot = plot.include_y(0.0).include_y(1.0);
            }
            let y_scale = if classification {
                Scale::Percent
            } else {
                Scale::Value
            };
            let plot = plots::span(plot, &[&train_m, &val_m]);
            plots::readable(plot, ui, Scale::Count, y_scale).show(ui, |p| {
                super::views::compare::metric_lines(p, state, ghosts);
                if let Some((_, epoch)) = replay_marker(state) {
                    p.vline(
                        VLine::new(tr!("replay-marker"), epoch)
                            .color(REPLAY_MARK)
                            .width(2.0),
                    );
                }
                p.line(
                    Line::new(train_name, PlotPoints::from(train_m))
                        .color(TRAIN)
                        .width(2.5),
                );
                if !val_m.is_empty() {
                    p.line(
                        Line::new(val_name, PlotPoints::from(val_m))
                            .color(VAL)
                            .width(2.5),
                    );
                }
            });
        });
    });
}

fn metric_text(v: f64, classification: bool) -> String {
    if classification {
        format!("{:.1} %", v * 100.0)
    } else {
        format!("{v:.3}")
    }
}

/// The series name (empty away from a point) and plot position under the pointer.
fn hover_point<'a>(hover: &egui_plot::HoverPosition<'a>) -> (&'a str, egui_plot::PlotPoint) {
    match hover {
        egui_plot::HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => (plot_name, *position),
        egui_plot::HoverPosition::Elsewhere { position } => ("", *position),
    }
}

/// The replay timeline's colour on the curves.
const REPLAY_MARK: egui::Color32 = egui::Color32::from_rgb(150, 90, 200);

/// Where the replay timeline stands, as (step, epoch), when it shows a past epoch.
fn replay_marker(state: &LabState) -> Option<(f64, f64)> {
    let epoch = state.training.replay.selected_epoch()?;
    let step = if epoch == 0 {
        0
    } else {
        state
            .training
            .history
            .epochs
            .iter()
            .find(|r| r.epoch == epoch)?
            .step
    };
    Some((step as f64, f64::from(epoch)))
}
