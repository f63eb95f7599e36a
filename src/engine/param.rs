//! A learnable parameter tensor (weights, biases, normalization gains) with plain-data access.

use super::tensor::{Float, Grads, Mat, Vector};
use dfdx::prelude::{Cpu, HasShape, SgdConfig, Tensor, TensorFromVec};
use dfdx::tensor::CpuError;
use dfdx::tensor_ops::Device;

/// The tensor behind a parameter: a matrix or a vector.
#[derive(Clone, Debug)]
pub enum PTensor<E: Float> {
    /// A matrix (weights).
    Mat(Mat<E>),
    /// A vector (biases, gains).
    Vec(Vector<E>),
}

/// One learnable parameter of a layer.
#[derive(Clone, Debug)]
pub struct Param<E: Float> {
    /// "weight", "bias", "gamma" or "beta".
    pub name: &'static str,
    /// Whether L1/L2 penalties and weight decay apply (weights and kernels, not biases).
    pub decays: bool,
    /// The tensor.
    pub t: PTensor<E>,
}

impl<E: Float> Param<E>
where
    Cpu: Device<E>,
{
    /// A matrix parameter from row-major values.
    pub fn mat(dev: &Cpu, name: &'static str, rows: usize, cols: usize, values: Vec<E>) -> Self {
        Param {
            name,
            decays: true,
            t: PTensor::Mat(dev.tensor_from_vec(values, (rows, cols))),
        }
    }

    /// A vector parameter.
    pub fn vec(dev: &Cpu, name: &'static str, values: Vec<E>) -> Self {
        let n = values.len();
        Param {
            name,
            decays: false,
            t: PTensor::Vec(dev.tensor_from_vec(values, (n,))),
        }
    }

    /// The shape as a list of dimensions.
    pub fn shape(&self) -> Vec<usize> {
        match &self.t {
            PTensor::Mat(m) => vec![m.shape().0, m.shape().1],
            PTensor::Vec(v) => vec![v.shape().0],
        }
    }

    /// Number of values.
    pub fn numel(&self) -> usize {
        self.shape().iter().product()
    }

    /// The values, row-major.
    pub fn values(&self) -> Vec<E> {
        match &self.t {
            PTensor::Mat(m) => m.as_vec(),
            PTensor::Vec(v) => v.as_vec(),
        }
    }

    /// Overwrites the values (the length must match [`Param::numel`]).
    pub fn set_values(&mut self, values: &[E]) {
        match &mut self.t {
            PTensor::Mat(m) => m.copy_from(values),
            PTensor::Vec(v) => v.copy_from(values),
        }
    }

    /// The gradient buffer of this parameter in `grads`, allocated (zeros) if absent.
    pub fn grad_mut<'g>(&self, grads: &'g mut Grads<E>) -> Result<&'g mut [E], CpuError> {
        Ok(match &self.t {
            PTensor::Mat(m) => E::grad_slice(grads, m)?,
            PTensor::Vec(v) => E::grad_slice(grads, v)?,
        })
    }

    /// `self -= lr · grads[self]` in one pass over the values, without copying the gradient.
    /// `scratch` holds a same-sized buffer per parameter that dfdx's update kernel requires
    /// (as a velocity; plain SGD never writes it).
    pub fn sgd_update(
        &mut self,
        grads: &mut Grads<E>,
        scratch: &mut Grads<E>,
        lr: f64,
    ) -> Result<(), CpuError> {
        fn upd<S: dfdx::shapes::Shape, E: Float>(
            t: &mut Tensor<S, E, Cpu>,
            grads: &mut Grads<E>,
            scratch: &mut Grads<E>,
            lr: f64,
        ) -> Result<(), CpuError>
        where
            Cpu: Device<E>,
        {
            let cfg = SgdConfig {
                lr,
                momentum: None,
                weight_decay: None,
            };
            let velocity = scratch.get_or_alloc_mut(t)?;
            let g = grads.get_or_alloc_mut(t)?;
            cfg.try_update(t, velocity, g)
        }
        match &mut self.t {
            PTensor::Mat(m) => upd(m, grads, scratch, lr),
            PTensor::Vec(v) => upd(v, grads, scratch, lr),
        }
    }
}
