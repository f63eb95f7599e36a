//! Reading CSV files into a [`Table`]: sniffing (delimiter, header, BOM), streaming parse
//! with on-the-fly type inference, progress and cancellation.
//!
//! Numeric columns are parsed straight into `Vec<f32>` without allocating per cell. A column
//! stays numeric until a non-numeric, non-missing value appears; it is then converted to
//! text (earlier numbers are re-written in their shortest form, e.g. `1.50` becomes `1.5`).
//! At the end a text column that is at least 90 % numbers is reported as
//! [`DataError::StrayText`] unless [`ReadOptions::stray_text`] says otherwise.

mod builder;
mod options;
mod sniff;

use super::error::DataError;
use super::table::Table;
use builder::ColumnBuilder;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

pub use options::{
    delimiter_name, parse_delimiter, ReadOptions, StrayText, MAX_COLUMNS, MAX_LINE_BYTES,
};
pub use sniff::{sniff, Sniffed};

/// Bytes read up front to detect the delimiter and the header.
const SAMPLE_BYTES: usize = 64 * 1024;
/// Progress is reported about every this many bytes.
const PROGRESS_STEP: u64 = 1 << 20;
/// Cancellation and progress are checked every this many records.
const CHECK_EVERY: usize = 2048;
/// How far loading has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadProgress {
    /// Bytes parsed so far.
    pub bytes_done: u64,
    /// Size of the input in bytes.
    pub bytes_total: u64,
}

/// Reads a CSV file. `progress` is called about every megabyte; setting `cancel` stops
/// the read with [`DataError::Cancelled`].
pub fn read_csv_path(
    path: &Path,
    opts: &ReadOptions,
    progress: Option<&dyn Fn(LoadProgress)>,
    cancel: Option<&AtomicBool>,
) -> Result<Table, DataError> {
    let (input, file) = open_path(path)?;
    read_stream(
        &input,
        std::io::Cursor::new(input.sample.as_slice()).chain(file),
        opts,
        progress,
        cancel,
    )
}

/// Reads a CSV file in pieces of at most `chunk_rows` data rows, with the same sniffing,
/// parsing rules, limits and errors as [`read_csv_path`], calling `on_chunk` with each piece
/// in file order as a [`Table`] of its own (its line numbers are those of the file). Memory
/// stays bounded by one chunk, whatever the file's size. Each chunk's column types are
/// inferred from its own rows (a numeric column with a word in one chunk becomes text there,
/// or is reported as [`DataError::StrayText`]). An error from `on_chunk` stops the read and
/// is returned.
pub fn read_csv_chunks(
    path: &Path,
    opts: &ReadOptions,
    chunk_rows: usize,
    on_chunk: &mut dyn FnMut(Table) -> Result<(), DataError>,
) -> Result<(), DataError> {
    let (input, file) = open_path(path)?;
    read_stream_chunked(
        &input,
        std::io::Cursor::new(input.sample.as_slice()).chain(file),
        opts,
        None,
        None,
        chunk_rows.max(1),
        on_chunk,
    )
}

/// Opens a regular file (devices, pipes and folders are refused) and reads its first bytes
/// for sniffing; the file is positioned after them.
fn open_path(path: &Path) -> Result<(Input<Vec<u8>>, std::fs::File), DataError> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let io_err = |source| DataError::Io {
        file: path.display().to_string(),
        source,
    };
    let refuse = |meta: &std::fs::Metadata| match not_a_file(&meta.file_type()) {
        Some(kind) => Err(DataError::NotAFile {
            file: path.display().to_string(),
            kind,
        }),
        None => Ok(()),
    };
    // Checked before opening too: opening a pipe without a writer would block.
    refuse(&std::fs::metadata(path).map_err(io_err)?)?;
    let mut file = std::fs::File::open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    refuse(&meta)?;
    let total = meta.len();
    let mut sample = Vec::with_capacity(SAMPLE_BYTES);
    (&mut file)
        .take(SAMPLE_BYTES as u64)
        .read_to_end(&mut sample)
        .map_err(io_err)?;
    let complete = sample.len() as u64 >= total;
    Ok((
        Input {
            name,
            sample,
            complete,
            total,
        },
        file,
    ))
}

