//! Max and average pooling as custom dfdx ops with their own backward passes.

use super::conv::Geometry;
use crate::engine::tensor::{c, host_op, Float, Traced};
use dfdx::prelude::*;

/// Max pooling: each output keeps the largest value of its window; the gradient flows
/// only to that value.
pub fn max<E: Float>(x: Traced<E>, g: Geometry) -> Traced<E>
where
    Cpu: Device<E>,
{
    let in_len = g.c * g.h * g.w;
    let out_len = g.c * g.oh * g.ow;
    host_op(
        x,
        out_len,
        |xv, out| {
            let rows = xv.len() / in_len.max(1);
            let mut arg = vec![0u32; rows * out_len];
            for n in 0..rows {
                let xs = &xv[n * in_len..(n + 1) * in_len];
                for ci in 0..g.c {
                    for oy in 0..g.oh {
                        for ox in 0..g.ow {
                            let mut best = E::neg_infinity();
                            let mut best_i = 0usize;
                            for ky in 0..g.k {
                                let row = (ci * g.h + oy * g.stride + ky) * g.w + ox * g.stride;
                                for (kx, &v) in xs[row..row + g.k].iter().enumerate() {
                                    if v > best || (kx == 0 && ky == 0) {
                                        best = v;
                                        best_i = row + kx;
                                    }
                                }
                            }
                            let o = n * out_len + (ci * g.oh + oy) * g.ow + ox;
                            out[o] = best;
                            arg[o] = best_i as u32;
                        }
                    }
                }
            }
            arg
        },
        Box::new(move |arg: &Vec<u32>, _xv, gout, gin, _grads| {
            for (o, (&a, &go)) in arg.iter().zip(gout).enumerate() {
                let n = o / out_len.max(1);
                gin[n * in_len + a as usize] += go;
            }
            Ok(())
        }),
    )
}

/// Average pooling: each output is the mean of its window; the gradient is shared evenly.
pub fn avg<E: Float>(x: Traced<E>, g: Geometry) -> Traced<E>
where
    Cpu: Device<E>,
{
    let in_len = g.c * g.h * g.w;
    let out_len = g.c * g.oh * g.ow;
    let scale: E = c(1.0 / (g.k * g.k) as f64);
    let windows = move |mut visit: Box<dyn FnMut(usize, usize) + '_>, rows: usize| {
        for n in 0..rows {
            for ci in 0..g.c {
                for oy in 0..g.oh {
                    for ox in 0..g.ow {
                        let o = n * out_len + (ci * g.oh + oy) * g.ow + ox;
                        for ky in 0..g.k {
                            let row =
                                n * in_len + (ci * g.h + oy * g.stride + ky) * g.w + ox * g.stride;
                            for kx in 0..g.k {
                                visit(o, row + kx);
                            }
                        }
                    }
                }
            }
        }
    };
    host_op(
        x,
        out_len,
        |xv, out| {
            let rows = xv.len() / in_len.max(1);
            windows(Box::new(|o, i| out[o] += xv[i] * scale), rows);
        },
        Box::new(move |_: &(), xv, gout, gin, _grads| {
            let rows = xv.len() / in_len.max(1);
            windows(Box::new(|o, i| gin[i] += gout[o] * scale), rows);
            Ok(())
        }),
    )
}
