//! Synthetic and shipped datasets, generated as a [`Table`] so they go through the same
//! [`crate::data::prepare::prepare`] path as files. Same spec and seed, bit-identical table.

use super::csv::{read_csv_bytes, ReadOptions};
use super::prepare::{DataConfig, ImageConfig, TargetSpec, TaskChoice};
use super::table::{Column, Table};
use crate::model::Shape;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;
use serde::{Deserialize, Serialize};
use std::f32::consts::PI;

/// The shipped iris file.
const IRIS_CSV: &str = include_str!("../../assets/iris.csv");
/// Largest sample count a builtin generates.
pub const MAX_SAMPLES: usize = 1_000_000;

/// The built-in datasets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum BuiltinKind {
    /// Two classes: a disc inside a ring.
    Circle,
    /// Two classes by the sign of x1·x2.
    Xor,
    /// Three Gaussian blobs in 2-D.
    Gaussians,
    /// Two interleaved spiral arms.
    #[default]
    Spiral,
    /// Two interleaving half circles.
    Moons,
    /// Regression: a tilted plane over two features.
    Plane,
    /// Regression: a sine wave over one feature.
    Sine,
    /// Regression: a sum of Gaussian bumps over two features.
    MultiGaussian,
    /// Fisher's iris flowers (150 rows, 4 measurements, 3 species).
    Iris,
    /// 8×8 grayscale images of four simple glyphs, for small CNNs.
    Digits,
}

impl BuiltinKind {
    /// Every kind, in menu order.
    pub fn all() -> &'static [BuiltinKind] {
        use BuiltinKind::*;
        &[
            Circle,
            Xor,
            Gaussians,
            Spiral,
            Moons,
            Plane,
            Sine,
            MultiGaussian,
            Iris,
            Digits,
        ]
    }

    /// Short lowercase name (`spiral`, `multigaussian` …).
    pub fn name(&self) -> &'static str {
        match self {
            BuiltinKind::Circle => "circle",
            BuiltinKind::Xor => "xor",
            BuiltinKind::Gaussians => "gaussians",
            BuiltinKind::Spiral => "spiral",
            BuiltinKind::Moons => "moons",
            BuiltinKind::Plane => "plane",
            BuiltinKind::Sine => "sine",
            BuiltinKind::MultiGaussian => "multigaussian",
            BuiltinKind::Iris => "iris",
            BuiltinKind::Digits => "digits",
        }
    }

    /// One plain-language line about the dataset.
    pub fn description(&self) -> &'static str {
        match self {
            BuiltinKind::Circle => {
                "Two classes: points inside a small disc versus points on a ring around it."
            }
            BuiltinKind::Xor => {
                "Two classes by quadrant: same-sign corners versus opposite-sign corners."
            }
            BuiltinKind::Gaussians => {
                "Three round clouds of points (blobs), one class each, in 2-D."
            }
            BuiltinKind::Spiral => {
                "Two spiral arms wound into each other: hard for a straight line."
            }
            BuiltinKind::Moons => "Two interleaving half moons, one class each.",
            BuiltinKind::Plane => "Regression: y is a tilted plane of two inputs, plus noise.",
            BuiltinKind::Sine => "Regression: y = sin(x) over two full waves, plus noise.",
            BuiltinKind::MultiGaussian => {
                "Regression: y is a landscape of two hills and two valleys over 2-D."
            }
            BuiltinKind::Iris => "Fisher's iris flowers: 150 flowers, 4 measurements, 3 species.",
            BuiltinKind::Digits => {
                "8×8 grayscale pictures of four shapes (bars, diagonal, ring) for a small CNN."
            }
        }
    }

    /// Finds a kind by name, ignoring case, spaces, `-` and `_`.
    pub fn from_name(name: &str) -> Option<BuiltinKind> {
        let key: String = name
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '_'))
            .flat_map(char::to_lowercase)
            .collect();
        BuiltinKind::all().iter().copied().find(|k| k.name() == key)
    }

    /// Whether the dataset is a classification problem.
    pub fn is_classification(&self) -> bool {
        !matches!(
            self,
            BuiltinKind::Plane | BuiltinKind::Sine | BuiltinKind::MultiGaussian
        )
    }
}

/// A built-in dataset with its size, noise and seed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BuiltinSpec {
    /// Which dataset.
    pub kind: BuiltinKind,
    /// Number of rows (ignored by Iris; at most [`MAX_SAMPLES`]).
    pub samples: usize,
    /// Standard deviation of the added Gaussian noise (on inputs for classification, on the
    /// target for regression, per pixel in units of full brightness for Digits).
    pub noise: f32,
    /// Generator seed.
    pub seed: u64,
}

