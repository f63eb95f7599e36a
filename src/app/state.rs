//! The app's state: the document a user edits (network, data choice, training settings),
//! derived views of it (shapes, parameter counts, errors), and the runtime beside it (jobs,
//! the training worker, dialogs). [`LabState::apply`] dispatches one [`Command`] to the
//! module that carries it out ([`super::data`], [`super::start`], [`super::files`]);
//! [`LabState::poll`] drains what the background threads sent.

use super::command::Command;
use super::data::DataState;
use super::editor::{self, Editor, Preset};
use super::jobs::{Jobs, Waker};
use super::messages::JobMsg;
use super::notice::{Modal, Notice, NoticeKind};
use super::save_flow::SaveFlow;
use super::training::{Outcome, Training};
use crate::data;
use crate::model::loss;
use crate::model::memory::{self, MachineMemory, MemoryError};
use crate::model::{Head, LossKind, NetworkErrors, NetworkSpec, Resolved, Shape, TrainConfig};
use crate::tr;
use crate::train::TrainCommand;
use std::path::PathBuf;

/// Why the output layer has no size yet. The window's own words are in its language (shown
/// on the UI thread); the model layer's error inside stays English.
#[derive(Debug, Clone, PartialEq)]
pub enum HeadProblem {
    /// No data: the output size comes from the target.
    NoData,
    /// The chosen loss does not fit the task.
    Loss(loss::LossTaskError),
}

impl From<loss::LossTaskError> for HeadProblem {
    fn from(e: loss::LossTaskError) -> Self {
        HeadProblem::Loss(e)
    }
}

impl std::fmt::Display for HeadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeadProblem::NoData => f.write_str(&tr!("app-head-no-data")),
            HeadProblem::Loss(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for HeadProblem {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            HeadProblem::NoData => None,
            HeadProblem::Loss(e) => std::error::Error::source(e),
        }
    }
}

/// Shapes and parameter counts of the current stack, or what is wrong with it.
#[derive(Debug, Clone)]
pub struct NetView {
    /// The input shape (from the data), `None` before data is loaded.
    pub input: Option<Shape>,
    /// Output units of the head, or why there are none yet.
    pub head: Result<usize, HeadProblem>,
    /// Per-layer shapes, or the errors of shape inference.
    pub resolved: Result<Resolved, NetworkErrors>,
    /// Layers (with parameters) whose trained weights the next Train re-initializes.
    pub reset_layers: Vec<String>,
    /// Why training this network would not fit in the machine's memory, if it would not.
    pub memory: Option<MemoryError>,
}

impl Default for NetView {
    fn default() -> Self {
        NetView {
            input: None,
            head: Err(HeadProblem::NoData),
            resolved: Err(NetworkErrors(Vec::new())),
            reset_layers: Vec::new(),
            memory: None,
        }
    }
}

impl NetView {
    /// The error message for a layer (0-based position in the user's stack), if any.
    pub fn error_for(&self, index: usize) -> Option<&str> {
        match &self.resolved {
            Err(errs) => errs
                .0
                .iter()
                .find(|e| e.layer == index + 1)
                .map(|e| e.message.as_str()),
            Ok(_) => None,
        }
    }

    /// Total learnable parameters, head included (0 when the stack is invalid).
    pub fn total_params(&self) -> Option<usize> {
        self.resolved.as_ref().ok().map(Resolved::total_params)
    }
}

/// Everything the window shows and edits.
pub struct LabState {
    /// Session name (shown in the title bar area).
    pub name: String,
    /// The layer stack.
    pub editor: Editor,
    /// Training settings.
    pub config: TrainConfig,
    /// Data.
    pub data: DataState,
    /// Shapes and errors of the stack.
    pub net: NetView,
    /// The training run.
    pub training: Training,
    /// The file the session was opened from or saved to.
    pub session_path: Option<PathBuf>,
    /// Unsaved changes, saves in flight, autosave and closing.
    pub flow: SaveFlow,
    /// Last message for the status bar.
    pub notice: Option<Notice>,
    /// A dialog over the window.
    pub modal: Option<Modal>,
    /// Recently opened or saved sessions, newest first.
    pub recent: Vec<PathBuf>,
    /// Example sessions found in `saves/`.
    pub examples: Vec<PathBuf>,
    /// Where autosaves go while training (`None` disables them).
    pub autosave_path: Option<PathBuf>,
    /// The machine's memory (read once at start; networks that would not fit do not train).
    pub machine: MachineMemory,
    /// The lesson being followed, if any.
    pub lesson: Option<super::lesson::LessonRun>,
    /// Save the replay frames with the session (off by default: they can be large).
    pub save_replay: bool,
    pub(super) jobs: Jobs<JobMsg>,
}

