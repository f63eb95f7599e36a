//! Reading CSV files into a [`Table`]: sniffing (delimiter, header, BOM), streaming parse
//! with on-the-fly type inference, progress and cancellation.
//!
//! Numeric columns are parsed straight into `Vec<f32>` without allocating per cell. A column
//! stays numeric until a non-numeric, non-missing value appears; it is then converted to
//! text (earlier numbers are re-written in their shortest form, e.g. `1.50` becomes `1.5`).
//! At the end a text column that is at least 90 % numbers is reported as
//! [`DataError::StrayText`] unless [`ReadOptions::stray_text`] says otherwise.

mod body;
mod builder;
mod fast;
mod options;
mod sniff;

use super::error::DataError;
use super::table::Table;
use body::{
    cancelled, csv_error, finish_table, is_blank, push_record, read_records, start_line, ChunkRows,
    Layout, Position, TrackLast,
};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::sync::atomic::AtomicBool;

pub use options::{
    delimiter_name, parse_delimiter, ReadOptions, StrayText, MAX_COLUMNS, MAX_LINE_BYTES,
};
pub use sniff::{sniff, Sniffed};

/// Bytes read up front to detect the delimiter and the header.
const SAMPLE_BYTES: usize = 64 * 1024;
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

/// [`read_csv_bytes`] through the record-by-record reader only (no fast path): the
/// reference the fast path is tested against.
#[cfg(test)]
pub(crate) fn read_csv_bytes_by_records(
    bytes: &[u8],
    name: &str,
    opts: &ReadOptions,
) -> Result<Table, DataError> {
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES)];
    let input = Input {
        name: name.to_string(),
        sample,
        complete: sample.len() == bytes.len(),
        total: bytes.len() as u64,
    };
    let mut table = None;
    read_stream_chunked(&input, bytes, opts, None, None, usize::MAX - 1, &mut |t| {
        table = Some(t);
        Ok(())
    })?;
    table.ok_or_else(|| DataError::HeaderOnly {
        file: name.to_string(),
    })
}

/// The start of the input, for sniffing.
struct Input<S: AsRef<[u8]>> {
    name: String,
    sample: S,
    complete: bool,
    total: u64,
}

