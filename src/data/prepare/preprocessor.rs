//! The fitted transform ([`Preprocessor`]) and how it turns table rows into a [`Split`].

use super::config::{ImageConfig, MissingPolicy};
use crate::data::dataset::{Split, Task};
use crate::data::error::DataError;
use crate::data::table::{Column, ColumnData, Table, MISSING_CODE};
use crate::model::Shape;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// How one input column becomes input values; fitted on the training split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FeatureKind {
    /// One input: `(x - offset) * factor`; a missing `x` becomes `fill` (or drops the row).
    Numeric {
        /// Subtracted first (mean or minimum).
        offset: f32,
        /// Multiplied next (1/std or 1/range).
        factor: f32,
        /// Value used for missing cells before scaling; `None` drops the row.
        fill: Option<f32>,
    },
    /// One input per training category; unseen categories give all zeros.
    OneHot {
        /// Categories seen in training, sorted.
        categories: Vec<String>,
        /// Category used for missing cells; `None` drops the row.
        fill: Option<String>,
    },
    /// One input: sorted category index scaled to 0..1; unseen categories give 0.
    Ordinal {
        /// Categories seen in training, sorted.
        categories: Vec<String>,
        /// Category used for missing cells; `None` drops the row.
        fill: Option<String>,
    },
}

/// The fitted transform of one input column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureTransform {
    /// Column name in the source table.
    pub column: String,
    /// Missing-value policy that was applied.
    pub missing: MissingPolicy,
    /// What the column becomes.
    pub kind: FeatureKind,
}

impl FeatureTransform {
    /// Number of input values this column produces.
    pub fn width(&self) -> usize {
        match &self.kind {
            FeatureKind::OneHot { categories, .. } => categories.len(),
            FeatureKind::Numeric { .. } | FeatureKind::Ordinal { .. } => 1,
        }
    }
}

/// Everything fitted on the training split, so new data can be transformed identically
/// (saved in sessions, used by `layerlab eval`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preprocessor {
    /// Name of the table it was fitted on.
    pub source_name: String,
    /// Target column name.
    pub target: String,
    /// Task with class labels (index = class id) or target names.
    pub task: Task,
    /// Regression target scaling: `y' = (y - target_offset) * target_factor`.
    pub target_offset: f32,
    /// See `target_offset`.
    pub target_factor: f32,
    /// Input columns in order, with their fitted transforms.
    pub features: Vec<FeatureTransform>,
    /// Names of the encoded inputs (`col`, or `col=category` for one-hot).
    pub feature_names: Vec<String>,
    /// Shape of one input sample.
    pub input_shape: Shape,
    /// Image mode settings, if used.
    pub image: Option<ImageConfig>,
    /// Things the user should know (dropped rows, many categories, constant columns).
    pub warnings: Vec<String>,
    /// Rows left out of the dataset and why (a session saved before this existed reads it
    /// as none).
    #[serde(default)]
    pub dropped: DroppedRows,
    /// Input features computed from raw columns before the transform; their columns are
    /// named in `features` like any other (none in sessions saved before they existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<super::Derived>,
}

/// How many rows were dropped when preparing, and where the first of them are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DroppedRows {
    /// Rows dropped because the target had no value.
    pub no_target: usize,
    /// 1-based file lines of the first rows dropped for a missing target (at most
    /// [`DroppedRows::LINES_KEPT`]).
    pub no_target_lines: Vec<u64>,
    /// Rows dropped for a missing feature value (missing-value policy "drop the row").
    pub missing_feature: usize,
}

impl DroppedRows {
    /// Line numbers kept per reason.
    pub const LINES_KEPT: usize = 5;

    /// `5, 9, 12` or `5, 9, 12, 13, 20, …` for [`DroppedRows::no_target_lines`].
    pub fn no_target_lines_text(&self) -> String {
        let mut text = self
            .no_target_lines
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if self.no_target > self.no_target_lines.len() {
            text.push_str(", …");
        }
        text
    }
}

/// A categorical view of any column: codes and their text.
pub(super) struct CatView<'a> {
    pub(super) codes: Cow<'a, [u32]>,
    pub(super) categories: Cow<'a, [String]>,
}

