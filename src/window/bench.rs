//! `layerlab bench --window SECONDS`: the window's own speed, measured honestly. For each
//! scenario the bare engine first trains the same network on the same data in this
//! process; then the real window opens on the current display, trains the scenario with
//! its view showing, and measures the frames actually presented per second, the UI
//! thread's CPU time per frame (everything it does from one frame to the next: logic,
//! layout, tessellation, painting) and the worker's samples per second.

use super::LabApp;
use crate::app::editor::Editor;
use crate::app::insight::InsightCommand;
use crate::app::{Command, Phase};
use crate::data::{self, synthetic, BuiltinKind, BuiltinSpec, DataConfig, Dataset};
use crate::model::{parse_layers, NetworkSpec, TrainConfig};
use crate::train::EpochRecord;
use crate::ui::Tab;
use serde::Serialize;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Seconds each scenario trains before measuring.
const WARMUP_SECS: f64 = 1.5;
/// Seconds the bare engine trains per scenario.
const ENGINE_SECS: f64 = 3.0;
/// Epochs of the synthetic history preloaded by the long-history scenario.
const LONG_HISTORY_EPOCHS: u32 = 1_000_000;

/// Where a scenario's data comes from.
#[derive(Debug, Clone, Copy)]
enum Source {
    /// The 784-feature timing table (6,000 rows).
    Timing,
    /// A built-in generator.
    Builtin(BuiltinKind),
}

/// One situation to measure.
#[derive(Debug, Clone)]
struct Scenario {
    name: &'static str,
    source: Source,
    layers: &'static str,
    batch: usize,
    tab: Tab,
    /// Preload a synthetic history of this many epochs first.
    history: Option<u32>,
}

fn scenarios() -> Vec<Scenario> {
    let spiral = |name, tab, history| Scenario {
        name,
        source: Source::Builtin(BuiltinKind::Spiral),
        layers: "dense:16,relu,dense:16,relu",
        batch: 16,
        tab,
        history,
    };
    vec![
        Scenario {
            name: "mlp784_loss",
            source: Source::Timing,
            layers: "dense:128,relu,dense:64,relu",
            batch: 64,
            tab: Tab::Loss,
            history: None,
        },
        spiral("spiral_boundary", Tab::Boundary, None),
        spiral("spiral_network", Tab::Network, None),
        spiral("spiral_loss", Tab::Loss, None),
        spiral(
            "spiral_loss_1m_history",
            Tab::Loss,
            Some(LONG_HISTORY_EPOCHS),
        ),
    ]
}

/// One scenario's figures (a JSON line of `bench --window`).
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioResult {
    /// Which scenario.
    pub scenario: String,
    /// Frames presented per second while training.
    pub fps: f64,
    /// Median UI-thread CPU time per frame, in milliseconds.
    pub ui_cpu_ms_p50: f64,
    /// 95th percentile of the same.
    pub ui_cpu_ms_p95: f64,
    /// Samples per second the worker trained with the window open.
    pub window_samples_per_s: f64,
    /// Samples per second of the bare engine (same network, data and batch, measured just
    /// before in this process).
    pub engine_samples_per_s: f64,
    /// window / engine.
    pub ratio: f64,
    /// Frames measured.
    pub frames: usize,
}

/// The data a scenario trains on, prepared as the window prepares it.
fn scenario_data(s: &Scenario) -> Option<Dataset> {
    let (table, config) = match s.source {
        Source::Timing => (
            synthetic::timing_table(6000, 1).ok()?,
            DataConfig {
                target: data::TargetSpec::Name("label".into()),
                scaling: data::Scaling::None,
                ..DataConfig::default()
            },
        ),
        Source::Builtin(kind) => {
            let spec = BuiltinSpec::new(kind);
            (spec.table(), spec.default_config())
        }
    };
    data::prepare(&table, &config).ok().map(|(ds, _)| ds)
}

