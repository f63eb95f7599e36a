//! Seeded synthetic data for timing: noisy class prototypes, as wide as MNIST (784
//! features, 10 classes) for the window's timing table (View ▸ Debug), `layerlab bench`
//! and the worker-overhead measure. One generator, so all three time the same kind of data.

use super::dataset::Split;
use super::error::DataError;
use super::table::{Column, Table};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, StandardNormal};

/// Features of the timing data (the size of MNIST).
pub const TIMING_FEATURES: usize = 784;
/// Classes of the timing data.
pub const TIMING_CLASSES: usize = 10;

/// `rows` samples of `classes` noisy prototypes with `features` features each, row-major,
/// with the class id (`row % classes`) as the target. Every feature is a prototype value in
/// `0..1` plus Gaussian noise of standard deviation 0.5. Same arguments, same numbers.
pub fn prototype_split(rows: usize, features: usize, classes: usize, seed: u64) -> Split {
    let classes = classes.max(1);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let protos: Vec<Vec<f32>> = (0..classes)
        .map(|_| (0..features).map(|_| rng.gen_range(0.0f32..1.0)).collect())
        .collect();
    let mut x = Vec::with_capacity(rows * features);
    let mut y = Vec::with_capacity(rows);
    for i in 0..rows {
        let class = i % classes;
        for &p in &protos[class] {
            let n: f32 = StandardNormal.sample(&mut rng);
            x.push(p + 0.5 * n);
        }
        y.push(class as f32);
    }
    Split { x, y, rows }
}

/// `rows` samples of the timing data ([`TIMING_FEATURES`] features, [`TIMING_CLASSES`]
/// classes) as engine-ready rows.
pub fn timing_split(rows: usize, seed: u64) -> Split {
    prototype_split(rows, TIMING_FEATURES, TIMING_CLASSES, seed)
}

/// The timing data as a table: numeric columns `px0`…`px783` and a categorical `label`
/// (`c0`…`c9`), named "timing-784".
pub fn timing_table(rows: usize, seed: u64) -> Result<Table, DataError> {
    let split = timing_split(rows, seed);
    let mut columns: Vec<Column> = (0..TIMING_FEATURES)
        .map(|c| {
            let values = (0..rows)
                .map(|r| split.x[r * TIMING_FEATURES + c])
                .collect();
            Column::numeric(format!("px{c}"), values)
        })
        .collect();
    let labels: Vec<Option<String>> = split
        .y
        .iter()
        .map(|&class| Some(format!("c{}", class as usize)))
        .collect();
    columns.push(Column::categorical("label", &labels));
    Table::from_columns("timing-784", columns)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn timing_table_has_785_columns() {
        let t = timing_table(20, 1).unwrap();
        assert_eq!(t.columns.len(), TIMING_FEATURES + 1);
        assert_eq!(t.rows(), 20);
    }

    #[test]
    fn same_seed_same_rows_other_seed_other_rows() {
        let a = prototype_split(30, 5, 3, 9);
        assert_eq!(a.rows, 30);
        assert_eq!(a.x.len(), 30 * 5);
        assert_eq!(a.y[..4], [0.0, 1.0, 2.0, 0.0]);
        assert_eq!(a, prototype_split(30, 5, 3, 9));
        assert_ne!(a.x, prototype_split(30, 5, 3, 10).x);
    }

    #[test]
    fn no_rows_is_an_empty_split() {
        let s = timing_split(0, 1);
        assert_eq!((s.rows, s.x.len(), s.y.len()), (0, 0, 0));
    }
}
