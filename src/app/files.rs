//! Files as the window handles them: file dialogs (on a job thread), the unsaved-changes
//! guard, new/open/save/save-as, the autosave while training, recent files and examples.
//! Where the document stands with its file is the [`super::save_flow::SaveFlow`].

use super::command::{Command, DialogPurpose, UnsavedChoice};
use super::data::DataOrigin;
use super::dialog::{self, FileRequest};
use super::editor::{Editor, Preset};
use super::messages::JobMsg;
use super::notice::{Modal, NoticeKind};
use super::save_flow::SaveStart;
use super::sessions::{self, LoadedSession, Outside, SessionDoc};
use super::state::LabState;
use crate::data::BuiltinSpec;
use crate::model::TrainConfig;
use crate::session::SessionError;
use crate::tr;
use crate::train::TrainCommand;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Most recent files remembered.
pub const RECENT_LIMIT: usize = 8;
/// Time between autosaves while training.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(10);

impl LabState {
    /// Opens the native file dialog on a job thread; the answer comes back as a message.
    pub(super) fn open_dialog(&mut self, purpose: DialogPurpose) {
        let req = FileRequest {
            purpose,
            start_dir: self
                .session_path
                .as_ref()
                .and_then(|p| p.parent().map(Path::to_path_buf)),
            suggested_name: format!("{}.ron", self.name),
            words: dialog::DialogWords::now(),
        };
        let res = self.jobs.spawn("file-dialog", false, move |rep| {
            let path = dialog::ask(&req);
            rep.send(JobMsg::Dialog { purpose, path });
        });
        if let Err(e) = res {
            self.notify(NoticeKind::Error, e.to_string());
        }
    }

    pub(super) fn dialog_answered(&mut self, purpose: DialogPurpose, path: Option<PathBuf>) {
        match (purpose, path) {
            (DialogPurpose::OpenCsv, Some(p)) => self.load_csv(p),
            (DialogPurpose::PredictCsv, Some(p)) => self.predict_file(p),
            (kind @ (DialogPurpose::ExportOnnx | DialogPurpose::ExportPytorch), Some(p)) => {
                self.export_to(kind, p)
            }
            (DialogPurpose::OpenSession, Some(p)) => self.load_session(p, false),
            (DialogPurpose::OpenLesson, Some(p)) => self.read_lesson(p),
            (DialogPurpose::SaveSessionAs, Some(mut p)) => {
                if p.extension().is_none() {
                    p.set_extension("ron");
                }
                self.save_session(p)
            }
            (_, None) => self.notify(NoticeKind::Info, tr!("app-no-file-chosen")),
        }
    }

    /// Runs `go` now, or first asks about unsaved changes (then `again` is applied).
    pub(super) fn guard_unsaved(&mut self, again: Command, go: impl FnOnce(&mut Self)) {
        if self.flow.is_dirty() && !matches!(self.modal, Some(Modal::Unsaved { .. })) {
            self.modal = Some(Modal::Unsaved {
                then: Box::new(again),
            });
        } else {
            go(self);
        }
    }

