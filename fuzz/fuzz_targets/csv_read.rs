//! Fuzzes the CSV reader and the whole preparation path: arbitrary bytes must give a
//! `Table` or a `DataError`, never a panic. Run with `scripts/fuzz.sh csv_read` (stable toolchain).
#![no_main]

use layerlab::data::{
    inspect_table, prepare, read_csv_bytes, DataConfig, MissingPolicy, ReadOptions, StrayText,
    TaskChoice,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks read options, the rest is the file.
    let (opts_byte, bytes) = match data.split_first() {
        Some((b, rest)) => (*b, rest),
        None => (0, data),
    };
    let opts = ReadOptions {
        stray_text: match opts_byte % 3 {
            0 => StrayText::Error,
            1 => StrayText::Categorical,
            _ => StrayText::Missing,
        },
        has_header: match (opts_byte / 3) % 3 {
            0 => None,
            1 => Some(true),
            _ => Some(false),
        },
        ..ReadOptions::default()
    };
    let Ok(table) = read_csv_bytes(bytes, "fuzz.csv", &opts) else {
        return;
    };
    let _ = inspect_table(&table).to_string();
    let cfg = DataConfig {
        task: match (opts_byte / 9) % 3 {
            0 => TaskChoice::Auto,
            1 => TaskChoice::Classification,
            _ => TaskChoice::Regression,
        },
        missing: if opts_byte >= 128 {
            MissingPolicy::FillMostFrequent
        } else {
            MissingPolicy::DropRow
        },
        ..DataConfig::default()
    };
    if let Ok((dataset, pre)) = prepare(&table, &cfg) {
        assert_eq!(
            dataset.train.x.len(),
            dataset.train.rows * dataset.input_shape.numel()
        );
        let _ = pre.transform(&table);
    }
});
