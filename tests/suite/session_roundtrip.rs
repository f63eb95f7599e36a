//! Save → load gives the identical session: weights to the bit, history, data source
//! (with its path relative to the session), and the file is stable when saved again.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::session::{big_session, bits, trained_session};
use layerlab::model::{LayerWeights, ParamValues, Weights};
use layerlab::session::{sha256_file, DataSource, Session, FORMAT_VERSION};
use layerlab::train::TrainState;
use std::path::Path;

#[test]
fn trained_session_round_trips_exactly() {
    let s = trained_session("dense:8,relu,dropout:0.2,dense:4,tanh", 3);
    assert_eq!(s.history.epochs.len(), 3);
    assert!(!s.history.flow.is_empty());
    assert!(!s.history.batch_loss.buckets.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trained.ron");
    s.save(&path).unwrap();
    let back = Session::load(&path).unwrap();
    assert_eq!(back, s);
    let (a, b) = (s.state.as_ref().unwrap(), back.state.as_ref().unwrap());
    for (la, lb) in a.weights.layers.iter().zip(&b.weights.layers) {
        for (pa, pb) in la.params.iter().zip(&lb.params) {
            assert_eq!(bits(&pa.values), bits(&pb.values));
        }
    }
    // Saving what was read gives the same text.
    let again = dir.path().join("again.ron");
    back.save(&again).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        std::fs::read_to_string(&again).unwrap()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("format_version: {FORMAT_VERSION}")));
    assert!(text.contains("name: \"circle test\""));
}

#[test]
fn every_float_bit_pattern_survives() {
    let specials = [
        0.0f32,
        -0.0,
        f32::MIN_POSITIVE,
        f32::MIN_POSITIVE / 3.0, // subnormal
        f32::from_bits(1),       // smallest subnormal
        f32::MAX,
        f32::MIN,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        0.1,
        1.0 / 3.0,
        -123_456.79,
        1e-30,
        7e37,
        f32::EPSILON,
    ];
    // The short vector is written as a list of numbers, the long one packed.
    let short: Vec<f32> = specials.to_vec();
    let long: Vec<f32> = (0..1000u32)
        .map(|i| {
            if i < specials.len() as u32 {
                specials[i as usize]
            } else {
                f32::from_bits(i.wrapping_mul(0x9E37_79B9))
            }
        })
        .collect();
    let s = Session {
        state: Some(TrainState {
            weights: Weights {
                layers: vec![LayerWeights {
                    label: "Dense 3".into(),
                    params: vec![
                        ParamValues {
                            name: "short".into(),
                            shape: vec![short.len()],
                            values: short.clone(),
                        },
                        ParamValues {
                            name: "long".into(),
                            shape: vec![long.len()],
                            values: long.clone(),
                        },
                    ],
                    running_mean: short.clone(),
                    running_var: long.clone(),
                }],
            },
            ..Default::default()
        }),
        ..Default::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("floats.ron");
    s.save(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("NaN") && text.contains("-0.0") && text.contains("f32le:"));
    let back = Session::load(&path).unwrap();
    let l = &back.state.as_ref().unwrap().weights.layers[0];
    assert_eq!(bits(&l.params[0].values)[..9], bits(&short)[..9]);
    assert!(l.params[0].values[9].is_nan());
    assert_eq!(bits(&l.params[0].values)[10..], bits(&short)[10..]);
    assert_eq!(bits(&l.params[1].values), bits(&long));
    assert_eq!(bits(&l.running_var), bits(&long));
}

#[test]
fn hand_written_lists_load_too() {
    // A long vector may also be written as a plain list, e.g. edited by hand.
    let s = big_session(2000, 0);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    s.save(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let values = &s.state.as_ref().unwrap().weights.layers[0].params[0].values;
    let packed = layerlab::session::compact::pack(values);
    let list = format!(
        "[{}]",
        values
            .iter()
            .map(|v| format!("{v:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let edited = text.replacen(&format!("\"{packed}\""), &list, 1);
    assert_ne!(edited, text);
    let back = Session::from_ron_str(&edited, &path).unwrap();
    assert_eq!(back, s);
}

#[test]
fn data_file_path_is_stored_relative_and_follows_a_moved_folder() {
    let root = tempfile::tempdir().unwrap();
    let proj = root.path().join("proj");
    std::fs::create_dir_all(proj.join("data")).unwrap();
    std::fs::create_dir_all(proj.join("sessions")).unwrap();
    let csv = proj.join("data").join("points.csv");
    std::fs::write(
        &csv,
        "a,b,label\n1,2,x\n2,3,y\n3,4,x\n4,5,y\n5,6,x\n6,7,y\n7,8,x\n8,9,y\n9,1,x\n1,1,y\n",
    )
    .unwrap();
    let s = Session {
        name: "relative".into(),
        data: DataSource::File {
            path: csv.clone(),
            sha256: sha256_file(&csv).unwrap(),
            embedded: None,
        },
        ..Default::default()
    };
    let path = proj.join("sessions").join("s.ron");
    s.save(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let rel = Path::new("..").join("data").join("points.csv");
    assert!(
        text.contains(&format!("path: {:?}", rel.to_string_lossy())),
        "{text}"
    );
    assert!(!text.contains(&root.path().to_string_lossy().to_string()));
    // In memory the path is absolute again, so the session compares equal.
    assert_eq!(Session::load(&path).unwrap(), s);

    // Move the whole project: the data is found through the relative path.
    let moved = root.path().join("moved");
    std::fs::rename(&proj, &moved).unwrap();
    let moved_session = moved.join("sessions").join("s.ron");
    let back = Session::load(&moved_session).unwrap();
    match &back.data {
        DataSource::File { path, .. } => {
            assert_eq!(path, &moved.join("data").join("points.csv"))
        }
        other => panic!("unexpected source {other:?}"),
    }
    let loaded = back.load_dataset(Some(&moved_session)).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.table.rows(), 10);
}

#[test]
fn a_file_without_optional_fields_loads_with_defaults() {
    let s = Session::from_ron_str("(name: \"tiny\")", Path::new("tiny.ron")).unwrap();
    assert_eq!(s.name, "tiny");
    assert_eq!(s.format_version, FORMAT_VERSION);
    assert_eq!(s.data, DataSource::None);
    assert!(s.state.is_none());
    // Unknown fields (from a compatible newer build) are ignored.
    let s = Session::from_ron_str(
        "// comment\n(format_version: 1, name: \"x\", future_field: [1, 2], history: (epochs: []))",
        Path::new("x.ron"),
    )
    .unwrap();
    assert_eq!(s.name, "x");
}
