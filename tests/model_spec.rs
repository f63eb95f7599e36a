//! The network spec: shape inference, per-layer errors, parameter counts, the text form,
//! and the training settings' schedules.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::model::{parse_layers, Head, LayerSpec, NetworkSpec, Schedule, Shape, TrainConfig};

#[test]
fn shapes_and_parameter_counts_of_a_cnn() {
    let spec = NetworkSpec::new(
        Shape::Image { c: 1, h: 28, w: 28 },
        parse_layers("conv:8:3,relu,maxpool:2,flatten,dense:32,relu,dropout:0.2").unwrap(),
    );
    let r = spec.resolve(Head { units: 10 }).unwrap();
    let outs: Vec<Shape> = r.layers.iter().map(|l| l.output).collect();
    assert_eq!(outs[0], Shape::Image { c: 8, h: 26, w: 26 });
    assert_eq!(outs[2], Shape::Image { c: 8, h: 13, w: 13 });
    assert_eq!(outs[3], Shape::Flat(1352));
    assert_eq!(r.layers[0].params, 8 * 9 + 8);
    assert_eq!(r.layers[4].params, 1352 * 32 + 32);
    let head = r.layers.last().unwrap();
    assert!(head.is_head && head.output == Shape::Flat(10) && head.params == 32 * 10 + 10);
    assert_eq!(r.total_params(), 80 + 43_296 + 330);
}

#[test]
fn every_offending_layer_gets_its_own_error() {
    let spec = NetworkSpec::new(
        Shape::Image { c: 1, h: 4, w: 4 },
        vec![
            LayerSpec::dense(8),
            LayerSpec::Conv2d {
                filters: 4,
                kernel: 3,
                stride: 1,
                padding: 0,
            },
            LayerSpec::Dropout { p: 1.5 },
        ],
    );
    let errs = spec.resolve(Head { units: 2 }).unwrap_err().0;
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert_eq!(errs[0].layer, 2);
    assert!(
        errs[0]
            .to_string()
            .starts_with("layer 2, Conv2d 4@3x3: Conv2d needs an image input"),
        "{}",
        errs[0]
    );
    assert_eq!(errs[1].layer, 3);
    let spec = NetworkSpec::new(
        Shape::Image { c: 1, h: 4, w: 4 },
        parse_layers("conv:2:5").unwrap(),
    );
    let e = spec.resolve(Head { units: 2 }).unwrap_err().0;
    assert_eq!(
        e[0].to_string().split(';').next().unwrap(),
        "layer 1, Conv2d 2@5x5: input 4x4 is smaller than the kernel 5x5"
    );
}

#[test]
fn text_form_round_trips_and_names_bad_tokens() {
    let text = "dense:16,relu,dense:8:nobias,leakyrelu:0.1,elu:0.5,gelu,tanh,sigmoid,softplus,dropout:0.25,batchnorm,layernorm,conv:4:3:2:1,maxpool:2:1,avgpool:3:3,flatten";
    let layers = parse_layers(text).unwrap();
    assert_eq!(layers.len(), 16);
    let again: Vec<String> = layers.iter().map(|l| l.to_text()).collect();
    assert_eq!(parse_layers(&again.join(",")).unwrap(), layers);
    for (bad, token, needle) in [
        ("dense:16,relu,frob", 3, "unknown layer `frob`"),
        ("dense:abc", 1, "not a whole number"),
        ("dense:16,,relu", 2, "empty layer"),
        ("dropout:1.2", 1, "below 1"),
        ("conv:8", 1, "conv:FILTERS:KERNEL"),
        ("relu:3", 1, "relu without arguments"),
    ] {
        let e = parse_layers(bad).unwrap_err();
        assert_eq!(e.token_index, token, "{bad}");
        assert!(e.to_string().contains(needle), "{bad}: {e}");
    }
}

#[test]
fn learning_rate_schedules_and_warmup() {
    let base = TrainConfig {
        lr: 0.1,
        ..Default::default()
    };
    assert_eq!(base.lr_at(7.3), 0.1f32 as f64);
    let step = TrainConfig {
        schedule: Schedule::Step {
            every: 10,
            gamma: 0.5,
        },
        ..base.clone()
    };
    assert!(
        (step.lr_at(9.9) - 0.1).abs() < 1e-7
            && (step.lr_at(10.0) - 0.05).abs() < 1e-7
            && (step.lr_at(25.0) - 0.025).abs() < 1e-7
    );
    let exp = TrainConfig {
        schedule: Schedule::Exponential { gamma: 0.9 },
        ..base.clone()
    };
    assert!((exp.lr_at(2.0) - 0.1 * 0.81).abs() < 1e-7);
    let cos = TrainConfig {
        schedule: Schedule::Cosine {
            epochs: 10,
            min_factor: 0.0,
        },
        ..base.clone()
    };
    assert!(
        (cos.lr_at(0.0) - 0.1).abs() < 1e-7
            && (cos.lr_at(5.0) - 0.05).abs() < 1e-7
            && cos.lr_at(10.0).abs() < 1e-9
            && cos.lr_at(20.0).abs() < 1e-9
    );
    let warm = TrainConfig {
        warmup_epochs: 2.0,
        schedule: Schedule::Step {
            every: 1,
            gamma: 0.5,
        },
        ..base
    };
    assert!(
        (warm.lr_at(1.0) - 0.05).abs() < 1e-7,
        "halfway through the warm-up"
    );
    assert!(
        (warm.lr_at(2.0) - 0.1).abs() < 1e-7,
        "the schedule starts after the warm-up"
    );
    assert!((warm.lr_at(3.0) - 0.05).abs() < 1e-7);
}
