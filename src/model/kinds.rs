//! The one table of layer kinds: name, description, text-form tokens and arguments, and
//! the default settings the palette adds. A new layer kind is one entry here (plus its
//! shape rule in `network.rs`, its engine file and the gradient check; the compiler
//! points at each through their exhaustive matches, [`LayerSpec::info`] included).

use super::error::ParseError;
use super::layer::{Activation, LayerSpec};

/// What values a text-form argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// A whole number of at least 1.
    Count,
    /// A whole number, 0 allowed.
    Whole,
    /// A finite number.
    Number,
    /// A word that switches a setting off; `on` is accepted too, and leaving the argument
    /// out means on. Only the last argument may be a flag.
    Flag {
        /// The word written when the setting is off (`nobias`).
        off: &'static str,
        /// The word for on (`bias`).
        on: &'static str,
    },
}

/// One argument of a layer kind in the text form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arg {
    /// How messages call it ("kernel size").
    pub what: &'static str,
    /// What values it takes.
    pub kind: ArgKind,
}

/// An argument value read from the text form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// A whole number.
    Count(usize),
    /// A number.
    Number(f32),
    /// A flag: on or off.
    Flag(bool),
}

/// Everything about one layer kind except its shape rule and its engine.
#[derive(Debug)]
pub struct KindInfo {
    /// User-facing name ("Conv2d").
    pub name: &'static str,
    /// One plain-language line describing what the layer does.
    pub description: &'static str,
    /// Text-form tokens, lower case: the first is written, all are read.
    pub tokens: &'static [&'static str],
    /// How to write it, for the list of known layers (`maxpool:SIZE[:STRIDE]`).
    pub form: &'static str,
    /// What an argument-count error says is expected.
    pub usage: &'static str,
    /// The text-form arguments in order.
    pub args: &'static [Arg],
    /// How many leading arguments must be written; the rest may be left out.
    pub required: usize,
    /// The layer with default settings, as the palette adds it.
    pub default: LayerSpec,
    /// Builds the layer from its arguments in [`KindInfo::args`] order (`None`: left out).
    pub build: fn(&[Option<Value>]) -> Result<LayerSpec, ParseError>,
    /// The argument values of a layer of this kind, for the text form.
    pub values: fn(&LayerSpec) -> Vec<Value>,
}

fn count(v: &[Option<Value>], i: usize, default: usize) -> usize {
    match v.get(i) {
        Some(Some(Value::Count(n))) => *n,
        _ => default,
    }
}

fn number(v: &[Option<Value>], i: usize, default: f32) -> f32 {
    match v.get(i) {
        Some(Some(Value::Number(x))) => *x,
        _ => default,
    }
}

fn flag(v: &[Option<Value>], i: usize, default: bool) -> bool {
    match v.get(i) {
        Some(Some(Value::Flag(b))) => *b,
        _ => default,
    }
}

const fn count_arg(what: &'static str) -> Arg {
    Arg {
        what,
        kind: ArgKind::Count,
    }
}

const fn number_arg(what: &'static str) -> Arg {
    Arg {
        what,
        kind: ArgKind::Number,
    }
}

const POOL_ARGS: &[Arg] = &[count_arg("window size"), count_arg("stride")];

fn pool_values(s: &LayerSpec) -> Vec<Value> {
    match *s {
        LayerSpec::MaxPool2d { size, stride } | LayerSpec::AvgPool2d { size, stride } => {
            vec![Value::Count(size), Value::Count(stride)]
        }
        _ => Vec::new(),
    }
}

fn no_values(_: &LayerSpec) -> Vec<Value> {
    Vec::new()
}

/// An entry for a kind without settings.
const fn plain(
    name: &'static str,
    description: &'static str,
    tokens: &'static [&'static str],
    usage: &'static str,
    default: LayerSpec,
    build: fn(&[Option<Value>]) -> Result<LayerSpec, ParseError>,
) -> KindInfo {
    KindInfo {
        name,
        description,
        tokens,
        form: tokens[0],
        usage,
        args: &[],
        required: 0,
        default,
        build,
        values: no_values,
    }
}

