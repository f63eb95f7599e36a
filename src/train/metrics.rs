//! Metrics ("the judge's scorecard") and the bounded training history.

use serde::{Deserialize, Serialize};

/// Precision, recall and F1 of one class.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ClassStats {
    /// Class label.
    pub label: String,
    /// Of the samples predicted as this class, the fraction that are.
    pub precision: f64,
    /// Of the samples of this class, the fraction found.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Samples of this class.
    pub support: usize,
}

/// Scores of a classifier on one split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ClassificationMetrics {
    /// Fraction predicted right.
    pub accuracy: f64,
    /// Per-class scores.
    pub per_class: Vec<ClassStats>,
    /// `confusion[actual][predicted]` counts.
    pub confusion: Vec<Vec<usize>>,
}

/// Scores of a regressor on one split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct RegressionMetrics {
    /// Mean squared error.
    pub mse: f64,
    /// Root mean squared error.
    pub rmse: f64,
    /// Mean absolute error.
    pub mae: f64,
    /// Coefficient of determination (1 is perfect, 0 is as good as predicting the mean).
    pub r2: f64,
}

/// Scores on one split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Metrics {
    /// Classification scores.
    Classification(ClassificationMetrics),
    /// Regression scores.
    Regression(RegressionMetrics),
}

impl Metrics {
    /// The headline number: accuracy, or R².
    pub fn headline(&self) -> f64 {
        match self {
            Metrics::Classification(c) => c.accuracy,
            Metrics::Regression(r) => r.r2,
        }
    }
}

/// Scores predicted classes against actual ones.
pub fn classification(
    pred: &[usize],
    actual: &[usize],
    labels: &[String],
) -> ClassificationMetrics {
    let mut confusion = Confusion::new(labels.len());
    confusion.add(pred, actual);
    confusion.metrics(labels)
}

/// `counts[actual][predicted]`, grown as larger classes appear: the classification
/// metrics gathered a block of rows at a time.
#[derive(Debug, Clone, Default)]
pub struct Confusion {
    counts: Vec<Vec<usize>>,
}

impl Confusion {
    /// Counts for `classes` classes (more are added when they occur).
    pub fn new(classes: usize) -> Self {
        Confusion {
            counts: vec![vec![0; classes]; classes],
        }
    }

    /// Counts predicted against actual classes, pair by pair.
    pub fn add(&mut self, pred: &[usize], actual: &[usize]) {
        let top = pred.iter().chain(actual).map(|&v| v + 1).max().unwrap_or(0);
        if top > self.counts.len() {
            for row in &mut self.counts {
                row.resize(top, 0);
            }
            self.counts.resize(top, vec![0; top]);
        }
        for (&p, &a) in pred.iter().zip(actual) {
            self.counts[a][p] += 1;
        }
    }

    /// Accuracy, per-class scores and the matrix.
    pub fn metrics(self, labels: &[String]) -> ClassificationMetrics {
        let confusion = self.counts;
        let k = confusion.len();
        let n: usize = confusion.iter().flatten().sum();
        let right: usize = (0..k).map(|i| confusion[i][i]).sum();
        let per_class = (0..k)
            .map(|i| {
                let tp = confusion[i][i] as f64;
                let predicted: usize = (0..k).map(|a| confusion[a][i]).sum();
                let support: usize = confusion[i].iter().sum();
                let precision = if predicted > 0 {
                    tp / predicted as f64
                } else {
                    0.0
                };
                let recall = if support > 0 {
                    tp / support as f64
                } else {
                    0.0
                };
                let f1 = if precision + recall > 0.0 {
                    2.0 * precision * recall / (precision + recall)
                } else {
                    0.0
                };
                ClassStats {
                    label: labels.get(i).cloned().unwrap_or_else(|| i.to_string()),
                    precision,
                    recall,
                    f1,
                    support,
                }
            })
            .collect();
        ClassificationMetrics {
            accuracy: if n > 0 { right as f64 / n as f64 } else { 0.0 },
            per_class,
            confusion,
        }
    }
}

