//! The decision boundary: a live heat map of the predicted class (brighter where the
//! network is more confident) with the training and test points on top, updated while
//! training at a bounded rate. With more than two features, two are picked and the others
//! held at their median. A one-feature regression shows the fitted curve over the points.
//! Small per-neuron maps show what each unit of the first hidden layer responds to.
//!
//! Textures are rebuilt only when a new grid arrives.

use super::{class_name, concept, empty_hint, heat, hover_at, Look};
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use crate::data::{Dataset, Task};
use crate::model::Shape;
use crate::tr;
use crate::train::{BoundaryGrid, BoundaryRequest};
use crate::ui::plots::{self, Key, Scale};
use crate::ui::style::CLASS_COLORS;
use egui::{Color32, ColorImage, RichText, TextureHandle, TextureOptions, Ui};
use egui_plot::{Line, MarkerShape, Plot, PlotImage, PlotPoint, PlotPoints, Points};

mod points;
use points::split_points;
pub use points::{outline_colour, raw_axis};

/// Most points of one split drawn over the map.
const MAX_POINTS: usize = 3000;

/// Choices and cached textures of the view.
#[derive(Clone)]
pub struct BoundaryState {
    /// Feature on the horizontal axis.
    pub fx: usize,
    /// Feature on the vertical axis.
    pub fy: usize,
    /// Grid cells per side.
    pub resolution: usize,
    /// Draw the test points too.
    pub show_test: bool,
    /// Draw the per-neuron maps.
    pub show_neurons: bool,
    texture: Option<TextureHandle>,
    neuron_textures: Vec<TextureHandle>,
    /// The grid version the textures show.
    pub texture_version: u64,
}

impl Default for BoundaryState {
    fn default() -> Self {
        BoundaryState {
            fx: 0,
            fy: 1,
            resolution: 64,
            show_test: true,
            show_neurons: true,
            texture: None,
            neuron_textures: Vec::new(),
            texture_version: 0,
        }
    }
}

