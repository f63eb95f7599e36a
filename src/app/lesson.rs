//! A lesson running in the window: which step is shown, what the step set up, and whether
//! its wait and check are met (so Next lights up).
//!
//! Entering a step applies it through the ordinary commands (load, layers, settings,
//! reset), so a lesson can do nothing a person could not do by hand. Waits and checks are
//! read from the state every frame; they cost a few comparisons.

use super::{Command, LabState};
use crate::lesson::{Check, Lesson, Load, Settings, Step, View, Wait};
use crate::model::{EarlyStopping, LayerSpec, TrainConfig, Weights};
use crate::train::{DiagnosticKind, FinishReason};
use std::path::PathBuf;

/// What the lesson panel asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum LessonCommand {
    /// Start this lesson at its first step (`folder`: where its relative files are).
    Start {
        /// The lesson.
        lesson: Box<Lesson>,
        /// The lesson file's folder.
        folder: Option<PathBuf>,
    },
    /// The next step (only when the current one is met).
    Next,
    /// The step before, set up again.
    Back,
    /// The first step again.
    Restart,
    /// Show the answer of the step's question.
    Reveal,
    /// The view open now (the panel tells every frame a step waits for a view).
    ViewShown(View),
    /// Close the lesson.
    Close,
}

/// What a step had when it started, to tell what the person did since.
#[derive(Debug, Clone, PartialEq, Default)]
struct Baseline {
    layers: Vec<LayerSpec>,
    test_version: u64,
    trace_version: u64,
}

/// A lesson in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonRun {
    /// The lesson.
    pub lesson: Lesson,
    /// Where its relative files are.
    pub folder: Option<PathBuf>,
    /// The step shown (0-based).
    pub step: usize,
    /// Whether the question's answer is shown.
    pub revealed: bool,
    /// Increments whenever a step is entered (the panel opens the step's view then).
    pub entered: u64,
    /// The view the panel last reported open.
    pub view_open: Option<View>,
    baseline: Baseline,
}

/// How far the current step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepStatus {
    /// The step's wait is met (or it has none).
    pub waited: bool,
    /// The step's check holds (or it has none).
    pub checked: bool,
}

impl StepStatus {
    /// Next may be pressed.
    pub fn ready(self) -> bool {
        self.waited && self.checked
    }
}

impl LessonRun {
    /// The step shown.
    pub fn current(&self) -> Option<&Step> {
        self.lesson.steps.get(self.step)
    }

    /// Whether this is the last step.
    pub fn is_last(&self) -> bool {
        self.step + 1 >= self.lesson.steps.len()
    }

    /// The current step's wait and check against the window's state.
    pub fn status(&self, state: &LabState) -> StepStatus {
        let Some(step) = self.current() else {
            return StepStatus {
                waited: true,
                checked: true,
            };
        };
        StepStatus {
            waited: step.wait.as_ref().is_none_or(|w| self.waited(w, state)),
            checked: step.check.as_ref().is_none_or(|c| check_holds(c, state)),
        }
    }

    fn waited(&self, wait: &Wait, state: &LabState) -> bool {
        let insight = &state.training.insight;
        match wait {
            Wait::TrainTo(n) => state.training.epoch >= *n && state.training.has_run(),
            Wait::ChangeLayers => state.editor.layers != self.baseline.layers,
            Wait::OpenView(v) => self.view_open == Some(*v),
            Wait::Evaluate => insight.test_version > self.baseline.test_version,
            Wait::TraceStep => insight.trace_version > self.baseline.trace_version,
        }
    }
}

