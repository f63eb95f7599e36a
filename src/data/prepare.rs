//! From a [`Table`] and a [`DataConfig`] to a split, scaled, encoded [`Dataset`] plus the
//! [`Preprocessor`] that reproduces the transform on new data. Every statistic (scaling,
//! fill values, category lists) is fitted on the training split only.

mod config;
mod consume;
pub mod derived;
mod plane;
mod preprocessor;
pub mod split;

pub use config::{
    DataConfig, Encoding, ImageConfig, MissingPolicy, Scaling, SplitConfig, TargetScaling,
    TargetSpec, TaskChoice,
};
pub use derived::Derived;
pub use preprocessor::{DroppedRows, EncodedRows, FeatureKind, FeatureTransform, Preprocessor};

use super::dataset::{Dataset, Task};
use super::error::DataError;
use super::table::{Column, ColumnData, Table};
use crate::model::Shape;
use preprocessor::CatView;

/// The mark of a training row ([`split::SplitMarks`]).
const TRAIN: u8 = 0;

/// Most classes accepted for a classification target.
pub const MAX_CLASSES: usize = 1000;
/// One-hot columns with more categories than this produce a warning.
pub const WARN_CATEGORIES: usize = 20;

/// Prepares `table` as `cfg` says: picks target and features, infers the task, drops or
/// fills missing values, splits (seeded, stratified), fits scaling and encodings on the
/// training rows, and encodes the three splits.
pub fn prepare(table: &Table, cfg: &DataConfig) -> Result<(Dataset, Preprocessor), DataError> {
    prepare_with_split(table, cfg).map(|(d, p, _)| (d, p))
}

/// [`prepare`], also returning which table rows (0-based data rows) went to which split,
/// so the same split can be rebuilt outside layerlab (the PyTorch export).
pub fn prepare_with_split(
    table: &Table,
    cfg: &DataConfig,
) -> Result<(Dataset, Preprocessor, split::SplitIndices), DataError> {
    let augmented = derived::augment(table, &cfg.derived)?;
    let table: &Table = &augmented;
    let fitted = fit(table, cfg)?;
    let idx = fitted.marks.indices();
    let encode = |rows: &[u32]| fitted.pre.encode(table, Some(rows));
    let splits = [encode(&idx.train)?, encode(&idx.val)?, encode(&idx.test)?];
    let (dataset, pre, _) = fitted.into_dataset(splits);
    Ok((dataset, pre, idx))
}

/// [`prepare_with_split`] on a table it consumes: the table's memory is given back row by
/// row as the splits are written, so that reading and preparing a large file needs little
/// more than the prepared matrices themselves (the command line's path). The split comes
/// back as marks ([`split::SplitMarks::indices`] lists it).
pub fn prepare_owned(
    table: Table,
    cfg: &DataConfig,
) -> Result<(Dataset, Preprocessor, split::SplitMarks), DataError> {
    let table = derived::augment_owned(table, &cfg.derived)?;
    let fitted = fit(&table, cfg)?;
    let splits = fitted.pre.encode_splits(table, &fitted.marks)?;
    Ok(fitted.into_dataset(splits))
}

/// The class of every row of `tcol` among `classes` (by the value's text, as
/// [`CatView`] names numbers).
fn class_ids(tcol: &Column, classes: &[String]) -> split::ClassIds {
    let n = tcol.len();
    let mut ids = split::ClassIds::new(n, classes.len());
    match &tcol.data {
        ColumnData::Numeric(values) | ColumnData::Boolean(values) => {
            let boolean = matches!(tcol.data, ColumnData::Boolean(_));
            preprocessor::classes_of_numbers(values, boolean, classes, |r, c| {
                if let Some(c) = c {
                    ids.set(r, c);
                }
            });
        }
        ColumnData::Categorical { .. } => {
            let view = CatView::of(tcol);
            let map = view.map_to(classes);
            for (r, &code) in view.codes.iter().enumerate() {
                if let Some(c) = map.get(code as usize).copied().flatten() {
                    ids.set(r, c);
                }
            }
        }
    }
    ids
}

