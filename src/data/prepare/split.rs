//! Seeded, optionally stratified train / validation / test split of row indices.

use super::config::SplitConfig;
use crate::data::error::DataError;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

/// Row indices of the three splits (0-based data rows, ascending; four bytes each, as a
/// million-row file's split sits beside its table).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitIndices {
    /// Training rows.
    pub train: Vec<u32>,
    /// Validation rows.
    pub val: Vec<u32>,
    /// Test rows.
    pub test: Vec<u32>,
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

/// Splits `rows` (table row numbers, ascending); with `classes` (one class id per entry of
/// `rows`) and `cfg.stratify`, each class is split by the ratios. The same seed always
/// gives the same result.
///
/// Which rows go where is drawn at random: each class's rows, in file order, are shuffled
/// with the seeded stream (classes in ascending order) and cut by the ratios. Each split
/// then lists its rows in ascending order (their order in the file). Training shuffles its
/// batches every epoch anyway, and rows in file order let preparing fill the matrices
/// front to back while the table's memory is given back (see `consume.rs`). Earlier builds
/// listed each split in a seeded random order: the same rows, in another order.
pub fn split_rows(
    rows: RowSet,
    classes: Option<ClassIds>,
    cfg: &SplitConfig,
) -> Result<SplitIndices, DataError> {
    split_marks(rows, classes, cfg).map(|m| m.indices())
}

/// Which split each table row went to, one byte a row: what [`split_rows`] lists, in a
/// quarter of the memory (a million-row file's split sits beside its table).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitMarks {
    /// Per table row: 0 train, 1 validation, 2 test, [`SplitMarks::NONE`] in no split.
    marks: Vec<u8>,
    /// Rows in each split.
    sizes: [usize; 3],
}

impl SplitMarks {
    /// The mark of a row in no split (dropped before splitting).
    pub const NONE: u8 = u8::MAX;

    /// The marks, one per table row (rows past the last split row have none).
    pub fn marks(&self) -> &[u8] {
        &self.marks
    }

    /// Rows in `[train, validation, test]`.
    pub fn sizes(&self) -> [usize; 3] {
        self.sizes
    }

    /// The rows of split `s` (0 train, 1 validation, 2 test), ascending.
    pub fn rows(&self, s: u8) -> Vec<u32> {
        let n = self.sizes.get(usize::from(s)).copied().unwrap_or(0);
        // Every row is written at the end of the list and kept when it is in the split: no
        // branch to mispredict on a random mix of marks (one spare slot at the end).
        let mut out = vec![0u32; n + 1];
        let mut len = 0;
        for (row, &m) in (0u32..).zip(&self.marks) {
            if let Some(slot) = out.get_mut(len) {
                *slot = row;
            }
            len += usize::from(m == s);
        }
        out.truncate(len.min(n));
        out
    }

    /// The three lists.
    pub fn indices(&self) -> SplitIndices {
        SplitIndices {
            train: self.rows(0),
            val: self.rows(1),
            test: self.rows(2),
        }
    }
}

