//! Tensor types, the float trait the engine is generic over, and the two low-level
//! helpers the hand-written layers share: a strided GEMM and a host-side custom op that
//! plugs its own backward kernel into dfdx's tape.

use dfdx::prelude::{Cpu, Gradients, OwnedTape, PutTape, SplitTape, Tape, Tensor, TensorFromVec};
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::CpuError;
use dfdx::tensor_ops::Device;

/// A floating-point type the engine runs in: f32 for training, f64 for gradient checks.
pub trait Float:
    dfdx::dtypes::Dtype
    + num_traits::Float
    + num_traits::FromPrimitive
    + num_traits::ToPrimitive
    + std::iter::Sum
    + Send
    + Sync
    + 'static
{
    /// The gradient buffer of `t` in `grads` as a slice, allocated (zeros) if absent.
    ///
    /// (Implemented per concrete type: in generic code dfdx's storage type cannot be named.)
    fn grad_slice<'g, S: Shape>(
        grads: &'g mut Gradients<Self, Cpu>,
        t: &Tensor<S, Self, Cpu>,
    ) -> Result<&'g mut [Self], CpuError>;
}

macro_rules! impl_float {
    ($t:ty) => {
        impl Float for $t {
            fn grad_slice<'g, S: Shape>(
                grads: &'g mut Gradients<$t, Cpu>,
                t: &Tensor<S, $t, Cpu>,
            ) -> Result<&'g mut [$t], CpuError> {
                Ok(&mut grads.get_or_alloc_mut(t)?[..])
            }
        }
    };
}
impl_float!(f32);
impl_float!(f64);

/// The engine's device (dfdx CPU).
pub type Dev = Cpu;
/// A parameter matrix without a tape.
pub type Mat<E> = Tensor<(usize, usize), E, Cpu>;
/// A parameter vector without a tape.
pub type Vector<E> = Tensor<(usize,), E, Cpu>;
/// An activation batch (rows × values) carrying the gradient tape.
pub type Traced<E> = Tensor<(usize, usize), E, Cpu, OwnedTape<E, Cpu>>;
/// Gradients of a backward pass.
pub type Grads<E> = Gradients<E, Cpu>;

/// Converts an f64 constant into the engine's float type.
#[inline]
pub fn c<E: Float>(v: f64) -> E {
    E::from_f64(v).unwrap_or_else(E::zero)
}

/// A row-major matrix view for [`gemm`]: data plus row and column strides.
#[derive(Clone, Copy)]
pub struct View<'a, E> {
    /// Backing data.
    pub data: &'a [E],
    /// Rows.
    pub rows: usize,
    /// Columns.
    pub cols: usize,
    /// Stride between rows.
    pub rs: usize,
    /// Stride between columns.
    pub cs: usize,
}

impl<'a, E> View<'a, E> {
    /// A contiguous row-major matrix.
    pub fn rm(data: &'a [E], rows: usize, cols: usize) -> Self {
        View {
            data,
            rows,
            cols,
            rs: cols,
            cs: 1,
        }
    }
    /// The transpose of a contiguous row-major `rows × cols` matrix (so `cols × rows`).
    pub fn rm_t(data: &'a [E], rows: usize, cols: usize) -> Self {
        View {
            data,
            rows: cols,
            cols: rows,
            rs: 1,
            cs: cols,
        }
    }
    fn fits(&self) -> bool {
        self.rows == 0
            || self.cols == 0
            || (self.rows - 1) * self.rs + (self.cols - 1) * self.cs < self.data.len()
    }
}

/// `dst (m×n, row-major contiguous) = [dst +] a (m×k) · b (k×n)`, using the `gemm` crate
/// that dfdx itself uses. Panics (a programming error, never user input) if a view does not
/// fit its data.
pub fn gemm<E: Float>(a: View<E>, b: View<E>, dst: &mut [E], accumulate: bool) {
    let (m, k, n) = (a.rows, a.cols, b.cols);
    assert!(
        b.rows == k && dst.len() >= m * n && a.fits() && b.fits(),
        "gemm shapes"
    );
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        if !accumulate {
            dst[..m * n].iter_mut().for_each(|v| *v = E::zero());
        }
        return;
    }
    // SAFETY: the asserts above guarantee every index gemm touches lies inside the slices;
    // dst does not alias a or b (it is a distinct &mut).
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            dst.as_mut_ptr(),
            1,
            n as isize,
            accumulate,
            a.data.as_ptr(),
            a.cs as isize,
            a.rs as isize,
            b.data.as_ptr(),
            b.cs as isize,
            b.rs as isize,
            E::one(),
            E::one(),
            false,
            false,
            false,
            gemm::Parallelism::None,
        );
    }
}

/// The backward half of a [`host_op`]: given the saved context, the input values and the
/// output gradient, it writes the input gradient and may add parameter gradients to `grads`.
pub type HostBackward<E, C> =
    Box<dyn FnOnce(&C, &[E], &[E], &mut [E], &mut Grads<E>) -> Result<(), CpuError>>;

/// Runs a layer computed on the host as a dfdx custom op: `forward(x, out)` fills the
/// output (rows × `out_cols`) and returns a context; `backward` is put on the tape.
pub fn host_op<E: Float, C: 'static>(
    x: Traced<E>,
    out_cols: usize,
    forward: impl FnOnce(&[E], &mut [E]) -> C,
    backward: HostBackward<E, C>,
) -> Traced<E>
where
    Cpu: Device<E>,
{
    let rows = x.shape().0;
    let (x, mut tape) = x.split_tape();
    let xv = x.as_vec();
    let mut out = vec![E::zero(); rows * out_cols];
    let ctx = forward(&xv, &mut out);
    let out_t: Mat<E> = x.device().tensor_from_vec(out, (rows, out_cols));
    let out_ghost = out_t.clone();
    tape.add_backward_op(move |grads| {
        let gout: Vec<E> = E::grad_slice(grads, &out_ghost)?.to_vec();
        let mut gin = vec![E::zero(); xv.len()];
        backward(&ctx, &xv, &gout, &mut gin, grads)?;
        let dst = E::grad_slice(grads, &x)?;
        for (d, g) in dst.iter_mut().zip(gin) {
            *d += g;
        }
        Ok(())
    });
    out_t.put_tape(tape)
}