    pub(super) fn unsaved_answer(&mut self, choice: UnsavedChoice) {
        let Some(Modal::Unsaved { then }) = self.modal.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => {}
            UnsavedChoice::Discard => {
                self.flow.mark_clean();
                self.apply(*then);
            }
            UnsavedChoice::Save => match self.session_path.clone() {
                Some(p) => {
                    // Go on (quit, new, open) only once the save has succeeded.
                    self.flow.then(*then);
                    self.save_session(p);
                }
                None => {
                    self.notify(NoticeKind::Info, tr!("app-choose-save-as"));
                    self.open_dialog(DialogPurpose::SaveSessionAs);
                }
            },
        }
    }

    pub(super) fn new_session(&mut self) {
        self.reset_training();
        self.editor = Editor::new(Preset::SmallMlp.layers());
        self.config = TrainConfig::default();
        self.name = "untitled".into();
        self.session_path = None;
        self.flow.mark_clean();
        self.data.quiet = true;
        self.load_builtin(BuiltinSpec::default());
        self.refresh_net();
        self.notify(NoticeKind::Info, tr!("app-new-session"));
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
            replay: if self.save_replay {
                self.training.replay.session_frames()
            } else {
                Vec::new()
            },
            history: {
                let mut h = self.training.saved.clone();
                if let Some(st) = &self.training.state {
                    h.truncate_to(st.epoch, st.step);
                }
                h
            },
        }
    }

    /// Save (as): a running worker first sends its current weights; the file is written when
    /// they arrive (see [`LabState::poll`]).
    pub(super) fn save_session(&mut self, path: PathBuf) {
        let active = self.training.phase.is_active();
        match self
            .flow
            .start_save(path, active, self.training.state_version)
        {
            SaveStart::RequestWeights => self.training.send(TrainCommand::RequestState),
            SaveStart::Write(path) => self.write_session(path, false),
        }
    }

    /// Writes the session as it is now, on a job thread.
    pub(super) fn write_session(&mut self, path: PathBuf, autosave: bool) {
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
            if autosave {
                self.flow.autosave_finished();
                self.notify(
                    NoticeKind::Warning,
                    tr!("app-autosave-failed", error = e.to_string()),
                );
            } else {
                self.flow.save_not_started();
                self.fail(&tr!("app-could-not-save"), e.to_string());
            }
        }
    }

    /// Autosaves the running session every few seconds (to `autosave_path`).
    pub(super) fn autosave_tick(&mut self) {
        let Some(path) = self.autosave_path.clone() else {
            return;
        };
        let active = self.training.phase.is_active();
        if self
            .flow
            .autosave_due(active, Instant::now(), AUTOSAVE_EVERY)
        {
            self.training.send(TrainCommand::RequestState);
            self.write_session(path, true);
        }
    }

    pub(super) fn load_session(&mut self, path: PathBuf, recovered: bool) {
        self.load_session_with(path, recovered, Outside::Ask);
    }

    /// Opens a session; data outside the session's folder is read only as `outside` says
    /// (a session from someone else must not make layerlab read files the user does not
    /// know about, so the window asks first).
    fn load_session_with(&mut self, path: PathBuf, recovered: bool, outside: Outside) {
        let res = self.jobs.spawn("open-session", true, move |rep| {
            let result = sessions::load(&path, outside).map(Box::new);
            rep.send(JobMsg::SessionLoaded {
                path,
                result,
                recovered,
            });
        });
        if let Err(e) = res {
            self.fail(&tr!("app-could-not-open-session"), e.to_string());
        }
    }

    /// The answer to "read data outside the session's folder?".
    pub(super) fn outside_data_answer(&mut self, allow: bool) {
        if let Some(Modal::OutsideData {
            session, recovered, ..
        }) = self.modal.take()
        {
            let outside = if allow { Outside::Read } else { Outside::Skip };
            self.load_session_with(session, recovered, outside);
        }
    }

    /// Restore the autosaved session found after a crash.
    pub(super) fn recover(&mut self) {
        if let Some(Modal::Recovery { path }) = self.modal.take() {
            self.load_session(path, true);
        }
    }

    /// Discard the autosaved session found after a crash.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(Modal::Recovery { path }) = self.modal.take() {
            let _ = std::fs::remove_file(&path);
            self.notify(NoticeKind::Info, tr!("app-recovery-discarded"));
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
        let mut warnings = s.warnings;
        if let Some(e) = &s.weights_dropped {
            warnings.push(tr!("app-weights-not-restored", error = e.as_str()));
        }
        self.data.warnings = warnings.clone();
        self.refresh_net();
        if let (Some(state), Ok(resolved)) = (s.state, &self.net.resolved) {
            self.training.epoch = state.epoch;
            self.training.step = state.step;
            self.training.state = Some(state);
            self.training.state_net = Some(resolved.clone());
        }
        self.training.data = super::training::RunData::of(&self.data);
        let mut saved = s.history;
        crate::session::history::bound_epochs(&mut saved.epochs);
        self.training.history = super::history::LossHistory::from_session(&saved);
        self.training.saved = saved;
        self.save_replay = !s.replay.is_empty();
        if self.training.state.is_some() {
            for f in s.replay {
                self.training.replay.push(f.epoch, f.weights, None);
            }
        }
        self.refresh_net();
        if recovered {
            self.session_path = None;
            self.flow.touch();
            self.notify(NoticeKind::Info, tr!("app-recovery-restored"));
        } else {
            self.session_path = Some(path.clone());
            self.flow.mark_clean();
            self.remember_recent(&path);
            let text = if warnings.is_empty() {
                tr!("app-opened", path = path.display().to_string())
            } else {
                tr!(
                    "app-opened-with-warnings",
                    path = path.display().to_string(),
                    warnings = warnings.join("; ")
                )
            };
            self.notify(NoticeKind::Info, text);
        }
    }

    fn session_saved(&mut self, path: PathBuf, result: Result<(), SessionError>, autosave: bool) {
        if autosave {
            self.flow.autosave_finished();
            if let Err(e) = result {
                self.notify(
                    NoticeKind::Warning,
                    tr!("app-autosave-failed", error = e.to_string()),
                );
            }
            return;
        }
        let ok = result.is_ok();
        let next = self.flow.save_finished(ok);
        match result {
            Ok(()) => {
                self.session_path = Some(path.clone());
                self.remember_recent(&path);
                self.notify(
                    NoticeKind::Info,
                    tr!("app-saved", path = path.display().to_string()),
                );
                if let Some(next) = next {
                    self.apply(next);
                }
            }
            // Whatever was to follow the save (quit, new, open) does not happen.
            Err(e) => self.fail(&tr!("app-could-not-save"), e.to_string()),
        }
    }

    /// Takes in a report of a session job.
    pub(super) fn session_report(&mut self, msg: JobMsg) {
        match msg {
            JobMsg::SessionLoaded {
                path,
                result,
                recovered,
            } => match result {
                Ok(s) => self.session_loaded(path, *s, recovered),
                Err(SessionError::OutsideData { path: data, .. }) => {
                    self.modal = Some(Modal::OutsideData {
                        session: path,
                        data,
                        recovered,
                    });
                }
                Err(e) => self.fail(&tr!("app-could-not-open-session"), e.to_string()),
            },
            JobMsg::SessionSaved {
                path,
                result,
                autosave,
            } => self.session_saved(path, result, autosave),
            JobMsg::Dialog { purpose, path } => self.dialog_answered(purpose, path),
            _ => {}
        }
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
}
