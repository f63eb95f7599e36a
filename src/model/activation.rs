//! The one scalar definition of each activation function: the plain forward pass the
//! views use and the engine's custom kernels both call [`Activation::apply`].

use super::layer::Activation;
use num_traits::{Float, FromPrimitive};

/// √(2/π), the constant of GELU's tanh form.
const GELU_K: f64 = 0.797_884_560_802_865_4;

/// `v` in the float type `F` (zero if it cannot be represented).
fn lit<F: Float + FromPrimitive>(v: f64) -> F {
    F::from_f64(v).unwrap_or_else(F::zero)
}

impl Activation {
    /// The activation of one value, in any float type (`f32` for the views, the engine's
    /// element type in its kernels). GELU is the tanh approximation; Softplus is computed
    /// without overflow.
    pub fn apply<F: Float + FromPrimitive>(&self, v: F) -> F {
        match *self {
            Activation::ReLU => v.max(F::zero()),
            Activation::LeakyReLU { slope } => {
                if v > F::zero() {
                    v
                } else {
                    v * lit::<F>(slope as f64)
                }
            }
            Activation::ELU { alpha } => {
                if v > F::zero() {
                    v
                } else {
                    lit::<F>(alpha as f64) * (v.exp() - F::one())
                }
            }
            Activation::GELU => {
                let u = lit::<F>(GELU_K) * (v + lit::<F>(0.044715) * v * v * v);
                lit::<F>(0.5) * v * (F::one() + u.tanh())
            }
            Activation::Tanh => v.tanh(),
            Activation::Sigmoid => F::one() / (F::one() + (-v).exp()),
            Activation::Softplus => v.max(F::zero()) + (F::one() + (-v.abs()).exp()).ln(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let close = |a: f32, b: f32| (a - b).abs() < 1e-6;
        assert_eq!(Activation::ReLU.apply(-2.0f32), 0.0);
        assert_eq!(Activation::LeakyReLU { slope: 0.1 }.apply(-2.0f32), -0.2);
        assert!(close(
            Activation::ELU { alpha: 1.0 }.apply(-1.0f32),
            (-1.0f32).exp() - 1.0
        ));
        assert!(close(Activation::GELU.apply(1.0f32), 0.841_192));
        assert!(close(Activation::Sigmoid.apply(0.0f32), 0.5));
        assert!(close(Activation::Softplus.apply(0.0f32), 2.0f32.ln()));
        assert_eq!(Activation::Softplus.apply(1000.0f64), 1000.0);
        assert!(close(Activation::Tanh.apply(0.5f32), 0.5f32.tanh()));
    }
}
