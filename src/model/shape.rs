//! Shapes of the values that flow between layers.

use super::error::ParseError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The shape of one sample as it enters or leaves a layer (the batch axis is implicit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Shape {
    /// A flat vector of features.
    Flat(usize),
    /// An image: channels × height × width, stored channel-major.
    Image {
        /// Channels.
        c: usize,
        /// Height in pixels.
        h: usize,
        /// Width in pixels.
        w: usize,
    },
}

impl Shape {
    /// Number of scalar values in one sample.
    pub fn numel(&self) -> usize {
        match *self {
            Shape::Flat(n) => n,
            Shape::Image { c, h, w } => c * h * w,
        }
    }

    /// Channels and per-channel size: features count as channels of size 1.
    pub fn channels(&self) -> (usize, usize) {
        match *self {
            Shape::Flat(n) => (n, 1),
            Shape::Image { c, h, w } => (c, h * w),
        }
    }

    /// Parses `CxHxW` (e.g. `1x28x28`) or a plain feature count.
    pub fn parse(text: &str) -> Result<Shape, ParseError> {
        let parts: Vec<&str> = text.trim().split(['x', 'X', '×']).collect();
        let nums: Result<Vec<usize>, _> = parts.iter().map(|p| p.trim().parse::<usize>()).collect();
        match nums.as_deref() {
            Ok([n]) if *n > 0 => Ok(Shape::Flat(*n)),
            Ok([c, h, w]) if *c > 0 && *h > 0 && *w > 0 => Ok(Shape::Image {
                c: *c,
                h: *h,
                w: *w,
            }),
            _ => Err(ParseError::Shape {
                text: text.to_string(),
            }),
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Shape::Flat(n) => write!(f, "{n}"),
            Shape::Image { c, h, w } => write!(f, "{c}×{h}×{w}"),
        }
    }
}
