//! The compact text form of a layer stack used by the CLI and tests:
//! `dense:16,relu,dropout:0.2,conv:8:3[:stride[:padding]],maxpool:2[:stride],flatten`.

use super::error::ParseError;
use super::kinds::{self, Arg, ArgKind, Value, KINDS};
use super::layer::LayerSpec;
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

/// The layer kinds the text form knows, as `dense:UNITS[:nobias], conv:…`.
pub fn known_forms() -> String {
    KINDS.iter().map(|k| k.form).collect::<Vec<_>>().join(", ")
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

fn parse_arg(s: &str, arg: &Arg) -> Result<Value, ParseError> {
    match arg.kind {
        ArgKind::Count => parse_usize(s, arg.what).map(Value::Count),
        ArgKind::Whole => {
            s.trim()
                .parse::<usize>()
                .map(Value::Count)
                .map_err(|_| ParseError::NotWhole {
                    what: arg.what,
                    text: s.to_string(),
                })
        }
        ArgKind::Number => parse_f32(s, arg.what).map(Value::Number),
        ArgKind::Flag { off, on } => {
            let text = s.to_ascii_lowercase();
            if text == off {
                Ok(Value::Flag(false))
            } else if text == on {
                Ok(Value::Flag(true))
            } else {
                Err(ParseError::Flag { text, word: off })
            }
        }
    }
}

fn parse_token(token: &str) -> Result<LayerSpec, ParseError> {
    let parts: Vec<&str> = token.split(':').map(str::trim).collect();
    let name = parts[0].to_ascii_lowercase();
    let args = &parts[1..];
    if name.is_empty() {
        return Err(ParseError::EmptyToken);
    }
    let Some(kind) = kinds::by_token(&name) else {
        return Err(ParseError::UnknownLayer { name });
    };
    if args.len() < kind.required || args.len() > kind.args.len() {
        return Err(ParseError::Usage { usage: kind.usage });
    }
    let mut values = vec![None; kind.args.len()];
    for ((slot, text), arg) in values.iter_mut().zip(args).zip(kind.args) {
        *slot = Some(parse_arg(text, arg)?);
    }
    (kind.build)(&values)
}

/// The compact text form of one layer (`dense:16`, `conv:8:3:1:1`, `relu` …); a flag
/// argument that is on is left out.
pub fn layer_text(spec: &LayerSpec) -> String {
    let kind = spec.info();
    let mut out = kind.tokens[0].to_string();
    for (value, arg) in (kind.values)(spec).iter().zip(kind.args) {
        match (value, arg.kind) {
            (Value::Count(n), _) => out.push_str(&format!(":{n}")),
            (Value::Number(x), _) => out.push_str(&format!(":{x}")),
            (Value::Flag(false), ArgKind::Flag { off, .. }) => out.push_str(&format!(":{off}")),
            (Value::Flag(_), _) => {}
        }
    }
    out
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
