//! Tensor types, the float trait the engine is generic over, and the two low-level
//! helpers the hand-written layers share: a strided GEMM and a host-side custom op that
//! plugs its own backward kernel into dfdx's tape.

use dfdx::prelude::{
    Cpu, Gradients, OwnedTape, PutTape, ReshapeTo, SplitTape, Tape, Tensor, ZerosTensor,
};
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::CpuError;
use dfdx::tensor_ops::Device;
use std::cell::RefCell;
use std::thread::LocalKey;

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

    /// This thread's pool of reusable host buffers of this type (see [`Buf`]).
    fn pool() -> &'static LocalKey<RefCell<Pool<Self>>>;
}

thread_local! {
    static POOL_F32: RefCell<Pool<f32>> = RefCell::new(Pool::default());
    static POOL_F64: RefCell<Pool<f64>> = RefCell::new(Pool::default());
}

macro_rules! impl_float {
    ($t:ty, $pool:ident) => {
        impl Float for $t {
            fn pool() -> &'static LocalKey<RefCell<Pool<$t>>> {
                &$pool
            }

            fn grad_slice<'g, S: Shape>(
                grads: &'g mut Gradients<$t, Cpu>,
                t: &Tensor<S, $t, Cpu>,
            ) -> Result<&'g mut [$t], CpuError> {
                Ok(&mut grads.get_or_alloc_mut(t)?[..])
            }
        }
    };
}
impl_float!(f32, POOL_F32);
impl_float!(f64, POOL_F64);

/// Most buffers a thread's pool keeps.
const POOL_MAX_BUFFERS: usize = 48;
/// Most values (all buffers together) a thread's pool keeps.
const POOL_MAX_VALUES: usize = 32 << 20;

/// Freed host buffers kept for reuse, so the training loop does not ask the system for
/// (and fault in) fresh pages of memory every step. One pool per thread and type.
#[derive(Debug, Default)]
pub struct Pool<E> {
    free: Vec<Vec<E>>,
    values: usize,
}

impl<E: Copy> Pool<E> {
    fn take(&mut self, len: usize) -> Option<Vec<E>> {
        let best = self
            .free
            .iter()
            .enumerate()
            .filter(|(_, v)| v.capacity() >= len)
            .min_by_key(|(_, v)| v.capacity())
            .map(|(i, _)| i)?;
        let v = self.free.swap_remove(best);
        self.values -= v.capacity();
        Some(v)
    }

    fn put(&mut self, v: Vec<E>) {
        let cap = v.capacity();
        if cap == 0 || cap > POOL_MAX_VALUES {
            return;
        }
        // Evict the oldest buffers until this one fits.
        while self.free.len() >= POOL_MAX_BUFFERS || self.values + cap > POOL_MAX_VALUES {
            let old = self.free.remove(0);
            self.values -= old.capacity();
        }
        self.values += cap;
        self.free.push(v);
    }
}

/// A host buffer taken from this thread's [`Pool`]; it goes back there when dropped.
#[derive(Debug)]
pub struct Buf<E: Float>(Vec<E>);

impl<E: Float> Buf<E> {
    /// A buffer of `len` zeros.
    pub fn zeros(len: usize) -> Self {
        let mut b = Self::any(len);
        b.0.fill(E::zero());
        b
    }

    /// A buffer of `len` values whose contents are unspecified (to be overwritten).
    pub fn any(len: usize) -> Self {
        let v = E::pool()
            .try_with(|p| p.borrow_mut().take(len))
            .ok()
            .flatten();
        match v {
            Some(mut v) => {
                if v.len() >= len {
                    v.truncate(len);
                } else {
                    v.resize(len, E::zero());
                }
                Buf(v)
            }
            None => Buf(vec![E::zero(); len]),
        }
    }

    /// A copy of `src`.
    pub fn copy_of(src: &[E]) -> Self {
        let mut b = Self::any(src.len());
        b.0.copy_from_slice(src);
        b
    }
}

impl<E: Float> std::ops::Deref for Buf<E> {
    type Target = [E];
    fn deref(&self) -> &[E] {
        &self.0
    }
}

impl<E: Float> std::ops::DerefMut for Buf<E> {
    fn deref_mut(&mut self) -> &mut [E] {
        &mut self.0
    }
}

impl<E: Float> Drop for Buf<E> {
    fn drop(&mut self) {
        let v = std::mem::take(&mut self.0);
        // During thread teardown the pool may be gone; the buffer is then simply freed.
        let _ = E::pool().try_with(|p| p.borrow_mut().put(v));
    }
}