/// What preparing fits on a table before encoding it.
struct Fitted {
    name: String,
    feature_names: Vec<String>,
    input_shape: Shape,
    task: Task,
    pre: Preprocessor,
    marks: split::SplitMarks,
    plane: Option<super::dataset::Plane>,
}

impl Fitted {
    /// The dataset of the encoded `[train, val, test]` splits.
    fn into_dataset(
        self,
        [train, val, test]: [super::dataset::Split; 3],
    ) -> (Dataset, Preprocessor, split::SplitMarks) {
        let dataset = Dataset {
            name: self.name,
            feature_names: self.feature_names,
            input_shape: self.input_shape,
            task: self.task,
            train,
            val,
            test,
            target_scale: self.pre.target_scale(),
            plane: self.plane,
        };
        (dataset, self.pre, self.marks)
    }
}

/// Picks target and features, infers the task, drops rows, splits and fits the transform
/// on `table` (which holds the derived columns).
fn fit(table: &Table, cfg: &DataConfig) -> Result<Fitted, DataError> {
    let file = table.source_name.clone();
    let t_idx = resolve_target(table, &cfg.target)?;
    let tcol = table
        .columns
        .get(t_idx)
        .ok_or(DataError::TargetIndexOutOfRange {
            index: t_idx as i64,
            columns: table.columns.len(),
        })?;
    let feats = resolve_features(table, t_idx, cfg)?;
    check_overrides(table, cfg)?;
    if let Some(img) = &cfg.image {
        if img.shape.numel() != feats.len() {
            return Err(DataError::ImageShape {
                shape: img.shape.to_string(),
                expected: img.shape.numel(),
                found: feats.len(),
            });
        }
    }
    let task = infer_task(tcol, cfg.task)?;

    // Class id per row (classification; `None` for none) and which rows are usable. One
    // byte a row for up to 255 classes: a million-row file's table is forty times that.
    let mut class_of: Option<split::ClassIds> = match &task {
        Task::Classification { classes } => Some(class_ids(tcol, classes)),
        Task::Regression { .. } => None,
    };
    let policy = |name: &str| {
        cfg.missing_overrides
            .get(name)
            .copied()
            .unwrap_or(cfg.missing)
    };
    let drop_cols: Vec<&Column> = feats
        .iter()
        .filter(|c| policy(&c.name) == MissingPolicy::DropRow && c.missing > 0)
        .copied()
        .collect();
    let mut warnings = Vec::new();
    let mut dropped = DroppedRows::default();
    // The kept rows are listed only once one is dropped (until then: all so far).
    let mut kept = 0usize;
    let mut listed: Option<Vec<u32>> = None;
    // The common file drops nothing: every row has its target (and its class), and no
    // column drops rows. Then the rows need no look one by one.
    let keeps_all = drop_cols.is_empty()
        && !tcol.any_missing()
        && class_of.as_ref().is_none_or(split::ClassIds::all_set);
    let looked_at = if keeps_all {
        kept = table.rows();
        0
    } else {
        table.rows()
    };
    for r in 0..looked_at {
        let class = class_of.as_ref().map(|c| c.get(r));
        if tcol.is_missing(r) || class == Some(None) {
            dropped.no_target += 1;
            if dropped.no_target_lines.len() < DroppedRows::LINES_KEPT {
                dropped.no_target_lines.push(table.line_of(r));
            }
        } else if drop_cols.iter().any(|c| c.is_missing(r)) {
            dropped.missing_feature += 1;
        } else {
            // Kept rows' classes move to the front, in place (`kept <= r`).
            if let (Some(cls), Some(Some(c))) = (class_of.as_mut(), class) {
                cls.set(kept, c);
            }
            if let Some(l) = listed.as_mut() {
                l.push(r as u32);
            }
            kept += 1;
            continue;
        }
        if listed.is_none() {
            let mut l = Vec::with_capacity(table.rows());
            l.extend(0..kept as u32);
            listed = Some(l);
        }
    }
    if let Some(cls) = class_of.as_mut() {
        cls.truncate(kept);
    }
    let rows = match listed {
        Some(l) => split::RowSet::Listed(l),
        None => split::RowSet::All(kept),
    };
    let (no_target, no_feature) = (dropped.no_target, dropped.missing_feature);
    if no_target > 0 {
        warnings.push(format!(
            "dropped {no_target} row(s) with no value in target `{}` (line{} {}); fill in the target or remove those rows",
            tcol.name,
            if no_target == 1 { "" } else { "s" },
            dropped.no_target_lines_text()
        ));
    }
    if no_feature > 0 {
        let names: Vec<&str> = drop_cols.iter().map(|c| c.name.as_str()).collect();
        warnings.push(format!(
            "dropped {no_feature} row(s) with missing values in {} (choose a fill policy to keep them)",
            names.join(", ")
        ));
    }
    if rows.is_empty() {
        return Err(DataError::NoRows {
            file,
            reason: format!(
                "{} rows, {no_target} without a target, {no_feature} with missing feature values",
                table.rows()
            ),
        });
    }
    let marks = split::split_marks(rows, class_of, &cfg.split)?;

    // Fit on the training rows only, the columns shared among the processor's cores (each
    // column's statistics are computed alone, in the same order: the results do not depend
    // on the number of threads).
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let per = feats.len().div_ceil(threads).max(1);
    // The training rows are those marked 0: each column is read front to back.
    let train_rows = marks.marks();
    let fit_part = |part: &[&Column]| {
        let mut notes = Vec::new();
        let fitted = part
            .iter()
            .map(|col| fit_feature(col, train_rows, cfg, policy(&col.name), &mut notes))
            .collect::<Result<Vec<_>, _>>();
        fitted.map(|f| (f, notes))
    };
    // A thread pays once the columns hold a quarter of a million training values or so.
    let small = feats.len() < 2 || feats.len() * marks.sizes()[0] < 1 << 18;
    let parts: Vec<Result<_, DataError>> = if threads == 1 || small {
        feats.chunks(per).map(fit_part).collect()
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = feats
                .chunks(per)
                .map(|part| s.spawn(move || fit_part(part)))
                .collect();
            handles
                .into_iter()
                .map(|h| match h.join() {
                    Ok(r) => r,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        })
    };
    let mut features = Vec::with_capacity(feats.len());
    for part in parts {
        let (fitted, notes) = part?;
        features.extend(fitted);
        warnings.extend(notes);
    }
    let (input_shape, feature_names) = shape_and_names(&features, cfg)?;
    let (target_offset, target_factor) = match (&task, tcol.as_f32()) {
        (Task::Regression { .. }, Some(v)) => {
            let s = Stats::of(v, train_rows);
            match cfg.target_scaling {
                TargetScaling::None => (0.0, 1.0),
                TargetScaling::Standardize => (s.mean as f32, inv(s.std())),
                TargetScaling::MinMax => (s.min as f32, inv(s.max - s.min)),
            }
        }
        _ => (0.0, 1.0),
    };
    let pre = Preprocessor {
        source_name: table.source_name.clone(),
        target: tcol.name.clone(),
        task: task.clone(),
        target_offset,
        target_factor,
        features,
        feature_names: feature_names.clone(),
        input_shape,
        image: cfg.image,
        warnings,
        dropped,
        derived: cfg.derived.clone(),
    };
    let plane = plane::build(table, &pre, &marks);
    Ok(Fitted {
        name: table.source_name.clone(),
        feature_names,
        input_shape,
        task,
        pre,
        marks,
        plane,
    })
}

