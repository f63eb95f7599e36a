//! Batch and layer normalization, composed from dfdx ops so dfdx differentiates them.

use crate::engine::param::{PTensor, Param};
use crate::engine::tensor::{c, upload, Float, Traced, Vector};
use dfdx::prelude::*;

/// Epsilon added to variances.
pub const EPS: f64 = 1e-5;
/// Momentum of the running statistics (PyTorch's convention).
pub const MOMENTUM: f64 = 0.1;

/// Running mean and variance of a batch-norm layer, used at evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct RunningStats<E> {
    /// Per-channel mean.
    pub mean: Vec<E>,
    /// Per-channel (unbiased) variance.
    pub var: Vec<E>,
}

fn gamma_beta<E: Float>(params: &[Param<E>]) -> Option<(Vector<E>, Vector<E>)> {
    match (params.first().map(|p| &p.t), params.get(1).map(|p| &p.t)) {
        (Some(PTensor::Vec(g)), Some(PTensor::Vec(b))) => Some((g.clone(), b.clone())),
        _ => None,
    }
}

/// Batch normalization over `channels` channels of `size` values each (size 1 for flat
/// features). In training it uses the batch statistics and updates `stats`.
pub fn batch_norm<E: Float>(
    x: Traced<E>,
    channels: usize,
    size: usize,
    params: &[Param<E>],
    stats: &mut RunningStats<E>,
    train: bool,
) -> Traced<E>
where
    Cpu: Device<E>,
{
    let Some((gamma, beta)) = gamma_beta(params) else {
        return x;
    };
    let (rows, cols) = *x.shape();
    let shape3 = (rows, channels, size);
    let x3 = x.reshape_like(&shape3);
    let dev = x3.device().clone();
    let eps: E = c(EPS);
    let y = if train && rows * size > 1 {
        let mean = x3
            .retaped::<OwnedTape<E, Cpu>>()
            .mean::<(usize,), Axes2<0, 2>>();
        let mean_v = mean.as_vec();
        let centered = x3 - mean.broadcast_like::<_, Axes2<0, 2>>(&shape3);
        let var = centered
            .retaped::<OwnedTape<E, Cpu>>()
            .square()
            .mean::<(usize,), Axes2<0, 2>>();
        let var_v = var.as_vec();
        let n = (rows * size) as f64;
        let m: E = c(MOMENTUM);
        let unbias: E = c(n / (n - 1.0));
        for ch in 0..channels {
            stats.mean[ch] = stats.mean[ch] * (E::one() - m) + mean_v[ch] * m;
            stats.var[ch] = stats.var[ch] * (E::one() - m) + var_v[ch] * unbias * m;
        }
        let std = (var + eps).sqrt();
        centered / std.broadcast_like::<_, Axes2<0, 2>>(&shape3)
    } else {
        let mean: Vector<E> = upload(&dev, &stats.mean, (channels,));
        let inv: Vec<E> = stats
            .var
            .iter()
            .map(|&v| E::one() / (v + eps).sqrt())
            .collect();
        let inv: Vector<E> = upload(&dev, &inv, (channels,));
        (x3 - mean.broadcast_like::<_, Axes2<0, 2>>(&shape3))
            * inv.broadcast_like::<_, Axes2<0, 2>>(&shape3)
    };
    let y = y * gamma.broadcast_like::<_, Axes2<0, 2>>(&shape3)
        + beta.broadcast_like::<_, Axes2<0, 2>>(&shape3);
    y.reshape_like(&(rows, cols))
}

/// Layer normalization: each sample's values are normalized to mean 0 and variance 1,
/// then scaled and shifted per value.
pub fn layer_norm<E: Float>(x: Traced<E>, params: &[Param<E>]) -> Traced<E>
where
    Cpu: Device<E>,
{
    let Some((gamma, beta)) = gamma_beta(params) else {
        return x;
    };
    let shape = *x.shape();
    let eps: E = c(EPS);
    let mean = x.retaped::<OwnedTape<E, Cpu>>().mean::<(usize,), Axis<1>>();
    let centered = x - mean.broadcast_like::<_, Axis<1>>(&shape);
    let var = centered
        .retaped::<OwnedTape<E, Cpu>>()
        .square()
        .mean::<(usize,), Axis<1>>();
    let xhat = centered / (var + eps).sqrt().broadcast_like::<_, Axis<1>>(&shape);
    xhat * gamma.broadcast_like::<_, Axis<0>>(&shape) + beta.broadcast_like::<_, Axis<0>>(&shape)
}
