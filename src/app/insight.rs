//! What the insight views (gradient flow, network, decision boundary, the judge, one step
//! slowly, compare runs) need from the training worker, kept as plain data.
//!
//! [`Insight`] lives in [`Training`] and records the worker's insight events
//! ([`Insight::apply`]). Views ask for more with [`InsightCommand`]s, which
//! [`Training::insight_command`] turns into worker commands; when no worker is running the
//! app starts a paused one to answer them, so the network never trains on the UI thread.

use super::history::LossHistory;
use super::training::{RunData, Training};
use crate::model::{TrainConfig, Weights};
use crate::train::forward::forward_plain;
use crate::train::insight::{TraceLayer, TraceParam};
use crate::train::{
    BoundaryGrid, BoundaryRequest, Diagnostic, DiagnosticKind, EpochRecord, EvalDetail, EvalReport,
    FitCurve, FlowReport, LayerFlow, StepTrace, TrainCommand, TrainEvent,
};

/// Flow reports kept for the history plot (older ones are thinned out, never all dropped).
pub const FLOW_HISTORY: usize = 400;
/// Ghost runs kept for comparison.
pub const MAX_GHOSTS: usize = 3;

/// A request from an insight view.
#[derive(Debug, Clone, PartialEq)]
pub enum InsightCommand {
    /// Keep the decision boundary (or fitted curve) coming while a worker runs; `None`
    /// stops it. Never starts a worker.
    WatchBoundary(Option<BoundaryRequest>),
    /// Compute the boundary now for the current weights (starts a paused worker if none
    /// runs) and keep it coming while training.
    BoundaryNow(BoundaryRequest),
    /// Evaluate on the test split ("the judge").
    EvaluateTest,
    /// Trace one training step on this training sample.
    TraceSample(usize),
    /// Trace the forward pass of this test sample (for the judge).
    TraceTest(usize),
    /// Ask for a flow report of the next batch.
    RequestFlow,
    /// Whether a view showing per-connection values and weights is open (the worker sends
    /// them only then).
    ShowValues(bool),
    /// Keep the current run's curves as a ghost.
    KeepGhost,
    /// Forget every ghost.
    ClearGhosts,
}

/// A finished run's curves, drawn faintly behind a new run.
#[derive(Debug, Clone, PartialEq)]
pub struct Ghost {
    /// What the run was ("Adam lr 0.01 · He uniform"), in the language of the moment it
    /// was kept; [`Ghost::name`] says it in today's.
    pub label: String,
    /// Its settings, to name it in the window's current language.
    pub config: Option<TrainConfig>,
    /// Its end-of-epoch records.
    pub epochs: Vec<EpochRecord>,
    /// Its smoothed batch loss as (step, loss).
    pub smoothed: Vec<[f64; 2]>,
    /// The data it trained on (`None`: unknown); it is overlaid only on comparable data.
    pub data: Option<RunData>,
}

impl Ghost {
    /// What the run was, in the window's current language.
    pub fn name(&self) -> String {
        self.config
            .as_ref()
            .map_or_else(|| self.label.clone(), run_label)
    }

    /// Whether to overlay this ghost on a run on `data` (a ghost of unknown data never is).
    pub fn fits(&self, data: Option<&RunData>) -> bool {
        match (&self.data, data) {
            (Some(g), Some(d)) => g.comparable(d),
            _ => false,
        }
    }

    /// The data it trained on, in words.
    pub fn data_label(&self) -> String {
        self.data
            .as_ref()
            .map_or_else(|| crate::tr!("app-unknown-data"), RunData::label)
    }
}

/// One flow report reduced to what the history plot needs.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowPoint {
    /// Global step.
    pub step: u64,
    /// Epoch (1-based).
    pub epoch: u32,
    /// Per-layer statistics.
    pub layers: Vec<LayerFlow>,
}

