//! The rows below the header: the file's layout once the header is known, the rows gathered
//! for one table (with their line marks), and the record-by-record reader built on the `csv`
//! crate that handles every input (quoted fields, line breaks inside quotes, bare `\r`).
//! [`super::fast`] reads the common quote-free case faster and hands over to
//! [`read_records`] where a quote appears.

use super::builder::ColumnBuilder;
use super::{LoadProgress, ReadOptions, MAX_LINE_BYTES};
use crate::data::error::DataError;
use crate::data::table::Table;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

/// Progress is reported about every this many bytes.
pub(super) const PROGRESS_STEP: u64 = 1 << 20;
/// Cancellation and progress are checked every this many records.
const CHECK_EVERY: usize = 2048;

/// What is known about the rows once the header has been read.
pub(super) struct Layout<'a> {
    /// File name for messages.
    pub name: &'a str,
    /// Column names.
    pub names: Vec<String>,
    /// Field delimiter.
    pub delimiter: u8,
    /// Whether `1,5` reads as 1.5.
    pub decimal_comma: bool,
    /// Whether the first row was a header.
    pub has_header: bool,
    /// Per column: loaded as text whatever it holds.
    pub forced_text: Vec<bool>,
    /// How to read.
    pub opts: &'a ReadOptions,
}

impl Layout<'_> {
    /// Fields per row.
    pub fn expected(&self) -> usize {
        self.names.len()
    }

    /// Empty builders with room for `rows` rows.
    pub fn builders(&self, rows: usize) -> Vec<ColumnBuilder> {
        self.forced_text
            .iter()
            .map(|&text| ColumnBuilder::new(text, rows))
            .collect()
    }

    /// The error for a row with `found` fields.
    pub fn ragged(&self, line: u64, found: usize) -> DataError {
        DataError::RaggedRow {
            file: self.name.to_string(),
            line,
            found,
            expected: self.expected(),
        }
    }

    /// The error for a field of column `col` that is not UTF-8.
    pub fn non_utf8(&self, line: u64, col: usize) -> DataError {
        DataError::NonUtf8 {
            file: self.name.to_string(),
            line,
            column: self.names.get(col).cloned().unwrap_or_default(),
        }
    }

    /// The error for a line (or row) longer than [`MAX_LINE_BYTES`].
    pub fn too_long(&self, line: u64) -> DataError {
        DataError::LineTooLong {
            file: self.name.to_string(),
            line,
            limit_mb: MAX_LINE_BYTES >> 20,
        }
    }
}

/// The rows gathered for the table being built.
#[derive(Default)]
pub(super) struct ChunkRows {
    /// Rows in the chunk so far.
    pub rows: usize,
    /// Rows before this chunk.
    pub done: usize,
    /// Line marks of the chunk (chunk-relative rows).
    pub line_marks: Vec<(usize, u64)>,
    /// The line the next row starts on when nothing is skipped (0: no row yet).
    pub next_line: u64,
}

impl ChunkRows {
    /// Notes that the next row starts on `line`.
    #[inline]
    pub fn row_at(&mut self, line: u64) {
        if line != self.next_line {
            self.line_marks.push((self.rows, line));
        }
        self.next_line = line + 1;
        self.rows += 1;
    }
}

/// Adds one record that starts on `line`.
pub(super) fn push_record(
    layout: &Layout<'_>,
    rec: &csv::ByteRecord,
    line: u64,
    builders: &mut [ColumnBuilder],
    chunk: &mut ChunkRows,
) -> Result<(), DataError> {
    if rec.as_slice().len() > MAX_LINE_BYTES {
        // One row over several lines (quoted line breaks) that is too long as a whole.
        return Err(layout.too_long(line));
    }
    let expected = layout.expected();
    if rec.len() != expected {
        let extra_empty =
            rec.len() > expected && rec.iter().skip(expected).all(|f| f.trim_ascii().is_empty());
        if !extra_empty {
            return Err(layout.ragged(line, rec.len()));
        }
    }
    for (i, (field, b)) in rec.iter().zip(builders.iter_mut()).enumerate() {
        b.push(field, line, layout.decimal_comma)
            .map_err(|()| layout.non_utf8(line, i))?;
    }
    chunk.row_at(line);
    Ok(())
}

