//! The panels of the lab window, one file each. Panels read the state and push
//! [`Command`]s; they never change the state themselves, read files or train.
//!
//! Layout: the menu bar on top, the status bar at the bottom, the layer editor on the
//! left, training controls and settings on the right, and the views (one [`Tab`] each)
//! in the centre. In presenter mode one narrow panel ([`presenter`]) replaces both side
//! panels, so the view in the centre fills most of a projector's screen.
//!
//! Nothing moves under the pointer: messages that come and go take a line kept for them
//! (see [`widgets::slot`]) or sit in the status bar; Escape closes an open menu or popup,
//! and with none open, the help, guide and path windows.

pub mod data_view;
pub mod debug_panel;
pub mod decimate;
pub mod dialogs;
pub mod fonts;
pub mod help_texts;
pub mod layer_editor;
pub mod lesson_panel;
pub mod loss_view;
pub mod plots;
pub mod presenter;
pub mod replay_bar;
pub mod status_bar;
pub mod style;
pub mod toast;
pub mod top_bar;
pub mod train_panel;
pub mod views;
pub mod widgets;

use crate::app::frame_timer::FrameTimer;
use crate::app::{Command, LabState};
use crate::i18n::{self, Language};
use egui::{Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};

/// The views in the centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Tab {
    /// Loss and accuracy curves.
    #[default]
    Loss,
    /// The data: source, preview, preparation, scatter plot.
    Data,
    /// Gradient flow and activation health per layer.
    Flow,
    /// The network drawn neuron by neuron.
    Network,
    /// The decision boundary (or fitted curve).
    Boundary,
    /// Test-set evaluation: the judge.
    Judge,
    /// One training step, slowly.
    Step,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 7] = [
        Tab::Loss,
        Tab::Data,
        Tab::Flow,
        Tab::Network,
        Tab::Boundary,
        Tab::Judge,
        Tab::Step,
    ];

    /// The tab's title, in the window's language.
    pub fn title(&self) -> String {
        match self {
            Tab::Loss => crate::tr!("controls-tab-loss"),
            Tab::Data => crate::tr!("controls-tab-data"),
            Tab::Flow => crate::tr!("controls-tab-flow"),
            Tab::Network => crate::tr!("controls-tab-network"),
            Tab::Boundary => crate::tr!("controls-tab-boundary"),
            Tab::Judge => crate::tr!("controls-tab-judge"),
            Tab::Step => crate::tr!("controls-tab-step"),
        }
    }
}

/// Preferences kept in eframe's storage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Loss plot on a log scale.
    pub log_scale: bool,
    /// Also draw the raw (unsmoothed) batch loss.
    pub show_raw: bool,
    /// Theme, presenter mode, zoom, ghosts.
    pub look: views::Look,
    /// The window's language; `None` until the first start picks the system's.
    pub language: Option<Language>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            log_scale: false,
            show_raw: true,
            look: views::Look::default(),
            language: None,
        }
    }
}

/// Per-widget buffers: text being typed, open tabs and windows.
#[derive(Debug, Clone, Default)]
pub struct UiState {
    /// The open centre view.
    pub tab: Tab,
    /// Whether View ▸ Debug is open.
    pub show_debug: bool,
    /// Whether Help ▸ About / shortcuts is open.
    pub show_help: bool,
    /// The CSV path field.
    pub csv_path: String,
    /// The session path field (open / save as without a dialog).
    pub session_path: String,
    /// Whether the "Open or save by path" window is open.
    pub show_path_dialog: bool,
    /// Built-in dataset settings being edited.
    pub builtin: Option<crate::data::BuiltinSpec>,
    /// Preferences.
    pub prefs: Prefs,
    /// Buffers of the insight views.
    pub views: views::ViewState,
    /// The notice floating as a toast.
    pub toast: toast::ToastState,
    /// The lesson step whose view was last opened (`LessonRun::entered`).
    pub lesson_entered: u64,
    /// The lesson band folded to its title line.
    pub lesson_hidden: bool,
}

const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
const REDO2: KeyboardShortcut = KeyboardShortcut::new(
    Modifiers {
        alt: false,
        ctrl: false,
        shift: true,
        mac_cmd: false,
        command: true,
    },
    Key::Z,
);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);

