//! CSV reading: sniffing, types, missing values, and one test per malformed file.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::data::table::ColumnData;
use layerlab::data::{
    read_csv_bytes, read_csv_path, ColumnType, DataError, LoadProgress, ReadOptions, StrayText,
};
use std::cell::Cell;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

fn file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn read(name: &str) -> Result<layerlab::data::Table, DataError> {
    read_csv_path(&file(name), &ReadOptions::default(), None, None)
}

#[test]
fn iris_round_trips_known_values() {
    let t = read_csv_path(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/iris.csv"),
        &ReadOptions::default(),
        None,
        None,
    )
    .unwrap();
    assert_eq!(t.rows(), 150);
    assert!(t.has_header);
    assert_eq!(t.delimiter, b',');
    assert_eq!(
        t.column_names(),
        [
            "sepal_length",
            "sepal_width",
            "petal_length",
            "petal_width",
            "species"
        ]
    );
    let sl = t.column("sepal_length").unwrap().as_f32().unwrap();
    assert_eq!(&sl[..2], &[5.1, 4.9]);
    let sp = t.column("species").unwrap();
    assert_eq!(sp.column_type(), ColumnType::Categorical);
    assert_eq!(sp.text(0).as_deref(), Some("setosa"));
    assert_eq!(sp.text(149).as_deref(), Some("virginica"));
    assert_eq!(t.line_of(0), 2);
    assert_eq!(t.line_of(149), 151);
}

#[test]
fn bom_crlf_semicolon_quotes_and_blank_lines() {
    let t = read("semicolon_bom_crlf.csv").unwrap();
    assert_eq!(t.delimiter, b';');
    assert!(t.has_header);
    assert_eq!(t.column_names(), ["name", "comment", "score", "passed"]);
    assert_eq!(t.rows(), 3);
    let name = t.column("name").unwrap();
    assert_eq!(name.text(0).as_deref(), Some("Smith, J"));
    let comment = t.column("comment").unwrap();
    assert_eq!(comment.text(0).as_deref(), Some("said \"hi\"; left"));
    assert_eq!(comment.text(1).as_deref(), Some("two\r\nlines"));
    let passed = t.column("passed").unwrap();
    assert_eq!(passed.column_type(), ColumnType::Boolean);
    assert_eq!(passed.as_f32().unwrap(), &[1.0, 0.0, 1.0]);
    // Rows start on lines 2, 4 (after a blank line) and 6 (after a two-line field).
    assert_eq!((t.line_of(0), t.line_of(1), t.line_of(2)), (2, 4, 6));
}

#[test]
fn no_header_gets_column_names_and_tab_delimiter() {
    let t = read("no_header.tsv").unwrap();
    assert_eq!(t.delimiter, b'\t');
    assert!(!t.has_header);
    assert_eq!(t.column_names(), ["column_1", "column_2", "column_3"]);
    assert_eq!(t.rows(), 4);
    assert_eq!(t.columns[0].as_f32().unwrap(), &[1.0, 3.0, 5.0, 7.0]);
    assert_eq!(t.line_of(0), 1);
}

#[test]
fn pipe_delimiter() {
    let t = read("pipe.csv").unwrap();
    assert_eq!(t.delimiter, b'|');
    assert_eq!(t.rows(), 3);
    assert_eq!(t.columns[2].column_type(), ColumnType::Categorical);
}

