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

// --- Hard edges: checked sizes and the memory estimate ---

use layerlab::model::memory::{self, MachineMemory, Purpose};
use layerlab::model::OptimizerKind;
use proptest::prelude::*;

/// Every size an accepted network implies fits in a `usize`.
fn assert_sizes_fit(r: &layerlab::model::Resolved) {
    for l in &r.layers {
        assert!(l.input.checked_numel().is_some(), "{l:?}");
        assert!(l.output.checked_numel().is_some(), "{l:?}");
    }
    assert!(r.checked_total_params().is_some());
}

#[test]
fn overflowing_sizes_are_errors_that_name_the_layer() {
    let huge = usize::MAX;
    let layers = parse_layers(&format!("dense:{huge}")).unwrap();
    let err = NetworkSpec::new(Shape::Flat(2), layers)
        .resolve(Head { units: 2 })
        .unwrap_err();
    assert_eq!(err.0[0].layer, 1);
    assert!(err.to_string().contains("too large"), "{err}");
    // The product C×H×W overflows: refused by the parser, and by resolve for a session.
    assert!(Shape::parse("2x9223372036854775809x1").is_err());
    let msg = Shape::parse("2x9223372036854775809x1")
        .unwrap_err()
        .to_string();
    assert!(msg.contains("too large"), "{msg}");
    let input = Shape::Image {
        c: 2,
        h: 9_223_372_036_854_775_809,
        w: 1,
    };
    assert_eq!(input.numel(), usize::MAX, "saturates instead of wrapping");
    let err = NetworkSpec::new(input, parse_layers("conv:1:1").unwrap())
        .resolve(Head { units: 2 })
        .unwrap_err();
    assert_eq!(err.0[0].layer, 0, "{err}");
    // Padding that overflows, a head whose weights overflow.
    let spec = NetworkSpec::new(
        Shape::Image { c: 1, h: 4, w: 4 },
        parse_layers(&format!("conv:1:{huge}:1:{}", huge - 1)).unwrap(),
    );
    assert!(spec.resolve(Head { units: 2 }).is_err());
    let spec = NetworkSpec::new(Shape::Flat(huge / 2), vec![]);
    assert!(spec.resolve(Head { units: 3 }).is_err());
}

fn adam() -> OptimizerKind {
    OptimizerKind::Adam {
        beta1: 0.9,
        beta2: 0.999,
        eps: 1e-8,
    }
}

fn machine(gb: u64) -> MachineMemory {
    MachineMemory {
        total: gb * 1_000_000_000,
        available: Some(gb * 500_000_000),
        assumed: false,
    }
}

#[test]
fn memory_estimate_counts_parameters_state_and_activations() {
    let r = NetworkSpec::new(Shape::Flat(2), parse_layers("dense:8").unwrap())
        .resolve(Head { units: 2 })
        .unwrap();
    let e = memory::estimate(&r, 10, adam());
    let params = (2 * 8 + 8 + 8 * 2 + 2) * 4;
    assert_eq!(e.parameters, params);
    assert_eq!(e.gradients, params);
    assert_eq!(e.optimizer_state, 2 * params);
    // Input 2 values, outputs 8 and 2 with their gradients, at 10 rows.
    assert_eq!(e.activations, (2 + 2 * 8 + 2 * 2) * 4 * 10);
    assert_eq!(
        memory::estimate(&r, 10, OptimizerKind::Sgd).optimizer_state,
        0
    );
    assert!(memory::check_with(&r, 10, adam(), Purpose::Train, &machine(1)).is_ok());
}