/// The insight side of a training run.
#[derive(Debug, Clone, Default)]
pub struct Insight {
    /// The latest flow report.
    pub flow: Option<FlowReport>,
    /// Earlier flow reports (bounded).
    pub flow_history: Vec<FlowPoint>,
    /// Diagnostics seen in this run, the newest of each kind and layer.
    pub diagnostics: Vec<Diagnostic>,
    /// The latest weight snapshot (small networks only).
    pub weights: Option<Weights>,
    /// The snapshot before it (to show what changed over the last epoch).
    pub prev_weights: Option<Weights>,
    /// Increments with every weight snapshot (views rebuild kernel pictures on change).
    pub weights_version: u64,
    /// Increments with every step trace (views rebuild feature-map pictures on change).
    pub trace_version: u64,
    /// The latest decision boundary.
    pub boundary: Option<BoundaryGrid>,
    /// The latest fitted curve (one-feature regression).
    pub curve: Option<FitCurve>,
    /// Increments with every new boundary or curve (views rebuild textures on change).
    pub boundary_version: u64,
    /// The boundary asked for (re-sent to every new worker).
    pub watching: Option<BoundaryRequest>,
    /// Whether per-connection values and weights are wanted (re-sent to every new worker).
    pub values_shown: bool,
    /// The latest test evaluation.
    pub test: Option<EvalReport>,
    /// Its per-row detail.
    pub test_detail: Option<EvalDetail>,
    /// Increments with every new test evaluation.
    pub test_version: u64,
    /// An evaluation was asked for and has not arrived.
    pub test_pending: bool,
    /// The latest step trace.
    pub trace: Option<StepTrace>,
    /// Gradients and updates of the last real training batch (small networks), shaped like
    /// a trace with `sample == usize::MAX`.
    pub batch_trace: Option<StepTrace>,
    /// The sample whose trace was asked for and has not arrived.
    pub trace_pending: Option<usize>,
    /// Finished runs kept for comparison, newest first.
    pub ghosts: Vec<Ghost>,
    /// What the current run is (set when it starts).
    pub run_label: String,
    /// The settings of the run being trained (named again in each language).
    pub run_config: Option<TrainConfig>,
}

impl Insight {
    /// Records what an event adds.
    pub fn apply(&mut self, ev: &TrainEvent) {
        match ev {
            TrainEvent::Flow(report) => {
                self.flow_history.push(FlowPoint {
                    step: report.step,
                    epoch: report.epoch,
                    layers: report.layers.clone(),
                });
                if self.flow_history.len() > FLOW_HISTORY {
                    // Keep every other point (the first and the newest always stay).
                    let last = self.flow_history.pop();
                    let mut i = 0;
                    self.flow_history.retain(|_| {
                        i += 1;
                        i % 2 == 1
                    });
                    self.flow_history.extend(last);
                }
                if !report.params.is_empty() {
                    let n = report.params.iter().map(|p| p.layer + 1).max().unwrap_or(0);
                    let mut layers = vec![TraceLayer::default(); n];
                    for p in &report.params {
                        layers[p.layer].params.push(TraceParam {
                            name: p.name.clone(),
                            grad: p.grad.clone(),
                            update: p.update.clone(),
                            ..Default::default()
                        });
                    }
                    self.batch_trace = Some(StepTrace {
                        sample: usize::MAX,
                        layers,
                        ..Default::default()
                    });
                }
                self.flow = Some(FlowReport {
                    params: Vec::new(),
                    ..(**report).clone()
                });
            }
            TrainEvent::Diagnostic(d) => {
                // i18n-ignore: matches the training worker's (English) diagnostic
                if d.kind == DiagnosticKind::NonFinite && d.message.contains("cannot be traced") {
                    self.trace_pending = None;
                }
                self.diagnostics
                    .retain(|old| !(old.kind == d.kind && old.layer == d.layer));
                self.diagnostics.push(d.clone());
            }
            TrainEvent::Weights(w) => {
                self.prev_weights = self.weights.take();
                self.weights = Some((**w).clone());
                self.weights_version += 1;
            }
            TrainEvent::Boundary(g) => {
                self.boundary = Some((**g).clone());
                self.curve = None;
                self.boundary_version += 1;
            }
            TrainEvent::Curve(c) => {
                self.curve = Some((**c).clone());
                self.boundary = None;
                self.boundary_version += 1;
            }
            TrainEvent::TestReport(r) => {
                self.test = Some((**r).clone());
                self.test_version += 1;
            }
            TrainEvent::TestDetail(d) => {
                self.test = Some(d.report.clone());
                self.test_detail = Some((**d).clone());
                self.test_pending = false;
                self.test_version += 1;
            }
            TrainEvent::Trace(t) => {
                self.trace = Some((**t).clone());
                self.trace_pending = None;
                self.trace_version += 1;
            }
            TrainEvent::TraceUnavailable(_) => self.trace_pending = None,
            TrainEvent::Failed { .. } | TrainEvent::Finished { .. } => {
                self.test_pending = false;
                self.trace_pending = None;
            }
            _ => {}
        }
    }