/// [`split_rows`] as marks.
///
/// Takes the lists by value and works in a byte or four a row, so a million-row file's
/// split needs little memory beside its table.
pub fn split_marks(
    rows: RowSet,
    classes: Option<ClassIds>,
    cfg: &SplitConfig,
) -> Result<SplitMarks, DataError> {
    let r = ratios(cfg)?;
    let mut rng = ChaCha8Rng::seed_from_u64(cfg.seed);
    let Some(max) = rows.last() else {
        return Ok(SplitMarks::default());
    };
    if let (Some(ClassIds::Narrow(ids)), RowSet::All(n)) = (&classes, &rows) {
        if cfg.stratify && ids.len() == *n && max as usize + 1 == *n {
            let present = classes.as_ref().map(ClassIds::present).unwrap_or_default();
            if present.len() <= FEW_CLASSES {
                if let Some(ClassIds::Narrow(ids)) = classes {
                    return Ok(split_ids_in_place(ids, present, r, &mut rng));
                }
            }
        }
    }
    let mut marks = vec![SplitMarks::NONE; max as usize + 1];
    let mut sizes = [0usize; 3];
    // `more`: another group is cut after this one (with the same stream).
    let mut cut = |g: &mut [u32], rng: &mut ChaCha8Rng, more: bool| {
        cut_group(g, r, rng, more, &mut marks, 0, &mut sizes);
    };
    match classes {
        Some(cls) if cfg.stratify && cls.len() == rows.len() => {
            let present = cls.present();
            if present.len() <= FEW_CLASSES {
                // Class by class, each gathered by one read of the ids: memory for the
                // largest class only.
                let groups = present.len();
                for (k, (c, n)) in present.into_iter().enumerate() {
                    let mut g = match (&cls, &rows) {
                        (ClassIds::Narrow(v), RowSet::All(_)) => {
                            gather(v, c as u8, n, |j| j as u32)
                        }
                        (ClassIds::Narrow(v), RowSet::Listed(l)) => {
                            gather(v, c as u8, n, |j| l.get(j).copied().unwrap_or(0))
                        }
                        (ClassIds::Wide(v), RowSet::All(_)) => gather(v, c, n, |j| j as u32),
                        (ClassIds::Wide(v), RowSet::Listed(l)) => {
                            gather(v, c, n, |j| l.get(j).copied().unwrap_or(0))
                        }
                    };
                    cut(&mut g, &mut rng, k + 1 < groups);
                }
            } else {
                let (mut grouped, bounds) = group_by_class(&rows, &cls);
                drop(cls);
                let groups = bounds.len().saturating_sub(1);
                for (k, w) in bounds.windows(2).enumerate() {
                    cut(&mut grouped[w[0]..w[1]], &mut rng, k + 1 < groups);
                }
            }
        }
        _ => {
            drop(classes);
            let mut all = rows.into_vec();
            cut(&mut all, &mut rng, false);
        }
    }
    Ok(SplitMarks { marks, sizes })
}

/// Cuts one group of rows by the ratios `r` after a seeded shuffle ([`settle_shuffle`];
/// `more`: another group follows on the same stream): marks each row `first_mark` plus its
/// split in `marks` and counts the rows of each split in `sizes`.
fn cut_group(
    g: &mut [u32],
    r: [f64; 3],
    rng: &mut ChaCha8Rng,
    more: bool,
    marks: &mut [u8],
    first_mark: u8,
    sizes: &mut [usize; 3],
) {
    let [a, b, _] = counts(g.len(), r);
    settle_shuffle(g, a, rng, more);
    let (train, rest) = g.split_at(a.min(g.len()));
    let (val, test) = rest.split_at(b.min(rest.len()));
    for ((s, part), size) in (0u8..).zip([train, val, test]).zip(sizes.iter_mut()) {
        for &row in part {
            if let Some(m) = marks.get_mut(row as usize) {
                *m = first_mark + s;
            }
        }
        *size += part.len();
    }
}

/// [`split_marks`] for few classes in one byte a row, over every row of the table: the
/// marks are written over the class ids as [`MARKED`] plus the split (which no class id
/// of the few is), so the split needs no second byte a row beside the table.
fn split_ids_in_place(
    mut ids: Vec<u8>,
    present: Vec<(u32, usize)>,
    r: [f64; 3],
    rng: &mut ChaCha8Rng,
) -> SplitMarks {
    let mut sizes = [0usize; 3];
    let groups = present.len();
    for (k, (c, n)) in present.into_iter().enumerate() {
        let Ok(c) = u8::try_from(c) else { continue };
        let mut g = gather(&ids, c, n, |j| j as u32);
        cut_group(&mut g, r, rng, k + 1 < groups, &mut ids, MARKED, &mut sizes);
    }
    for m in &mut ids {
        *m = match *m {
            x @ MARKED..=SPLITS_MARKED => x - MARKED,
            _ => SplitMarks::NONE,
        };
    }
    SplitMarks { marks: ids, sizes }
}

/// A row's split written over its class id: `MARKED + split` (class ids there are below
/// [`FEW_CLASSES`]).
const MARKED: u8 = 0x80;
/// The last such mark.
const SPLITS_MARKED: u8 = MARKED + 2;