fn unknown(table: &Table, column: &str, role: &str) -> DataError {
    DataError::UnknownColumn {
        column: column.to_string(),
        role: role.to_string(),
        available: table.column_names(),
    }
}

fn resolve_target(table: &Table, spec: &TargetSpec) -> Result<usize, DataError> {
    let n = table.columns.len();
    match spec {
        TargetSpec::Name(name) => table
            .column_index(name)
            .ok_or_else(|| unknown(table, name, "target")),
        TargetSpec::Index(i) => {
            let idx = if *i < 0 { n as i64 + i } else { *i };
            if idx < 0 || idx >= n as i64 {
                Err(DataError::TargetIndexOutOfRange {
                    index: *i,
                    columns: n,
                })
            } else {
                Ok(idx as usize)
            }
        }
    }
}

fn resolve_features<'t>(
    table: &'t Table,
    target: usize,
    cfg: &DataConfig,
) -> Result<Vec<&'t Column>, DataError> {
    let target_name = table
        .columns
        .get(target)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let derived_name = |i: usize| {
        table
            .columns
            .get(i)
            .is_some_and(|c| derived::is_derived(&c.name, &cfg.derived))
    };
    let mut idx: Vec<usize> = match &cfg.features {
        None => (0..table.columns.len())
            .filter(|&i| i != target && !derived_name(i))
            .collect(),
        Some(names) => {
            let mut out: Vec<usize> = Vec::new();
            for n in names {
                let i = table
                    .column_index(n)
                    .ok_or_else(|| unknown(table, n, "feature"))?;
                if i == target {
                    return Err(DataError::TargetIsFeature {
                        column: target_name,
                    });
                }
                if !out.contains(&i) {
                    out.push(i);
                }
            }
            out
        }
    };
    // The derived inputs come after the chosen columns, in the order chosen.
    for d in &cfg.derived {
        if let Some(i) = table.column_index(&d.name()) {
            if !idx.contains(&i) {
                idx.push(i);
            }
        }
    }
    if idx.is_empty() {
        return Err(DataError::NoFeatures {
            target: target_name,
        });
    }
    Ok(idx.iter().filter_map(|&i| table.columns.get(i)).collect())
}

