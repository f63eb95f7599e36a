//! The app's state: the document a user edits (network, data choice, training settings),
//! derived views of it (shapes, parameter counts, errors), and the runtime beside it
//! (jobs, the training worker, dialogs). [`LabState::apply`] carries out one [`Command`];
//! [`LabState::poll`] drains what the background threads sent.

use super::command::{Command, DialogPurpose, UnsavedChoice};
use super::editor::{self, Editor, Preset};
use super::jobs::{Jobs, Reporter, Waker};
use super::sessions::{self, LoadedSession, SessionDoc};
use super::training::{Outcome, Phase, Training};
use crate::data::{
    self, BuiltinSpec, DataConfig, Dataset, InspectReport, LoadProgress, Preprocessor, Table,
};
use crate::engine::{loss, Trainer};
use crate::model::{Head, LossKind, NetworkErrors, NetworkSpec, Resolved, Shape, TrainConfig};
use crate::train::{
    self, FinishReason, TrainCommand, TrainJob, TrainState, WorkerHandle, WorkerOptions,
};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Where the data came from.
#[derive(Debug, Clone, PartialEq)]
pub enum DataOrigin {
    /// Nothing loaded yet.
    None,
    /// A built-in generator.
    Builtin(BuiltinSpec),
    /// A CSV file.
    File(PathBuf),
    /// The 784-feature timing table.
    Timing,
}

impl DataOrigin {
    /// A short name for display.
    pub fn label(&self) -> String {
        match self {
            DataOrigin::None => "no data".into(),
            DataOrigin::Builtin(s) => format!("built-in {}", s.kind.name()),
            DataOrigin::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            DataOrigin::Timing => "timing data (784 features)".into(),
        }
    }
}

/// A CSV read in progress.
#[derive(Debug, Clone)]
pub struct Loading {
    /// What is being read.
    pub what: String,
    /// Bytes parsed so far.
    pub done: u64,
    /// Size of the file.
    pub total: u64,
    /// Set to cancel.
    pub cancel: Arc<AtomicBool>,
}

/// The data side of the app.
#[derive(Default)]
pub struct DataState {
    /// Where the current table came from.
    pub origin: Option<DataOrigin>,
    /// The opened session's description of its CSV (embedded copy, saved hash).
    pub file_source: Option<super::sessions::FileSource>,
    /// The table (for the preview).
    pub table: Option<Arc<Table>>,
    /// Its summary (types, missing counts).
    pub report: Option<InspectReport>,
    /// How the table is prepared.
    pub config: DataConfig,
    /// The prepared dataset.
    pub dataset: Option<Arc<Dataset>>,
    /// The fitted preprocessing.
    pub preprocessor: Option<Preprocessor>,
    /// A CSV read in progress.
    pub loading: Option<Loading>,
    /// Whether generation or preparation is running.
    pub preparing: bool,
    /// The last data error, shown in the data view.
    pub error: Option<String>,
    /// When that error is a word in a mostly-numeric column: the file and the column, so
    /// the data view can offer to read the column as categorical.
    pub stray: Option<(PathBuf, String)>,
    /// Warnings from the last load.
    pub warnings: Vec<String>,
    /// The next dataset to arrive does not count as an unsaved change (the start-up data).
    pub quiet: bool,
    gen: u64,
}

/// Shapes and parameter counts of the current stack, or what is wrong with it.
#[derive(Debug, Clone)]
pub struct NetView {
    /// The input shape (from the data), `None` before data is loaded.
    pub input: Option<Shape>,
    /// Output units of the head, or why the loss does not fit the task.
    pub head: Result<usize, String>,
    /// Per-layer shapes, or the errors of shape inference.
    pub resolved: Result<Resolved, NetworkErrors>,
    /// Layers (with parameters) whose trained weights the next Train re-initializes.
    pub reset_layers: Vec<String>,
}

impl Default for NetView {
    fn default() -> Self {
        NetView {
            input: None,
            head: Err("load data first".into()),
            resolved: Err(NetworkErrors(Vec::new())),
            reset_layers: Vec::new(),
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

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something happened.
    Info,
    /// Worth a look (a diagnostic).
    Warning,
    /// Something failed.
    Error,
}

/// The last message for the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// How serious.
    pub kind: NoticeKind,
    /// The text.
    pub text: String,
}

/// A dialog over the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// Something failed; says what and what to do.
    Error {
        /// Short title.
        title: String,
        /// The message.
        message: String,
    },
    /// "Save changes?" before `then`.
    Unsaved {
        /// The command to carry out afterwards.
        then: Box<Command>,
    },
    /// An autosaved session was found after a crash.
    Recovery {
        /// The autosave file.
        path: PathBuf,
    },
}

