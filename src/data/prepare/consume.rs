//! Encoding the three splits from a table that is consumed on the way: rows are written
//! from the last table row backwards, and after each block the table's columns are cut
//! short and their memory given back, so the table and the matrices together stay close to
//! the size of one of them (a 138 MB CSV of 60,000 × 785 pixels needs its 188 MB matrices
//! once, not twice).

use super::preprocessor::{write_feature, FeatureTransform, Preprocessor, Source};
use crate::data::dataset::Split;
use crate::data::error::DataError;
use crate::data::table::Table;

/// Table rows written between two cuts of the columns.
const ROW_BLOCK: usize = 4096;
/// Rows encoded together column by column: each column's values for them are read from
/// one stretch of memory, and their matrix rows stay in cache while every column is
/// written (row by row would touch every column's memory for each row).
const ROW_TILE: usize = 64;
/// Features per row from which the rows of a block are encoded on all cores.
const PARALLEL_WIDTH: usize = 64;
/// Marks a table row that belongs to no split.
const NO_SPLIT: u8 = u8::MAX;

impl Preprocessor {
    /// Encodes the rows of `splits` (train, validation, test) of `table` like
    /// [`Preprocessor::encode`] does each, consuming the table.
    pub(super) fn encode_splits(
        &self,
        mut table: Table,
        splits: [&[usize]; 3],
    ) -> Result<[Split; 3], DataError> {
        let n = table.rows();
        // Where each table row goes: its split and position there.
        let mut slot: Vec<(u8, u32)> = vec![(NO_SPLIT, 0); n];
        for (s, rows) in splits.iter().enumerate() {
            for (i, &r) in rows.iter().enumerate() {
                if let Some(e) = slot.get_mut(r) {
                    *e = (s as u8, i as u32);
                }
            }
        }
        let width: usize = self.features.iter().map(FeatureTransform::width).sum();
        let mut xs = splits.map(|rows| vec![0f32; rows.len() * width]);
        let mut ys = splits.map(|rows| vec![0f32; rows.len()]);
        let mut kept = splits.map(|rows| vec![false; rows.len()]);
        // Labels first (one value per row), in the order `encode` meets them.
        {
            let (_, target) = self.sources(&table)?;
            for (s, rows) in splits.iter().enumerate() {
                for (i, &r) in rows.iter().enumerate() {
                    if let Some(label) = self.label(&target, &table, r)? {
                        ys[s][i] = label;
                        kept[s][i] = true;
                    }
                }
            }
        }
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .clamp(1, 8);
        if threads == 1 || width < PARALLEL_WIDTH {
            self.encode_blocks_here(&mut table, &slot, &mut xs, &mut kept, width)?;
        } else {
            // Every matrix row as its own slice, taken by the block that writes it: the
            // rows of a block are shared among the cores without sharing memory.
            let mut rows_of: Vec<Vec<Option<&mut [f32]>>> = xs
                .iter_mut()
                .map(|x| x.chunks_mut(width.max(1)).map(Some).collect())
                .collect();
            let mut end = n;
            while end > 0 {
                let start = end.saturating_sub(ROW_BLOCK);
                {
                    let sources = self.feature_sources(&table)?;
                    let mut todo: Vec<Row<'_>> = Vec::with_capacity(end - start);
                    for r in start..end {
                        let Some(&(s, i)) = slot.get(r) else { continue };
                        let (s, i) = (s as usize, i as usize);
                        if s >= 3 || !kept[s][i] {
                            continue;
                        }
                        if let Some(dst) = rows_of[s].get_mut(i).and_then(Option::take) {
                            todo.push(Row { r, s, i, dst });
                        }
                    }
                    let dropped = if threads == 1 || todo.len() < 2 * ROW_TILE {
                        encode_rows(&sources, &mut todo)
                    } else {
                        let per = todo.len().div_ceil(threads).next_multiple_of(ROW_TILE);
                        let sources = &sources;
                        std::thread::scope(|sc| {
                            let handles: Vec<_> = todo
                                .chunks_mut(per)
                                .map(|part| sc.spawn(move || encode_rows(sources, part)))
                                .collect();
                            let mut all = Vec::new();
                            for h in handles {
                                match h.join() {
                                    Ok(d) => all.extend(d),
                                    Err(panic) => std::panic::resume_unwind(panic),
                                }
                            }
                            all
                        })
                    };
                    for (s, i) in dropped {
                        // `compact` removes the row and what was written.
                        kept[s][i] = false;
                    }
                }
                for col in &mut table.columns {
                    col.truncate_rows(start);
                }
                end = start;
            }
        }
        let mut out = [Split::default(), Split::default(), Split::default()];
        for (s, split) in out.iter_mut().enumerate() {
            let x = std::mem::take(&mut xs[s]);
            let y = std::mem::take(&mut ys[s]);
            *split = compact(x, y, &kept[s], width);
        }
        Ok(out)
    }
}

