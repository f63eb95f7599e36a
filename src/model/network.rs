//! A network as the user composed it: input shape, hidden layers, and the output head
//! derived from the task. Shape inference and parameter counts live here.

use super::error::ModelError;
use super::layer::LayerSpec;
use super::shape::Shape;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The user's network: input shape plus hidden layers. The output layer is not part of
/// it: it is derived from the task (see [`Head`]) and always appended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkSpec {
    /// Shape of one input sample.
    pub input: Shape,
    /// Hidden layers in order.
    pub layers: Vec<LayerSpec>,
}

impl Default for NetworkSpec {
    fn default() -> Self {
        NetworkSpec {
            input: Shape::Flat(2),
            layers: Vec::new(),
        }
    }
}

/// The output layer, fixed by the task: a dense layer with `units` outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// Output units: classes (or 1 for binary cross-entropy), or regression targets.
    pub units: usize,
}

/// What shape inference found for one layer.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerInfo {
    /// The layer (the head is the last entry, as a Dense layer).
    pub spec: LayerSpec,
    /// Shape entering the layer.
    pub input: Shape,
    /// Shape leaving the layer.
    pub output: Shape,
    /// Learnable parameters.
    pub params: usize,
    /// True for the appended output layer.
    pub is_head: bool,
}

/// One offending layer found by shape inference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerError {
    /// 1-based position in the stack as shown to the user.
    pub layer: usize,
    /// The layer, as displayed ("Conv2d 8@5x5").
    pub label: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for LayerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "layer {}, {}: {}", self.layer, self.label, self.message)
    }
}

/// All the errors of an invalid stack, one per offending layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct NetworkErrors(pub Vec<LayerError>);

impl fmt::Display for NetworkErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(|e| e.to_string()).collect();
        f.write_str(&lines.join("\n"))
    }
}

/// The checked network: every layer with its shapes and parameter counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// Hidden layers followed by the head.
    pub layers: Vec<LayerInfo>,
}

impl Resolved {
    /// Total learnable parameters (saturating; see [`Resolved::checked_total_params`]).
    pub fn total_params(&self) -> usize {
        self.checked_total_params().unwrap_or(usize::MAX)
    }

    /// Total learnable parameters, `None` when the sum overflows a `usize`.
    pub fn checked_total_params(&self) -> Option<usize> {
        self.layers
            .iter()
            .try_fold(0usize, |acc, l| acc.checked_add(l.params))
    }
}

fn window_out(size: usize, kernel: usize, stride: usize, padding: usize) -> Option<usize> {
    let padded = size.checked_add(padding.checked_mul(2)?)?;
    if kernel == 0 || stride == 0 || padded < kernel {
        None
    } else {
        Some((padded - kernel) / stride + 1)
    }
}

/// `Some(v)` or [`ModelError::TooLarge`] naming `what`.
fn fits(v: Option<usize>, what: &'static str) -> Result<usize, ModelError> {
    v.ok_or(ModelError::TooLarge { what })
}

/// Output shape and parameter count of one layer, or what is wrong with it. All size
/// arithmetic is checked: on success the output's [`Shape::checked_numel`] and the
/// parameter count (and every product the engine forms from them) fit in a `usize`.
pub fn infer_layer(spec: &LayerSpec, input: Shape) -> Result<(Shape, usize), ModelError> {
    let (shape, params) = infer_unchecked_output(spec, input)?;
    fits(shape.checked_numel(), "the output size")?;
    Ok((shape, params))
}

