//! The fast path for the common file: no quote characters. The input is read in blocks of
//! whole lines; each block is cut at line breaks into one piece per processor core, the
//! pieces are parsed side by side (plain decimals without a float parser, eight bytes at a
//! time where they fit) while one core also reads the next block, and their columns are
//! appended in file order. Rows, values, types, line numbers and errors are
//! exactly those of the record-by-record reader ([`super::body::read_records`]), which takes
//! over from the first block that holds a quote.

use super::body::{cancelled, ChunkRows, Layout, Position};
use super::builder::ColumnBuilder;
use super::{LoadProgress, MAX_LINE_BYTES};
use crate::data::error::DataError;
use std::io::Read;

/// Bytes read per block (whole lines are parsed; the rest waits for the next block). Tiny
/// in unit tests, so that small inputs cross blocks and pieces.
const BLOCK: usize = if cfg!(test) { 512 } else { 2 << 20 };
/// Below this many bytes a block is parsed on one thread.
const MIN_PIECE: usize = if cfg!(test) { 16 } else { 256 << 10 };
/// The most threads used to parse.
const MAX_THREADS: usize = 8;

/// How the fast path ended.
pub(super) enum FastEnd<R> {
    /// Every row was read.
    Done,
    /// A quote appeared: the record reader goes on from `rest` (unparsed bytes, starting at
    /// a line start on line `line`, `byte` bytes into the input) and then `reader`.
    Quoted {
        /// Unparsed bytes read so far.
        rest: Vec<u8>,
        /// The rest of the input.
        reader: R,
        /// Line on which `rest` starts.
        line: u64,
        /// Bytes of the input before `rest`.
        byte: u64,
    },
}

/// Threads to parse with: the processor's cores, at most [`MAX_THREADS`].
pub(super) fn parse_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, MAX_THREADS)
}

/// Reads the rows of `reader` (which starts at a line start on line `at.line_offset + 1`,
/// `at.byte_offset` bytes into the input) into `builders`.
///
/// While the cores parse a block, the thread with the second piece also reads the next
/// block once its piece is done (its piece is smaller by about what reading costs), so the
/// file's bytes arrive while numbers are parsed instead of between blocks.
pub(super) fn read_fast<R: Read + Send>(
    layout: &Layout<'_>,
    mut reader: R,
    at: &Position<'_>,
    builders: &mut [ColumnBuilder],
    chunk: &mut ChunkRows,
) -> Result<FastEnd<R>, DataError> {
    let threads = parse_threads();
    let io_error = |source| DataError::Io {
        file: layout.name.to_string(),
        source,
    };
    let mut buf: Vec<u8> = Vec::new();
    let mut next: Vec<u8> = Vec::new();
    let mut line = at.line_offset + 1;
    let mut byte = at.byte_offset;
    let mut eof = fill(&mut reader, &mut buf, BLOCK).map_err(io_error)?;
    loop {
        if cancelled(at.cancel) {
            return Err(DataError::Cancelled);
        }
        if memchr::memchr(b'"', &buf).is_some() {
            return Ok(FastEnd::Quoted {
                rest: buf,
                reader,
                line,
                byte,
            });
        }
        let end = if eof {
            buf.len()
        } else {
            match memchr::memrchr(b'\n', &buf) {
                Some(i) => i + 1,
                None if buf.len() > MAX_LINE_BYTES => return Err(layout.too_long(line)),
                None => {
                    // One line longer than a block: read on until it ends.
                    let want = buf.len() * 2;
                    eof = fill(&mut reader, &mut buf, want).map_err(io_error)?;
                    continue;
                }
            }
        };
        // The next block starts with the partial line after the whole ones.
        next.clear();
        next.extend_from_slice(buf.get(end..).unwrap_or_default());
        buf.truncate(end);
        let reader = &mut reader;
        let next_block = &mut next;
        let read_next = move || {
            if eof {
                Ok(true)
            } else {
                fill(reader, next_block, BLOCK)
            }
        };
        let (lines, next_eof) = parse_region(
            layout, &buf, line, threads, builders, chunk, !eof, read_next,
        )?;
        line += lines;
        byte += end as u64;
        if let Some(p) = at.progress {
            p(LoadProgress {
                bytes_done: byte,
                bytes_total: at.total.max(byte),
            });
        }
        if eof {
            return Ok(FastEnd::Done);
        }
        eof = next_eof.map_err(io_error)?;
        std::mem::swap(&mut buf, &mut next);
    }
}