/// What a path is when it is not a regular file (devices, pipes and sockets may never end;
/// `/dev/zero` would fill memory), or `None` for a regular file.
fn not_a_file(t: &std::fs::FileType) -> Option<&'static str> {
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_fifo() {
            return Some("a pipe (FIFO)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Reads CSV text held in memory; `name` is used in messages.
pub fn read_csv_bytes(bytes: &[u8], name: &str, opts: &ReadOptions) -> Result<Table, DataError> {
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES)];
    let input = Input {
        name: name.to_string(),
        sample,
        complete: sample.len() == bytes.len(),
        total: bytes.len() as u64,
    };
    read_stream(&input, bytes, opts, None, None)
}

/// The start of the input, for sniffing.
struct Input<S: AsRef<[u8]>> {
    name: String,
    sample: S,
    complete: bool,
    total: u64,
}

/// The line-length limit passed inside [`TrackLast`], carried through the csv reader.
#[derive(Debug, thiserror::Error)]
#[error("a line is longer than the limit")]
struct LineLimit;

/// A csv error as a [`DataError`]; `line` is the reader's current line (where a line that
/// is too long is).
fn csv_error(file: &str, e: csv::Error, line: u64) -> DataError {
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

/// The whole input as one table.
fn read_stream<S: AsRef<[u8]>, R: Read>(
    input: &Input<S>,
    reader: R,
    opts: &ReadOptions,
    progress: Option<&dyn Fn(LoadProgress)>,
    cancel: Option<&AtomicBool>,
) -> Result<Table, DataError> {
    let mut table = None;
    read_stream_chunked(
        input,
        reader,
        opts,
        progress,
        cancel,
        usize::MAX,
        &mut |t| {
            table = Some(t);
            Ok(())
        },
    )?;
    table.ok_or_else(|| DataError::HeaderOnly {
        file: input.name.clone(),
    })
}

/// Where the rows of the chunk being built start, for its line marks.
struct ChunkRows {
    /// Rows in the chunk so far.
    rows: usize,
    /// Rows before this chunk.
    done: usize,
    /// Line marks of the chunk (chunk-relative rows).
    line_marks: Vec<(usize, u64)>,
    /// The line the next row starts on when nothing is skipped.
    next_line: u64,
}

/// Parses the input, handing tables of at most `chunk_rows` rows to `sink` in order
/// (`usize::MAX`: one table with every row).
fn read_stream_chunked<S: AsRef<[u8]>, R: Read>(
    input: &Input<S>,
    mut reader: R,
    opts: &ReadOptions,
    progress: Option<&dyn Fn(LoadProgress)>,
    cancel: Option<&AtomicBool>,
    chunk_rows: usize,
    sink: &mut dyn FnMut(Table) -> Result<(), DataError>,
) -> Result<(), DataError> {
    let name = input.name.as_str();
    let whole = input.sample.as_ref();
    let bom = if whole.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let sample = whole.get(bom..).unwrap_or_default();
    if let Some(at) = sample.iter().position(|&b| b == 0) {
        // Binary data (or /dev/zero behind a link): refuse before parsing anything.
        let line = sample[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        return Err(DataError::Binary {
            file: name.to_string(),
            line,
        });
    }
    if sample.iter().all(u8::is_ascii_whitespace) && input.complete {
        return Err(DataError::Empty {
            file: name.to_string(),
        });
    }
    let sniffed = sniff(sample, input.complete, opts);
    if bom > 0 {
        let mut skip = [0u8; 3];
        reader
            .read_exact(&mut skip)
            .map_err(|source| DataError::Io {
                file: name.to_string(),
                source,
            })?;
    }
    // Records end at `\n` only (a `\r` before it is trimmed with the field), so line numbers
    // can be computed exactly; old Mac files with bare `\r` fall back to CR/LF/CRLF.
    let terminator = if !sample.contains(&b'\n') && sample.contains(&b'\r') {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniffed.delimiter)
        .terminator(terminator)
        .buffer_capacity(1 << 16)
        .from_reader(TrackLast {
            inner: reader,
            last: b'\n',
            run: 0,
        });

    let mut record = csv::ByteRecord::new();
    let is_blank =
        |r: &csv::ByteRecord| r.len() <= 1 && r.iter().all(|f| f.trim_ascii().is_empty());
    // First non-blank record: the header or the first data row.
    let (first, first_line) = loop {
        if !rdr
            .read_byte_record(&mut record)
            .map_err(|e| csv_error(name, e, rdr.position().line()))?
        {
            return Err(DataError::Empty {
                file: name.to_string(),
            });
        }
        if !is_blank(&record) {
            break (record.clone(), start_line(&rdr, &record));
        }
    };
    let expected = first.len();
    let decimal_comma = sniffed.decimal_comma;
    if expected > MAX_COLUMNS {
        return Err(DataError::TooManyColumns {
            file: name.to_string(),
            line: first_line,
            found: expected,
            limit: MAX_COLUMNS,
        });
    }
    let names = column_names(name, &first, sniffed.has_header, first_line)?;
    // Each value takes at least two bytes (digit and delimiter), which bounds the estimate.
    let estimate = estimate_rows(sample, input.total)
        .min((input.total / 2 / names.len().max(1) as u64) as usize + 16);
    let estimate = estimate.min(chunk_rows);
    let new_builders = || -> Vec<ColumnBuilder> {
        names
            .iter()
            .map(|n| {
                let text = opts.categorical_columns.iter().any(|c| c == n);
                ColumnBuilder::new(text, estimate)
            })
            .collect()
    };
    let mut builders = new_builders();
    let mut chunk = ChunkRows {
        rows: 0,
        done: 0,
        line_marks: Vec::new(),
        next_line: 0,
    };
    let has_header = sniffed.has_header;
    let mut last_report = 0u64;
    let push_row = |rec: &csv::ByteRecord,
                    line: u64,
                    builders: &mut Vec<ColumnBuilder>,
                    chunk: &mut ChunkRows| {
        if rec.as_slice().len() > MAX_LINE_BYTES {
            // One row over several lines (quoted line breaks) that is too long as a whole.
            return Err(DataError::LineTooLong {
                file: name.to_string(),
                line,
                limit_mb: MAX_LINE_BYTES >> 20,
            });
        }
        if rec.len() != expected {
            let extra_empty = rec.len() > expected
                && rec.iter().skip(expected).all(|f| f.trim_ascii().is_empty());
            if !extra_empty {
                return Err(DataError::RaggedRow {
                    file: name.to_string(),
                    line,
                    found: rec.len(),
                    expected,
                });
            }
        }
        if line != chunk.next_line {
            chunk.line_marks.push((chunk.rows, line));
        }
        chunk.next_line = line + 1;
        for ((field, b), col) in rec.iter().zip(builders.iter_mut()).zip(&names) {
            b.push(field, line, decimal_comma)
                .map_err(|()| DataError::NonUtf8 {
                    file: name.to_string(),
                    line,
                    column: col.clone(),
                })?;
        }
        chunk.rows += 1;
        Ok(())
    };
    // Turns the rows gathered so far into a table (the last one: `ends_without_newline`
    // says whether its final record ended at the end of the input).
    let finish = |builders: Vec<ColumnBuilder>,
                  chunk: &mut ChunkRows,
                  ends_without_newline: bool|
     -> Result<Table, DataError> {
        let mut line_marks = std::mem::take(&mut chunk.line_marks);
        if ends_without_newline && chunk.rows > 0 {
            // The last record ended at the end of the input, not at a newline: it starts
            // one line later than `start_line` assumed.
            let last_row = chunk.rows - 1;
            let line = Table::line_of_marks(&line_marks, has_header, last_row) + 1;
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
            .zip(names.iter())
            .map(|(b, n)| b.finish(n.clone(), name, opts.stray_text))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Table {
            source_name: name.to_string(),
            delimiter: sniffed.delimiter,
            has_header,
            columns,
            line_marks,
        })
    };
    if !sniffed.has_header {
        push_row(&first, first_line, &mut builders, &mut chunk)?;
    }
    let mut since_check = 0usize;
    while rdr
        .read_byte_record(&mut record)
        .map_err(|e| csv_error(name, e, rdr.position().line()))?
    {
        if is_blank(&record) {
            continue;
        }
        if chunk.rows >= chunk_rows {
            let full = std::mem::replace(&mut builders, new_builders());
            sink(finish(full, &mut chunk, false)?)?;
        }
        let line = start_line(&rdr, &record);
        push_row(&record, line, &mut builders, &mut chunk)?;
        since_check += 1;
        if since_check >= CHECK_EVERY {
            since_check = 0;
            if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
                return Err(DataError::Cancelled);
            }
            let done = rdr.position().byte() + bom as u64;
            if done >= last_report + PROGRESS_STEP {
                last_report = done;
                if let Some(p) = progress {
                    p(LoadProgress {
                        bytes_done: done,
                        bytes_total: input.total.max(done),
                    });
                }
            }
        }
    }
    if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
        return Err(DataError::Cancelled);
    }
    if let Some(p) = progress {
        p(LoadProgress {
            bytes_done: input.total,
            bytes_total: input.total,
        });
    }
    if chunk.rows == 0 && chunk.done == 0 {
        return Err(DataError::HeaderOnly {
            file: name.to_string(),
        });
    }
    if chunk.rows > 0 {
        let ends_without_newline = rdr.get_ref().last != b'\n';
        sink(finish(builders, &mut chunk, ends_without_newline)?)?;
    }
    Ok(())
}

