//! What the user chooses about preparing data: [`DataConfig`] and its parts.

use crate::model::Shape;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which column to predict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TargetSpec {
    /// By column name (exact, else case-insensitive).
    Name(String),
    /// By 0-based position; negative counts from the end (-1 = last column).
    Index(i64),
}

impl Default for TargetSpec {
    fn default() -> Self {
        TargetSpec::Index(-1)
    }
}

/// Classification or regression, or let the data decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TaskChoice {
    /// Text or boolean target, or ≤ 10 distinct integers: classification; else regression.
    #[default]
    Auto,
    /// Predict a class.
    Classification,
    /// Predict a number.
    Regression,
}

/// How a numeric column is scaled (statistics come from the training split only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Scaling {
    /// Subtract the mean, divide by the standard deviation.
    #[default]
    Standardize,
    /// Map the training minimum..maximum to 0..1.
    MinMax,
    /// Leave values as they are.
    None,
}

/// How a categorical column becomes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Encoding {
    /// One input per category (categories seen in training); more than
    /// `max_categories` is an error. A category never seen in training encodes as all zeros.
    OneHot {
        /// Largest number of categories accepted.
        max_categories: usize,
    },
    /// One input: the category's index in sorted order, scaled to 0..1.
    Ordinal,
}

impl Default for Encoding {
    fn default() -> Self {
        Encoding::OneHot { max_categories: 50 }
    }
}

/// What to do with missing values in a feature column (rows with a missing target are
/// always dropped).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum MissingPolicy {
    /// Drop the row.
    #[default]
    DropRow,
    /// Fill with the training mean (most frequent value for categorical columns).
    FillMean,
    /// Fill with the training median (most frequent value for categorical columns).
    FillMedian,
    /// Fill with the most frequent training value.
    FillMostFrequent,
}

/// Train / validation / test ratios (normalised by their sum) and the shuffle seed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SplitConfig {
    /// Share for training (> 0).
    pub train: f32,
    /// Share for validation (may be 0).
    pub val: f32,
    /// Share for the final test (may be 0).
    pub test: f32,
    /// Shuffle seed: the same seed gives the same split.
    pub seed: u64,
    /// Split each class by the ratios (classification only).
    pub stratify: bool,
}

impl Default for SplitConfig {
    fn default() -> Self {
        SplitConfig {
            train: 0.7,
            val: 0.15,
            test: 0.15,
            seed: 42,
            stratify: true,
        }
    }
}

/// Image mode: the feature columns are the pixels of one image, channel-major.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ImageConfig {
    /// Shape of one image (C×H×W must equal the number of feature columns).
    pub shape: Shape,
    /// Multiply every pixel by this (e.g. 1/255); `None` leaves pixels as they are.
    /// Per-column scaling is not applied in image mode.
    #[serde(default)]
    pub pixel_scale: Option<f32>,
}

impl Default for ImageConfig {
    /// 1×28×28 (the MNIST size) with pixels left as they are.
    fn default() -> Self {
        ImageConfig {
            shape: Shape::Image { c: 1, h: 28, w: 28 },
            pixel_scale: None,
        }
    }
}

/// Everything the user chooses about turning a table into a dataset.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DataConfig {
    /// Column to predict (default: the last one).
    pub target: TargetSpec,
    /// Input columns by name; `None` = every column except the target.
    pub features: Option<Vec<String>>,
    /// Classification, regression, or inferred.
    pub task: TaskChoice,
    /// Scaling of numeric features (booleans stay 0/1).
    pub scaling: Scaling,
    /// Per-column scaling overrides.
    pub scaling_overrides: BTreeMap<String, Scaling>,
    /// Encoding of categorical features.
    pub encoding: Encoding,
    /// Per-column encoding overrides.
    pub encoding_overrides: BTreeMap<String, Encoding>,
    /// Missing-value policy for features.
    pub missing: MissingPolicy,
    /// Per-column missing-value overrides.
    pub missing_overrides: BTreeMap<String, MissingPolicy>,
    /// Scaling of a regression target, fitted on the training split (default: standardize).
    /// Losses are computed on the scaled target; metrics and predictions are reported in
    /// the target's own units ([`crate::data::TargetScale`]). A session saved before this
    /// setting existed has no such field and reads as [`TargetScaling::None`], as it was
    /// trained.
    #[serde(default = "TargetScaling::unscaled")]
    pub target_scaling: TargetScaling,
    /// How to split rows.
    pub split: SplitConfig,
    /// Image mode (`None` = flat features).
    pub image: Option<ImageConfig>,
    /// Input features computed from raw columns (`x1²`, `x1·x2`, `sin x1`), added after
    /// the chosen feature columns. A session saved before these existed has none.
    #[serde(default)]
    pub derived: Vec<super::Derived>,
    /// How the file was read (forced delimiter/header, columns read as categorical), so a
    /// reopened session reads it the same way.
    pub read: crate::data::ReadOptions,
}

/// Scaling of a regression target; the default standardizes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TargetScaling {
    /// Leave targets as they are.
    None,
    /// Standardise with the training mean and standard deviation.
    #[default]
    Standardize,
    /// Map the training range to 0..1.
    MinMax,
}

impl TargetScaling {
    /// [`TargetScaling::None`]: what a session written before target scaling existed was
    /// trained with (the serde default of a missing field).
    pub fn unscaled() -> TargetScaling {
        TargetScaling::None
    }

    /// Parses the command-line form: `none`, `standard` (or `standardize`), `minmax`.
    pub fn parse(text: &str) -> Option<TargetScaling> {
        match text.trim().to_ascii_lowercase().as_str() {
            "none" => Some(TargetScaling::None),
            "standard" | "standardize" | "std" => Some(TargetScaling::Standardize),
            "minmax" | "min-max" => Some(TargetScaling::MinMax),
            _ => None,
        }
    }

    /// A short name for display (`none`, `standard`, `minmax`).
    pub fn name(self) -> &'static str {
        match self {
            TargetScaling::None => "none",
            TargetScaling::Standardize => "standard",
            TargetScaling::MinMax => "minmax",
        }
    }
}