fn check_overrides(table: &Table, cfg: &DataConfig) -> Result<(), DataError> {
    let names = cfg
        .scaling_overrides
        .keys()
        .map(|k| (k, "scaling override"))
        .chain(
            cfg.encoding_overrides
                .keys()
                .map(|k| (k, "encoding override")),
        )
        .chain(
            cfg.missing_overrides
                .keys()
                .map(|k| (k, "missing-value override")),
        );
    for (name, role) in names {
        if table.column_index(name).is_none() {
            return Err(unknown(table, name, role));
        }
    }
    Ok(())
}

/// Decides the task and, for classification, the sorted class labels.
fn infer_task(col: &Column, choice: TaskChoice) -> Result<Task, DataError> {
    let regression = || Task::Regression {
        targets: vec![col.name.clone()],
    };
    let classes = match &col.data {
        ColumnData::Categorical { categories, .. } => {
            if choice == TaskChoice::Regression {
                return Err(DataError::TargetNotNumeric {
                    column: col.name.clone(),
                });
            }
            let mut c = categories.clone();
            c.sort();
            c
        }
        ColumnData::Boolean(v) => {
            if choice == TaskChoice::Regression {
                return Ok(regression());
            }
            let mut c = Vec::new();
            if v.contains(&0.0) {
                c.push("false".to_string());
            }
            if v.contains(&1.0) {
                c.push("true".to_string());
            }
            c
        }
        ColumnData::Numeric(v) => {
            if choice == TaskChoice::Regression {
                return Ok(regression());
            }
            let mut d: Vec<f32> = Vec::new();
            for x in v.iter().filter(|x| !x.is_nan()) {
                if let Err(pos) = d.binary_search_by(|p| p.total_cmp(x)) {
                    d.insert(pos, *x);
                    if d.len() > MAX_CLASSES {
                        break;
                    }
                }
            }
            let integers = d.iter().all(|x| x.fract() == 0.0);
            if choice == TaskChoice::Auto && !(d.len() <= 10 && integers) {
                return Ok(regression());
            }
            if d.len() > MAX_CLASSES {
                return Err(DataError::TooManyClasses {
                    column: col.name.clone(),
                    count: d.len(),
                    max: MAX_CLASSES,
                });
            }
            d.iter()
                .map(|x| crate::numfmt::whole_or_plain(*x))
                .collect()
        }
    };
    if classes.len() > MAX_CLASSES {
        return Err(DataError::TooManyClasses {
            column: col.name.clone(),
            count: classes.len(),
            max: MAX_CLASSES,
        });
    }
    Ok(Task::Classification { classes })
}

