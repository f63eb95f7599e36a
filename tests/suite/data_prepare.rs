//! Preparing tables: task inference, splits, scaling fitted on train only, encodings,
//! missing values, image mode, and the Preprocessor reproducing rows on new tables.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use layerlab::data::prepare::{class_counts, FeatureKind};
use layerlab::data::table::Column;
use layerlab::data::{
    prepare, read_csv_bytes, DataConfig, DataError, Encoding, ImageConfig, MissingPolicy,
    ReadOptions, Scaling, SplitConfig, Table, TargetScaling, TargetSpec, Task, TaskChoice,
};
use layerlab::model::Shape;

fn iris() -> Table {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/iris.csv")).unwrap();
    read_csv_bytes(&bytes, "iris.csv", &ReadOptions::default()).unwrap()
}

fn csv(text: &str) -> Table {
    read_csv_bytes(text.as_bytes(), "test.csv", &ReadOptions::default()).unwrap()
}

/// Rows of a split as bit patterns, sorted, for order-free comparison.
fn row_set(x: &[f32], y: &[f32], width: usize) -> Vec<Vec<u32>> {
    let mut rows: Vec<Vec<u32>> = x
        .chunks(width)
        .zip(y)
        .map(|(r, t)| {
            r.iter()
                .chain(std::iter::once(t))
                .map(|v| v.to_bits())
                .collect()
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn iris_gives_three_classes_four_features_150_rows() {
    let (ds, pre) = prepare(&iris(), &DataConfig::default()).unwrap();
    assert_eq!(
        ds.task,
        Task::Classification {
            classes: vec!["setosa".into(), "versicolor".into(), "virginica".into()]
        }
    );
    assert_eq!(ds.input_shape, Shape::Flat(4));
    assert_eq!(
        ds.feature_names,
        ["sepal_length", "sepal_width", "petal_length", "petal_width"]
    );
    assert_eq!(ds.train.rows + ds.val.rows + ds.test.rows, 150);
    assert_eq!((ds.train.rows, ds.val.rows, ds.test.rows), (105, 24, 21));
    assert_eq!(ds.train.x.len(), 105 * 4);
    assert_eq!(pre.target, "species");
    assert!(pre.warnings.is_empty(), "{:?}", pre.warnings);
}

#[test]
fn split_is_stratified() {
    let (ds, _) = prepare(&iris(), &DataConfig::default()).unwrap();
    assert_eq!(class_counts(&ds.train.y, 3), [35, 35, 35]);
    assert_eq!(class_counts(&ds.val.y, 3), [8, 8, 8]);
    assert_eq!(class_counts(&ds.test.y, 3), [7, 7, 7]);
}

#[test]
fn split_is_deterministic_per_seed() {
    let t = iris();
    let a = prepare(&t, &DataConfig::default()).unwrap();
    let b = prepare(&t, &DataConfig::default()).unwrap();
    assert_eq!(a, b);
    let other = DataConfig {
        split: SplitConfig {
            seed: 7,
            ..SplitConfig::default()
        },
        ..DataConfig::default()
    };
    let c = prepare(&t, &other).unwrap();
    assert_ne!(a.0.train.x, c.0.train.x);
    assert_eq!(a.0.train.rows, c.0.train.rows);
}

#[test]
fn zero_ratios_give_empty_splits_and_tiny_tables_keep_train() {
    let cfg = DataConfig {
        split: SplitConfig {
            train: 1.0,
            val: 0.0,
            test: 0.0,
            ..SplitConfig::default()
        },
        ..DataConfig::default()
    };
    let (ds, _) = prepare(&iris(), &cfg).unwrap();
    assert_eq!((ds.train.rows, ds.val.rows, ds.test.rows), (150, 0, 0));
    let (ds, _) = prepare(&csv("a,b\n1,x\n"), &DataConfig::default()).unwrap();
    assert_eq!(ds.train.rows, 1);
    assert!(ds.val.is_empty() && ds.test.is_empty());
    let bad = DataConfig {
        split: SplitConfig {
            train: -1.0,
            ..SplitConfig::default()
        },
        ..DataConfig::default()
    };
    assert!(matches!(
        prepare(&iris(), &bad),
        Err(DataError::BadSplit { .. })
    ));
}

/// x = i², y = i²: the raw target tells which raw feature values landed in train.
fn squares() -> Table {
    let x: Vec<f32> = (0..200).map(|i| (i * i) as f32).collect();
    Table::from_columns(
        "squares",
        vec![Column::numeric("x", x.clone()), Column::numeric("y", x)],
    )
    .unwrap()
}

#[test]
fn scaling_is_fitted_on_train_only() {
    let t = squares();
    // The raw target (not standardized) tells which rows are where.
    let raw_target = DataConfig {
        target_scaling: TargetScaling::None,
        ..DataConfig::default()
    };
    let (ds, pre) = prepare(&t, &raw_target).unwrap();
    assert!(matches!(ds.task, Task::Regression { .. }));
    let raw_train: Vec<f64> = ds.train.y.iter().map(|&v| f64::from(v)).collect();
    let n = raw_train.len() as f64;
    let mean = raw_train.iter().sum::<f64>() / n;
    let std = (raw_train.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
    let all_mean = (0..200).map(|i| f64::from(i * i)).sum::<f64>() / 200.0;
    let FeatureKind::Numeric { offset, factor, .. } = pre.features[0].kind else {
        panic!()
    };
    assert!(
        (f64::from(offset) - mean).abs() < 1e-2,
        "{offset} vs train mean {mean}"
    );
    assert!(
        (f64::from(offset) - all_mean).abs() > 1.0,
        "fitted on all rows?"
    );
    assert!((f64::from(factor) - 1.0 / std).abs() < 1e-6);
    // Train features are standardised exactly; test features use the train statistics.
    let tm = ds.train.x.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
    assert!(tm.abs() < 1e-4, "{tm}");
    for (x, y) in ds.test.x.iter().zip(&ds.test.y) {
        assert!((f64::from(*x) - (f64::from(*y) - mean) / std).abs() < 1e-3);
    }
    // Min-max on train: train values lie in 0..1.
    let cfg = DataConfig {
        scaling: Scaling::MinMax,
        ..DataConfig::default()
    };
    let (ds, _) = prepare(&t, &cfg).unwrap();
    let (lo, hi) = ds
        .train
        .x
        .iter()
        .fold((f32::MAX, f32::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
    assert_eq!((lo, hi), (0.0, 1.0));
}

#[test]
fn transform_reproduces_the_same_rows() {
    let t = iris();
    let (ds, pre) = prepare(&t, &DataConfig::default()).unwrap();
    let all = pre.transform(&t).unwrap();
    assert_eq!(all.rows, 150);
    let mut x = ds.train.x.clone();
    x.extend(&ds.val.x);
    x.extend(&ds.test.x);
    let mut y = ds.train.y.clone();
    y.extend(&ds.val.y);
    y.extend(&ds.test.y);
    assert_eq!(row_set(&x, &y, 4), row_set(&all.x, &all.y, 4));
    // Same data with columns in another order and an extra column.
    let mut text =
        String::from("species,extra,petal_width,petal_length,sepal_width,sepal_length\n");
    for r in 0..t.rows() {
        let v: Vec<String> = (0..5).map(|c| t.columns[c].text(r).unwrap()).collect();
        text.push_str(&format!("{},0,{},{},{},{}\n", v[4], v[3], v[2], v[1], v[0]));
    }
    let again = pre.transform(&csv(&text)).unwrap();
    assert_eq!(again, all);
    // The preprocessor survives a serde round trip.
    let json = serde_json::to_string(&pre).unwrap();
    let back: layerlab::data::Preprocessor = serde_json::from_str(&json).unwrap();
    assert_eq!(back, pre);
}

#[test]
fn transform_errors_name_columns_and_lines() {
    let (_, pre) = prepare(&iris(), &DataConfig::default()).unwrap();
    let e = pre
        .transform(&csv("sepal_length,petal_length,species\n1,2,setosa\n"))
        .unwrap_err();
    match &e {
        DataError::MissingColumns { columns, .. } => {
            assert_eq!(columns, &["sepal_width", "petal_width"])
        }
        other => panic!("{other:?}"),
    }
    let e = pre
        .transform(&csv("sepal_length,sepal_width,petal_length,petal_width,species\n1,2,3,4,setosa\n\n1,2,3,4,daisy"))
        .unwrap_err();
    match &e {
        DataError::UnknownClass { line, value, .. } => {
            assert_eq!((*line, value.as_str()), (4, "daisy"))
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("line 4"));
}

#[test]
fn one_hot_with_unseen_category_is_all_zero() {
    let train = csv("color,size,y\nred,1,a\nblue,2,b\nred,3,a\nblue,4,b\ngreen,5,a\nred,6,b\n");
    let cfg = DataConfig {
        split: SplitConfig {
            train: 1.0,
            val: 0.0,
            test: 0.0,
            ..SplitConfig::default()
        },
        ..DataConfig::default()
    };
    let (ds, pre) = prepare(&train, &cfg).unwrap();
    assert_eq!(
        ds.feature_names,
        ["color=blue", "color=green", "color=red", "size"]
    );
    assert_eq!(ds.input_shape, Shape::Flat(4));
    let s = pre
        .transform(&csv("color,size,y\npurple,1,a\nred,1,b\n"))
        .unwrap();
    assert_eq!(&s.x[..3], &[0.0, 0.0, 0.0]);
    assert_eq!(&s.x[4..7], &[0.0, 0.0, 1.0]);
    assert_eq!(s.y, [0.0, 1.0]);
    let ord = DataConfig {
        encoding: Encoding::Ordinal,
        ..cfg
    };
    let (ds, _) = prepare(&train, &ord).unwrap();
    assert_eq!(ds.input_shape, Shape::Flat(2));
}

#[test]
fn too_many_categories_is_an_error_and_many_a_warning() {
    let mut text = String::from("id,v,y\n");
    for i in 0..60 {
        text.push_str(&format!("id{i},{i},{}\n", i % 2));
    }
    let t = csv(&text);
    let e = prepare(&t, &DataConfig::default()).unwrap_err();
    match &e {
        DataError::TooManyCategories { column, max, .. } => {
            assert_eq!((column.as_str(), *max), ("id", 50))
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("drop it"));
    let cfg = DataConfig {
        encoding: Encoding::OneHot {
            max_categories: 100,
        },
        ..DataConfig::default()
    };
    let (_, pre) = prepare(&t, &cfg).unwrap();
    assert!(
        pre.warnings.iter().any(|w| w.contains("`id`")),
        "{:?}",
        pre.warnings
    );
    let mut overrides = std::collections::BTreeMap::new();
    overrides.insert("id".to_string(), Encoding::Ordinal);
    let cfg = DataConfig {
        encoding_overrides: overrides,
        ..DataConfig::default()
    };
    assert!(prepare(&t, &cfg).is_ok());
}

#[test]
fn task_inference_and_overrides() {
    let ints = csv("a,k\n1,0\n2,1\n3,2\n4,10\n5,9\n6,1\n");
    let (ds, _) = prepare(&ints, &DataConfig::default()).unwrap();
    assert_eq!(
        ds.task,
        Task::Classification {
            classes: ["0", "1", "2", "9", "10"].map(String::from).to_vec()
        }
    );
    let reg = DataConfig {
        task: TaskChoice::Regression,
        ..DataConfig::default()
    };
    assert!(matches!(
        prepare(&ints, &reg).unwrap().0.task,
        Task::Regression { .. }
    ));
    let floats = csv("a,k\n1,0.5\n2,1.5\n3,2\n");
    assert_eq!(
        prepare(&floats, &DataConfig::default()).unwrap().0.task,
        Task::Regression {
            targets: vec!["k".into()]
        }
    );
    let cls = DataConfig {
        task: TaskChoice::Classification,
        ..DataConfig::default()
    };
    assert_eq!(prepare(&floats, &cls).unwrap().0.task.num_classes(), 3);
    let text = csv("a,k\n1,x\n2,y\n");
    assert!(matches!(
        prepare(&text, &reg),
        Err(DataError::TargetNotNumeric { .. })
    ));
    let bools = csv("a,k\n1,yes\n2,no\n3,yes\n");
    assert_eq!(
        prepare(&bools, &DataConfig::default())
            .unwrap()
            .0
            .task
            .num_classes(),
        2
    );
}

#[test]
fn target_and_feature_selection() {
    let t = iris();
    let by_index = DataConfig {
        target: TargetSpec::Index(0),
        ..DataConfig::default()
    };
    let (ds, pre) = prepare(&t, &by_index).unwrap();
    assert_eq!(pre.target, "sepal_length");
    assert!(matches!(ds.task, Task::Regression { .. }));
    assert_eq!(ds.input_shape, Shape::Flat(6));
    let e = prepare(
        &t,
        &DataConfig {
            target: TargetSpec::Index(5),
            ..DataConfig::default()
        },
    )
    .unwrap_err();
    assert!(matches!(
        e,
        DataError::TargetIndexOutOfRange {
            index: 5,
            columns: 5
        }
    ));
    let e = prepare(
        &t,
        &DataConfig {
            target: TargetSpec::Name("kind".into()),
            ..DataConfig::default()
        },
    )
    .unwrap_err();
    assert!(e.to_string().contains("sepal_length"), "{e}");
    let feats = DataConfig {
        features: Some(vec!["petal_length".into(), "petal_width".into()]),
        ..DataConfig::default()
    };
    assert_eq!(prepare(&t, &feats).unwrap().0.input_shape, Shape::Flat(2));
    let bad = DataConfig {
        features: Some(vec!["species".into()]),
        ..DataConfig::default()
    };
    assert!(matches!(
        prepare(&t, &bad),
        Err(DataError::TargetIsFeature { .. })
    ));
    let none = DataConfig {
        features: Some(vec![]),
        ..DataConfig::default()
    };
    assert!(matches!(
        prepare(&t, &none),
        Err(DataError::NoFeatures { .. })
    ));
}

#[test]
fn missing_values_drop_or_fill() {
    let t = csv("a,b,y\n1,x,p\n,y,q\n3,,p\n5,x,\n7,y,q\n9,x,p\n");
    let all_train = SplitConfig {
        train: 1.0,
        val: 0.0,
        test: 0.0,
        ..SplitConfig::default()
    };
    let (ds, pre) = prepare(
        &t,
        &DataConfig {
            split: all_train,
            ..DataConfig::default()
        },
    )
    .unwrap();
    assert_eq!(ds.train.rows, 3);
    assert_eq!(pre.warnings.len(), 2, "{:?}", pre.warnings);
    let fill = DataConfig {
        missing: MissingPolicy::FillMean,
        scaling: Scaling::None,
        split: all_train,
        ..DataConfig::default()
    };
    let (ds, pre) = prepare(&t, &fill).unwrap();
    assert_eq!(ds.train.rows, 5);
    let FeatureKind::Numeric { fill: Some(f), .. } = pre.features[0].kind else {
        panic!()
    };
    assert_eq!(f, 5.0);
    let FeatureKind::OneHot {
        fill: Some(ref c), ..
    } = pre.features[1].kind
    else {
        panic!()
    };
    assert_eq!(c, "x");
    let median = DataConfig {
        missing: MissingPolicy::FillMedian,
        ..fill.clone()
    };
    let (_, pre) = prepare(&t, &median).unwrap();
    assert!(matches!(
        pre.features[0].kind,
        FeatureKind::Numeric {
            fill: Some(5.0),
            ..
        }
    ));
    let e = prepare(&csv("a,y\n,1\n,2\n"), &DataConfig::default()).unwrap_err();
    assert!(matches!(e, DataError::NoRows { .. }));
}

#[test]
fn image_mode_checks_pixel_count() {
    let mut text = String::from("p1,p2,p3,p4,label\n");
    for i in 0..10 {
        text.push_str(&format!("0,16,8,{i},{}\n", i % 2));
    }
    let t = csv(&text);
    let img = |c, h, w| DataConfig {
        image: Some(ImageConfig {
            shape: Shape::Image { c, h, w },
            pixel_scale: Some(1.0 / 16.0),
        }),
        ..DataConfig::default()
    };
    let (ds, _) = prepare(&t, &img(1, 2, 2)).unwrap();
    assert_eq!(ds.input_shape, Shape::Image { c: 1, h: 2, w: 2 });
    assert_eq!(&ds.train.x[..3], &[0.0, 1.0, 0.5]);
    let e = prepare(&t, &img(1, 3, 3)).unwrap_err();
    assert!(
        matches!(
            e,
            DataError::ImageShape {
                expected: 9,
                found: 4,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("9") && e.to_string().contains("4"));
}

#[test]
fn config_serde_defaults() {
    let cfg: DataConfig = serde_json::from_str("{}").unwrap();
    // A missing `target_scaling` is a config from before the field existed: unscaled, as it
    // was trained; new configs standardize.
    assert_eq!(cfg.target_scaling, TargetScaling::None);
    assert_eq!(
        DataConfig::default().target_scaling,
        TargetScaling::Standardize
    );
    assert_eq!(
        cfg,
        DataConfig {
            target_scaling: TargetScaling::None,
            ..DataConfig::default()
        }
    );
    assert_eq!(
        cfg.split,
        SplitConfig {
            train: 0.7,
            val: 0.15,
            test: 0.15,
            seed: 42,
            stratify: true
        }
    );
    assert_eq!(cfg.encoding, Encoding::OneHot { max_categories: 50 });
    let full = DataConfig {
        target: TargetSpec::Name("y".into()),
        image: Some(ImageConfig {
            shape: Shape::Image { c: 1, h: 8, w: 8 },
            pixel_scale: Some(0.0625),
        }),
        ..DataConfig::default()
    };
    let back: DataConfig = serde_json::from_str(&serde_json::to_string(&full).unwrap()).unwrap();
    assert_eq!(back, full);
}
