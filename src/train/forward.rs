//! A plain forward pass through a weight snapshot: what the views show for a sample without
//! asking the worker, beside the worker's own step traces ([`super::insight`]).

use super::insight::{TraceLayer, TraceParam};
use crate::model::{LayerSpec, Resolved, Weights};

/// The forward pass of one input `x` through `weights`, layer by layer, for networks made
/// only of dense, activation, dropout and flatten layers (`None` otherwise, or when the
/// weights do not fit `net`): `net` gives the layer kinds, `weights` their values. Plain
/// arithmetic on at most a few thousand numbers, in evaluation mode (dropout passes values
/// through), with each activation computed by
/// [`Activation::apply`](crate::model::Activation::apply).
pub fn forward_plain(net: &Resolved, weights: &Weights, x: &[f32]) -> Option<Vec<TraceLayer>> {
    if net.layers.len() != weights.layers.len() {
        return None;
    }
    let mut a = x.to_vec();
    let mut out = Vec::with_capacity(net.layers.len());
    for (info, lw) in net.layers.iter().zip(&weights.layers) {
        let next: Vec<f32> = match &info.spec {
            LayerSpec::Dense { .. } => {
                let w = lw.params.iter().find(|p| p.name == "weight")?;
                let (inputs, units) = match w.shape.as_slice() {
                    [i, u] => (*i, *u),
                    _ => return None,
                };
                if inputs != a.len() || w.values.len() != inputs * units {
                    return None;
                }
                let b = lw.params.iter().find(|p| p.name == "bias");
                (0..units)
                    .map(|j| {
                        let bias = b.and_then(|b| b.values.get(j)).copied().unwrap_or(0.0);
                        (0..inputs)
                            .map(|i| w.values[i * units + j] * a[i])
                            .sum::<f32>()
                            + bias
                    })
                    .collect()
            }
            LayerSpec::Act(act) => a.iter().map(|&v| act.apply(v)).collect(),
            LayerSpec::Dropout { .. } | LayerSpec::Flatten => a.clone(),
            _ => return None,
        };
        out.push(TraceLayer {
            label: if info.is_head {
                format!("Output {}", info.spec)
            } else {
                info.spec.to_string()
            },
            output: next.clone(),
            params: lw
                .params
                .iter()
                .map(|p| TraceParam {
                    name: p.name.clone(),
                    shape: p.shape.clone(),
                    value: p.values.clone(),
                    ..Default::default()
                })
                .collect(),
        });
        a = next;
    }
    Some(out)
}
