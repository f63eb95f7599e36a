//! Starting, stepping, stopping and resetting a run from the window. The worker itself is
//! started on a job thread ([`crate::train::start`] builds the network there), so the UI
//! thread never waits for it.

use super::editor;
use super::messages::JobMsg;
use super::notice::NoticeKind;
use super::state::LabState;
use super::training::{Phase, RunData};
use crate::train::{
    self, FinishReason, StartError, TrainCommand, TrainEvent, TrainJob, WorkerHandle, WorkerOptions,
};

impl LabState {
    /// Pause, resume or step a live worker; with none, start one paused and step it.
    pub(super) fn step(&mut self, cmd: TrainCommand) {
        match self.training.phase {
            Phase::Paused | Phase::Running | Phase::Starting => self.training.send(cmd),
            Phase::Stopping => {}
            _ => {
                self.start_training(true);
                if self.training.phase == Phase::Starting {
                    self.training.send(cmd);
                }
            }
        }
    }

    /// Space: start, pause or resume.
    pub(super) fn toggle_play(&mut self) {
        match self.training.phase {
            Phase::Running => self.training.send(TrainCommand::Pause),
            Phase::Paused => self.training.send(TrainCommand::Resume),
            Phase::Starting | Phase::Stopping => {}
            _ => self.start_training(false),
        }
    }

    /// Pause a running worker.
    pub(super) fn pause(&mut self) {
        if self.training.phase == Phase::Running {
            self.training.send(TrainCommand::Pause);
        }
    }

    /// Resume a paused worker.
    pub(super) fn resume(&mut self) {
        if self.training.phase == Phase::Paused {
            self.training.send(TrainCommand::Resume);
        }
    }

    /// Stop the run (its weights are kept).
    pub(super) fn stop(&mut self) {
        if self.training.phase.is_active() {
            self.training.send(TrainCommand::Stop);
            self.training.phase = Phase::Stopping;
        }
    }

    /// Starts (or continues) training. `paused`: start between batches, for stepping.
    pub(super) fn start_training(&mut self, paused: bool) {
        match self.training.phase {
            Phase::Paused => {
                self.training.send(TrainCommand::Resume);
                return;
            }
            Phase::Running | Phase::Starting | Phase::Stopping => return,
            _ => {}
        }
        if let Some(why) = self.train_blocker() {
            self.notify(
                NoticeKind::Error,
                crate::tr!("app-cannot-train-yet", why = why),
            );
            return;
        }
        let Some((mut job, keep)) = self.run_job(paused) else {
            return;
        };
        let done = self.training.state.as_ref().map_or(0, |s| s.epoch);
        if done >= job.config.epochs {
            job.config.epochs = done + job.config.epochs.max(1);
        }
        let reset_labels = self.net.reset_layers.clone();
        self.training.start_gen += 1;
        let gen = self.training.start_gen;
        self.training.phase = Phase::Starting;
        self.training.running_net = self.net.resolved.clone().ok();
        self.training.data = RunData::of(&self.data);
        self.training.total_epochs = job.config.epochs;
        self.training.pending.clear();
        let again = self.training.insight.on_start(&job.config);
        self.training.pending.extend(again);
        let wake = self.jobs.waker();
        let res = self.jobs.spawn("start-training", true, move |rep| {
            let result = train::start(job, keep, wake).map(|w| (w, reset_labels));
            rep.send(JobMsg::WorkerStarted { gen, result });
        });
        if let Err(e) = res {
            self.training.phase = Phase::Failed;
            self.notify(NoticeKind::Error, e.to_string());
        }
        self.flow.touch();
    }

    /// The job for a run of the current network on the current data, continuing from the
    /// trained state; with the layers to keep when the network was edited since.
    fn run_job(&self, paused: bool) -> Option<(TrainJob, Option<Vec<bool>>)> {
        let (Some(dataset), Ok(resolved)) = (self.data.dataset.clone(), &self.net.resolved) else {
            return None;
        };
        let resume = self.training.state.clone();
        let keep = match (&self.training.state_net, &resume) {
            (Some(old), Some(_)) if old != resolved => {
                Some(editor::kept_layers(&old.layers, &resolved.layers))
            }
            _ => None,
        };
        let job = TrainJob {
            spec: self.network_spec(),
            dataset,
            config: self.config.clone(),
            resume,
            options: WorkerOptions {
                start_paused: paused,
                paced: true,
                flow_interval: std::time::Duration::from_millis(250),
                progress_interval: std::time::Duration::from_millis(33),
                replay: true,
                ..WorkerOptions::default()
            },
        };
        Some((job, keep))
    }