/// Reports from background jobs.
pub enum JobMsg {
    /// A table was generated or read, and prepared.
    DataLoaded {
        /// Generation of the request.
        gen: u64,
        /// Where it came from.
        origin: DataOrigin,
        /// The table.
        table: Arc<Table>,
        /// Its summary.
        report: InspectReport,
        /// The configuration used.
        config: DataConfig,
        /// The prepared data, or why preparing failed.
        prepared: Result<(Dataset, Preprocessor), String>,
    },
    /// A table was prepared again with a new configuration.
    Prepared {
        /// Generation of the request.
        gen: u64,
        /// The configuration used.
        config: DataConfig,
        /// The prepared data, or why preparing failed.
        prepared: Result<(Dataset, Preprocessor), String>,
    },
    /// Reading or generating failed.
    DataFailed {
        /// Generation of the request.
        gen: u64,
        /// What went wrong and what to do.
        message: String,
        /// For a word in a mostly-numeric column: the file and that column.
        stray: Option<(PathBuf, String)>,
    },
    /// CSV reading progress.
    Progress {
        /// Generation of the request.
        gen: u64,
        /// Progress.
        progress: LoadProgress,
    },
    /// A file dialog answered.
    Dialog {
        /// Why it was opened.
        purpose: DialogPurpose,
        /// The chosen path (`None` = cancelled or no dialog available).
        path: Option<PathBuf>,
    },
    /// A training worker started (or could not).
    WorkerStarted {
        /// Start generation.
        gen: u64,
        /// The worker and the layers that were re-initialized, or an error.
        result: Result<(WorkerHandle, Vec<String>), String>,
    },
    /// A session was read (or could not be).
    SessionLoaded {
        /// The file.
        path: PathBuf,
        /// The session or the error.
        result: Result<Box<LoadedSession>, String>,
        /// Whether this was a crash recovery.
        recovered: bool,
    },
    /// A session was written (or could not be).
    SessionSaved {
        /// The file.
        path: PathBuf,
        /// `Ok` or the error.
        result: Result<(), String>,
        /// Whether this was the autosave.
        autosave: bool,
    },
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
    /// Unsaved edits.
    pub dirty: bool,
    /// Last message for the status bar.
    pub notice: Option<Notice>,
    /// A dialog over the window.
    pub modal: Option<Modal>,
    /// Recently opened or saved sessions, newest first.
    pub recent: Vec<PathBuf>,
    /// Example sessions found in `saves/`.
    pub examples: Vec<PathBuf>,
    /// Set once the user agreed to close; the next close request is let through.
    pub close_confirmed: bool,
    /// Set when the window should close (after the prompt).
    pub close_requested: bool,
    /// A save is in flight.
    pub saving: bool,
    /// A manual save waiting for the worker's current weights: the path and the state
    /// version it waits to see pass.
    pub pending_save: Option<(PathBuf, u64)>,
    /// What to do once the save in flight succeeds (the unsaved-changes prompt's Save).
    pub after_save: Option<Command>,
    /// Where autosaves go while training (`None` disables them).
    pub autosave_path: Option<PathBuf>,
    last_autosave: Option<Instant>,
    autosaving: bool,
    jobs: Jobs<JobMsg>,
}

/// Most recent files remembered.
pub const RECENT_LIMIT: usize = 8;
/// Seconds between autosaves while training.
const AUTOSAVE_SECS: u64 = 10;