/// Draws the view.
pub fn show(
    ui: &mut Ui,
    state: &LabState,
    bs: &mut BoundaryState,
    look: &Look,
    out: &mut Vec<Command>,
) {
    let Some(ds) = state.data.dataset.as_deref() else {
        empty_hint(ui, &tr!("views-no-data"), &tr!("views-no-data-body"));
        return;
    };
    if matches!(ds.input_shape, Shape::Image { .. }) {
        empty_hint(
            ui,
            &tr!("views-boundary-not-images"),
            &tr!("views-boundary-not-images-body"),
        );
        return;
    }
    let width = ds.input_shape.numel();
    let classification = ds.task.is_classification();
    let curve_mode = !classification && width == 1 && ds.plane.is_none();
    if width < 2 && !curve_mode && ds.plane.is_none() {
        empty_hint(
            ui,
            &tr!("views-boundary-needs-two"),
            &tr!("views-boundary-needs-two-body"),
        );
        return;
    }
    bs.fx = bs.fx.min(width.saturating_sub(1));
    bs.fy = bs.fy.min(width.saturating_sub(1));
    if bs.fx == bs.fy && width >= 2 {
        bs.fy = (bs.fx + 1) % width;
    }
    let req = BoundaryRequest {
        fx: bs.fx,
        fy: bs.fy,
        resolution: bs.resolution,
    };
    let insight = &state.training.insight;
    let active = state.training.phase.is_active();

    ui.horizontal_wrapped(|ui| {
        if let Some(p) = &ds.plane {
            ui.label(
                RichText::new(tr!("views-boundary-plane", x = p.axes[0], y = p.axes[1])).weak(),
            )
            .on_hover_text(tr!("views-boundary-plane-tip"));
        } else if !curve_mode {
            feature_pick(
                ui,
                &tr!("views-boundary-horizontal"),
                &ds.feature_names,
                &mut bs.fx,
            );
            feature_pick(
                ui,
                &tr!("views-boundary-vertical"),
                &ds.feature_names,
                &mut bs.fy,
            );
            if width > 2 {
                ui.label(RichText::new(tr!("views-boundary-median")).weak())
                    .on_hover_text(tr!("views-boundary-median-tip"));
            }
        }
        ui.checkbox(&mut bs.show_test, tr!("views-boundary-test-points"))
            .on_hover_text(tr!("views-boundary-test-points-tip"));
        if !curve_mode && look.advanced() {
            ui.checkbox(&mut bs.show_neurons, tr!("views-boundary-neuron-maps"))
                .on_hover_text(tr!("views-boundary-neuron-maps-tip"));
        }
    });
    if active && insight.watching != Some(req) {
        out.push(Command::Insight(InsightCommand::WatchBoundary(Some(req))));
    }
    let have = if curve_mode {
        insight.curve.is_some()
    } else {
        insight
            .boundary
            .as_ref()
            .is_some_and(|g| g.features == (req.fx, req.fy) || (g.plane && ds.plane.is_some()))
    };
    ui.horizontal_wrapped(|ui| {
        if active {
            ui.label(
                RichText::new(tr!("views-boundary-live")).color(crate::ui::style::ok(ui.visuals())),
            );
        } else {
            let blocker = state.train_blocker();
            let r = ui
                .add_enabled(
                    blocker.is_none(),
                    egui::Button::new(if have {
                        tr!("views-boundary-refresh")
                    } else {
                        tr!("views-boundary-show")
                    }),
                )
                .on_hover_text(tr!("views-boundary-show-tip"));
            if r.clicked() {
                out.push(Command::Insight(InsightCommand::BoundaryNow(req)));
            }
        }
        if let Some(g) = &insight.boundary {
            let done = state.training.epoch;
            if !active && g.epoch < done {
                ui.label(
                    RichText::new(tr!("views-boundary-stale", epoch = g.epoch, done = done))
                        .color(crate::ui::style::warning(ui.visuals())),
                );
            } else {
                ui.label(RichText::new(tr!("views-boundary-after-epoch", epoch = g.epoch)).weak());
            }
        }
    });
    if !have {
        empty_hint(
            ui,
            &if curve_mode {
                tr!("views-boundary-no-curve")
            } else {
                tr!("views-boundary-no-map")
            },
            &tr!("views-boundary-no-map-body"),
        );
        return;
    }
    if curve_mode {
        if let Some(c) = &insight.curve {
            curve(ui, ds, &c.points, bs.show_test, raw_axis(state, ds, 0));
        }
        return;
    }
    let Some(grid) = &insight.boundary else {
        return;
    };
    if bs.texture_version != insight.boundary_version || bs.texture.is_none() {
        rebuild(ui.ctx(), bs, grid, ds);
        bs.texture_version = insight.boundary_version;
    }
    let neurons = bs.show_neurons && !grid.neurons.is_empty() && look.advanced();
    // Presenter mode: the legend goes beside the map, so the height goes to the map.
    let legend_beside = look.presenter;
    if !legend_beside {
        legend(ui, state, ds, bs.show_test);
    }
    let avail = ui.available_size();
    // Beside the map when there is room, below it otherwise.
    let beside = avail.x >= 760.0;
    let tile = if beside { 70.0 } else { 52.0 };
    let per_row = ((avail.x - 10.0) / (tile + 10.0)).floor().max(1.0) as usize;
    let below_h = if neurons && !beside {
        28.0 + (grid.neurons.len().div_ceil(per_row).min(2) as f32) * (tile + 22.0)
    } else {
        0.0
    };
    let side_w = if neurons && beside {
        250.0
    } else if legend_beside {
        240.0
    } else {
        0.0
    };
    let plot_side = (avail.x - side_w - 16.0)
        .min(avail.y - below_h - 10.0)
        .max(200.0);
    let show_maps = |ui: &mut Ui, bs: &BoundaryState| {
        concept(
            ui,
            RichText::new(tr!("views-boundary-units-title", layer = grid.neuron_layer)).strong(),
            &tr!("views-boundary-units-tip"),
        );
        egui::ScrollArea::vertical()
            .id_salt("neuron-maps")
            .max_height(if beside { plot_side } else { below_h - 24.0 })
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for (u, t) in bs.neuron_textures.iter().enumerate() {
                        ui.vertical(|ui| {
                            ui.add(
                                egui::Image::new((t.id(), egui::vec2(tile, tile)))
                                    .alt_text(tr!("views-boundary-unit-map", unit = u + 1)),
                            );
                            ui.label(
                                RichText::new(tr!("views-boundary-unit", unit = u + 1)).small(),
                            );
                        });
                    }
                });
            });
    };
    ui.horizontal_top(|ui| {
        map_plot(ui, state, bs, grid, ds, plot_side);
        if neurons && beside {
            ui.vertical(|ui| show_maps(ui, bs));
        }
        if legend_beside {
            ui.vertical(|ui| legend(ui, state, ds, bs.show_test));
        }
    });
    if neurons && !beside {
        show_maps(ui, bs);
    }
}