/// The rows (`row(j)` of each position `j`) whose id is `c`, of which there are `n`:
/// every row is written at the end of the list and kept when its id matches, so a random
/// mix of classes costs no mispredicted branch.
fn gather<T: Copy + PartialEq>(ids: &[T], c: T, n: usize, row: impl Fn(usize) -> u32) -> Vec<u32> {
    let mut g = vec![0u32; n + 1];
    let mut len = 0;
    for (j, &x) in ids.iter().enumerate() {
        if let Some(slot) = g.get_mut(len) {
            *slot = row(j);
        }
        len += usize::from(x == c);
    }
    g.truncate(len.min(n));
    g
}

/// Leaves in `g[first..]` what a full seeded shuffle (`SliceRandom::shuffle`, the draw
/// every earlier build made) leaves there, and in `g[..first]` the same rows in another
/// order. The shuffle runs from the back and fixes position `i` at its step `i`, so the
/// steps below `first` only reorder the first rows: they are drawn (when `more` groups
/// follow on the same stream, which must be where a full shuffle leaves it) but not swapped.
fn settle_shuffle(g: &mut [u32], first: usize, rng: &mut ChaCha8Rng, more: bool) {
    let first = first.max(1);
    for i in (first..g.len()).rev() {
        g.swap(i, gen_index(rng, i + 1));
    }
    if more {
        for i in (1..first.min(g.len())).rev() {
            gen_index(rng, i + 1);
        }
    }
}

/// A uniform index below `ubound`, drawn as `rand` 0.8's shuffle draws it.
#[inline]
fn gen_index(rng: &mut ChaCha8Rng, ubound: usize) -> usize {
    match u32::try_from(ubound) {
        Ok(u) => rng.gen_range(0..u) as usize,
        Err(_) => rng.gen_range(0..ubound),
    }
}

/// The rows a split draws from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowSet {
    /// Every row of a table of this many (no list is kept: the common case).
    All(usize),
    /// These rows, ascending.
    Listed(Vec<u32>),
}

impl RowSet {
    /// How many rows.
    pub fn len(&self) -> usize {
        match self {
            RowSet::All(n) => *n,
            RowSet::Listed(v) => v.len(),
        }
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The last row.
    fn last(&self) -> Option<u32> {
        match self {
            RowSet::All(n) => n.checked_sub(1).map(|r| r as u32),
            RowSet::Listed(v) => v.last().copied(),
        }
    }

    /// The `j`-th row.
    fn get(&self, j: usize) -> u32 {
        match self {
            RowSet::All(_) => j as u32,
            RowSet::Listed(v) => v[j],
        }
    }

    /// The rows as a list.
    fn into_vec(self) -> Vec<u32> {
        match self {
            RowSet::All(n) => (0..n as u32).collect(),
            RowSet::Listed(v) => v,
        }
    }
}

/// Up to this many classes, a stratified split gathers each class by reading all ids.
const FEW_CLASSES: usize = 16;

/// A class id per row, in one byte for up to 255 classes; `None` (no class) kept apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassIds {
    /// Ids below 255; 255 means none.
    Narrow(Vec<u8>),
    /// Any id; `u32::MAX` means none.
    Wide(Vec<u32>),
}

impl ClassIds {
    /// `n` rows of no class, for ids below `classes`.
    pub fn new(n: usize, classes: usize) -> Self {
        if classes < usize::from(u8::MAX) {
            ClassIds::Narrow(vec![u8::MAX; n])
        } else {
            ClassIds::Wide(vec![u32::MAX; n])
        }
    }

