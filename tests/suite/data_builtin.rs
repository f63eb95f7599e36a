//! Built-in datasets: deterministic per seed, and all of them prepare cleanly.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::data::{inspect_table, prepare, BuiltinKind, BuiltinSpec, ColumnType, Task};
use layerlab::model::Shape;

#[test]
fn same_seed_same_table_other_seed_other_table() {
    for &kind in BuiltinKind::all() {
        let spec = BuiltinSpec::new(kind);
        let a = spec.table();
        let b = spec.table();
        assert_eq!(format!("{a:?}"), format!("{b:?}"), "{kind:?}");
        assert_eq!(a.rows(), spec.samples, "{kind:?}");
        if kind != BuiltinKind::Iris {
            let c = BuiltinSpec { seed: 43, ..spec }.table();
            assert_ne!(format!("{a:?}"), format!("{c:?}"), "{kind:?}");
        }
    }
}

#[test]
fn every_builtin_prepares_with_its_default_config() {
    for &kind in BuiltinKind::all() {
        let spec = BuiltinSpec::new(kind);
        let (ds, pre) = prepare(&spec.table(), &spec.default_config())
            .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert_eq!(
            ds.train.rows + ds.val.rows + ds.test.rows,
            spec.samples,
            "{kind:?}"
        );
        assert_eq!(
            ds.task.is_classification(),
            kind.is_classification(),
            "{kind:?}"
        );
        assert!(ds.train.x.iter().all(|v| v.is_finite()), "{kind:?}");
        assert_eq!(pre.target, spec.target_name());
        let expected = match kind {
            BuiltinKind::Sine => Shape::Flat(1),
            BuiltinKind::Iris => Shape::Flat(4),
            BuiltinKind::Digits => Shape::Image { c: 1, h: 8, w: 8 },
            _ => Shape::Flat(2),
        };
        assert_eq!(ds.input_shape, expected, "{kind:?}");
        let classes = match kind {
            BuiltinKind::Gaussians | BuiltinKind::Iris => 3,
            BuiltinKind::Digits => 4,
            k if k.is_classification() => 2,
            _ => 0,
        };
        assert_eq!(ds.task.num_classes(), classes, "{kind:?}");
    }
}

#[test]
fn names_descriptions_and_lookup() {
    assert_eq!(BuiltinKind::all().len(), 10);
    for &kind in BuiltinKind::all() {
        assert_eq!(BuiltinKind::from_name(kind.name()), Some(kind));
        assert_eq!(
            BuiltinKind::from_name(&kind.name().to_uppercase()),
            Some(kind)
        );
        assert!(!kind.description().is_empty());
    }
    assert_eq!(
        BuiltinKind::from_name("Multi-Gaussian"),
        Some(BuiltinKind::MultiGaussian)
    );
    assert_eq!(BuiltinKind::from_name("mnist"), None);
    let spec: BuiltinSpec = serde_json::from_str(r#"{"kind":"Moons","samples":50}"#).unwrap();
    assert_eq!(
        (spec.kind, spec.samples, spec.seed),
        (BuiltinKind::Moons, 50, 42)
    );
}

#[test]
fn digits_are_images_with_pixel_range_and_balanced_classes() {
    let spec = BuiltinSpec::new(BuiltinKind::Digits);
    let t = spec.table();
    assert_eq!(t.columns.len(), 65);
    for c in &t.columns[..64] {
        assert_eq!(c.column_type(), ColumnType::Numeric);
        assert!(c.as_f32().unwrap().iter().all(|v| (0.0..=16.0).contains(v)));
    }
    let (ds, _) = prepare(&t, &spec.default_config()).unwrap();
    assert!(ds.train.x.iter().all(|v| (0.0..=1.0).contains(v)));
    let Task::Classification { classes } = &ds.task else {
        panic!()
    };
    assert_eq!(classes, &["diagonal", "horizontal", "ring", "vertical"]);
}

#[test]
fn iris_builtin_matches_the_asset() {
    let t = BuiltinSpec::new(BuiltinKind::Iris).table();
    assert_eq!((t.rows(), t.columns.len()), (150, 5));
    let report = inspect_table(&t);
    assert_eq!(report.columns[4].distinct, 3);
}

#[test]
fn zero_samples_is_an_error_not_a_panic() {
    let spec = BuiltinSpec {
        samples: 0,
        ..BuiltinSpec::new(BuiltinKind::Circle)
    };
    assert!(prepare(&spec.table(), &spec.default_config()).is_err());
}
