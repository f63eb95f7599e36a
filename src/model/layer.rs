//! The kinds of layers a user can put in a network, as plain data.

use super::kinds::KINDS;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An element-wise non-linearity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Activation {
    /// max(0, x).
    ReLU,
    /// x for x > 0, slope·x otherwise.
    LeakyReLU {
        /// Slope for negative inputs.
        slope: f32,
    },
    /// x for x > 0, alpha·(eˣ − 1) otherwise.
    ELU {
        /// Value approached for very negative inputs (negated).
        alpha: f32,
    },
    /// Gaussian error linear unit (tanh approximation).
    GELU,
    /// Hyperbolic tangent, output in (−1, 1).
    Tanh,
    /// Logistic sigmoid, output in (0, 1).
    Sigmoid,
    /// ln(1 + eˣ), a smooth ReLU.
    Softplus,
}

impl Activation {
    /// Every activation with its default settings, in palette order.
    pub const ALL: [Activation; 7] = [
        Activation::ReLU,
        Activation::LeakyReLU { slope: 0.01 },
        Activation::ELU { alpha: 1.0 },
        Activation::GELU,
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Softplus,
    ];

    /// User-facing name.
    pub fn name(&self) -> &'static str {
        LayerSpec::Act(*self).info().name
    }

    /// One plain-language line.
    pub fn description(&self) -> &'static str {
        LayerSpec::Act(*self).info().description
    }
}

/// One layer of a network, as the user composed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LayerSpec {
    /// Fully connected: every input connects to every unit.
    Dense {
        /// Number of units (outputs).
        units: usize,
        /// Whether each unit adds a learned bias.
        bias: bool,
    },
    /// 2-D convolution over an image.
    Conv2d {
        /// Number of filters (output channels).
        filters: usize,
        /// Kernel size (square).
        kernel: usize,
        /// Step between kernel positions.
        stride: usize,
        /// Zero padding on each border.
        padding: usize,
    },
    /// Keeps the largest value of each window.
    MaxPool2d {
        /// Window size (square).
        size: usize,
        /// Step between windows.
        stride: usize,
    },
    /// Averages each window.
    AvgPool2d {
        /// Window size (square).
        size: usize,
        /// Step between windows.
        stride: usize,
    },
    /// Turns an image into a flat vector.
    Flatten,
    /// Randomly zeroes values during training.
    Dropout {
        /// Probability of dropping each value.
        p: f32,
    },
    /// Normalizes each feature (or channel) over the batch.
    BatchNorm,
    /// Normalizes the values of each sample.
    LayerNorm,
    /// An element-wise non-linearity.
    Act(Activation),
}

impl LayerSpec {
    /// A palette of every layer kind with default settings.
    pub fn palette() -> Vec<LayerSpec> {
        KINDS.iter().map(|k| k.default.clone()).collect()
    }

    /// A dense layer with bias.
    pub fn dense(units: usize) -> LayerSpec {
        LayerSpec::Dense { units, bias: true }
    }

    /// User-facing name of the layer kind.
    pub fn name(&self) -> &'static str {
        self.info().name
    }

    /// One plain-language line describing what the layer does.
    pub fn description(&self) -> &'static str {
        self.info().description
    }

    /// The compact text form (`dense:16`, `conv:8:3:1:1`, `relu` …), the inverse of parsing.
    pub fn to_text(&self) -> String {
        super::text::layer_text(self)
    }
}

impl fmt::Display for LayerSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayerSpec::Dense { units, bias } => {
                write!(f, "Dense {units}{}", if *bias { "" } else { " (no bias)" })
            }
            LayerSpec::Conv2d {
                filters,
                kernel,
                stride,
                padding,
            } => {
                write!(f, "Conv2d {filters}@{kernel}x{kernel}")?;
                if *stride != 1 {
                    write!(f, " stride {stride}")?;
                }
                if *padding != 0 {
                    write!(f, " pad {padding}")?;
                }
                Ok(())
            }
            LayerSpec::MaxPool2d { size, stride } => write!(f, "MaxPool2d {size}x{size}/{stride}"),
            LayerSpec::AvgPool2d { size, stride } => write!(f, "AvgPool2d {size}x{size}/{stride}"),
            LayerSpec::Dropout { p } => write!(f, "Dropout {p}"),
            LayerSpec::Act(Activation::LeakyReLU { slope }) => write!(f, "LeakyReLU {slope}"),
            LayerSpec::Act(Activation::ELU { alpha }) => write!(f, "ELU {alpha}"),
            other => f.write_str(other.name()),
        }
    }
}
