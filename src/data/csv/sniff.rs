//! Guessing the delimiter and whether the first row is a header from a sample.

use super::builder::{classify, looks_decimal_comma, Cell};
use super::ReadOptions;

/// Delimiters tried, in order of preference on ties.
const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
/// Records looked at when sniffing.
const SNIFF_RECORDS: usize = 200;

/// What sniffing decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    /// Field delimiter.
    pub delimiter: u8,
    /// Whether the first non-blank row is a header.
    pub has_header: bool,
    /// Whether numbers are written with a decimal comma (`1,5`).
    pub decimal_comma: bool,
}

/// Parses up to [`SNIFF_RECORDS`] non-blank records of `sample`; drops the last one when
/// the sample is cut off (`complete == false`).
fn records(sample: &[u8], complete: bool, delimiter: u8) -> Vec<csv::ByteRecord> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(sample);
    let mut out = Vec::new();
    let mut rec = csv::ByteRecord::new();
    while out.len() <= SNIFF_RECORDS {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {
                if !(rec.len() <= 1 && rec.iter().all(|f| f.trim_ascii().is_empty())) {
                    out.push(rec.clone());
                }
            }
            Ok(false) | Err(_) => break,
        }
    }
    if !complete && out.len() > 1 && out.len() <= SNIFF_RECORDS {
        out.pop();
    }
    out.truncate(SNIFF_RECORDS);
    out
}

/// Scores a delimiter: (share of records with the most common field count, that count).
fn score(recs: &[csv::ByteRecord]) -> (f64, usize) {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for r in recs {
        match counts.iter_mut().find(|(len, _)| *len == r.len()) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.len(), 1)),
        }
    }
    let best = counts
        .iter()
        .max_by_key(|&&(len, n)| (n, len))
        .copied()
        .unwrap_or((1, 0));
    if best.0 <= 1 || recs.is_empty() {
        return (0.0, 1);
    }
    (best.1 as f64 / recs.len() as f64, best.0)
}

/// Whether some field (below the first row) is a decimal-comma number such as `1,5`.
fn has_decimal_commas(recs: &[csv::ByteRecord]) -> bool {
    recs.iter()
        .skip(1)
        .any(|r| r.iter().any(looks_decimal_comma))
}

fn pick_delimiter(sample: &[u8], complete: bool) -> u8 {
    let mut best = (b',', (0.0, 1));
    for d in CANDIDATES {
        let s = score(&records(sample, complete, d));
        // Consistency first (with a little tolerance), then more columns.
        let better =
            s.0 > best.1 .0 + 0.05 || (s.0 + 0.05 >= best.1 .0 && s.1 > best.1 .1 && s.0 > 0.0);
        if better {
            best = (d, s);
        }
    }
    if best.0 == b',' {
        // `1,5;2,5` splits evenly on commas too: a consistent `;` split with decimal-comma
        // numbers in it is the European convention, not three comma-separated columns.
        let semi = records(sample, complete, b';');
        let s = score(&semi);
        if s.0 >= 0.9 && s.1 >= 2 && has_decimal_commas(&semi) {
            return b';';
        }
    }
    best.0
}

/// Votes on whether the first record is a header by comparing it with the rows below.
fn guess_header(recs: &[csv::ByteRecord], decimal_comma: bool) -> bool {
    let Some((first, rest)) = recs.split_first() else {
        return true;
    };
    if rest.is_empty() {
        // A single row: a header when it has no numbers at all.
        return first
            .iter()
            .all(|f| matches!(classify(f, decimal_comma), Ok(Cell::Word(_))));
    }
    let mut votes = 0i32;
    for (j, head) in first.iter().enumerate() {
        let below = rest.iter().filter_map(|r| r.get(j));
        match classify(head, decimal_comma) {
            Ok(Cell::Number(_) | Cell::Missing | Cell::TooLarge(_)) => votes -= 2,
            Ok(Cell::Word(h)) => {
                let (mut numbers, mut words, mut same) = (0usize, 0usize, false);
                for f in below {
                    match classify(f, decimal_comma) {
                        Ok(Cell::Number(_) | Cell::TooLarge(_)) => numbers += 1,
                        Ok(Cell::Word(w)) => {
                            words += 1;
                            same |= w == h;
                        }
                        _ => {}
                    }
                }
                if numbers > words {
                    votes += 2;
                } else if same {
                    votes -= 1;
                }
            }
            Err(()) => {}
        }
    }
    votes >= 0
}