impl LabState {
    /// A fresh state; `wake` requests a repaint (background threads call it).
    pub fn new(wake: Waker) -> Self {
        let mut s = LabState {
            name: "untitled".into(),
            editor: Editor::new(Preset::SmallMlp.layers()),
            config: TrainConfig::default(),
            data: DataState::default(),
            net: NetView::default(),
            training: Training::default(),
            session_path: None,
            flow: SaveFlow::default(),
            notice: None,
            modal: None,
            recent: Vec::new(),
            examples: Vec::new(),
            autosave_path: None,
            machine: MachineMemory::detect(),
            lesson: None,
            save_replay: false,
            jobs: Jobs::new(wake),
        };
        s.refresh_net();
        s
    }

    /// Sets the status-bar message.
    pub fn notify(&mut self, kind: NoticeKind, text: impl Into<String>) {
        self.notice = Some(Notice {
            kind,
            text: text.into(),
        });
    }

    /// Shows an error dialog (and the same words in the status bar).
    pub(super) fn fail(&mut self, title: &str, message: impl Into<String>) {
        let message = message.into();
        self.notify(
            NoticeKind::Error,
            tr!("app-fail-notice", title = title, message = message.as_str()),
        );
        self.modal = Some(Modal::Error {
            title: title.to_string(),
            message,
        });
    }

    /// The network the editor describes, with the input shape from the data.
    pub fn network_spec(&self) -> NetworkSpec {
        NetworkSpec::new(
            self.net.input.unwrap_or(Shape::Flat(2)),
            self.editor.layers.clone(),
        )
    }

    /// The loss in use (the chosen one, or the task's default).
    pub fn loss(&self) -> Option<LossKind> {
        let task = self.task()?;
        Some(self.config.loss.unwrap_or_else(|| loss::default_for(task)))
    }

    /// The task of the data in use, or of the fitted preprocessing when the data itself is
    /// missing (a session whose CSV was moved), so shapes and weights still fit.
    fn task(&self) -> Option<&data::Task> {
        match (&self.data.dataset, &self.data.preprocessor) {
            (Some(d), _) => Some(&d.task),
            (None, Some(p)) => Some(&p.task),
            (None, None) => None,
        }
    }

    /// Recomputes shapes, parameter counts and errors after an edit.
    pub fn refresh_net(&mut self) {
        let input = match (&self.data.dataset, &self.data.preprocessor) {
            (Some(d), _) => Some(d.input_shape),
            (None, Some(p)) => Some(p.input_shape),
            (None, None) => None,
        };
        let head = match (self.task(), self.loss()) {
            (Some(task), Some(l)) => loss::output_units(l, task).map_err(HeadProblem::Loss),
            _ => Err(HeadProblem::NoData),
        };
        let spec = NetworkSpec::new(input.unwrap_or(Shape::Flat(2)), self.editor.layers.clone());
        let resolved = spec.resolve(Head {
            units: *head.as_ref().unwrap_or(&1),
        });
        let rows = self.data.dataset.as_ref().map_or(1, |d| d.train.rows);
        let memory = resolved.as_ref().ok().and_then(|r| {
            let batch = self.config.batch_size.min(rows.max(1));
            let purpose = memory::Purpose::Train;
            memory::check_with(r, batch, self.config.optimizer, purpose, &self.machine).err()
        });
        let reset_layers = match (&self.training.state_net, &resolved) {
            (Some(old), Ok(new)) if self.training.state.is_some() => editor::reset_labels(old, new),
            _ => Vec::new(),
        };
        self.net = NetView {
            input,
            head,
            resolved,
            reset_layers,
            memory,
        };
    }

