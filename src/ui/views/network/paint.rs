//! Drawing the network view: neurons, connections coloured by sign and sized by
//! magnitude, and blocks with a histogram for layers too wide to draw.

use super::layout::{histogram, layer_values, Column};
use super::maps::MapCache;
use super::{NetMode, NetState, ANIM_SECS, MAX_DRAWN};
use crate::model::Weights;
use crate::numfmt::num;
use crate::tr;
use crate::train::StepTrace;
use crate::ui::style::{CLASS_COLORS, WARNING};
use crate::ui::views::signed_color;
use egui::{Align2, FontId, Pos2, Sense, Stroke, Ui};

/// Grey of what is not trained yet.
const UNTRAINED: egui::Color32 = egui::Color32::from_gray(140);
/// The same grey for words (readable on both themes).
pub(super) const UNTRAINED_TEXT: egui::Color32 = egui::Color32::from_gray(128);

/// The values a column's incoming connections show, only for trained columns.
fn values_of(
    mode: NetMode,
    c: &Column,
    weights: Option<&Weights>,
    trace: Option<&StepTrace>,
) -> Option<(Vec<f32>, Vec<f32>)> {
    match (c.layer, weights) {
        (Some(li), Some(w)) if c.trained => layer_values(mode, li, w, trace, None),
        _ => None,
    }
}

