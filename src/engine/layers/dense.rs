//! Fully connected layer: `y = x · W + b`, a custom op with its own GEMM kernels (the bias
//! is fused into the forward product, and the input gradient is skipped when no one needs
//! it, e.g. for the first layer during training).

use crate::engine::param::{PTensor, Param};
use crate::engine::tensor::{download, gemm, host_op_opt, Buf, Float, Traced, View};
use dfdx::prelude::*;

/// The dense layer's forward pass, computing the gradient of the input only when
/// `input_grad` is true.
pub fn forward_opt<E: Float>(x: Traced<E>, params: &[Param<E>], input_grad: bool) -> Traced<E>
where
    Cpu: Device<E>,
{
    let Some(PTensor::Mat(w)) = params.first().map(|p| &p.t) else {
        return x;
    };
    let bias = match params.get(1).map(|p| &p.t) {
        Some(PTensor::Vec(b)) => Some(b.clone()),
        _ => None,
    };
    let (n_in, units) = *w.shape();
    let wv = download(w);
    let bv = bias.as_ref().map(download);
    let w_ghost = w.clone();
    host_op_opt(
        x,
        units,
        input_grad,
        |xv, out| -> Buf<E> {
            let rows = xv.len() / n_in.max(1);
            if let Some(bv) = &bv {
                for row in out.chunks_mut(units.max(1)) {
                    row.copy_from_slice(bv);
                }
            }
            gemm(
                View::rm(xv, rows, n_in),
                View::rm(&wv, n_in, units),
                out,
                bv.is_some(),
            );
            wv
        },
        Box::new(move |wv: &Buf<E>, xv, gout, gin, grads| {
            let rows = gout.len() / units.max(1);
            gemm(
                View::rm_t(xv, rows, n_in),
                View::rm(gout, rows, units),
                E::grad_slice(grads, &w_ghost)?,
                true,
            );
            if let Some(b) = &bias {
                let gb = E::grad_slice(grads, b)?;
                for row in gout.chunks(units.max(1)) {
                    for (g, &v) in gb.iter_mut().zip(row) {
                        *g += v;
                    }
                }
            }
            if !gin.is_empty() {
                gemm(
                    View::rm(gout, rows, units),
                    View::rm_t(wv, n_in, units),
                    gin,
                    false,
                );
            }
            Ok(())
        }),
    )
}
