//! The replay timeline: the weights a run had at the end of its epochs, kept while it
//! trains (decimated for long runs, at most [`REPLAY_BYTES`]), and shown again afterwards.
//!
//! Selecting a recorded epoch puts its weights and flow report into the insight views and
//! asks a look job (the same code a worker uses, never the UI thread) for that epoch's
//! boundary, test evaluation and trace; the Network, Boundary, Flow and Judge views then
//! show the network as it was. Play steps through the frames at the chosen pace. Live
//! returns to the run's last weights. While a run trains the timeline only records.

use super::{LabState, NoticeKind};
use crate::model::{Pace, Weights};
use crate::train::{FlowReport, TrainCommand, TrainEvent, REPLAY_FRAMES};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Most memory the recorded weights may take (they are thinned out beyond it).
pub const REPLAY_BYTES: usize = 50 * 1024 * 1024;

/// One recorded epoch.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Epochs done when it was taken (0: before training).
    pub epoch: u32,
    /// The weights then.
    pub weights: Arc<Weights>,
    /// The latest flow report then.
    pub flow: Option<Box<FlowReport>>,
}

impl Frame {
    fn bytes(&self) -> usize {
        self.weights
            .layers
            .iter()
            .flat_map(|l| l.params.iter())
            .map(|p| p.values.len() * 4 + 64)
            .sum::<usize>()
            + 256
    }
}

/// What the live views showed before a replay took them over.
#[derive(Debug, Clone, PartialEq, Default)]
struct Live {
    weights: Option<Weights>,
    prev_weights: Option<Weights>,
    flow: Option<FlowReport>,
}

/// The recorded frames of the run and where the timeline stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Replay {
    /// Recorded epochs, oldest first.
    pub frames: Vec<Frame>,
    bytes: usize,
    /// The frame shown; `None`: live.
    pub selected: Option<usize>,
    /// Playing through the frames.
    pub playing: bool,
    last_advance: Option<Instant>,
    /// A look for a frame is computing; `pending`: another frame was chosen meanwhile.
    in_flight: bool,
    pending: bool,
    /// Requests made while a look was computing, for the next one.
    queued: Vec<TrainCommand>,
    live: Option<Live>,
}

/// What the timeline asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplayCommand {
    /// Show this frame, or the live run (`None`).
    Select(Option<usize>),
    /// Play from the selected frame (from the first when live or at the end).
    Play,
    /// Stop playing (stay on the frame).
    Pause,
}

impl Replay {
    /// Records the weights at the end of `epoch`, thinning older frames out (every other
    /// one, the first and last kept) beyond [`REPLAY_FRAMES`] frames or [`REPLAY_BYTES`].
    pub fn push(&mut self, epoch: u32, weights: Weights, flow: Option<FlowReport>) {
        let frame = Frame {
            epoch,
            weights: Arc::new(weights),
            flow: flow.map(Box::new),
        };
        let size = frame.bytes();
        if size > REPLAY_BYTES {
            return;
        }
        if let Some(pos) = self.frames.iter().position(|f| f.epoch >= epoch) {
            // A continued run after Reset or an edit: later frames are another history.
            for f in self.frames.drain(pos..) {
                self.bytes -= f.bytes();
            }
            if self.selected.is_some_and(|s| s >= pos) {
                self.selected = None;
            }
        }
        self.frames.push(frame);
        self.bytes += size;
        while self.frames.len() > REPLAY_FRAMES as usize || self.bytes > REPLAY_BYTES {
            if !self.thin() {
                break;
            }
        }
    }

    /// Drops every other frame but the last; false when there is nothing left to drop.
    fn thin(&mut self) -> bool {
        if self.frames.len() < 3 {
            return false;
        }
        let last = self.frames.len() - 1;
        let old = std::mem::take(&mut self.frames);
        self.frames = old
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == 0 || *i == last)
            .map(|(_, f)| f)
            .collect();
        self.bytes = self.frames.iter().map(Frame::bytes).sum();
        self.selected = None;
        true
    }

    /// The frames as a session saves them.
    pub fn session_frames(&self) -> Vec<crate::session::ReplayFrame> {
        self.frames
            .iter()
            .map(|f| crate::session::ReplayFrame {
                epoch: f.epoch,
                weights: (*f.weights).clone(),
            })
            .collect()
    }

    /// Memory the frames take (an estimate: the weights' floats).
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Whether there is anything to replay (two frames at least).
    pub fn available(&self) -> bool {
        self.frames.len() >= 2
    }

    /// The epoch of the frame shown, if one is.
    pub fn selected_epoch(&self) -> Option<u32> {
        self.selected
            .and_then(|i| self.frames.get(i))
            .map(|f| f.epoch)
    }
}

