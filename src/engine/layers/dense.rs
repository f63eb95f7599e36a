//! Fully connected layer: `y = x · W + b`, computed and differentiated by dfdx.

use crate::engine::param::{PTensor, Param};
use crate::engine::tensor::{Float, Traced};
use dfdx::prelude::*;

/// Forward pass of a dense layer whose params are `[weight (in × out), bias (out)?]`.
pub fn forward<E: Float>(x: Traced<E>, params: &[Param<E>]) -> Traced<E>
where
    Cpu: Device<E>,
{
    let rows = x.shape().0;
    let mut y = match params.first().map(|p| &p.t) {
        Some(PTensor::Mat(w)) => x.matmul(w.clone()),
        _ => x,
    };
    if let Some(PTensor::Vec(b)) = params.get(1).map(|p| &p.t) {
        let units = b.shape().0;
        y = y + b.clone().broadcast_like::<_, Axis<0>>(&(rows, units));
    }
    y
}
