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
    /// Number of scalar values in one sample; `usize::MAX` when C×H×W does not fit in a
    /// `usize` (such a shape never resolves: see [`Shape::checked_numel`]).
    pub fn numel(&self) -> usize {
        self.checked_numel().unwrap_or(usize::MAX)
    }

    /// Number of scalar values in one sample, `None` when it overflows `usize`.
    pub fn checked_numel(&self) -> Option<usize> {
        match *self {
            Shape::Flat(n) => Some(n),
            Shape::Image { c, h, w } => c.checked_mul(h)?.checked_mul(w),
        }
    }

    /// Channels and per-channel size: features count as channels of size 1 (the size
    /// saturates at `usize::MAX` like [`Shape::numel`]).
    pub fn channels(&self) -> (usize, usize) {
        match *self {
            Shape::Flat(n) => (n, 1),
            Shape::Image { c, h, w } => (c, h.saturating_mul(w)),
        }
    }

    /// Parses `CxHxW` (e.g. `1x28x28`) or a plain feature count.
    pub fn parse(text: &str) -> Result<Shape, ParseError> {
        let parts: Vec<&str> = text.trim().split(['x', 'X', '×']).collect();
        let nums: Result<Vec<usize>, _> = parts.iter().map(|p| p.trim().parse::<usize>()).collect();
        match nums.as_deref() {
            Ok([n]) if *n > 0 => Ok(Shape::Flat(*n)),
            Ok([c, h, w]) if *c > 0 && *h > 0 && *w > 0 => {
                let shape = Shape::Image {
                    c: *c,
                    h: *h,
                    w: *w,
                };
                match shape.checked_numel() {
                    Some(_) => Ok(shape),
                    None => Err(ParseError::ShapeTooLarge {
                        text: text.to_string(),
                    }),
                }
            }
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