/// Whether `check` holds for the run in `state`.
pub fn check_holds(check: &Check, state: &LabState) -> bool {
    let training = &state.training;
    let insight = &training.insight;
    let last = training.history.epochs.last();
    match check {
        Check::TestAccuracyAtLeast(a) => insight
            .test
            .as_ref()
            .is_some_and(|t| t.metrics.headline() >= *a),
        Check::ValAccuracyAtLeast(a) => last.is_some_and(|r| r.val_metric >= *a),
        Check::LossBelow(x) => last.is_some_and(|r| r.train_loss.is_finite() && r.train_loss < *x),
        Check::LossBecameNaN => insight
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NonFinite),
        Check::EarlyStopped => training.phase == super::Phase::Finished(FinishReason::EarlyStopped),
        Check::Overfitting => insight
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Overfitting),
        Check::UnitsIdentical => first_layer_identical(state) == Some(true),
        Check::UnitsDiffer => first_layer_identical(state) == Some(false),
        Check::All(list) => list.iter().all(|c| check_holds(c, state)),
    }
}

/// Whether the units of the first layer with weights all have the same incoming weights
/// (`None`: no such layer with two units or more yet), read from the latest weights (the
/// run's state, or the views' snapshot). No copy: it runs every frame a check waits.
fn first_layer_identical(state: &LabState) -> Option<bool> {
    let weights: &Weights = state.training.state.as_ref().map(|s| &s.weights).or(state
        .training
        .insight
        .weights
        .as_ref())?;
    let w = weights
        .layers
        .iter()
        .flat_map(|l| l.params.iter())
        .find(|p| p.name == "weight" && p.shape.len() == 2)?;
    let units = w.shape[1];
    if units < 2 || w.values.len() != w.shape[0] * units {
        return None;
    }
    // Row-major inputs × units: each row holds one input's weight into every unit.
    Some(w.values.chunks(units).all(units_identical))
}

/// Whether every value of a row equals its first (within float noise).
fn units_identical(row: &[f32]) -> bool {
    let first = row.first().copied().unwrap_or_default();
    row.iter()
        .all(|v| (v - first).abs() <= 1e-6 * (1.0 + first.abs()))
}

/// The training settings with a step's changes applied.
pub fn patched(config: &TrainConfig, s: &Settings) -> TrainConfig {
    let mut c = config.clone();
    if let Some(v) = s.loss {
        c.loss = Some(v);
    }
    if let Some(v) = s.optimizer {
        c.optimizer = v;
    }
    if let Some(v) = s.lr {
        c.lr = v;
    }
    if let Some(v) = s.batch_size {
        c.batch_size = v;
    }
    if let Some(v) = s.epochs {
        c.epochs = v;
    }
    if let Some(v) = s.init {
        c.init = v;
    }
    if let Some(v) = s.seed {
        c.seed = v;
    }
    if let Some(v) = s.l2 {
        c.l2 = v;
    }
    if let Some(p) = s.early_stopping {
        c.early_stopping = (p > 0).then_some(EarlyStopping {
            patience: p,
            min_delta: 0.0,
        });
    }
    if let Some(v) = s.pace {
        c.pace = v;
    }
    c
}

impl LabState {
    /// Applies a lesson command.
    pub fn apply_lesson(&mut self, cmd: LessonCommand) {
        match cmd {
            LessonCommand::Start { lesson, folder } => {
                self.lesson = Some(LessonRun {
                    lesson: *lesson,
                    folder,
                    step: 0,
                    revealed: false,
                    entered: 0,
                    view_open: None,
                    baseline: Baseline::default(),
                });
                self.enter_step(0);
            }
            LessonCommand::Next => {
                let go = self.lesson.as_ref().and_then(|run| {
                    (run.status(self).ready() && !run.is_last()).then_some(run.step + 1)
                });
                if let Some(step) = go {
                    self.enter_step(step);
                }
            }
            LessonCommand::Back => {
                if let Some(step) = self.lesson.as_ref().and_then(|r| r.step.checked_sub(1)) {
                    self.enter_step(step);
                }
            }
            LessonCommand::Restart => {
                if self.lesson.is_some() {
                    self.enter_step(0);
                }
            }
            LessonCommand::Reveal => {
                if let Some(run) = &mut self.lesson {
                    run.revealed = true;
                }
            }
            LessonCommand::ViewShown(v) => {
                if let Some(run) = &mut self.lesson {
                    run.view_open = Some(v);
                }
            }
            LessonCommand::Close => self.lesson = None,
        }
    }