impl<'a> CatView<'a> {
    /// Views `col` as categories; numbers become their text (`2.0` → `2`).
    pub(super) fn of(col: &'a Column) -> CatView<'a> {
        match &col.data {
            ColumnData::Categorical { codes, categories } => CatView {
                codes: Cow::Borrowed(codes),
                categories: Cow::Borrowed(categories),
            },
            ColumnData::Numeric(v) | ColumnData::Boolean(v) => {
                let boolean = matches!(col.data, ColumnData::Boolean(_));
                // Bit patterns hash with Fx (a multiply): SipHash cost more than the rest
                // of preparing a million-row numeric target.
                let mut index: rustc_hash::FxHashMap<u32, u32> = Default::default();
                let mut categories = Vec::new();
                let codes = v
                    .iter()
                    .map(|x| {
                        if x.is_nan() {
                            return MISSING_CODE;
                        }
                        *index.entry(x.to_bits()).or_insert_with(|| {
                            categories.push(category_text(*x, boolean));
                            (categories.len() - 1) as u32
                        })
                    })
                    .collect();
                CatView {
                    codes: Cow::Owned(codes),
                    categories: Cow::Owned(categories),
                }
            }
        }
    }

    /// For each of this column's categories, its index in `known` (if there).
    pub(super) fn map_to(&self, known: &[String]) -> Vec<Option<u32>> {
        let pos: HashMap<&str, u32> = known
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i as u32))
            .collect();
        self.categories
            .iter()
            .map(|c| pos.get(c.as_str()).copied())
            .collect()
    }
}

/// A number's text as a category: `2.0` → `2`; in a boolean column `true` or `false`.
pub(super) fn category_text(x: f32, boolean: bool) -> String {
    if boolean {
        if x > 0.5 { "true" } else { "false" }.to_string()
    } else {
        crate::numfmt::whole_or_plain(x)
    }
}

/// The class among `classes` of each distinct number in `values` (by its bits; named as
/// [`category_text`] writes it), so that a million-row target is hashed once per row
/// instead of turned into text per row; `each` gets every non-missing row and its class on
/// the way.
pub(super) fn classes_of_numbers(
    values: &[f32],
    boolean: bool,
    classes: &[String],
    mut each: impl FnMut(usize, Option<u32>),
) -> ClassOfValue {
    let pos: HashMap<&str, u32> = classes
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i as u32))
        .collect();
    let mut class_of = ClassOfValue::default();
    for (r, x) in values.iter().enumerate().filter(|(_, x)| !x.is_nan()) {
        let c = *class_of
            .entry(x.to_bits())
            .or_insert_with(|| pos.get(category_text(*x, boolean).as_str()).copied());
        each(r, c);
    }
    class_of
}

/// A feature column resolved against a table.
pub(super) enum Source<'a> {
    Num {
        values: &'a [f32],
        offset: f32,
        factor: f32,
        fill: Option<f32>,
    },
    Cat {
        codes: Cow<'a, [u32]>,
        map: Vec<Option<u32>>,
        fill: Option<Option<u32>>,
        width: usize,
        onehot: bool,
    },
}

/// The target column resolved against a table.
/// The class of each distinct number in a target column, by its bits.
pub(super) type ClassOfValue = rustc_hash::FxHashMap<u32, Option<u32>>;

pub(super) enum TargetSource<'a> {
    Class {
        view: CatView<'a>,
        map: Vec<Option<u32>>,
    },
    /// Classes named by numbers (or true/false): each distinct value's class, looked up
    /// by its bits, so no code per row is made.
    NumClass {
        values: &'a [f32],
        boolean: bool,
        class_of: Cow<'a, ClassOfValue>,
    },
    Value {
        values: &'a [f32],
    },
}

impl TargetSource<'_> {
    /// Whether some value of the column names no known class (reading its row fails).
    pub(super) fn may_reject(&self) -> bool {
        match self {
            TargetSource::Class { map, .. } => map.iter().any(Option::is_none),
            TargetSource::NumClass { class_of, .. } => class_of.values().any(Option::is_none),
            TargetSource::Value { .. } => false,
        }
    }
}

