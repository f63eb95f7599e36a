//! How a CSV file is read: the options a user (or a session) chooses, how a delimiter is
//! written and shown, and the limits that keep hostile input from hanging or filling memory.

use serde::{Deserialize, Serialize};

/// The longest line (or row, with quoted line breaks) read: 64 MB. Longer ones are refused
/// with [`DataError::LineTooLong`] as soon as the limit is passed, so a file without line
/// breaks (or an endless one) ends quickly instead of filling memory.
pub const MAX_LINE_BYTES: usize = 64 << 20;
/// The most columns a file may have: 1,000,000 ([`DataError::TooManyColumns`]).
pub const MAX_COLUMNS: usize = 1_000_000;

/// What to do with a mostly-numeric column that contains a few words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum StrayText {
    /// Stop with [`DataError::StrayText`] naming the first word (default).
    #[default]
    Error,
    /// Load such columns as categorical.
    Categorical,
    /// Keep them numeric and count the words as missing values.
    Missing,
}

/// How to read a file. `Default` sniffs everything.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadOptions {
    /// Force this delimiter instead of detecting one of `,` `;` tab `|`.
    pub delimiter: Option<u8>,
    /// Force whether the first row is a header.
    pub has_header: Option<bool>,
    /// Policy for words in mostly-numeric columns.
    pub stray_text: StrayText,
    /// Columns (by name, `column_N` without a header) always loaded as categorical.
    pub categorical_columns: Vec<String>,
    /// Force reading `1,5` as the number 1.5 (`Some(true)`) or not (`Some(false)`); `None`
    /// detects it (only when the delimiter is not a comma).
    pub decimal_comma: Option<bool>,
}

/// Reads a delimiter as a user writes it: `,` `;` `|`, `tab` (or `\t`), `space`, the words
/// `comma`, `semicolon`, `pipe`, or any other single ASCII punctuation character except a
/// quote, `.`, `+` and `-`. `None` when the text cannot be a delimiter.
pub fn parse_delimiter(text: &str) -> Option<u8> {
    match text.to_ascii_lowercase().as_str() {
        "tab" | "\\t" | "\t" => Some(b'\t'),
        "space" | " " => Some(b' '),
        "comma" => Some(b','),
        "semicolon" => Some(b';'),
        "pipe" => Some(b'|'),
        t => match t.as_bytes() {
            &[b] if b.is_ascii_punctuation() && !matches!(b, b'"' | b'.' | b'+' | b'-') => Some(b),
            _ => None,
        },
    }
}

/// A delimiter as shown to the user: `tab`, `space`, or the character.
pub fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".to_string(),
        b' ' => "space".to_string(),
        d => char::from(d).to_string(),
    }
}