/// A tensor holding a copy of `src` (row-major, `shape.num_elements()` values), allocated
/// through the device so that its memory comes from (and returns to) dfdx's cache.
pub fn upload<E: Float, S: Shape>(dev: &Cpu, src: &[E], shape: S) -> Tensor<S, E, Cpu>
where
    Cpu: Device<E>,
{
    let mut t = dev.zeros_like(&shape);
    t.copy_from(src);
    t
}

/// The values of a contiguous tensor copied into a pooled buffer.
pub fn download<E: Float, S: Shape, T>(t: &Tensor<S, E, Cpu, T>) -> Buf<E>
where
    Cpu: Device<E>,
{
    let mut b = Buf::any(t.shape().num_elements());
    t.copy_into(&mut b);
    b
}

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

thread_local! {
    /// Threads the products started on this thread use ([`set_gemm_threads`]).
    static GEMM_THREADS: std::cell::Cell<usize> = const { std::cell::Cell::new(1) };
}

/// Sets how many threads the matrix products started on the calling thread use (1: this
/// thread alone). More threads split the output between them, never a sum, so results are
/// bit-identical for every count; products too small to gain stay on one thread.
pub fn set_gemm_threads(n: usize) {
    GEMM_THREADS.with(|t| t.set(n.max(1)));
}

/// The matrix-product kernels the `gemm` crate picks on this processor at run time (the
/// same test it makes): `avx512f`, `fma` (AVX2 with FMA) or `scalar`; other architectures
/// report `portable`. One binary runs on every x86-64 processor.
pub fn gemm_kernels() -> &'static str {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            "avx512f"
        } else if std::arch::is_x86_feature_detected!("fma") {
            "fma"
        } else {
            "scalar"
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        "portable"
    }
}

/// The thread count set by [`set_gemm_threads`] on the calling thread.
pub fn gemm_threads() -> usize {
    GEMM_THREADS.with(std::cell::Cell::get)
}

/// `dst (m×n, row-major contiguous) = [dst +] a (m×k) · b (k×n)`, using the `gemm` crate,
/// whose kernels are chosen at run time for the processor (AVX-512, AVX2+FMA or plain),
/// on [`gemm_threads`] threads. Panics (a programming error, never user input) if a view
/// does not fit its data.
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
    if m * n * k <= SMALL_PRODUCT {
        small_gemm(a, b, &mut dst[..m * n], accumulate);
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
            match gemm_threads() {
                1 => gemm::Parallelism::None,
                n => gemm::Parallelism::Rayon(n),
            },
        );
    }
}

/// Products of at most this many multiply-adds are computed by [`small_gemm`]: below it
/// the `gemm` crate's set-up (its kernel choice and a workspace it allocates per call)
/// costs more than the arithmetic. The layers of a 2-8-8-1 network all fall below.
pub const SMALL_PRODUCT: usize = 1024;

/// `dst = [dst +] a · b` by plain loops, summing over `k` in ascending order (one thread,
/// deterministic). For tiny products only (see [`SMALL_PRODUCT`]).
fn small_gemm<E: Float>(a: View<E>, b: View<E>, dst: &mut [E], accumulate: bool) {
    let (k, n) = (a.cols, b.cols);
    if !accumulate {
        dst.fill(E::zero());
    }
    // Each value is `dst + a[i,0]·b[0,j] + a[i,1]·b[1,j] + …` in this order whichever loop
    // runs innermost, so both branches give the same bits.
    for (i, row) in dst.chunks_exact_mut(n).enumerate() {
        let a_row = |p: usize| a.data[i * a.rs + p * a.cs];
        if b.cs == 1 {
            for p in 0..k {
                let aip = a_row(p);
                let b_row = &b.data[p * b.rs..p * b.rs + n];
                for (d, &bv) in row.iter_mut().zip(b_row) {
                    *d += aip * bv;
                }
            }
        } else {
            for (j, d) in row.iter_mut().enumerate() {
                let mut acc = *d;
                for p in 0..k {
                    acc += a_row(p) * b.data[p * b.rs + j * b.cs];
                }
                *d = acc;
            }
        }
    }
}

/// The backward half of a [`host_op`]: given the saved context, the input values and the
/// output gradient, it writes the input gradient (zeros on entry; an empty slice when the
/// input needs no gradient) and may add parameter gradients to `grads`.
pub type HostBackward<E, C> =
    Box<dyn FnOnce(&C, &[E], &[E], &mut [E], &mut Grads<E>) -> Result<(), CpuError>>;