impl LabState {
    /// A fresh state; `wake` requests a repaint (background threads call it).
    pub fn new(wake: Waker) -> Self {
        let mut s = LabState {
            name: "untitled".into(),
            pending_save: None,
            after_save: None,
            editor: Editor::new(Preset::SmallMlp.layers()),
            config: TrainConfig::default(),
            data: DataState::default(),
            net: NetView::default(),
            training: Training::default(),
            session_path: None,
            dirty: false,
            notice: None,
            modal: None,
            recent: Vec::new(),
            examples: Vec::new(),
            close_confirmed: false,
            close_requested: false,
            saving: false,
            autosave_path: None,
            last_autosave: None,
            autosaving: false,
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

    fn fail(&mut self, title: &str, message: impl Into<String>) {
        let message = message.into();
        self.notify(NoticeKind::Error, format!("{title}: {message}"));
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
            (Some(task), Some(l)) => loss::output_units(l, task),
            _ => Err("load data first: the output size comes from the target".into()),
        };
        let spec = NetworkSpec::new(input.unwrap_or(Shape::Flat(2)), self.editor.layers.clone());
        let resolved = spec.resolve(Head {
            units: *head.as_ref().unwrap_or(&1),
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
        };
    }

    /// Why Train is disabled, or `None` when it can start.
    pub fn train_blocker(&self) -> Option<String> {
        if self.data.loading.is_some() || self.data.preparing {
            return Some("wait until the data has loaded".into());
        }
        if self.data.dataset.is_none() {
            return Some("load data first: choose a built-in dataset or open a CSV file".into());
        }
        if let Err(e) = &self.net.head {
            return Some(format!("the output does not fit the task: {e}"));
        }
        if let Err(errs) = &self.net.resolved {
            if let Some(e) = errs.0.first() {
                return Some(format!("fix the network first — {e}"));
            }
        }
        if let Err(e) = self.config.validate() {
            return Some(format!("fix the training settings first: {e}"));
        }
        None
    }

    /// Applies one command.
    pub fn apply(&mut self, cmd: Command) {
        match cmd {
            Command::AddLayer { at, spec } => self.edit(|e| e.add(at, spec)),
            Command::RemoveLayer(i) => self.edit(|e| e.remove(i)),
            Command::DuplicateLayer(i) => self.edit(|e| e.duplicate(i)),
            Command::MoveLayer { from, to } => self.edit(|e| e.move_layer(from, to)),
            Command::SetLayer { index, spec } => self.edit(|e| e.set(index, spec)),
            Command::ApplyPreset(p) => self.edit(|e| e.replace(p.layers())),
            Command::Undo => self.edit(Editor::undo),
            Command::Redo => self.edit(Editor::redo),

            Command::UseBuiltin(spec) => self.load_builtin(spec),
            Command::UseTimingData => self.load_timing(),
            Command::OpenCsvDialog => self.open_dialog(DialogPurpose::OpenCsv),
            Command::LoadCsv(path) => self.load_csv(path),
            Command::ReadAsCategorical => {
                if let Some((path, column)) = self.data.stray.take() {
                    let mut config = DataConfig::default();
                    config.read.categorical_columns.push(column);
                    self.load_csv_with(path, config);
                }
            }
            Command::CancelLoad => {
                if let Some(l) = &self.data.loading {
                    l.cancel.store(true, Ordering::SeqCst);
                }
            }
            Command::SetDataConfig(cfg) => self.reprepare(cfg),

            Command::SetConfig(cfg) => self.set_config(cfg),
            Command::Train => self.start_training(false),
            Command::Pause => {
                if self.training.phase == Phase::Running {
                    self.training.send(TrainCommand::Pause);
                }
            }
            Command::Resume => {
                if self.training.phase == Phase::Paused {
                    self.training.send(TrainCommand::Resume);
                }
            }
            Command::TogglePlay => match self.training.phase {
                Phase::Running => self.training.send(TrainCommand::Pause),
                Phase::Paused => self.training.send(TrainCommand::Resume),
                Phase::Starting | Phase::Stopping => {}
                _ => self.start_training(false),
            },
            Command::StepBatch => self.step(TrainCommand::StepBatch),
            Command::StepEpoch => self.step(TrainCommand::StepEpoch),
            Command::Stop => {
                if self.training.phase.is_active() {
                    self.training.send(TrainCommand::Stop);
                    self.training.phase = Phase::Stopping;
                }
            }
            Command::Reset => {
                self.training.insight.keep_ghost(&self.training.history);
                self.reset_training();
                self.dirty = true;
                self.refresh_net();
                self.notify(
                    NoticeKind::Info,
                    format!(
                        "weights and history cleared; the next Train starts fresh from seed {}",
                        self.config.seed
                    ),
                );
            }

            Command::New => self.guard_unsaved(Command::New, |s| s.new_session()),
            Command::OpenSessionDialog => self.guard_unsaved(Command::OpenSessionDialog, |s| {
                s.open_dialog(DialogPurpose::OpenSession)
            }),
            Command::OpenSession(path) => {
                let again = Command::OpenSession(path.clone());
                self.guard_unsaved(again, |s| s.load_session(path, false))
            }
            Command::Save => match self.session_path.clone() {
                Some(p) => self.save_session(p, false),
                None => self.open_dialog(DialogPurpose::SaveSessionAs),
            },
            Command::SaveAsDialog => self.open_dialog(DialogPurpose::SaveSessionAs),
            Command::SaveTo(path) => self.save_session(path, false),
            Command::DialogAnswered { purpose, path } => self.dialog_answered(purpose, path),
            Command::UnsavedAnswer(choice) => self.unsaved_answer(choice),
            Command::Recover => {
                if let Some(Modal::Recovery { path }) = self.modal.take() {
                    self.load_session(path, true);
                }
            }
            Command::DiscardRecovery => {
                if let Some(Modal::Recovery { path }) = self.modal.take() {
                    let _ = std::fs::remove_file(&path);
                    self.notify(NoticeKind::Info, "the autosaved session was discarded");
                }
            }
            Command::DismissError => {
                if matches!(self.modal, Some(Modal::Error { .. })) {
                    self.modal = None;
                }
            }
            Command::Quit => self.guard_unsaved(Command::Quit, |s| {
                s.close_confirmed = true;
                s.close_requested = true;
            }),
            Command::Insight(c) => {
                if let Some(tc) = self.training.insight_command(c) {
                    self.step(tc);
                }
            }
        }
    }

    fn edit(&mut self, f: impl FnOnce(&mut Editor) -> bool) {
        if f(&mut self.editor) {
            self.dirty = true;
            self.refresh_net();
            if self.training.phase.is_active() {
                self.notify(
                    NoticeKind::Info,
                    "the network changed: the change applies when training starts again (Stop, then Train)",
                );
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
        let loss_changed = cfg.loss != self.config.loss;
        self.config = cfg;
        self.dirty = true;
        if loss_changed {
            self.refresh_net();
        }
    }

    // ----- data -----

    fn next_data_gen(&mut self) -> u64 {
        if let Some(l) = self.data.loading.take() {
            l.cancel.store(true, Ordering::SeqCst);
        }
        self.data.gen += 1;
        self.data.error = None;
        self.data.preparing = true;
        self.data.gen
    }

    fn load_builtin(&mut self, spec: BuiltinSpec) {
        if spec.samples == 0 || spec.samples > data::builtin::MAX_SAMPLES {
            self.data.error = Some(format!(
                "{} samples: choose between 1 and {}",
                spec.samples,
                data::builtin::MAX_SAMPLES
            ));
            return;
        }
        let gen = self.next_data_gen();
        let res = self.jobs.spawn("data", true, move |rep| {
            let table = spec.table();
            let config = spec.default_config();
            finish_load(&rep, gen, DataOrigin::Builtin(spec), table, config);
        });
        self.job_started(res);
    }

    fn load_timing(&mut self) {
        let gen = self.next_data_gen();
        let res =
            self.jobs.spawn(
                "data",
                true,
                move |rep| match super::builtin::timing_table(6000, 1) {
                    Ok(table) => {
                        let config = DataConfig {
                            target: data::TargetSpec::Name("label".into()),
                            scaling: data::Scaling::None,
                            ..DataConfig::default()
                        };
                        finish_load(&rep, gen, DataOrigin::Timing, table, config);
                    }
                    Err(e) => rep.send(JobMsg::DataFailed {
                        gen,
                        message: e.to_string(),
                        stray: None,
                    }),
                },
            );
        self.job_started(res);
    }

    fn load_csv(&mut self, path: PathBuf) {
        if path.as_os_str().is_empty() {
            self.data.error = Some("type the path of a CSV file first".into());
            return;
        }
        // Locating a session's missing data file: keep the session's preparation (target,
        // scaling, split) so its trained weights still fit.
        let locating = self.data.dataset.is_none()
            && self.data.error.is_some()
            && matches!(self.data.origin, Some(DataOrigin::File(_)));
        let config = if locating {
            self.data.config.clone()
        } else {
            DataConfig::default()
        };
        self.load_csv_with(path, config);
    }

    /// Reads a CSV file with `config.read` and prepares it with `config`.
    fn load_csv_with(&mut self, path: PathBuf, config: DataConfig) {
        self.data.stray = None;
        let gen = self.next_data_gen();
        let cancel = Arc::new(AtomicBool::new(false));
        self.data.loading = Some(Loading {
            what: DataOrigin::File(path.clone()).label(),
            done: 0,
            total: 0,
            cancel: cancel.clone(),
        });
        let res = self.jobs.spawn("read-csv", true, move |rep| {
            let progress_rep = rep.clone();
            let progress = move |p: LoadProgress| {
                progress_rep.send(JobMsg::Progress { gen, progress: p });
            };
            match data::read_csv_path(&path, &config.read, Some(&progress), Some(&cancel)) {
                Ok(table) => finish_load(&rep, gen, DataOrigin::File(path), table, config),
                Err(data::DataError::Cancelled) => rep.send(JobMsg::DataFailed {
                    gen,
                    message: "loading was cancelled; the data in use did not change".into(),
                    stray: None,
                }),
                Err(e) => {
                    let stray = match &e {
                        data::DataError::StrayText { column, .. } => {
                            Some((path.clone(), column.clone()))
                        }
                        _ => None,
                    };
                    rep.send(JobMsg::DataFailed {
                        gen,
                        message: e.to_string(),
                        stray,
                    })
                }
            }
        });
        self.job_started(res);
    }

    fn reprepare(&mut self, cfg: DataConfig) {
        let Some(table) = self.data.table.clone() else {
            self.data.config = cfg;
            return;
        };
        if cfg == self.data.config && self.data.error.is_none() {
            return;
        }
        let gen = self.next_data_gen();
        self.data.config = cfg.clone();
        let res = self.jobs.spawn("prepare", true, move |rep| {
            let prepared = data::prepare(&table, &cfg).map_err(|e| e.to_string());
            rep.send(JobMsg::Prepared {
                gen,
                config: cfg,
                prepared,
            });
        });
        self.job_started(res);
    }

    fn job_started(&mut self, res: Result<(), String>) {
        if let Err(e) = res {
            self.data.preparing = false;
            self.data.loading = None;
            self.data.error = Some(e);
        }
    }

    fn dataset_ready(&mut self, prepared: Result<(Dataset, Preprocessor), String>) {
        match prepared {
            Ok((ds, pre)) => {
                let same_shape =
                    self.data.dataset.as_ref().is_some_and(|old| {
                        old.input_shape == ds.input_shape && old.task == ds.task
                    });
                self.data.dataset = Some(Arc::new(ds));
                self.data.preprocessor = Some(pre);
                self.data.error = None;
                if !same_shape && self.training.state.is_some() {
                    self.notify(
                        NoticeKind::Info,
                        "new data: layers whose input or output size changed start from fresh weights on the next Train",
                    );
                }
            }
            Err(e) => {
                self.data.dataset = None;
                self.data.preprocessor = None;
                self.data.error = Some(e);
            }
        }
        if !std::mem::take(&mut self.data.quiet) {
            self.dirty = true;
        }
        self.refresh_net();
    }

    // ----- training -----

    fn step(&mut self, cmd: TrainCommand) {
        match self.training.phase {
            Phase::Paused | Phase::Running => self.training.send(cmd),
            Phase::Starting => self.training.send(cmd),
            Phase::Stopping => {}
            _ => {
                self.start_training(true);
                if self.training.phase == Phase::Starting {
                    self.training.send(cmd);
                }
            }
        }
    }

    fn start_training(&mut self, paused: bool) {
        match self.training.phase {
            Phase::Paused => {
                self.training.send(TrainCommand::Resume);
                return;
            }
            Phase::Running | Phase::Starting | Phase::Stopping => return,
            _ => {}
        }
        if let Some(why) = self.train_blocker() {
            self.notify(NoticeKind::Error, format!("cannot train yet: {why}"));
            return;
        }
        let (Some(dataset), Ok(resolved)) = (self.data.dataset.clone(), self.net.resolved.clone())
        else {
            return;
        };
        let spec = self.network_spec();
        let mut config = self.config.clone();
        let done = self.training.state.as_ref().map_or(0, |s| s.epoch);
        if done >= config.epochs {
            config.epochs = done + config.epochs.max(1);
        }
        let resume = self.training.state.clone();
        let keep = match (&self.training.state_net, &resume) {
            (Some(old), Some(_)) if *old != resolved => {
                Some(editor::kept_layers(&old.layers, &resolved.layers))
            }
            _ => None,
        };
        let reset_labels = self.net.reset_layers.clone();
        self.training.start_gen += 1;
        let gen = self.training.start_gen;
        self.training.phase = Phase::Starting;
        self.training.running_net = Some(resolved);
        self.training.total_epochs = config.epochs;
        self.training.pending.clear();
        let again = self.training.insight.on_start(&config);
        self.training.pending.extend(again);
        let options = WorkerOptions {
            start_paused: paused,
            ..WorkerOptions::default()
        };
        let wake = self.jobs.waker();
        let res = self.jobs.spawn("start-training", true, move |rep| {
            let result = (|| {
                let resume = match (resume, keep) {
                    (Some(st), Some(keep)) => {
                        Some(merged_state(&spec, &dataset, &config, &st, &keep)?)
                    }
                    (r, _) => r,
                };
                let job = TrainJob {
                    spec,
                    dataset,
                    config,
                    resume,
                    options,
                };
                train::spawn(job, wake).map_err(|e| {
                    format!("could not start the training thread ({e}); close other programs and try again")
                })
            })();
            rep.send(JobMsg::WorkerStarted {
                gen,
                result: result.map(|w| (w, reset_labels)),
            });
        });
        if let Err(e) = res {
            self.training.phase = Phase::Failed;
            self.notify(NoticeKind::Error, e);
        }
        self.dirty = true;
    }

    // ----- files -----

    fn open_dialog(&mut self, purpose: DialogPurpose) {
        let start_dir = self
            .session_path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf));
        let suggested = format!("{}.ron", self.name);
        let res = self.jobs.spawn("file-dialog", false, move |rep| {
            let mut d = rfd::FileDialog::new();
            if let Some(dir) = start_dir {
                d = d.set_directory(dir);
            }
            let path = match purpose {
                DialogPurpose::OpenCsv => d
                    .add_filter("CSV files", &["csv", "tsv", "txt"])
                    .add_filter("All files", &["*"])
                    .pick_file(),
                DialogPurpose::OpenSession => {
                    d.add_filter("layerlab sessions", &["ron"]).pick_file()
                }
                DialogPurpose::SaveSessionAs => d
                    .add_filter("layerlab sessions", &["ron"])
                    .set_file_name(suggested)
                    .save_file(),
            };
            rep.send(JobMsg::Dialog { purpose, path });
        });
        if let Err(e) = res {
            self.notify(NoticeKind::Error, e);
        }
    }

    fn dialog_answered(&mut self, purpose: DialogPurpose, path: Option<PathBuf>) {
        match (purpose, path) {
            (DialogPurpose::OpenCsv, Some(p)) => self.load_csv(p),
            (DialogPurpose::OpenSession, Some(p)) => self.load_session(p, false),
            (DialogPurpose::SaveSessionAs, Some(mut p)) => {
                if p.extension().is_none() {
                    p.set_extension("ron");
                }
                self.save_session(p, false)
            }
            (_, None) => self.notify(
                NoticeKind::Info,
                "no file chosen (if no dialog appeared, type the path into the path field instead)",
            ),
        }
    }

    fn guard_unsaved(&mut self, again: Command, go: impl FnOnce(&mut Self)) {
        if self.dirty && !matches!(self.modal, Some(Modal::Unsaved { .. })) {
            self.modal = Some(Modal::Unsaved {
                then: Box::new(again),
            });
        } else {
            go(self);
        }
    }

    fn unsaved_answer(&mut self, choice: UnsavedChoice) {
        let Some(Modal::Unsaved { then }) = self.modal.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => {}
            UnsavedChoice::Discard => {
                self.dirty = false;
                self.apply(*then);
            }
            UnsavedChoice::Save => match self.session_path.clone() {
                Some(p) => {
                    // Go on (quit, new, open) only once the save has succeeded.
                    self.after_save = Some(*then);
                    self.save_session(p, false);
                }
                None => {
                    self.notify(
                        NoticeKind::Info,
                        "choose where to save with Save As…, then try again",
                    );
                    self.open_dialog(DialogPurpose::SaveSessionAs);
                }
            },
        }
    }

    fn new_session(&mut self) {
        self.reset_training();
        self.editor = Editor::new(Preset::SmallMlp.layers());
        self.config = TrainConfig::default();
        self.name = "untitled".into();
        self.session_path = None;
        self.dirty = false;
        self.data.quiet = true;
        self.load_builtin(BuiltinSpec::default());
        self.refresh_net();
        self.notify(NoticeKind::Info, "new session");
    }

    /// Everything a save needs, captured now.
    pub fn session_doc(&self) -> SessionDoc {
        SessionDoc {
            name: self.name.clone(),
            network: self.network_spec(),
            origin: self.data.origin.clone().unwrap_or(DataOrigin::None),
            data_config: self.data.config.clone(),
            preprocessor: self.data.preprocessor.clone(),
            train: self.config.clone(),
            state: self.training.state.clone(),
            file_source: self.data.file_source.clone(),
            history: {
                let mut h = self.training.saved.clone();
                if let Some(st) = &self.training.state {
                    h.truncate_to(st.epoch, st.step);
                }
                h
            },
        }
    }

    fn save_session(&mut self, path: PathBuf, autosave: bool) {
        if !autosave {
            self.saving = true;
            // A running worker first sends its current weights; the save is written when
            // they arrive (see `poll`), so the file never pairs new history with old weights.
            if self.training.phase.is_active() && self.pending_save.is_none() {
                self.training.send(TrainCommand::RequestState);
                self.pending_save = Some((path, self.training.state_version));
                return;
            }
        } else {
            self.autosaving = true;
        }
        self.write_session(path, autosave);
    }

    /// Writes the session as it is now, on a job thread.
    fn write_session(&mut self, path: PathBuf, autosave: bool) {
        let doc = self.session_doc();
        let res = self.jobs.spawn("save-session", true, move |rep| {
            let result = sessions::save(&doc, &path);
            rep.send(JobMsg::SessionSaved {
                path,
                result,
                autosave,
            });
        });
        if let Err(e) = res {
            self.saving = false;
            self.fail("Could not save", e);
        }
    }

    fn load_session(&mut self, path: PathBuf, recovered: bool) {
        let res = self.jobs.spawn("open-session", true, move |rep| {
            let result = sessions::load(&path).map(Box::new);
            rep.send(JobMsg::SessionLoaded {
                path,
                result,
                recovered,
            });
        });
        if let Err(e) = res {
            self.fail("Could not open the session", e);
        }
    }

    fn session_loaded(&mut self, path: PathBuf, s: LoadedSession, recovered: bool) {
        self.reset_training();
        self.data.gen += 1;
        self.data.loading = None;
        self.data.preparing = false;
        self.name = s.name;
        self.editor = Editor::new(s.network.layers.clone());
        self.config = s.train;
        self.data.origin = Some(s.origin);
        self.data.table = s.table.map(Arc::new);
        self.data.report = s.report;
        self.data.file_source = s.file_source;
        self.data.config = s.data_config;
        self.data.dataset = s.dataset.map(Arc::new);
        self.data.preprocessor = s.preprocessor;
        self.data.error = s.data_error;
        self.data.warnings = s.warnings.clone();
        self.refresh_net();
        if let (Some(state), Ok(resolved)) = (s.state, &self.net.resolved) {
            self.training.epoch = state.epoch;
            self.training.step = state.step;
            self.training.state = Some(state);
            self.training.state_net = Some(resolved.clone());
        }
        self.training.history = super::history::LossHistory::from_session(&s.history);
        self.training.saved = s.history;
        self.refresh_net();
        if recovered {
            self.session_path = None;
            self.dirty = true;
            self.notify(
                NoticeKind::Info,
                "the autosaved session was restored; save it to keep it",
            );
        } else {
            self.session_path = Some(path.clone());
            self.dirty = false;
            self.remember_recent(&path);
            let mut text = format!("opened {}", path.display());
            if !s.warnings.is_empty() {
                text.push_str(&format!(" — {}", s.warnings.join("; ")));
            }
            self.notify(NoticeKind::Info, text);
        }
    }

    /// Forgets weights and history; a running worker is stopped and joined on a job thread
    /// (it may be in the middle of a long batch), never on the UI thread.
    fn reset_training(&mut self) {
        if let Some(worker) = self.training.detach() {
            let res = self
                .jobs
                .spawn("stop-training", true, move |_rep| drop(worker));
            if let Err(e) = res {
                self.notify(NoticeKind::Warning, e);
            }
        }
        self.training.reset();
    }

    /// Puts a path at the front of the recent files.
    pub fn remember_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(RECENT_LIMIT);
    }

