//! The data as people know it: 2-D data as a scatter in the columns' own units (outlined
//! points, coloured by class), a one-feature regression as points over its feature, and
//! image data as a grid of labelled pictures.

use crate::app::LabState;
use crate::data::{Dataset, ImageConfig, Table, TargetSpec, Task};
use crate::model::Shape;
use crate::tr;
use crate::ui::style::CLASS_COLORS;
use crate::ui::views::boundary::{outline_colour, raw_axis};
use egui::{Color32, ColorImage, RichText, TextureHandle, TextureOptions, Ui};
use egui_plot::{Legend, MarkerShape, Plot, PlotPoints, Points};
use std::sync::Arc;

/// Points drawn in the scatter plot.
const SCATTER_MAX: usize = 4000;
/// At most [`SCATTER_MAX`] of `rows` rows, evenly spread over them (the splits list rows in
/// file order, so the first rows could all be one class of a sorted file).
fn scatter_rows(rows: usize) -> std::iter::StepBy<std::ops::Range<usize>> {
    (0..rows).step_by(rows.div_ceil(SCATTER_MAX).max(1))
}

/// Pictures shown for image data.
const IMAGES_SHOWN: usize = 24;
/// Side of one picture on screen, in points.
const TILE: f32 = 72.0;

/// The picture of the data in use: images, a scatter, or a line saying why there is none.
pub(super) fn picture(ui: &mut Ui, state: &LabState) {
    if let (Some(table), Some(img)) = (&state.data.table, state.data.config.image) {
        image_grid(ui, state, table, img);
        return;
    }
    let Some(ds) = &state.data.dataset else {
        return;
    };
    if ds.plane.is_some() {
        // Generated data is geometry (one unit is one unit both ways); a file's two
        // columns usually have different units, so each axis gets its own scale.
        let square = matches!(state.data.origin, Some(crate::app::DataOrigin::Builtin(_)));
        scatter(ui, ds, square);
    } else if let (1, Task::Regression { targets }) = (ds.input_shape.numel(), &ds.task) {
        one_feature(ui, state, ds, targets.first().cloned().unwrap_or_default());
    } else {
        ui.label(RichText::new(tr!("data-no-picture", count = ds.input_shape.numel())).weak());
    }
}

/// Outlined, class-coloured points over the two raw columns.
fn scatter(ui: &mut Ui, ds: &Dataset, square: bool) {
    let Some(plane) = &ds.plane else {
        return;
    };
    ui.label(RichText::new(tr!("data-training-data")).strong());
    let n = ds.train.rows;
    let yd = ds.task.target_dim().max(1);
    let point = |r: usize| -> Option<[f64; 2]> {
        Some([
            f64::from(*plane.train.get(r * 2)?),
            f64::from(*plane.train.get(r * 2 + 1)?),
        ])
    };
    let outline = outline_colour(ui.visuals().dark_mode);
    let all: Vec<[f64; 2]> = scatter_rows(n).filter_map(point).collect();
    let mut plot = Plot::new("scatter").height(320.0);
    if square {
        plot = plot.data_aspect(1.0);
    }
    plot.x_axis_label(plane.axes[0].clone())
        .y_axis_label(plane.axes[1].clone())
        .legend(Legend::default())
        .show(ui, |p| {
            p.points(
                Points::new("", PlotPoints::from(all))
                    .shape(MarkerShape::Circle)
                    .filled(true)
                    .radius(5.0)
                    .allow_hover(false)
                    .color(outline),
            );
            match &ds.task {
                Task::Classification { classes } => {
                    for (k, name) in classes.iter().enumerate() {
                        let pts: Vec<[f64; 2]> = scatter_rows(n)
                            .filter(|&r| ds.train.y.get(r).is_some_and(|y| *y as usize == k))
                            .filter_map(point)
                            .collect();
                        p.points(
                            Points::new(name.clone(), PlotPoints::from(pts))
                                .color(CLASS_COLORS[k % CLASS_COLORS.len()])
                                .shape(MarkerShape::Circle)
                                .filled(true)
                                .radius(3.5),
                        );
                    }
                }
                Task::Regression { targets } => {
                    // Coloured by the target, dark low to yellow high.
                    let ys: Vec<(usize, f32)> = scatter_rows(n)
                        .map(|r| (r, ds.train.y.get(r * yd).copied().unwrap_or(0.0)))
                        .collect();
                    let (lo, hi) = ys
                        .iter()
                        .fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), &(_, y)| {
                            (a.min(y), b.max(y))
                        });
                    const BANDS: usize = 8;
                    for band in 0..BANDS {
                        let pts: Vec<[f64; 2]> = ys
                            .iter()
                            .filter(|&&(_, y)| {
                                let t = (y - lo) / (hi - lo).max(1e-9);
                                ((t * BANDS as f32) as usize).min(BANDS - 1) == band
                            })
                            .filter_map(|&(r, _)| point(r))
                            .collect();
                        let name = if band == BANDS - 1 {
                            tr!(
                                "data-yellow-high",
                                target = targets.first().cloned().unwrap_or_default()
                            )
                        } else {
                            String::new()
                        };
                        p.points(
                            Points::new(name, PlotPoints::from(pts))
                                .color(crate::ui::views::heat((band as f32 + 0.5) / BANDS as f32))
                                .shape(MarkerShape::Circle)
                                .filled(true)
                                .radius(3.5),
                        );
                    }
                }
            }
        });
}

