//! Seeded, optionally stratified train / validation / test split of row indices.

use super::config::SplitConfig;
use crate::data::error::DataError;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

/// Row indices of the three splits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitIndices {
    /// Training rows.
    pub train: Vec<usize>,
    /// Validation rows.
    pub val: Vec<usize>,
    /// Test rows.
    pub test: Vec<usize>,
}

/// Checks the ratios and returns them normalised to sum 1.
pub fn ratios(cfg: &SplitConfig) -> Result<[f64; 3], DataError> {
    let r = [cfg.train, cfg.val, cfg.test];
    let bad = r.iter().any(|x| !x.is_finite() || *x < 0.0) || cfg.train <= 0.0;
    if bad {
        return Err(DataError::BadSplit {
            train: cfg.train,
            val: cfg.val,
            test: cfg.test,
        });
    }
    let sum: f64 = r.iter().map(|&x| f64::from(x)).sum();
    Ok(r.map(|x| f64::from(x) / sum))
}

/// Splits `n` items by `ratios` with largest-remainder rounding; train gets at least one
/// item when `n > 0`, and a zero ratio gets none.
pub fn counts(n: usize, ratios: [f64; 3]) -> [usize; 3] {
    let exact = ratios.map(|r| r * n as f64);
    let mut c = exact.map(|e| e.floor() as usize);
    let mut order = [0usize, 1, 2];
    order.sort_by(|&a, &b| {
        let fa = exact[a] - exact[a].floor();
        let fb = exact[b] - exact[b].floor();
        fb.total_cmp(&fa).then(a.cmp(&b))
    });
    let mut left = n.saturating_sub(c.iter().sum());
    for &i in order.iter().cycle().take(3 * n.max(1)) {
        if left == 0 {
            break;
        }
        if ratios[i] > 0.0 {
            c[i] += 1;
            left -= 1;
        }
    }
    if c[0] == 0 && n > 0 {
        let from = if c[1] >= c[2] { 1 } else { 2 };
        c[from] -= 1;
        c[0] = 1;
    }
    c
}

/// Splits `rows`; with `classes` (one class id per entry of `rows`) and `cfg.stratify`,
/// each class is split by the ratios. The same seed always gives the same result.
pub fn split_rows(
    rows: &[usize],
    classes: Option<&[u32]>,
    cfg: &SplitConfig,
) -> Result<SplitIndices, DataError> {
    let r = ratios(cfg)?;
    let mut rng = ChaCha8Rng::seed_from_u64(cfg.seed);
    let mut groups: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    match classes {
        Some(cls) if cfg.stratify && cls.len() == rows.len() => {
            for (&row, &c) in rows.iter().zip(cls) {
                groups.entry(c).or_default().push(row);
            }
        }
        _ => {
            groups.insert(0, rows.to_vec());
        }
    }
    let mut out = SplitIndices::default();
    for (_, mut g) in groups {
        g.shuffle(&mut rng);
        let [a, b, _] = counts(g.len(), r);
        let rest = g.split_off(a);
        let (val, test) = rest.split_at(b.min(rest.len()));
        out.train.extend_from_slice(&g);
        out.val.extend_from_slice(val);
        out.test.extend_from_slice(test);
    }
    out.train.shuffle(&mut rng);
    out.val.shuffle(&mut rng);
    out.test.shuffle(&mut rng);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_sum_and_respect_zero_ratios() {
        for n in 0..50 {
            let c = counts(n, [0.7, 0.15, 0.15]);
            assert_eq!(c.iter().sum::<usize>(), n);
            if n > 0 {
                assert!(c[0] >= 1);
            }
            let z = counts(n, [0.8, 0.0, 0.2]);
            assert_eq!(z[1], 0);
            assert_eq!(z.iter().sum::<usize>(), n);
        }
        assert_eq!(counts(100, [0.7, 0.15, 0.15]), [70, 15, 15]);
        assert_eq!(counts(1, [0.1, 0.45, 0.45]), [1, 0, 0]);
    }

    #[test]
    fn bad_ratios_are_rejected() {
        let cfg = SplitConfig {
            train: 0.0,
            ..SplitConfig::default()
        };
        assert!(matches!(ratios(&cfg), Err(DataError::BadSplit { .. })));
        let cfg = SplitConfig {
            val: f32::NAN,
            ..SplitConfig::default()
        };
        assert!(ratios(&cfg).is_err());
    }
}
