//! Errors of the model: text that cannot be read, settings that cannot work, and layers
//! that do not fit their input. Each message names the problem and says what to do; the
//! words are produced only where an error is shown.

use super::shape::Shape;

/// Text that could not be read as a shape, loss, optimizer, initializer or layer token.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParseError {
    /// Not a `CxHxW` shape or feature count.
    #[error("`{text}` is not a shape: write CxHxW with positive numbers, e.g. 1x28x28")]
    Shape {
        /// The text as written.
        text: String,
    },
    /// A `CxHxW` shape whose product overflows.
    #[error("`{text}` is too large: channels × height × width must be a number of values a computer can hold; use a smaller shape, e.g. 1x28x28")]
    ShapeTooLarge {
        /// The text as written.
        text: String,
    },
    /// Not a loss name.
    #[error("unknown loss `{text}`; use one of ce, bce, mse, mae, huber[:DELTA]")]
    UnknownLoss {
        /// The text as written.
        text: String,
    },
    /// A Huber delta that is not a positive number.
    #[error("huber delta `{text}` must be a positive number")]
    HuberDelta {
        /// The delta as written.
        text: String,
    },
    /// Not an optimizer name.
    #[error(
        "unknown optimizer `{text}`; use one of sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad"
    )]
    UnknownOptimizer {
        /// The text as written.
        text: String,
    },
    /// Not an initializer name.
    #[error(
        "unknown initializer `{text}`; use auto, const:C, zeros, uniform:A, normal:STD, xavier, xavier-normal, he, he-normal"
    )]
    UnknownInit {
        /// The text as written.
        text: String,
    },
    /// An initializer argument that is not a number.
    #[error("`{text}` is not a number")]
    InitArgument {
        /// The argument as written.
        text: String,
    },
    /// A layer token with the wrong number of arguments.
    #[error("expected {usage}")]
    Usage {
        /// How to write the layer.
        usage: &'static str,
    },
    /// A count of 0 where at least 1 is needed.
    #[error("{what} must be at least 1")]
    BelowOne {
        /// The setting ("units", "kernel size").
        what: &'static str,
    },
    /// Not a whole number.
    #[error("{what} `{text}` is not a whole number")]
    NotWhole {
        /// The setting.
        what: &'static str,
        /// The value as written.
        text: String,
    },
    /// Not a finite number.
    #[error("{what} `{text}` is not a number")]
    NotNumber {
        /// The setting.
        what: &'static str,
        /// The value as written.
        text: String,
    },
    /// A flag argument that is not the one word allowed.
    #[error("`{text}` should be `{word}`")]
    Flag {
        /// The argument as written (lower case).
        text: String,
        /// The word expected.
        word: &'static str,
    },
    /// A dropout probability outside [0, 1).
    #[error("probability {p} must be at least 0 and below 1")]
    Probability {
        /// The probability.
        p: f32,
    },
    /// An ELU alpha that is not positive.
    #[error("alpha must be positive")]
    AlphaNotPositive,
    /// An empty token between two commas.
    #[error("empty layer; remove the extra comma")]
    EmptyToken,
    /// A token naming no layer kind.
    #[error("unknown layer `{name}`; known: {}", super::text::known_forms())]
    UnknownLayer {
        /// The name as written (lower case).
        name: String,
    },
}

/// A training setting that cannot work.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    /// The learning rate is not a positive number.
    #[error("learning rate {lr} must be a positive number, e.g. 0.01")]
    LearningRate {
        /// The rate.
        lr: f32,
    },
    /// The batch size is 0.
    #[error("batch size must be at least 1")]
    BatchSize,
    /// An L1 or L2 penalty is negative or not a number.
    #[error("L1 and L2 penalties must be zero or positive")]
    Penalties,
    /// The gradient clip is not a positive number.
    #[error("gradient clip {clip} must be a positive number")]
    GradClip {
        /// The clip value.
        clip: f32,
    },
}

/// Why a layer does not fit its input, or why the network as a whole cannot be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ModelError {
    /// An image layer gets flat features.
    #[error(
        "{layer} needs an image input (C×H×W) but gets {input} features; \
         set an image shape for the data or remove this layer"
    )]
    NeedsImage {
        /// The layer kind's name.
        layer: &'static str,
        /// The flat input it gets.
        input: Shape,
    },
    /// A dense layer with 0 units.
    #[error("a dense layer needs at least 1 unit")]
    NoUnits,
    /// A convolution with 0 filters.
    #[error("a convolution needs at least 1 filter")]
    NoFilters,
    /// A convolution with kernel size or stride 0.
    #[error("kernel size and stride must be at least 1")]
    KernelStride,
    /// Padding as large as the kernel.
    #[error("padding {padding} must be smaller than the kernel {kernel}")]
    Padding {
        /// The padding.
        padding: usize,
        /// The kernel size.
        kernel: usize,
    },
    /// The image is smaller than the convolution kernel.
    #[error(
        "input {h}x{w} is smaller than the kernel {kernel}x{kernel}; \
         use a smaller kernel, add padding, or remove a pooling layer before it"
    )]
    SmallerThanKernel {
        /// Input height.
        h: usize,
        /// Input width.
        w: usize,
        /// The kernel size.
        kernel: usize,
    },
    /// A pooling layer with window size or stride 0.
    #[error("window size and stride must be at least 1")]
    WindowStride,
    /// The image is smaller than the pooling window.
    #[error(
        "input {h}x{w} is smaller than the window {size}x{size}; use a smaller window or remove this layer"
    )]
    SmallerThanWindow {
        /// Input height.
        h: usize,
        /// Input width.
        w: usize,
        /// The window size.
        size: usize,
    },
    /// A dropout probability outside [0, 1).
    #[error("drop probability {p} must be at least 0 and below 1")]
    DropProbability {
        /// The probability.
        p: f32,
    },
    /// A LeakyReLU slope that is not finite.
    #[error("the slope must be a finite number")]
    Slope,
    /// An ELU alpha that is not a positive number.
    #[error("alpha must be a positive number")]
    Alpha,
    /// The input has no values.
    #[error("the input has no values; choose at least one feature column")]
    NoInput,
    /// A size computed from the layer's settings and its input does not fit in a `usize`.
    #[error("{what} is too large to compute (the sizes overflow); use fewer units or filters, or a smaller input")]
    TooLarge {
        /// What overflowed ("the parameter count", "the output size" …).
        what: &'static str,
    },
    /// The task has no outputs.
    #[error("the task has no outputs; choose a target column")]
    NoOutputs,
}