    /// Why Train is disabled, or `None` when it can start.
    pub fn train_blocker(&self) -> Option<String> {
        if self.data.loading.is_some() || self.data.preparing {
            return Some(tr!("app-wait-for-data"));
        }
        if self.data.dataset.is_none() {
            return Some(tr!("app-load-data-first"));
        }
        if let Err(e) = &self.net.head {
            return Some(tr!("app-output-does-not-fit", error = e.to_string()));
        }
        if let Err(errs) = &self.net.resolved {
            if let Some(e) = errs.0.first() {
                return Some(tr!("app-fix-network-first", error = e.to_string()));
            }
        }
        if let Err(e) = self.config.validate() {
            return Some(tr!("app-fix-settings-first", error = e.to_string()));
        }
        if let Some(e) = &self.net.memory {
            return Some(e.to_string());
        }
        None
    }

    /// Applies one command: a thin dispatcher to the module that carries it out.
    pub fn apply(&mut self, cmd: Command) {
        match cmd {
            Command::AddLayer { at, spec } => self.edit(|e| {
                e.add_from_palette(at, spec);
                true
            }),
            Command::RemoveLayer(i) => self.edit(|e| e.remove(i)),
            Command::DuplicateLayer(i) => self.edit(|e| e.duplicate(i)),
            Command::MoveLayer { from, to } => self.edit(|e| e.move_layer(from, to)),
            Command::SetLayer { index, spec } => self.edit(|e| e.set(index, spec)),
            Command::ApplyPreset(p) => self.edit(|e| e.replace(p.layers())),
            Command::Undo => self.edit(Editor::undo),
            Command::Redo => self.edit(Editor::redo),

            Command::UseBuiltin(spec) => self.load_builtin(spec),
            Command::UseTimingData => self.load_timing(),
            Command::OpenCsvDialog => self.open_dialog(super::DialogPurpose::OpenCsv),
            Command::LoadCsv(path) => self.load_csv(path),
            Command::ReadAsCategorical => self.read_as_categorical(),
            Command::RereadCsv(read) => self.reread_csv(read),
            Command::CancelLoad => self.cancel_load(),
            Command::SetDataConfig(cfg) => self.reprepare(cfg),

            Command::SetConfig(cfg) => self.set_config(cfg),
            Command::Train => self.start_training(false),
            Command::Pause => self.pause(),
            Command::Resume => self.resume(),
            Command::TogglePlay => self.toggle_play(),
            Command::StepBatch => self.step(TrainCommand::StepBatch),
            Command::StepEpoch => self.step(TrainCommand::StepEpoch),
            Command::Stop => self.stop(),
            Command::Reset => self.reset_run(),

            Command::New => self.guard_unsaved(Command::New, Self::new_session),
            Command::OpenSessionDialog => self.guard_unsaved(Command::OpenSessionDialog, |s| {
                s.open_dialog(super::DialogPurpose::OpenSession)
            }),
            Command::OpenSession(path) => {
                let again = Command::OpenSession(path.clone());
                self.guard_unsaved(again, |s| s.load_session(path, false))
            }
            Command::Save => match self.session_path.clone() {
                Some(p) => self.save_session(p),
                None => self.open_dialog(super::DialogPurpose::SaveSessionAs),
            },
            Command::SaveAsDialog => self.open_dialog(super::DialogPurpose::SaveSessionAs),
            Command::ExportDialog(kind) => self.open_dialog(kind),
            Command::SaveTo(path) => self.save_session(path),
            Command::ExportTo { kind, path } => self.export_to(kind, path),
            Command::PredictFile(path) => self.predict_file(path),
            Command::DialogAnswered { purpose, path } => self.dialog_answered(purpose, path),
            Command::UnsavedAnswer(choice) => self.unsaved_answer(choice),
            Command::Recover => self.recover(),
            Command::AllowOutsideData => self.outside_data_answer(true),
            Command::RefuseOutsideData => self.outside_data_answer(false),
            Command::DiscardRecovery => self.discard_recovery(),
            Command::DismissError => {
                if matches!(self.modal, Some(Modal::Error { .. })) {
                    self.modal = None;
                }
            }
            Command::Quit => self.guard_unsaved(Command::Quit, |s| s.flow.confirm_quit()),
            Command::Lesson(c) => self.apply_lesson(c),
            Command::OpenLessonDialog => self.open_dialog(super::DialogPurpose::OpenLesson),
            Command::OpenLesson(p) => self.read_lesson(p),
            Command::Replay(c) => self.apply_replay(c),
            Command::SetSaveReplay(on) => {
                if self.save_replay != on {
                    self.save_replay = on;
                    self.flow.touch();
                }
            }
            Command::Insight(c) => {
                if let Some(tc) = self.training.insight_command(c) {
                    let replaying = self.training.replay.selected.is_some();
                    if replaying && !self.training.phase.is_active() {
                        self.replay_insight(tc);
                    } else if self.training.phase.is_active() {
                        self.training.send(tc);
                    } else {
                        self.look(tc);
                    }
                }
            }
        }
    }