    /// Lists `saves/*.ron` (next to the working directory or the executable).
    pub fn scan_examples(&mut self) {
        self.examples = sessions::find_examples();
    }

    // ----- per frame -----

    /// Drains the background threads. Call once per frame, before drawing.
    pub fn poll(&mut self) {
        for msg in self.jobs.drain() {
            self.handle(msg);
        }
        let outcomes = self.training.poll();
        if let Some((_, version)) = &self.pending_save {
            if self.training.state_version > *version || !self.training.phase.is_active() {
                if let Some((path, _)) = self.pending_save.take() {
                    self.write_session(path, false);
                }
            }
        }
        for outcome in outcomes {
            match outcome {
                Outcome::Quiet => {}
                Outcome::Diagnostic(text) => self.notify(NoticeKind::Warning, text),
                Outcome::Failed(message) => self.notify(NoticeKind::Error, message),
                Outcome::Finished(reason) => {
                    let text = match reason {
                        FinishReason::Completed => format!(
                            "training finished after {} epochs",
                            self.training.epoch
                        ),
                        FinishReason::Stopped => format!(
                            "training stopped at epoch {}; Train continues from here, Reset starts over",
                            self.training.epoch
                        ),
                        FinishReason::EarlyStopped => format!(
                            "stopped early at epoch {}: the validation loss stopped improving",
                            self.training.epoch
                        ),
                    };
                    self.notify(NoticeKind::Info, text);
                    self.refresh_net();
                }
            }
        }
        if self.training.unsaved {
            self.training.unsaved = false;
            self.dirty = true;
        }
        self.autosave_tick();
    }