    /// Rows.
    pub fn len(&self) -> usize {
        match self {
            ClassIds::Narrow(v) => v.len(),
            ClassIds::Wide(v) => v.len(),
        }
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `j`'s class (`None`: none, or past the end).
    pub fn get(&self, j: usize) -> Option<u32> {
        match self {
            ClassIds::Narrow(v) => v.get(j).filter(|&&c| c != u8::MAX).map(|&c| u32::from(c)),
            ClassIds::Wide(v) => v.get(j).copied().filter(|&c| c != u32::MAX),
        }
    }

    /// Gives row `j` class `c` (which must be below the count given to [`ClassIds::new`]).
    pub fn set(&mut self, j: usize, c: u32) {
        match self {
            ClassIds::Narrow(v) => {
                if let (Some(d), Ok(c)) = (v.get_mut(j), u8::try_from(c)) {
                    *d = c;
                }
            }
            ClassIds::Wide(v) => {
                if let Some(d) = v.get_mut(j) {
                    *d = c;
                }
            }
        }
    }

    /// True when every row has a class.
    pub fn all_set(&self) -> bool {
        match self {
            ClassIds::Narrow(v) => memchr::memchr(u8::MAX, v).is_none(),
            ClassIds::Wide(v) => v.iter().fold(true, |all, &c| all & (c != u32::MAX)),
        }
    }

    /// Keeps the first `n` rows (and gives the rest's memory back).
    pub fn truncate(&mut self, n: usize) {
        match self {
            ClassIds::Narrow(v) => {
                v.truncate(n);
                v.shrink_to_fit();
            }
            ClassIds::Wide(v) => {
                v.truncate(n);
                v.shrink_to_fit();
            }
        }
    }

    /// The classes that occur (rows of no class aside), ascending, with their row counts.
    fn present(&self) -> Vec<(u32, usize)> {
        match self {
            ClassIds::Narrow(v) => {
                let mut count = [0usize; 256];
                for &c in v {
                    count[usize::from(c)] += 1;
                }
                (0..255u32)
                    .map(|c| (c, count[c as usize]))
                    .filter(|&(_, n)| n > 0)
                    .collect()
            }
            ClassIds::Wide(v) => {
                let mut count: BTreeMap<u32, usize> = BTreeMap::new();
                for &c in v.iter().filter(|&&c| c != u32::MAX) {
                    *count.entry(c).or_default() += 1;
                }
                count.into_iter().collect()
            }
        }
    }
}

/// `rows` grouped by class (ascending class id; rows of no class left out), each group in
/// the order of `rows`, and where each group starts (with the end last): a counting sort.
fn group_by_class(rows: &RowSet, classes: &ClassIds) -> (Vec<u32>, Vec<usize>) {
    let mut sizes: BTreeMap<u32, usize> = BTreeMap::new();
    for j in 0..classes.len() {
        if let Some(c) = classes.get(j) {
            *sizes.entry(c).or_default() += 1;
        }
    }
    let mut start: BTreeMap<u32, usize> = BTreeMap::new();
    let mut bounds = vec![0];
    let mut at = 0;
    for (&c, &n) in &sizes {
        start.insert(c, at);
        at += n;
        bounds.push(at);
    }
    let mut grouped = vec![0u32; at];
    let mut next = start;
    for j in 0..classes.len() {
        if let Some(p) = classes.get(j).and_then(|c| next.get_mut(&c)) {
            grouped[*p] = rows.get(j);
            *p += 1;
        }
    }
    (grouped, bounds)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use rand::seq::SliceRandom;
    use rand::RngCore;

    /// The settled shuffle leaves the last rows as the full shuffle does, the first ones
    /// the same as a set, and the stream where the full shuffle leaves it.
    #[test]
    fn a_settled_shuffle_matches_the_full_one_where_it_matters() {
        for (n, first, seed) in [
            (1, 1, 0),
            (2, 1, 1),
            (10, 7, 2),
            (1000, 700, 3),
            (333, 0, 4),
            (50, 50, 5),
        ] {
            let rows: Vec<u32> = (0..n).map(|r| r * 3 + 1).collect();
            let mut full = rows.clone();
            let mut settled = rows.clone();
            let mut a = ChaCha8Rng::seed_from_u64(seed);
            let mut b = ChaCha8Rng::seed_from_u64(seed);
            full.shuffle(&mut a);
            settle_shuffle(&mut settled, first as usize, &mut b, true);
            let cut = (first as usize).max(1).min(rows.len());
            assert_eq!(full[cut..], settled[cut..], "n {n}, first {first}");
            let (mut x, mut y) = (full[..cut].to_vec(), settled[..cut].to_vec());
            x.sort_unstable();
            y.sort_unstable();
            assert_eq!(x, y, "n {n}, first {first}");
            assert_eq!(a.next_u64(), b.next_u64(), "the stream goes on alike");
        }
    }

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

    /// The seed decides which rows go where; each split lists them in file order, every
    /// row once, and stratification keeps the class shares.
    #[test]
    fn splits_are_seeded_and_in_table_order() {
        let rows: Vec<usize> = (0..1000).filter(|r| r % 9 != 4).collect();
        let rows32: Vec<u32> = rows.iter().map(|&r| r as u32).collect();
        let classes: Vec<u32> = rows.iter().map(|&r| (r % 3) as u32).collect();
        let cfg = SplitConfig::default();
        let split = |cfg: &SplitConfig| {
            split_rows(
                RowSet::Listed(rows32.clone()),
                Some(ClassIds::Wide(classes.clone())),
                cfg,
            )
            .expect("split")
        };
        let a = split(&cfg);
        assert_eq!(a, split(&cfg));
        for part in [&a.train, &a.val, &a.test] {
            assert!(part.windows(2).all(|w| w[0] < w[1]), "ascending");
            let class0 = part.iter().filter(|&&r| r % 3 == 0).count() as f64;
            let overall = rows.iter().filter(|&&r| r % 3 == 0).count() as f64 / rows.len() as f64;
            assert!((class0 / part.len() as f64 - overall).abs() < 0.01);
        }
        let mut all: Vec<usize> = [&a.train, &a.val, &a.test]
            .into_iter()
            .flatten()
            .map(|&r| r as usize)
            .collect();
        all.sort_unstable();
        assert_eq!(all, rows);
        let other = split(&SplitConfig { seed: 99, ..cfg });
        assert_ne!(a.train, other.train, "another seed draws other rows");
        // Not simply the first rows of the file.
        assert!(a.test.iter().any(|&r| r > 500) && a.test.iter().any(|&r| r < 500));
    }

    /// The split as earlier builds drew it (each split then shuffled once more).
    fn earlier_split(rows: &[usize], classes: Option<&[u32]>, cfg: &SplitConfig) -> SplitIndices {
        let r = ratios(cfg).expect("ratios");
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
            let to32 = |v: &[usize]| v.iter().map(|&r| r as u32).collect::<Vec<u32>>();
            out.train.extend(to32(&g));
            out.val.extend(to32(val));
            out.test.extend(to32(test));
        }
        out.train.shuffle(&mut rng);
        out.val.shuffle(&mut rng);
        out.test.shuffle(&mut rng);
        out
    }

