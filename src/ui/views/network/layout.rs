//! The drawable structure of the network view: columns of neurons, and the values
//! (weights, gradients or update) each connection shows. Plain data, no drawing.

use super::NetMode;
use crate::model::Weights;
use crate::train::StepTrace;

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Heading ("Input", "Dense 8 · ReLU").
    pub label: String,
    /// Number of units.
    pub units: usize,
    /// Index of the layer in the weight snapshot (`None` for the input).
    pub layer: Option<usize>,
    /// Names of the units (inputs: feature names).
    pub names: Vec<String>,
}

/// The drawable structure: columns of neurons; column `k > 0` is fed by its layer's weights.
pub fn columns(weights: &Weights, inputs: usize, feature_names: &[String]) -> Vec<Column> {
    let mut cols = vec![Column {
        label: format!("Input ({inputs})"),
        units: inputs,
        layer: None,
        names: (0..inputs)
            .map(|i| {
                feature_names
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("x{}", i + 1))
            })
            .collect(),
    }];
    let n = weights.layers.len();
    for (li, l) in weights.layers.iter().enumerate() {
        if let Some(w) = l.params.iter().find(|p| p.name == "weight") {
            let units = if l.label.starts_with("Dense") && w.shape.len() == 2 {
                w.shape[1]
            } else {
                w.shape.first().copied().unwrap_or(0)
            };
            let head = li + 1 == n || weights.layers[li + 1..].iter().all(|x| x.params.is_empty());
            cols.push(Column {
                label: if head {
                    format!("Output {}", l.label)
                } else {
                    l.label.clone()
                },
                units,
                layer: Some(li),
                names: (0..units).map(|j| format!("unit {}", j + 1)).collect(),
            });
        } else if l.params.is_empty() {
            if let Some(last) = cols.last_mut() {
                if last.layer.is_some() {
                    last.label = format!("{} · {}", last.label, l.label);
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
    use super::*;
    use crate::model::{LayerWeights, ParamValues};

    fn dense(inputs: usize, units: usize) -> LayerWeights {
        LayerWeights {
            label: format!("Dense {units}"),
            params: vec![
                ParamValues {
                    name: "weight".into(),
                    shape: vec![inputs, units],
                    values: vec![0.5; inputs * units],
                },
                ParamValues {
                    name: "bias".into(),
                    shape: vec![units],
                    values: vec![0.0; units],
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn columns_follow_the_layers() {
        let w = Weights {
            layers: vec![
                dense(2, 4),
                LayerWeights {
                    label: "ReLU".into(),
                    ..Default::default()
                },
                dense(4, 3),
            ],
        };
        let cols = columns(&w, 2, &["a".into(), "b".into()]);
        assert_eq!(cols.len(), 3);
        assert_eq!(cols[0].names, vec!["a", "b"]);
        assert_eq!(cols[1].label, "Dense 4 · ReLU");
        assert_eq!(cols[2].label, "Output Dense 3");
        assert_eq!(cols[2].units, 3);
        assert_eq!(histogram(&[0.0, 0.5, 1.0, 1.0], 2), vec![1, 3]);
    }
}
