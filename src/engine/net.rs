//! A network built at run time from a [`NetworkSpec`]: the layers, their parameters and the
//! seeded dropout stream; forward passes in training and evaluation mode.

use super::error::EngineError;
use super::init;
use super::layers::Layer;
use super::param::Param;
use super::tensor::{c, upload, Float, Traced};
use crate::model::{Head, InitChoice, LayerSpec, NetworkSpec, Resolved};
use crate::model::{LayerWeights, ParamValues, Weights};
use dfdx::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// Values recorded during a forward pass: the output of every layer.
#[derive(Debug, Clone, Default)]
pub struct Recorded {
    /// One row-major `rows × numel` matrix per layer, in stack order.
    pub outputs: Vec<Vec<f32>>,
    /// Rows in the batch.
    pub rows: usize,
}

/// A network ready to train.
#[derive(Debug, Clone)]
pub struct Network<E: Float = f32> {
    /// The spec it was built from.
    pub spec: NetworkSpec,
    /// The output head.
    pub head: Head,
    /// Hidden layers followed by the head.
    pub layers: Vec<Layer<E>>,
    dev: Cpu,
    dropout_rng: ChaCha8Rng,
    _cache: std::sync::Arc<CacheGuard>,
    last_rows: usize,
    cache_on: bool,
}

/// The size of buffer from which dfdx's allocation cache pays: glibc serves smaller blocks
/// from its heap and maps fresh pages for blocks of 128 KiB and more.
const CACHE_MIN_BYTES: usize = 64 << 10;

/// Owns the switch of the device's allocation cache (on for big batches, see
/// [`Network::choose_cache`]): the cache is emptied and switched off when the last network
/// sharing the device is dropped, so no cached memory outlives the networks that used it.
#[derive(Debug)]
struct CacheGuard(Cpu);

impl Drop for CacheGuard {
    fn drop(&mut self) {
        self.0.disable_cache();
        self.0.empty_cache();
    }
}

/// The dropout stream of a seed (a stream distinct from every layer's init stream).
fn dropout_rng(seed: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(u64::MAX - 1);
    rng
}