/// Every layer kind, in palette order.
pub static KINDS: [KindInfo; 15] = [
    KindInfo {
        name: "Dense",
        description: "Every input connects to every unit: a weighted sum plus a bias — the basic 'seasoning' knobs.",
        tokens: &["dense", "linear", "fc"],
        form: "dense:UNITS[:nobias]",
        usage: "dense:UNITS[:nobias], e.g. dense:16",
        args: &[
            count_arg("units"),
            Arg {
                what: "bias",
                kind: ArgKind::Flag {
                    off: "nobias",
                    on: "bias",
                },
            },
        ],
        required: 1,
        default: LayerSpec::Dense {
            units: 16,
            bias: true,
        },
        build: |v| {
            Ok(LayerSpec::Dense {
                units: count(v, 0, 16),
                bias: flag(v, 1, true),
            })
        },
        values: |s| match *s {
            LayerSpec::Dense { units, bias } => vec![Value::Count(units), Value::Flag(bias)],
            _ => Vec::new(),
        },
    },
    KindInfo {
        name: "Conv2d",
        description: "Slides small learned filters over the image to detect local patterns such as edges.",
        tokens: &["conv", "conv2d"],
        form: "conv:FILTERS:KERNEL[:STRIDE[:PADDING]]",
        usage: "conv:FILTERS:KERNEL[:STRIDE[:PADDING]], e.g. conv:8:3",
        args: &[
            count_arg("filters"),
            count_arg("kernel size"),
            count_arg("stride"),
            Arg {
                what: "padding",
                kind: ArgKind::Whole,
            },
        ],
        required: 2,
        default: LayerSpec::Conv2d {
            filters: 8,
            kernel: 3,
            stride: 1,
            padding: 0,
        },
        build: |v| {
            Ok(LayerSpec::Conv2d {
                filters: count(v, 0, 8),
                kernel: count(v, 1, 3),
                stride: count(v, 2, 1),
                padding: count(v, 3, 0),
            })
        },
        values: |s| match *s {
            LayerSpec::Conv2d {
                filters,
                kernel,
                stride,
                padding,
            } => [filters, kernel, stride, padding]
                .into_iter()
                .map(Value::Count)
                .collect(),
            _ => Vec::new(),
        },
    },
    KindInfo {
        name: "MaxPool2d",
        description: "Keeps the strongest value in each window: smaller images, some tolerance to shifts.",
        tokens: &["maxpool", "maxpool2d"],
        form: "maxpool:SIZE[:STRIDE]",
        usage: "maxpool:SIZE[:STRIDE], e.g. maxpool:2",
        args: POOL_ARGS,
        required: 1,
        default: LayerSpec::MaxPool2d { size: 2, stride: 2 },
        build: |v| {
            let size = count(v, 0, 2);
            Ok(LayerSpec::MaxPool2d {
                size,
                stride: count(v, 1, size),
            })
        },
        values: pool_values,
    },
    KindInfo {
        name: "AvgPool2d",
        description: "Averages each window: a smoother way to shrink the image.",
        tokens: &["avgpool", "avgpool2d"],
        form: "avgpool:SIZE[:STRIDE]",
        usage: "avgpool:SIZE[:STRIDE], e.g. avgpool:2",
        args: POOL_ARGS,
        required: 1,
        default: LayerSpec::AvgPool2d { size: 2, stride: 2 },
        build: |v| {
            let size = count(v, 0, 2);
            Ok(LayerSpec::AvgPool2d {
                size,
                stride: count(v, 1, size),
            })
        },
        values: pool_values,
    },
    plain(
        "Flatten",
        "Lays an image out as one long list of numbers so dense layers can read it.",
        &["flatten"],
        "flatten without arguments",
        LayerSpec::Flatten,
        |_| Ok(LayerSpec::Flatten),
    ),
    KindInfo {
        name: "Dropout",
        description: "While training, randomly switches off values so the network cannot rely on any one.",
        tokens: &["dropout"],
        form: "dropout:P",
        usage: "dropout:P with 0 <= P < 1, e.g. dropout:0.2",
        args: &[number_arg("probability")],
        required: 1,
        default: LayerSpec::Dropout { p: 0.2 },
        build: |v| {
            let p = number(v, 0, 0.2);
            if (0.0..1.0).contains(&p) {
                Ok(LayerSpec::Dropout { p })
            } else {
                Err(ParseError::Probability { p })
            }
        },
        values: |s| match *s {
            LayerSpec::Dropout { p } => vec![Value::Number(p)],
            _ => Vec::new(),
        },
    },
    plain(
        "BatchNorm",
        "Rescales each feature to mean 0 and spread 1 over the batch; steadies training.",
        &["batchnorm", "bn"],
        "batchnorm without arguments",
        LayerSpec::BatchNorm,
        |_| Ok(LayerSpec::BatchNorm),
    ),
    plain(
        "LayerNorm",
        "Rescales the values of each sample to mean 0 and spread 1.",
        &["layernorm", "ln"],
        "layernorm without arguments",
        LayerSpec::LayerNorm,
        |_| Ok(LayerSpec::LayerNorm),
    ),
    plain(
        "ReLU",
        "Keeps positive values, zeroes negatives: simple and fast, but units can 'die'.",
        &["relu"],
        "relu without arguments",
        LayerSpec::Act(Activation::ReLU),
        |_| Ok(LayerSpec::Act(Activation::ReLU)),
    ),
    KindInfo {
        name: "LeakyReLU",
        description: "Like ReLU but lets a small slope through for negatives, so units never die.",
        tokens: &["leakyrelu", "leaky_relu", "lrelu"],
        form: "leakyrelu[:SLOPE]",
        usage: "leakyrelu[:SLOPE], e.g. leakyrelu:0.01",
        args: &[number_arg("slope")],
        required: 0,
        default: LayerSpec::Act(Activation::LeakyReLU { slope: 0.01 }),
        build: |v| {
            Ok(LayerSpec::Act(Activation::LeakyReLU {
                slope: number(v, 0, 0.01),
            }))
        },
        values: |s| match *s {
            LayerSpec::Act(Activation::LeakyReLU { slope }) => vec![Value::Number(slope)],
            _ => Vec::new(),
        },
    },
    KindInfo {
        name: "ELU",
        description: "Smooth for negatives, bending towards −alpha; keeps mean activations near zero.",
        tokens: &["elu"],
        form: "elu[:ALPHA]",
        usage: "elu[:ALPHA], e.g. elu:1.0",
        args: &[number_arg("alpha")],
        required: 0,
        default: LayerSpec::Act(Activation::ELU { alpha: 1.0 }),
        build: |v| {
            let alpha = number(v, 0, 1.0);
            if alpha <= 0.0 {
                return Err(ParseError::AlphaNotPositive);
            }
            Ok(LayerSpec::Act(Activation::ELU { alpha }))
        },
        values: |s| match *s {
            LayerSpec::Act(Activation::ELU { alpha }) => vec![Value::Number(alpha)],
            _ => Vec::new(),
        },
    },
    plain(
        "GELU",
        "A smooth ReLU that weighs each value by how likely it is to be positive.",
        &["gelu"],
        "gelu without arguments",
        LayerSpec::Act(Activation::GELU),
        |_| Ok(LayerSpec::Act(Activation::GELU)),
    ),
    plain(
        "Tanh",
        "Squashes values into (−1, 1); saturates (stops learning) for large inputs.",
        &["tanh"],
        "tanh without arguments",
        LayerSpec::Act(Activation::Tanh),
        |_| Ok(LayerSpec::Act(Activation::Tanh)),
    ),
    plain(
        "Sigmoid",
        "Squashes values into (0, 1); saturates for large inputs, gradients shrink.",
        &["sigmoid"],
        "sigmoid without arguments",
        LayerSpec::Act(Activation::Sigmoid),
        |_| Ok(LayerSpec::Act(Activation::Sigmoid)),
    ),
    plain(
        "Softplus",
        "A smooth version of ReLU: ln(1 + e^x).",
        &["softplus"],
        "softplus without arguments",
        LayerSpec::Act(Activation::Softplus),
        |_| Ok(LayerSpec::Act(Activation::Softplus)),
    ),
];