/// A one-feature regression: the target over the feature, both in their own units.
fn one_feature(ui: &mut Ui, state: &LabState, ds: &Dataset, target: String) {
    ui.label(RichText::new(tr!("data-training-data")).strong());
    let (k, o) = raw_axis(state, ds, 0);
    let yd = ds.task.target_dim().max(1);
    let split = &ds.train;
    let pts: Vec<[f64; 2]> = scatter_rows(split.rows)
        .filter_map(|r| {
            let x = f64::from(*split.x.get(r)?) * k + o;
            let y = ds.target_scale.unscale(*split.y.get(r * yd)?);
            Some([x, f64::from(y)])
        })
        .collect();
    let outline = outline_colour(ui.visuals().dark_mode);
    Plot::new("scatter")
        .height(320.0)
        .x_axis_label(ds.feature_names.first().cloned().unwrap_or_default())
        .y_axis_label(target)
        .show(ui, |p| {
            p.points(
                Points::new("", PlotPoints::from(pts.clone()))
                    .radius(4.5)
                    .allow_hover(false)
                    .color(outline),
            );
            p.points(
                Points::new(tr!("data-samples-legend"), PlotPoints::from(pts))
                    .color(CLASS_COLORS[0])
                    .radius(3.0),
            );
        });
}

/// Pictures of one table's first rows, cached in egui's memory by table and shape.
#[derive(Clone)]
struct Tiles {
    key: (usize, Shape, Vec<usize>),
    tiles: Vec<(TextureHandle, String)>,
}

