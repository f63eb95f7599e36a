//! From a file to tensor-ready splits: read a CSV into a typed [`Table`] ([`csv`]),
//! look at it ([`inspect`]), generate synthetic data ([`builtin`]; timing data in
//! [`synthetic`]), and turn a table into a split, scaled, encoded [`Dataset`] with a
//! reusable [`Preprocessor`] ([`prepare`]).

pub mod builtin;
pub mod csv;
pub mod dataset;
pub mod error;
pub mod inspect;
pub mod prepare;
pub mod synthetic;
pub mod table;

pub use self::csv::{
    delimiter_name, parse_delimiter, read_csv_bytes, read_csv_chunks, read_csv_path, LoadProgress,
    ReadOptions, StrayText, MAX_COLUMNS, MAX_LINE_BYTES,
};
pub use builtin::{BuiltinKind, BuiltinSpec};
pub use dataset::{Dataset, Split, TargetScale, Task};
pub use error::DataError;
pub use inspect::{inspect_table, InspectReport};
pub use prepare::{
    prepare, DataConfig, Derived, DroppedRows, Encoding, ImageConfig, MissingPolicy, Preprocessor,
    Scaling, SplitConfig, TargetScaling, TargetSpec, TaskChoice,
};
pub use table::{Column, ColumnData, ColumnType, Table};