    /// The job a look needs: the current network, data and weights, paused.
    pub(super) fn run_job_for_look(&self) -> Option<(TrainJob, Option<Vec<bool>>)> {
        self.run_job(true)
    }

    /// Answers an insight request (test evaluation, boundary, trace) without a worker: on a
    /// job thread, from the current weights, leaving the run as it is (phase, epoch target,
    /// unsaved flag). A live worker answers such requests itself.
    pub(super) fn look(&mut self, cmd: TrainCommand) {
        if let Some(why) = self.train_blocker() {
            self.training.insight.look_failed();
            self.notify(
                NoticeKind::Error,
                crate::tr!("app-cannot-look-yet", why = why),
            );
            return;
        }
        let Some((job, keep)) = self.run_job(true) else {
            return;
        };
        let res = self.jobs.spawn("look", true, move |rep| {
            let result = train::look(job, keep, &[cmd]);
            rep.send(JobMsg::Looked { result });
        });
        if let Err(e) = res {
            self.training.insight.look_failed();
            self.notify(NoticeKind::Error, e.to_string());
        }
    }

    /// What a look produced: only the insight views take it in.
    pub(super) fn looked(&mut self, result: Result<Vec<TrainEvent>, StartError>) {
        match result {
            Ok(events) => {
                for ev in &events {
                    self.training.insight.apply(ev);
                }
            }
            Err(e) => {
                self.training.insight.look_failed();
                self.notify(
                    NoticeKind::Error,
                    crate::tr!("app-could-not-compute", error = e.to_string()),
                );
            }
        }
    }

    /// A worker started (or could not); results of an abandoned start are dropped, which
    /// stops and joins that worker.
    pub(super) fn worker_started(
        &mut self,
        gen: u64,
        result: Result<(WorkerHandle, Vec<String>), StartError>,
    ) {
        if gen != self.training.start_gen {
            return;
        }
        match result {
            Ok((worker, reset)) => {
                self.training.attach(worker);
                if !reset.is_empty() {
                    self.notify(
                        NoticeKind::Info,
                        crate::tr!("app-kept-weights", layers = reset.join(", ")),
                    );
                }
                self.refresh_net();
            }
            Err(e) => {
                self.training.phase = Phase::Failed;
                self.notify(NoticeKind::Error, e.to_string());
            }
        }
    }

    /// Reset: forget weights and history, keeping the old run as a ghost for comparison.
    pub(super) fn reset_run(&mut self) {
        let data = self.training.data.clone();
        self.training
            .insight
            .keep_ghost(&self.training.history, data);
        self.reset_training();
        self.flow.touch();
        self.refresh_net();
        self.notify(
            NoticeKind::Info,
            crate::tr!("app-reset-done", seed = self.config.seed.to_string()),
        );
    }

    /// New data arrived (already in `self.data`). A run belongs to its data: when one exists
    /// on other data it is kept as a ghost and a new run starts (epoch 0, empty history,
    /// fresh weights). A run whose data is unknown (a session opened while its data file
    /// was missing) takes the new data as its own, so its weights are kept.
    pub(super) fn data_changed(&mut self) {
        let fresh = RunData::of(&self.data);
        if !self.training.has_run() || self.training.data.is_none() || self.training.data == fresh {
            self.training.data = fresh;
            return;
        }
        let old = self.training.data.clone();
        let label = old
            .as_ref()
            .map_or_else(|| crate::tr!("app-old-data"), RunData::label);
        self.training
            .insight
            .keep_ghost(&self.training.history, old);
        self.reset_training();
        self.training.data = fresh;
        self.notify(NoticeKind::Info, crate::tr!("app-new-data", label = label));
    }

    /// Forgets weights and history; a running worker is stopped and joined on a job thread
    /// (it may be in the middle of a long batch), never on the UI thread.
    pub(super) fn reset_training(&mut self) {
        if let Some(worker) = self.training.detach() {
            let res = self
                .jobs
                .spawn("stop-training", true, move |_rep| drop(worker));
            if let Err(e) = res {
                self.notify(NoticeKind::Warning, e.to_string());
            }
        }
        self.training.reset();
    }

    /// The status-bar words for a run that ended.
    pub(super) fn finished_text(&self, reason: FinishReason) -> String {
        let epoch = self.training.epoch;
        match reason {
            FinishReason::Completed => crate::tr!("app-training-finished", epoch = epoch),
            FinishReason::Stopped => crate::tr!("app-training-stopped", epoch = epoch),
            FinishReason::EarlyStopped => crate::tr!("app-stopped-early", epoch = epoch),
        }
    }
}