/// The first rows of an image table as pictures, each with its label.
fn image_grid(ui: &mut Ui, state: &LabState, table: &Arc<Table>, img: ImageConfig) {
    let Shape::Image { c, h, w } = img.shape else {
        return;
    };
    let cfg = &state.data.config;
    let target = match &cfg.target {
        TargetSpec::Name(n) => table.column_index(n),
        TargetSpec::Index(i) if *i < 0 => {
            table.columns.len().checked_sub(i.unsigned_abs() as usize)
        }
        TargetSpec::Index(i) => Some(*i as usize),
    };
    let pixels: Vec<usize> = match &cfg.features {
        Some(names) => names.iter().filter_map(|n| table.column_index(n)).collect(),
        None => (0..table.columns.len())
            .filter(|&i| Some(i) != target)
            .collect(),
    };
    if pixels.len() != c * h * w {
        ui.label(
            RichText::new(tr!(
                "data-pixels-mismatch",
                count = pixels.len(),
                c = c,
                h = h,
                w = w
            ))
            .weak(),
        );
        return;
    }
    let shown = table.rows().min(IMAGES_SHOWN);
    ui.label(
        RichText::new(tr!(
            "data-first-images",
            shown = shown,
            total = crate::numfmt::thousands(table.rows())
        ))
        .strong(),
    );
    let id = egui::Id::unique("data-image-tiles");
    let key = (Arc::as_ptr(table) as usize, img.shape, pixels.clone());
    let cached: Option<Tiles> = ui.ctx().data(|d| d.get_temp(id));
    let tiles = match cached.filter(|t| t.key == key) {
        Some(t) => t,
        None => {
            let t = Tiles {
                tiles: make_tiles(ui.ctx(), table, &pixels, target, (c, h, w), shown),
                key,
            };
            ui.ctx().data_mut(|d| d.insert_temp(id, t.clone()));
            t
        }
    };
    let side = TILE.max(h.max(w) as f32);
    let per_row = ((ui.available_width() / (side + 12.0)).floor() as usize).max(1);
    egui::Grid::new("image-grid")
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            for (i, (tex, label)) in tiles.tiles.iter().enumerate() {
                ui.vertical_centered(|ui| {
                    ui.add(
                        egui::Image::new((
                            tex.id(),
                            egui::vec2(side, side * h as f32 / w.max(1) as f32),
                        ))
                        .alt_text(tr!(
                            "data-image-alt",
                            number = i + 1,
                            label = label
                        )),
                    );
                    ui.label(RichText::new(label).size(15.0));
                });
                if (i + 1) % per_row == 0 {
                    ui.end_row();
                }
            }
        });
}

fn make_tiles(
    ctx: &egui::Context,
    table: &Table,
    pixels: &[usize],
    target: Option<usize>,
    (c, h, w): (usize, usize, usize),
    shown: usize,
) -> Vec<(TextureHandle, String)> {
    let cols: Vec<&[f32]> = pixels
        .iter()
        .filter_map(|&i| table.columns.get(i).and_then(|col| col.as_f32()))
        .collect();
    // One brightness scale for all pictures: the smallest to the largest value shown.
    let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
    for col in &cols {
        for v in col.iter().take(shown).filter(|v| v.is_finite()) {
            lo = lo.min(*v);
            hi = hi.max(*v);
        }
    }
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    let level = |v: f32| {
        if v.is_finite() {
            (((v - lo) / (hi - lo).max(1e-9)).clamp(0.0, 1.0) * 255.0) as u8
        } else {
            0
        }
    };
    (0..shown)
        .map(|r| {
            let px: Vec<Color32> = (0..h * w)
                .map(|p| {
                    let at = |ch: usize| {
                        cols.get(ch * h * w + p)
                            .and_then(|col| col.get(r))
                            .copied()
                            .map_or(0, level)
                    };
                    if c >= 3 {
                        Color32::from_rgb(at(0), at(1), at(2))
                    } else {
                        Color32::from_gray(at(0))
                    }
                })
                .collect();
            let tex = ctx.load_texture(
                format!("data-image-{r}"),
                ColorImage::new([w, h], px),
                TextureOptions::NEAREST,
            );
            let label = target
                .and_then(|t| table.columns.get(t))
                .and_then(|col| col.text(r))
                .unwrap_or_else(|| "—".into());
            (tex, label)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scatter spreads its points over the whole split, not its first rows.
    #[test]
    fn scatter_rows_spread_over_the_split() {
        assert_eq!(scatter_rows(5).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4]);
        let many: Vec<usize> = scatter_rows(1_000_000).collect();
        assert!(many.len() <= SCATTER_MAX && many.len() > SCATTER_MAX / 2);
        assert!(many.last().is_some_and(|&r| r > 990_000), "reaches the end");
        assert_eq!(scatter_rows(0).count(), 0);
    }
}
