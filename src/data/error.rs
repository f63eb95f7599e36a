//! Errors of the data layer. Each message says what went wrong, where (file, line,
//! column) and what the user can do about it.

use thiserror::Error;

/// Everything that can go wrong between a file and a prepared [`crate::data::Dataset`].
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum DataError {
    /// The file could not be opened or read.
    #[error(
        "could not read `{file}`: {source}. Check that the file exists and that you may read it."
    )]
    Io {
        /// File name or path.
        file: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// The file holds no data at all.
    #[error("`{file}` is empty. Choose a CSV file with a header row and at least one data row.")]
    Empty {
        /// File name.
        file: String,
    },

    /// The file has a header row and nothing else.
    #[error("`{file}` has a header row but no data rows. Add data below the header or choose another file.")]
    HeaderOnly {
        /// File name.
        file: String,
    },

    /// A row has a different number of fields from the header (or first row).
    #[error("`{file}` line {line}: this row has {found} fields but the file has {expected} columns. Fix the row (a missing or extra delimiter, or an unclosed quote above it) or delete it.")]
    RaggedRow {
        /// File name.
        file: String,
        /// 1-based line where the row starts.
        line: u64,
        /// Fields found on that row.
        found: usize,
        /// Fields expected.
        expected: usize,
    },

    /// A field is not valid UTF-8 text.
    #[error("`{file}` line {line}, column `{column}`: the text is not valid UTF-8. Save the file as UTF-8 (e.g. \"CSV UTF-8\" in a spreadsheet) and load it again.")]
    NonUtf8 {
        /// File name.
        file: String,
        /// 1-based line.
        line: u64,
        /// Column name.
        column: String,
    },

    /// A column that is almost entirely numeric contains a word.
    #[error("`{file}` line {line}, column `{column}`: `{value}` is not a number, but almost all of this column is numeric. Fix or delete the value, mark it as missing (empty or NA), or read the column as categorical (the button under this message in the window; `--categorical {column}` on the command line).")]
    StrayText {
        /// File name.
        file: String,
        /// 1-based line of the first non-numeric value.
        line: u64,
        /// Column name.
        column: String,
        /// The offending text.
        value: String,
    },

    /// A value that reads as a number but does not fit a 32-bit float (e.g. `1e40`).
    #[error("`{file}` line {line}, column `{column}`: `{value}` is too large for 32-bit floats (the largest is about 3.4e38). Rescale the column in the file (e.g. use other units), mark the value as missing, or read the column as categorical (`--categorical {column}` on the command line).")]
    NumberTooLarge {
        /// File name.
        file: String,
        /// 1-based line of the first such value.
        line: u64,
        /// Column name.
        column: String,
        /// The value as written.
        value: String,
    },

    /// The path is not a regular file (a device, a pipe, a socket, a folder).
    #[error("`{file}` is {kind}, not a regular file, so it is not read (it may never end). Save the data to a CSV file first (e.g. `command > data.csv`) and load that.")]
    NotAFile {
        /// File name or path.
        file: String,
        /// What it is ("a character device", "a pipe (FIFO)" …).
        kind: &'static str,
    },

    /// The file holds NUL bytes: it is binary, not text.
    #[error("`{file}` line {line}: the file contains NUL bytes, so it is a binary file, not CSV text. Choose a CSV file (in a spreadsheet: save as \"CSV UTF-8\").")]
    Binary {
        /// File name.
        file: String,
        /// 1-based line of the first NUL byte.
        line: u64,
    },

    /// A line (or one row's text) is longer than the reader accepts.
    #[error("`{file}` line {line}: the line is longer than {limit_mb} MB without a line break, so this is not a CSV file layerlab can read (or a quote is never closed). Check the file: rows end with a line break, and a field longer than {limit_mb} MB is not supported.")]
    LineTooLong {
        /// File name.
        file: String,
        /// 1-based line where the long line (or row) starts.
        line: u64,
        /// The limit in MB.
        limit_mb: usize,
    },

    /// More columns than the reader accepts.
    #[error("`{file}` line {line}: this row has {found} fields, more than the limit of {limit} columns. Check the delimiter (`--delimiter` on the command line) or split the file.")]
    TooManyColumns {
        /// File name.
        file: String,
        /// 1-based line of the row.
        line: u64,
        /// Fields found.
        found: usize,
        /// The limit.
        limit: usize,
    },

    /// Loading was cancelled by the caller.
    #[error("loading was cancelled")]
    Cancelled,

    /// A configured column does not exist.
    #[error("there is no column `{column}` ({role}). Columns are: {}. Pick one of those names.", available.join(", "))]
    UnknownColumn {
        /// The requested name.
        column: String,
        /// What it was requested for ("target", "feature", "scaling override" …).
        role: String,
        /// Column names that do exist.
        available: Vec<String>,
    },

    /// A target column index is out of range.
    #[error("target column index {index} is out of range: the table has {columns} columns (use 0..{columns}, or -1 for the last one).")]
    TargetIndexOutOfRange {
        /// The requested index.
        index: i64,
        /// Number of columns.
        columns: usize,
    },

    /// The target column was also listed as a feature.
    #[error("column `{column}` is the target and cannot also be a feature. Remove it from the feature list.")]
    TargetIsFeature {
        /// Column name.
        column: String,
    },

    /// No feature columns are left.
    #[error("there are no feature columns: the model needs at least one input column besides the target `{target}`.")]
    NoFeatures {
        /// Target column name.
        target: String,
    },

    /// Columns needed by a fitted preprocessor are absent from a new table.
    #[error("`{file}` lacks the column(s) {} that the model was trained on. Add them or load a file with the same columns.", columns.join(", "))]
    MissingColumns {
        /// File name.
        file: String,
        /// The absent columns.
        columns: Vec<String>,
    },

    /// Numeric feature columns that hold text in a new table.
    #[error("`{file}`: the column(s) {} held numbers when the model was trained but contain text here. Fix the values (numbers, or empty/NA for missing) or load a file with the same columns.", columns.join(", "))]
    NotNumericColumns {
        /// File name.
        file: String,
        /// The columns with text.
        columns: Vec<String>,
    },

    /// A categorical column has more categories than the one-hot cap.
    #[error("feature column `{}` has {count} different values, more than the one-hot limit of {max}. It is probably an id or free text: drop it from the features (in the window: untick it in the Data tab's feature list, or encode it as Ordinal there; from the command line: remove the column from the CSV file).", crate::snippet::snippet(column))]
    TooManyCategories {
        /// Column name.
        column: String,
        /// Number of categories found.
        count: usize,
        /// The configured cap.
        max: usize,
    },

    /// The target column has more classes than a classifier can have.
    #[error("the target column `{}` has {count} different values, more than the {max} classes a classifier can have. If it is a number to predict, predict it as regression (in the window: set the task to Regression in the Data tab); otherwise choose another target column (from the command line: --target NAME).", crate::snippet::snippet(column))]
    TooManyClasses {
        /// Column name.
        column: String,
        /// Number of distinct values found.
        count: usize,
        /// The largest number of classes.
        max: usize,
    },

    /// A regression target is not numeric.
    #[error("column `{column}` holds text, so it cannot be a regression target. Choose classification, or a numeric target column.")]
    TargetNotNumeric {
        /// Column name.
        column: String,
    },

    /// A derived input feature would get the name of a column the table already has.
    #[error("the table already has a column named `{name}`, so the input feature of that name cannot be added. Rename that column or switch the input feature off.")]
    DerivedNameTaken {
        /// The name (`x1²`, `sin x1` …).
        name: String,
    },

    /// A numeric-only setting met a non-numeric column.
    #[error("column `{column}` is not numeric, but {what} needs numbers. Drop it from the features or choose a numeric column.")]
    NotNumeric {
        /// Column name.
        column: String,
        /// What needed numbers ("image mode" …).
        what: String,
    },

    /// A class label that the model was not trained on.
    #[error("`{file}` line {line}, column `{column}`: class `{value}` was not in the training data (known classes: {}). Remove the row or retrain with it.", known.join(", "))]
    UnknownClass {
        /// File name.
        file: String,
        /// 1-based line.
        line: u64,
        /// Target column name.
        column: String,
        /// The unknown label.
        value: String,
        /// Known labels.
        known: Vec<String>,
    },

    /// Image mode was asked for a shape that does not match the feature count.
    #[error("image shape {shape} needs {expected} pixel columns but there are {found} feature columns. Fix the shape or the feature list.")]
    ImageShape {
        /// The configured shape.
        shape: String,
        /// C×H×W.
        expected: usize,
        /// Number of feature columns.
        found: usize,
    },

    /// The split ratios are unusable.
    #[error("invalid split {train}/{val}/{test}: ratios must be finite, not negative, and train must be above 0. Use e.g. 0.7/0.15/0.15.")]
    BadSplit {
        /// Train ratio.
        train: f32,
        /// Validation ratio.
        val: f32,
        /// Test ratio.
        test: f32,
    },

    /// No rows are left to train on.
    #[error("`{file}`: no usable rows are left ({reason}). Choose a fill policy for missing values or check the file.")]
    NoRows {
        /// File name.
        file: String,
        /// Why (e.g. every row has a missing value).
        reason: String,
    },

    /// Columns of different lengths were put into one table.
    #[error(
        "table `{name}`: column `{column}` has {found} values but the first column has {expected}."
    )]
    ColumnLength {
        /// Table name.
        name: String,
        /// Offending column.
        column: String,
        /// Its length.
        found: usize,
        /// Expected length.
        expected: usize,
    },
}