/// Time between two frames when playing at `pace`.
pub fn frame_interval(pace: Pace) -> Duration {
    match pace {
        Pace::Full => Duration::from_millis(100),
        Pace::EpochsPerSec(n) => Duration::from_secs_f64(1.0 / f64::from(n.clamp(1, 30))),
        Pace::BatchesPerSec(_) => Duration::from_millis(500),
    }
}

impl LabState {
    /// Why the timeline cannot show a recorded epoch now, if it cannot.
    pub fn replay_blocker(&self) -> Option<String> {
        if self.training.phase.is_active() {
            return Some(crate::tr!("replay-busy"));
        }
        let changed = match (&self.training.state_net, &self.net.resolved) {
            (Some(old), Ok(now)) => old != now,
            _ => true,
        };
        if changed || self.data.dataset.is_none() {
            return Some(crate::tr!("replay-changed"));
        }
        None
    }

    /// Applies a timeline command.
    pub fn apply_replay(&mut self, cmd: ReplayCommand) {
        match cmd {
            ReplayCommand::Select(i) => {
                self.training.replay.playing = false;
                self.select_frame(i);
            }
            ReplayCommand::Play => {
                if self.replay_blocker().is_some() || !self.training.replay.available() {
                    return;
                }
                let r = &self.training.replay;
                let at_end = r.selected.is_none_or(|s| s + 1 >= r.frames.len());
                if at_end {
                    self.select_frame(Some(0));
                }
                self.training.replay.playing = true;
                self.training.replay.last_advance = Some(Instant::now());
            }
            ReplayCommand::Pause => self.training.replay.playing = false,
        }
    }

    /// Advances a playing timeline by a frame when its time has come (every frame's poll).
    pub(super) fn tick_replay(&mut self, now: Instant) {
        let r = &self.training.replay;
        if !r.playing {
            return;
        }
        if self.training.phase.is_active() {
            self.training.replay.playing = false;
            return;
        }
        let due = r
            .last_advance
            .is_none_or(|t| now.duration_since(t) >= frame_interval(self.config.pace));
        if !due || r.in_flight {
            return;
        }
        let next = r.selected.map_or(0, |s| s + 1);
        if next >= r.frames.len() {
            self.training.replay.playing = false;
            return;
        }
        self.training.replay.last_advance = Some(now);
        self.select_frame(Some(next));
    }

    /// Shows frame `i` (or the live run) in the views.
    fn select_frame(&mut self, i: Option<usize>) {
        let i = i.filter(|&i| i < self.training.replay.frames.len());
        if let Some(why) = i.and(self.replay_blocker()) {
            self.notify(NoticeKind::Info, why);
            return;
        }
        let insight = &mut self.training.insight;
        let replay = &mut self.training.replay;
        match i {
            Some(i) => {
                if replay.live.is_none() {
                    replay.live = Some(Live {
                        weights: insight.weights.clone(),
                        prev_weights: insight.prev_weights.clone(),
                        flow: insight.flow.clone(),
                    });
                }
                let frame = &replay.frames[i];
                insight.prev_weights = i
                    .checked_sub(1)
                    .map(|p| (*replay.frames[p].weights).clone());
                insight.weights = Some((*frame.weights).clone());
                if let Some(f) = &frame.flow {
                    insight.flow = Some((**f).clone());
                }
                insight.weights_version += 1;
                replay.selected = Some(i);
            }
            None => {
                if let Some(live) = replay.live.take() {
                    insight.weights = live.weights;
                    insight.prev_weights = live.prev_weights;
                    insight.flow = live.flow;
                    insight.weights_version += 1;
                }
                replay.selected = None;
            }
        }
        self.replay_look();
    }

    /// Asks a look job for the boundary, test evaluation and trace of the frame shown (or
    /// of the live weights); one at a time, the latest choice wins.
    fn replay_look(&mut self) {
        self.replay_look_with(Vec::new());
    }

    /// Answers an insight request for the epoch the timeline shows (Evaluate while
    /// replaying scores that epoch's weights, not the live ones).
    pub(super) fn replay_insight(&mut self, cmd: TrainCommand) {
        self.replay_look_with(vec![cmd]);
    }