/// Draws the whole window for one frame.
pub fn show(
    ui: &mut egui::Ui,
    state: &LabState,
    ust: &mut UiState,
    timer: &FrameTimer,
    out: &mut Vec<Command>,
) {
    i18n::set_language(ust.prefs.language.unwrap_or_default());
    escape(ui.ctx(), ust);
    shortcuts(ui.ctx(), state, out);
    tab_keys(ui.ctx(), state, ust);
    dropped_files(ui.ctx(), ust, out);
    lesson_panel::follow(state, ust, out);
    views::frame(
        ui.ctx(),
        state,
        ust.tab,
        &mut ust.views,
        &mut ust.prefs.look,
        out,
    );

    egui::Panel::top("menu").show(ui, |ui| top_bar::show(ui, state, ust, out));
    egui::Panel::bottom("status").show(ui, |ui| status_bar::show(ui, state));
    lesson_panel::show(ui, state, ust, out);
    if ust.prefs.look.presenter {
        presenter::side_panel(ui, state, out);
    } else {
        egui::Panel::left("layers")
            .resizable(true)
            .default_size(430.0)
            .min_size(340.0)
            .show(ui, |ui| layer_editor::show(ui, state, out));
        egui::Panel::right("training")
            .resizable(true)
            .default_size(300.0)
            .min_size(260.0)
            .show(ui, |ui| {
                train_panel::show(ui, state, ust.prefs.look.advanced(), out)
            });
    }
    if !ust.prefs.look.presenter {
        replay_bar::show(ui, state, out);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if !ust.prefs.look.presenter {
            ui.horizontal_wrapped(|ui| tab_row(ui, &mut ust.tab));
            ui.separator();
        }
        match ust.tab {
            Tab::Loss => {
                views::compare::strip(ui, state, &mut ust.prefs.look, out);
                loss_view::show(ui, state, &mut ust.prefs)
            }
            Tab::Data => data_view::show(ui, state, ust, out),
            tab => views::show(ui, tab, state, &mut ust.views, &ust.prefs.look, out),
        }
    });

    toast::show(ui.ctx(), state, &mut ust.toast);
    dialogs::show(ui.ctx(), state, ust, out);
    if ust.show_debug {
        debug_panel::show(ui.ctx(), state, timer, &mut ust.show_debug, out);
    }
}

/// The view tabs, one selectable title each (named "Loss tab", "Data tab", …). Presenter
/// mode puts them in the menu bar, to leave the height to the view.
pub(crate) fn tab_row(ui: &mut egui::Ui, current: &mut Tab) {
    let tab_size = style::big_size(ui).max(18.0);
    for tab in Tab::ALL {
        let title = tab.title();
        if ui
            .selectable_label(
                *current == tab,
                egui::RichText::new(&title).size(tab_size).strong(),
            )
            .accessible_name(crate::tr!("controls-tab-name", title = title))
            .clicked()
        {
            *current = tab;
        }
    }
}

/// Ctrl+1 … Ctrl+7 open the views in the order of the tab row (for a presenter at the
/// keyboard).
fn tab_keys(ctx: &egui::Context, state: &LabState, ust: &mut UiState) {
    if state.modal.is_some() {
        return;
    }
    const KEYS: [Key; 7] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
    ];
    ctx.input_mut(|i| {
        for (key, tab) in KEYS.into_iter().zip(Tab::ALL) {
            if i.consume_key(Modifiers::COMMAND, key) {
                ust.tab = tab;
            }
        }
    });
}

/// Escape closes what is open on top: an open menu, drop-down or popup first (all of
/// them, whichever widget has the keyboard focus); with none open, the help, guide and
/// "open by path" windows.
fn escape(ctx: &egui::Context, ust: &mut UiState) {
    if !ctx.input(|i| i.key_pressed(Key::Escape)) {
        return;
    }
    if egui::Popup::is_any_open(ctx) {
        egui::Popup::close_all(ctx);
    } else if ust.show_help || ust.views.show_guide || ust.show_path_dialog {
        ust.show_help = false;
        ust.views.show_guide = false;
        ust.show_path_dialog = false;
    }
}

fn shortcuts(ctx: &egui::Context, state: &LabState, out: &mut Vec<Command>) {
    if state.modal.is_some() {
        return;
    }
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|i| {
        if i.consume_shortcut(&SAVE) {
            out.push(Command::Save);
        }
        if i.consume_shortcut(&OPEN) {
            out.push(Command::OpenSessionDialog);
        }
        if !typing {
            if i.consume_shortcut(&REDO2) || i.consume_shortcut(&REDO) {
                out.push(Command::Redo);
            }
            if i.consume_shortcut(&UNDO) {
                out.push(Command::Undo);
            }
            if i.consume_key(Modifiers::NONE, Key::Space) {
                out.push(Command::TogglePlay);
            }
        }
    });
}

fn dropped_files(ctx: &egui::Context, ust: &mut UiState, out: &mut Vec<Command>) {
    let dropped = ctx.input(|i| i.raw.dropped_files.clone());
    for f in dropped {
        let path = f.path().to_path_buf();
        if !path.as_os_str().is_empty() {
            if path.extension().is_some_and(|x| x == "ron") {
                out.push(Command::OpenSession(path));
            } else {
                ust.csv_path = path.display().to_string();
                ust.tab = Tab::Data;
                out.push(Command::LoadCsv(path));
            }
        }
    }
}
