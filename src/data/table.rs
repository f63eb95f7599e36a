//! A parsed file as typed columns: numbers as `f32` (NaN = missing), text as category codes.

use super::error::DataError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Code of a missing value in a categorical column.
pub const MISSING_CODE: u32 = u32::MAX;

/// The kind of values a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ColumnType {
    /// Real numbers.
    Numeric,
    /// Text labels from a finite set.
    Categorical,
    /// true/false or yes/no.
    Boolean,
}

impl fmt::Display for ColumnType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ColumnType::Numeric => "numeric",
            ColumnType::Categorical => "categorical",
            ColumnType::Boolean => "boolean",
        })
    }
}

/// Values of one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ColumnData {
    /// Numbers; NaN marks a missing value.
    Numeric(Vec<f32>),
    /// 0.0 = false/no, 1.0 = true/yes, NaN = missing.
    Boolean(Vec<f32>),
    /// Category codes into `categories` ([`MISSING_CODE`] = missing); categories in
    /// order of first appearance.
    Categorical {
        /// One code per row.
        codes: Vec<u32>,
        /// The distinct values.
        categories: Vec<String>,
    },
}

/// One named, typed column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// Column name (from the header, or `column_1` … without one).
    pub name: String,
    /// The values.
    pub data: ColumnData,
    /// Number of missing values.
    pub missing: usize,
}

impl Column {
    /// A numeric column; counts NaN as missing.
    pub fn numeric(name: impl Into<String>, values: Vec<f32>) -> Column {
        let missing = values.iter().filter(|v| v.is_nan()).count();
        Column {
            name: name.into(),
            data: ColumnData::Numeric(values),
            missing,
        }
    }

    /// A categorical column from text values (`None` = missing).
    pub fn categorical<S: AsRef<str>>(name: impl Into<String>, values: &[Option<S>]) -> Column {
        let mut index = std::collections::HashMap::new();
        let mut categories: Vec<String> = Vec::new();
        let mut missing = 0;
        let codes = values
            .iter()
            .map(|v| match v {
                None => {
                    missing += 1;
                    MISSING_CODE
                }
                Some(s) => *index.entry(s.as_ref().to_string()).or_insert_with(|| {
                    categories.push(s.as_ref().to_string());
                    (categories.len() - 1) as u32
                }),
            })
            .collect();
        Column {
            name: name.into(),
            data: ColumnData::Categorical { codes, categories },
            missing,
        }
    }

    /// The column's type.
    pub fn column_type(&self) -> ColumnType {
        match self.data {
            ColumnData::Numeric(_) => ColumnType::Numeric,
            ColumnData::Boolean(_) => ColumnType::Boolean,
            ColumnData::Categorical { .. } => ColumnType::Categorical,
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        match &self.data {
            ColumnData::Numeric(v) | ColumnData::Boolean(v) => v.len(),
            ColumnData::Categorical { codes, .. } => codes.len(),
        }
    }

    /// True when the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when row `i` is missing (or out of range).
    pub fn is_missing(&self, i: usize) -> bool {
        match &self.data {
            ColumnData::Numeric(v) | ColumnData::Boolean(v) => v.get(i).is_none_or(|x| x.is_nan()),
            ColumnData::Categorical { codes, .. } => {
                codes.get(i).is_none_or(|&c| c == MISSING_CODE)
            }
        }
    }

    /// True when any row is missing (read from the values, not from [`Column::missing`]).
    pub fn any_missing(&self) -> bool {
        match &self.data {
            // Folded rather than stopped early, so that it runs many values at a time.
            ColumnData::Numeric(v) | ColumnData::Boolean(v) => {
                v.iter().fold(false, |any, x| any | x.is_nan())
            }
            ColumnData::Categorical { codes, .. } => codes
                .iter()
                .fold(false, |any, &c| any | (c == MISSING_CODE)),
        }
    }

    /// Numeric view (numeric and boolean columns), `None` for categorical ones.
    pub fn as_f32(&self) -> Option<&[f32]> {
        match &self.data {
            ColumnData::Numeric(v) | ColumnData::Boolean(v) => Some(v),
            ColumnData::Categorical { .. } => None,
        }
    }

    /// Keeps the first `rows` rows and gives the memory of the others back (the missing
    /// count is not updated: for a table being consumed).
    pub fn truncate_rows(&mut self, rows: usize) {
        match &mut self.data {
            ColumnData::Numeric(v) | ColumnData::Boolean(v) => {
                v.truncate(rows);
                v.shrink_to_fit();
            }
            ColumnData::Categorical { codes, .. } => {
                codes.truncate(rows);
                codes.shrink_to_fit();
            }
        }
    }

    /// Row `i` as display text (`None` when missing).
    pub fn text(&self, i: usize) -> Option<String> {
        match &self.data {
            ColumnData::Numeric(v) => v
                .get(i)
                .filter(|x| !x.is_nan())
                .map(|x| crate::numfmt::whole_or_plain(*x)),
            ColumnData::Boolean(v) => v
                .get(i)
                .filter(|x| !x.is_nan())
                .map(|x| if *x > 0.5 { "true" } else { "false" }.to_string()),
            ColumnData::Categorical { codes, categories } => codes
                .get(i)
                .and_then(|&c| categories.get(c as usize))
                .cloned(),
        }
    }
}

/// A parsed file: typed columns of equal length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// File name (or a builtin's name) for messages.
    pub source_name: String,
    /// Field delimiter that was used.
    pub delimiter: u8,
    /// Whether the first row was a header.
    pub has_header: bool,
    /// The columns, in file order.
    pub columns: Vec<Column>,
    /// Exceptions to "row r starts on line `first_line + r`": `(row, line)` pairs, sorted,
    /// from which the mapping is linear again (blank lines, multi-line quoted fields).
    pub line_marks: Vec<(usize, u64)>,
}

impl Table {
    /// Builds a table from columns of equal length (rows start on line 2, as below a header).
    pub fn from_columns(
        source_name: impl Into<String>,
        columns: Vec<Column>,
    ) -> Result<Table, DataError> {
        let name = source_name.into();
        let expected = columns.first().map_or(0, Column::len);
        for c in &columns {
            if c.len() != expected {
                return Err(DataError::ColumnLength {
                    name,
                    column: c.name.clone(),
                    found: c.len(),
                    expected,
                });
            }
        }
        Ok(Table {
            source_name: name,
            delimiter: b',',
            has_header: true,
            columns,
            line_marks: vec![(0, 2)],
        })
    }

    /// Number of data rows.
    pub fn rows(&self) -> usize {
        self.columns.first().map_or(0, Column::len)
    }

    /// Column names in order.
    pub fn column_names(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.name.clone()).collect()
    }

    /// Index of the column called `name` (exact match first, then case-insensitive).
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.name == name)
            .or_else(|| {
                self.columns
                    .iter()
                    .position(|c| c.name.eq_ignore_ascii_case(name))
            })
    }

    /// The column called `name`.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.column_index(name).and_then(|i| self.columns.get(i))
    }

    /// 1-based file line on which data row `row` (0-based) starts.
    pub fn line_of(&self, row: usize) -> u64 {
        Table::line_of_marks(&self.line_marks, self.has_header, row)
    }

    /// [`Table::line_of`] on raw marks.
    pub fn line_of_marks(marks: &[(usize, u64)], has_header: bool, row: usize) -> u64 {
        let k = marks.partition_point(|&(r, _)| r <= row);
        match k.checked_sub(1).and_then(|k| marks.get(k)) {
            Some(&(r, line)) => line + (row - r) as u64,
            None => row as u64 + 1 + u64::from(has_header),
        }
    }
}