    /// The look for the frame shown (or the live weights), with `extra` requests.
    fn replay_look_with(&mut self, extra: Vec<TrainCommand>) {
        if self.training.replay.in_flight {
            self.training.replay.pending = true;
            self.training.replay.queued.extend(extra);
            return;
        }
        let Some((mut job, _)) = self.run_job_for_look() else {
            return;
        };
        let r = &self.training.replay;
        if let (Some(i), Some(state)) = (r.selected, job.resume.as_mut()) {
            let frame = &r.frames[i];
            state.weights = (*frame.weights).clone();
            // Pictures and captions say which epoch they show.
            state.epoch = frame.epoch;
            state.batch_in_epoch = 0;
        }
        let insight = &self.training.insight;
        let mut commands = extra;
        commands.append(&mut self.training.replay.queued);
        // The boundary being watched, or else the one last drawn (its view may be closed
        // now, and would show a picture of another epoch when opened again).
        let boundary = insight.watching.or_else(|| {
            insight
                .boundary
                .as_ref()
                .map(|g| crate::train::BoundaryRequest {
                    fx: g.features.0,
                    fy: g.features.1,
                    resolution: g.resolution,
                })
        });
        if let Some(req) = boundary {
            commands.push(TrainCommand::SetBoundary(Some(req)));
        }
        if insight.test.is_some() && !job.dataset.test.is_empty() {
            commands.push(TrainCommand::EvaluateTest);
        }
        if let Some(t) = insight.trace.as_ref().filter(|t| t.sample != usize::MAX) {
            commands.push(TrainCommand::TraceSample(t.sample));
        }
        if commands.is_empty() {
            return;
        }
        commands.dedup();
        self.training.replay.in_flight = true;
        let res = self.jobs.spawn("replay", true, move |rep| {
            let result = crate::train::look(job, None, &commands);
            rep.send(super::messages::JobMsg::Replayed { result });
        });
        if let Err(e) = res {
            self.training.replay.in_flight = false;
            self.notify(NoticeKind::Error, e.to_string());
        }
    }

    /// A replay look came back: the views take its pictures; a choice made meanwhile is
    /// looked at next.
    pub(super) fn replayed(&mut self, result: Result<Vec<TrainEvent>, crate::train::StartError>) {
        self.training.replay.in_flight = false;
        if let Ok(events) = result {
            for ev in &events {
                self.training.insight.apply(ev);
            }
        }
        if std::mem::take(&mut self.training.replay.pending) {
            self.replay_look();
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::model::{LayerWeights, ParamValues};

    fn weights(n: usize, v: f32) -> Weights {
        Weights {
            layers: vec![LayerWeights {
                label: "Dense".into(),
                params: vec![ParamValues {
                    name: "weight".into(),
                    shape: vec![n],
                    values: vec![v; n],
                }],
                ..Default::default()
            }],
        }
    }

    #[test]
    fn long_runs_are_thinned_and_keep_the_first_and_last_epoch() {
        let mut r = Replay::default();
        for e in 0..=1000 {
            r.push(e, weights(10, e as f32), None);
        }
        assert!(
            r.frames.len() <= REPLAY_FRAMES as usize,
            "{}",
            r.frames.len()
        );
        assert!(
            r.frames.len() >= REPLAY_FRAMES as usize / 2,
            "{}",
            r.frames.len()
        );
        assert_eq!(r.frames.first().map(|f| f.epoch), Some(0));
        assert_eq!(r.frames.last().map(|f| f.epoch), Some(1000));
        assert!(r.frames.windows(2).all(|w| w[0].epoch < w[1].epoch));
    }

    #[test]
    fn memory_stays_within_the_budget() {
        let mut r = Replay::default();
        // 2 MB of weights per frame: 50 MB hold about 25 of them.
        for e in 0..100 {
            r.push(e, weights(500_000, 1.0), None);
            assert!(r.bytes() <= REPLAY_BYTES, "epoch {e}: {} bytes", r.bytes());
        }
        assert!(r.frames.len() >= 10, "{}", r.frames.len());
        assert_eq!(r.frames.last().map(|f| f.epoch), Some(99));
    }

    #[test]
    fn a_continued_history_replaces_the_later_frames() {
        let mut r = Replay::default();
        for e in 0..5 {
            r.push(e, weights(4, 0.0), None);
        }
        r.push(2, weights(4, 1.0), None);
        assert_eq!(
            r.frames.iter().map(|f| f.epoch).collect::<Vec<_>>(),
            vec![0, 1, 2]
        );
    }
}