pub(super) fn draw(
    ui: &mut Ui,
    ns: &mut NetState,
    weights: Option<&Weights>,
    trace: Option<&StepTrace>,
    cols: &[Column],
    maps: &MapCache,
    size: egui::Vec2,
) {
    let style = ui.style().clone();
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    ns.maps_drawn.clear();
    let ncols = cols.len().max(2);
    let top = rect.top() + 70.0;
    // Room below for the legend and the "not trained yet" words.
    let bottom = rect.bottom() - 34.0;
    let col_x =
        |k: usize| rect.left() + 70.0 + k as f32 * (rect.width() - 140.0) / (ncols - 1) as f32;
    let drawn = |c: &Column| c.units <= MAX_DRAWN;
    let node_pos = |k: usize, j: usize| -> Pos2 {
        let n = cols[k].units.max(1);
        let step = ((bottom - top) / n as f32).min(48.0);
        let y0 = (top + bottom) / 2.0 - step * (n as f32 - 1.0) / 2.0;
        egui::pos2(col_x(k), y0 + j as f32 * step)
    };
    let radius = |k: usize| {
        let n = cols[k].units.max(1) as f32;
        ((bottom - top) / n / 3.0).clamp(3.0, 11.0)
    };
    // A neuron with a map is a small picture instead of a dot.
    let tile = |k: usize| {
        let n = cols[k].units.max(1) as f32;
        ((bottom - top) / n).min(48.0) * 0.86
    };
    let with_map = |k: usize| drawn(&cols[k]) && maps.column(k).is_some() && tile(k) >= 8.0;
    // The backprop sweep: the x position left of which gradients are not shown yet.
    let now = ui.input(|i| i.time);
    let mut sweep = f32::NEG_INFINITY;
    if ns.mode == NetMode::Gradients {
        if let Some(t0) = ns.anim_start {
            let f = ((now - t0) / ANIM_SECS) as f32;
            if f < 1.0 {
                sweep = rect.right() - f * rect.width();
                ui.ctx().request_repaint();
            } else {
                ns.anim_start = None;
            }
        }
    }
    let pointer = response.hover_pos();
    let mut best: Option<(f32, String, [Pos2; 2])> = None;

    for k in 1..cols.len() {
        let (prev, cur) = (&cols[k - 1], &cols[k]);
        if cur.layer.is_none() {
            continue;
        }
        let vals = values_of(ns.mode, cur, weights, trace).map(|(v, _)| v);
        if drawn(prev) && drawn(cur) && vals.is_none() && !cur.trained {
            // Not trained yet: thin grey connections, no values.
            let stroke = Stroke::new(0.6, UNTRAINED.gamma_multiply(0.5));
            for i in 0..prev.units {
                for j in 0..cur.units {
                    painter.line_segment([node_pos(k - 1, i), node_pos(k, j)], stroke);
                }
            }
            continue;
        }
        let Some(vals) = vals else {
            continue;
        };
        if !drawn(prev) || !drawn(cur) || vals.len() != prev.units * cur.units {
            // A band standing for all connections.
            let a = egui::pos2(col_x(k - 1) + 20.0, (top + bottom) / 2.0);
            let b = egui::pos2(col_x(k) - 20.0, (top + bottom) / 2.0);
            painter.line_segment([a, b], Stroke::new(10.0, text.gamma_multiply(0.15)));
            continue;
        }
        if col_x(k) < sweep {
            continue;
        }
        let max = vals.iter().fold(0f32, |m, v| m.max(v.abs()));
        let units = cur.units;
        for i in 0..prev.units {
            for j in 0..units {
                let v = vals[i * units + j];
                let a = node_pos(k - 1, i);
                let b = node_pos(k, j);
                let t = if max > 0.0 { v.abs() / max } else { 0.0 };
                painter.line_segment([a, b], Stroke::new(0.4 + 3.6 * t, signed_color(v, max)));
                if let Some(p) = pointer {
                    let d = seg_dist(p, a, b);
                    if d < 5.0 && best.as_ref().is_none_or(|(bd, _, _)| d < *bd) {
                        best = Some((
                            d,
                            format!(
                                "{} -> {}\n{} = {}",
                                prev.names.get(i).cloned().unwrap_or_default(),
                                cur.names.get(j).cloned().unwrap_or_default(),
                                ns.mode.title().to_lowercase(),
                                num(v)
                            ),
                            [a, b],
                        ));
                    }
                }
            }
        }
    }
    if let Some((_, tip, seg)) = &best {
        painter.line_segment(*seg, Stroke::new(3.0, WARNING));
        response.clone().on_hover_text_at_pointer(tip.as_str());
    }
    let mut pulse_label = None;
    if let Some(f) = ns.pulse {
        // Slow motion: a band travels forward (the forward pass), then back (backprop).
        let (x, label, color) = if f < 0.5 {
            (
                rect.left() + 2.0 * f * rect.width(),
                tr!("views-net-forward"),
                egui::Color32::from_rgb(0x2E, 0x86, 0xDE),
            )
        } else {
            (
                rect.right() - (2.0 * f - 1.0) * rect.width(),
                tr!("views-net-backprop"),
                WARNING,
            )
        };
        let band = egui::Rect::from_x_y_ranges(x - 14.0..=x + 14.0, rect.top()..=rect.bottom());
        painter.rect_filled(band, 6.0, color.gamma_multiply(0.25));
        painter.line_segment(
            [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
            Stroke::new(3.0, color),
        );
        pulse_label = Some((x, label, color));
    }
    if sweep.is_finite() {
        painter.line_segment(
            [
                egui::pos2(sweep, rect.top()),
                egui::pos2(sweep, rect.bottom()),
            ],
            Stroke::new(3.0, WARNING),
        );
        painter.text(
            egui::pos2(sweep, rect.bottom() - 2.0),
            Align2::CENTER_BOTTOM,
            tr!("views-net-feedback"),
            label_font(&style, 13.0),
            WARNING,
        );
    }

    let crowded = (rect.width() - 140.0) / ((ncols - 1) as f32) < 110.0;
    for (k, c) in cols.iter().enumerate() {
        // One line per part ("Dense 8", "ReLU"); staggered when columns are close.
        let dy = if crowded && k % 2 == 1 { 30.0 } else { 0.0 };
        let head_pos = egui::pos2(col_x(k), rect.top() + 2.0 + dy);
        let heading = painter.text(
            head_pos,
            Align2::CENTER_TOP,
            c.label.replace(" · ", "\n"),
            label_font(&style, 12.0),
            if c.trained { text } else { UNTRAINED },
        );
        let mapped = with_map(k);
        if mapped {
            ns.maps_drawn.push((k, c.units));
        }
        // The column as a whole, for screen readers and tests.
        let what = if k == 0 {
            tr!("views-net-input-column", inputs = c.units)
        } else {
            tr!(
                "views-net-layer-column",
                column = k,
                label = c.label,
                units = c.units,
                untrained = if c.trained {
                    String::new()
                } else {
                    tr!("views-net-suffix-untrained")
                },
                mapped = if mapped {
                    tr!("views-net-suffix-map")
                } else {
                    String::new()
                }
            )
        };
        let _ = ui
            .interact(heading, ui.scope_id().with(("column", k)), Sense::hover())
            .accessible_name(what);
        if !c.trained {
            let node = if mapped { tile(k) } else { 2.0 * radius(k) };
            untrained_frame(&painter, col_x(k), top, bottom, k, cols, node);
        }
        if !drawn(c) {
            block(ui, &painter, ns, weights, trace, c, col_x(k), top, bottom);
            continue;
        }
        let biases = values_of(ns.mode, c, weights, trace)
            .map(|(_, b)| b)
            .unwrap_or_default();
        let bmax = biases.iter().fold(0f32, |m, v| m.max(v.abs()));
        let r = if mapped { tile(k) / 2.0 } else { radius(k) };
        for j in 0..c.units {
            let p = node_pos(k, j);
            let fill = match biases.get(j) {
                Some(b) => signed_color(*b, bmax),
                None => ui.visuals().faint_bg_color,
            };
            let selected = ns.selected == Some((k, j));
            let stroke = Stroke::new(
                if selected { 3.0 } else { 1.2 },
                if selected {
                    WARNING
                } else if c.trained {
                    text
                } else {
                    UNTRAINED
                },
            );
            match maps.column(k).and_then(|a| a.tile(j)).filter(|_| mapped) {
                Some((tex, uv)) => {
                    let sq = egui::Rect::from_center_size(p, egui::vec2(2.0 * r, 2.0 * r));
                    painter.image(tex, sq, uv, egui::Color32::WHITE);
                    // The bias colours the frame; a thicker frame when selected.
                    let frame = if selected || biases.is_empty() {
                        stroke
                    } else {
                        Stroke::new(2.0, fill.to_opaque())
                    };
                    painter.rect_stroke(sq, 2.0, frame, egui::StrokeKind::Outside);
                }
                None => {
                    painter.circle(p, r, fill, stroke);
                }
            }
            if k == 0 {
                painter.text(
                    p - egui::vec2(r + 4.0, 0.0),
                    Align2::RIGHT_CENTER,
                    c.names.get(j).cloned().unwrap_or_default(),
                    label_font(&style, 11.0),
                    text,
                );
            }
            let hit = egui::Rect::from_center_size(p, egui::vec2(2.0 * r + 6.0, 2.0 * r + 6.0));
            let name = if k == 0 {
                tr!("views-net-input-neuron", n = j + 1)
            } else {
                tr!("views-net-neuron", n = j + 1, column = k)
            };
            let resp = ui
                .interact(hit, ui.scope_id().with(("neuron", k, j)), Sense::click())
                .accessible_name(name);
            if resp.clicked() {
                ns.selected = if selected { None } else { Some((k, j)) };
            }
        }
    }
    // Legend.
    let legend = if ns.maps_drawn.is_empty() {
        tr!("views-net-legend")
    } else {
        tr!("views-net-legend-maps")
    };
    painter.text(
        egui::pos2(rect.left() + 4.0, rect.bottom() - 2.0),
        Align2::LEFT_BOTTOM,
        legend,
        label_font(&style, 11.0),
        text.gamma_multiply(0.7),
    );
    // Slow motion: the label sits over everything, in the middle, on an opaque plate, and
    // never leaves the drawing.
    if let Some((x, label, color)) = pulse_label {
        let galley = painter.layout_no_wrap(label, label_font(&style, 16.0), color);
        let size = galley.size() + egui::vec2(12.0, 6.0);
        let cx = x.clamp(rect.left() + size.x / 2.0, rect.right() - size.x / 2.0);
        let plate = egui::Rect::from_center_size(egui::pos2(cx, rect.center().y), size);
        painter.rect_filled(plate, 5.0, ui.visuals().extreme_bg_color);
        painter.rect_stroke(
            plate,
            5.0,
            Stroke::new(1.5, color),
            egui::StrokeKind::Inside,
        );
        painter.galley(plate.min + egui::vec2(6.0, 3.0), galley, color);
    }
}

/// A dashed frame around a column that is not trained yet, with the words.
fn untrained_frame(
    painter: &egui::Painter,
    x: f32,
    top: f32,
    bottom: f32,
    k: usize,
    cols: &[Column],
    node: f32,
) {
    let n = cols[k].units.clamp(1, MAX_DRAWN) as f32;
    let step = ((bottom - top) / n).min(48.0);
    let half_h = (step * (n - 1.0) / 2.0 + node / 2.0 + 10.0).min((bottom - top) / 2.0 + 12.0);
    let half_w = (node / 2.0 + 14.0).max(40.0);
    let cy = (top + bottom) / 2.0;
    let r = egui::Rect::from_min_max(
        egui::pos2(x - half_w, cy - half_h),
        egui::pos2(x + half_w, cy + half_h),
    );
    let c = [
        r.left_top(),
        r.right_top(),
        r.right_bottom(),
        r.left_bottom(),
        r.left_top(),
    ];
    painter.add(egui::Shape::dashed_line(
        &c,
        Stroke::new(1.5, UNTRAINED),
        6.0,
        4.0,
    ));
    painter.text(
        r.center_bottom() + egui::vec2(0.0, 2.0),
        Align2::CENTER_TOP,
        tr!("views-net-frame-untrained"),
        label_font(&painter.ctx().global_style(), 12.0),
        UNTRAINED,
    );
}

#[allow(clippy::too_many_arguments)]
fn block(
    ui: &Ui,
    painter: &egui::Painter,
    ns: &NetState,
    weights: Option<&Weights>,
    trace: Option<&StepTrace>,
    c: &Column,
    x: f32,
    top: f32,
    bottom: f32,
) {
    let r = egui::Rect::from_center_size(
        egui::pos2(x, (top + bottom) / 2.0),
        egui::vec2(110.0, (bottom - top).min(220.0)),
    );
    painter.rect_filled(r, 6.0, ui.visuals().faint_bg_color);
    painter.rect_stroke(
        r,
        6.0,
        Stroke::new(1.5, ui.visuals().text_color()),
        egui::StrokeKind::Inside,
    );
    painter.text(
        r.center_top() + egui::vec2(0.0, 4.0),
        Align2::CENTER_TOP,
        tr!("views-net-units", units = c.units),
        label_font(ui.style(), 12.0),
        ui.visuals().text_color(),
    );
    let Some((vals, _)) = values_of(ns.mode, c, weights, trace) else {
        return;
    };
    let bins = histogram(&vals, 16);
    let peak = bins.iter().copied().max().unwrap_or(1).max(1) as f32;
    let area =
        egui::Rect::from_min_max(r.min + egui::vec2(8.0, 24.0), r.max - egui::vec2(8.0, 8.0));
    let bw = area.width() / bins.len() as f32;
    for (i, &b) in bins.iter().enumerate() {
        let h = area.height() * b as f32 / peak;
        let bar = egui::Rect::from_min_max(
            egui::pos2(area.left() + i as f32 * bw, area.bottom() - h),
            egui::pos2(area.left() + (i as f32 + 1.0) * bw - 1.0, area.bottom()),
        );
        painter.rect_filled(bar, 0.0, CLASS_COLORS[0]);
    }
}

/// Distance from `p` to the segment `a`–`b`.
/// A label's font: `px` at the normal text size, larger as the text is (presenter mode
/// and zoom), so the drawing's words read from the back of the room too.
fn label_font(style: &egui::Style, px: f32) -> FontId {
    let body = style
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(15.0, |f| f.size);
    FontId::proportional(px * (body / 15.0).max(1.0))
}

fn seg_dist(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
    (a + ab * t - p).length()
}
