//! A summary of a [`Table`] for `layerlab inspect` and the data panel.

use super::table::{ColumnData, ColumnType, Table, MISSING_CODE};
use serde::Serialize;
use std::fmt;

/// Summary of one column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnReport {
    /// Column name.
    pub name: String,
    /// Detected type.
    pub column_type: ColumnType,
    /// Missing values.
    pub missing: usize,
    /// Distinct non-missing values.
    pub distinct: usize,
    /// Smallest value (numeric and boolean columns).
    pub min: Option<f32>,
    /// Mean (numeric and boolean columns).
    pub mean: Option<f32>,
    /// Largest value (numeric and boolean columns).
    pub max: Option<f32>,
    /// Up to five most frequent values with counts (categorical and boolean columns).
    pub top: Vec<(String, usize)>,
}

/// Summary of a table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InspectReport {
    /// File name.
    pub source_name: String,
    /// Delimiter as text (`,` or `tab` …).
    pub delimiter: String,
    /// Whether the first row was a header.
    pub has_header: bool,
    /// Data rows.
    pub rows: usize,
    /// One report per column.
    pub columns: Vec<ColumnReport>,
}

/// Summarises `table`.
pub fn inspect_table(table: &Table) -> InspectReport {
    let delimiter = super::csv::delimiter_name(table.delimiter);
    InspectReport {
        source_name: table.source_name.clone(),
        delimiter,
        has_header: table.has_header,
        rows: table.rows(),
        columns: column_reports(&table.columns),
    }
}

