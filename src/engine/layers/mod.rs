//! One file per layer kind; this module builds a runtime layer from its spec and
//! dispatches the forward pass.

pub mod activation;
pub mod conv;
pub mod dense;
pub mod dropout;
pub mod norm;
pub mod pool;

use super::init;
use super::param::Param;
use super::tensor::{Float, Traced};
use crate::model::{Activation, InitChoice, LayerInfo, LayerSpec, Shape};
use conv::Geometry;
use dfdx::prelude::*;
use norm::RunningStats;
use rand_chacha::ChaCha8Rng;

/// A layer ready to compute: its spec, shapes, parameters and any running statistics.
#[derive(Debug, Clone)]
pub struct Layer<E: Float> {
    /// The layer as the user composed it (the head is a Dense layer).
    pub spec: LayerSpec,
    /// Shape entering the layer.
    pub input: Shape,
    /// Shape leaving the layer.
    pub output: Shape,
    /// Learnable parameters, in a fixed order per kind (weight, bias / gamma, beta).
    pub params: Vec<Param<E>>,
    /// Running statistics of batch normalization.
    pub running: Option<RunningStats<E>>,
    /// True for the output layer derived from the task.
    pub is_head: bool,
}

fn geometry(input: Shape, k: usize, stride: usize, pad: usize) -> Geometry {
    let (c, h, w) = match input {
        Shape::Image { c, h, w } => (c, h, w),
        Shape::Flat(n) => (1, 1, n),
    };
    Geometry::new(c, h, w, k, stride, pad)
}

impl<E: Float> Layer<E>
where
    Cpu: Device<E>,
{
    /// Builds and initializes a layer. `next` is the activation that follows it (for `Auto`).
    pub fn new(
        dev: &Cpu,
        info: &LayerInfo,
        init_choice: InitChoice,
        next: Option<Activation>,
        rng: &mut ChaCha8Rng,
    ) -> Self {
        let choice = init::resolve(init_choice, next);
        let mut params = Vec::new();
        let mut running = None;
        match info.spec {
            LayerSpec::Dense { units, bias } => {
                let n_in = info.input.numel();
                params.push(Param::mat(
                    dev,
                    "weight",
                    n_in,
                    units,
                    init::weights(choice, n_in * units, n_in, units, rng),
                ));
                if bias {
                    params.push(Param::vec(dev, "bias", vec![E::zero(); units]));
                }
            }
            LayerSpec::Conv2d {
                filters, kernel, ..
            } => {
                let c_in = info.input.channels().0;
                let fan_in = c_in * kernel * kernel;
                let w = init::weights(
                    choice,
                    filters * fan_in,
                    fan_in,
                    filters * kernel * kernel,
                    rng,
                );
                params.push(Param::mat(dev, "weight", filters, fan_in, w));
                params.push(Param::vec(dev, "bias", vec![E::zero(); filters]));
            }
            LayerSpec::BatchNorm => {
                let ch = info.input.channels().0;
                params.push(Param::vec(dev, "gamma", vec![E::one(); ch]));
                params.push(Param::vec(dev, "beta", vec![E::zero(); ch]));
                running = Some(RunningStats {
                    mean: vec![E::zero(); ch],
                    var: vec![E::one(); ch],
                });
            }
            LayerSpec::LayerNorm => {
                let n = info.input.numel();
                params.push(Param::vec(dev, "gamma", vec![E::one(); n]));
                params.push(Param::vec(dev, "beta", vec![E::zero(); n]));
            }
            _ => {}
        }
        Layer {
            spec: info.spec.clone(),
            input: info.input,
            output: info.output,
            params,
            running,
            is_head: info.is_head,
        }
    }

    /// Multiply-adds of this layer's matrix product for one input row: the weights times the
    /// output positions they slide over (1 for a dense layer); 0 for a layer without one.
    pub fn product_work(&self) -> usize {
        match self.spec {
            LayerSpec::Dense { .. } | LayerSpec::Conv2d { .. } => {
                let weights = self.params.first().map_or(0, |w| w.numel());
                let positions = match (&self.spec, self.output) {
                    (LayerSpec::Conv2d { .. }, Shape::Image { h, w, .. }) => h * w,
                    _ => 1,
                };
                weights * positions
            }
            _ => 0,
        }
    }

    /// The forward pass in training (`train = true`) or evaluation mode.
    pub fn forward(&mut self, x: Traced<E>, train: bool, rng: &mut ChaCha8Rng) -> Traced<E> {
        self.forward_opt(x, train, rng, true)
    }

    /// [`Layer::forward`]; with `input_grad` false the layer may skip computing the
    /// gradient of its input (nothing upstream needs it).
    pub fn forward_opt(
        &mut self,
        x: Traced<E>,
        train: bool,
        rng: &mut ChaCha8Rng,
        input_grad: bool,
    ) -> Traced<E> {
        match self.spec {
            LayerSpec::Dense { .. } => dense::forward_opt(x, &self.params, input_grad),
            LayerSpec::Conv2d {
                kernel,
                stride,
                padding,
                ..
            } => conv::forward_opt(
                x,
                geometry(self.input, kernel, stride, padding),
                &self.params,
                input_grad,
            ),
            LayerSpec::MaxPool2d { size, stride } => {
                pool::max_opt(x, geometry(self.input, size, stride, 0), input_grad)
            }
            LayerSpec::AvgPool2d { size, stride } => {
                pool::avg(x, geometry(self.input, size, stride, 0))
            }
            LayerSpec::Flatten => x,
            LayerSpec::Dropout { p } => dropout::forward(x, p, train, rng),
            LayerSpec::BatchNorm => {
                let (ch, size) = self.input.channels();
                match self.running.as_mut() {
                    Some(stats) => norm::batch_norm(x, ch, size, &self.params, stats, train),
                    None => x,
                }
            }
            LayerSpec::LayerNorm => norm::layer_norm(x, &self.params),
            LayerSpec::Act(a) => activation::forward(x, a),
        }
    }
}