#[test]
fn missing_markers_and_booleans() {
    let t = read("missing.csv").unwrap();
    let temp = t.column("temp").unwrap();
    assert_eq!(temp.column_type(), ColumnType::Numeric);
    assert_eq!(temp.missing, 6);
    let v = temp.as_f32().unwrap();
    assert_eq!(v[0], 20.5);
    assert!(v[1].is_nan() && v[6].is_nan());
    let flag = t.column("flag").unwrap();
    assert_eq!(flag.column_type(), ColumnType::Boolean);
    assert_eq!(flag.missing, 1);
    let color = t.column("color").unwrap();
    assert_eq!(color.column_type(), ColumnType::Categorical);
    assert_eq!(color.missing, 3);
    match &color.data {
        ColumnData::Categorical { categories, .. } => {
            assert_eq!(categories, &["red", "blue", "green"])
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn trailing_empty_fields_are_tolerated() {
    let t = read("trailing_delims.csv").unwrap();
    assert_eq!(t.column_names(), ["a", "b"]);
    assert_eq!(t.rows(), 2);
}

#[test]
fn ragged_row_names_line_and_counts() {
    let e = read("ragged.csv").unwrap_err();
    assert!(
        matches!(
            e,
            DataError::RaggedRow {
                line: 4,
                found: 2,
                expected: 3,
                ..
            }
        ),
        "{e:?}"
    );
    let msg = e.to_string();
    assert!(
        msg.contains("ragged.csv") && msg.contains("line 4") && msg.contains("2 fields"),
        "{msg}"
    );
}

#[test]
fn non_utf8_names_line_and_column() {
    let e = read("non_utf8.csv").unwrap_err();
    match &e {
        DataError::NonUtf8 { line, column, .. } => {
            assert_eq!(*line, 4);
            assert_eq!(column, "name");
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("UTF-8"));
}

#[test]
fn empty_file() {
    assert!(matches!(read("empty.csv"), Err(DataError::Empty { .. })));
    assert!(matches!(
        read_csv_bytes(b"\n\n  \r\n", "blank", &ReadOptions::default()),
        Err(DataError::Empty { .. })
    ));
}

#[test]
fn header_only() {
    let e = read("header_only.csv").unwrap_err();
    assert!(matches!(e, DataError::HeaderOnly { .. }), "{e:?}");
    assert!(e.to_string().contains("no data rows"));
}

#[test]
fn stray_word_in_numeric_column() {
    let e = read("stray_text.csv").unwrap_err();
    match &e {
        DataError::StrayText {
            line,
            column,
            value,
            ..
        } => {
            assert_eq!((*line, column.as_str(), value.as_str()), (9, "y", "oops"));
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("categorical"));
    let as_cat = ReadOptions {
        stray_text: StrayText::Categorical,
        ..ReadOptions::default()
    };
    let t = read_csv_path(&file("stray_text.csv"), &as_cat, None, None).unwrap();
    assert_eq!(
        t.column("y").unwrap().column_type(),
        ColumnType::Categorical
    );
    let as_missing = ReadOptions {
        stray_text: StrayText::Missing,
        ..ReadOptions::default()
    };
    let t = read_csv_path(&file("stray_text.csv"), &as_missing, None, None).unwrap();
    let y = t.column("y").unwrap();
    assert_eq!((y.column_type(), y.missing), (ColumnType::Numeric, 1));
    assert_eq!(y.as_f32().unwrap()[8], 16.0);
}

#[test]
fn mostly_text_column_is_categorical() {
    let t = read_csv_bytes(b"a,b\n1,x\n2,y\n3,4\n", "m", &ReadOptions::default()).unwrap();
    assert_eq!(t.columns[1].column_type(), ColumnType::Categorical);
    assert_eq!(t.columns[1].text(2).as_deref(), Some("4"));
}

#[test]
fn forced_options() {
    let opts = ReadOptions {
        delimiter: Some(b';'),
        has_header: Some(false),
        categorical_columns: vec!["column_1".into()],
        ..ReadOptions::default()
    };
    let t = read_csv_bytes(b"007;1\n010;2\n", "f", &opts).unwrap();
    assert!(!t.has_header);
    assert_eq!(t.columns[0].column_type(), ColumnType::Categorical);
    assert_eq!(t.columns[0].text(0).as_deref(), Some("007"));
}

#[test]
fn duplicate_and_empty_header_names() {
    let t = read_csv_bytes(
        b"a,a,,b\n1,2,3,x\n",
        "d",
        &ReadOptions {
            has_header: Some(true),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(t.column_names(), ["a", "a_2", "column_3", "b"]);
}

#[test]
fn progress_and_cancel() {
    let mut text = String::from("a,b,c\n");
    for i in 0..200_000 {
        text.push_str(&format!("{i},{}.25,{}\n", i % 7, i % 3));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    std::fs::write(&path, &text).unwrap();
    let calls = Cell::new(0usize);
    let last = Cell::new(LoadProgress {
        bytes_done: 0,
        bytes_total: 0,
    });
    let report = |p: LoadProgress| {
        calls.set(calls.get() + 1);
        last.set(p);
    };
    let t = read_csv_path(&path, &ReadOptions::default(), Some(&report), None).unwrap();
    assert_eq!(t.rows(), 200_000);
    assert!(calls.get() >= 2, "{}", calls.get());
    assert_eq!(last.get().bytes_done, text.len() as u64);
    assert_eq!(last.get().bytes_total, text.len() as u64);

    let cancel = AtomicBool::new(true);
    let e = read_csv_path(&path, &ReadOptions::default(), None, Some(&cancel)).unwrap_err();
    assert!(matches!(e, DataError::Cancelled));
}

#[test]
fn missing_file_is_io_error() {
    let e = read("does_not_exist.csv").unwrap_err();
    assert!(matches!(e, DataError::Io { .. }));
    assert!(e.to_string().contains("does_not_exist.csv"));
}

#[test]
fn path_and_bytes_agree() {
    let bytes = std::fs::read(file("missing.csv")).unwrap();
    let a = read("missing.csv").unwrap();
    let b = read_csv_bytes(&bytes, "missing.csv", &ReadOptions::default()).unwrap();
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
}

#[test]
fn blank_lines_are_skipped_in_any_line_ending_and_last_line_is_counted() {
    let lf = read_csv_bytes(b"v\n1\n\n2\n  \n3", "lf", &ReadOptions::default()).unwrap();
    let crlf = read_csv_bytes(
        b"v\r\n1\r\n\r\n2\r\n  \r\n3",
        "crlf",
        &ReadOptions::default(),
    )
    .unwrap();
    for t in [&lf, &crlf] {
        assert_eq!(t.rows(), 3);
        assert_eq!(t.columns[0].as_f32().unwrap(), &[1.0, 2.0, 3.0]);
        assert_eq!((t.line_of(0), t.line_of(1), t.line_of(2)), (2, 4, 6));
    }
}

// --- Hard edges: linear readers, limits, decimal commas, overflowing numbers ---

fn header_of(names: impl Iterator<Item = String>) -> Vec<u8> {
    let mut text = names.collect::<Vec<_>>().join(",");
    text.push('\n');
    text.into_bytes()
}

#[test]
fn column_naming_is_linear_for_many_and_duplicate_names() {
    // 20,000 columns all named `x` (cubic before: did not finish in 120 s).
    let mut text = header_of(std::iter::repeat_n("x".to_string(), 20_000));
    text.extend(header_of(std::iter::repeat_n("1".to_string(), 20_000)));
    let wide = header_of((0..1_000_000).map(|i| format!("c{i}")));
    let t0 = std::time::Instant::now();
    let t = read_csv_bytes(&text, "dup.csv", &ReadOptions::default()).unwrap();
    let names = t.column_names();
    assert_eq!(names.len(), 20_000);
    assert_eq!(&names[..3], ["x", "x_2", "x_3"]);
    assert_eq!(names[19_999], "x_20000");
    let unique: std::collections::HashSet<&String> = names.iter().collect();
    assert_eq!(unique.len(), names.len());
    // One line of 1,000,000 distinct fields: a header without data, refused quickly.
    let err = read_csv_bytes(&wide, "wide.csv", &ReadOptions::default()).unwrap_err();
    assert!(matches!(err, DataError::HeaderOnly { .. }), "{err}");
    let secs = t0.elapsed().as_secs_f64();
    assert!(secs < 10.0, "took {secs:.1} s");
}

#[test]
fn duplicate_names_keep_their_old_suffixes() {
    let opts = ReadOptions {
        has_header: Some(true),
        ..Default::default()
    };
    let t = read_csv_bytes(b"x,x_2,x,x,a,a,a_2\n1,2,3,4,5,6,7\n", "d", &opts).unwrap();
    assert_eq!(
        t.column_names(),
        ["x", "x_2", "x_3", "x_4", "a", "a_2", "a_2_2"]
    );
}

#[test]
fn more_columns_than_the_limit_are_refused_with_the_line() {
    let n = layerlab::data::MAX_COLUMNS + 1;
    let mut text = b"\n".to_vec();
    text.extend(header_of(std::iter::repeat_n("1".to_string(), n)));
    let err = read_csv_bytes(&text, "wide.csv", &ReadOptions::default()).unwrap_err();
    match &err {
        DataError::TooManyColumns {
            file, line, found, ..
        } => assert_eq!((file.as_str(), *line, *found), ("wide.csv", 2, n)),
        other => panic!("{other}"),
    }
    assert!(err.to_string().contains("wide.csv` line 2"), "{err}");
}

#[test]
fn a_line_over_the_limit_is_refused_early_with_its_line() {
    let limit = layerlab::data::MAX_LINE_BYTES;
    // No line break at all, a little over the limit.
    let long = vec![b'a'; limit + 1000];
    let t0 = std::time::Instant::now();
    let err = read_csv_bytes(&long, "long.csv", &ReadOptions::default()).unwrap_err();
    let mut secs = t0.elapsed().as_secs_f64();
    drop(long);
    assert!(
        matches!(err, DataError::LineTooLong { line: 1, .. }),
        "{err}"
    );
    // After two good lines, on a file on disk.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.csv");
    let mut text = b"a,b\n1,2\n".to_vec();
    text.resize(text.len() + limit + 1000, b'7');
    std::fs::write(&path, &text).unwrap();
    drop(text);
    let t0 = std::time::Instant::now();
    let err = read_csv_path(&path, &ReadOptions::default(), None, None).unwrap_err();
    secs += t0.elapsed().as_secs_f64();
    assert!(
        matches!(err, DataError::LineTooLong { line: 3, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("64 MB"), "{err}");
    // A quoted field that spans many short lines is one row too long as a whole.
    let mut text = b"a\n\"".to_vec();
    text.extend(b"qqqqqqqqqqqqqqqqqqq\n".repeat(limit / 20 + 10));
    text.extend(b"\"\n");
    let t0 = std::time::Instant::now();
    let err = read_csv_bytes(&text, "quoted.csv", &ReadOptions::default()).unwrap_err();
    secs += t0.elapsed().as_secs_f64();
    assert!(
        matches!(err, DataError::LineTooLong { line: 2, .. }),
        "{err}"
    );
    assert!(secs < 10.0, "took {secs:.1} s");
}

#[test]
fn a_50_mb_line_without_a_newline_ends_quickly() {
    let text = b"12345,".repeat((50 << 20) / 6);
    let long = vec![b'z'; 50 << 20];
    let t0 = std::time::Instant::now();
    let err = read_csv_bytes(&text, "one.csv", &ReadOptions::default()).unwrap_err();
    assert!(
        matches!(err, DataError::TooManyColumns { line: 1, .. }),
        "{err}"
    );
    let err = read_csv_bytes(&long, "z.csv", &ReadOptions::default()).unwrap_err();
    assert!(matches!(err, DataError::HeaderOnly { .. }), "{err}");
    let secs = t0.elapsed().as_secs_f64();
    assert!(secs < 10.0, "took {secs:.1} s");
}

#[test]
fn nul_bytes_are_refused_as_binary() {
    let err =
        read_csv_bytes(b"a,b\n1,2\n3,\0\0\0\n", "bin.csv", &ReadOptions::default()).unwrap_err();
    assert!(matches!(err, DataError::Binary { line: 3, .. }), "{err}");
    assert!(!err.to_string().contains('\0'), "{err}");
}

#[cfg(unix)]
#[test]
fn devices_pipes_and_folders_are_refused_up_front() {
    let t0 = std::time::Instant::now();
    let opts = ReadOptions::default();
    let zero = std::path::Path::new("/dev/zero");
    if zero.exists() {
        let err = read_csv_path(zero, &opts, None, None).unwrap_err();
        assert!(
            matches!(
                err,
                DataError::NotAFile {
                    kind: "a character device",
                    ..
                }
            ),
            "{err}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let err = read_csv_path(dir.path(), &opts, None, None).unwrap_err();
    assert!(
        matches!(
            err,
            DataError::NotAFile {
                kind: "a folder",
                ..
            }
        ),
        "{err}"
    );
    // A FIFO without a writer: opening it would block, so it must be refused first.
    let fifo = dir.path().join("pipe.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if made {
        let err = read_csv_path(&fifo, &opts, None, None).unwrap_err();
        assert!(
            matches!(
                err,
                DataError::NotAFile {
                    kind: "a pipe (FIFO)",
                    ..
                }
            ),
            "{err}"
        );
    }
    assert!(t0.elapsed().as_secs_f64() < 5.0);
}

#[test]
fn numbers_too_large_for_f32_name_line_and_column() {
    for text in [
        &b"a,b\n1,2\n1e40,3\n4,5\n"[..],
        b"a,b\n-1e40,2\n3e39,3\n",
        b"b,a\n1,2\n2,1e99\n3,x\n3,3\n3,3\n3,3\n3,3\n3,3\n3,3\n3,3\n3,3\n",
    ] {
        let err = read_csv_bytes(text, "big.csv", &ReadOptions::default()).unwrap_err();
        let DataError::NumberTooLarge { line, column, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(column, "a");
        assert!(*line == 2 || *line == 3, "{err}");
        let msg = err.to_string();
        assert!(msg.contains("too large for 32-bit floats"), "{msg}");
        assert!(!msg.contains("is not a number"), "{msg}");
    }
    // Read as categories when asked; `inf` stays a word.
    let forced = ReadOptions {
        categorical_columns: vec!["a".into()],
        ..Default::default()
    };
    let t = read_csv_bytes(b"a,b\n1,2\n1e40,3\n", "big.csv", &forced).unwrap();
    assert_eq!(t.columns[0].text(1).as_deref(), Some("1e40"));
    let policy = ReadOptions {
        stray_text: StrayText::Categorical,
        ..Default::default()
    };
    let t = read_csv_bytes(b"a,b\n1,2\n1e40,3\n", "big.csv", &policy).unwrap();
    assert_eq!(t.columns[0].column_type(), ColumnType::Categorical);
    let t = read_csv_bytes(b"a,b\nx,2\ninf,3\n", "w.csv", &ReadOptions::default()).unwrap();
    assert_eq!(t.columns[0].column_type(), ColumnType::Categorical);
}

#[test]
fn decimal_commas_in_semicolon_files() {
    let text = b"x;y;label\n1,5;\"2,25\";a\n3,5;-4;b\n0,25;1e2;a\n";
    let t = read_csv_bytes(text, "eu.csv", &ReadOptions::default()).unwrap();
    assert_eq!(t.delimiter, b';');
    assert_eq!(t.column_names(), ["x", "y", "label"]);
    assert_eq!(t.columns[0].as_f32(), Some(&[1.5f32, 3.5, 0.25][..]));
    assert_eq!(t.columns[1].as_f32(), Some(&[2.25f32, -4.0, 100.0][..]));
    // Without a header row, every row splits evenly on commas too: still `;`.
    let t = read_csv_bytes(b"1,5;2,5\n3,5;4,5\n", "eu.csv", &ReadOptions::default()).unwrap();
    assert_eq!((t.delimiter, t.columns.len()), (b';', 2));
    assert_eq!(t.columns[1].as_f32(), Some(&[2.5f32, 4.5][..]));
    // Overridable: off keeps the text.
    let off = ReadOptions {
        decimal_comma: Some(false),
        ..Default::default()
    };
    let t = read_csv_bytes(text, "eu.csv", &off).unwrap();
    assert_eq!(t.columns[0].column_type(), ColumnType::Categorical);
    assert_eq!(t.columns[0].text(0).as_deref(), Some("1,5"));
    // Forced on in a comma file: a quoted "1,5" is a number.
    let on = ReadOptions {
        decimal_comma: Some(true),
        ..Default::default()
    };
    let t = read_csv_bytes(b"a,b\n\"1,5\",2\n\"2,5\",3\n", "q.csv", &on).unwrap();
    assert_eq!(t.columns[0].as_f32(), Some(&[1.5f32, 2.5][..]));
    // A plain comma file is untouched.
    let t = read_csv_bytes(b"a,b\n1,5\n2,5\n", "c.csv", &ReadOptions::default()).unwrap();
    assert_eq!((t.delimiter, t.columns.len()), (b',', 2));
}

#[test]
fn delimiters_as_users_write_them() {
    use layerlab::data::{delimiter_name, parse_delimiter};
    for (text, d) in [
        (",", b','),
        (";", b';'),
        ("tab", b'\t'),
        ("TAB", b'\t'),
        ("\\t", b'\t'),
        ("|", b'|'),
        (":", b':'),
        ("space", b' '),
    ] {
        assert_eq!(parse_delimiter(text), Some(d), "{text:?}");
    }
    for bad in ["", "xx", "a", "1", "\"", ".", "-", "\n", "é"] {
        assert_eq!(parse_delimiter(bad), None, "{bad:?}");
    }
    assert_eq!(delimiter_name(b'\t'), "tab");
    assert_eq!(delimiter_name(b';'), ";");
}