    /// A session saved by an earlier build re-splits its data into the same rows: only
    /// the order within each split changed.
    #[test]
    fn the_same_seed_puts_the_same_rows_in_each_split_as_before() {
        for (n, k, stratify, seed) in [
            (1000, 3, true, 42),
            (777, 5, true, 7),
            (500, 2, false, 1),
            (31, 4, true, 0),
            (3000, 40, true, 5),
            (2000, 300, true, 8),
            (1200, 17, true, 12),
        ] {
            let rows: Vec<usize> = (0..n).filter(|r| r % 13 != 6).collect();
            let classes: Vec<u32> = rows.iter().map(|&r| ((r * 7) % k) as u32).collect();
            let cfg = SplitConfig {
                seed,
                stratify,
                ..SplitConfig::default()
            };
            let mut old = earlier_split(&rows, Some(&classes), &cfg);
            // Few classes are gathered one by one, many by a counting sort; the ids are
            // bytes or words.
            let ids = |v: &[u32]| {
                if k < 255 && seed % 2 == 0 {
                    ClassIds::Narrow(v.iter().map(|&c| c as u8).collect())
                } else {
                    ClassIds::Wide(v.to_vec())
                }
            };
            let new = split_rows(
                RowSet::Listed(rows.iter().map(|&r| r as u32).collect()),
                Some(ids(&classes)),
                &cfg,
            )
            .expect("split");
            // Every row, listed or not, splits alike.
            let all: Vec<usize> = (0..n).collect();
            let all_classes: Vec<u32> = all.iter().map(|&r| ((r * 7) % k) as u32).collect();
            let mut old_all = earlier_split(&all, Some(&all_classes), &cfg);
            for part in [&mut old_all.train, &mut old_all.val, &mut old_all.test] {
                part.sort_unstable();
            }
            let new_all = split_rows(RowSet::All(n), Some(ids(&all_classes)), &cfg).expect("split");
            assert_eq!(old_all, new_all, "all {n} rows, {k} classes, seed {seed}");
            for part in [&mut old.train, &mut old.val, &mut old.test] {
                part.sort_unstable();
            }
            assert_eq!(old, new, "{n} rows, {k} classes, seed {seed}");
        }
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