    /// The diagnostic about this layer (0-based stack index), if any.
    pub fn diagnostic_for(&self, layer: usize) -> Option<&Diagnostic> {
        self.diagnostics
            .iter()
            .rev()
            .find(|d| d.layer == Some(layer))
    }

    /// A look without a worker could not be answered: nothing is pending any more.
    pub fn look_failed(&mut self) {
        self.test_pending = false;
        self.trace_pending = None;
    }

    /// Called when a worker is about to start: remembers what the run is and returns the
    /// commands the new worker needs (the boundary being watched).
    pub fn on_start(&mut self, config: &TrainConfig) -> Vec<TrainCommand> {
        self.run_label = run_label(config);
        self.run_config = Some(config.clone());
        self.test_pending = false;
        self.trace_pending = None;
        self.watching
            .map(|r| TrainCommand::SetBoundary(Some(r)))
            .into_iter()
            .chain([TrainCommand::ShowValues(self.values_shown)])
            .collect()
    }

    /// Keeps the run in `history`, trained on `data`, as a ghost (if it has at least one
    /// epoch).
    pub fn keep_ghost(&mut self, history: &LossHistory, data: Option<RunData>) {
        if history.epochs.is_empty() {
            return;
        }
        let label = if self.run_label.is_empty() {
            crate::tr!("app-previous-run")
        } else {
            self.run_label.clone()
        };
        let ghost = Ghost {
            label,
            config: self.run_config.clone(),
            epochs: history.epochs.clone(),
            smoothed: history.smoothed.points(),
            data,
        };
        if self
            .ghosts
            .first()
            .is_some_and(|g| same_run(&g.epochs, &ghost.epochs))
        {
            return;
        }
        self.ghosts.insert(0, ghost);
        self.ghosts.truncate(MAX_GHOSTS);
    }

    /// What survives a reset: the ghosts and the watched boundary; everything about the
    /// old weights is forgotten.
    pub fn carry_over(&mut self) -> Insight {
        Insight {
            ghosts: std::mem::take(&mut self.ghosts),
            watching: self.watching,
            values_shown: self.values_shown,
            run_label: std::mem::take(&mut self.run_label),
            run_config: self.run_config.take(),
            // Versions only grow: a view that drew version N of the old run must redraw
            // when the new run's first picture arrives.
            boundary_version: self.boundary_version + 1,
            test_version: self.test_version + 1,
            weights_version: self.weights_version + 1,
            trace_version: self.trace_version + 1,
            ..Insight::default()
        }
    }
}

/// Whether two runs' records are the same run (compared by length and last record's
/// numbers: NaN validation losses never compare equal).
fn same_run(a: &[EpochRecord], b: &[EpochRecord]) -> bool {
    a.len() == b.len()
        && match (a.last(), b.last()) {
            (Some(x), Some(y)) => {
                x.step == y.step && x.train_loss.to_bits() == y.train_loss.to_bits()
            }
            _ => false,
        }
}

/// A short description of a run's settings for the ghost legend.
pub fn run_label(config: &TrainConfig) -> String {
    let init = match config.init {
        crate::model::InitChoice::Auto => crate::tr!("app-init-auto"),
        other => crate::tr!("app-init-named", init = other.to_string()),
    };
    crate::tr!(
        "app-run-label",
        optimizer = config.optimizer.name(),
        lr = config.lr.to_string(),
        init = init,
        batch = config.batch_size.to_string()
    )
}