#[test]
fn a_network_too_large_for_the_machine_is_refused_with_a_smaller_suggestion() {
    let r = NetworkSpec::new(
        Shape::Flat(64),
        parse_layers("dense:99999999,relu").unwrap(),
    )
    .resolve(Head { units: 4 })
    .unwrap();
    let m = machine(23);
    let err = memory::check_with(&r, 32, adam(), Purpose::Train, &m).unwrap_err();
    let msg = err.to_string();
    for part in [
        "GB",
        "parameters",
        "Adam state",
        "activations at batch 32",
        "23.0 GB",
        "instead of dense:99999999 (layer 1)",
    ] {
        assert!(msg.contains(part), "{part:?} in {msg}");
    }
    // The suggestion fits.
    let units: usize = msg
        .split("Try dense:")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|s| s.parse().ok())
        .unwrap();
    let smaller = NetworkSpec::new(
        Shape::Flat(64),
        parse_layers(&format!("dense:{units},relu")).unwrap(),
    )
    .resolve(Head { units: 4 })
    .unwrap();
    assert!(memory::check_with(&smaller, 32, adam(), Purpose::Train, &m).is_ok());
    // Activations dominate: a smaller batch is suggested.
    let r = NetworkSpec::new(
        Shape::Image {
            c: 1,
            h: 512,
            w: 512,
        },
        parse_layers("conv:64:3").unwrap(),
    )
    .resolve(Head { units: 2 })
    .unwrap();
    let err = memory::check_with(&r, 4096, OptimizerKind::Sgd, Purpose::Train, &m).unwrap_err();
    assert!(err.to_string().contains("smaller batch"), "{err}");
    // Overflowing sizes saturate and are refused, never wrapped.
    let r = NetworkSpec::new(Shape::Flat(1 << 20), parse_layers("dense:4194304").unwrap())
        .resolve(Head { units: 2 })
        .unwrap();
    assert!(memory::check_with(&r, usize::MAX, adam(), Purpose::Train, &m).is_err());
    assert!(memory::check_with(&r, 1, adam(), Purpose::Eval, &m).is_err());
}

#[test]
fn machine_memory_is_read_or_assumed() {
    let m = MachineMemory::detect();
    assert!(m.total > 0);
    assert_eq!(m.limit(), m.total / 100 * memory::MEMORY_SHARE_PERCENT);
    if cfg!(target_os = "linux") && std::path::Path::new("/proc/meminfo").exists() {
        assert!(!m.assumed);
    }
}

fn size_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (0usize..40).prop_map(|n| n.to_string()),
        any::<usize>().prop_map(|n| n.to_string()),
        Just(usize::MAX.to_string()),
        Just((usize::MAX / 2 + 2).to_string()),
        Just("18446744073709551616".to_string()),
    ]
}

fn token() -> impl Strategy<Value = String> {
    let s = size_text;
    prop_oneof![
        (s(), any::<bool>()).prop_map(|(u, b)| if b {
            format!("dense:{u}")
        } else {
            format!("dense:{u}:nobias")
        }),
        (s(), s(), s(), s()).prop_map(|(f, k, st, p)| format!("conv:{f}:{k}:{st}:{p}")),
        (s(), s()).prop_map(|(f, k)| format!("conv:{f}:{k}")),
        (s(), s()).prop_map(|(a, b)| format!("maxpool:{a}:{b}")),
        s().prop_map(|a| format!("avgpool:{a}")),
        Just("flatten".to_string()),
        Just("batchnorm".to_string()),
        Just("layernorm".to_string()),
        Just("relu".to_string()),
        Just("dropout:0.5".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The layer text form, `--image` and session-like shapes: no panic, and every
    /// accepted network's sizes (and its memory estimate) are computed without overflow.
    #[test]
    fn any_accepted_network_has_sizes_that_fit(
        tokens in proptest::collection::vec(token(), 0..5),
        image in (size_text(), size_text(), size_text()),
        raw in (any::<usize>(), any::<usize>(), any::<usize>()),
        pick in 0u8..3,
        units in prop_oneof![1usize..20, any::<usize>()],
        batch in prop_oneof![1usize..100_000, any::<usize>()],
    ) {
        let text = tokens.join(",");
        let Ok(layers) = parse_layers(&text) else { return Ok(()); };
        let input = match pick {
            // As `--image` is parsed.
            0 => match Shape::parse(&format!("{}x{}x{}", image.0, image.1, image.2)) {
                Ok(s) => { prop_assert!(s.checked_numel().is_some()); s }
                Err(_) => return Ok(()),
            },
            // As a session file may hold it: any numbers at all.
            1 => Shape::Image { c: raw.0, h: raw.1, w: raw.2 },
            _ => Shape::Flat(raw.0),
        };
        if let Ok(r) = NetworkSpec::new(input, layers).resolve(Head { units }) {
            assert_sizes_fit(&r);
            let e = memory::estimate(&r, batch, adam());
            prop_assert!(e.train_bytes() >= e.parameters);
            let _ = memory::check_with(&r, batch, adam(), Purpose::Train, &machine(16));
        }
    }
}
