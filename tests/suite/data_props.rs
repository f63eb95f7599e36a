//! Property tests: arbitrary input never panics; splits are deterministic and stratified.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::data::prepare::split::{split_rows, ClassIds, RowSet};
use layerlab::data::{
    inspect_table, prepare, read_csv_bytes, DataConfig, ReadOptions, SplitConfig, StrayText,
};
use proptest::prelude::*;

fn exercise(bytes: &[u8]) {
    for (stray, decimal_comma) in [
        (StrayText::Error, None),
        (StrayText::Categorical, Some(true)),
        (StrayText::Missing, Some(false)),
    ] {
        let opts = ReadOptions {
            stray_text: stray,
            decimal_comma,
            ..ReadOptions::default()
        };
        if let Ok(t) = read_csv_bytes(bytes, "fuzz.csv", &opts) {
            let _ = inspect_table(&t).to_string();
            for cfg in [
                DataConfig::default(),
                DataConfig {
                    missing: layerlab::data::MissingPolicy::FillMedian,
                    ..DataConfig::default()
                },
            ] {
                if let Ok((_, pre)) = prepare(&t, &cfg) {
                    let _ = pre.transform(&t);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        exercise(&bytes);
    }

    #[test]
    fn csv_like_text_never_panics(text in "([a-c0-9.,;|\t\" \n\r?-]|NA|nan|true|no|1e9|1e99|-0|\u{feff}|é){0,120}") {
        exercise(text.as_bytes());
    }

    #[test]
    fn decimal_comma_text_never_panics(text in "([0-9,;\"\n]|1e40|-|e){0,120}") {
        exercise(text.as_bytes());
    }

    /// Column names are unique and the same as the old (quadratic) rule gave.
    #[test]
    fn column_names_are_unique_and_stable(names in proptest::collection::vec("(x|y|x_2|x_3|y_2|)", 2..60)) {
        let mut text = names.join(",");
        text.push('\n');
        text.push_str(&vec!["1"; names.len()].join(","));
        text.push('\n');
        let opts = ReadOptions { has_header: Some(true), ..ReadOptions::default() };
        let t = read_csv_bytes(text.as_bytes(), "n.csv", &opts).unwrap();
        let mut expected: Vec<String> = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let base = if n.is_empty() { format!("column_{}", i + 1) } else { n.clone() };
            let (mut name, mut k) = (base.clone(), 2);
            while expected.contains(&name) {
                name = format!("{base}_{k}");
                k += 1;
            }
            expected.push(name);
        }
        prop_assert_eq!(t.column_names(), expected);
    }

    #[test]
    fn split_is_deterministic_and_stratified(
        classes in proptest::collection::vec(0u32..4, 1..300),
        seed in any::<u64>(),
    ) {
        let rows: Vec<usize> = (0..classes.len()).collect();
        let rows32: Vec<u32> = (0..classes.len() as u32).collect();
        let cfg = SplitConfig { seed, ..SplitConfig::default() };
        let a = split_rows(RowSet::Listed(rows32), Some(ClassIds::Wide(classes.clone())), &cfg).unwrap();
        let b = split_rows(
            RowSet::All(classes.len()),
            Some(ClassIds::Narrow(classes.iter().map(|&c| c as u8).collect())),
            &cfg,
        ).unwrap();
        prop_assert_eq!(&a, &b);
        let mut all: Vec<usize> = a.train.iter().chain(&a.val).chain(&a.test).map(|&r| r as usize).collect();
        all.sort_unstable();
        prop_assert_eq!(all, rows.clone());
        prop_assert!(!a.train.is_empty());
        for c in 0..4u32 {
            let n = classes.iter().filter(|&&k| k == c).count();
            let in_train = a.train.iter().filter(|&&r| classes[r as usize] == c).count();
            if n > 0 {
                prop_assert!(in_train >= 1);
                prop_assert!((in_train as f64 - 0.7 * n as f64).abs() <= 1.0, "class {} : {} of {}", c, in_train, n);
            }
        }
    }
}