impl<E: Float> Network<E>
where
    Cpu: Device<E>,
{
    /// Builds and initializes a network; an invalid stack reports every offending layer.
    pub fn new(
        spec: &NetworkSpec,
        head: Head,
        init_choice: InitChoice,
        seed: u64,
    ) -> Result<Self, EngineError> {
        let resolved: Resolved = spec.resolve(head)?;
        let dev = Cpu::default();
        let mut layers = Vec::with_capacity(resolved.layers.len());
        for (i, info) in resolved.layers.iter().enumerate() {
            let next = resolved.layers[i + 1..].iter().find_map(|l| match l.spec {
                LayerSpec::Act(a) => Some(Some(a)),
                LayerSpec::Dense { .. } | LayerSpec::Conv2d { .. } => Some(None),
                _ => None,
            });
            let choice = if info.is_head && matches!(init_choice, InitChoice::Auto) {
                InitChoice::XavierUniform
            } else {
                init_choice
            };
            let mut rng = init::layer_rng(seed, i);
            layers.push(Layer::new(&dev, info, choice, next.flatten(), &mut rng));
        }
        Ok(Network {
            spec: spec.clone(),
            head,
            layers,
            _cache: std::sync::Arc::new(CacheGuard(dev.clone())),
            dev,
            dropout_rng: dropout_rng(seed),
            last_rows: 0,
            cache_on: false,
        })
    }

    /// Turns dfdx's allocation cache on when a batch of `rows` makes buffers big enough for
    /// the system allocator to map fresh pages for each (and fault them in every step), and
    /// off for small networks, where the cache's locks cost more than `malloc` (a 2-8-8-1
    /// network trains about 20 % faster without it).
    ///
    /// Every tensor the engine makes comes from the device's allocator (see
    /// `tensor::upload`), so the cache stays bounded: a tensor built from a foreign `Vec`
    /// would add one cached buffer per call.
    fn choose_cache(&mut self, rows: usize) {
        let widest = self
            .layers
            .iter()
            .map(|l| rows * l.input.numel().max(l.output.numel()))
            .chain(self.layers.iter().flat_map(|l| &l.params).map(Param::numel))
            .max()
            .unwrap_or(0);
        if widest * std::mem::size_of::<E>() >= CACHE_MIN_BYTES {
            self.dev.enable_cache();
            self.cache_on = true;
        } else {
            self.dev.disable_cache();
            self.dev.empty_cache();
            self.cache_on = false;
        }
    }

    /// Whether dfdx's allocation cache is on (see [`Network::choose_cache`]).
    pub fn caches_allocations(&self) -> bool {
        self.cache_on
    }

    /// The dfdx device.
    pub fn device(&self) -> &Cpu {
        &self.dev
    }

    /// Values per input sample.
    pub fn input_len(&self) -> usize {
        self.spec.input.numel()
    }

    /// Output units.
    pub fn output_len(&self) -> usize {
        self.head.units
    }

    /// Total learnable parameters.
    pub fn param_count(&self) -> usize {
        self.layers
            .iter()
            .flat_map(|l| &l.params)
            .map(|p| p.numel())
            .sum()
    }

    /// Wraps a row-major batch as a traced input tensor.
    pub fn input(&self, x: Vec<E>, rows: usize) -> Traced<E> {
        self.input_slice(&x, rows)
    }

    /// Copies a row-major batch into a traced input tensor.
    pub fn input_slice(&self, x: &[E], rows: usize) -> Traced<E> {
        let t: Tensor<(usize, usize), E, Cpu> = upload(&self.dev, x, (rows, self.input_len()));
        t.traced(Gradients::leaky())
    }

    /// The forward pass; `record` receives every layer's output.
    pub fn forward(
        &mut self,
        x: Traced<E>,
        train: bool,
        record: Option<&mut Recorded>,
    ) -> Traced<E> {
        self.forward_opt(x, train, record, true)
    }

    /// [`Network::forward`]; with `input_grad` false the gradient with respect to the
    /// input batch is not computed (training needs only the parameters' gradients).
    pub fn forward_opt(
        &mut self,
        x: Traced<E>,
        train: bool,
        mut record: Option<&mut Recorded>,
        input_grad: bool,
    ) -> Traced<E> {
        let mut x = x;
        let rows = x.shape().0;
        if rows != self.last_rows {
            // Cached buffers are sized for the previous batch; free them rather than keep
            // buffers of every batch size ever seen.
            self.dev.empty_cache();
            self.last_rows = rows;
            self.choose_cache(rows);
        }
        if let Some(r) = record.as_deref_mut() {
            r.rows = x.shape().0;
            r.outputs.clear();
        }
        let mut needs_grad = input_grad;
        for layer in &mut self.layers {
            x = layer.forward_opt(x, train, &mut self.dropout_rng, needs_grad);
            needs_grad |= !layer.params.is_empty();
            if let Some(r) = record.as_deref_mut() {
                r.outputs.push(
                    x.as_vec()
                        .iter()
                        .map(|v| v.to_f32().unwrap_or(f32::NAN))
                        .collect(),
                );
            }
        }
        x
    }

    /// Raw outputs (logits or values) for `rows` samples in evaluation mode, computed in
    /// chunks so memory stays bounded.
    pub fn predict_raw(&mut self, x: &[f32], rows: usize) -> Vec<f32> {
        let n_in = self.input_len();
        // Never read past the data, whatever `rows` says (callers check widths first).
        let rows = rows.min(x.len() / n_in.max(1));
        let mut out = Vec::with_capacity(rows * self.output_len());
        let chunk = 1024;
        let mut start = 0;
        while start < rows {
            let end = (start + chunk).min(rows);
            let xs: Vec<E> = x[start * n_in..end * n_in]
                .iter()
                .map(|&v| c(v as f64))
                .collect();
            let t = self.input_slice(&xs, end - start);
            let y = self.forward_opt(t, false, None, false);
            out.extend(y.as_vec().iter().map(|v| v.to_f32().unwrap_or(f32::NAN)));
            start = end;
        }
        out
    }

    /// Like [`Network::predict_raw`] but also returns every layer's output (evaluation
    /// mode, one chunk: meant for small grids and single samples).
    pub fn predict_recorded(&mut self, x: &[f32], rows: usize) -> (Vec<f32>, Recorded) {
        let rows = rows.min(x.len() / self.input_len().max(1));
        let xs: Vec<E> = x[..rows * self.input_len()]
            .iter()
            .map(|&v| c(v as f64))
            .collect();
        let t = self.input_slice(&xs, rows);
        let mut rec = Recorded::default();
        let y = self.forward_opt(t, false, Some(&mut rec), false);
        (
            y.as_vec()
                .iter()
                .map(|v| v.to_f32().unwrap_or(f32::NAN))
                .collect(),
            rec,
        )
    }

    /// A plain-data copy of every parameter and running statistic.
    pub fn weights(&self) -> Weights {
        let to32 = |v: &[E]| {
            v.iter()
                .map(|x| x.to_f32().unwrap_or(f32::NAN))
                .collect::<Vec<f32>>()
        };
        Weights {
            layers: self
                .layers
                .iter()
                .map(|l| LayerWeights {
                    label: l.spec.to_string(),
                    params: l
                        .params
                        .iter()
                        .map(|p| ParamValues {
                            name: p.name.to_string(),
                            shape: p.shape(),
                            values: to32(&p.values()),
                        })
                        .collect(),
                    running_mean: l
                        .running
                        .as_ref()
                        .map(|r| to32(&r.mean))
                        .unwrap_or_default(),
                    running_var: l.running.as_ref().map(|r| to32(&r.var)).unwrap_or_default(),
                })
                .collect(),
        }
    }

    /// Restores parameters saved by [`Network::weights`]; a mismatch names the layer.
    pub fn set_weights(&mut self, w: &Weights) -> Result<(), EngineError> {
        if w.layers.len() != self.layers.len() {
            return Err(EngineError::WeightMismatch {
                layer: w.layers.len().min(self.layers.len()) + 1,
                label: "network".into(),
                message: format!(
                    "the saved weights have {} layers, the network has {}",
                    w.layers.len(),
                    self.layers.len()
                ),
            });
        }
        for (i, (layer, saved)) in self.layers.iter().zip(&w.layers).enumerate() {
            let mismatch = |message: String| EngineError::WeightMismatch {
                layer: i + 1,
                label: layer.spec.to_string(),
                message,
            };
            if saved.params.len() != layer.params.len() {
                return Err(mismatch(format!(
                    "{} saved parameters, {} expected",
                    saved.params.len(),
                    layer.params.len()
                )));
            }
            for (p, s) in layer.params.iter().zip(&saved.params) {
                if p.shape() != s.shape || s.values.len() != p.numel() || p.name != s.name {
                    return Err(mismatch(param_mismatch(
                        &layer.spec,
                        &saved.label,
                        p.name,
                        &p.shape(),
                        s,
                    )));
                }
            }
            if let Some(r) = &layer.running {
                if saved.running_mean.len() != r.mean.len()
                    || saved.running_var.len() != r.var.len()
                {
                    return Err(mismatch("running statistics have the wrong length".into()));
                }
            }
        }
        for (layer, saved) in self.layers.iter_mut().zip(&w.layers) {
            for (p, s) in layer.params.iter_mut().zip(&saved.params) {
                let v: Vec<E> = s.values.iter().map(|&x| c(x as f64)).collect();
                p.set_values(&v);
            }
            if let Some(r) = layer.running.as_mut() {
                r.mean = saved.running_mean.iter().map(|&x| c(x as f64)).collect();
                r.var = saved.running_var.iter().map(|&x| c(x as f64)).collect();
            }
        }
        Ok(())
    }

    /// Position of the dropout stream (for exact continuation).
    pub fn dropout_word_pos(&self) -> u128 {
        self.dropout_rng.get_word_pos()
    }

    /// Moves the dropout stream to a saved position.
    pub fn set_dropout_word_pos(&mut self, pos: u128) {
        self.dropout_rng.set_word_pos(pos);
    }
}