/// 1/x, or 1 when x is (nearly) zero.
fn inv(x: f64) -> f32 {
    if x.abs() > 1e-12 && x.is_finite() {
        (1.0 / x) as f32
    } else {
        1.0
    }
}

/// Statistics of the non-missing values of a column over some rows.
struct Stats {
    n: usize,
    mean: f64,
    m2: f64,
    min: f64,
    max: f64,
}

impl Stats {
    /// The statistics of the values in rows marked [`TRAIN`] (NaN skipped), summed in
    /// row order.
    fn of(values: &[f32], marks: &[u8]) -> Stats {
        let mut s = Stats {
            n: 0,
            mean: 0.0,
            m2: 0.0,
            min: 0.0,
            max: 0.0,
        };
        // Sums of the values shifted by the first one, in f64: no division per value
        // (Welford's update divides each time), and the shift keeps the squares exact
        // enough for f32 data far from zero. The training values of each stretch of rows
        // are first copied side by side (every value is written, the next slot taken when
        // it counts: no branch to mispredict on a random mix of splits), then summed in
        // row order: the first one adds an exact zero, and on a tie the earlier bound
        // stays, as `f32::min` / `max` keep it.
        const STRETCH: usize = 4096;
        let mut kept = [0f32; STRETCH];
        let mut sums: Option<(f64, f64, f64, f32, f32, usize)> = None;
        for (vals, ms) in values.chunks(STRETCH).zip(marks.chunks(STRETCH)) {
            let mut len = 0;
            for (&v, &m) in vals.iter().zip(ms) {
                if let Some(slot) = kept.get_mut(len) {
                    *slot = v;
                }
                len += usize::from(m == TRAIN && !v.is_nan());
            }
            let stretch = kept.get(..len).unwrap_or_default();
            let Some(&first) = stretch.first() else {
                continue;
            };
            let (shift, mut s1, mut s2, mut lo, mut hi, mut n) =
                sums.unwrap_or((f64::from(first), 0.0, 0.0, first, first, 0));
            for &v in stretch {
                let d = f64::from(v) - shift;
                s1 += d;
                s2 += d * d;
                lo = if v < lo { v } else { lo };
                hi = if v > hi { v } else { hi };
                n += 1;
            }
            sums = Some((shift, s1, s2, lo, hi, n));
        }
        let Some((shift, s1, s2, lo, hi, n)) = sums else {
            return s;
        };
        let nf = n as f64;
        s.n = n;
        s.mean = shift + s1 / nf;
        s.m2 = (s2 - s1 * s1 / nf).max(0.0);
        s.min = f64::from(lo);
        s.max = f64::from(hi);
        s
    }

    fn std(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            (self.m2 / self.n as f64).sqrt()
        }
    }
}

