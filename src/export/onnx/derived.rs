//! Derived input features (`x1²`, `x1·x2`, `sin x1`) inside the ONNX graph: the model's
//! input holds the raw columns only, and the graph computes every feature column the
//! preprocessing reads, in its order, before filling and scaling them.

use super::{attr_int, Graph, INPUT};
use crate::data::prepare::Derived;
use crate::data::Preprocessor;

/// The `[N, features]` tensor of the feature columns computed from the raw input (the
/// input itself when nothing is derived).
pub(super) fn columns(g: &mut Graph, pre: &Preprocessor) -> String {
    if pre.derived.is_empty() {
        return INPUT.to_string();
    }
    let raw = pre.raw_columns();
    let slice = |g: &mut Graph, name: &str| -> String {
        let i = raw.iter().position(|c| *c == name).unwrap_or(0) as i64;
        let starts = g.const_i64("starts", &[1], &[i]);
        let ends = g.const_i64("ends", &[1], &[i + 1]);
        let axes = g.const_i64("axes", &[1], &[1]);
        g.node("Slice", &[INPUT, &starts, &ends, &axes], vec![])
    };
    let mut pieces = Vec::with_capacity(pre.features.len());
    for f in &pre.features {
        let piece = match pre.derived.iter().find(|d| d.name() == f.column) {
            None => slice(g, &f.column),
            Some(Derived::Square(a)) => {
                let x = slice(g, a);
                g.node("Mul", &[&x, &x], vec![])
            }
            Some(Derived::Product(a, b)) => {
                let x = slice(g, a);
                let y = slice(g, b);
                g.node("Mul", &[&x, &y], vec![])
            }
            Some(Derived::Sin(a)) => {
                let x = slice(g, a);
                g.node("Sin", &[&x], vec![])
            }
        };
        pieces.push(piece);
    }
    let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
    g.node("Concat", &refs, vec![attr_int("axis", 1)])
}

/// One line per derived feature for the metadata: `x1² = x1 * x1` …
pub(super) fn describe(pre: &Preprocessor) -> String {
    pre.derived
        .iter()
        .map(|d| match d {
            Derived::Square(a) => format!("{} = {a} * {a}", d.name()),
            Derived::Product(a, b) => format!("{} = {a} * {b}", d.name()),
            Derived::Sin(a) => format!("{} = sin({a})", d.name()),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
