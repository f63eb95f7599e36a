//! How much memory a network needs before anything is allocated: parameters, gradients,
//! optimizer state and activations at the batch size, for training and for evaluation,
//! and a check against a stated share of the machine's memory ([`MEMORY_SHARE_PERCENT`]).
//!
//! All arithmetic saturates at `u64::MAX`, so absurd sizes are refused, never wrapped.
//! The figures are estimates (within a small factor of what the engine allocates); they
//! exist to refuse, early and with a useful message, what cannot fit.

use super::config::{OptimizerKind, TrainConfig};
use super::layer::LayerSpec;
use super::loss::{default_for, output_units};
use super::network::{Head, NetworkSpec, Resolved};
use super::task::Task;
use super::text::layer_text;
use std::fmt;

/// A network may use at most this share (in percent) of the machine's total memory.
pub const MEMORY_SHARE_PERCENT: u64 = 50;
/// Total memory assumed where it cannot be read (no `/proc/meminfo`): 8 GB.
pub const ASSUMED_TOTAL_BYTES: u64 = 8_000_000_000;
/// Rows per chunk when evaluating (the engine predicts in chunks of this size).
pub const EVAL_CHUNK_ROWS: usize = 1024;
/// Bytes per value (the engine trains in `f32`).
const VALUE_BYTES: u64 = 4;

/// What a network needs, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryEstimate {
    /// The learnable parameters.
    pub parameters: u64,
    /// Their gradients (training only).
    pub gradients: u64,
    /// The optimizer's per-parameter state (Adam keeps two values per parameter).
    pub optimizer_state: u64,
    /// Activations, their gradients and convolution buffers at the training batch.
    pub activations: u64,
    /// Activations while evaluating ([`EVAL_CHUNK_ROWS`] rows at a time).
    pub eval_activations: u64,
    /// The batch the activations were estimated at.
    pub batch: usize,
    /// The optimizer's name ("Adam").
    pub optimizer: &'static str,
}

impl MemoryEstimate {
    /// Bytes needed to train.
    pub fn train_bytes(&self) -> u64 {
        self.parameters
            .saturating_add(self.gradients)
            .saturating_add(self.optimizer_state)
            .saturating_add(self.activations)
    }

    /// Bytes needed to evaluate.
    pub fn eval_bytes(&self) -> u64 {
        self.parameters.saturating_add(self.eval_activations)
    }
}

/// The machine's memory as far as it can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MachineMemory {
    /// Total memory in bytes (the smaller of the RAM and a container's limit).
    pub total: u64,
    /// Memory available now, when known.
    pub available: Option<u64>,
    /// True when `total` is [`ASSUMED_TOTAL_BYTES`] because nothing could be read.
    pub assumed: bool,
}

impl MachineMemory {
    /// Reads `/proc/meminfo` (MemTotal, MemAvailable) and a cgroup v2 limit on Linux;
    /// elsewhere assumes [`ASSUMED_TOTAL_BYTES`].
    pub fn detect() -> MachineMemory {
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let field = |name: &str| -> Option<u64> {
            let line = meminfo.lines().find(|l| l.starts_with(name))?;
            let kb: u64 = line
                .trim_start_matches(name)
                .trim_start_matches(':')
                .split_whitespace()
                .next()?
                .parse()
                .ok()?;
            Some(kb.saturating_mul(1024))
        };
        let cgroup = std::fs::read_to_string("/sys/fs/cgroup/memory.max")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok());
        match field("MemTotal") {
            Some(total) if total > 0 => {
                let total = cgroup.map_or(total, |c| c.min(total));
                MachineMemory {
                    total,
                    available: field("MemAvailable").map(|a| a.min(total)),
                    assumed: false,
                }
            }
            _ => MachineMemory {
                total: ASSUMED_TOTAL_BYTES,
                available: None,
                assumed: true,
            },
        }
    }

    /// The most a network may use: [`MEMORY_SHARE_PERCENT`] of the total.
    pub fn limit(&self) -> u64 {
        self.total / 100 * MEMORY_SHARE_PERCENT
    }
}

/// Training or evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Training: parameters, gradients, optimizer state, activations with gradients.
    Train,
    /// Evaluation: parameters and one chunk's activations.
    Eval,
}

/// A network that does not fit in the share of memory layerlab allows itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", describe(.estimate, .purpose, .machine, .suggestion))]
pub struct MemoryError {
    /// What the network needs.
    pub estimate: Box<MemoryEstimate>,
    /// Whether training or evaluation was checked.
    pub purpose: Purpose,
    /// The machine it was checked against.
    pub machine: MachineMemory,
    /// A smaller setting to try ("dense:1200 instead of dense:99999999 (layer 1)").
    pub suggestion: String,
}