/// Detects the delimiter and header from the start of the input (BOM already removed),
/// honouring what `opts` forces.
pub fn sniff(sample: &[u8], complete: bool, opts: &ReadOptions) -> Sniffed {
    let delimiter = opts
        .delimiter
        .unwrap_or_else(|| pick_delimiter(sample, complete));
    let recs = records(sample, complete, delimiter);
    let decimal_comma = opts
        .decimal_comma
        .unwrap_or_else(|| delimiter != b',' && has_decimal_commas(&recs));
    let has_header = opts
        .has_header
        .unwrap_or_else(|| guess_header(&recs, decimal_comma));
    Sniffed {
        delimiter,
        has_header,
        decimal_comma,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniffed(text: &str) -> Sniffed {
        sniff(text.as_bytes(), true, &ReadOptions::default())
    }

    #[test]
    fn delimiters() {
        assert_eq!(sniffed("a,b,c\n1,2,3\n").delimiter, b',');
        assert_eq!(sniffed("a;b\n1,5;2,5\n3,5;4\n").delimiter, b';');
        assert_eq!(sniffed("a\tb\n1\t2\n").delimiter, b'\t');
        assert_eq!(sniffed("a|b|c\n1|2|3\n").delimiter, b'|');
        assert_eq!(
            sniffed("name,text\nx,\"a;b;c\"\ny,\"d;e\"\n").delimiter,
            b','
        );
        assert_eq!(sniffed("single\n1\n2\n").delimiter, b',');
    }

    #[test]
    fn decimal_commas() {
        // Splits evenly on commas too, but the `;` reading with decimal commas wins.
        let s = sniffed("1,5;2,5\n3,5;4,5\n");
        assert_eq!((s.delimiter, s.decimal_comma), (b';', true));
        let mut text = String::from("a;b\n");
        for i in 0..300 {
            text.push_str(&format!("{i},5;\"{i},25\"\n"));
        }
        let s = sniffed(&text);
        assert_eq!(
            (s.delimiter, s.decimal_comma, s.has_header),
            (b';', true, true)
        );
        // Plain comma files and `;` files with decimal points are left alone.
        let s = sniffed("a,b\n1,2\n3,4\n");
        assert_eq!((s.delimiter, s.decimal_comma), (b',', false));
        let s = sniffed("a;b\n1.5;2\n");
        assert_eq!((s.delimiter, s.decimal_comma), (b';', false));
        let forced = ReadOptions {
            decimal_comma: Some(false),
            ..Default::default()
        };
        assert!(!sniff(b"a;b\n1,5;2\n", true, &forced).decimal_comma);
    }

    #[test]
    fn headers() {
        assert!(sniffed("x,y\n1,2\n3,4\n").has_header);
        assert!(!sniffed("1,2\n3,4\n").has_header);
        assert!(sniffed("name,city\nann,oslo\nbob,rome\n").has_header);
        assert!(!sniffed("a,x\nb,x\nc,x\n").has_header);
        assert!(!sniffed(",2\n3,4\n").has_header);
        assert!(sniffed("only,header\n").has_header);
        let forced = ReadOptions {
            has_header: Some(false),
            delimiter: Some(b';'),
            ..Default::default()
        };
        assert_eq!(
            sniff(b"x,y\n1,2\n", true, &forced),
            Sniffed {
                delimiter: b';',
                has_header: false,
                // `1,2` under a forced `;` reads as a decimal-comma number.
                decimal_comma: true,
            }
        );
    }
}