    /// Shows step `index` and sets it up: data or session, layers, settings, reset.
    fn enter_step(&mut self, index: usize) {
        let Some(run) = &mut self.lesson else { return };
        let Some(step) = run.lesson.steps.get(index).cloned() else {
            return;
        };
        run.step = index;
        run.revealed = false;
        run.entered += 1;
        let folder = run.folder.clone();
        let resolve = |p: &PathBuf| folder.as_ref().map_or_else(|| p.clone(), |d| d.join(p));
        if step.reset {
            self.apply(Command::Reset);
        }
        match &step.load {
            Some(Load::Builtin(spec)) => self.apply(Command::UseBuiltin(*spec)),
            Some(Load::Csv(p)) => self.apply(Command::LoadCsv(resolve(p))),
            Some(Load::Session(p)) => self.apply(Command::OpenSession(resolve(p))),
            None => {}
        }
        if let Some(text) = &step.layers {
            // Validated when the lesson was read; an empty text is an empty stack.
            if let Ok(layers) = crate::model::text::parse_layers(text) {
                if layers != self.editor.layers {
                    self.edit_layers(layers);
                }
            }
        }
        if let Some(s) = &step.settings {
            let config = patched(&self.config, s);
            if config != self.config {
                self.apply(Command::SetConfig(config));
            }
        }
        let baseline = Baseline {
            layers: self.editor.layers.clone(),
            test_version: self.training.insight.test_version,
            trace_version: self.training.insight.trace_version,
        };
        if let Some(run) = &mut self.lesson {
            run.baseline = baseline;
        }
    }

    /// Reads and validates a lesson file on a job thread; [`Self::lesson_read`] starts it.
    pub(super) fn read_lesson(&mut self, path: PathBuf) {
        let res = self.jobs.spawn("lesson", false, move |rep| {
            let result = Lesson::load(&path).map(Box::new);
            rep.send(super::messages::JobMsg::LessonRead { path, result });
        });
        if let Err(e) = res {
            self.notify(super::NoticeKind::Error, e.to_string());
        }
    }

    /// A lesson file was read: start it, or say what is wrong with it (file, step, field).
    pub(super) fn lesson_read(
        &mut self,
        path: PathBuf,
        result: Result<Box<Lesson>, crate::lesson::LessonError>,
    ) {
        match result {
            Ok(lesson) => self.apply_lesson(LessonCommand::Start {
                lesson,
                folder: path.parent().map(std::path::Path::to_path_buf),
            }),
            Err(e) => self.notify(
                super::NoticeKind::Error,
                crate::tr!("lessons-file-error", error = e.to_string()),
            ),
        }
    }

    /// The current lesson step's status, if a lesson runs.
    pub fn lesson_status(&self) -> Option<StepStatus> {
        self.lesson.as_ref().map(|r| r.status(self))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn settings_patch_only_what_is_given() {
        let base = TrainConfig::default();
        let s = Settings {
            lr: Some(0.5),
            early_stopping: Some(5),
            ..Settings::default()
        };
        let c = patched(&base, &s);
        assert_eq!(c.lr, 0.5);
        assert_eq!(c.early_stopping.map(|e| e.patience), Some(5));
        assert_eq!(c.optimizer, base.optimizer);
        let off = patched(
            &c,
            &Settings {
                early_stopping: Some(0),
                ..Settings::default()
            },
        );
        assert_eq!(off.early_stopping, None);
    }

    #[test]
    fn identical_units_are_told_from_different_ones() {
        // One input's weights into three units.
        assert!(units_identical(&[1.0, 1.0, 1.0]));
        assert!(!units_identical(&[1.0, 1.0, 1.1]));
    }
}
