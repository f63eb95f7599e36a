//! Optimizers ("adjusting the recipe"), with per-parameter state kept here because dfdx's
//! own optimizers only walk networks whose shape is known at compile time. Regularization
//! (L1/L2, decoupled weight decay) and clipping of the global gradient norm happen here too.

use super::error::EngineError;
use super::layers::Layer;
use super::tensor::{c, Float, Grads};
use crate::model::{OptimizerKind, TrainConfig};
use crate::model::{OptimizerState, SlotValues};
use dfdx::prelude::*;

/// Statistics of one parameter in one update, for gradient-flow views and diagnostics.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParamStats {
    /// Index of the layer in the stack.
    pub layer: usize,
    /// Parameter name ("weight", "bias" …).
    pub name: String,
    /// Number of values.
    pub numel: usize,
    /// Mean |gradient|.
    pub grad_mean_abs: f64,
    /// Max |gradient|.
    pub grad_max_abs: f64,
    /// L2 norm of the gradient.
    pub grad_l2: f64,
    /// L2 norm of the weights before the update.
    pub weight_l2: f64,
    /// L2 norm of the update.
    pub update_l2: f64,
    /// The gradient values (only when captured).
    pub grad: Vec<f32>,
    /// The update taken, `new − old` (only when captured).
    pub update: Vec<f32>,
}

/// What to record while updating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Capture {
    /// Nothing (the fast path).
    #[default]
    None,
    /// Norms and means per parameter.
    Stats,
    /// Norms plus the full gradient and update vectors.
    Values,
}

/// An optimizer with its per-parameter state.
#[derive(Debug, Clone)]
pub struct Optimizer<E: Float> {
    /// The algorithm and its settings.
    pub kind: OptimizerKind,
    step: u64,
    first: Vec<Vec<E>>,
    second: Vec<Vec<E>>,
    /// Zero buffers dfdx's in-place update kernel needs beside each parameter.
    scratch: Grads<E>,
}

fn norm2<E: Float>(v: &[E]) -> f64 {
    v.iter()
        .map(|x| x.to_f64().unwrap_or(f64::NAN).powi(2))
        .sum::<f64>()
        .sqrt()
}