/// Bytes as `25.6 GB` (decimal units).
pub fn format_bytes(b: u64) -> String {
    const UNITS: [(&str, f64); 5] = [
        ("PB", 1e15),
        ("TB", 1e12),
        ("GB", 1e9),
        ("MB", 1e6),
        ("KB", 1e3),
    ];
    if b == u64::MAX {
        return "more than any computer has".to_string();
    }
    let v = b as f64;
    for (name, scale) in UNITS {
        if v >= scale {
            return format!("{:.1} {name}", v / scale);
        }
    }
    format!("{b} B")
}

fn describe(e: &MemoryEstimate, purpose: &Purpose, m: &MachineMemory, suggestion: &str) -> String {
    let (needed, parts) = match purpose {
        Purpose::Train => (
            e.train_bytes(),
            format!(
                "parameters {}, gradients {}, {} state {}, activations at batch {} {}",
                format_bytes(e.parameters),
                format_bytes(e.gradients),
                e.optimizer,
                format_bytes(e.optimizer_state),
                e.batch,
                format_bytes(e.activations)
            ),
        ),
        Purpose::Eval => (
            e.eval_bytes(),
            format!(
                "parameters {}, activations {}",
                format_bytes(e.parameters),
                format_bytes(e.eval_activations)
            ),
        ),
    };
    let what = match purpose {
        Purpose::Train => "to train",
        Purpose::Eval => "to evaluate",
    };
    let machine = match (m.assumed, m.available) {
        (true, _) => format!(
            "this machine's memory is unknown (assumed {})",
            format_bytes(m.total)
        ),
        (false, Some(a)) => format!(
            "this machine has {} ({} free now)",
            format_bytes(m.total),
            format_bytes(a)
        ),
        (false, None) => format!("this machine has {}", format_bytes(m.total)),
    };
    format!(
        "the network needs about {} {what} ({parts}); {machine}, and layerlab uses at most {MEMORY_SHARE_PERCENT} % of it ({}). {suggestion}",
        format_bytes(needed),
        format_bytes(m.limit()),
    )
}

fn bytes(values: usize) -> u64 {
    (values as u64).saturating_mul(VALUE_BYTES)
}

/// Optimizer state values per parameter.
fn state_slots(kind: OptimizerKind) -> u64 {
    match kind {
        OptimizerKind::Sgd => 0,
        OptimizerKind::Momentum { .. }
        | OptimizerKind::Nesterov { .. }
        | OptimizerKind::RmsProp { .. }
        | OptimizerKind::Adagrad { .. } => 1,
        OptimizerKind::Adam { .. } | OptimizerKind::AdamW { .. } => 2,
    }
}

/// Values one sample keeps alive in a layer besides its output: the unfolded input of a
/// convolution, the mask of dropout, the normalized copy of a norm layer.
fn extra_per_sample(spec: &LayerSpec, input: super::Shape, output: super::Shape) -> u64 {
    match *spec {
        LayerSpec::Conv2d { kernel, .. } => {
            let (c, _) = input.channels();
            let (_, pixels) = output.channels();
            (c as u64)
                .saturating_mul(kernel as u64)
                .saturating_mul(kernel as u64)
                .saturating_mul(pixels as u64)
        }
        LayerSpec::Dropout { .. } | LayerSpec::BatchNorm | LayerSpec::LayerNorm => {
            output.numel() as u64
        }
        _ => 0,
    }
}

/// Estimates what `resolved` needs at `batch` rows with `optimizer` (see [`MemoryEstimate`]).
pub fn estimate(resolved: &Resolved, batch: usize, optimizer: OptimizerKind) -> MemoryEstimate {
    let params = resolved
        .layers
        .iter()
        .fold(0u64, |acc, l| acc.saturating_add(bytes(l.params)));
    let rows = batch.max(1) as u64;
    let eval_rows = EVAL_CHUNK_ROWS as u64;
    let mut train = 0u64;
    let mut eval = 0u64;
    if let Some(first) = resolved.layers.first() {
        train = bytes(first.input.numel()).saturating_mul(rows);
    }
    for l in &resolved.layers {
        let out = l.output.numel() as u64;
        let extra = extra_per_sample(&l.spec, l.input, l.output);
        // Training keeps every output and its gradient on the tape.
        let per_sample = out
            .saturating_mul(2)
            .saturating_add(extra.saturating_mul(2));
        train = train.saturating_add(per_sample.saturating_mul(VALUE_BYTES).saturating_mul(rows));
        // Evaluation holds one layer's input, output and buffers at a time.
        let live = (l.input.numel() as u64)
            .saturating_add(out)
            .saturating_add(extra);
        eval = eval.max(live.saturating_mul(VALUE_BYTES).saturating_mul(eval_rows));
    }
    MemoryEstimate {
        parameters: params,
        gradients: params,
        optimizer_state: params.saturating_mul(state_slots(optimizer)),
        activations: train,
        eval_activations: eval,
        batch: batch.max(1),
        optimizer: optimizer.name(),
    }
}

