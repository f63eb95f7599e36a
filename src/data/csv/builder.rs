//! Per-column accumulation with on-the-fly type inference.

use super::StrayText;
use crate::data::error::DataError;
use crate::data::table::{Column, ColumnData, MISSING_CODE};
use std::collections::HashMap;

/// One parsed cell.
pub(super) enum Cell<'a> {
    /// Empty or a missing-value marker.
    Missing,
    /// A finite number.
    Number(f32),
    /// Anything else (trimmed).
    Word(&'a str),
    /// Written as a number but beyond the range of `f32` (e.g. `1e40`), as written.
    TooLarge(&'a str),
}

/// True for the missing-value markers `NA`, `N/A`, `NaN`, `null`, `?` (any case).
pub(crate) fn is_missing_token(s: &str) -> bool {
    ["na", "n/a", "nan", "null", "?"]
        .iter()
        .any(|t| s.eq_ignore_ascii_case(t))
}

/// Parses `1,5` (digits, one comma, digits, an optional exponent) as 1.5; `None` for
/// anything else (`1,2,3`, `1.000,5`, `,5`).
pub(super) fn parse_decimal_comma(field: &[u8]) -> Option<f32> {
    if field.len() > 64 {
        return None;
    }
    let unsigned = field
        .strip_prefix(b"-")
        .or_else(|| field.strip_prefix(b"+"))
        .unwrap_or(field);
    let comma = unsigned.iter().position(|&b| b == b',')?;
    let (int, rest) = unsigned.split_at(comma);
    let frac = rest.get(1..)?;
    let end = frac
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(frac.len());
    let (frac_digits, exp) = frac.split_at(end);
    let is_digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    let exp_ok = match exp.split_first() {
        None => true,
        Some((b'e' | b'E', e)) => is_digits(
            e.strip_prefix(b"-")
                .or_else(|| e.strip_prefix(b"+"))
                .unwrap_or(e),
        ),
        Some(_) => false,
    };
    if !is_digits(int) || !is_digits(frac_digits) || !exp_ok {
        return None;
    }
    let mut buf = [0u8; 64];
    let out = buf.get_mut(..field.len())?;
    out.copy_from_slice(field);
    for b in out.iter_mut() {
        if *b == b',' {
            *b = b'.';
        }
    }
    fast_float2::parse::<f32, _>(&*out).ok()
}

/// True when `field` looks like a decimal-comma number (`1,5`, `-0,25`).
pub(super) fn looks_decimal_comma(field: &[u8]) -> bool {
    parse_decimal_comma(field.trim_ascii()).is_some()
}

/// Classifies a raw field; `Err` when it is not UTF-8. With `decimal_comma`, `1,5` is 1.5.
pub(super) fn classify(field: &[u8], decimal_comma: bool) -> Result<Cell<'_>, ()> {
    let field = field.trim_ascii();
    if field.is_empty() {
        return Ok(Cell::Missing);
    }
    // fast-float2 parses the bytes directly (correctly rounded, like `str::parse`); a
    // successful parse implies ASCII, so UTF-8 is checked only for words.
    let mut parsed = fast_float2::parse::<f32, _>(field);
    if let Ok(v) = parsed {
        if v.is_finite() {
            return Ok(Cell::Number(v));
        }
    } else if decimal_comma {
        if let Some(v) = parse_decimal_comma(field) {
            parsed = Ok(v);
            if v.is_finite() {
                return Ok(Cell::Number(v));
            }
        }
    }
    let s = std::str::from_utf8(field).map_err(|_| ())?;
    // An infinite parse of something written with digits (not `inf`) is an overflow.
    let digits_first = field
        .iter()
        .find(|b| !matches!(b, b'+' | b'-'))
        .is_some_and(|b| b.is_ascii_digit() || *b == b'.');
    Ok(match parsed {
        Ok(v) if v.is_nan() => Cell::Missing,
        Ok(v) if v.is_infinite() && digits_first => Cell::TooLarge(s),
        _ if is_missing_token(s) => Cell::Missing,
        _ => Cell::Word(s),
    })
}

/// Text values seen so far, with counts for the stray-text decision.
pub(super) struct TextBuilder {
    codes: Vec<u32>,
    index: HashMap<String, u32>,
    categories: Vec<String>,
    missing: usize,
    numbers: usize,
    words: usize,
    first_word: Option<(u64, String)>,
    /// Values too large for `f32`, and the first one.
    overflows: usize,
    first_overflow: Option<(u64, String)>,
    forced: bool,
}

impl TextBuilder {
    fn new(forced: bool, capacity: usize) -> TextBuilder {
        TextBuilder {
            codes: Vec::with_capacity(capacity),
            index: HashMap::new(),
            categories: Vec::new(),
            missing: 0,
            numbers: 0,
            words: 0,
            first_word: None,
            overflows: 0,
            first_overflow: None,
            forced,
        }
    }

    fn code(&mut self, text: &str) -> u32 {
        if let Some(&c) = self.index.get(text) {
            return c;
        }
        let c = self.categories.len() as u32;
        self.categories.push(text.to_string());
        self.index.insert(text.to_string(), c);
        c
    }

