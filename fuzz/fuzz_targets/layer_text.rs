//! Fuzzes the layer text form (`dense:16,relu,conv:8:3,…`): any text must parse to layers
//! or give a `TextError`, never panic; whatever parses must print back (`layer_text`) to
//! text that parses to the same layers; and a parsed stack must resolve against an input
//! shape (to layer shapes and parameter counts, or `NetworkErrors`) without a panic.
//! Run with `scripts/fuzz.sh layer_text` (stable toolchain).
#![no_main]

use layerlab::model::text::layer_text;
use layerlab::model::{parse_layers, Head, LayerSpec, NetworkSpec, Shape};
use libfuzzer_sys::fuzz_target;

/// Sizes up to which shape inference is exercised here. Larger counts are the subject of
/// the checked size arithmetic (tested with proptest over the same text form); byte-level
/// fuzzing finds them only by luck.
const SANE: usize = 1 << 16;

fn sane(spec: &LayerSpec) -> bool {
    match *spec {
        LayerSpec::Dense { units, .. } => units <= SANE,
        LayerSpec::Conv2d {
            filters,
            kernel,
            stride,
            padding,
        } => filters <= SANE && kernel <= SANE && stride <= SANE && padding <= SANE,
        LayerSpec::MaxPool2d { size, stride } | LayerSpec::AvgPool2d { size, stride } => {
            size <= SANE && stride <= SANE
        }
        _ => true,
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the input shape and the head, the rest is the text.
    let (pick, bytes) = match data.split_first() {
        Some((b, rest)) => (*b, rest),
        None => (0, data),
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(layers) = parse_layers(text) else {
        return;
    };
    let printed: Vec<String> = layers.iter().map(layer_text).collect();
    let again = parse_layers(&printed.join(","));
    assert_eq!(
        again.as_ref(),
        Ok(&layers),
        "`{text}` printed as `{}` did not parse back",
        printed.join(",")
    );
    if !layers.iter().all(sane) {
        return;
    }
    let input = match pick % 4 {
        0 => Shape::Flat(2),
        1 => Shape::Flat(usize::from(pick) + 1),
        2 => Shape::Image { c: 1, h: 8, w: 8 },
        _ => Shape::Image {
            c: usize::from(pick % 5) + 1,
            h: usize::from(pick / 4) + 1,
            w: 7,
        },
    };
    let head = Head {
        units: usize::from(pick % 3) + 1,
    };
    if let Ok(resolved) = NetworkSpec::new(input, layers.clone()).resolve(head) {
        assert_eq!(resolved.layers.len(), layers.len() + 1);
        let _ = resolved.total_params();
    }
});