/// The report of every column, the columns shared among the processor's cores.
fn column_reports(columns: &[super::table::Column]) -> Vec<ColumnReport> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let per = columns.len().div_ceil(threads).max(1);
    // Each thread groups its columns' keys in the same buffers (fresh ones per column
    // would be paged in, zeroed, each time).
    let reports = |part: &[super::table::Column]| {
        let mut scratch = Scratch::default();
        part.iter()
            .map(|c| column_report(c, &mut scratch))
            .collect::<Vec<_>>()
    };
    if threads == 1 || columns.len() < 2 {
        return reports(columns);
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = columns
            .chunks(per)
            .map(|part| s.spawn(move || reports(part)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(reports) => reports,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// Buffers [`distinct`] works in, kept from column to column.
#[derive(Default)]
struct Scratch {
    /// The keys, grouped by their high bits.
    grouped: Vec<u32>,
    /// One bit per value of a key's low bits (all clear between groups).
    seen: Vec<u64>,
}

/// High bits of a key that pick its group in [`distinct`] (sign, exponent and two bits of
/// the mantissa: 2,048 groups, whose write positions stay in cache).
const GROUP_BITS: u32 = 11;
/// Low bits of a key, told apart within a group by a bitmap of 2^21 bits (256 KiB, in
/// the processor's second-level cache).
const LOW_BITS: u32 = 32 - GROUP_BITS;

/// What [`summarize`] finds in a numeric column.
#[derive(Debug, Clone, Copy, PartialEq)]
struct NumberSummary {
    /// Distinct values (NaN skipped; 0 and -0 are one value).
    distinct: usize,
    /// Smallest and largest value in `total_cmp`'s order, and the mean; `None` when every
    /// value is missing.
    bounds: Option<(f32, f32, f32)>,
}

/// [`summarize`]'s count of distinct values.
#[cfg(test)]
fn distinct(values: &[f32], scratch: &mut Scratch) -> usize {
    summarize(values, scratch).distinct
}

/// Distinct values among `values` (NaN skipped; 0 and -0 are one value): their bit
/// patterns grouped by their high bits in one pass, then each group's low bits marked in
/// a bitmap, counting the marks that were new. The pass that counts the groups also finds
/// the smallest and largest value and sums them for the mean (in order, from +0.0).
fn summarize(values: &[f32], scratch: &mut Scratch) -> NumberSummary {
    // A value's key: its bits, with -0 read as 0.
    let key = |x: f32| if x == 0.0 { 0 } else { x.to_bits() };
    let keys = || values.iter().copied().filter(|x| !x.is_nan()).map(key);
    let mut counts = vec![0usize; 1 << GROUP_BITS];
    let mut present = values.iter().copied().filter(|x| !x.is_nan());
    let bounds = present.next().map(|first| {
        counts[(key(first) >> LOW_BITS) as usize] += 1;
        let (mut lo, mut hi) = (first, first);
        let (mut sum, mut n) = (0.0 + f64::from(first), 1usize);
        for x in present {
            counts[(key(x) >> LOW_BITS) as usize] += 1;
            if x.total_cmp(&lo).is_lt() {
                lo = x;
            }
            if x.total_cmp(&hi).is_gt() {
                hi = x;
            }
            sum += f64::from(x);
            n += 1;
        }
        (lo, hi, (sum / n as f64) as f32)
    });
    let distinct = distinct_in_groups(keys, &counts, scratch);
    NumberSummary { distinct, bounds }
}

/// The distinct keys, given every key (`keys`) and how many fall in each group.
fn distinct_in_groups<I, K>(keys: K, counts: &[usize], scratch: &mut Scratch) -> usize
where
    K: Fn() -> I,
    I: Iterator<Item = u32>,
{
    let n: usize = counts.iter().sum();
    let Scratch { grouped, seen } = scratch;
    seen.clear();
    seen.resize(1 << (LOW_BITS - 6), 0);
    if counts.contains(&n) {
        // One group holds every key: no grouping needed.
        return mark_new(seen, keys());
    }
    let mut next = Vec::with_capacity(counts.len());
    let mut at = 0;
    for &c in counts {
        next.push(at);
        at += c;
    }
    let starts = next.clone();
    grouped.clear();
    grouped.resize(n, 0);
    for k in keys() {
        let slot = &mut next[(k >> LOW_BITS) as usize];
        if let Some(g) = grouped.get_mut(*slot) {
            *g = k;
        }
        *slot += 1;
    }
    let mut found = 0;
    for (&start, &len) in starts.iter().zip(counts).filter(|(_, &len)| len > 0) {
        let group = grouped.get(start..start + len).unwrap_or_default();
        found += mark_new(seen, group.iter().copied());
        // A few keys: unmark their words; many: clear the whole map.
        if group.len() < seen.len() / 8 {
            for &k in group {
                if let Some(w) = seen.get_mut(low_bits(k) >> 6) {
                    *w = 0;
                }
            }
        } else {
            seen.fill(0);
        }
    }
    found
}

/// A key's low bits, as an index into the bitmap.
#[inline]
fn low_bits(k: u32) -> usize {
    (k & ((1 << LOW_BITS) - 1)) as usize
}

/// Marks the low bits of `keys` in `seen`; returns how many marks were new.
#[inline]
fn mark_new(seen: &mut [u64], keys: impl Iterator<Item = u32>) -> usize {
    let mut new = 0;
    for k in keys {
        let i = low_bits(k);
        if let Some(w) = seen.get_mut(i >> 6) {
            let bit = 1u64 << (i & 63);
            new += usize::from(*w & bit == 0);
            *w |= bit;
        }
    }
    new
}

fn top5(counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    let mut c: Vec<(String, usize)> = counts.into_iter().filter(|(_, n)| *n > 0).collect();
    c.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    c.truncate(5);
    c
}

fn column_report(col: &super::table::Column, scratch: &mut Scratch) -> ColumnReport {
    let mut r = ColumnReport {
        name: col.name.clone(),
        column_type: col.column_type(),
        missing: col.missing,
        distinct: 0,
        min: None,
        mean: None,
        max: None,
        top: Vec::new(),
    };
    match &col.data {
        ColumnData::Numeric(v) | ColumnData::Boolean(v) => {
            let summary = summarize(v, scratch);
            r.distinct = summary.distinct;
            if let Some((lo, hi, mean)) = summary.bounds {
                r.min = Some(lo);
                r.max = Some(hi);
                r.mean = Some(mean);
            }
            if matches!(col.data, ColumnData::Boolean(_)) {
                let t = v.iter().filter(|x| **x == 1.0).count();
                let f = v.iter().filter(|x| **x == 0.0).count();
                r.top = top5(vec![("true".into(), t), ("false".into(), f)]);
            }
        }
        ColumnData::Categorical { codes, categories } => {
            let mut counts = vec![0usize; categories.len()];
            for &c in codes.iter().filter(|&&c| c != MISSING_CODE) {
                if let Some(n) = counts.get_mut(c as usize) {
                    *n += 1;
                }
            }
            r.distinct = counts.iter().filter(|n| **n > 0).count();
            r.top = top5(categories.iter().cloned().zip(counts).collect());
        }
    }
    r
}

fn num(x: Option<f32>) -> String {
    match x {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e9 => crate::numfmt::whole_or_plain(v),
        Some(v) => format!("{v:.4}"),
        None => "-".into(),
    }
}

impl fmt::Display for InspectReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.source_name)?;
        writeln!(
            f,
            "delimiter: {}   header: {}   rows: {}   columns: {}",
            self.delimiter,
            if self.has_header { "yes" } else { "no" },
            self.rows,
            self.columns.len()
        )?;
        let name_w = self
            .columns
            .iter()
            .map(|c| c.name.chars().count())
            .max()
            .unwrap_or(4)
            .clamp(6, 30);
        writeln!(
            f,
            "{:<name_w$}  {:<11}  {:>8}  {:>8}  {:>10}  {:>10}  {:>10}  top values",
            "column", "type", "missing", "distinct", "min", "mean", "max"
        )?;
        for c in &self.columns {
            let name: String = c.name.chars().take(30).collect();
            let top: Vec<String> = c.top.iter().map(|(v, n)| format!("{v} ({n})")).collect();
            writeln!(
                f,
                "{:<name_w$}  {:<11}  {:>8}  {:>8}  {:>10}  {:>10}  {:>10}  {}",
                name,
                c.column_type.to_string(),
                c.missing,
                c.distinct,
                num(c.min),
                num(c.mean),
                num(c.max),
                top.join(", ")
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{distinct, Scratch};

    #[test]
    fn distinct_counts_values_once() {
        // One scratch for all, as a thread uses it: nothing is left over between columns.
        let mut s = Scratch::default();
        let many: Vec<f32> = (0..100_000)
            .map(|i| (i % 977) as f32 * 0.5 - 100.0)
            .collect();
        assert_eq!(distinct(&many, &mut s), 977);
        assert_eq!(distinct(&[], &mut s), 0);
        assert_eq!(distinct(&[f32::NAN], &mut s), 0);
        assert_eq!(
            distinct(&[1.0, 1.0, -0.0, 0.0, f32::NAN, 2.5, -2.5, 1e30], &mut s),
            5
        );
        // Every digit the same (passes skipped) and every digit different.
        assert_eq!(distinct(&[7.0; 1000], &mut s), 1);
        let spread: Vec<f32> = (0..50_000)
            .map(|i| f32::from_bits(0x3f80_0000 + i * 97))
            .collect();
        assert_eq!(distinct(&spread, &mut s), 50_000);
    }

    /// Against sorting and removing repeats, over values that share groups and low bits.
    #[test]
    fn distinct_matches_sort_and_dedup() {
        let mut s = Scratch::default();
        let mut state = 12_345u64;
        for round in 0..20u32 {
            let n = 1 + (round as usize * 7_919) % 30_000;
            let values: Vec<f32> = (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1);
                    let r = (state >> 33) as u32;
                    match round % 4 {
                        0 => f32::from_bits(r),
                        1 => (r % 1000) as f32 / 7.0 - 70.0,
                        2 => f32::from_bits(0x3f80_0000 | (r & 0x7ff) | ((r >> 20) << 21)),
                        _ => [0.0, -0.0, f32::NAN, 1.5][r as usize % 4],
                    }
                })
                .collect();
            let mut want: Vec<u32> = values
                .iter()
                .filter(|x| !x.is_nan())
                .map(|&x| if x == 0.0 { 0 } else { x.to_bits() })
                .collect();
            want.sort_unstable();
            want.dedup();
            assert_eq!(distinct(&values, &mut s), want.len(), "round {round}");
        }
    }
}