/// Turns the rows gathered so far into a table (the last one: `ends_without_newline` says
/// whether its final record ended at the end of the input, not at a newline, so that it
/// starts one line later than [`start_line`] assumed).
pub(super) fn finish_table(
    layout: &Layout<'_>,
    builders: Vec<ColumnBuilder>,
    chunk: &mut ChunkRows,
    ends_without_newline: bool,
) -> Result<Table, DataError> {
    let mut line_marks = std::mem::take(&mut chunk.line_marks);
    if ends_without_newline && chunk.rows > 0 {
        let last_row = chunk.rows - 1;
        let line = Table::line_of_marks(&line_marks, layout.has_header, last_row) + 1;
        if line_marks.last().is_some_and(|&(r, _)| r == last_row) {
            line_marks.pop();
        }
        line_marks.push((last_row, line));
    }
    chunk.done += chunk.rows;
    chunk.rows = 0;
    chunk.next_line = 0;
    let columns = builders
        .into_iter()
        .zip(layout.names.iter())
        .map(|(b, n)| b.finish(n.clone(), layout.name, layout.opts.stray_text))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Table {
        source_name: layout.name.to_string(),
        delimiter: layout.delimiter,
        has_header: layout.has_header,
        columns,
        line_marks,
    })
}

/// True for a record that is a blank line (or only spaces).
pub(super) fn is_blank(r: &csv::ByteRecord) -> bool {
    r.len() <= 1 && r.iter().all(|f| f.trim_ascii().is_empty())
}

/// The line-length limit passed inside [`TrackLast`], carried through the csv reader.
#[derive(Debug, thiserror::Error)]
#[error("a line is longer than the limit")]
pub(super) struct LineLimit;

/// A csv error as a [`DataError`]; `line` is the reader's current line (where a line that
/// is too long is).
pub(super) fn csv_error(file: &str, e: csv::Error, line: u64) -> DataError {
    let source = match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    };
    if source
        .get_ref()
        .is_some_and(|inner| inner.downcast_ref::<LineLimit>().is_some())
    {
        return DataError::LineTooLong {
            file: file.to_string(),
            line,
            limit_mb: MAX_LINE_BYTES >> 20,
        };
    }
    DataError::Io {
        file: file.to_string(),
        source,
    }
}

/// Remembers the last byte read, to know whether the input ends with a newline, and stops
/// the read with [`LineLimit`] once a line is longer than [`MAX_LINE_BYTES`].
pub(super) struct TrackLast<R> {
    /// The input.
    pub inner: R,
    /// The last byte read (`\n` before any).
    pub last: u8,
    /// Bytes since the last line break.
    pub run: usize,
    /// Bytes read in all.
    pub total: u64,
    /// Whether the input has ended.
    pub eof: bool,
}

impl<R> TrackLast<R> {
    /// Wraps `inner`, as if just after a line break.
    pub fn new(inner: R) -> Self {
        TrackLast {
            inner,
            last: b'\n',
            run: 0,
            total: 0,
            eof: false,
        }
    }
}

impl<R: Read> Read for TrackLast<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.total += n as u64;
        self.eof |= n == 0 && !buf.is_empty();
        let chunk = buf.get(..n).unwrap_or_default();
        if let Some(&b) = chunk.last() {
            self.last = b;
        }
        // Searching from the end stops at the chunk's last line break: a few bytes for
        // ordinary lines, so no per-byte cost on the hot path.
        match chunk.iter().rposition(|&b| b == b'\n' || b == b'\r') {
            Some(at) => self.run = n - at - 1,
            None => self.run = self.run.saturating_add(n),
        }
        if self.run > MAX_LINE_BYTES {
            return Err(std::io::Error::other(LineLimit));
        }
        Ok(n)
    }
}