/// Which colour is which class, and which marker is which split.
fn legend(ui: &mut Ui, state: &LabState, ds: &Dataset, test: bool) {
    ui.horizontal_wrapped(|ui| {
        if ds.task.is_classification() {
            for c in 0..ds.task.num_classes() {
                ui.label(RichText::new("■").color(CLASS_COLORS[c % CLASS_COLORS.len()]));
                ui.label(class_name(state, c));
            }
            ui.label(RichText::new(tr!("views-boundary-paler")).weak());
        } else {
            ui.label(RichText::new(tr!("views-boundary-colour-value")).weak());
        }
        ui.label(RichText::new(tr!("views-boundary-dots")).weak());
        if test {
            ui.label(RichText::new(tr!("views-boundary-diamonds")).weak());
        }
    });
}

fn feature_pick(ui: &mut Ui, label: &str, names: &[String], value: &mut usize) {
    let current = names
        .get(*value)
        .cloned()
        .unwrap_or_else(|| tr!("views-boundary-feature", n = *value + 1));
    egui::ComboBox::from_label(label)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (i, n) in names.iter().enumerate() {
                ui.selectable_value(value, i, n);
            }
        });
}

/// Colour of a cell: the class colour, stronger where the network is surer.
fn cell_colour(class: u16, conf: f32, classes: usize, dark: bool) -> Color32 {
    let base = CLASS_COLORS[class as usize % CLASS_COLORS.len()];
    let chance = 1.0 / classes.max(2) as f32;
    let t = ((conf - chance) / (1.0 - chance)).clamp(0.0, 1.0);
    let bg = if dark {
        Color32::from_gray(20)
    } else {
        Color32::WHITE
    };
    let k = 0.2 + 0.6 * t;
    let mix = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * k) as u8;
    Color32::from_rgb(
        mix(bg.r(), base.r()),
        mix(bg.g(), base.g()),
        mix(bg.b(), base.b()),
    )
}

/// The map's pixels, top row first (the grid is stored bottom row first).
pub fn grid_pixels(grid: &BoundaryGrid, classes: usize, dark: bool) -> Vec<Color32> {
    let n = grid.resolution;
    let mut px = Vec::with_capacity(n * n);
    let (lo, hi) = min_max(&grid.value);
    for r in 0..n {
        let j = n - 1 - r;
        for i in 0..n {
            let c = j * n + i;
            let colour = if grid.class.is_empty() {
                let v = grid.value.get(c).copied().unwrap_or(0.0);
                heat((v - lo) / (hi - lo).max(1e-9))
            } else {
                cell_colour(
                    grid.class.get(c).copied().unwrap_or(0),
                    grid.value.get(c).copied().unwrap_or(0.0),
                    classes,
                    dark,
                )
            };
            px.push(colour);
        }
    }
    px
}

