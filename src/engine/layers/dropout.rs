//! Inverted dropout: in training, each value is kept with probability 1 − p and scaled by
//! 1 / (1 − p); at evaluation the layer passes values through unchanged.

use crate::engine::tensor::{c, upload, Float, Mat, Traced};
use dfdx::prelude::*;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// Applies dropout with a mask drawn from `rng` (the network's seeded dropout stream).
pub fn forward<E: Float>(x: Traced<E>, p: f32, train: bool, rng: &mut ChaCha8Rng) -> Traced<E>
where
    Cpu: Device<E>,
{
    if !train || p <= 0.0 {
        return x;
    }
    let shape = *x.shape();
    let keep = 1.0 - p as f64;
    let scale: E = c(1.0 / keep);
    let mask: Vec<E> = (0..shape.0 * shape.1)
        .map(|_| {
            if rng.gen::<f64>() < keep {
                scale
            } else {
                E::zero()
            }
        })
        .collect();
    let mask: Mat<E> = upload(x.device(), &mask, shape);
    x * mask
}
