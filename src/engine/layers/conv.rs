//! 2-D convolution as a custom dfdx op: im2col + GEMM forward, GEMM + col2im backward.
//! (dfdx 0.13's own conv2d is gated behind a nightly feature that does not build.)

use crate::engine::param::{PTensor, Param};
use crate::engine::tensor::{download, gemm, host_op_opt, Buf, Float, Traced, View};
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

    /// The output columns `lo..hi` whose input column `ox·stride + kx − pad` lies inside
    /// the image (the others read padding).
    #[inline]
    fn valid_cols(&self, kx: usize) -> (usize, usize) {
        let s = self.stride.max(1);
        let lo = if self.pad > kx {
            (self.pad - kx).div_ceil(s)
        } else {
            0
        };
        let hi = if self.w + self.pad > kx {
            (self.w + self.pad - kx).div_ceil(s).min(self.ow)
        } else {
            0
        };
        (lo.min(hi), hi)
    }

    /// The input row for output row `oy` and kernel row `ky`, or None in padding.
    #[inline]
    fn src_row(&self, oy: usize, ky: usize) -> Option<usize> {
        (oy * self.stride + ky)
            .checked_sub(self.pad)
            .filter(|&iy| iy < self.h)
    }
}

/// Fills `cols` (c·k·k × oh·ow) for one sample.
fn im2col<E: Float>(g: &Geometry, x: &[E], cols: &mut [E]) {
    let p = g.oh * g.ow;
    for ci in 0..g.c {
        for ky in 0..g.k {
            for kx in 0..g.k {
                let row = ((ci * g.k + ky) * g.k + kx) * p;
                let (lo, hi) = g.valid_cols(kx);
                for oy in 0..g.oh {
                    let dst = &mut cols[row + oy * g.ow..row + (oy + 1) * g.ow];
                    let Some(iy) = g.src_row(oy, ky) else {
                        dst.fill(E::zero());
                        continue;
                    };
                    let src = &x[(ci * g.h + iy) * g.w..(ci * g.h + iy + 1) * g.w];
                    dst[..lo].fill(E::zero());
                    dst[hi..].fill(E::zero());
                    if lo < hi {
                        let first = lo * g.stride + kx - g.pad;
                        if g.stride == 1 {
                            dst[lo..hi].copy_from_slice(&src[first..first + (hi - lo)]);
                        } else {
                            for (d, &v) in dst[lo..hi]
                                .iter_mut()
                                .zip(src[first..].iter().step_by(g.stride))
                            {
                                *d = v;
                            }
                        }
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
                let (lo, hi) = g.valid_cols(kx);
                if lo >= hi {
                    continue;
                }
                let first = lo * g.stride + kx - g.pad;
                for oy in 0..g.oh {
                    let Some(iy) = g.src_row(oy, ky) else {
                        continue;
                    };
                    let src = &cols[row + oy * g.ow + lo..row + oy * g.ow + hi];
                    let dst = &mut dx[(ci * g.h + iy) * g.w + first..(ci * g.h + iy + 1) * g.w];
                    for (d, &v) in dst.iter_mut().step_by(g.stride.max(1)).zip(src) {
                        *d += v;
                    }
                }
            }
        }
    }
}

/// The convolution's forward pass, computing the gradient of the input only when
/// `input_grad` is true.
pub fn forward_opt<E: Float>(
    x: Traced<E>,
    g: Geometry,
    params: &[Param<E>],
    input_grad: bool,
) -> Traced<E>
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
    let (wv, bv) = (download(w), download(b));
    let (w_ghost, b_ghost) = (w.clone(), b.clone());
    host_op_opt(
        x,
        filters * p,
        input_grad,
        |xv, out| {
            let rows = xv.len() / in_len.max(1);
            let mut cols = Buf::any(rows * ckk * p);
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
            move |(cols, wv): &(Buf<E>, Buf<E>), _xv, gout, gin, grads| {
                let rows = gout.len() / (filters * p).max(1);
                let mut dw = Buf::zeros(filters * ckk);
                let mut db = Buf::zeros(filters);
                let mut dcols = Buf::any(if gin.is_empty() { 0 } else { ckk * p });
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
                    if gin.is_empty() {
                        continue;
                    }
                    gemm(
                        View::rm_t(wv, filters, ckk),
                        View::rm(go, filters, p),
                        &mut dcols,
                        false,
                    );
                    col2im(&g, &dcols, &mut gin[n * in_len..(n + 1) * in_len]);
                }
                for (d, v) in E::grad_slice(grads, &w_ghost)?.iter_mut().zip(dw.iter()) {
                    *d += *v;
                }
                for (d, v) in E::grad_slice(grads, &b_ghost)?.iter_mut().zip(db.iter()) {
                    *d += *v;
                }
                Ok(())
            },
        ),
    )
}