/// The whole input as one table.
fn read_stream<S: AsRef<[u8]>, R: Read + Send>(
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

/// The first non-blank record (the header or the first data row) and the line it starts on.
struct FirstRecord {
    record: csv::ByteRecord,
    line: u64,
}

/// The first non-blank record read from the sample alone, with the byte (after a BOM) where
/// the next record starts, when the record ends inside the sample; `None` otherwise.
fn first_in_sample(
    sample: &[u8],
    complete: bool,
    builder: &csv::ReaderBuilder,
) -> Option<(FirstRecord, u64)> {
    let mut probe = builder.from_reader(sample);
    let mut record = csv::ByteRecord::new();
    while let Ok(true) = probe.read_byte_record(&mut record) {
        if is_blank(&record) {
            continue;
        }
        let next = probe.position().byte();
        if !complete && next as usize >= sample.len() {
            return None;
        }
        let line = start_line(&probe, &record, 0, true);
        return Some((FirstRecord { record, line }, next));
    }
    None
}

/// Reads the first non-blank record from the stream.
fn first_in_stream<R: Read>(
    name: &str,
    rdr: &mut csv::Reader<TrackLast<R>>,
) -> Result<FirstRecord, DataError> {
    let mut record = csv::ByteRecord::new();
    loop {
        if !rdr
            .read_byte_record(&mut record)
            .map_err(|e| csv_error(name, e, rdr.position().line()))?
        {
            return Err(DataError::Empty {
                file: name.to_string(),
            });
        }
        if !is_blank(&record) {
            let line = start_line(rdr, &record, 0, true);
            return Ok(FirstRecord { record, line });
        }
    }
}

/// How the rows below the first record are read.
enum Rows<R> {
    /// Record by record, with the `csv` crate.
    Records(csv::Reader<TrackLast<R>>),
    /// The fast path, from this many bytes (after a BOM) into the input.
    Fast(R, u64),
}

/// Parses the input, handing tables of at most `chunk_rows` rows to `sink` in order
/// (`usize::MAX`: one table with every row).
fn read_stream_chunked<S: AsRef<[u8]>, R: Read + Send>(
    input: &Input<S>,
    mut reader: R,
    opts: &ReadOptions,
    progress: Option<&dyn Fn(LoadProgress)>,
    cancel: Option<&AtomicBool>,
    chunk_rows: usize,
    sink: &mut dyn FnMut(Table) -> Result<(), DataError>,
) -> Result<(), DataError> {
    let name = input.name.as_str();
    let io_err = |source| DataError::Io {
        file: name.to_string(),
        source,
    };
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
        reader.read_exact(&mut skip).map_err(io_err)?;
    }
    // Records end at `\n` only (a `\r` before it is trimmed with the field), so line numbers
    // can be computed exactly; old Mac files with bare `\r` fall back to CR/LF/CRLF.
    let bare_cr = !sample.contains(&b'\n') && sample.contains(&b'\r');
    let terminator = if bare_cr {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let mut builder = csv::ReaderBuilder::new();
    builder
        .has_headers(false)
        .flexible(true)
        .delimiter(sniffed.delimiter)
        .terminator(terminator)
        .buffer_capacity(1 << 16);
    // The whole-table read goes through the fast path when the first record ends inside
    // the sample; the stream is then read from just after it.
    let in_sample = if chunk_rows == usize::MAX && !bare_cr {
        first_in_sample(sample, input.complete, &builder)
    } else {
        None
    };
    let (first, rows) = match in_sample {
        Some((first, body_start)) => (first, Rows::Fast(reader, body_start)),
        None => {
            let mut rdr = builder.from_reader(TrackLast::new(reader));
            (first_in_stream(name, &mut rdr)?, Rows::Records(rdr))
        }
    };
    let expected = first.record.len();
    if expected > MAX_COLUMNS {
        return Err(DataError::TooManyColumns {
            file: name.to_string(),
            line: first.line,
            found: expected,
            limit: MAX_COLUMNS,
        });
    }
    let names = column_names(name, &first.record, sniffed.has_header, first.line)?;
    // Each value takes at least two bytes (digit and delimiter), which bounds the estimate.
    let estimate = estimate_rows(sample, input.total)
        .min((input.total / 2 / names.len().max(1) as u64) as usize + 16)
        .min(chunk_rows);
    let layout = Layout {
        name,
        forced_text: names
            .iter()
            .map(|n| opts.categorical_columns.iter().any(|c| c == n))
            .collect(),
        names,
        delimiter: sniffed.delimiter,
        decimal_comma: sniffed.decimal_comma,
        has_header: sniffed.has_header,
        opts,
    };
    let mut builders = layout.builders(estimate);
    let mut chunk = ChunkRows::default();
    if !sniffed.has_header {
        push_record(
            &layout,
            &first.record,
            first.line,
            &mut builders,
            &mut chunk,
        )?;
    }
    let ends_without_newline = match rows {
        Rows::Records(mut rdr) => {
            let at = Position {
                line_offset: 0,
                byte_offset: bom as u64,
                total: input.total,
                progress,
                cancel,
            };
            let (rest, ends) = read_records(
                &layout, &mut rdr, &at, builders, &mut chunk, chunk_rows, sink,
            )?;
            builders = rest;
            ends
        }
        Rows::Fast(mut reader, body_start) => {
            // Skip what the sample's record reader consumed, counting its lines.
            let skipped = sample.get(..body_start as usize).unwrap_or_default();
            let line_offset = skipped.iter().filter(|&&b| b == b'\n').count() as u64;
            std::io::copy(&mut (&mut reader).take(body_start), &mut std::io::sink())
                .map_err(io_err)?;
            let at = Position {
                line_offset,
                byte_offset: bom as u64 + body_start,
                total: input.total,
                progress,
                cancel,
            };
            match fast::read_fast(&layout, reader, &at, &mut builders, &mut chunk)? {
                fast::FastEnd::Done => false,
                fast::FastEnd::Quoted {
                    rest,
                    reader: more,
                    line,
                    byte,
                } => {
                    let mut rdr =
                        builder.from_reader(TrackLast::new(std::io::Cursor::new(rest).chain(more)));
                    let at = Position {
                        line_offset: line - 1,
                        byte_offset: byte,
                        ..at
                    };
                    let (rest, ends) = read_records(
                        &layout, &mut rdr, &at, builders, &mut chunk, chunk_rows, sink,
                    )?;
                    builders = rest;
                    ends
                }
            }
        }
    };
    if cancelled(cancel) {
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
        sink(finish_table(
            &layout,
            builders,
            &mut chunk,
            ends_without_newline,
        )?)?;
    }
    Ok(())
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
