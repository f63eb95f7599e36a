//! The drawable structure of the network view: columns of neurons, and the values
//! (weights, gradients or update) each connection shows. Plain data, no drawing.

use super::NetMode;
use crate::model::{LayerSpec, Resolved, Weights};
use crate::train::StepTrace;

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Heading ("Input", "Dense 8 · ReLU").
    pub label: String,
    /// Number of units (channels for a convolution).
    pub units: usize,
    /// Index of the layer in the network (and its weight snapshot), `None` for the input.
    pub layer: Option<usize>,
    /// Index of the column's last layer (its activation, dropout, pooling…): what the
    /// next column receives.
    pub out_layer: Option<usize>,
    /// Names of the units (inputs: feature names).
    pub names: Vec<String>,
    /// Whether the column's weights are trained ones (false: a layer added or changed
    /// since training, or nothing trained yet). The input is always "trained".
    pub trained: bool,
}

/// The drawable structure of the network as it is now (the editor's stack, `net`): the
/// input, then one column per dense or convolution layer (the head included), with the
/// layers without weights after it folded into its heading. `kept[i]` tells whether the
/// weight snapshot's layer `i` belongs to layer `i` of `net`.
pub fn columns(net: &Resolved, kept: &[bool], feature_names: &[String]) -> Vec<Column> {
    let inputs = net.layers.first().map_or(0, |l| l.input.numel());
    let mut cols = vec![Column {
        label: crate::tr!("views-net-input-label", inputs = inputs),
        units: inputs,
        layer: None,
        out_layer: None,
        names: (0..inputs)
            .map(|i| {
                feature_names
                    .get(i)
                    .filter(|_| feature_names.len() == inputs)
                    .cloned()
                    .unwrap_or_else(|| format!("x{}", i + 1))
            })
            .collect(),
        trained: true,
    }];
    for (li, l) in net.layers.iter().enumerate() {
        let units = match l.spec {
            LayerSpec::Dense { units, .. } => Some(units),
            LayerSpec::Conv2d { filters, .. } => Some(filters),
            _ => None,
        };
        match units {
            Some(units) => cols.push(Column {
                label: if l.is_head {
                    crate::tr!("views-net-output-label", spec = l.spec.to_string())
                } else {
                    l.spec.to_string()
                },
                units,
                layer: Some(li),
                out_layer: Some(li),
                names: (0..units)
                    .map(|j| crate::tr!("views-net-unit", unit = j + 1))
                    .collect(),
                trained: kept.get(li).copied().unwrap_or(false),
            }),
            None => {
                if let Some(last) = cols.last_mut().filter(|c| c.layer.is_some()) {
                    last.label = format!("{} · {}", last.label, l.spec);
                    last.out_layer = Some(li);
                    if l.params > 0 && !kept.get(li).copied().unwrap_or(false) {
                        last.trained = false;
                    }
                }
            }
        }
    }
    cols
}

/// Values (weights, gradients or update) and biases of the layer at `li`, row-major
/// `[inputs, units]`, with what they are.
pub(super) fn layer_values<'a>(
    mode: NetMode,
    li: usize,
    weights: &'a Weights,
    trace: Option<&'a StepTrace>,
    prev: Option<&'a Weights>,
) -> Option<(Vec<f32>, Vec<f32>)> {
    let pick = |name: &str| -> Option<Vec<f32>> {
        match mode {
            NetMode::Weights => weights
                .layers
                .get(li)?
                .params
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.values.clone()),
            NetMode::Gradients => trace?
                .layers
                .get(li)?
                .params
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.grad.clone()),
            NetMode::Update => match trace {
                Some(t) => t
                    .layers
                    .get(li)?
                    .params
                    .iter()
                    .find(|p| p.name == name)
                    .map(|p| p.update.clone()),
                None => {
                    let now = weights
                        .layers
                        .get(li)?
                        .params
                        .iter()
                        .find(|p| p.name == name)?;
                    let before = prev?
                        .layers
                        .get(li)?
                        .params
                        .iter()
                        .find(|p| p.name == name)?;
                    Some(
                        now.values
                            .iter()
                            .zip(&before.values)
                            .map(|(a, b)| a - b)
                            .collect(),
                    )
                }
            },
        }
    };
    let w = pick("weight")?;
    let b = pick("bias").unwrap_or_default();
    Some((w, b))
}

/// Draws the view.
/// Counts of `values` in `bins` equal-width bins between their min and max.
pub fn histogram(values: &[f32], bins: usize) -> Vec<usize> {
    let mut out = vec![0; bins.max(1)];
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (lo, hi) = finite
        .clone()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(l, h), v| {
            (l.min(v), h.max(v))
        });
    if !lo.is_finite() {
        return out;
    }
    let span = (hi - lo).max(1e-12);
    let n = out.len();
    for v in finite {
        let k = (((v - lo) / span) * n as f32) as usize;
        out[k.min(n - 1)] += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn columns_follow_the_network_as_edited() {
        use crate::model::{Activation, Head, NetworkSpec, Shape};
        let relu = LayerSpec::Act(Activation::ReLU);
        let net = NetworkSpec::new(
            Shape::Flat(2),
            vec![LayerSpec::dense(4), relu.clone(), LayerSpec::dense(6), relu],
        )
        .resolve(Head { units: 3 })
        .unwrap();
        // Trained: the first dense layer and its ReLU; the second was added since.
        let kept = [true, true, false, false, false];
        let cols = columns(&net, &kept, &["a".into(), "b".into()]);
        assert_eq!(cols.len(), 4);
        assert_eq!(cols[0].names, vec!["a", "b"]);
        assert_eq!(cols[1].label, "Dense 4 · ReLU");
        assert_eq!((cols[1].layer, cols[1].out_layer), (Some(0), Some(1)));
        assert!(cols[1].trained);
        assert_eq!((cols[2].units, cols[2].trained), (6, false));
        assert_eq!(cols[3].label, "Output Dense 3");
        assert_eq!(cols[3].units, 3);
        assert_eq!(histogram(&[0.0, 0.5, 1.0, 1.0], 2), vec![1, 3]);
        // Input names come from the data when they fit its width.
        let cols = columns(&net, &[], &["only one".into()]);
        assert_eq!(cols[0].names, vec!["x1", "x2"]);
        assert!(cols[1..].iter().all(|c| !c.trained));
    }
}