    /// Pushes the values of a numeric builder (NaN = missing) as cells.
    fn push_numbers(&mut self, values: &[f32]) {
        for &v in values {
            if v.is_nan() {
                self.push_cell("", Cell::Missing, 0);
            } else {
                self.push_cell("", Cell::Number(v), 0);
            }
        }
    }

    /// Appends the cells of `other` (later rows of the same column).
    fn append(&mut self, other: TextBuilder) {
        let map: Vec<u32> = other.categories.iter().map(|c| self.code(c)).collect();
        self.codes.extend(other.codes.iter().map(|&c| {
            if c == MISSING_CODE {
                c
            } else {
                map.get(c as usize).copied().unwrap_or(MISSING_CODE)
            }
        }));
        self.missing += other.missing;
        self.numbers += other.numbers;
        self.words += other.words;
        self.overflows += other.overflows;
        if self.first_word.is_none() {
            self.first_word = other.first_word;
        }
        if self.first_overflow.is_none() {
            self.first_overflow = other.first_overflow;
        }
    }

    fn push_cell(&mut self, raw: &str, cell: Cell<'_>, line: u64) {
        let code = match cell {
            Cell::Missing => {
                self.missing += 1;
                MISSING_CODE
            }
            Cell::Number(v) => {
                self.numbers += 1;
                if self.forced {
                    self.code(raw)
                } else {
                    self.code(&crate::numfmt::whole_or_plain(v))
                }
            }
            Cell::Word(w) => {
                self.words += 1;
                if self.first_word.is_none() {
                    self.first_word = Some((line, w.to_string()));
                }
                self.code(w)
            }
            Cell::TooLarge(w) => {
                self.overflows += 1;
                if self.first_overflow.is_none() {
                    self.first_overflow = Some((line, w.to_string()));
                }
                self.code(w)
            }
        };
        self.codes.push(code);
    }
}

/// Accumulates one column: numeric until a word appears, then text.
pub(super) enum ColumnBuilder {
    /// All values so far were numbers or missing.
    Numeric {
        /// Values, NaN = missing.
        values: Vec<f32>,
        /// Missing count.
        missing: usize,
    },
    /// Some value was a word (or the column was forced categorical).
    Text(Box<TextBuilder>),
}

impl ColumnBuilder {
    /// A builder; `text` forces categorical, `capacity` is the expected row count.
    pub(super) fn new(text: bool, capacity: usize) -> ColumnBuilder {
        if text {
            ColumnBuilder::Text(Box::new(TextBuilder::new(true, capacity.min(1 << 16))))
        } else {
            ColumnBuilder::Numeric {
                values: Vec::with_capacity(capacity),
                missing: 0,
            }
        }
    }

    /// Adds one raw field that starts on `line`; `Err` when it is not UTF-8. With
    /// `decimal_comma`, `1,5` is read as 1.5.
    #[inline]
    pub(super) fn push(&mut self, field: &[u8], line: u64, decimal_comma: bool) -> Result<(), ()> {
        let cell = classify(field, decimal_comma)?;
        match self {
            ColumnBuilder::Numeric { values, missing } => match cell {
                Cell::Number(v) => values.push(v),
                Cell::Missing => {
                    *missing += 1;
                    values.push(f32::NAN);
                }
                Cell::Word(w) | Cell::TooLarge(w) => {
                    let mut t = TextBuilder::new(false, values.capacity());
                    t.push_numbers(values);
                    t.push_cell(w, cell, line);
                    *self = ColumnBuilder::Text(Box::new(t));
                }
            },
            ColumnBuilder::Text(t) => {
                let raw = std::str::from_utf8(field.trim_ascii()).map_err(|_| ())?;
                t.push_cell(raw, cell, line);
            }
        }
        Ok(())
    }

    /// Appends the values of `other`, gathered from the rows that follow this builder's, as
    /// if they had been pushed here one by one (a column that became text in either part is
    /// text in the whole, with categories in order of first appearance).
    pub(super) fn append(&mut self, other: ColumnBuilder) {
        match (&mut *self, other) {
            (
                ColumnBuilder::Numeric { values, missing },
                ColumnBuilder::Numeric {
                    values: mut more,
                    missing: more_missing,
                },
            ) => {
                values.append(&mut more);
                *missing += more_missing;
            }
            (ColumnBuilder::Numeric { values, .. }, ColumnBuilder::Text(more)) => {
                let mut t = TextBuilder::new(false, values.len() + more.codes.len());
                t.push_numbers(values);
                t.append(*more);
                *self = ColumnBuilder::Text(Box::new(t));
            }
            (ColumnBuilder::Text(t), ColumnBuilder::Numeric { values, .. }) => {
                t.push_numbers(&values);
            }
            (ColumnBuilder::Text(t), ColumnBuilder::Text(more)) => t.append(*more),
        }
    }

