//! Encoding the three splits from a table that is consumed on the way. Each split holds
//! its rows in table order (the split's marks, one byte a row, say which rows), so its
//! matrix is written back to front in step with the table: block by block from the last
//! table row, after which the table's columns are cut short
//! and their memory given back. The table and the matrices together stay close to the size
//! of one of them (a 97 MB CSV of 1M × 11 numbers, or 60,000 × 785 pixels), and every
//! write goes to the next stretch of a matrix, which the cores share out among themselves.

use super::preprocessor::{write_feature, FeatureTransform, Preprocessor, Source};
use super::split::SplitMarks;
use crate::data::dataset::Split;
use crate::data::error::DataError;
use crate::data::table::Table;

/// Bytes of table (all columns) encoded between two cuts of the columns (smaller in unit
/// tests, so that small tables take many blocks).
const BLOCK_BYTES: usize = if cfg!(test) { 64 << 10 } else { 1 << 20 };
/// Rows encoded together column by column: each column's values for them are read from
/// one stretch of memory, and their matrix rows stay in cache while every column is
/// written (row by row would touch every column's memory for each row).
const ROW_TILE: usize = 64;
/// Rows per block from which a block is shared among the cores.
const PARALLEL_ROWS: usize = if cfg!(test) {
    2 * ROW_TILE
} else {
    4 * ROW_TILE
};

/// A stretch of one split: its table rows (ascending), their matrix rows and labels, and
/// which split it is and where in it it starts.
struct Stretch<'a> {
    rows: &'a [u32],
    dst: &'a mut [f32],
    labels: &'a mut [f32],
    split: usize,
    at: usize,
}

impl Preprocessor {
    /// Encodes the rows of the three splits (train, validation, test) that `marks` gives
    /// of `table` like [`Preprocessor::encode`] does each list, consuming the table: the
    /// matrices are written in step with the table's release.
    pub(super) fn encode_splits(
        &self,
        mut table: Table,
        marks: &SplitMarks,
    ) -> Result<[Split; 3], DataError> {
        let n = table.rows();
        let mark = marks.marks();
        let sizes = marks.sizes();
        let width: usize = self.features.iter().map(FeatureTransform::width).sum();
        let mut xs = sizes.map(|rows| vec![0f32; rows * width]);
        let mut ys = sizes.map(|rows| vec![0f32; rows]);
        // Positions of rows that cannot be encoded (none in the common file).
        let mut dropped: [Vec<usize>; 3] = Default::default();
        let class_of = self.class_of_values(&table);
        // Each feature's column, looked up by name once (not per block).
        let at = self.feature_column_indices(&table)?;
        {
            // Every column must be there. A target value outside the known classes is
            // reported at its first row in split order, as `encode` does, before anything
            // is written; otherwise the blocks read the labels as they go.
            let (_, target) = self.sources_with(&table, class_of.as_ref())?;
            if target.may_reject() {
                for s in 0..3u8 {
                    for r in (0..mark.len()).filter(|&r| mark.get(r) == Some(&s)) {
                        self.label(&target, &table, r)?;
                    }
                }
            }
        }
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .clamp(1, 8);
        let row_bytes = 4 * table.columns.len().max(1);
        let block = (BLOCK_BYTES / row_bytes).max(ROW_TILE);
        // Positions in each split not written yet: `..todo[s]` (marks past the table's
        // end, which no valid split has, are never written).
        let mut todo = [0usize; 3];
        for &m in mark.get(..n.min(mark.len())).unwrap_or_default() {
            if let Some(t) = todo.get_mut(usize::from(m)) {
                *t += 1;
            }
        }
        // The rows of each split in the block at hand.
        let mut block_rows: [Vec<u32>; 3] = Default::default();
        let mut end = n;
        while end > 0 {
            let start = end.saturating_sub(block);
            for list in &mut block_rows {
                list.clear();
            }
            let block_marks = mark.get(start..end.min(mark.len())).unwrap_or_default();
            for (r, &m) in (start as u32..).zip(block_marks) {
                if let Some(list) = block_rows.get_mut(usize::from(m)) {
                    list.push(r);
                }
            }
            {
                let sources = self.feature_sources_at(&table, &at)?;
                let target = self.target_source(&table, class_of.as_ref())?;
                let mut parts: Vec<Stretch<'_>> = Vec::new();
                for (s, (x, y)) in xs.iter_mut().zip(&mut ys).enumerate() {
                    let rows = &block_rows[s];
                    let hi = todo[s];
                    let lo = hi - rows.len();
                    todo[s] = lo;
                    parts.push(Stretch {
                        rows,
                        dst: &mut x[lo * width..hi * width],
                        labels: &mut y[lo..hi],
                        split: s,
                        at: lo,
                    });
                }
                // Every label reads (a value outside the classes was reported above).
                let label = |r: u32| self.label(&target, &table, r as usize).ok().flatten();
                let total: usize = parts.iter().map(|p| p.rows.len()).sum();
                let found: Vec<(usize, Vec<usize>)> = if threads == 1 || total < PARALLEL_ROWS {
                    parts
                        .iter_mut()
                        .map(|p| (p.split, encode_stretch(&sources, &label, p, width)))
                        .collect()
                } else {
                    let shares = share_out(parts, threads, width);
                    let (sources, label) = (&sources, &label);
                    std::thread::scope(|sc| {
                        let encode_all = move |mut share: Vec<Stretch<'_>>| {
                            share
                                .iter_mut()
                                .map(|p| (p.split, encode_stretch(sources, label, p, width)))
                                .collect::<Vec<_>>()
                        };
                        let mut shares = shares.into_iter();
                        let mine = shares.next();
                        let handles: Vec<_> = shares
                            .map(|share| sc.spawn(move || encode_all(share)))
                            .collect();
                        let mut found = mine.map(encode_all).unwrap_or_default();
                        for h in handles {
                            match h.join() {
                                Ok(more) => found.extend(more),
                                Err(panic) => std::panic::resume_unwind(panic),
                            }
                        }
                        found
                    })
                };
                for (s, positions) in found {
                    if let Some(d) = dropped.get_mut(s) {
                        d.extend(positions);
                    }
                }
            }
            for col in &mut table.columns {
                col.truncate_rows(start);
            }
            end = start;
        }
        drop(table);
        let mut out = [Split::default(), Split::default(), Split::default()];
        for (s, split) in out.iter_mut().enumerate() {
            let x = std::mem::take(&mut xs[s]);
            let y = std::mem::take(&mut ys[s]);
            let mut gone = std::mem::take(&mut dropped[s]);
            gone.sort_unstable();
            *split = compact(x, y, &gone, width);
        }
        Ok(out)
    }
}

