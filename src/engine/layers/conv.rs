//! 2-D convolution as a custom dfdx op: im2col + GEMM forward, GEMM + col2im backward.
//! (dfdx 0.13's own conv2d is gated behind a nightly feature that does not build.)

use crate::engine::param::{PTensor, Param};
use crate::engine::tensor::{gemm, host_op, Float, Traced, View};
use dfdx::prelude::*;

/// Geometry of a convolution or pooling window over a C×H×W input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// Input channels.
    pub c: usize,
    /// Input height.
    pub h: usize,
    /// Input width.
    pub w: usize,
    /// Window size.
    pub k: usize,
    /// Stride.
    pub stride: usize,
    /// Zero padding.
    pub pad: usize,
    /// Output height.
    pub oh: usize,
    /// Output width.
    pub ow: usize,
}

impl Geometry {
    /// Builds the geometry; the output size follows the usual floor rule.
    pub fn new(c: usize, h: usize, w: usize, k: usize, stride: usize, pad: usize) -> Self {
        let oh = (h + 2 * pad - k) / stride + 1;
        let ow = (w + 2 * pad - k) / stride + 1;
        Geometry {
            c,
            h,
            w,
            k,
            stride,
            pad,
            oh,
            ow,
        }
    }

    /// Input index for (channel, output y, output x, kernel y, kernel x), or None in padding.
    #[inline]
    fn src(&self, ci: usize, oy: usize, ox: usize, ky: usize, kx: usize) -> Option<usize> {
        let iy = (oy * self.stride + ky).checked_sub(self.pad)?;
        let ix = (ox * self.stride + kx).checked_sub(self.pad)?;
        (iy < self.h && ix < self.w).then(|| (ci * self.h + iy) * self.w + ix)
    }
}

/// Fills `cols` (c·k·k × oh·ow) for one sample.
fn im2col<E: Float>(g: &Geometry, x: &[E], cols: &mut [E]) {
    let p = g.oh * g.ow;
    for ci in 0..g.c {
        for ky in 0..g.k {
            for kx in 0..g.k {
                let row = ((ci * g.k + ky) * g.k + kx) * p;
                for oy in 0..g.oh {
                    for ox in 0..g.ow {
                        cols[row + oy * g.ow + ox] =
                            g.src(ci, oy, ox, ky, kx).map_or(E::zero(), |i| x[i]);
                    }
                }
            }
        }
    }
}

/// Adds `cols` (c·k·k × oh·ow) back into the input gradient of one sample.
fn col2im<E: Float>(g: &Geometry, cols: &[E], dx: &mut [E]) {
    let p = g.oh * g.ow;
    for ci in 0..g.c {
        for ky in 0..g.k {
            for kx in 0..g.k {
                let row = ((ci * g.k + ky) * g.k + kx) * p;
                for oy in 0..g.oh {
                    for ox in 0..g.ow {
                        if let Some(i) = g.src(ci, oy, ox, ky, kx) {
                            dx[i] += cols[row + oy * g.ow + ox];
                        }
                    }
                }
            }
        }
    }
}

/// Forward pass; params are `[weight (filters × c·k·k), bias (filters)]`.
pub fn forward<E: Float>(x: Traced<E>, g: Geometry, params: &[Param<E>]) -> Traced<E>
where
    Cpu: Device<E>,
{
    let (Some(PTensor::Mat(w)), Some(PTensor::Vec(b))) =
        (params.first().map(|p| &p.t), params.get(1).map(|p| &p.t))
    else {
        return x;
    };
    let filters = w.shape().0;
    let ckk = g.c * g.k * g.k;
    let p = g.oh * g.ow;
    let in_len = g.c * g.h * g.w;
    let (wv, bv) = (w.as_vec(), b.as_vec());
    let (w_ghost, b_ghost) = (w.clone(), b.clone());
    host_op(
        x,
        filters * p,
        |xv, out| {
            let rows = xv.len() / in_len.max(1);
            let mut cols = vec![E::zero(); rows * ckk * p];
            for n in 0..rows {
                let cn = &mut cols[n * ckk * p..(n + 1) * ckk * p];
                im2col(&g, &xv[n * in_len..(n + 1) * in_len], cn);
                let on = &mut out[n * filters * p..(n + 1) * filters * p];
                for (f, row) in on.chunks_mut(p).enumerate() {
                    row.iter_mut().for_each(|v| *v = bv[f]);
                }
                gemm(View::rm(&wv, filters, ckk), View::rm(cn, ckk, p), on, true);
            }
            (cols, wv)
        },
        Box::new(
            move |(cols, wv): &(Vec<E>, Vec<E>), _xv, gout, gin, grads| {
                let rows = gout.len() / (filters * p).max(1);
                let mut dw = vec![E::zero(); filters * ckk];
                let mut db = vec![E::zero(); filters];
                let mut dcols = vec![E::zero(); ckk * p];
                for n in 0..rows {
                    let go = &gout[n * filters * p..(n + 1) * filters * p];
                    let cn = &cols[n * ckk * p..(n + 1) * ckk * p];
                    gemm(
                        View::rm(go, filters, p),
                        View::rm_t(cn, ckk, p),
                        &mut dw,
                        true,
                    );
                    for (f, row) in go.chunks(p).enumerate() {
                        db[f] += row.iter().copied().sum::<E>();
                    }
                    gemm(
                        View::rm_t(wv, filters, ckk),
                        View::rm(go, filters, p),
                        &mut dcols,
                        false,
                    );
                    col2im(&g, &dcols, &mut gin[n * in_len..(n + 1) * in_len]);
                }
                for (d, v) in E::grad_slice(grads, &w_ghost)?.iter_mut().zip(dw) {
                    *d += v;
                }
                for (d, v) in E::grad_slice(grads, &b_ghost)?.iter_mut().zip(db) {
                    *d += v;
                }
                Ok(())
            },
        ),
    )
}