    fn autosave_tick(&mut self) {
        let Some(path) = self.autosave_path.clone() else {
            return;
        };
        if !self.training.phase.is_active() || self.autosaving {
            return;
        }
        let due = self
            .last_autosave
            .is_none_or(|t| t.elapsed().as_secs() >= AUTOSAVE_SECS);
        if due {
            self.last_autosave = Some(Instant::now());
            self.training.send(TrainCommand::RequestState);
            self.save_session(path, true);
        }
    }

    fn handle(&mut self, msg: JobMsg) {
        match msg {
            JobMsg::DataLoaded {
                gen,
                origin,
                table,
                report,
                config,
                prepared,
            } if gen == self.data.gen => {
                self.data.loading = None;
                self.data.preparing = false;
                self.data.origin = Some(origin);
                self.data.table = Some(table);
                self.data.report = Some(report);
                self.data.config = config;
                self.dataset_ready(prepared);
            }
            JobMsg::Prepared {
                gen,
                config,
                prepared,
            } if gen == self.data.gen => {
                self.data.preparing = false;
                self.data.config = config;
                self.dataset_ready(prepared);
            }
            JobMsg::DataFailed {
                gen,
                message,
                stray,
            } if gen == self.data.gen => {
                self.data.loading = None;
                self.data.preparing = false;
                self.data.error = Some(message);
                self.data.stray = stray;
            }
            JobMsg::Progress { gen, progress } if gen == self.data.gen => {
                if let Some(l) = &mut self.data.loading {
                    l.done = progress.bytes_done;
                    l.total = progress.bytes_total;
                }
            }
            JobMsg::DataLoaded { .. }
            | JobMsg::Prepared { .. }
            | JobMsg::DataFailed { .. }
            | JobMsg::Progress { .. } => {}
            JobMsg::Dialog { purpose, path } => self.dialog_answered(purpose, path),
            JobMsg::WorkerStarted { gen, result } => {
                if gen != self.training.start_gen {
                    return; // abandoned start: dropping the handle stops and joins it
                }
                match result {
                    Ok((worker, reset)) => {
                        self.training.attach(worker);
                        if !reset.is_empty() {
                            self.notify(
                                NoticeKind::Info,
                                format!(
                                    "kept the trained weights of unchanged layers; re-initialized: {}",
                                    reset.join(", ")
                                ),
                            );
                        }
                        self.refresh_net();
                    }
                    Err(e) => {
                        self.training.phase = Phase::Failed;
                        self.notify(NoticeKind::Error, e);
                    }
                }
            }
            JobMsg::SessionLoaded {
                path,
                result,
                recovered,
            } => match result {
                Ok(s) => self.session_loaded(path, *s, recovered),
                Err(e) => self.fail("Could not open the session", e),
            },
            JobMsg::SessionSaved {
                path,
                result,
                autosave,
            } => {
                if autosave {
                    self.autosaving = false;
                    if let Err(e) = result {
                        self.notify(NoticeKind::Warning, format!("autosave failed: {e}"));
                    }
                    return;
                }
                self.saving = false;
                match result {
                    Ok(()) => {
                        self.session_path = Some(path.clone());
                        self.dirty = false;
                        self.remember_recent(&path);
                        self.notify(NoticeKind::Info, format!("saved {}", path.display()));
                        if let Some(next) = self.after_save.take() {
                            self.apply(next);
                        }
                    }
                    Err(e) => {
                        // Whatever was to follow the save (quit, new, open) does not happen.
                        self.after_save = None;
                        self.fail("Could not save", e)
                    }
                }
            }
        }
    }