fn scenario_config(s: &Scenario) -> TrainConfig {
    TrainConfig {
        batch_size: s.batch,
        epochs: 2_000_000_000,
        ..TrainConfig::default()
    }
}

/// Measures every scenario's bare engine speed, then runs them in the window for `seconds`
/// each. Returns one result per scenario (the window must be able to open).
pub fn run(seconds: f64) -> anyhow::Result<Vec<ScenarioResult>> {
    let list = scenarios();
    let mut engine = Vec::new();
    for s in &list {
        eprintln!("bench --window: bare engine, {}", s.name);
        let ds = scenario_data(s)
            // i18n-ignore: CLI output
            .ok_or_else(|| anyhow::anyhow!("scenario {}: the data could not be made", s.name))?;
        let spec = NetworkSpec::new(ds.input_shape, parse_layers(s.layers)?);
        let speed =
            crate::bench::engine_samples_per_s(&spec, &ds, &scenario_config(s), ENGINE_SECS)?;
        engine.push(speed);
    }
    let results = Arc::new(Mutex::new(Vec::new()));
    let driver = WindowBench {
        scenarios: list,
        engine,
        seconds: seconds.max(1.0),
        index: 0,
        stage: Stage::Setup,
        results: results.clone(),
        last_cpu: None,
    };
    super::open_window_with(super::renderer(), None, move |app| {
        // Measuring must not touch the user's files: no autosave, no recovery prompt.
        app.state.autosave_path = None;
        app.state.modal = None;
        app.bench = Some(driver);
    })?;
    let out = results.lock().map(|r| r.clone()).unwrap_or_default();
    Ok(out)
}

/// Where the driver is in the current scenario.
#[derive(Debug)]
enum Stage {
    /// Choose the data, network, settings and tab.
    Setup,
    /// Long-history scenario: one epoch to have weights, then stop.
    Priming,
    /// Waiting for the data, then training.
    Starting,
    /// Training, not measured yet.
    Warmup(Instant),
    /// Measuring since `start`.
    Measure {
        start: Instant,
        step0: u64,
        frames: usize,
        cpu_ms: Vec<f64>,
    },
    /// Waiting for the worker to stop.
    Stopping(Instant),
    /// Every scenario is done; the window closes.
    Done,
}

/// Drives the window through the scenarios, one frame at a time.
pub struct WindowBench {
    scenarios: Vec<Scenario>,
    engine: Vec<f64>,
    seconds: f64,
    index: usize,
    stage: Stage,
    results: Arc<Mutex<Vec<ScenarioResult>>>,
    last_cpu: Option<u64>,
}