/// Reads until `buf` holds `want` bytes or the input ends; true at the end of the input.
/// The bytes are read straight into the buffer's spare room (no zeros written first).
fn fill<R: Read>(reader: &mut R, buf: &mut Vec<u8>, want: usize) -> std::io::Result<bool> {
    if buf.len() >= want {
        return Ok(false);
    }
    buf.reserve_exact(want - buf.len());
    loop {
        let room = want - buf.len();
        match (&mut *reader).take(room as u64).read_to_end(buf) {
            Ok(n) if n < room => return Ok(true),
            Ok(_) => return Ok(false),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// A piece of a region: its bytes, the line it starts on and how many lines it holds.
struct Piece<'a> {
    bytes: &'a [u8],
    line: u64,
    lines: u64,
}

/// Parses whole lines starting on `line`; returns the number of lines, and what
/// `read_next` (reading the next block, run beside the parse) returned. With `reading`, the
/// thread that runs `read_next` gets a smaller piece.
#[allow(clippy::too_many_arguments)]
fn parse_region<F>(
    layout: &Layout<'_>,
    region: &[u8],
    line: u64,
    threads: usize,
    builders: &mut [ColumnBuilder],
    chunk: &mut ChunkRows,
    reading: bool,
    read_next: F,
) -> Result<(u64, std::io::Result<bool>), DataError>
where
    F: FnOnce() -> std::io::Result<bool> + Send,
{
    let pieces = split(region, line, threads, reading);
    let lines = pieces.iter().map(|p| p.lines).sum();
    let Some((first, others)) = pieces.split_first() else {
        return Ok((0, read_next()));
    };
    if others.is_empty() {
        parse_lines(layout, first, builders, chunk)?;
        return Ok((lines, read_next()));
    }
    let (first_result, other_results, read) = std::thread::scope(|s| {
        let mut read_next = Some(read_next);
        let handles: Vec<_> = others
            .iter()
            .map(|piece| {
                let read_next = read_next.take();
                s.spawn(move || {
                    let mut local = layout.builders(piece.lines as usize);
                    let mut marks = ChunkRows::default();
                    let parsed =
                        parse_lines(layout, piece, &mut local, &mut marks).map(|()| (local, marks));
                    (parsed, read_next.map(|f| f()))
                })
            })
            .collect();
        let first = parse_lines(layout, first, builders, chunk);
        let mut read = None;
        let mut others = Vec::with_capacity(handles.len());
        for h in handles {
            match h.join() {
                Ok((parsed, r)) => {
                    read = read.or(r);
                    others.push(parsed);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        (first, others, read)
    });
    first_result?;
    for parsed in other_results {
        let (local, marks) = parsed?;
        for (b, l) in builders.iter_mut().zip(local) {
            b.append(l);
        }
        append_marks(chunk, marks);
    }
    Ok((lines, read.unwrap_or(Ok(true))))
}

/// Appends the rows of a piece (read with a fresh [`ChunkRows`], so its first row always
/// has a mark) after those of `chunk`, keeping only the marks a sequential read would make.
fn append_marks(chunk: &mut ChunkRows, piece: ChunkRows) {
    for (r, l) in piece.line_marks {
        if r == 0 && l == chunk.next_line {
            continue;
        }
        chunk.line_marks.push((chunk.rows + r, l));
    }
    if piece.rows > 0 {
        chunk.next_line = piece.next_line;
    }
    chunk.rows += piece.rows;
}

/// The share of a piece that the thread also reading the next block gets, against a
/// plain piece: reading and cutting a block cost about a fifth of parsing it.
const READING_SHARE: f64 = 0.67;

/// Cuts `region` at line breaks into about `threads` pieces of similar size (the second
/// one smaller by [`READING_SHARE`] when `reading`).
fn split(region: &[u8], line: u64, threads: usize, reading: bool) -> Vec<Piece<'_>> {
    let n = if region.len() < 2 * MIN_PIECE {
        1
    } else {
        threads.min(region.len() / MIN_PIECE).max(1)
    };
    let weight = |k: usize| {
        if reading && k == 1 {
            READING_SHARE
        } else {
            1.0
        }
    };
    let total: f64 = (0..n).map(weight).sum();
    let mut pieces = Vec::with_capacity(n);
    let (mut start, mut start_line) = (0usize, line);
    let mut before = 0.0;
    for k in 1..n {
        before += weight(k - 1);
        let target = ((region.len() as f64 * before / total) as usize).max(start);
        let Some(cut) = region
            .get(target..)
            .and_then(|rest| memchr::memchr(b'\n', rest))
            .map(|i| target + i + 1)
        else {
            break;
        };
        let bytes = region.get(start..cut).unwrap_or_default();
        let lines = memchr::memchr_iter(b'\n', bytes).count() as u64;
        pieces.push(Piece {
            bytes,
            line: start_line,
            lines,
        });
        start_line += lines;
        start = cut;
    }
    let rest = region.get(start..).unwrap_or_default();
    if !rest.is_empty() {
        // The last line may lack its line break.
        let lines = memchr::memchr_iter(b'\n', rest).count() as u64
            + u64::from(rest.last().is_some_and(|&b| b != b'\n'));
        pieces.push(Piece {
            bytes: rest,
            line: start_line,
            lines,
        });
    }
    pieces
}

/// Parses the lines of a piece (no quotes) into `builders`.
fn parse_lines(
    layout: &Layout<'_>,
    piece: &Piece<'_>,
    builders: &mut [ColumnBuilder],
    chunk: &mut ChunkRows,
) -> Result<(), DataError> {
    let mut rest = piece.bytes;
    let mut line = piece.line;
    while !rest.is_empty() {
        let (text, next) = match memchr::memchr(b'\n', rest) {
            Some(i) => (rest.get(..i).unwrap_or_default(), rest.get(i + 1..)),
            None => (rest, None),
        };
        rest = next.unwrap_or_default();
        if text.len() > MAX_LINE_BYTES {
            return Err(layout.too_long(line));
        }
        parse_line(layout, text, line, builders, chunk)?;
        line += 1;
    }
    Ok(())
}

/// Parses one line (without its `\n`).
#[inline]
fn parse_line(
    layout: &Layout<'_>,
    text: &[u8],
    line: u64,
    builders: &mut [ColumnBuilder],
    chunk: &mut ChunkRows,
) -> Result<(), DataError> {
    let d = layout.delimiter;
    // A `\r` before the `\n` would be trimmed with the last field anyway.
    let text = text.strip_suffix(b"\r").unwrap_or(text);
    if memchr::memchr(d, text).is_none() && text.trim_ascii().is_empty() {
        return Ok(());
    }
    let expected = layout.expected();
    let n = text.len();
    let mut col = 0usize;
    let mut i = 0usize;
    // The first field that is not UTF-8: reported unless the row has the wrong length,
    // which the record reader checks first.
    let mut bad: Option<usize> = None;
    let mut extra_filled = false;
    loop {
        let (end, value) = scan_number(text, i, d);
        let end = match end {
            Some(end) => end,
            None => memchr::memchr(d, text.get(i..).unwrap_or_default()).map_or(n, |k| i + k),
        };
        match builders.get_mut(col) {
            Some(b) => {
                let done = match (value, &mut *b) {
                    (Some(v), ColumnBuilder::Numeric { values, .. }) => {
                        values.push(v);
                        true
                    }
                    _ => false,
                };
                let pushed = if done {
                    Ok(())
                } else {
                    b.push(
                        text.get(i..end).unwrap_or_default(),
                        line,
                        layout.decimal_comma,
                    )
                };
                if pushed.is_err() && bad.is_none() {
                    bad = Some(col);
                }
            }
            None => {
                extra_filled |= !text.get(i..end).unwrap_or_default().trim_ascii().is_empty();
            }
        }
        col += 1;
        if end >= n {
            break;
        }
        i = end + 1;
    }
    if col < expected || (col > expected && extra_filled) {
        return Err(layout.ragged(line, col));
    }
    if let Some(c) = bad {
        return Err(layout.non_utf8(line, c));
    }
    chunk.row_at(line);
    Ok(())
}

/// Largest mantissa an `f32` holds exactly (2^24).
const EXACT_MANTISSA: u32 = 1 << 24;
/// Powers of ten exact in `f32`.
const POW10: [f32; 11] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/// A plain decimal field (`-`, digits, optionally `.` and more digits; no exponent) that
/// ends at a delimiter or the end of the line, whose digits form a mantissa of at most 2^24
/// with at most 10 after the point: its end and value. Both the mantissa and the power of
/// ten are exact in `f32`, so one division rounds correctly: the same value a correctly
/// rounded parser gives (Clinger's fast path). `(None, None)` for anything else.
#[inline]
fn scan_number(text: &[u8], start: usize, d: u8) -> (Option<usize>, Option<f32>) {
    if let Some(found) = scan_number_swar(text, start, d) {
        return found;
    }
    scan_number_bytes(text, start, d)
}

/// Eight bytes from `at` as a little-endian word (the first byte lowest).
#[inline]
fn word(text: &[u8], at: usize) -> Option<u64> {
    let bytes: [u8; 8] = text.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(bytes))
}

/// How many of a word's bytes, from the lowest, are ASCII digits.
#[inline]
fn leading_digits(w: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = w ^ (0x30 * ONES); // digits become 0..=9
                               // A byte is not a digit when it is 10 or more, or had its high bit set.
    let not_digit = (x.wrapping_add(0x76 * ONES) | x) & (0x80 * ONES);
    (not_digit.trailing_zeros() / 8) as usize
}

/// The value of the first `n` (at most 8) digits of a word, read as a decimal number.
#[inline]
fn digits_value(w: u64, n: usize) -> u64 {
    if n == 0 {
        return 0;
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Keep the n digits and move them up, so the word reads as 8 digits with leading zeros.
    let mut v = (w ^ (0x30 * ONES)) << (8 * (8 - n));
    v = v.wrapping_mul(10).wrapping_add(v >> 8);
    ((v & 0x0000_00FF_0000_00FF)
        .wrapping_mul(100 + (1_000_000 << 32))
        .wrapping_add(((v >> 16) & 0x0000_00FF_0000_00FF).wrapping_mul(1 + (10_000 << 32))))
        >> 32
}

/// [`scan_number`] eight bytes at a time, for the common field (at most 8 digits before
/// and 8 after the point, with 8 bytes to read at each): `None` where it cannot decide,
/// and the byte loop ([`scan_number_bytes`]) decides.
#[inline]
fn scan_number_swar(text: &[u8], start: usize, d: u8) -> Option<(Option<usize>, Option<f32>)> {
    let negative = text.get(start) == Some(&b'-');
    let first = start + usize::from(negative);
    let w = word(text, first)?;
    let int_digits = leading_digits(w);
    if int_digits == 0 || int_digits == 8 {
        return None;
    }
    let mut mantissa = digits_value(w, int_digits);
    let mut j = first + int_digits;
    let mut fraction = 0;
    if text.get(j) == Some(&b'.') {
        let f = word(text, j + 1)?;
        fraction = leading_digits(f);
        if fraction == 0 || fraction == 8 {
            return None;
        }
        mantissa = mantissa * POW10_INT[fraction] + digits_value(f, fraction);
        j += 1 + fraction;
    }
    let ends = text.get(j).is_none_or(|&b| b == d);
    if !ends || int_digits + fraction > 9 || mantissa > u64::from(EXACT_MANTISSA) {
        return None;
    }
    let scale = *POW10.get(fraction)?;
    let v = mantissa as f32 / scale;
    Some((Some(j), Some(if negative { -v } else { v })))
}

/// Powers of ten as integers, for joining a number's whole and fractional digits.
const POW10_INT: [u64; 9] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
];

/// [`scan_number`] one byte at a time.
#[inline]
fn scan_number_bytes(text: &[u8], start: usize, d: u8) -> (Option<usize>, Option<f32>) {
    let negative = text.get(start) == Some(&b'-');
    let first = start + usize::from(negative);
    let mut j = first;
    let mut mantissa: u32 = 0;
    let mut digits = 0usize;
    let mut fraction = 0usize;
    let mut point = false;
    while let Some(&b) = text.get(j) {
        let digit = b.wrapping_sub(b'0');
        if digit <= 9 {
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u32::from(digit));
            digits += 1;
            fraction += usize::from(point);
        } else if b == b'.' && !point && digits > 0 {
            point = true;
        } else {
            break;
        }
        j += 1;
    }
    let ends = text.get(j).is_none_or(|&b| b == d);
    // At most 8 digits cannot overflow; more are checked against 2^24 only when 9.
    let fits = digits <= 8 || (digits == 9 && mantissa <= EXACT_MANTISSA);
    if digits == 0 || !ends || !fits || (point && fraction == 0) || mantissa > EXACT_MANTISSA {
        return (None, None);
    }
    let Some(&scale) = POW10.get(fraction) else {
        return (None, None);
    };
    let v = mantissa as f32 / scale;
    (Some(j), Some(if negative { -v } else { v }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_scan_like_the_parser() {
        assert_eq!(scan_number(b"12,3", 0, b','), (Some(2), Some(12.0)));
        assert_eq!(scan_number(b"12,3", 3, b','), (Some(4), Some(3.0)));
        assert_eq!(scan_number(b"-7", 0, b','), (Some(2), Some(-7.0)));
        let neg_zero = scan_number(b"-0", 0, b',').1.map(f32::is_sign_negative);
        assert_eq!(neg_zero, Some(true));
        for other in [
            "1234567890",
            "99999999.9",
            " 1",
            "1 ",
            "-",
            "",
            "1e3",
            "+1",
            "12a",
            "1.",
            ".5",
            "1.2.3",
            "0.00000000001",
        ] {
            assert_eq!(
                scan_number(other.as_bytes(), 0, b','),
                (None, None),
                "{other}"
            );
        }
        // Every value a correctly rounded parse gives, over many decimals.
        for i in 0..200_000u32 {
            let text = format!("{}.{:06}", i64::from(i % 17) - 8, (i * 7919) % 1_000_000);
            let want: f32 = text.parse().unwrap_or(f32::NAN);
            let (end, got) = scan_number(text.as_bytes(), 0, b',');
            assert_eq!(end, Some(text.len()), "{text}");
            assert_eq!(got.map(f32::to_bits), Some(want.to_bits()), "{text}");
        }
        for text in [
            "16777216",
            "1.6777216",
            "16777217",
            "0.1",
            "3.14159",
            "-123.25",
        ] {
            let want: f32 = text.parse().unwrap_or(f32::NAN);
            match scan_number(text.as_bytes(), 0, b',').1 {
                Some(got) => assert_eq!(got.to_bits(), want.to_bits(), "{text}"),
                None => assert!(text == "16777217", "{text} should scan"),
            }
        }
    }

    /// Eight bytes at a time gives what the byte loop gives, wherever it decides.
    #[test]
    fn the_word_scanner_agrees_with_the_byte_loop() {
        let mut decided = 0;
        let mut texts: Vec<String> = Vec::new();
        for i in 0..60_000u32 {
            let whole = i64::from(i % 23) - 11;
            let frac = (i * 7919) % 10_000_000;
            for (w, f) in [
                (1, 6),
                (2, 3),
                (1, 7),
                (3, 0),
                (4, 5),
                (8, 1),
                (7, 2),
                (1, 8),
            ] {
                let wv = whole.abs() % 10_i64.pow(w);
                let sign = if whole < 0 { "-" } else { "" };
                let fv = frac % 10_u32.pow(f.max(1));
                texts.push(if f == 0 {
                    format!("{sign}{wv:0w$}", w = w as usize)
                } else {
                    format!("{sign}{wv:0w$}.{fv:0f$}", w = w as usize, f = f as usize)
                });
            }
        }
        for t in [
            "0.5,",
            "12.25,x",
            "1.",
            ".5,1,2,3,4",
            "1.2.3,4,5,6",
            "99999999,1",
            "16777216,1,2",
            "16777217,1,2",
            "1.6777217,11",
            "-0.000001,22",
            "1e5,1,2,3,4",
            "12a45678,9",
            "5\u{e9}1234567",
            "123,4567,89",
        ] {
            texts.push(t.to_string());
        }
        for t in &texts {
            for tail in ["", ",", ",7", ";1", "\r", ",1234567,1"] {
                let text = format!("{t}{tail}");
                let bytes = text.as_bytes();
                if let Some(fast) = scan_number_swar(bytes, 0, b',') {
                    decided += 1;
                    let slow = scan_number_bytes(bytes, 0, b',');
                    assert_eq!(
                        (fast.0, fast.1.map(f32::to_bits)),
                        (slow.0, slow.1.map(f32::to_bits)),
                        "{text:?}"
                    );
                }
            }
        }
        assert!(
            decided > texts.len() / 2,
            "the word scanner decides most fields: {decided}"
        );
    }

    use crate::data::csv::{read_csv_bytes, read_csv_bytes_by_records, ReadOptions};
    use proptest::prelude::*;

    /// The fast path and the record reader agree on a text: the same table (compared
    /// through `Debug`, where NaN equals NaN) or the same error.
    fn agree(text: &[u8], opts: &ReadOptions) -> Result<(), TestCaseError> {
        let fast = read_csv_bytes(text, "t.csv", opts).map_err(|e| e.to_string());
        let slow = read_csv_bytes_by_records(text, "t.csv", opts).map_err(|e| e.to_string());
        prop_assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        Ok(())
    }

    /// A quote left open to the end of the file: its record starts on line 2, and both
    /// readers say so (the record reader used to count the field's last newline as the
    /// record's terminator and say line 1).
    #[test]
    fn an_open_quote_to_the_end_is_reported_where_it_starts() {
        let text = b"a,b,c\n\"q\xff\n10000\n10000\n10000\n";
        let opts = ReadOptions::default();
        for result in [
            read_csv_bytes(text, "t.csv", &opts),
            read_csv_bytes_by_records(text, "t.csv", &opts),
        ] {
            let err = result.map(|_| ()).map_err(|e| e.to_string());
            assert!(
                err.as_ref().is_err_and(|e| e.contains("line 2:")),
                "{err:?}"
            );
        }
    }

    /// Lines of a few fields drawn from numbers, words, blanks, missing markers, quotes,
    /// `\r`, stray bytes and ragged rows.
    fn csv_text() -> impl Strategy<Value = Vec<u8>> {
        let field = prop_oneof![
            8 => (0u32..100_000).prop_map(|v| v.to_string()),
            3 => (-1000i32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a}.{b}")),
            2 => Just(String::new()),
            1 => prop_oneof![Just("NA"), Just("x"), Just("1e40"), Just(" 7 "), Just("007"),
                Just("true"), Just("-0"), Just("1234567890"), Just("b\u{e9}"), Just("\"q\"")]
                .prop_map(str::to_string),
        ];
        let line = proptest::collection::vec(field, 1..5).prop_map(|f| f.join(","));
        let ending = prop_oneof![8 => Just("\n"), 1 => Just("\r\n"), 1 => Just("\n\n")];
        (
            proptest::collection::vec((line, ending), 1..120),
            any::<bool>(),
            proptest::option::of(0usize..2000),
        )
            .prop_map(|(lines, last_newline, bad)| {
                let mut text = b"a,b,c\n".to_vec();
                for (l, e) in lines {
                    text.extend_from_slice(l.as_bytes());
                    text.extend_from_slice(e.as_bytes());
                }
                if !last_newline {
                    while text.last() == Some(&b'\n') {
                        text.pop();
                    }
                }
                if let Some(at) = bad {
                    let len = text.len();
                    if let Some(b) = text.get_mut(7 + at % len.saturating_sub(7).max(1)) {
                        *b = 0xff;
                    }
                }
                text
            })
    }

    /// Numeric lines (the common file) with blank lines, missing values, numbers
    /// the scanner leaves to the parser, `\r`, empty extra fields and, now and then, a word
    /// or a ragged row late in the file.
    fn numeric_csv_text() -> impl Strategy<Value = Vec<u8>> {
        let field = prop_oneof![
            10 => (-100_000i32..100_000, 0u32..1_000_000).prop_map(|(a, b)| format!("{a}.{b:06}")),
            4 => (0u32..1000).prop_map(|v| v.to_string()),
            1 => prop_oneof![Just(""), Just("NA"), Just("1e3"), Just(" 7 "), Just("-0"),
                Just("2.5E-3"), Just("nan"), Just("123456789012")]
                .prop_map(str::to_string),
        ];
        let line = proptest::collection::vec(field, 3..4).prop_map(|f| f.join(","));
        let ending = prop_oneof![12 => Just("\n"), 1 => Just("\r\n"), 1 => Just("\n\n"),
            1 => Just(",\n")];
        (
            proptest::collection::vec((line, ending), 1..400),
            proptest::option::of((
                0usize..400,
                prop_oneof![Just("x,1,2"), Just("1,2"), Just("1,2,3,4")],
            )),
        )
            .prop_map(|(lines, late)| {
                let mut text = b"a,b,c\n".to_vec();
                for (k, (l, e)) in lines.into_iter().enumerate() {
                    match late {
                        Some((at, odd)) if at == k => text.extend_from_slice(odd.as_bytes()),
                        _ => text.extend_from_slice(l.as_bytes()),
                    }
                    text.extend_from_slice(e.as_bytes());
                }
                text
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn numeric_files_read_like_the_record_reader(text in numeric_csv_text()) {
            agree(&text, &ReadOptions::default())?;
        }

        #[test]
        fn fast_path_reads_like_the_record_reader(text in csv_text()) {
            agree(&text, &ReadOptions::default())?;
            let categorical = ReadOptions {
                categorical_columns: vec!["b".into()],
                stray_text: crate::data::csv::StrayText::Categorical,
                ..ReadOptions::default()
            };
            agree(&text, &categorical)?;
        }
    }

    #[test]
    fn uniform_numeric_columns_agree_across_many_blocks() -> Result<(), TestCaseError> {
        let mut text = b"x,y,label\n".to_vec();
        for i in 0..5000 {
            text.extend_from_slice(format!("{i},{}.25,{}\n", i % 97, i % 3).as_bytes());
        }
        agree(&text, &ReadOptions::default())?;
        let table = read_csv_bytes(&text, "t.csv", &ReadOptions::default());
        let Ok(table) = table else {
            panic!("{table:?}")
        };
        assert_eq!(table.rows(), 5000);
        assert_eq!(table.line_of(4999), 5001);
        Ok(())
    }

    #[test]
    fn pieces_cover_the_region_at_line_breaks() {
        let mut text = Vec::new();
        for i in 0..200_000 {
            text.extend_from_slice(format!("{i},{}\n", i * 2).as_bytes());
        }
        for reading in [false, true] {
            let pieces = split(&text, 5, 4, reading);
            assert_eq!(pieces.len(), 4);
            assert!(pieces.iter().all(|p| p.bytes.len() > text.len() / 8));
            // The thread that also reads gets the smaller piece.
            let (second, third) = (pieces[1].bytes.len() as f64, pieces[2].bytes.len() as f64);
            if reading {
                assert!(
                    (second / third - READING_SHARE).abs() < 0.01,
                    "{second} vs {third}"
                );
            } else {
                assert!((second / third - 1.0).abs() < 0.01);
            }
            let joined: Vec<u8> = pieces
                .iter()
                .flat_map(|p| p.bytes.iter().copied())
                .collect();
            assert_eq!(joined, text);
            let mut line = 5;
            for p in &pieces {
                assert_eq!(p.line, line);
                assert_eq!(p.lines, memchr::memchr_iter(b'\n', p.bytes).count() as u64);
                assert!(p.bytes.ends_with(b"\n"));
                line += memchr::memchr_iter(b'\n', p.bytes).count() as u64;
            }
        }
    }
}