/// Rounds down to two significant digits (12345 -> 12000), at least 1.
fn round_down(n: u64) -> u64 {
    let mut scale = 1u64;
    while n / scale >= 100 {
        scale *= 10;
    }
    (n / scale * scale).max(1)
}

/// A smaller setting: fewer units or filters in the largest layer, or a smaller batch.
fn suggestion(resolved: &Resolved, e: &MemoryEstimate, needed: u64, limit: u64) -> String {
    // Aim below the limit with some headroom.
    let factor = (limit as f64 * 0.8) / (needed.max(1) as f64);
    let weights = e.train_bytes().saturating_sub(e.activations);
    if e.activations > weights && e.batch > 1 {
        let b = round_down(((e.batch as f64) * factor).floor().max(1.0) as u64);
        return format!("Try a smaller batch, e.g. {b} (--batch {b}), or a smaller network.");
    }
    // The units (filters) of a layer size its own weights and those of the next weighted
    // layer: shrink the layer with the most weights on both sides.
    let weighted =
        |l: &super::LayerInfo| matches!(l.spec, LayerSpec::Dense { .. } | LayerSpec::Conv2d { .. });
    let largest = resolved
        .layers
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_head && weighted(l))
        .max_by_key(|(i, l)| {
            let next = resolved
                .layers
                .iter()
                .skip(i + 1)
                .find(|n| weighted(n))
                .map_or(0, |n| n.params);
            l.params.saturating_add(next)
        });
    let Some((i, layer)) = largest.filter(|(_, l)| l.params > 0) else {
        return "Use fewer inputs (e.g. a pooling layer before the output, or a smaller image) or a smaller network.".to_string();
    };
    let shrink = |n: usize| round_down(((n as f64) * factor).floor().max(1.0) as u64) as usize;
    let smaller = match layer.spec {
        LayerSpec::Dense { units, bias } => LayerSpec::Dense {
            units: shrink(units),
            bias,
        },
        LayerSpec::Conv2d {
            filters,
            kernel,
            stride,
            padding,
        } => LayerSpec::Conv2d {
            filters: shrink(filters),
            kernel,
            stride,
            padding,
        },
        _ => {
            return "Use a smaller network (fewer units, filters or inputs) or a smaller batch."
                .to_string()
        }
    };
    format!(
        "Try {} instead of {} (layer {}), or fewer layers.",
        layer_text(&smaller),
        layer_text(&layer.spec),
        i + 1
    )
}

/// Checks `resolved` for `purpose` at `batch` rows against `machine`.
pub fn check_with(
    resolved: &Resolved,
    batch: usize,
    optimizer: OptimizerKind,
    purpose: Purpose,
    machine: &MachineMemory,
) -> Result<MemoryEstimate, MemoryError> {
    let e = estimate(resolved, batch, optimizer);
    let needed = match purpose {
        Purpose::Train => e.train_bytes(),
        Purpose::Eval => e.eval_bytes(),
    };
    if needed <= machine.limit() {
        return Ok(e);
    }
    Err(MemoryError {
        estimate: Box::new(e),
        purpose,
        machine: *machine,
        suggestion: suggestion(resolved, &e, needed, machine.limit()),
    })
}

/// Checks that training `resolved` with `cfg` (at its batch size) fits in this machine's
/// memory ([`MEMORY_SHARE_PERCENT`] of the total).
pub fn check(resolved: &Resolved, cfg: &TrainConfig) -> Result<MemoryEstimate, MemoryError> {
    check_with(
        resolved,
        cfg.batch_size,
        cfg.optimizer,
        Purpose::Train,
        &MachineMemory::detect(),
    )
}

/// Resolves `spec` for `task` (with `cfg`'s loss) and checks it for `purpose` on this
/// machine, at `cfg`'s batch size capped at `rows` (the training rows). `Ok(None)` when the
/// network or loss does not resolve: building it reports that error.
pub fn check_network(
    spec: &NetworkSpec,
    task: &Task,
    cfg: &TrainConfig,
    rows: usize,
    purpose: Purpose,
) -> Result<Option<MemoryEstimate>, MemoryError> {
    let loss = cfg.loss.unwrap_or_else(|| default_for(task));
    let Ok(units) = output_units(loss, task) else {
        return Ok(None);
    };
    let Ok(resolved) = spec.resolve(Head { units }) else {
        return Ok(None);
    };
    let batch = cfg.batch_size.min(rows.max(1));
    check_with(
        &resolved,
        batch,
        cfg.optimizer,
        purpose,
        &MachineMemory::detect(),
    )
    .map(Some)
}

impl fmt::Display for MemoryEstimate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "about {} to train (batch {}), {} to evaluate",
            format_bytes(self.train_bytes()),
            self.batch,
            format_bytes(self.eval_bytes())
        )
    }
}