/// Cuts the block's stretches into `threads` shares of about equal rows (pieces of whole
/// tiles).
fn share_out(parts: Vec<Stretch<'_>>, threads: usize, width: usize) -> Vec<Vec<Stretch<'_>>> {
    let total: usize = parts.iter().map(|p| p.rows.len()).sum();
    let per = total
        .div_ceil(threads)
        .next_multiple_of(ROW_TILE)
        .max(ROW_TILE);
    let mut shares: Vec<Vec<Stretch<'_>>> = (0..threads).map(|_| Vec::new()).collect();
    let (mut t, mut room) = (0, per);
    for p in parts {
        let (mut rows, mut dst, mut labels, mut at) = (p.rows, p.dst, p.labels, p.at);
        while !rows.is_empty() {
            let take = rows.len().min(room);
            let (r, r_rest) = rows.split_at(take);
            let (d, d_rest) = dst.split_at_mut(take * width);
            let (l, l_rest) = labels.split_at_mut(take);
            shares[t.min(threads - 1)].push(Stretch {
                rows: r,
                dst: d,
                labels: l,
                split: p.split,
                at,
            });
            (rows, dst, labels, at) = (r_rest, d_rest, l_rest, at + take);
            room -= take;
            if room == 0 {
                t += 1;
                room = per;
            }
        }
    }
    shares
}

/// Encodes a stretch column by column in tiles of [`ROW_TILE`] rows, labels first;
/// returns the split positions of rows that must be dropped (no label, or a feature that
/// cannot be encoded: [`compact`] removes them and what was written).
fn encode_stretch<L>(
    sources: &[Source<'_>],
    label: &L,
    p: &mut Stretch<'_>,
    width: usize,
) -> Vec<usize>
where
    L: Fn(u32) -> Option<f32>,
{
    let mut dropped = Vec::new();
    let width = width.max(1);
    for (t, ((rows, dst), labels)) in p
        .rows
        .chunks(ROW_TILE)
        .zip(p.dst.chunks_mut(ROW_TILE * width))
        .zip(p.labels.chunks_mut(ROW_TILE))
        .enumerate()
    {
        let mut kept = [false; ROW_TILE];
        for ((&r, y), k) in rows.iter().zip(labels.iter_mut()).zip(kept.iter_mut()) {
            if let Some(v) = label(r) {
                *y = v;
                *k = true;
            }
        }
        let mut offset = 0;
        for src in sources {
            let w = src.width();
            for ((&r, row), k) in rows.iter().zip(dst.chunks_mut(width)).zip(kept.iter_mut()) {
                if !*k {
                    continue;
                }
                let ok = match row.get_mut(offset..offset + w) {
                    Some(d) => write_feature(src, r as usize, d),
                    None => false,
                };
                if !ok {
                    *k = false;
                }
            }
            offset += w;
        }
        let first = p.at + t * ROW_TILE;
        dropped.extend(
            kept.iter()
                .take(rows.len())
                .enumerate()
                .filter(|(_, &k)| !k)
                .map(|(i, _)| first + i),
        );
    }
    dropped
}

/// The split without the rows at the positions `dropped` (ascending), removed in place.
fn compact(mut x: Vec<f32>, mut y: Vec<f32>, dropped: &[usize], width: usize) -> Split {
    if dropped.is_empty() {
        let rows = y.len();
        return Split { x, y, rows };
    }
    let mut rows = 0;
    let mut gone = dropped.iter().peekable();
    for i in 0..y.len() {
        if gone.peek() == Some(&&i) {
            gone.next();
            continue;
        }
        if rows != i {
            x.copy_within(i * width..(i + 1) * width, rows * width);
            y[rows] = y[i];
        }
        rows += 1;
    }
    x.truncate(rows * width);
    x.shrink_to_fit();
    y.truncate(rows);
    Split { x, y, rows }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use crate::data::prepare::{prepare_owned, prepare_with_split, DataConfig, MissingPolicy};
    use crate::data::table::Column;

    fn table(rows: usize) -> Table {
        let a: Vec<f32> = (0..rows)
            .map(|i| if i % 7 == 3 { f32::NAN } else { i as f32 * 0.5 })
            .collect();
        let b: Vec<Option<&str>> = (0..rows)
            .map(|i| (i % 11 != 5).then_some(["red", "green", "blue"][i % 3]))
            .collect();
        let label: Vec<Option<&str>> = (0..rows)
            .map(|i| (i % 13 != 4).then_some(["yes", "no"][i % 2]))
            .collect();
        let Ok(t) = Table::from_columns(
            "t.csv",
            vec![
                Column::numeric("a", a),
                Column::categorical("b", &b),
                Column::categorical("label", &label),
            ],
        ) else {
            panic!("columns of equal length")
        };
        t
    }

    /// Consuming the table gives exactly the dataset the borrowing path gives, across
    /// several row blocks, with rows dropped for missing targets and features.
    #[test]
    fn consuming_the_table_prepares_the_same_dataset() {
        for policy in [MissingPolicy::DropRow, MissingPolicy::FillMean] {
            let cfg = DataConfig {
                missing: policy,
                ..DataConfig::default()
            };
            let t = table(3 * (BLOCK_BYTES / 12) + 17);
            let by_ref = prepare_with_split(&t, &cfg).map(|(d, p, i)| format!("{d:?}{p:?}{i:?}"));
            let owned =
                prepare_owned(t, &cfg).map(|(d, p, i)| format!("{d:?}{p:?}{:?}", i.indices()));
            assert_eq!(
                by_ref.map_err(|e| e.to_string()),
                owned.map_err(|e| e.to_string())
            );
        }
    }

    /// Wide data takes the path that shares each block's rows among the cores: still the
    /// same dataset, dropped rows included.
    #[test]
    fn wide_tables_encoded_on_all_cores_give_the_same_dataset() {
        let rows = 2 * 5000 + 300;
        let mut columns: Vec<Column> = (0..70)
            .map(|c| {
                let v: Vec<f32> = (0..rows)
                    .map(|i| {
                        if (i + c) % 97 == 5 {
                            f32::NAN
                        } else {
                            ((i * 31 + c * 7) % 255) as f32
                        }
                    })
                    .collect();
                Column::numeric(format!("p{c}"), v)
            })
            .collect();
        let label: Vec<Option<&str>> = (0..rows)
            .map(|i| (i % 53 != 4).then_some(["a", "b", "c"][i % 3]))
            .collect();
        columns.push(Column::categorical("label", &label));
        let Ok(t) = Table::from_columns("wide.csv", columns) else {
            panic!("columns of equal length")
        };
        for policy in [MissingPolicy::DropRow, MissingPolicy::FillMean] {
            let cfg = DataConfig {
                missing: policy,
                ..DataConfig::default()
            };
            let by_ref = prepare_with_split(&t, &cfg).map(|(d, p, i)| format!("{d:?}{p:?}{i:?}"));
            let owned = prepare_owned(t.clone(), &cfg)
                .map(|(d, p, i)| format!("{d:?}{p:?}{:?}", i.indices()));
            assert_eq!(
                by_ref.map_err(|e| e.to_string()),
                owned.map_err(|e| e.to_string())
            );
        }
    }
}