/// 1-based line on which the record just read starts: the reader's line minus the
/// record's terminator (none when it ended at the end of the input) and minus newlines
/// inside quoted fields, plus `offset` (lines before the reader's input). Never before the
/// line where the reader stood when the record began: a quote left open to the end of the
/// input ends in a newline that belongs to the field, not a terminator.
pub(super) fn start_line<R: Read>(
    rdr: &csv::Reader<R>,
    rec: &csv::ByteRecord,
    offset: u64,
    terminated: bool,
) -> u64 {
    let inside = rec.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
    let terminator = u64::from(terminated);
    let before = rec.position().map_or(1, csv::Position::line);
    offset
        + rdr
            .position()
            .line()
            .saturating_sub(terminator + inside)
            .max(before)
            .max(1)
}

/// Where a record-by-record read starts and how it reports.
pub(super) struct Position<'a> {
    /// Lines before the reader's input.
    pub line_offset: u64,
    /// Bytes before the reader's input (for progress).
    pub byte_offset: u64,
    /// Size of the whole input.
    pub total: u64,
    /// Called about every megabyte.
    pub progress: Option<&'a dyn Fn(LoadProgress)>,
    /// Stops the read with [`DataError::Cancelled`].
    pub cancel: Option<&'a AtomicBool>,
}

/// True when `cancel` is set.
pub(super) fn cancelled(cancel: Option<&AtomicBool>) -> bool {
    cancel.is_some_and(|c| c.load(Ordering::Relaxed))
}

/// Reads every remaining record of `rdr` into tables of at most `chunk_rows` rows, handing
/// full ones to `sink`; returns the builders of the last, unfinished table and whether the
/// input ended without a newline.
pub(super) fn read_records<R: Read>(
    layout: &Layout<'_>,
    rdr: &mut csv::Reader<TrackLast<R>>,
    at: &Position<'_>,
    mut builders: Vec<ColumnBuilder>,
    chunk: &mut ChunkRows,
    chunk_rows: usize,
    sink: &mut dyn FnMut(Table) -> Result<(), DataError>,
) -> Result<(Vec<ColumnBuilder>, bool), DataError> {
    let mut record = csv::ByteRecord::new();
    let mut since_check = 0usize;
    let mut last_report = at.byte_offset;
    while rdr
        .read_byte_record(&mut record)
        .map_err(|e| csv_error(layout.name, e, at.line_offset + rdr.position().line()))?
    {
        if is_blank(&record) {
            continue;
        }
        if chunk.rows >= chunk_rows {
            let full = std::mem::replace(&mut builders, layout.builders(chunk_rows.min(1 << 20)));
            sink(finish_table(layout, full, chunk, false)?)?;
        }
        let input = rdr.get_ref();
        // The last record may end at the end of the input instead of at a newline.
        let terminated =
            !(input.eof && input.last != b'\n' && rdr.position().byte() >= input.total);
        let line = start_line(rdr, &record, at.line_offset, terminated);
        push_record(layout, &record, line, &mut builders, chunk)?;
        since_check += 1;
        if since_check >= CHECK_EVERY {
            since_check = 0;
            if cancelled(at.cancel) {
                return Err(DataError::Cancelled);
            }
            let done = rdr.position().byte() + at.byte_offset;
            if done >= last_report + PROGRESS_STEP {
                last_report = done;
                if let Some(p) = at.progress {
                    p(LoadProgress {
                        bytes_done: done,
                        bytes_total: at.total.max(done),
                    });
                }
            }
        }
    }
    // Line numbers are exact (the last record's included): nothing to correct.
    Ok((builders, false))
}