impl Preprocessor {
    /// The blocks of [`Preprocessor::encode_splits`] on this thread, writing straight into
    /// the matrices (narrow data: a slice per row would cost more than it saves).
    fn encode_blocks_here(
        &self,
        table: &mut Table,
        slot: &[(u8, u32)],
        xs: &mut [Vec<f32>; 3],
        kept: &mut [Vec<bool>; 3],
        width: usize,
    ) -> Result<(), DataError> {
        let mut todo: Vec<(usize, usize, usize)> = Vec::with_capacity(ROW_BLOCK);
        let mut end = table.rows();
        while end > 0 {
            let start = end.saturating_sub(ROW_BLOCK);
            {
                let sources = self.feature_sources(table)?;
                todo.clear();
                todo.extend((start..end).filter_map(|r| {
                    let &(s, i) = slot.get(r)?;
                    let (s, i) = (s as usize, i as usize);
                    (s < 3 && kept[s][i]).then_some((r, s, i))
                }));
                for tile in todo.chunks(ROW_TILE) {
                    let mut offset = 0;
                    for src in &sources {
                        let w = src.width();
                        for &(r, s, i) in tile {
                            let at = i * width + offset;
                            let ok = match xs[s].get_mut(at..at + w) {
                                Some(dst) => write_feature(src, r, dst),
                                None => false,
                            };
                            if !ok {
                                // Dropped: `compact` removes the row and what was written.
                                kept[s][i] = false;
                            }
                        }
                        offset += w;
                    }
                }
            }
            for col in &mut table.columns {
                col.truncate_rows(start);
            }
            end = start;
        }
        Ok(())
    }
}

/// A table row on its way into a split's matrix.
struct Row<'a> {
    /// Table row.
    r: usize,
    /// Split and position there.
    s: usize,
    i: usize,
    /// Its row of the matrix.
    dst: &'a mut [f32],
}

/// Encodes `rows` column by column in tiles of [`ROW_TILE`]; returns the (split, position)
/// of rows to drop.
fn encode_rows(sources: &[Source<'_>], rows: &mut [Row<'_>]) -> Vec<(usize, usize)> {
    let mut dropped = Vec::new();
    for tile in rows.chunks_mut(ROW_TILE) {
        let mut offset = 0;
        for src in sources {
            let w = src.width();
            for row in tile.iter_mut() {
                let ok = match row.dst.get_mut(offset..offset + w) {
                    Some(dst) => write_feature(src, row.r, dst),
                    None => false,
                };
                if !ok {
                    dropped.push((row.s, row.i));
                }
            }
            offset += w;
        }
    }
    dropped.sort_unstable();
    dropped.dedup();
    dropped
}

/// The split of the kept rows (in order), dropping the others in place.
fn compact(mut x: Vec<f32>, mut y: Vec<f32>, kept: &[bool], width: usize) -> Split {
    if kept.iter().all(|&k| k) {
        let rows = y.len();
        return Split { x, y, rows };
    }
    let mut rows = 0;
    for (i, &k) in kept.iter().enumerate() {
        if !k {
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
            let t = table(3 * ROW_BLOCK + 17);
            let by_ref = prepare_with_split(&t, &cfg).map(|(d, p, i)| format!("{d:?}{p:?}{i:?}"));
            let owned = prepare_owned(t, &cfg).map(|(d, p, i)| format!("{d:?}{p:?}{i:?}"));
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
        let rows = 2 * ROW_BLOCK + 300;
        let mut columns: Vec<Column> = (0..PARALLEL_WIDTH + 6)
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
            let owned = prepare_owned(t.clone(), &cfg).map(|(d, p, i)| format!("{d:?}{p:?}{i:?}"));
            assert_eq!(
                by_ref.map_err(|e| e.to_string()),
                owned.map_err(|e| e.to_string())
            );
        }
    }
}
