//! The points over the decision boundary: where each sample sits in the columns' own
//! units (the data's plane, or each axis un-scaled), and the outline that keeps a point
//! visible on a map of its own colour.

use super::MAX_POINTS;
use crate::app::LabState;
use crate::data::prepare::FeatureKind;
use crate::data::Dataset;
use crate::train::BoundaryGrid;
use egui::Color32;

/// A feature's scaling undone: `raw = scaled * k + o` for the prepared feature `f`
/// (identity when it is not a scaled numeric column).
pub fn raw_axis(state: &LabState, ds: &Dataset, f: usize) -> (f64, f64) {
    let Some(pre) = &state.data.preprocessor else {
        return (1.0, 0.0);
    };
    let Some(name) = ds.feature_names.get(f) else {
        return (1.0, 0.0);
    };
    pre.features
        .iter()
        .find(|t| &t.column == name)
        .and_then(|t| match t.kind {
            FeatureKind::Numeric { offset, factor, .. } if factor != 0.0 && factor.is_finite() => {
                Some((1.0 / f64::from(factor), f64::from(offset)))
            }
            _ => None,
        })
        .unwrap_or((1.0, 0.0))
}

/// The points of a split in the map's units (raw units of the data's columns), with their
/// class.
pub(super) fn split_points(
    state: &LabState,
    ds: &Dataset,
    grid: &BoundaryGrid,
    test: bool,
) -> Vec<(usize, [f64; 2])> {
    let split = if test { &ds.test } else { &ds.train };
    let yd = ds.task.target_dim();
    let stride = split.rows.div_ceil(MAX_POINTS).max(1);
    let class = |r: usize| split.y.get(r * yd).copied().unwrap_or(0.0).max(0.0) as usize;
    if let Some(plane) = ds.plane.as_ref().filter(|_| grid.plane) {
        let raw = if test { &plane.test } else { &plane.train };
        return (0..split.rows)
            .step_by(stride)
            .filter_map(|r| {
                let a = *raw.get(r * 2)?;
                let b = *raw.get(r * 2 + 1)?;
                Some((class(r), [f64::from(a), f64::from(b)]))
            })
            .collect();
    }
    let (fx, fy) = grid.features;
    let (kx, ox) = raw_axis(state, ds, fx);
    let (ky, oy) = raw_axis(state, ds, fy);
    let w = ds.input_shape.numel().max(1);
    (0..split.rows)
        .step_by(stride)
        .filter_map(|r| {
            let x = *split.x.get(r * w + fx)?;
            let y = *split.x.get(r * w + fy)?;
            Some((class(r), [f64::from(x) * kx + ox, f64::from(y) * ky + oy]))
        })
        .collect()
}

/// The outline drawn under every point: dark on a light map, light on a dark one, so a
/// point stays visible on a map of its own colour.
pub fn outline_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(240)
    } else {
        Color32::from_gray(25)
    }
}