impl LayerSpec {
    /// This layer's kind in [`KINDS`].
    pub fn info(&self) -> &'static KindInfo {
        // The one match over the kinds: a new variant fails to compile here until it has
        // its table entry (the test below checks that each arm picks the right one).
        let i = match self {
            LayerSpec::Dense { .. } => 0,
            LayerSpec::Conv2d { .. } => 1,
            LayerSpec::MaxPool2d { .. } => 2,
            LayerSpec::AvgPool2d { .. } => 3,
            LayerSpec::Flatten => 4,
            LayerSpec::Dropout { .. } => 5,
            LayerSpec::BatchNorm => 6,
            LayerSpec::LayerNorm => 7,
            LayerSpec::Act(a) => match a {
                Activation::ReLU => 8,
                Activation::LeakyReLU { .. } => 9,
                Activation::ELU { .. } => 10,
                Activation::GELU => 11,
                Activation::Tanh => 12,
                Activation::Sigmoid => 13,
                Activation::Softplus => 14,
            },
        };
        &KINDS[i]
    }
}

/// Finds the kind a text-form token names (lower case).
pub fn by_token(token: &str) -> Option<&'static KindInfo> {
    KINDS.iter().find(|k| k.tokens.contains(&token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_found_from_its_default() {
        for (i, k) in KINDS.iter().enumerate() {
            assert!(std::ptr::eq(k.default.info(), k), "entry {i} ({})", k.name);
            assert_eq!(k.form.split(['[', ':']).next(), Some(k.tokens[0]));
            assert!(k.required <= k.args.len(), "{}", k.name);
            assert_eq!((k.values)(&k.default).len(), k.args.len(), "{}", k.name);
        }
    }

    #[test]
    fn activations_are_the_act_entries_in_order() {
        let acts: Vec<LayerSpec> = KINDS
            .iter()
            .map(|k| k.default.clone())
            .filter(|d| matches!(d, LayerSpec::Act(_)))
            .collect();
        let all: Vec<LayerSpec> = Activation::ALL.iter().map(|a| LayerSpec::Act(*a)).collect();
        assert_eq!(acts, all);
    }

    #[test]
    fn known_forms_and_text_round_trip() {
        assert_eq!(
            crate::model::text::known_forms(),
            "dense:UNITS[:nobias], conv:FILTERS:KERNEL[:STRIDE[:PADDING]], \
maxpool:SIZE[:STRIDE], avgpool:SIZE[:STRIDE], flatten, dropout:P, batchnorm, layernorm, \
relu, leakyrelu[:SLOPE], elu[:ALPHA], gelu, tanh, sigmoid, softplus"
        );
        for k in &KINDS {
            let text = k.default.to_text();
            let back = crate::model::parse_layers(&text);
            assert_eq!(back, Ok(vec![k.default.clone()]), "{text}");
        }
        assert_eq!(
            LayerSpec::Dense {
                units: 4,
                bias: false
            }
            .to_text(),
            "dense:4:nobias"
        );
    }
}
