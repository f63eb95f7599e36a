//! Weight initializers. Every random draw comes from a ChaCha8 stream derived from the
//! one seed and the layer's position, so the same seed gives bit-identical weights.

use super::tensor::{c, Float};
use crate::model::{Activation, InitChoice};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, StandardNormal};

/// The random stream for one layer's initial weights.
pub fn layer_rng(seed: u64, layer_index: usize) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(layer_index as u64 + 1);
    rng
}

/// Resolves `Auto` by the activation that follows the layer: He for ReLU-like, Xavier otherwise.
pub fn resolve(choice: InitChoice, next: Option<Activation>) -> InitChoice {
    match choice {
        InitChoice::Auto => match next {
            Some(
                Activation::ReLU
                | Activation::LeakyReLU { .. }
                | Activation::ELU { .. }
                | Activation::GELU,
            )
            | Some(Activation::Softplus) => InitChoice::HeNormal,
            _ => InitChoice::XavierUniform,
        },
        other => other,
    }
}

/// Draws `n` initial weights for a layer with the given fan-in and fan-out.
pub fn weights<E: Float>(
    choice: InitChoice,
    n: usize,
    fan_in: usize,
    fan_out: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<E> {
    let fi = fan_in.max(1) as f64;
    let fo = fan_out.max(1) as f64;
    let uniform = |a: f64, rng: &mut ChaCha8Rng| -> Vec<E> {
        (0..n).map(|_| c(rng.gen_range(-a..=a))).collect()
    };
    let normal = |s: f64, rng: &mut ChaCha8Rng| -> Vec<E> {
        (0..n)
            .map(|_| {
                let z: f64 = StandardNormal.sample(rng);
                c(z * s)
            })
            .collect()
    };
    match choice {
        InitChoice::Auto | InitChoice::XavierUniform => uniform((6.0 / (fi + fo)).sqrt(), rng),
        InitChoice::XavierNormal => normal((2.0 / (fi + fo)).sqrt(), rng),
        InitChoice::HeUniform => uniform((6.0 / fi).sqrt(), rng),
        InitChoice::HeNormal => normal((2.0 / fi).sqrt(), rng),
        InitChoice::Constant(v) => vec![c(v as f64); n],
        InitChoice::Zeros => vec![E::zero(); n],
        InitChoice::Uniform(a) => uniform((a as f64).abs(), rng),
        InitChoice::Normal(s) => normal((s as f64).abs(), rng),
    }
}