fn infer_unchecked_output(spec: &LayerSpec, input: Shape) -> Result<(Shape, usize), ModelError> {
    let need_image = |layer: &'static str| ModelError::NeedsImage { layer, input };
    let n_in = fits(input.checked_numel(), "the input size")?;
    match *spec {
        LayerSpec::Dense { units, bias } => {
            if units == 0 {
                return Err(ModelError::NoUnits);
            }
            let weights = fits(n_in.checked_mul(units), "the parameter count")?;
            let params = fits(
                weights.checked_add(if bias { units } else { 0 }),
                "the parameter count",
            )?;
            Ok((Shape::Flat(units), params))
        }
        LayerSpec::Conv2d {
            filters,
            kernel,
            stride,
            padding,
        } => {
            let Shape::Image { c, h, w } = input else {
                return Err(need_image("Conv2d"));
            };
            if filters == 0 {
                return Err(ModelError::NoFilters);
            }
            if kernel == 0 || stride == 0 {
                return Err(ModelError::KernelStride);
            }
            if padding >= kernel {
                return Err(ModelError::Padding { padding, kernel });
            }
            match (
                window_out(h, kernel, stride, padding),
                window_out(w, kernel, stride, padding),
            ) {
                (Some(oh), Some(ow)) => {
                    // The engine's im2col rows are c·k·k long: that product must fit too.
                    let params = c
                        .checked_mul(kernel)
                        .and_then(|v| v.checked_mul(kernel))
                        .and_then(|v| v.checked_mul(filters))
                        .and_then(|v| v.checked_add(filters));
                    let params = fits(params, "the parameter count")?;
                    fits(
                        c.checked_mul(kernel)
                            .and_then(|v| v.checked_mul(kernel))
                            .and_then(|v| v.checked_mul(oh))
                            .and_then(|v| v.checked_mul(ow)),
                        "the unfolded input (channels × kernel² × output pixels)",
                    )?;
                    Ok((
                        Shape::Image {
                            c: filters,
                            h: oh,
                            w: ow,
                        },
                        params,
                    ))
                }
                _ if padding
                    .checked_mul(2)
                    .and_then(|p| p.checked_add(h.max(w)))
                    .is_none() =>
                {
                    Err(ModelError::TooLarge {
                        what: "the padded input size",
                    })
                }
                _ => Err(ModelError::SmallerThanKernel { h, w, kernel }),
            }
        }
        LayerSpec::MaxPool2d { size, stride } | LayerSpec::AvgPool2d { size, stride } => {
            let Shape::Image { c, h, w } = input else {
                return Err(need_image(spec.name()));
            };
            if size == 0 || stride == 0 {
                return Err(ModelError::WindowStride);
            }
            match (
                window_out(h, size, stride, 0),
                window_out(w, size, stride, 0),
            ) {
                (Some(oh), Some(ow)) => Ok((Shape::Image { c, h: oh, w: ow }, 0)),
                _ => Err(ModelError::SmallerThanWindow { h, w, size }),
            }
        }
        LayerSpec::Flatten => Ok((Shape::Flat(n_in), 0)),
        LayerSpec::Dropout { p } => {
            if !(0.0..1.0).contains(&p) {
                Err(ModelError::DropProbability { p })
            } else {
                Ok((input, 0))
            }
        }
        LayerSpec::BatchNorm => Ok((
            input,
            fits(input.channels().0.checked_mul(2), "the parameter count")?,
        )),
        LayerSpec::LayerNorm => Ok((input, fits(n_in.checked_mul(2), "the parameter count")?)),
        LayerSpec::Act(a) => match a {
            super::Activation::LeakyReLU { slope } if !slope.is_finite() => Err(ModelError::Slope),
            super::Activation::ELU { alpha } if !alpha.is_finite() || alpha <= 0.0 => {
                Err(ModelError::Alpha)
            }
            _ => Ok((input, 0)),
        },
    }
}

impl NetworkSpec {
    /// A network with these layers.
    pub fn new(input: Shape, layers: Vec<LayerSpec>) -> Self {
        NetworkSpec { input, layers }
    }

    /// Infers every shape; an invalid stack gives one error per offending layer.
    /// After an error, inference continues with the layer's input shape so that later
    /// problems are reported too.
    pub fn resolve(&self, head: Head) -> Result<Resolved, NetworkErrors> {
        let mut errors = Vec::new();
        let mut layers = Vec::with_capacity(self.layers.len() + 1);
        let mut shape = self.input;
        match shape.checked_numel() {
            Some(0) => errors.push(LayerError {
                layer: 0,
                label: "Input".into(),
                message: ModelError::NoInput.to_string(),
            }),
            None => errors.push(LayerError {
                layer: 0,
                label: "Input".into(),
                message: ModelError::TooLarge {
                    what: "the input size",
                }
                .to_string(),
            }),
            Some(_) => {}
        }
        for (i, spec) in self.layers.iter().enumerate() {
            match infer_layer(spec, shape) {
                Ok((out, params)) => {
                    layers.push(LayerInfo {
                        spec: spec.clone(),
                        input: shape,
                        output: out,
                        params,
                        is_head: false,
                    });
                    shape = out;
                }
                Err(e) => {
                    errors.push(LayerError {
                        layer: i + 1,
                        label: spec.to_string(),
                        message: e.to_string(),
                    });
                    layers.push(LayerInfo {
                        spec: spec.clone(),
                        input: shape,
                        output: shape,
                        params: 0,
                        is_head: false,
                    });
                }
            }
        }
        let units = head.units.max(1);
        let head_spec = LayerSpec::dense(units);
        let params = shape
            .checked_numel()
            .and_then(|n| n.checked_mul(units))
            .and_then(|n| n.checked_add(units));
        if params.is_none() && errors.is_empty() {
            errors.push(LayerError {
                layer: self.layers.len() + 1,
                label: "Output".into(),
                message: ModelError::TooLarge {
                    what: "the parameter count",
                }
                .to_string(),
            });
        }
        let (out, params) = (Shape::Flat(units), params.unwrap_or(0));
        layers.push(LayerInfo {
            spec: head_spec,
            input: shape,
            output: out,
            params,
            is_head: true,
        });
        if head.units == 0 {
            errors.push(LayerError {
                layer: self.layers.len() + 1,
                label: "Output".into(),
                message: ModelError::NoOutputs.to_string(),
            });
        }
        let resolved = Resolved { layers };
        if errors.is_empty() && resolved.checked_total_params().is_none() {
            errors.push(LayerError {
                layer: self.layers.len() + 1,
                label: "Output".into(),
                message: ModelError::TooLarge {
                    what: "the network's total parameter count",
                }
                .to_string(),
            });
        }
        if errors.is_empty() {
            Ok(resolved)
        } else {
            Err(NetworkErrors(errors))
        }
    }
}