impl Preprocessor {
    /// The regression target's scaling ([`crate::data::TargetScale`]; identity for
    /// classification).
    pub fn target_scale(&self) -> crate::data::TargetScale {
        crate::data::TargetScale {
            offset: self.target_offset,
            factor: self.target_factor,
        }
    }

    /// Whether `other` is the same fitted transform: equal but for the warnings and the
    /// dropped-row report, which describe the data rather than the fit.
    pub fn same_fit(&self, other: &Preprocessor) -> bool {
        let plain = |p: &Preprocessor| Preprocessor {
            warnings: Vec::new(),
            dropped: DroppedRows::default(),
            ..p.clone()
        };
        plain(self) == plain(other)
    }

    /// Applies the fitted transform to every row of a new table with the same columns
    /// (extra columns are ignored, order may differ). Rows with a missing target, or a
    /// missing feature whose policy is `DropRow`, are skipped; an unseen category encodes as
    /// all zeros; an unseen class label is an error naming its line.
    pub fn transform(&self, table: &Table) -> Result<Split, DataError> {
        let augmented = super::derived::augment(table, &self.derived)?;
        self.encode(&augmented, None)
    }

    /// The feature sources and the target of `table`, after checking that every column the
    /// transform reads is there.
    pub(super) fn sources<'t>(
        &self,
        table: &'t Table,
    ) -> Result<(Vec<Source<'t>>, TargetSource<'t>), DataError> {
        self.sources_with(table, None)
    }

    /// [`Preprocessor::sources`] with the target's [`Preprocessor::class_of_values`], if
    /// already made.
    pub(super) fn sources_with<'t>(
        &self,
        table: &'t Table,
        known: Option<&'t ClassOfValue>,
    ) -> Result<(Vec<Source<'t>>, TargetSource<'t>), DataError> {
        let missing: Vec<String> = self
            .features
            .iter()
            .map(|f| f.column.as_str())
            .chain(std::iter::once(self.target.as_str()))
            .filter(|c| table.column(c).is_none())
            .map(str::to_string)
            .collect();
        if !missing.is_empty() {
            return Err(DataError::MissingColumns {
                file: table.source_name.clone(),
                columns: missing,
            });
        }
        let sources = self.feature_sources(table)?;
        let target = self.target_source(table, known)?;
        Ok((sources, target))
    }

    /// For a classification target of numbers (or true/false): each distinct value's
    /// class, read once, so that [`Preprocessor::target_source`] can be made again cheaply
    /// while the table shrinks. `None` for other targets.
    pub(super) fn class_of_values(&self, table: &Table) -> Option<ClassOfValue> {
        let Task::Classification { classes } = &self.task else {
            return None;
        };
        let tcol = table.column(&self.target)?;
        let (ColumnData::Numeric(values) | ColumnData::Boolean(values)) = &tcol.data else {
            return None;
        };
        let boolean = matches!(tcol.data, ColumnData::Boolean(_));
        Some(classes_of_numbers(values, boolean, classes, |_, _| {}))
    }

    /// How the target of `table` is read; `known` is [`Preprocessor::class_of_values`] of
    /// the same column, if already made.
    pub(super) fn target_source<'t>(
        &self,
        table: &'t Table,
        known: Option<&'t ClassOfValue>,
    ) -> Result<TargetSource<'t>, DataError> {
        let tcol = table
            .column(&self.target)
            .ok_or_else(|| DataError::MissingColumns {
                file: table.source_name.clone(),
                columns: vec![self.target.clone()],
            })?;
        Ok(match &self.task {
            Task::Classification { classes } => match &tcol.data {
                ColumnData::Numeric(values) | ColumnData::Boolean(values) => {
                    let class_of = match known {
                        Some(k) => Cow::Borrowed(k),
                        None => Cow::Owned(self.class_of_values(table).unwrap_or_default()),
                    };
                    TargetSource::NumClass {
                        values,
                        boolean: matches!(tcol.data, ColumnData::Boolean(_)),
                        class_of,
                    }
                }
                ColumnData::Categorical { .. } => {
                    let view = CatView::of(tcol);
                    let map = view.map_to(classes);
                    TargetSource::Class { view, map }
                }
            },
            Task::Regression { .. } => match tcol.as_f32() {
                Some(values) => TargetSource::Value { values },
                None => {
                    return Err(DataError::TargetNotNumeric {
                        column: self.target.clone(),
                    })
                }
            },
        })
    }

    /// The feature sources of `table` (each column the transform reads must be there).
    pub(super) fn feature_sources<'t>(
        &self,
        table: &'t Table,
    ) -> Result<Vec<Source<'t>>, DataError> {
        self.feature_sources_at(table, &self.feature_column_indices(table)?)
    }

    /// Where each feature's column is in `table` (looked up by name once: the blocks of a
    /// consumed table keep every column in its place).
    pub(super) fn feature_column_indices(&self, table: &Table) -> Result<Vec<usize>, DataError> {
        self.features
            .iter()
            .map(|f| {
                table
                    .column_index(&f.column)
                    .ok_or_else(|| DataError::MissingColumns {
                        file: table.source_name.clone(),
                        columns: vec![f.column.clone()],
                    })
            })
            .collect()
    }

    /// The feature sources of `table`, whose columns [`Preprocessor::feature_column_indices`]
    /// found at `at`.
    pub(super) fn feature_sources_at<'t>(
        &self,
        table: &'t Table,
        at: &[usize],
    ) -> Result<Vec<Source<'t>>, DataError> {
        self.features
            .iter()
            .zip(at)
            .map(|(f, &i)| {
                let col = table
                    .columns
                    .get(i)
                    .ok_or_else(|| DataError::MissingColumns {
                        file: table.source_name.clone(),
                        columns: vec![f.column.clone()],
                    })?;
                resolve_feature(f, col)
            })
            .collect()
    }

    /// The encoded label of row `r` (`None`: missing, the row is skipped); an unseen class
    /// is an error naming its line.
    #[inline]
    pub(super) fn label(
        &self,
        target: &TargetSource<'_>,
        table: &Table,
        r: usize,
    ) -> Result<Option<f32>, DataError> {
        Ok(match target {
            TargetSource::Class { view, map } => {
                let code = view.codes.get(r).copied().unwrap_or(MISSING_CODE);
                if code == MISSING_CODE {
                    return Ok(None);
                }
                match map.get(code as usize).copied().flatten() {
                    Some(c) => Some(c as f32),
                    None => {
                        let value = view
                            .categories
                            .get(code as usize)
                            .cloned()
                            .unwrap_or_default();
                        return Err(self.unknown_class(table, r, value));
                    }
                }
            }
            TargetSource::NumClass {
                values,
                boolean,
                class_of,
            } => {
                let v = values.get(r).copied().unwrap_or(f32::NAN);
                if v.is_nan() {
                    return Ok(None);
                }
                match class_of.get(&v.to_bits()).copied().flatten() {
                    Some(c) => Some(c as f32),
                    None => return Err(self.unknown_class(table, r, category_text(v, *boolean))),
                }
            }
            TargetSource::Value { values } => {
                let v = values.get(r).copied().unwrap_or(f32::NAN);
                if v.is_nan() {
                    return Ok(None);
                }
                Some((v - self.target_offset) * self.target_factor)
            }
        })
    }

    /// The error for row `r`, whose target `value` is none of the known classes.
    fn unknown_class(&self, table: &Table, r: usize, value: String) -> DataError {
        DataError::UnknownClass {
            file: table.source_name.clone(),
            line: table.line_of(r),
            column: self.target.clone(),
            value,
            known: match &self.task {
                Task::Classification { classes } => classes.clone(),
                Task::Regression { .. } => Vec::new(),
            },
        }
    }

    /// Encodes `rows` (all rows when `None`) of `table`, which already holds the derived
    /// columns.
    pub(super) fn encode(&self, table: &Table, rows: Option<&[u32]>) -> Result<Split, DataError> {
        let (sources, target) = self.sources(table)?;
        let width: usize = self.features.iter().map(FeatureTransform::width).sum();
        let n = rows.map_or(table.rows(), <[u32]>::len);
        let mut x = Vec::with_capacity(n * width);
        let mut y = Vec::with_capacity(n);
        let all: Vec<u32>;
        let rows = match rows {
            Some(r) => r,
            None => {
                all = (0..table.rows() as u32).collect();
                &all
            }
        };
        'rows: for &r in rows {
            let r = r as usize;
            let Some(label) = self.label(&target, table, r)? else {
                continue;
            };
            let start = x.len();
            for s in &sources {
                if !push_feature(s, r, &mut x) {
                    x.truncate(start);
                    continue 'rows;
                }
            }
            y.push(label);
        }
        let rows = y.len();
        Ok(Split { x, y, rows })
    }
}