/// The forward pass of one input through the latest weights, layer by layer, for networks
/// made only of dense, activation and dropout layers (`None` otherwise): [`forward_plain`]
/// on the weights and network the app holds. It lets the judge open a test sample without
/// asking the worker (whose traces cover training samples).
pub fn forward_pass(state: &super::LabState, x: &[f32]) -> Option<Vec<TraceLayer>> {
    let weights = state.training.insight.weights.as_ref().or(state
        .training
        .state
        .as_ref()
        .map(|s| &s.weights))?;
    let net = if state.training.phase.is_active() {
        state.training.running_net.as_ref()
    } else {
        state.training.state_net.as_ref()
    }?;
    forward_plain(net, weights, x)
}

impl Training {
    /// Carries out an insight request; returns the worker command to send, or `None`.
    /// The caller sends it with the same rule as a step: to the running worker, or to a
    /// paused worker started for it.
    pub fn insight_command(&mut self, cmd: InsightCommand) -> Option<TrainCommand> {
        let active = self.phase.is_active();
        match cmd {
            InsightCommand::WatchBoundary(req) => {
                let changed = self.insight.watching != req;
                self.insight.watching = req;
                (active && changed).then_some(TrainCommand::SetBoundary(req))
            }
            InsightCommand::BoundaryNow(req) => {
                self.insight.watching = Some(req);
                Some(TrainCommand::SetBoundary(Some(req)))
            }
            InsightCommand::EvaluateTest => {
                self.insight.test_pending = true;
                Some(TrainCommand::EvaluateTest)
            }
            InsightCommand::TraceSample(i) => {
                self.insight.trace_pending = Some(i);
                Some(TrainCommand::TraceSample(i))
            }
            InsightCommand::TraceTest(i) => {
                self.insight.trace_pending = Some(i);
                Some(TrainCommand::TraceTest(i))
            }
            InsightCommand::RequestFlow => active.then_some(TrainCommand::RequestFlow),
            InsightCommand::ShowValues(on) => {
                let changed = self.insight.values_shown != on;
                self.insight.values_shown = on;
                (active && changed).then_some(TrainCommand::ShowValues(on))
            }
            InsightCommand::KeepGhost => {
                self.insight.keep_ghost(&self.history, self.data.clone());
                None
            }
            InsightCommand::ClearGhosts => {
                self.insight.ghosts.clear();
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::train::LayerFlow;

    fn flow(step: u64) -> TrainEvent {
        TrainEvent::Flow(Box::new(FlowReport {
            epoch: step as u32,
            step,
            layers: vec![LayerFlow {
                layer: 0,
                label: "Dense 4".into(),
                grad_l2: step as f64,
                ..Default::default()
            }],
            activations: Vec::new(),
            params: Vec::new(),
        }))
    }

    #[test]
    fn flow_history_stays_bounded_and_keeps_the_ends() {
        let mut i = Insight::default();
        for s in 1..=5000 {
            i.apply(&flow(s));
        }
        assert!(i.flow_history.len() <= FLOW_HISTORY + 1);
        assert_eq!(i.flow_history.first().map(|p| p.step), Some(1));
        assert_eq!(i.flow_history.last().map(|p| p.step), Some(5000));
        assert_eq!(i.flow.as_ref().map(|f| f.step), Some(5000));
    }

    #[test]
    fn ghosts_survive_a_reset() {
        let mut i = Insight::default();
        let mut h = LossHistory::default();
        h.push_batch(1, 1.0);
        h.epochs.push(EpochRecord {
            epoch: 1,
            step: 1,
            train_loss: 1.0,
            val_loss: f64::NAN,
            train_metric: 0.5,
            val_metric: f64::NAN,
            lr: 0.01,
            seconds: 0.1,
        });
        i.on_start(&TrainConfig::default());
        i.keep_ghost(&h, None);
        i.keep_ghost(&h, None);
        assert_eq!(i.ghosts.len(), 1, "the same run is kept once");
        assert!(i.ghosts[0].label.starts_with("Adam lr 0.01"));
        i.apply(&flow(3));
        let after = i.carry_over();
        assert_eq!(after.ghosts.len(), 1);
        assert!(after.flow.is_none());
    }
}
