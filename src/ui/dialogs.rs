//! Dialogs over the window: errors (what happened and what to do), the unsaved-changes
//! prompt, the crash-recovery offer, and Help.

use super::UiState;
use crate::app::{Command, LabState, Modal, UnsavedChoice};
use crate::tr;
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
                if ui.button(tr!("controls-ok")).clicked() {
                    out.push(Command::DismissError);
                }
            });
        }
        Some(Modal::Unsaved { then }) => {
            egui::Modal::new(Id::unique("unsaved-dialog")).show(ctx, |ui| {
                ui.set_max_width(480.0);
                ui.heading(tr!("controls-unsaved-title"));
                ui.label(match **then {
                    Command::Quit => tr!("controls-unsaved-quit"),
                    Command::New => tr!("controls-unsaved-new"),
                    _ => tr!("controls-unsaved-open"),
                });
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(tr!("controls-menu-save")).strong())
                        .clicked()
                    {
                        out.push(Command::UnsavedAnswer(UnsavedChoice::Save));
                    }
                    if ui.button(tr!("controls-dont-save")).clicked() {
                        out.push(Command::UnsavedAnswer(UnsavedChoice::Discard));
                    }
                    if ui.button(tr!("controls-cancel")).clicked() {
                        out.push(Command::UnsavedAnswer(UnsavedChoice::Cancel));
                    }
                });
            });
        }
        Some(Modal::OutsideData { session, data, .. }) => {
            egui::Modal::new(Id::unique("outside-data-dialog")).show(ctx, |ui| {
                ui.set_max_width(560.0);
                ui.heading(tr!("controls-outside-title"));
                let name = session.file_name().map_or_else(
                    || session.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                ui.label(tr!("controls-outside-reads", name = name));
                ui.label(
                    RichText::new(data.display().to_string())
                        .monospace()
                        .strong(),
                );
                ui.label(tr!("controls-outside-warning"));
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(tr!("controls-outside-read")).strong())
                        .clicked()
                    {
                        out.push(Command::AllowOutsideData);
                    }
                    if ui.button(tr!("controls-outside-refuse")).clicked() {
                        out.push(Command::RefuseOutsideData);
                    }
                });
            });
        }
        Some(Modal::Recovery { path }) => {
            egui::Modal::new(Id::unique("recovery-dialog")).show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.heading(tr!("controls-recovery-title"));
                ui.label(tr!("controls-recovery-body"));
                ui.label(RichText::new(path.display().to_string()).small().weak());
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(tr!("controls-recovery-restore")).strong())
                        .clicked()
                    {
                        out.push(Command::Recover);
                    }
                    if ui.button(tr!("controls-recovery-discard")).clicked() {
                        out.push(Command::DiscardRecovery);
                    }
                });
            });
        }
        None => {}
    }
    if ust.show_path_dialog {
        let mut open = true;
        egui::Window::new(tr!("controls-path-title"))
            .id(Id::unique("session-path-window"))
            .open(&mut open)
            .collapsible(false)
            .default_pos([420.0, 200.0])
            .show(ctx, |ui| {
                ui.label(tr!("controls-path-explain"));
                ui.horizontal(|ui| {
                    let lbl = ui.label(tr!("controls-path-label"));
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
                        .add_enabled(
                            !path.is_empty(),
                            egui::Button::new(tr!("controls-path-open")),
                        )
                        .clicked()
                    {
                        out.push(Command::OpenSession(path.clone().into()));
                        ust.show_path_dialog = false;
                    }
                    if ui
                        .add_enabled(
                            !path.is_empty(),
                            egui::Button::new(tr!("controls-path-save")),
                        )
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
        egui::Window::new(tr!("controls-help-title"))
            .id(Id::unique("help-window"))
            .open(&mut ust.show_help)
            .default_width(460.0)
            .show(ctx, |ui| {
                ui.label(RichText::new(tr!("controls-help-keyboard")).strong());
                egui::Grid::new("keys").show(ui, |ui| {
                    for (k, what) in [
                        (tr!("controls-key-space"), "controls-help-key-space"),
                        ("Ctrl+Z".into(), "controls-help-key-undo"),
                        ("Ctrl+Y".into(), "controls-help-key-redo"),
                        ("Ctrl+S".into(), "controls-help-key-save"),
                        ("Ctrl+O".into(), "controls-help-key-open"),
                        ("Ctrl+1 … 7".into(), "controls-help-key-views"),
                        (tr!("controls-key-escape"), "controls-help-key-escape"),
                    ] {
                        let what = tr!(what);
                        ui.label(RichText::new(k).monospace());
                        ui.label(what);
                        ui.end_row();
                    }
                });
                ui.add_space(6.0);
                ui.label(RichText::new(tr!("controls-help-start")).strong());
                ui.label(tr!("controls-help-step1"));
                ui.label(tr!("controls-help-step2"));
                ui.label(tr!("controls-help-step3"));
            });
    }
}