/// What differs between a layer's parameter (`name`, shape `now`) and the saved one, in
/// the layer's own terms (units, input width, filters, channels), never two equal shapes.
fn param_mismatch(
    spec: &LayerSpec,
    saved_label: &str,
    name: &str,
    now: &[usize],
    saved: &ParamValues,
) -> String {
    let was = crate::snippet::snippet(saved_label);
    let kind_now = spec.to_string();
    let first_word = |t: &str| t.split_whitespace().next().unwrap_or("").to_string();
    if saved.name != name {
        return format!(
            "the saved parameter is `{}` where this layer has `{name}`: the layer was `{was}` when saved, it is `{kind_now}` now",
            crate::snippet::snippet(&saved.name)
        );
    }
    if now == saved.shape.as_slice() {
        let want: usize = now.iter().product();
        return format!(
            "the saved `{name}` has the right shape {now:?} but holds {} values instead of {want}: the file is damaged",
            saved.values.len()
        );
    }
    if first_word(saved_label) != first_word(&kind_now) {
        return format!("the layer was `{was}` when saved, it is `{kind_now}` now");
    }
    let dims = |a: &[usize], b: &[usize]| -> Option<(usize, usize, usize, usize)> {
        match (a, b) {
            ([a0, a1], [b0, b1]) => Some((*a0, *a1, *b0, *b1)),
            _ => None,
        }
    };
    match (spec, name, dims(now, &saved.shape)) {
        (LayerSpec::Dense { .. }, "weight", Some((inp, units, s_inp, s_units))) => {
            let mut parts = Vec::new();
            if units != s_units {
                parts.push(format!("it has {units} units, {s_units} when saved"));
            }
            if inp != s_inp {
                parts.push(format!(
                    "it gets {inp} inputs, {s_inp} when saved (a layer before it or the data's columns changed)"
                ));
            }
            parts.join("; ")
        }
        (LayerSpec::Conv2d { .. }, "weight", Some((f, fan, s_f, s_fan))) => {
            let mut parts = Vec::new();
            if f != s_f {
                parts.push(format!("it has {f} filters, {s_f} when saved"));
            }
            if fan != s_fan {
                parts.push(format!(
                    "each filter sees {fan} values (input channels × kernel²), {s_fan} when saved (the kernel or the layer before it changed)"
                ));
            }
            parts.join("; ")
        }
        (_, "bias", _) => format!(
            "its bias has {} values (one per unit or filter), {} when saved",
            now.iter().product::<usize>(),
            saved.shape.iter().product::<usize>()
        ),
        (_, "gamma" | "beta", _) => format!(
            "it normalizes {} values, {} when saved (the layer before it changed)",
            now.iter().product::<usize>(),
            saved.shape.iter().product::<usize>()
        ),
        _ => format!(
            "its `{name}` has shape {now:?}, {:?} when saved",
            saved.shape
        ),
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use crate::model::{parse_layers, Shape};

    fn net(input: usize, layers: &str) -> Network<f32> {
        let spec = NetworkSpec::new(Shape::Flat(input), parse_layers(layers).expect("layers"));
        let head = Head { units: 10 };
        Network::new(&spec, head, InitChoice::Auto, 1).expect("network")
    }

    /// Small networks skip dfdx's allocation cache (its locks cost more than `malloc`);
    /// batches with buffers the system would map afresh each step keep it; a smaller batch
    /// later switches it off again.
    #[test]
    fn the_allocation_cache_is_on_only_for_big_buffers() {
        let mut tiny = net(2, "dense:8,relu,dense:8,relu");
        tiny.predict_raw(&[0.5; 20], 10);
        assert!(!tiny.caches_allocations());
        let mut mlp = net(784, "dense:128,relu");
        assert!(!mlp.caches_allocations(), "nothing ran yet");
        mlp.predict_raw(&vec![0.1; 784 * 64], 64);
        assert!(mlp.caches_allocations(), "64 × 784 inputs are 200 KB");
        mlp.predict_raw(&[0.1; 784], 1);
        // The weights alone (784 × 128 × 4 bytes) still make it worth it.
        assert!(mlp.caches_allocations());
        let mut narrow = net(16, "dense:32,relu");
        narrow.predict_raw(&vec![0.1; 16 * 4096], 4096);
        assert!(
            narrow.caches_allocations(),
            "chunks of 1024 rows × 32 values"
        );
        narrow.predict_raw(&[0.1; 16 * 8], 8);
        assert!(!narrow.caches_allocations(), "back to a small batch");
    }
}
