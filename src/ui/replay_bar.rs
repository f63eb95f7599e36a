//! The replay timeline under the views: Play/Pause, a slider over the recorded epochs, and
//! Live. Dragging it shows the network as it was at that epoch in the Network, Boundary,
//! Flow and Judge views (see [`crate::app::replay`]).

use crate::app::replay::ReplayCommand;
use crate::app::{Command, LabState};
use crate::tr;
use egui::{RichText, Ui};

/// Draws the timeline as a bar under the views. It is always there (a bar that appears
/// when a run starts would move the views under the pointer); until a run has recorded two
/// epochs it says so.
pub fn show(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    egui::Panel::bottom("replay").show(ui, |ui| {
        ui.horizontal(|ui| controls(ui, state, out, false));
    });
    repaint_while_playing(ui, state);
}

/// The timeline for presenter mode's side panel: the view keeps the whole height.
pub fn compact(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    let width = ui.available_width();
    ui.horizontal(|ui| {
        ui.set_max_width(width);
        controls(ui, state, out, true);
    });
    compact_second_row(ui, state, out);
    repaint_while_playing(ui, state);
}

fn repaint_while_playing(ui: &Ui, state: &LabState) {
    if state.training.replay.playing {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(30));
    }
}

fn controls(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>, compact: bool) {
    let replay = &state.training.replay;
    if !replay.available() {
        ui.add_enabled(
            false,
            egui::Button::new("▶").min_size(egui::vec2(34.0, 24.0)),
        );
        ui.label(RichText::new(tr!("replay-label")).strong());
        ui.label(RichText::new(tr!("replay-empty")).weak());
        return;
    }
    let blocker = state.replay_blocker();
    ui.add_enabled_ui(blocker.is_none(), |ui| {
        let (icon, tip, cmd) = if replay.playing {
            ("⏸", tr!("replay-pause"), ReplayCommand::Pause)
        } else {
            ("▶", tr!("replay-play"), ReplayCommand::Play)
        };
        if ui
            .add(egui::Button::new(icon).min_size(egui::vec2(34.0, 24.0)))
            .on_hover_text(tip)
            .clicked()
        {
            out.push(Command::Replay(cmd));
        }
        ui.label(RichText::new(tr!("replay-label")).strong());
        if compact {
            // The panel is narrow: the slider fills the rest of this row, the epoch and
            // Live go on the next.
            let room = (ui.max_rect().right() - ui.cursor().left() - 8.0).max(60.0);
            slider(ui, state, out, room);
        } else {
            // Right to left: the save toggle, Live and the epoch keep their place at the
            // right end; the slider takes whatever width is left.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                save_toggle(ui, state, out);
                live_button(ui, state, out);
                epoch_label(ui, state);
                slider(ui, state, out, (ui.available_width() - 8.0).max(40.0));
            });
        }
    });
    if let Some(why) = blocker {
        ui.label(RichText::new(why).small().weak());
    }
}

/// The epoch and Live under the compact timeline.
fn compact_second_row(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    if !state.training.replay.available() {
        return;
    }
    ui.add_enabled_ui(state.replay_blocker().is_none(), |ui| {
        ui.horizontal(|ui| epoch_and_live(ui, state, out));
    });
}

fn slider(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>, width: f32) {
    let replay = &state.training.replay;
    let last = replay.frames.len().saturating_sub(1);
    let mut pos = replay.selected.unwrap_or(last);
    ui.spacing_mut().slider_width = width;
    let slider = egui::Slider::new(&mut pos, 0..=last)
        .show_value(false)
        .step_by(1.0);
    let response = ui
        .add(slider)
        .on_hover_text(tr!("replay-tip", frames = replay.frames.len()));
    if response.changed() {
        let pick = if pos == last && replay.selected.is_none() {
            None
        } else {
            Some(pos)
        };
        out.push(Command::Replay(ReplayCommand::Select(pick)));
    }
}

fn epoch_label(ui: &mut Ui, state: &LabState) {
    let replay = &state.training.replay;
    let last = replay.frames.len().saturating_sub(1);
    let epoch_of = |i: usize| replay.frames.get(i).map_or(0, |f| f.epoch);
    let text = match replay.selected {
        Some(i) => tr!("replay-epoch", epoch = epoch_of(i)),
        None => tr!("replay-live", epoch = epoch_of(last)),
    };
    // A fixed width: Live must not move as the epoch's digits change.
    ui.add_sized(
        [150.0, ui.spacing().interact_size.y],
        egui::Label::new(RichText::new(text).monospace()),
    );
}

fn live_button(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    if ui
        .add_enabled(
            state.training.replay.selected.is_some(),
            egui::Button::new(tr!("replay-go-live")),
        )
        .clicked()
    {
        out.push(Command::Replay(ReplayCommand::Select(None)));
    }
}

fn epoch_and_live(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    epoch_label(ui, state);
    live_button(ui, state, out);
}

/// "Save with the session" as a small toggle (its words in the tooltip): the bar is narrow
/// between the side panels.
fn save_toggle(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    let replay = &state.training.replay;
    let mut keep = state.save_replay;
    if ui
        .toggle_value(&mut keep, "💾")
        .on_hover_text(format!(
            "{}\n{}",
            tr!("replay-save"),
            tr!(
                "replay-save-tip",
                size = crate::model::memory::format_bytes(replay.bytes() as u64)
            )
        ))
        .changed()
    {
        out.push(Command::SetSaveReplay(keep));
    }
}
