//! A wide synthetic table for timing the window (View ▸ Debug): 784 numeric features (the
//! size of MNIST) and a 10-class label, built on a job thread like every dataset.

use crate::data::{Column, DataError, Table};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, StandardNormal};

/// Features of the timing table.
pub const TIMING_FEATURES: usize = 784;

/// Generates `rows` samples of 10 noisy prototypes with 784 features each.
pub fn timing_table(rows: usize, seed: u64) -> Result<Table, DataError> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let protos: Vec<Vec<f32>> = (0..10)
        .map(|_| {
            (0..TIMING_FEATURES)
                .map(|_| rng.gen_range(0.0..1.0))
                .collect()
        })
        .collect();
    let mut cols: Vec<Vec<f32>> = (0..TIMING_FEATURES)
        .map(|_| Vec::with_capacity(rows))
        .collect();
    let mut labels: Vec<Option<String>> = Vec::with_capacity(rows);
    for i in 0..rows {
        let class = i % 10;
        for (c, col) in cols.iter_mut().enumerate() {
            let n: f32 = StandardNormal.sample(&mut rng);
            col.push(protos[class][c] + 0.5 * n);
        }
        labels.push(Some(format!("c{class}")));
    }
    let mut columns: Vec<Column> = cols
        .into_iter()
        .enumerate()
        .map(|(i, v)| Column::numeric(format!("px{i}"), v))
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
}
