//! Element-wise activations. ReLU, Tanh and Sigmoid use dfdx's own kernels; the others are
//! custom ops whose forward is [`Activation::apply`] (the one scalar definition) and whose
//! derivatives are written here (checked against finite differences in tests).

use crate::engine::tensor::{c, host_op, Float, Traced};
use crate::model::Activation;
use dfdx::prelude::*;

fn elementwise<E: Float>(x: Traced<E>, f: impl Fn(E) -> E, df: fn(E, E) -> E) -> Traced<E>
where
    Cpu: Device<E>,
{
    let cols = x.shape().1;
    host_op(
        x,
        cols,
        |xv, out| {
            for (o, &v) in out.iter_mut().zip(xv) {
                *o = f(v);
            }
        },
        Box::new(move |_: &(), xv, gout, gin, _| {
            for ((gi, &go), &v) in gin.iter_mut().zip(gout).zip(xv) {
                *gi = go * df(v, E::zero());
            }
            Ok(())
        }),
    )
}

const GELU_K: f64 = 0.797_884_560_802_865_4; // sqrt(2/pi), as in `Activation::apply`

/// Applies an activation.
pub fn forward<E: Float>(x: Traced<E>, act: Activation) -> Traced<E>
where
    Cpu: Device<E>,
{
    match act {
        Activation::ReLU => x.relu(),
        Activation::Tanh => x.tanh(),
        Activation::Sigmoid => x.sigmoid(),
        Activation::LeakyReLU { slope } => {
            let s: E = c(slope as f64);
            let cols = x.shape().1;
            host_op(
                x,
                cols,
                move |xv, out| {
                    for (o, &v) in out.iter_mut().zip(xv) {
                        *o = act.apply(v);
                    }
                },
                Box::new(move |_: &(), xv, gout, gin, _| {
                    for ((gi, &go), &v) in gin.iter_mut().zip(gout).zip(xv) {
                        *gi = if v > E::zero() { go } else { go * s };
                    }
                    Ok(())
                }),
            )
        }
        Activation::ELU { alpha } => {
            let a: E = c(alpha as f64);
            let cols = x.shape().1;
            host_op(
                x,
                cols,
                move |xv, out| {
                    for (o, &v) in out.iter_mut().zip(xv) {
                        *o = act.apply(v);
                    }
                },
                Box::new(move |_: &(), xv, gout, gin, _| {
                    for ((gi, &go), &v) in gin.iter_mut().zip(gout).zip(xv) {
                        *gi = if v > E::zero() { go } else { go * a * v.exp() };
                    }
                    Ok(())
                }),
            )
        }
        Activation::GELU => elementwise(
            x,
            |v| act.apply(v),
            |v, _| {
                let k: E = c(GELU_K);
                let u = k * (v + c::<E>(0.044715) * v * v * v);
                let t = u.tanh();
                let du = k * (E::one() + c::<E>(3.0 * 0.044715) * v * v);
                c::<E>(0.5) * (E::one() + t) + c::<E>(0.5) * v * (E::one() - t * t) * du
            },
        ),
        Activation::Softplus => elementwise(
            x,
            |v| act.apply(v),
            |v, _| E::one() / (E::one() + (-v).exp()),
        ),
    }
}