/// The features of a new table's rows, encoded for the network (see
/// [`Preprocessor::encode_features`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EncodedRows {
    /// Row-major inputs of the encoded rows, `encoded.len() × width` values.
    pub x: Vec<f32>,
    /// The table rows that were encoded, in order.
    pub encoded: Vec<usize>,
    /// Rows that could not be encoded: the row and the column whose missing value drops it.
    pub skipped: Vec<(usize, String)>,
}

impl Preprocessor {
    /// A regression output in the target's own units: undoes the target scaling
    /// `y' = (y - target_offset) * target_factor` (identity when the target was not scaled).
    pub fn unscale_target(&self, scaled: f32) -> f32 {
        if self.target_factor == 0.0 || !self.target_factor.is_finite() {
            return scaled + self.target_offset;
        }
        scaled / self.target_factor + self.target_offset
    }

    /// The input columns by name, in the order the transform reads them (derived inputs
    /// by their names, `x1²` …).
    pub fn feature_columns(&self) -> Vec<&str> {
        self.features.iter().map(|f| f.column.as_str()).collect()
    }

    /// The raw columns a new table must have: the feature columns that are not derived,
    /// then the sources of the derived ones, each once.
    pub fn raw_columns(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let plain = self
            .features
            .iter()
            .map(|f| f.column.as_str())
            .filter(|c| !super::derived::is_derived(c, &self.derived));
        for c in plain.chain(self.derived.iter().flat_map(|d| d.sources())) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// Encodes the features of every row of `table` for prediction: the target column may
    /// be absent and is never read. Feature columns are found by name (extra columns are
    /// ignored, order may differ). Every absent feature column is named in one
    /// [`DataError::MissingColumns`], every numeric feature column that is text in `table`
    /// in one [`DataError::NotNumericColumns`]. A row with a missing value in a column whose
    /// policy drops rows is listed in [`EncodedRows::skipped`].
    pub fn encode_features(&self, table: &Table) -> Result<EncodedRows, DataError> {
        // Derived inputs are computed from their raw columns; a missing source column is
        // named as missing, not the derived one.
        let sources_missing: Vec<String> = self
            .derived
            .iter()
            .flat_map(|d| d.sources())
            .filter(|c| table.column(c).is_none())
            .map(str::to_string)
            .collect();
        if !sources_missing.is_empty() {
            let mut columns = sources_missing;
            columns.dedup();
            return Err(DataError::MissingColumns {
                file: table.source_name.clone(),
                columns,
            });
        }
        let augmented = super::derived::augment(table, &self.derived)?;
        let table: &Table = &augmented;
        let missing: Vec<String> = self
            .features
            .iter()
            .filter(|f| table.column(&f.column).is_none())
            .map(|f| f.column.clone())
            .collect();
        if !missing.is_empty() {
            return Err(DataError::MissingColumns {
                file: table.source_name.clone(),
                columns: missing,
            });
        }
        let mistyped: Vec<String> = self
            .features
            .iter()
            .filter(|f| {
                matches!(f.kind, FeatureKind::Numeric { .. })
                    && table
                        .column(&f.column)
                        .is_some_and(|c| c.as_f32().is_none())
            })
            .map(|f| f.column.clone())
            .collect();
        if !mistyped.is_empty() {
            return Err(DataError::NotNumericColumns {
                file: table.source_name.clone(),
                columns: mistyped,
            });
        }
        let sources = self.feature_sources(table)?;
        let width: usize = self.features.iter().map(FeatureTransform::width).sum();
        let n = table.rows();
        let mut out = EncodedRows {
            x: Vec::with_capacity(n * width),
            encoded: Vec::with_capacity(n),
            skipped: Vec::new(),
        };
        'rows: for r in 0..n {
            let start = out.x.len();
            for (s, f) in sources.iter().zip(&self.features) {
                if !push_feature(s, r, &mut out.x) {
                    out.x.truncate(start);
                    out.skipped.push((r, f.column.clone()));
                    continue 'rows;
                }
            }
            out.encoded.push(r);
        }
        Ok(out)
    }
}