/// Median or most frequent of the non-missing training values.
fn order_stat(values: &[f32], marks: &[u8], policy: MissingPolicy) -> Option<f32> {
    let mut v: Vec<f32> = values
        .iter()
        .zip(marks)
        .filter(|(v, &m)| m == TRAIN && !v.is_nan())
        .map(|(&v, _)| v)
        .collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f32::total_cmp);
    match policy {
        MissingPolicy::FillMedian => {
            let m = v.len() / 2;
            let hi = v.get(m).copied();
            if v.len().is_multiple_of(2) {
                v.get(m - 1).zip(hi).map(|(a, b)| (a + b) / 2.0)
            } else {
                hi
            }
        }
        _ => {
            let (mut best, mut best_n) = (v[0], 0usize);
            let mut i = 0;
            while i < v.len() {
                let j = i + v[i..].iter().take_while(|x| **x == v[i]).count();
                if j - i > best_n {
                    best = v[i];
                    best_n = j - i;
                }
                i = j.max(i + 1);
            }
            Some(best)
        }
    }
}

fn fit_feature(
    col: &Column,
    train: &[u8],
    cfg: &DataConfig,
    missing: MissingPolicy,
    warnings: &mut Vec<String>,
) -> Result<FeatureTransform, DataError> {
    let kind = match (&col.data, col.as_f32()) {
        (_, Some(values)) => {
            let s = Stats::of(values, train);
            let fill = match missing {
                MissingPolicy::DropRow => None,
                MissingPolicy::FillMean => Some(if s.n > 0 { s.mean as f32 } else { 0.0 }),
                p => Some(order_stat(values, train, p).unwrap_or(0.0)),
            };
            let boolean = matches!(col.data, ColumnData::Boolean(_));
            let scaling = cfg
                .scaling_overrides
                .get(&col.name)
                .copied()
                .unwrap_or(cfg.scaling);
            let (offset, factor) = match (&cfg.image, boolean, scaling) {
                (Some(img), _, _) => (0.0, img.pixel_scale.unwrap_or(1.0)),
                (None, true, _) | (None, false, Scaling::None) => (0.0, 1.0),
                (None, false, Scaling::Standardize) => (s.mean as f32, inv(s.std())),
                (None, false, Scaling::MinMax) => (s.min as f32, inv(s.max - s.min)),
            };
            if s.n > 1 && s.max == s.min && cfg.image.is_none() {
                warnings.push(format!(
                    "column `{}` is constant in the training split",
                    col.name
                ));
            }
            FeatureKind::Numeric {
                offset,
                factor,
                fill,
            }
        }
        (ColumnData::Categorical { codes, categories }, None) => {
            if cfg.image.is_some() {
                return Err(DataError::NotNumeric {
                    column: col.name.clone(),
                    what: "image mode".into(),
                });
            }
            let mut counts = vec![0usize; categories.len()];
            for (&c, _) in codes.iter().zip(train).filter(|(_, &m)| m == TRAIN) {
                if let Some(n) = counts.get_mut(c as usize) {
                    *n += 1;
                }
            }
            let mut seen: Vec<(&String, usize)> = categories
                .iter()
                .zip(counts)
                .filter(|(_, n)| *n > 0)
                .collect();
            seen.sort_by(|a, b| a.0.cmp(b.0));
            let fill = match missing {
                MissingPolicy::DropRow => None,
                _ => seen
                    .iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                    .map(|(c, _)| (*c).clone()),
            };
            let cats: Vec<String> = seen.into_iter().map(|(c, _)| c.clone()).collect();
            match cfg
                .encoding_overrides
                .get(&col.name)
                .copied()
                .unwrap_or(cfg.encoding)
            {
                Encoding::OneHot { max_categories } => {
                    // The cap applies to the whole column, so it does not depend on the split.
                    if categories.len() > max_categories {
                        return Err(DataError::TooManyCategories {
                            column: col.name.clone(),
                            count: categories.len(),
                            max: max_categories,
                        });
                    }
                    if categories.len() > WARN_CATEGORIES {
                        warnings.push(format!(
                            "column `{}` has {} categories: one-hot encoding makes {} inputs",
                            col.name,
                            categories.len(),
                            cats.len()
                        ));
                    }
                    FeatureKind::OneHot {
                        categories: cats,
                        fill,
                    }
                }
                Encoding::Ordinal => FeatureKind::Ordinal {
                    categories: cats,
                    fill,
                },
            }
        }
        (ColumnData::Numeric(_) | ColumnData::Boolean(_), None) => FeatureKind::Numeric {
            offset: 0.0,
            factor: 1.0,
            fill: None,
        },
    };
    Ok(FeatureTransform {
        column: col.name.clone(),
        missing,
        kind,
    })
}