impl WindowBench {
    /// Called at the start of every frame with the UI thread's CPU time (ns) so far.
    /// Returns whether the window should close.
    pub(super) fn tick(&mut self, app: &mut LabApp, cpu_now: Option<u64>) -> bool {
        let frame_cpu_ms = match (cpu_now, self.last_cpu) {
            (Some(now), Some(prev)) => Some(now.saturating_sub(prev) as f64 / 1e6),
            _ => None,
        };
        self.last_cpu = cpu_now;
        let Some(s) = self.scenarios.get(self.index).cloned() else {
            self.stage = Stage::Done;
            return true;
        };
        let st = &mut app.state;
        match &mut self.stage {
            Stage::Setup => {
                eprintln!("bench --window: {} ({} s)", s.name, self.seconds);
                st.apply(Command::Reset);
                st.apply(Command::Insight(InsightCommand::ClearGhosts));
                st.data.quiet = true;
                match s.source {
                    Source::Timing => st.apply(Command::UseTimingData),
                    Source::Builtin(kind) => st.apply(Command::UseBuiltin(BuiltinSpec::new(kind))),
                }
                st.editor = Editor::new(parse_layers(s.layers).unwrap_or_default());
                st.apply(Command::SetConfig(scenario_config(&s)));
                st.refresh_net();
                app.ui.tab = s.tab;
                self.stage = if s.history.is_some() {
                    Stage::Priming
                } else {
                    Stage::Starting
                };
            }
            Stage::Priming => {
                if st.data.dataset.is_some() && !st.data.preparing && !st.training.phase.is_active()
                {
                    if st.training.state.is_none() {
                        st.apply(Command::StepEpoch);
                    } else if let Some(epochs) = s.history {
                        preload_history(app, epochs);
                        self.stage = Stage::Starting;
                    }
                } else if st.training.phase == Phase::Paused {
                    st.apply(Command::Stop);
                }
            }
            Stage::Starting => {
                if st.data.dataset.is_some() && !st.data.preparing && !st.training.phase.is_active()
                {
                    st.apply(Command::Train);
                }
                if st.training.phase == Phase::Running && st.training.step > 0 {
                    self.stage = Stage::Warmup(Instant::now());
                }
            }
            Stage::Warmup(t) => {
                if t.elapsed().as_secs_f64() >= WARMUP_SECS {
                    eprintln!("bench --window: {}: measuring", s.name);
                    self.stage = Stage::Measure {
                        start: Instant::now(),
                        step0: st.training.step,
                        frames: 0,
                        cpu_ms: Vec::new(),
                    };
                }
            }
            Stage::Measure {
                start,
                step0,
                frames,
                cpu_ms,
            } => {
                *frames += 1;
                if let Some(ms) = frame_cpu_ms {
                    cpu_ms.push(ms);
                }
                let secs = start.elapsed().as_secs_f64();
                if secs >= self.seconds {
                    let samples = (st.training.step - *step0) as f64 * s.batch as f64;
                    let engine = self.engine.get(self.index).copied().unwrap_or(f64::NAN);
                    let window = samples / secs;
                    let result = ScenarioResult {
                        scenario: s.name.to_string(),
                        fps: *frames as f64 / secs,
                        ui_cpu_ms_p50: percentile(cpu_ms, 0.5),
                        ui_cpu_ms_p95: percentile(cpu_ms, 0.95),
                        window_samples_per_s: window,
                        engine_samples_per_s: engine,
                        ratio: window / engine,
                        frames: *frames,
                    };
                    if let Ok(mut r) = self.results.lock() {
                        r.push(result);
                    }
                    st.apply(Command::Stop);
                    self.stage = Stage::Stopping(Instant::now());
                }
            }
            Stage::Stopping(t) => {
                if !st.training.phase.is_active() || t.elapsed() > Duration::from_secs(10) {
                    self.index += 1;
                    self.stage = Stage::Setup;
                }
            }
            Stage::Done => return true,
        }
        false
    }
}

/// A synthetic history of `epochs` epochs, as if the run had trained that long: the epoch
/// and step counters move on, and the curves hold that many points (bounded as always).
fn preload_history(app: &mut LabApp, epochs: u32) {
    let t = &mut app.state.training;
    let batches = t.batches_per_epoch.max(1) as u64;
    for e in 1..=epochs {
        let step = e as u64 * batches;
        let loss = 1.0 / (1.0 + e as f64).sqrt();
        let rec = EpochRecord {
            epoch: e,
            step,
            train_loss: loss,
            val_loss: loss * 1.1,
            train_metric: 1.0 - loss,
            val_metric: 1.0 - loss * 1.1,
            lr: 0.01,
            seconds: 0.001,
        };
        t.history.push_batch(step, loss);
        let ev = crate::train::TrainEvent::Epoch(rec);
        t.history.apply(&ev);
        t.saved.apply(&ev);
    }
    if let Some(state) = &mut t.state {
        state.epoch = epochs;
        state.step = epochs as u64 * batches;
        state.batch_in_epoch = 0;
        t.epoch = epochs;
        t.step = state.step;
    }
}

fn percentile(v: &[f64], q: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    s[((s.len() - 1) as f64 * q).round() as usize]
}
