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
    // Each thread sorts its columns' keys in the same two buffers (fresh ones per column
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

/// Buffers [`distinct`] sorts in, kept from column to column.
#[derive(Default)]
struct Scratch {
    keys: Vec<u32>,
    spare: Vec<u32>,
}

/// Distinct values among `values` (NaN skipped; 0 and -0 are one value): their bit
/// patterns sorted by three radix passes of 11, 11 and 10 bits (2,048 buckets, whose
/// write positions stay in cache, where 65,536 would not), then counted.
fn distinct(values: &[f32], scratch: &mut Scratch) -> usize {
    const DIGITS: [(u32, u32); 3] = [(0, 11), (11, 11), (22, 10)];
    let Scratch { keys, spare } = scratch;
    keys.clear();
    keys.extend(
        values
            .iter()
            .filter(|x| !x.is_nan())
            .map(|&x| if x == 0.0 { 0 } else { x.to_bits() }),
    );
    // Every pass's histogram from one read of the keys.
    let mut counts = vec![[0usize; 1 << 11]; DIGITS.len()];
    for &k in keys.iter() {
        for (c, &(shift, bits)) in counts.iter_mut().zip(&DIGITS) {
            c[((k >> shift) & ((1 << bits) - 1)) as usize] += 1;
        }
    }
    spare.clear();
    spare.resize(keys.len(), 0);
    for (c, &(shift, bits)) in counts.iter_mut().zip(&DIGITS) {
        if c.contains(&keys.len()) {
            continue; // every key has this digit: the pass would change nothing
        }
        let mut at = 0;
        for slot in c.iter_mut() {
            let n = *slot;
            *slot = at;
            at += n;
        }
        let mask = (1 << bits) - 1;
        for &k in keys.iter() {
            let slot = &mut c[((k >> shift) & mask) as usize];
            spare[*slot] = k;
            *slot += 1;
        }
        std::mem::swap(keys, spare);
    }
    keys.windows(2).filter(|w| w[0] != w[1]).count() + usize::from(!keys.is_empty())
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
            r.distinct = distinct(v, scratch);
            let present = || v.iter().copied().filter(|x| !x.is_nan());
            r.min = present().min_by(f32::total_cmp);
            r.max = present().max_by(f32::total_cmp);
            let (sum, n) = v
                .iter()
                .filter(|x| !x.is_nan())
                .fold((0.0f64, 0usize), |(s, n), x| (s + f64::from(*x), n + 1));
            r.mean = (n > 0).then(|| (sum / n as f64) as f32);
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
}