fn shape_and_names(
    features: &[FeatureTransform],
    cfg: &DataConfig,
) -> Result<(Shape, Vec<String>), DataError> {
    let mut names = Vec::new();
    for f in features {
        match &f.kind {
            FeatureKind::OneHot { categories, .. } => {
                names.extend(categories.iter().map(|c| format!("{}={c}", f.column)));
            }
            _ => names.push(f.column.clone()),
        }
    }
    let shape = match &cfg.image {
        Some(img) => {
            if img.shape.numel() != features.len() {
                return Err(DataError::ImageShape {
                    shape: img.shape.to_string(),
                    expected: img.shape.numel(),
                    found: features.len(),
                });
            }
            img.shape
        }
        None => Shape::Flat(names.len()),
    };
    Ok((shape, names))
}

/// Class counts of a split's targets (classification), for summaries and tests.
pub fn class_counts(y: &[f32], classes: usize) -> Vec<usize> {
    let mut c = vec![0usize; classes];
    for v in y {
        if let Some(n) = c.get_mut(*v as usize) {
            *n += 1;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::{Stats, TRAIN};

    /// The statistics as earlier builds computed them: over a list of the training rows.
    fn listed(values: &[f32], rows: &[usize]) -> (usize, u64, u64, u32, u32) {
        let mut it = rows
            .iter()
            .filter_map(|&r| values.get(r).copied())
            .filter(|v| !v.is_nan());
        let Some(first) = it.next() else {
            return (0, 0, 0, 0, 0);
        };
        let shift = f64::from(first);
        let (mut n, mut s1, mut s2) = (1usize, 0.0f64, 0.0f64);
        let (mut lo, mut hi) = (first, first);
        for v in it {
            let d = f64::from(v) - shift;
            s1 += d;
            s2 += d * d;
            lo = lo.min(v);
            hi = hi.max(v);
            n += 1;
        }
        let nf = n as f64;
        let mean = shift + s1 / nf;
        let m2 = (s2 - s1 * s1 / nf).max(0.0);
        (n, mean.to_bits(), m2.to_bits(), lo.to_bits(), hi.to_bits())
    }

    /// Read from the split marks, the training rows give the very bits the list gave:
    /// missing values, zeros of both signs and stretches with no training row included.
    #[test]
    fn statistics_from_marks_match_those_over_the_listed_rows() {
        let mut state = 7u64;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as u32
        };
        for n in [0usize, 1, 5, 4095, 4096, 4097, 20_000] {
            let values: Vec<f32> = (0..n)
                .map(|_| match next() % 9 {
                    0 => f32::NAN,
                    1 => 0.0,
                    2 => -0.0,
                    _ => (next() % 100_000) as f32 / 77.0 - 600.0,
                })
                .collect();
            let marks: Vec<u8> = (0..n)
                .map(|r| {
                    if (4096..8192).contains(&r) {
                        2
                    } else {
                        (next() % 4) as u8
                    }
                })
                .collect();
            let rows: Vec<usize> = (0..n).filter(|&r| marks[r] == TRAIN).collect();
            let s = Stats::of(&values, &marks);
            let got = if s.n == 0 {
                (0, 0, 0, 0, 0)
            } else {
                (
                    s.n,
                    s.mean.to_bits(),
                    s.m2.to_bits(),
                    (s.min as f32).to_bits(),
                    (s.max as f32).to_bits(),
                )
            };
            assert_eq!(got, listed(&values, &rows), "{n} rows");
        }
    }
}