    /// Replaces the layer stack (one undo step), as a lesson step does.
    pub(crate) fn edit_layers(&mut self, layers: Vec<crate::model::LayerSpec>) {
        self.edit(|e| e.replace(layers));
    }

    fn edit(&mut self, f: impl FnOnce(&mut Editor) -> bool) {
        if f(&mut self.editor) {
            self.flow.touch();
            self.refresh_net();
            if self.training.phase.is_active() {
                self.notify(NoticeKind::Info, tr!("app-network-changed"));
            }
        }
    }

    fn set_config(&mut self, cfg: TrainConfig) {
        if cfg == self.config {
            return;
        }
        if cfg.lr != self.config.lr
            && self.training.phase.is_active()
            && cfg.lr.is_finite()
            && cfg.lr > 0.0
        {
            self.training.send(TrainCommand::SetLr(cfg.lr));
        }
        if cfg.pace != self.config.pace && self.training.phase.is_active() {
            self.training.send(TrainCommand::SetPace(cfg.pace));
        }
        self.config = cfg;
        self.flow.touch();
        // The loss decides the output size; batch and optimizer the memory needed.
        self.refresh_net();
    }

    /// Drains the background threads. Call once per frame, before drawing.
    pub fn poll(&mut self) {
        for msg in self.jobs.drain() {
            match msg {
                JobMsg::WorkerStarted { gen, result } => self.worker_started(gen, result),
                JobMsg::Looked { result } => self.looked(result),
                JobMsg::Replayed { result } => self.replayed(result),
                JobMsg::LessonRead { path, result } => self.lesson_read(path, result),
                JobMsg::Exported { what, result } => self.exported(what, result),
                msg @ (JobMsg::DataLoaded { .. }
                | JobMsg::Prepared { .. }
                | JobMsg::DataFailed { .. }
                | JobMsg::Progress { .. }) => self.data_report(msg),
                msg => self.session_report(msg),
            }
        }
        self.tick_replay(std::time::Instant::now());
        let outcomes = self.training.poll();
        let active = self.training.phase.is_active();
        if let Some(path) = self
            .flow
            .weights_arrived(self.training.state_version, active)
        {
            self.write_session(path, false);
        }
        for outcome in outcomes {
            match outcome {
                Outcome::Quiet => {}
                Outcome::Diagnostic(text) => self.notify(NoticeKind::Warning, text),
                Outcome::Failed(message) => self.notify(NoticeKind::Error, message),
                Outcome::Finished(reason) => {
                    let text = self.finished_text(reason);
                    self.notify(NoticeKind::Info, text);
                    self.refresh_net();
                }
            }
        }
        if std::mem::take(&mut self.training.unsaved) {
            self.flow.touch();
        }
        self.autosave_tick();
    }

    /// Stops and joins every worker and job (the window is closing).
    pub fn shutdown(&mut self) {
        self.cancel_load();
        self.training.shutdown();
        self.jobs.shutdown_and_join();
        // A worker whose start was in flight arrives now; dropping it stops and joins it.
        drop(self.jobs.drain());
        // A clean exit removes this run's autosave (never a pending one from a crash that
        // the user has not answered yet).
        if let (Some(p), true) = (&self.autosave_path, self.flow.autosaved()) {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Number of background jobs still running (for tests and the debug panel).
    pub fn jobs_running(&self) -> usize {
        self.jobs.running()
    }
}
