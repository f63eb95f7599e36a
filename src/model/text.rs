//! The compact text form of a layer stack used by the CLI and tests:
//! `dense:16,relu,dropout:0.2,conv:8:3[:stride[:padding]],maxpool:2[:stride],flatten`.

use super::error::ParseError;
use super::layer::{Activation, LayerSpec};
use std::fmt;

/// A token of the text form that could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct TextError {
    /// 1-based position of the token in the comma-separated list.
    pub token_index: usize,
    /// The token as written.
    pub token: String,
    /// What is wrong and how to write it.
    pub error: ParseError,
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "layer token {} `{}`: {}",
            self.token_index, self.token, self.error
        )
    }
}

/// The layer kinds the text form knows (for error messages and help).
const TEXT_FORMS: &str = "dense:UNITS[:nobias], conv:FILTERS:KERNEL[:STRIDE[:PADDING]], \
maxpool:SIZE[:STRIDE], avgpool:SIZE[:STRIDE], flatten, dropout:P, batchnorm, layernorm, \
relu, leakyrelu[:SLOPE], elu[:ALPHA], gelu, tanh, sigmoid, softplus";

/// The layer kinds the text form knows, as `dense:UNITS[:nobias], conv:…`.
pub fn known_forms() -> &'static str {
    TEXT_FORMS
}

fn parse_usize(s: &str, what: &'static str) -> Result<usize, ParseError> {
    match s.trim().parse::<usize>() {
        Ok(v) if v > 0 => Ok(v),
        Ok(_) => Err(ParseError::BelowOne { what }),
        Err(_) => Err(ParseError::NotWhole {
            what,
            text: s.to_string(),
        }),
    }
}

fn parse_f32(s: &str, what: &'static str) -> Result<f32, ParseError> {
    match s.trim().parse::<f32>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(ParseError::NotNumber {
            what,
            text: s.to_string(),
        }),
    }
}

fn parse_token(token: &str) -> Result<LayerSpec, ParseError> {
    let parts: Vec<&str> = token.split(':').map(str::trim).collect();
    let name = parts[0].to_ascii_lowercase();
    let args = &parts[1..];
    let arity = |min: usize, max: usize, usage: &'static str| -> Result<(), ParseError> {
        if args.len() < min || args.len() > max {
            Err(ParseError::Usage { usage })
        } else {
            Ok(())
        }
    };
    let pool = |avg: bool| -> Result<LayerSpec, ParseError> {
        arity(
            1,
            2,
            if avg {
                "avgpool:SIZE[:STRIDE], e.g. avgpool:2"
            } else {
                "maxpool:SIZE[:STRIDE], e.g. maxpool:2"
            },
        )?;
        let size = parse_usize(args[0], "window size")?;
        let stride = match args.get(1) {
            Some(s) => parse_usize(s, "stride")?,
            None => size,
        };
        Ok(if avg {
            LayerSpec::AvgPool2d { size, stride }
        } else {
            LayerSpec::MaxPool2d { size, stride }
        })
    };
    match name.as_str() {
        "dense" | "linear" | "fc" => {
            arity(1, 2, "dense:UNITS[:nobias], e.g. dense:16")?;
            let units = parse_usize(args[0], "units")?;
            let bias = match args.get(1).map(|s| s.to_ascii_lowercase()) {
                None => true,
                Some(s) if s == "nobias" => false,
                Some(s) if s == "bias" => true,
                Some(text) => {
                    return Err(ParseError::Flag {
                        text,
                        word: "nobias",
                    })
                }
            };
            Ok(LayerSpec::Dense { units, bias })
        }
        "conv" | "conv2d" => {
            arity(
                2,
                4,
                "conv:FILTERS:KERNEL[:STRIDE[:PADDING]], e.g. conv:8:3",
            )?;
            let filters = parse_usize(args[0], "filters")?;
            let kernel = parse_usize(args[1], "kernel size")?;
            let stride = match args.get(2) {
                Some(s) => parse_usize(s, "stride")?,
                None => 1,
            };
            let padding = match args.get(3) {
                Some(s) => s
                    .trim()
                    .parse::<usize>()
                    .map_err(|_| ParseError::NotWhole {
                        what: "padding",
                        text: s.to_string(),
                    })?,
                None => 0,
            };
            Ok(LayerSpec::Conv2d {
                filters,
                kernel,
                stride,
                padding,
            })
        }
        "maxpool" | "maxpool2d" => pool(false),
        "avgpool" | "avgpool2d" => pool(true),
        "flatten" => arity(0, 0, "flatten without arguments").map(|_| LayerSpec::Flatten),
        "dropout" => {
            arity(1, 1, "dropout:P with 0 <= P < 1, e.g. dropout:0.2")?;
            let p = parse_f32(args[0], "probability")?;
            if !(0.0..1.0).contains(&p) {
                return Err(ParseError::Probability { p });
            }
            Ok(LayerSpec::Dropout { p })
        }
        "batchnorm" | "bn" => {
            arity(0, 0, "batchnorm without arguments").map(|_| LayerSpec::BatchNorm)
        }
        "layernorm" | "ln" => {
            arity(0, 0, "layernorm without arguments").map(|_| LayerSpec::LayerNorm)
        }
        "relu" => arity(0, 0, "relu without arguments").map(|_| LayerSpec::Act(Activation::ReLU)),
        "leakyrelu" | "leaky_relu" | "lrelu" => {
            arity(0, 1, "leakyrelu[:SLOPE], e.g. leakyrelu:0.01")?;
            let slope = match args.first() {
                Some(s) => parse_f32(s, "slope")?,
                None => 0.01,
            };
            Ok(LayerSpec::Act(Activation::LeakyReLU { slope }))
        }
        "elu" => {
            arity(0, 1, "elu[:ALPHA], e.g. elu:1.0")?;
            let alpha = match args.first() {
                Some(s) => parse_f32(s, "alpha")?,
                None => 1.0,
            };
            if alpha <= 0.0 {
                return Err(ParseError::AlphaNotPositive);
            }
            Ok(LayerSpec::Act(Activation::ELU { alpha }))
        }
        "gelu" => arity(0, 0, "gelu without arguments").map(|_| LayerSpec::Act(Activation::GELU)),
        "tanh" => arity(0, 0, "tanh without arguments").map(|_| LayerSpec::Act(Activation::Tanh)),
        "sigmoid" => {
            arity(0, 0, "sigmoid without arguments").map(|_| LayerSpec::Act(Activation::Sigmoid))
        }
        "softplus" => {
            arity(0, 0, "softplus without arguments").map(|_| LayerSpec::Act(Activation::Softplus))
        }
        "" => Err(ParseError::EmptyToken),
        other => Err(ParseError::UnknownLayer {
            name: other.to_string(),
        }),
    }
}

/// Parses a comma-separated layer list. An empty string is an empty stack.
pub fn parse_layers(text: &str) -> Result<Vec<LayerSpec>, TextError> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    text.split(',')
        .enumerate()
        .map(|(i, tok)| {
            parse_token(tok.trim()).map_err(|error| TextError {
                token_index: i + 1,
                token: tok.trim().to_string(),
                error,
            })
        })
        .collect()
}