/// Scores predicted values against actual ones (all targets pooled).
pub fn regression(pred: &[f32], actual: &[f32]) -> RegressionMetrics {
    let n = pred.len().min(actual.len());
    if n == 0 {
        return RegressionMetrics::default();
    }
    let mean = actual.iter().map(|&v| v as f64).sum::<f64>() / n as f64;
    let (mut se, mut ae, mut tot) = (0.0, 0.0, 0.0);
    for (&p, &a) in pred.iter().zip(actual) {
        let e = p as f64 - a as f64;
        se += e * e;
        ae += e.abs();
        tot += (a as f64 - mean).powi(2);
    }
    let mse = se / n as f64;
    RegressionMetrics {
        mse,
        rmse: mse.sqrt(),
        mae: ae / n as f64,
        r2: if tot > 0.0 {
            1.0 - se / tot
        } else if se == 0.0 {
            1.0
        } else {
            0.0
        },
    }
}

/// One bucket of a decimated series: the extremes of the points it absorbed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bucket {
    /// Step of the smallest value.
    pub min_step: u64,
    /// Smallest value.
    pub min: f64,
    /// Step of the largest value.
    pub max_step: u64,
    /// Largest value.
    pub max: f64,
    /// Sum of the values (for the bucket mean).
    pub sum: f64,
    /// Number of values.
    pub count: u64,
}

/// A series of (step, value) points kept within a fixed number of buckets: when full,
/// neighbouring buckets merge, keeping each pair's minimum and maximum, so a plot stays
/// fast after a million steps and still shows every spike.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecimatedSeries {
    /// Steps per bucket (doubles on each merge).
    pub width: u64,
    /// Most buckets kept.
    pub capacity: usize,
    /// Buckets in step order.
    pub buckets: Vec<Bucket>,
}

impl Default for DecimatedSeries {
    fn default() -> Self {
        DecimatedSeries::new(2048)
    }
}

impl DecimatedSeries {
    /// An empty series holding at most `capacity` buckets.
    pub fn new(capacity: usize) -> Self {
        DecimatedSeries {
            width: 1,
            capacity: capacity.max(2),
            buckets: Vec::new(),
        }
    }

    /// Appends a point; steps must not decrease. Non-finite values are skipped.
    pub fn push(&mut self, step: u64, value: f64) {
        if !value.is_finite() {
            return;
        }
        // A hand-edited session may hold nonsense here; keep the invariants.
        self.width = self.width.max(1);
        self.capacity = self.capacity.max(2);
        let slot = step / self.width;
        match self.buckets.last_mut() {
            Some(b) if b.min_step / self.width == slot => {
                if value < b.min {
                    b.min = value;
                    b.min_step = step;
                }
                if value > b.max {
                    b.max = value;
                    b.max_step = step;
                }
                b.sum += value;
                b.count += 1;
            }
            _ => self.buckets.push(Bucket {
                min_step: step,
                min: value,
                max_step: step,
                max: value,
                sum: value,
                count: 1,
            }),
        }
        if self.buckets.len() > self.capacity {
            self.merge();
        }
    }

    fn merge(&mut self) {
        self.width = self.width.saturating_mul(2);
        let mut merged: Vec<Bucket> = Vec::with_capacity(self.buckets.len() / 2 + 1);
        for b in self.buckets.drain(..) {
            match merged.last_mut() {
                Some(m)
                    if m.min_step.min(m.max_step) / self.width
                        == b.min_step.min(b.max_step) / self.width =>
                {
                    if b.min < m.min {
                        m.min = b.min;
                        m.min_step = b.min_step;
                    }
                    if b.max > m.max {
                        m.max = b.max;
                        m.max_step = b.max_step;
                    }
                    m.sum += b.sum;
                    m.count += b.count;
                }
                _ => merged.push(b),
            }
        }
        self.buckets = merged;
    }

    /// Points to draw, in step order: each bucket's minimum and maximum.
    pub fn points(&self) -> Vec<[f64; 2]> {
        let mut out = Vec::with_capacity(self.buckets.len() * 2);
        for b in &self.buckets {
            let (a, z) = if b.min_step <= b.max_step {
                ((b.min_step, b.min), (b.max_step, b.max))
            } else {
                ((b.max_step, b.max), (b.min_step, b.min))
            };
            out.push([a.0 as f64, a.1]);
            if z.0 != a.0 {
                out.push([z.0 as f64, z.1]);
            }
        }
        out
    }

    /// Number of raw points absorbed.
    pub fn count(&self) -> u64 {
        self.buckets.iter().map(|b| b.count).sum()
    }

    /// Smallest value ever pushed.
    pub fn min(&self) -> Option<f64> {
        self.buckets.iter().map(|b| b.min).reduce(f64::min)
    }
}