/// Runs a layer computed on the host as a dfdx custom op: `forward(x, out)` fills the
/// output (rows × `out_cols`, zeros on entry) and returns a context; `backward` is put on
/// the tape. Host buffers come from the thread's [`Pool`]; the output tensor's memory from
/// dfdx's cache.
pub fn host_op<E: Float, C: 'static>(
    x: Traced<E>,
    out_cols: usize,
    forward: impl FnOnce(&[E], &mut [E]) -> C,
    backward: HostBackward<E, C>,
) -> Traced<E>
where
    Cpu: Device<E>,
{
    host_op_opt(x, out_cols, true, forward, backward)
}

/// [`host_op`] that can skip the input gradient: with `input_grad` false (the input is the
/// network's data, or only data lies upstream), `backward` gets an empty input-gradient
/// slice and nothing is added to the input's gradient.
pub fn host_op_opt<E: Float, C: 'static>(
    x: Traced<E>,
    out_cols: usize,
    input_grad: bool,
    forward: impl FnOnce(&[E], &mut [E]) -> C,
    backward: HostBackward<E, C>,
) -> Traced<E>
where
    Cpu: Device<E>,
{
    let rows = x.shape().0;
    let (x, mut tape) = x.contiguous().split_tape();
    let xv = download(&x);
    let mut out = Buf::zeros(rows * out_cols);
    let ctx = forward(&xv, &mut out);
    let out_t: Mat<E> = upload(x.device(), &out, (rows, out_cols));
    drop(out);
    let out_ghost = out_t.clone();
    tape.add_backward_op(move |grads| {
        let gout = Buf::copy_of(E::grad_slice(grads, &out_ghost)?);
        if !input_grad {
            return backward(&ctx, &xv, &gout, &mut [], grads);
        }
        let mut gin = Buf::zeros(xv.len());
        backward(&ctx, &xv, &gout, &mut gin, grads)?;
        let dst = E::grad_slice(grads, &x)?;
        for (d, &g) in dst.iter_mut().zip(gin.iter()) {
            *d += g;
        }
        Ok(())
    });
    out_t.put_tape(tape)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: usize, salt: usize) -> Vec<f32> {
        (0..n)
            .map(|i| ((i * 7919 + salt * 104_729) % 2001) as f32 / 1000.0 - 1.0)
            .collect()
    }

    /// The products at the shapes the layers use (forward, both backward products through
    /// transposed views, accumulation) against a plain f64 sum, and bit for bit across
    /// thread counts.
    #[test]
    fn gemm_matches_a_plain_sum_and_every_thread_count() {
        for &(m, k, n) in &[
            (64, 784, 128),
            (256, 784, 128),
            (3, 5, 7),
            (10, 2, 8),
            (8, 10, 8),
            (10, 8, 1),
            (1, 1, 1),
            (129, 33, 65),
        ] {
            let a = seeded(m * k, 1);
            let b = seeded(k * n, 2);
            let mut want = vec![0f64; m * n];
            for i in 0..m {
                for j in 0..n {
                    want[i * n + j] = (0..k)
                        .map(|p| f64::from(a[i * k + p]) * f64::from(b[p * n + j]))
                        .sum();
                }
            }
            let mut by_threads = Vec::new();
            for threads in [1, 2, 3] {
                set_gemm_threads(threads);
                let mut c = vec![0f32; m * n];
                gemm(View::rm(&a, m, k), View::rm(&b, k, n), &mut c, false);
                // Accumulating onto the result doubles it.
                let mut twice = c.clone();
                gemm(View::rm(&a, m, k), View::rm(&b, k, n), &mut twice, true);
                // aᵀ as a transposed view of a k×m matrix gives the same product.
                let at: Vec<f32> = (0..k * m).map(|idx| a[(idx % m) * k + idx / m]).collect();
                let mut via_t = vec![0f32; m * n];
                gemm(View::rm_t(&at, k, m), View::rm(&b, k, n), &mut via_t, false);
                for idx in 0..m * n {
                    let tol = 1e-4 * (k as f64).sqrt() * (1.0 + want[idx].abs());
                    assert!(
                        (f64::from(c[idx]) - want[idx]).abs() <= tol,
                        "{m}x{k}x{n} [{idx}]"
                    );
                    assert!((f64::from(via_t[idx]) - want[idx]).abs() <= tol);
                    assert!((f64::from(twice[idx]) - 2.0 * want[idx]).abs() <= 2.0 * tol);
                }
                by_threads.push(c);
            }
            set_gemm_threads(1);
            let bits = |v: &Vec<f32>| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(
                bits(&by_threads[0]),
                bits(&by_threads[1]),
                "{m}x{k}x{n}: 1 vs 2 threads"
            );
            assert_eq!(
                bits(&by_threads[0]),
                bits(&by_threads[2]),
                "{m}x{k}x{n}: 1 vs 3 threads"
            );
        }
    }
}