    /// The finished column, applying the stray-text policy and boolean detection.
    pub(super) fn finish(
        self,
        name: String,
        file: &str,
        stray: StrayText,
    ) -> Result<Column, DataError> {
        let t = match self {
            ColumnBuilder::Numeric {
                mut values,
                missing,
            } => {
                values.shrink_to_fit();
                return Ok(Column {
                    name,
                    data: ColumnData::Numeric(values),
                    missing,
                });
            }
            ColumnBuilder::Text(t) => *t,
        };
        // Values too large for f32 count as numbers here: the column is meant to be numeric.
        let odd = t.words + t.overflows;
        let numbers = t.numbers + t.overflows;
        let mostly_numeric = odd > 0 && numbers * 10 >= (numbers + t.words) * 9;
        if !t.forced && mostly_numeric {
            if let (Some((line, value)), false) =
                (t.first_overflow.clone(), stray == StrayText::Categorical)
            {
                return Err(DataError::NumberTooLarge {
                    file: file.to_string(),
                    line,
                    column: name,
                    value,
                });
            }
            match stray {
                StrayText::Error => {
                    let (line, value) = t.first_word.unwrap_or_default();
                    return Err(DataError::StrayText {
                        file: file.to_string(),
                        line,
                        column: name,
                        value,
                    });
                }
                StrayText::Missing => {
                    let lookup: Vec<f32> = t
                        .categories
                        .iter()
                        .map(|c| match classify(c.as_bytes(), false) {
                            Ok(Cell::Number(v)) => v,
                            _ => f32::NAN,
                        })
                        .collect();
                    let values: Vec<f32> = t
                        .codes
                        .iter()
                        .map(|&c| lookup.get(c as usize).copied().unwrap_or(f32::NAN))
                        .collect();
                    return Ok(Column::numeric(name, values));
                }
                StrayText::Categorical => {}
            }
        }
        let bool_value = |c: &str| match c.to_ascii_lowercase().as_str() {
            "true" | "yes" => Some(1.0f32),
            "false" | "no" => Some(0.0f32),
            _ => None,
        };
        let bools: Option<Vec<f32>> = t.categories.iter().map(|c| bool_value(c)).collect();
        if let (false, Some(lookup)) = (t.forced || t.categories.is_empty(), bools) {
            let values = t
                .codes
                .iter()
                .map(|&c| lookup.get(c as usize).copied().unwrap_or(f32::NAN))
                .collect();
            return Ok(Column {
                name,
                data: ColumnData::Boolean(values),
                missing: t.missing,
            });
        }
        let mut codes = t.codes;
        codes.shrink_to_fit();
        Ok(Column {
            name,
            data: ColumnData::Categorical {
                codes,
                categories: t.categories,
            },
            missing: t.missing,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> &'static str {
        match classify(s.as_bytes(), false) {
            Ok(Cell::Missing) => "missing",
            Ok(Cell::Number(_)) => "number",
            Ok(Cell::Word(_)) => "word",
            Ok(Cell::TooLarge(_)) => "too large",
            Err(()) => "bad",
        }
    }

    #[test]
    fn cells() {
        for m in ["", "  ", "NA", "n/a", "NaN", "nan", "NULL", "?"] {
            assert_eq!(kind(m), "missing", "{m:?}");
        }
        for n in ["1", "-2.5", " 3e4 ", "+0.5", ".5", "1e-3"] {
            assert_eq!(kind(n), "number", "{n:?}");
        }
        for w in ["abc", "inf", "-infinity", "1,5", "true", "1e5x"] {
            assert_eq!(kind(w), "word", "{w:?}");
        }
        for w in ["1e99", "-1e40", "+4e38", ".5e39"] {
            assert_eq!(kind(w), "too large", "{w:?}");
        }
        let comma = |s: &str| match classify(s.as_bytes(), true) {
            Ok(Cell::Number(v)) => Some(v),
            _ => None,
        };
        assert_eq!(comma("1,5"), Some(1.5));
        assert_eq!(comma("-0,25"), Some(-0.25));
        assert_eq!(comma("2.5"), Some(2.5));
        assert_eq!(comma("1,5e2"), Some(150.0));
        for w in ["1,2,3", "1.000,5", ",5", "5,", "a,5", "1, 5"] {
            assert_eq!(comma(w), None, "{w:?}");
        }
        assert_eq!(kind("\u{e9}t\u{e9}"), "word");
        assert!(classify(b"\xff", false).is_err());
    }

    #[test]
    fn numeric_column_turns_text_and_keeps_earlier_values() {
        let mut b = ColumnBuilder::new(false, 4);
        for (i, f) in ["1.50", "", "x", "2"].iter().enumerate() {
            assert!(b.push(f.as_bytes(), i as u64 + 2, false).is_ok());
        }
        let col = b
            .finish("c".into(), "f", StrayText::Error)
            .map_err(|e| e.to_string());
        let Ok(col) = col else { panic!("{col:?}") };
        assert_eq!(col.missing, 1);
        assert_eq!(col.text(0).as_deref(), Some("1.5"));
        assert_eq!(col.text(2).as_deref(), Some("x"));
        assert_eq!(col.text(3).as_deref(), Some("2"));
    }
}
