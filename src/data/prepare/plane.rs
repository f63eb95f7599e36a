//! The [`Plane`] of 2-D numeric data: the two raw columns every network input is computed
//! from, so pictures can be drawn in the columns' own units and the boundary over them.

use super::derived::Derived;
use super::preprocessor::{FeatureKind, Preprocessor};
use super::split::SplitMarks;
use crate::data::dataset::{Plane, PlaneInput, PlaneTerm};
use crate::data::table::Table;

/// The plane of the prepared data, when its inputs come from exactly two numeric columns
/// (plain, squared, multiplied or sines of them) and it is not an image.
pub(super) fn build(table: &Table, pre: &Preprocessor, marks: &SplitMarks) -> Option<Plane> {
    if pre.image.is_some() {
        return None;
    }
    let derived_of = |name: &str| pre.derived.iter().find(|d| d.name() == name);
    // The raw columns the inputs read, in table order.
    let mut sources: Vec<usize> = Vec::new();
    for f in &pre.features {
        let names = match derived_of(&f.column) {
            Some(d) => d.sources(),
            None => vec![f.column.as_str()],
        };
        for n in names {
            let i = table.column_index(n)?;
            if !sources.contains(&i) {
                sources.push(i);
            }
        }
    }
    sources.sort_unstable();
    let [ia, ib] = sources.as_slice() else {
        return None;
    };
    let (ca, cb) = (table.columns.get(*ia)?, table.columns.get(*ib)?);
    let (va, vb) = (ca.as_f32()?, cb.as_f32()?);
    let axis = |name: &str| {
        if name == ca.name {
            Some(0)
        } else if name == cb.name {
            Some(1)
        } else {
            None
        }
    };
    let mut inputs = Vec::with_capacity(pre.features.len());
    for f in &pre.features {
        let FeatureKind::Numeric { offset, factor, .. } = f.kind else {
            return None;
        };
        let term = match derived_of(&f.column) {
            None => PlaneTerm::Axis(axis(&f.column)?),
            Some(Derived::Square(a)) => PlaneTerm::Square(axis(a)?),
            Some(Derived::Sin(a)) => PlaneTerm::Sin(axis(a)?),
            Some(Derived::Product(..)) => PlaneTerm::Product,
        };
        inputs.push(PlaneInput {
            term,
            offset,
            factor,
        });
    }
    let train = &marks.rows(0);
    let points = |rows: &[u32]| -> Vec<f32> {
        rows.iter()
            .flat_map(|&r| {
                let r = r as usize;
                [
                    va.get(r).copied().unwrap_or(f32::NAN),
                    vb.get(r).copied().unwrap_or(f32::NAN),
                ]
            })
            .collect()
    };
    let range = |v: &[f32]| {
        let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
        for x in train.iter().filter_map(|&r| v.get(r as usize)) {
            if x.is_finite() {
                lo = lo.min(*x);
                hi = hi.max(*x);
            }
        }
        if lo.is_finite() {
            (lo, hi)
        } else {
            (-1.0, 1.0)
        }
    };
    Some(Plane {
        axes: [ca.name.clone(), cb.name.clone()],
        ranges: [range(va), range(vb)],
        inputs,
        train: points(train),
        test: points(&marks.rows(2)),
    })
}
