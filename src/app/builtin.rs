//! A wide synthetic table for timing the window (View ▸ Debug): 784 numeric features (the
//! size of MNIST) and a 10-class label, built on a job thread like every dataset.

use crate::data::{DataError, Table};

/// Features of the timing table.
pub const TIMING_FEATURES: usize = crate::data::synthetic::TIMING_FEATURES;

/// Generates `rows` samples of 10 noisy prototypes with 784 features each.
pub fn timing_table(rows: usize, seed: u64) -> Result<Table, DataError> {
    crate::data::synthetic::timing_table(rows, seed)
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