fn resolve_feature<'a>(f: &FeatureTransform, col: &'a Column) -> Result<Source<'a>, DataError> {
    Ok(match &f.kind {
        FeatureKind::Numeric {
            offset,
            factor,
            fill,
        } => match col.as_f32() {
            Some(values) => Source::Num {
                values,
                offset: *offset,
                factor: *factor,
                fill: *fill,
            },
            None => {
                return Err(DataError::NotNumeric {
                    column: f.column.clone(),
                    what: "the trained model (the column was numeric in training)".into(),
                })
            }
        },
        FeatureKind::OneHot { categories, fill } | FeatureKind::Ordinal { categories, fill } => {
            let view = CatView::of(col);
            let map = view.map_to(categories);
            let fill = fill
                .as_ref()
                .map(|c| categories.iter().position(|k| k == c).map(|i| i as u32));
            let onehot = matches!(f.kind, FeatureKind::OneHot { .. });
            Source::Cat {
                codes: view.codes,
                map,
                fill,
                width: categories.len(),
                onehot,
            }
        }
    })
}

impl Source<'_> {
    /// Values this source writes per row.
    pub(super) fn width(&self) -> usize {
        match self {
            Source::Num { .. } => 1,
            Source::Cat { width, onehot, .. } => {
                if *onehot {
                    *width
                } else {
                    1
                }
            }
        }
    }
}

