//! The menu bar: New, Open…, Save, Save As…, Recent, Examples, View, Help; in presenter
//! mode also the view tabs.

use super::UiState;
use crate::app::{Command, LabState};
use crate::tr;
use egui::Ui;

/// Draws the bar.
pub fn show(ui: &mut Ui, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!("controls-menu-file"), |ui| {
            if ui.button(tr!("controls-menu-new")).clicked() {
                out.push(Command::New);
                ui.close();
            }
            if ui
                .add(egui::Button::new(tr!("controls-menu-open")).shortcut_text("Ctrl+O"))
                .clicked()
            {
                out.push(Command::OpenSessionDialog);
                ui.close();
            }
            if ui
                .add(egui::Button::new(tr!("controls-menu-save")).shortcut_text("Ctrl+S"))
                .clicked()
            {
                out.push(Command::Save);
                ui.close();
            }
            if ui.button(tr!("controls-menu-save-as")).clicked() {
                out.push(Command::SaveAsDialog);
                ui.close();
            }
            ui.menu_button(tr!("controls-menu-export"), |ui| {
                let why = state.output_blocker();
                let onnx = ui
                    .add_enabled(
                        why.is_none(),
                        egui::Button::new(tr!("controls-menu-export-onnx")),
                    )
                    .on_hover_text(tr!("controls-menu-export-onnx-tip"));
                if onnx.clicked() {
                    out.push(Command::ExportDialog(crate::app::DialogPurpose::ExportOnnx));
                    ui.close();
                }
                let torch = ui
                    .add_enabled(
                        why.is_none(),
                        egui::Button::new(tr!("controls-menu-export-pytorch")),
                    )
                    .on_hover_text(tr!("controls-menu-export-pytorch-tip"));
                if torch.clicked() {
                    out.push(Command::ExportDialog(
                        crate::app::DialogPurpose::ExportPytorch,
                    ));
                    ui.close();
                }
                if let Some(why) = why {
                    ui.label(egui::RichText::new(why).small().weak());
                }
            });
            ui.separator();
            ui.menu_button(tr!("controls-menu-recent"), |ui| {
                if state.recent.is_empty() {
                    ui.label(tr!("controls-menu-recent-none"));
                }
                for p in &state.recent {
                    if ui.button(p.display().to_string()).clicked() {
                        out.push(Command::OpenSession(p.clone()));
                        ui.close();
                    }
                }
            });
            ui.menu_button(tr!("controls-menu-examples"), |ui| examples(ui, state, out));
            ui.separator();
            if ui
                .button(tr!("controls-menu-by-path"))
                .on_hover_text(tr!("controls-menu-by-path-tip"))
                .clicked()
            {
                ust.show_path_dialog = true;
                ui.close();
            }
            ui.separator();
            if ui.button(tr!("controls-menu-quit")).clicked() {
                out.push(Command::Quit);
                ui.close();
            }
        });
        ui.menu_button(tr!("controls-menu-edit"), |ui| {
            if ui
                .add_enabled(
                    state.editor.can_undo(),
                    egui::Button::new(tr!("controls-menu-undo")).shortcut_text("Ctrl+Z"),
                )
                .clicked()
            {
                out.push(Command::Undo);
                ui.close();
            }
            if ui
                .add_enabled(
                    state.editor.can_redo(),
                    egui::Button::new(tr!("controls-menu-redo")).shortcut_text("Ctrl+Y"),
                )
                .clicked()
            {
                out.push(Command::Redo);
                ui.close();
            }
        });
        ui.menu_button(tr!("controls-menu-examples"), |ui| examples(ui, state, out));
        super::lesson_panel::menu(ui, state, out);
        // The View menu stays open while its settings change (zoom steps, theme,
        // presenter mode): only picking a view, a click outside or Escape closes it.
        let keep_open = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        egui::containers::menu::MenuButton::new(tr!("controls-menu-view"))
            .config(keep_open)
            .ui(ui, |ui| {
                for tab in super::Tab::ALL {
                    if ui.selectable_label(ust.tab == tab, tab.title()).clicked() {
                        ust.tab = tab;
                        ui.close();
                    }
                }
                ui.separator();
                ui.checkbox(&mut ust.show_debug, tr!("controls-menu-debug"));
                ui.separator();
                language_menu(ui, &mut ust.prefs.language);
                ui.separator();
                super::views::look::menu(ui, &mut ust.prefs.look);
            });
        ui.menu_button(tr!("controls-menu-help"), |ui| {
            if ui.button(tr!("controls-menu-shortcuts")).clicked() {
                ust.show_help = true;
                ui.close();
            }
            if ui.button(tr!("controls-menu-guide")).clicked() {
                ust.views.show_guide = true;
                ui.close();
            }
        });
        if ust.prefs.look.presenter {
            ui.separator();
            super::tab_row(ui, &mut ust.tab);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(egui::RichText::new("layerlab").strong());
        });
    });
}

/// View ▸ Language: the three languages, each named in itself.
fn language_menu(ui: &mut Ui, language: &mut Option<crate::i18n::Language>) {
    ui.menu_button(crate::tr!("menu-language"), |ui| {
        let current = language.unwrap_or_default();
        for l in crate::i18n::Language::ALL {
            if ui.selectable_label(current == l, l.native_name()).clicked() {
                *language = Some(l);
                crate::i18n::set_language(l);
            }
        }
    });
}

fn examples(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    if state.examples.is_empty() {
        ui.label(tr!("controls-menu-examples-none"));
    }
    for p in &state.examples {
        let name = p.file_stem().map_or_else(
            || p.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        if ui
            .button(name)
            .on_hover_text(p.display().to_string())
            .clicked()
        {
            out.push(Command::OpenSession(p.clone()));
            ui.close();
        }
    }
}