impl<E: Float> Optimizer<E>
where
    Cpu: Device<E>,
{
    /// A fresh optimizer for the given layers.
    pub fn new<'a>(kind: OptimizerKind, layers: impl IntoIterator<Item = &'a Layer<E>>) -> Self {
        let sizes: Vec<usize> = layers
            .into_iter()
            .flat_map(|l| l.params.iter().map(|p| p.numel()))
            .collect();
        let (uses_first, uses_second) = match kind {
            OptimizerKind::Sgd => (false, false),
            OptimizerKind::Momentum { .. } | OptimizerKind::Nesterov { .. } => (true, false),
            OptimizerKind::Adam { .. } | OptimizerKind::AdamW { .. } => (true, true),
            OptimizerKind::RmsProp { .. } | OptimizerKind::Adagrad { .. } => (false, true),
        };
        let alloc = |on: bool| {
            sizes
                .iter()
                .map(|&n| if on { vec![E::zero(); n] } else { Vec::new() })
                .collect()
        };
        Optimizer {
            kind,
            step: 0,
            first: alloc(uses_first),
            second: alloc(uses_second),
            scratch: Gradients::leaky(),
        }
    }

    /// A plain-data copy of the state.
    pub fn state(&self) -> OptimizerState {
        let to32 = |v: &Vec<E>| v.iter().map(|x| x.to_f32().unwrap_or(f32::NAN)).collect();
        OptimizerState {
            step: self.step,
            slots: self
                .first
                .iter()
                .zip(&self.second)
                .map(|(f, s)| SlotValues {
                    first: to32(f),
                    second: to32(s),
                })
                .collect(),
        }
    }

    /// Restores a saved state; it must come from the same optimizer on the same network.
    pub fn set_state(&mut self, st: &OptimizerState) -> Result<(), EngineError> {
        if st.slots.len() != self.first.len() {
            return Err(EngineError::Config(format!(
                "the saved optimizer state has {} parameters, the network has {}",
                st.slots.len(),
                self.first.len()
            )));
        }
        for (i, s) in st.slots.iter().enumerate() {
            if s.first.len() != self.first[i].len() || s.second.len() != self.second[i].len() {
                return Err(EngineError::Config(format!(
                    "the saved optimizer state of parameter {} does not fit {}; it was saved for another optimizer or network",
                    i + 1,
                    self.kind.name()
                )));
            }
        }
        for (i, s) in st.slots.iter().enumerate() {
            self.first[i] = s.first.iter().map(|&x| c(x as f64)).collect();
            self.second[i] = s.second.iter().map(|&x| c(x as f64)).collect();
        }
        self.step = st.step;
        Ok(())
    }

    /// One update of every parameter from `grads` at learning rate `lr`.
    pub fn step(
        &mut self,
        layers: &mut [Layer<E>],
        grads: &mut Grads<E>,
        lr: f64,
        cfg: &TrainConfig,
        capture: Capture,
    ) -> Result<Vec<ParamStats>, EngineError> {
        let (l1, l2): (E, E) = (c(cfg.l1 as f64), c(cfg.l2 as f64));
        let regularize = cfg.l1 > 0.0 || cfg.l2 > 0.0;
        if self.kind == OptimizerKind::Sgd
            && !regularize
            && cfg.grad_clip.is_none()
            && capture == Capture::None
        {
            // Plain SGD: one fused pass `w -= lr · g` per parameter.
            self.step += 1;
            for layer in layers.iter_mut() {
                for p in layer.params.iter_mut() {
                    p.sgd_update(grads, &mut self.scratch, lr)?;
                }
            }
            return Ok(Vec::new());
        }
        let mut stats = Vec::new();
        let mut sumsq = 0.0f64;
        // Pass 1: penalties, gradient statistics and the global norm.
        for (li, layer) in layers.iter().enumerate() {
            for p in &layer.params {
                let needs_w = (regularize && p.decays) || capture != Capture::None;
                let w = if needs_w { p.values() } else { Vec::new() };
                let g = p.grad_mut(grads)?;
                if regularize && p.decays {
                    for (gi, &wi) in g.iter_mut().zip(&w) {
                        *gi += l2 * wi + l1 * wi.signum();
                    }
                }
                if cfg.grad_clip.is_some() {
                    sumsq += g
                        .iter()
                        .map(|x| x.to_f64().unwrap_or(f64::NAN).powi(2))
                        .sum::<f64>();
                }
                if capture != Capture::None {
                    let n = g.len().max(1) as f64;
                    let abs = g.iter().map(|x| x.to_f64().unwrap_or(f64::NAN).abs());
                    stats.push(ParamStats {
                        layer: li,
                        name: p.name.to_string(),
                        numel: g.len(),
                        grad_mean_abs: abs.clone().sum::<f64>() / n,
                        grad_max_abs: abs.fold(0.0, f64::max),
                        grad_l2: norm2(g),
                        weight_l2: norm2(&w),
                        grad: if capture == Capture::Values {
                            g.iter().map(|x| x.to_f32().unwrap_or(f32::NAN)).collect()
                        } else {
                            Vec::new()
                        },
                        ..Default::default()
                    });
                }
            }
        }
        let clip_scale = match cfg.grad_clip {
            Some(max) if sumsq.sqrt() > max as f64 => Some(c::<E>(max as f64 / sumsq.sqrt())),
            _ => None,
        };
        // Pass 2: the update, written into the gradient buffer, then subtracted.
        self.step += 1;
        let t = self.step as f64;
        let lr_e: E = c(lr);
        let mut pi = 0;
        for layer in layers.iter_mut() {
            for p in layer.params.iter_mut() {
                let decay_w = match self.kind {
                    OptimizerKind::AdamW { weight_decay, .. } if p.decays && weight_decay > 0.0 => {
                        Some((p.values(), c::<E>(lr * weight_decay as f64)))
                    }
                    _ => None,
                };
                let g = p.grad_mut(grads)?;
                if let Some(s) = clip_scale {
                    g.iter_mut().for_each(|x| *x *= s);
                }
                let (m, v) = (&mut self.first[pi], &mut self.second[pi]);
                match self.kind {
                    OptimizerKind::Sgd => g.iter_mut().for_each(|x| *x *= lr_e),
                    OptimizerKind::Momentum { momentum } => {
                        let mu: E = c(momentum as f64);
                        for (gi, vi) in g.iter_mut().zip(m.iter_mut()) {
                            *vi = mu * *vi + *gi;
                            *gi = lr_e * *vi;
                        }
                    }
                    OptimizerKind::Nesterov { momentum } => {
                        let mu: E = c(momentum as f64);
                        for (gi, vi) in g.iter_mut().zip(m.iter_mut()) {
                            *vi = mu * *vi + *gi;
                            *gi = lr_e * (*gi + mu * *vi);
                        }
                    }
                    OptimizerKind::Adam { beta1, beta2, eps }
                    | OptimizerKind::AdamW {
                        beta1, beta2, eps, ..
                    } => {
                        let (b1, b2) = (beta1 as f64, beta2 as f64);
                        let (b1e, b2e, eps_e): (E, E, E) = (c(b1), c(b2), c(eps as f64));
                        let (c1, c2): (E, E) = (c(1.0 - b1), c(1.0 - b2));
                        let step_size: E = c(lr / (1.0 - b1.powf(t)));
                        let bc2: E = c((1.0 - b2.powf(t)).sqrt());
                        for ((gi, mi), vi) in g.iter_mut().zip(m.iter_mut()).zip(v.iter_mut()) {
                            *mi = b1e * *mi + c1 * *gi;
                            *vi = b2e * *vi + c2 * *gi * *gi;
                            *gi = step_size * *mi / (vi.sqrt() / bc2 + eps_e);
                        }
                    }
                    OptimizerKind::RmsProp { alpha, eps } => {
                        let (a, ca, eps_e): (E, E, E) =
                            (c(alpha as f64), c(1.0 - alpha as f64), c(eps as f64));
                        for (gi, vi) in g.iter_mut().zip(v.iter_mut()) {
                            *vi = a * *vi + ca * *gi * *gi;
                            *gi = lr_e * *gi / (vi.sqrt() + eps_e);
                        }
                    }
                    OptimizerKind::Adagrad { eps } => {
                        let eps_e: E = c(eps as f64);
                        for (gi, vi) in g.iter_mut().zip(v.iter_mut()) {
                            *vi += *gi * *gi;
                            *gi = lr_e * *gi / (vi.sqrt() + eps_e);
                        }
                    }
                }
                if let Some((w, wd)) = decay_w {
                    for (gi, wi) in g.iter_mut().zip(w) {
                        *gi += wd * wi;
                    }
                }
                if capture != Capture::None {
                    if let Some(s) = stats.get_mut(pi) {
                        s.update_l2 = norm2(g);
                        if capture == Capture::Values {
                            s.update = g.iter().map(|x| -x.to_f32().unwrap_or(f32::NAN)).collect();
                        }
                    }
                }
                // w -= step, in place (a unit-rate SGD update).
                p.sgd_update(grads, &mut self.scratch, 1.0)?;
                pi += 1;
            }
        }
        Ok(stats)
    }
}
