//! Max and average pooling as custom dfdx ops with their own backward passes.

use super::conv::Geometry;
use crate::engine::tensor::{c, host_op, host_op_opt, Float, Traced};
use dfdx::prelude::*;

/// The input offset (within one sample) of the largest value of output `(ci, oy, ox)`'s
/// window; ties go to the first in row-major window order.
#[inline]
fn argmax<E: Float>(g: &Geometry, xs: &[E], ci: usize, oy: usize, ox: usize) -> usize {
    let top = (ci * g.h + oy * g.stride) * g.w + ox * g.stride;
    let mut best_i = top;
    let mut best = xs[top];
    for ky in 0..g.k {
        let row = top + ky * g.w;
        for (kx, &v) in xs[row..row + g.k].iter().enumerate() {
            if v > best {
                best = v;
                best_i = row + kx;
            }
        }
    }
    best_i
}

/// Max pooling, computing the gradient of the input only when `input_grad` is true.
pub fn max_opt<E: Float>(x: Traced<E>, g: Geometry, input_grad: bool) -> Traced<E>
where
    Cpu: Device<E>,
{
    let in_len = g.c * g.h * g.w;
    let out_len = g.c * g.oh * g.ow;
    host_op_opt(
        x,
        out_len,
        input_grad,
        |xv, out| {
            if in_len == 0 || out_len == 0 {
                return;
            }
            for (xs, os) in xv.chunks(in_len).zip(out.chunks_mut(out_len)) {
                let mut o = 0;
                for ci in 0..g.c {
                    for oy in 0..g.oh {
                        for ox in 0..g.ow {
                            os[o] = xs[argmax(&g, xs, ci, oy, ox)];
                            o += 1;
                        }
                    }
                }
            }
        },
        // The backward pass finds each window's maximum again instead of keeping indices.
        Box::new(move |_: &(), xv, gout, gin, _grads| {
            if gin.is_empty() || in_len == 0 || out_len == 0 {
                return Ok(());
            }
            for ((xs, gs), go) in xv
                .chunks(in_len)
                .zip(gin.chunks_mut(in_len))
                .zip(gout.chunks(out_len))
            {
                let mut o = 0;
                for ci in 0..g.c {
                    for oy in 0..g.oh {
                        for ox in 0..g.ow {
                            gs[argmax(&g, xs, ci, oy, ox)] += go[o];
                            o += 1;
                        }
                    }
                }
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