fn min_max(v: &[f32]) -> (f32, f32) {
    let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
    for &x in v.iter().filter(|x| x.is_finite()) {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    if lo.is_finite() {
        (lo, hi)
    } else {
        (0.0, 1.0)
    }
}

fn rebuild(ctx: &egui::Context, bs: &mut BoundaryState, grid: &BoundaryGrid, ds: &Dataset) {
    let n = grid.resolution;
    if n == 0 {
        return;
    }
    let dark = ctx.global_style().visuals.dark_mode;
    let img = ColorImage::new([n, n], grid_pixels(grid, ds.task.num_classes(), dark));
    match &mut bs.texture {
        Some(t) => t.set(img, TextureOptions::NEAREST),
        None => bs.texture = Some(ctx.load_texture("boundary-map", img, TextureOptions::NEAREST)),
    }
    bs.neuron_textures.truncate(grid.neurons.len());
    for (u, map) in grid.neurons.iter().enumerate() {
        let (lo, hi) = min_max(map);
        let mut px = Vec::with_capacity(n * n);
        for r in 0..n {
            let j = n - 1 - r;
            for i in 0..n {
                let v = map.get(j * n + i).copied().unwrap_or(0.0);
                px.push(heat((v - lo) / (hi - lo).max(1e-9)));
            }
        }
        let img = ColorImage::new([n, n], px);
        match bs.neuron_textures.get_mut(u) {
            Some(t) => t.set(img, TextureOptions::LINEAR),
            None => bs.neuron_textures.push(ctx.load_texture(
                format!("neuron-map-{u}"),
                img,
                TextureOptions::LINEAR,
            )),
        }
    }
}

fn map_plot(
    ui: &mut Ui,
    state: &LabState,
    bs: &BoundaryState,
    grid: &BoundaryGrid,
    ds: &Dataset,
    side: f32,
) {
    // The map's corners in the columns' own units.
    let plane = ds.plane.as_ref().filter(|_| grid.plane);
    let ((kx, ox), (ky, oy)) = if plane.is_some() {
        ((1.0, 0.0), (1.0, 0.0))
    } else {
        (
            raw_axis(state, ds, grid.features.0),
            raw_axis(state, ds, grid.features.1),
        )
    };
    let (x0, x1) = (
        f64::from(grid.x_range.0) * kx + ox,
        f64::from(grid.x_range.1) * kx + ox,
    );
    let (y0, y1) = (
        f64::from(grid.y_range.0) * ky + oy,
        f64::from(grid.y_range.1) * ky + oy,
    );
    let name = |f: usize| match plane {
        Some(p) => p.axes.get(f).cloned().unwrap_or_default(),
        None => ds
            .feature_names
            .get(f)
            .cloned()
            .unwrap_or_else(|| tr!("views-boundary-feature", n = f + 1)),
    };
    let outline = outline_colour(ui.visuals().dark_mode);
    let classification = ds.task.is_classification();
    let classes = ds.task.num_classes();
    let hover_grid = grid.clone();
    let labels: Vec<String> = (0..classes).map(|c| class_name(state, c)).collect();
    let (xn, yn) = (name(grid.features.0), name(grid.features.1));
    let plot = Plot::new("boundary-plot")
        .width(side)
        .height(side)
        .x_axis_label(xn.clone())
        .y_axis_label(yn.clone())
        .include_x(x0)
        .include_x(x1)
        .include_y(y0)
        .include_y(y1)
        .label_formatter(move |h| {
            let (_, p) = hover_at(h);
            let g = &hover_grid;
            let n = g.resolution.max(1);
            let fx = (p.x - x0) / (x1 - x0).max(1e-9);
            let fy = (p.y - y0) / (y1 - y0).max(1e-9);
            // i18n-ignore: the features' own names and the numbers, no words
            let mut s = format!("{xn} {:.3}\n{yn} {:.3}", p.x, p.y);
            if (0.0..1.0).contains(&fx) && (0.0..1.0).contains(&fy) {
                let c = (fy * n as f64) as usize * n + (fx * n as f64) as usize;
                match (g.class.get(c), g.value.get(c)) {
                    (Some(k), Some(v)) => {
                        let label = labels
                            .get(*k as usize)
                            .cloned()
                            .unwrap_or_else(|| k.to_string());
                        let sure = format!("{:.0}", v * 100.0);
                        s.push('\n');
                        s.push_str(&tr!(
                            "views-boundary-hover-class",
                            label = label,
                            sure = sure
                        ));
                    }
                    (None, Some(v)) => {
                        s.push('\n');
                        s.push_str(&tr!(
                            "views-boundary-hover-value",
                            value = format!("{v:.3}")
                        ));
                    }
                    _ => {}
                }
            }
            Some(s)
        });
    let shown = plots::readable(plot, ui, Scale::Value, Scale::Value).show(ui, |p| {
        if let Some(t) = &bs.texture {
            p.image(PlotImage::new(
                tr!("views-boundary-prediction"),
                t.id(),
                PlotPoint::new((x0 + x1) / 2.0, (y0 + y1) / 2.0),
                egui::vec2((x1 - x0) as f32, (y1 - y0) as f32),
            ));
        }
        for (test, shape, filled, radius) in [
            (false, MarkerShape::Circle, true, 3.5),
            (true, MarkerShape::Diamond, true, 5.0),
        ] {
            if test && !bs.show_test {
                continue;
            }
            let pts = split_points(state, ds, grid, test);
            // Outlines first, one series (no legend entry), the points on top.
            let all: Vec<[f64; 2]> = pts.iter().map(|(_, p)| *p).collect();
            p.points(
                Points::new("", PlotPoints::from(all))
                    .shape(shape)
                    .filled(true)
                    .radius(radius + 1.5)
                    .allow_hover(false)
                    .color(outline),
            );
            let split = if test {
                tr!("views-boundary-test")
            } else {
                tr!("views-boundary-train")
            };
            if classification {
                for c in 0..classes.max(1) {
                    let these: Vec<[f64; 2]> = pts
                        .iter()
                        .filter(|(k, _)| *k == c)
                        .map(|(_, p)| *p)
                        .collect();
                    if these.is_empty() {
                        continue;
                    }
                    p.points(
                        Points::new(
                            format!("{split} {}", class_name(state, c)),
                            PlotPoints::from(these),
                        )
                        .shape(shape)
                        .filled(filled)
                        .radius(radius)
                        .color(CLASS_COLORS[c % CLASS_COLORS.len()]),
                    );
                }
            } else {
                let these: Vec<[f64; 2]> = pts.iter().map(|(_, p)| *p).collect();
                p.points(
                    Points::new(split, PlotPoints::from(these))
                        .shape(shape)
                        .filled(filled)
                        .radius(radius)
                        .color(Color32::GRAY),
                );
            }
        }
    });
    // Named, so tests (and screen readers) find the map and its size.
    let _ = shown.response.accessible_name(tr!("views-boundary-map"));
}

/// The fitted curve over the points, the feature in its own units (`raw = x * k + o`).
fn curve(ui: &mut Ui, ds: &Dataset, points: &[[f32; 2]], show_test: bool, (k, o): (f64, f64)) {
    let target = match &ds.task {
        Task::Regression { targets } => targets.first().cloned().unwrap_or_default(),
        Task::Classification { .. } => String::new(),
    };
    let feature = ds.feature_names.first().cloned().unwrap_or_default();
    let yd = ds.task.target_dim().max(1);
    let pts = |split: &crate::data::Split| -> Vec<[f64; 2]> {
        let stride = split.rows.div_ceil(MAX_POINTS).max(1);
        (0..split.rows)
            .step_by(stride)
            .filter_map(|r| {
                let y = ds.target_scale.unscale(*split.y.get(r * yd)?);
                Some([f64::from(*split.x.get(r)?) * k + o, y as f64])
            })
            .collect()
    };
    let line: Vec<[f64; 2]> = points
        .iter()
        .map(|p| [f64::from(p[0]) * k + o, f64::from(p[1])])
        .collect();
    let (train_name, test_name) = (tr!("views-boundary-train"), tr!("views-boundary-test"));
    let prediction_name = tr!("views-boundary-network-prediction");
    let mut keys = vec![Key::dot(train_name.clone(), CLASS_COLORS[0])];
    if show_test {
        keys.push(Key::dot(test_name.clone(), CLASS_COLORS[1]));
    }
    keys.push(Key::line(prediction_name.clone(), CLASS_COLORS[3]));
    plots::legend(ui, &keys);
    let plot = Plot::new("fit-curve")
        .x_axis_label(feature)
        .y_axis_label(target)
        .height(ui.available_height().max(200.0));
    plots::readable(plot, ui, Scale::Value, Scale::Value).show(ui, |p| {
        p.points(
            Points::new(train_name, PlotPoints::from(pts(&ds.train)))
                .radius(2.5)
                .color(CLASS_COLORS[0]),
        );
        if show_test {
            p.points(
                Points::new(test_name, PlotPoints::from(pts(&ds.test)))
                    .shape(MarkerShape::Diamond)
                    .filled(false)
                    .radius(4.0)
                    .color(CLASS_COLORS[1]),
            );
        }
        p.line(
            Line::new(prediction_name, PlotPoints::from(line))
                .color(CLASS_COLORS[3])
                .width(3.0),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixels_put_the_bottom_row_last() {
        let grid = BoundaryGrid {
            resolution: 2,
            class: vec![0, 0, 1, 1],
            value: vec![1.0; 4],
            ..Default::default()
        };
        let px = grid_pixels(&grid, 2, false);
        // Grid row j = 1 (top) holds class 1: it is drawn first.
        assert_eq!(px[0], cell_colour(1, 1.0, 2, false));
        assert_eq!(px[3], cell_colour(0, 1.0, 2, false));
        assert_ne!(px[0], px[3]);
    }
}