/// Remembers the last byte read, to know whether the input ends with a newline, and stops
/// the read with [`LineLimit`] once a line is longer than [`MAX_LINE_BYTES`].
struct TrackLast<R> {
    inner: R,
    last: u8,
    /// Bytes since the last line break.
    run: usize,
}

impl<R: Read> Read for TrackLast<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
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

/// 1-based line on which the record just read starts, assuming it ended with a newline
/// (corrected for the final record afterwards): the reader's line minus the terminator and
/// minus newlines inside quoted fields.
fn start_line<R: Read>(rdr: &csv::Reader<R>, rec: &csv::ByteRecord) -> u64 {
    let inside = rec.as_slice().iter().filter(|&&b| b == b'\n').count() as u64;
    rdr.position().line().saturating_sub(1 + inside).max(1)
}

/// Column names from the header row (empty names become `column_N`, duplicates get `_2` …),
/// or `column_1` … when there is no header.
fn column_names(
    file: &str,
    first: &csv::ByteRecord,
    has_header: bool,
    line: u64,
) -> Result<Vec<String>, DataError> {
    let mut names: Vec<String> = Vec::with_capacity(first.len());
    let mut taken: HashSet<String> = HashSet::with_capacity(first.len());
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    for (i, field) in first.iter().enumerate() {
        let default = format!("column_{}", i + 1);
        let mut n = if has_header {
            let text = std::str::from_utf8(field)
                .map_err(|_| DataError::NonUtf8 {
                    file: file.to_string(),
                    line,
                    column: default.clone(),
                })?
                .trim();
            if text.is_empty() {
                default
            } else {
                text.to_string()
            }
        } else {
            default
        };
        if taken.contains(&n) {
            // `name_2`, `name_3` …: the counter of each base name only grows, so every
            // candidate is tried once over the whole header (linear, not quadratic).
            let next = next_suffix.entry(n.clone()).or_insert(2);
            let mut candidate = format!("{n}_{next}");
            while taken.contains(&candidate) {
                *next += 1;
                candidate = format!("{n}_{next}");
            }
            *next += 1;
            n = candidate;
        }
        taken.insert(n.clone());
        names.push(n);
    }
    Ok(names)
}

/// Rows to reserve per column: the input size over the sample's bytes per line, plus 5 %.
fn estimate_rows(sample: &[u8], total: u64) -> usize {
    let lines = sample.iter().filter(|&&b| b == b'\n').count().max(1);
    let per_line = (sample.len() / lines).max(1) as u64;
    let est = total / per_line;
    (est + est / 20 + 16).min(1 << 28) as usize
}