    /// Stops and joins every worker and job (the window is closing).
    pub fn shutdown(&mut self) {
        if let Some(l) = &self.data.loading {
            l.cancel.store(true, Ordering::SeqCst);
        }
        self.training.shutdown();
        self.jobs.shutdown_and_join();
        // A worker whose start was in flight arrives now; dropping it stops and joins it.
        drop(self.jobs.drain());
        // A clean exit removes this run's autosave (never a pending one from a crash that
        // the user has not answered yet).
        if let (Some(p), Some(_)) = (&self.autosave_path, self.last_autosave) {
            let _ = std::fs::remove_file(p);
        }
    }

    /// Number of background jobs still running (for tests and the debug panel).
    pub fn jobs_running(&self) -> usize {
        self.jobs.running()
    }
}

/// Summarises and prepares a freshly loaded table on the job thread and reports it.
fn finish_load(
    rep: &Reporter<JobMsg>,
    gen: u64,
    origin: DataOrigin,
    table: Table,
    config: DataConfig,
) {
    let report = data::inspect_table(&table);
    let prepared = data::prepare(&table, &config).map_err(|e| e.to_string());
    rep.send(JobMsg::DataLoaded {
        gen,
        origin,
        table: Arc::new(table),
        report,
        config,
        prepared,
    });
}

/// Builds the state to resume from after the network was edited: fresh initial weights
/// (from the seed) for the changed layers, trained weights for the kept ones, and a fresh
/// optimizer. Runs on a job thread.
fn merged_state(
    spec: &NetworkSpec,
    dataset: &Dataset,
    config: &TrainConfig,
    trained: &TrainState,
    keep: &[bool],
) -> Result<TrainState, String> {
    let fresh: Trainer = Trainer::new(spec, &dataset.task, config).map_err(|e| e.to_string())?;
    let mut weights = fresh.net.weights();
    editor::merge_weights(keep, &trained.weights, &mut weights);
    Ok(TrainState {
        weights,
        optimizer: fresh.opt.state(),
        batch_in_epoch: 0,
        epoch_loss_sum: 0.0,
        epoch_samples: 0,
        ..trained.clone()
    })
}
