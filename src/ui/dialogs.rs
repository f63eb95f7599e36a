//! Dialogs over the window: errors (what happened and what to do), the unsaved-changes
//! prompt, the crash-recovery offer, and Help.

use super::UiState;
use crate::app::{Command, LabState, Modal, UnsavedChoice};
use egui::{Id, RichText};

/// Draws whichever dialog is open.
pub fn show(ctx: &egui::Context, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    match &state.modal {
        Some(Modal::Error { title, message }) => {
            egui::Modal::new(Id::unique("error-dialog")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading(title);
                ui.add_space(6.0);
                ui.label(super::widgets::plain(message));
                ui.add_space(10.0);
                if ui.button("OK").clicked() {
                    out.push(Command::DismissError);
                }
            });
        }
        Some(Modal::Unsaved { then }) => {
            egui::Modal::new(Id::unique("unsaved-dialog")).show(ctx, |ui| {
                ui.set_max_width(480.0);
                ui.heading("Save changes?");
                let what = match **then {
                    Command::Quit => "before closing",
                    Command::New => "before starting a new session",
                    _ => "before opening another session",
                };
                ui.label(format!(
                    "This session has unsaved changes. Save them {what}?"
                ));
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Save").strong()).clicked() {
                        out.push(Command::UnsavedAnswer(UnsavedChoice::Save));
                    }
                    if ui.button("Don't save").clicked() {
                        out.push(Command::UnsavedAnswer(UnsavedChoice::Discard));
                    }
                    if ui.button("Cancel").clicked() {
                        out.push(Command::UnsavedAnswer(UnsavedChoice::Cancel));
                    }
                });
            });
        }
        Some(Modal::OutsideData { session, data, .. }) => {
            egui::Modal::new(Id::unique("outside-data-dialog")).show(ctx, |ui| {
                ui.set_max_width(560.0);
                ui.heading("Read a file outside the session's folder?");
                ui.label(format!(
                    "The session {} reads its data from:",
                    session.file_name().map_or_else(|| session.display().to_string(), |n| n.to_string_lossy().into_owned())
                ));
                ui.label(RichText::new(data.display().to_string()).monospace().strong());
                ui.label("It lies outside the session's folder. Read it only if you expected this session to use that file.");
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Read it").strong()).clicked() {
                        out.push(Command::AllowOutsideData);
                    }
                    if ui.button("Open without the data").clicked() {
                        out.push(Command::RefuseOutsideData);
                    }
                });
            });
        }
        Some(Modal::Recovery { path }) => {
            egui::Modal::new(Id::unique("recovery-dialog")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading("Restore your last session?");
                ui.label(
                    "layerlab did not close normally last time. A session was saved automatically while it was training.",
                );
                ui.label(RichText::new(path.display().to_string()).small().weak());
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("Restore").strong()).clicked() {
                        out.push(Command::Recover);
                    }
                    if ui.button("Discard").clicked() {
                        out.push(Command::DiscardRecovery);
                    }
                });
            });
        }
        None => {}
    }
    if ust.show_path_dialog {
        let mut open = true;
        egui::Window::new("Session file")
            .open(&mut open)
            .collapsible(false)
            .default_pos([420.0, 200.0])
            .show(ctx, |ui| {
                ui.label("Type the path of a session file (.ron) to open or to save to.");
                ui.horizontal(|ui| {
                    let lbl = ui.label("Session path");
                    ui.add(
                        egui::TextEdit::singleline(&mut ust.session_path)
                            .hint_text("/path/to/session.ron")
                            .desired_width(320.0),
                    )
                    .labelled_by(lbl.id);
                });
                let path = ust.session_path.trim().to_string();
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(!path.is_empty(), egui::Button::new("Open path"))
                        .clicked()
                    {
                        out.push(Command::OpenSession(path.clone().into()));
                        ust.show_path_dialog = false;
                    }
                    if ui
                        .add_enabled(!path.is_empty(), egui::Button::new("Save to path"))
                        .clicked()
                    {
                        out.push(Command::SaveTo(path.clone().into()));
                        ust.show_path_dialog = false;
                    }
                });
            });
        if !open {
            ust.show_path_dialog = false;
        }
    }
    if ust.show_help {
        egui::Window::new("Help")
            .open(&mut ust.show_help)
            .default_width(460.0)
            .show(ctx, |ui| {
                ui.label(RichText::new("Keyboard").strong());
                egui::Grid::new("keys").show(ui, |ui| {
                    for (k, what) in [
                        ("Space", "train / pause / resume"),
                        ("Ctrl+Z", "undo an edit of the network"),
                        ("Ctrl+Y", "redo"),
                        ("Ctrl+S", "save the session"),
                        ("Ctrl+O", "open a session"),
                        ("Ctrl+1 … 7", "open the Loss … Step view"),
                        ("Escape", "close a menu, drop-down or this window"),
                    ] {
                        ui.label(RichText::new(k).monospace());
                        ui.label(what);
                        ui.end_row();
                    }
                });
                ui.add_space(6.0);
                ui.label(RichText::new("Getting started").strong());
                ui.label("1. Pick data in the Data tab (a built-in dataset, or a CSV file: open, drop, or type its path).");
                ui.label("2. Build the network on the left: add layers from the palette, change units with − and +.");
                ui.label("3. Press ▶ Train and watch the loss fall. Step through batches to see each update.");
            });
    }
}