impl Default for BuiltinSpec {
    fn default() -> Self {
        BuiltinSpec::new(BuiltinKind::default())
    }
}

impl BuiltinSpec {
    /// Sensible defaults for `kind`.
    pub fn new(kind: BuiltinKind) -> BuiltinSpec {
        let (samples, noise) = match kind {
            BuiltinKind::Iris => (150, 0.0),
            BuiltinKind::Digits => (800, 0.1),
            BuiltinKind::MultiGaussian => (400, 0.05),
            // The arms are a third of the radius apart: more noise hides the spiral.
            BuiltinKind::Spiral => (400, 0.03),
            _ => (400, 0.1),
        };
        BuiltinSpec {
            kind,
            samples,
            noise,
            seed: 42,
        }
    }

    /// Name of the target column.
    pub fn target_name(&self) -> &'static str {
        match self.kind {
            BuiltinKind::Iris => "species",
            k if k.is_classification() => "label",
            _ => "y",
        }
    }

    /// The dataset's preparation defaults: its target, task, and for Digits image mode 1×8×8.
    pub fn default_config(&self) -> DataConfig {
        let mut cfg = DataConfig {
            target: TargetSpec::Name(self.target_name().to_string()),
            task: if self.kind.is_classification() {
                TaskChoice::Classification
            } else {
                TaskChoice::Regression
            },
            ..DataConfig::default()
        };
        if self.kind == BuiltinKind::Digits {
            cfg.image = Some(ImageConfig {
                shape: Shape::Image { c: 1, h: 8, w: 8 },
                pixel_scale: Some(1.0 / 16.0),
            });
        }
        cfg
    }

    /// Generates the table (columns `x1`, `x2`, … and `label` or `y`).
    pub fn table(&self) -> Table {
        let n = self.samples.min(MAX_SAMPLES);
        let noise = if self.noise.is_finite() {
            self.noise.abs()
        } else {
            0.0
        };
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        let name = self.kind.name();
        let columns = match self.kind {
            BuiltinKind::Iris => return iris(),
            BuiltinKind::Digits => digits(n, noise, &mut rng),
            BuiltinKind::Plane | BuiltinKind::Sine | BuiltinKind::MultiGaussian => {
                regression(self.kind, n, noise, &mut rng)
            }
            kind => classification(kind, n, noise, &mut rng),
        };
        Table::from_columns(name, columns).unwrap_or_else(|_| empty(name))
    }
}

fn empty(name: &str) -> Table {
    Table {
        source_name: name.to_string(),
        delimiter: b',',
        has_header: true,
        columns: Vec::new(),
        line_marks: Vec::new(),
    }
}

/// The shipped iris table (the asset is tested to parse; a failure would give an empty table).
fn iris() -> Table {
    read_csv_bytes(IRIS_CSV.as_bytes(), "iris.csv", &ReadOptions::default())
        .unwrap_or_else(|_| empty("iris.csv"))
}

fn gauss(rng: &mut ChaCha8Rng, std: f32) -> f32 {
    let z: f32 = rng.sample(StandardNormal);
    z * std
}

fn classification(kind: BuiltinKind, n: usize, noise: f32, rng: &mut ChaCha8Rng) -> Vec<Column> {
    let (k, labels): (usize, &[&str]) = match kind {
        BuiltinKind::Circle => (2, &["inside", "outside"]),
        BuiltinKind::Xor => (2, &["same sign", "opposite sign"]),
        BuiltinKind::Gaussians => (3, &["A", "B", "C"]),
        BuiltinKind::Spiral => (2, &["arm 1", "arm 2"]),
        _ => (2, &["upper", "lower"]),
    };
    let (mut x1, mut x2, mut y) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for i in 0..n {
        let c = i % k;
        let (a, b) = match kind {
            BuiltinKind::Circle => {
                let r = if c == 0 {
                    0.5 * rng.gen::<f32>().sqrt()
                } else {
                    rng.gen_range(0.7..1.0)
                };
                let t = rng.gen_range(0.0..2.0 * PI);
                (r * t.cos(), r * t.sin())
            }
            BuiltinKind::Xor => {
                let mut a: f32 = rng.gen_range(-1.0..1.0);
                let mut b: f32 = rng.gen_range(-1.0..1.0);
                a += 0.05f32.copysign(a);
                b += 0.05f32.copysign(b);
                if (a * b > 0.0) != (c == 0) {
                    b = -b;
                }
                (a, b)
            }
            BuiltinKind::Gaussians => {
                let t = PI / 2.0 + c as f32 * 2.0 * PI / 3.0;
                (t.cos() + gauss(rng, 0.25), t.sin() + gauss(rng, 0.25))
            }
            BuiltinKind::Spiral => {
                let t: f32 = rng.gen_range(0.05..1.0);
                let angle = 3.0 * PI * t + c as f32 * PI;
                (t * angle.cos(), t * angle.sin())
            }
            _ => {
                let t = rng.gen_range(0.0..PI);
                if c == 0 {
                    (t.cos() - 0.5, t.sin() - 0.25)
                } else {
                    (0.5 - t.cos(), 0.25 - t.sin())
                }
            }
        };
        x1.push(a + gauss(rng, noise));
        x2.push(b + gauss(rng, noise));
        y.push(labels.get(c).copied());
    }
    vec![
        Column::numeric("x1", x1),
        Column::numeric("x2", x2),
        Column::categorical("label", &y),
    ]
}