/// Writes row `r` of one source into `dst` (its [`Source::width`] values, zeroed before);
/// false when the row must be dropped. The same values [`push_feature`] appends.
#[inline]
pub(super) fn write_feature(s: &Source<'_>, r: usize, dst: &mut [f32]) -> bool {
    match s {
        Source::Num {
            values,
            offset,
            factor,
            fill,
        } => {
            let mut v = values.get(r).copied().unwrap_or(f32::NAN);
            if v.is_nan() {
                match fill {
                    Some(f) => v = *f,
                    None => return false,
                }
            }
            if let Some(d) = dst.first_mut() {
                *d = (v - offset) * factor;
            }
        }
        Source::Cat {
            codes,
            map,
            fill,
            width,
            onehot,
        } => {
            let code = codes.get(r).copied().unwrap_or(MISSING_CODE);
            let idx = if code == MISSING_CODE {
                match fill {
                    Some(i) => *i,
                    None => return false,
                }
            } else {
                map.get(code as usize).copied().flatten()
            };
            if *onehot {
                if let Some(slot) = idx.and_then(|i| dst.get_mut(i as usize)) {
                    *slot = 1.0;
                }
            } else if let Some(d) = dst.first_mut() {
                let denom = width.saturating_sub(1).max(1) as f32;
                *d = idx.map_or(0.0, |i| i as f32 / denom);
            }
        }
    }
    true
}

/// Appends row `r` of one source to `x` (what [`write_feature`] writes); false when the
/// row must be dropped.
#[inline]
pub(super) fn push_feature(s: &Source<'_>, r: usize, x: &mut Vec<f32>) -> bool {
    let start = x.len();
    x.resize(start + s.width(), 0.0);
    match x.get_mut(start..) {
        Some(dst) => write_feature(s, r, dst),
        None => false,
    }
}
