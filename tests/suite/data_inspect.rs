//! The inspect report: per-column types and statistics, and its text table.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::data::{inspect_table, read_csv_bytes, ColumnType, ReadOptions};

#[test]
fn report_lists_types_counts_and_stats() {
    let text = "id;temp;ok;city\n1;20.5;yes;Oslo\n2;;no;Rome\n3;22.5;yes;Oslo\n4;NA;yes;Lima\n";
    let t = read_csv_bytes(text.as_bytes(), "w.csv", &ReadOptions::default()).unwrap();
    let r = inspect_table(&t);
    assert_eq!((r.delimiter.as_str(), r.has_header, r.rows), (";", true, 4));
    let temp = &r.columns[1];
    assert_eq!(
        (temp.column_type, temp.missing, temp.distinct),
        (ColumnType::Numeric, 2, 2)
    );
    assert_eq!(
        (temp.min, temp.mean, temp.max),
        (Some(20.5), Some(21.5), Some(22.5))
    );
    let ok = &r.columns[2];
    assert_eq!(ok.column_type, ColumnType::Boolean);
    assert_eq!(ok.top, [("true".to_string(), 3), ("false".to_string(), 1)]);
    let city = &r.columns[3];
    assert_eq!(city.top[0], ("Oslo".to_string(), 2));
    assert_eq!(city.distinct, 3);
    let shown = r.to_string();
    for needle in [
        "w.csv",
        "delimiter: ;",
        "header: yes",
        "rows: 4",
        "temp",
        "numeric",
        "boolean",
        "Oslo (2)",
    ] {
        assert!(shown.contains(needle), "{needle} missing in\n{shown}");
    }
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["rows"], 4);
}