fn regression(kind: BuiltinKind, n: usize, noise: f32, rng: &mut ChaCha8Rng) -> Vec<Column> {
    let (mut x1, mut x2, mut y) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for _ in 0..n {
        match kind {
            BuiltinKind::Sine => {
                let a = rng.gen_range(-2.0 * PI..2.0 * PI);
                x1.push(a);
                y.push(a.sin() + gauss(rng, noise));
            }
            BuiltinKind::Plane => {
                let a = rng.gen_range(-1.0f32..1.0);
                let b = rng.gen_range(-1.0f32..1.0);
                x1.push(a);
                x2.push(b);
                y.push(2.0 * a - 3.0 * b + 0.5 + gauss(rng, noise));
            }
            _ => {
                let a = rng.gen_range(-1.0f32..1.0);
                let b = rng.gen_range(-1.0f32..1.0);
                let bumps = [
                    (-0.5, -0.5, 1.0),
                    (0.5, 0.5, 1.0),
                    (-0.5, 0.5, -1.0),
                    (0.5, -0.5, -1.0),
                ];
                let v: f32 = bumps
                    .iter()
                    .map(|(cx, cy, s)| {
                        s * (-((a - cx).powi(2) + (b - cy).powi(2)) / (2.0 * 0.09)).exp()
                    })
                    .sum();
                x1.push(a);
                x2.push(b);
                y.push(v + gauss(rng, noise));
            }
        }
    }
    let mut cols = vec![Column::numeric("x1", x1)];
    if kind != BuiltinKind::Sine {
        cols.push(Column::numeric("x2", x2));
    }
    cols.push(Column::numeric("y", y));
    cols
}

/// Digits: 8×8 images with pixel values 0..16, four glyphs shifted by up to one pixel.
fn digits(n: usize, noise: f32, rng: &mut ChaCha8Rng) -> Vec<Column> {
    const LABELS: [&str; 4] = ["horizontal", "vertical", "diagonal", "ring"];
    let mut pixels: Vec<Vec<f32>> = (0..64).map(|_| Vec::with_capacity(n)).collect();
    let mut labels = Vec::with_capacity(n);
    for i in 0..n {
        let c = i % 4;
        let dx = rng.gen_range(-1i32..=1) as f32;
        let dy = rng.gen_range(-1i32..=1) as f32;
        let bright = rng.gen_range(0.7f32..1.0);
        for (p, col) in pixels.iter_mut().enumerate() {
            let r = (p / 8) as f32 - dy;
            let q = (p % 8) as f32 - dx;
            let on = match c {
                0 => (r - 3.5).abs() < 1.0 && (1.0..=6.0).contains(&q),
                1 => (q - 3.5).abs() < 1.0 && (1.0..=6.0).contains(&r),
                2 => (r - q).abs() < 0.9 && (0.5..=6.5).contains(&r),
                _ => (((r - 3.5).powi(2) + (q - 3.5).powi(2)).sqrt() - 2.5).abs() < 0.75,
            };
            let base = if on { bright } else { 0.0 };
            col.push(((base + gauss(rng, noise)).clamp(0.0, 1.0) * 16.0).round());
        }
        labels.push(LABELS.get(c).copied());
    }
    let mut cols: Vec<Column> = pixels
        .into_iter()
        .enumerate()
        .map(|(p, v)| Column::numeric(format!("px{}_{}", p / 8, p % 8), v))
        .collect();
    cols.push(Column::categorical("label", &labels));
    cols
}
