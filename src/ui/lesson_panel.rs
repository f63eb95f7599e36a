//! The lesson panel: a band under the views with the step's text, its question, what the
//! step waits for, and Back / Next / Restart; the Lessons menu that starts one.
//!
//! The text is a small markup: paragraphs split by blank lines, `**bold**`, and lines
//! starting with `- ` as a list. The panel opens the step's view when a step starts and
//! tells the app which view is open while a step waits for one.

use super::{Tab, UiState};
use crate::app::lesson::{LessonCommand, LessonRun};
use crate::app::{Command, LabState};
use crate::i18n;
use crate::lesson::{builtin, text_in, Check, View, Wait};
use crate::tr;
use egui::text::LayoutJob;
use egui::{RichText, TextFormat, Ui};

/// The Lessons menu: the shipped lessons in story order, each with its summary.
pub fn menu(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    ui.menu_button(tr!("lessons-menu"), |ui| {
        let lang = i18n::language().tag();
        for (n, (_, lesson)) in builtin::all().enumerate() {
            let label = format!("{}. {}", n + 1, lesson.title_in(lang));
            let summary = text_in(&lesson.summary, lang).to_owned();
            let mut button = ui.button(label);
            if !summary.is_empty() {
                button = button.on_hover_text(summary);
            }
            if button.clicked() {
                out.push(Command::Lesson(LessonCommand::Start {
                    lesson: Box::new(lesson.clone()),
                    folder: None,
                }));
                ui.close();
            }
        }
        ui.separator();
        if ui.button(tr!("lessons-open-file")).clicked() {
            out.push(Command::OpenLessonDialog);
            ui.close();
        }
        if state.lesson.is_some() {
            ui.separator();
            if ui.button(tr!("lessons-close")).clicked() {
                out.push(Command::Lesson(LessonCommand::Close));
                ui.close();
            }
        }
    });
}

/// The tab a lesson's view names.
pub fn tab_of(view: View) -> Tab {
    match view {
        View::Loss => Tab::Loss,
        View::Data => Tab::Data,
        View::Flow => Tab::Flow,
        View::Network => Tab::Network,
        View::Boundary => Tab::Boundary,
        View::Judge => Tab::Judge,
        View::Step => Tab::Step,
    }
}

/// Keeps the tabs in step with the lesson: opens a new step's view, reports the open view
/// while a step waits for one. Runs every frame, before the panels.
pub fn follow(state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    let Some(run) = &state.lesson else {
        ust.lesson_entered = 0;
        return;
    };
    if run.entered != ust.lesson_entered {
        ust.lesson_entered = run.entered;
        ust.lesson_hidden = false;
        if let Some(v) = run.current().and_then(|s| s.view) {
            ust.tab = tab_of(v);
        }
    }
    if let Some(Wait::OpenView(v)) = run.current().and_then(|s| s.wait.as_ref()) {
        if ust.tab == tab_of(*v) && run.view_open != Some(*v) {
            out.push(Command::Lesson(LessonCommand::ViewShown(*v)));
        }
    }
}

/// The lesson band under the views (nothing without a lesson).
pub fn show(ui: &mut Ui, state: &LabState, ust: &mut UiState, out: &mut Vec<Command>) {
    let Some(run) = &state.lesson else { return };
    let lang = i18n::language().tag();
    let status = run.status(state);
    let height = (ui.available_height() * 0.3).clamp(120.0, 320.0);
    let panel = egui::Panel::bottom("lesson")
        .resizable(!ust.lesson_hidden)
        .default_size(height)
        .min_size(if ust.lesson_hidden { 0.0 } else { 90.0 });
    panel.show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let title = format!(
                "{} · {}",
                run.lesson.title_in(lang),
                tr!(
                    "lessons-step-of",
                    step = run.step + 1,
                    total = run.lesson.steps.len()
                )
            );
            ui.label(
                RichText::new(title)
                    .strong()
                    .size(super::style::big_size(ui)),
            );
            if let Some(step) = run.current() {
                let heading = text_in(&step.title, lang);
                if !heading.is_empty() {
                    ui.label(RichText::new(format!("— {heading}")).strong());
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("✖").on_hover_text(tr!("lessons-close")).clicked() {
                    out.push(Command::Lesson(LessonCommand::Close));
                }
                let fold = if ust.lesson_hidden { "⏶" } else { "⏷" };
                let fold_tip = if ust.lesson_hidden {
                    tr!("lessons-show")
                } else {
                    tr!("lessons-hide")
                };
                if ui.button(fold).on_hover_text(fold_tip).clicked() {
                    ust.lesson_hidden = !ust.lesson_hidden;
                }
                buttons(ui, run, status.ready(), out);
            });
        });
        if ust.lesson_hidden {
            return;
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            // Always drawn: a presenter sees at once that there is more below.
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
            .show(ui, |ui| body(ui, run, lang, status, out));
    });
}

fn buttons(ui: &mut Ui, run: &LessonRun, ready: bool, out: &mut Vec<Command>) {
    let next = ui
        .add_enabled(
            ready && !run.is_last(),
            egui::Button::new(RichText::new(tr!("lessons-next")).strong()),
        )
        .on_disabled_hover_text(if run.is_last() {
            tr!("lessons-last-step")
        } else {
            tr!("lessons-not-yet")
        });
    if next.clicked() {
        out.push(Command::Lesson(LessonCommand::Next));
    }
    if ui
        .add_enabled(run.step > 0, egui::Button::new(tr!("lessons-back")))
        .clicked()
    {
        out.push(Command::Lesson(LessonCommand::Back));
    }
    if ui.button(tr!("lessons-restart")).clicked() {
        out.push(Command::Lesson(LessonCommand::Restart));
    }
}

fn body(
    ui: &mut Ui,
    run: &LessonRun,
    lang: &str,
    status: crate::app::lesson::StepStatus,
    out: &mut Vec<Command>,
) {
    let Some(step) = run.current() else { return };
    markup(ui, text_in(&step.text, lang));
    if let Some(q) = &step.question {
        ui.add_space(6.0);
        ui.group(|ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr!("lessons-question")).strong());
                ui.label(text_in(&q.ask, lang));
            });
            if run.revealed {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(tr!("lessons-answer")).strong());
                    ui.label(text_in(&q.answer, lang));
                });
            } else if ui.button(tr!("lessons-reveal")).clicked() {
                out.push(Command::Lesson(LessonCommand::Reveal));
            }
        });
    }
    ui.add_space(6.0);
    let weak = ui.visuals().weak_text_color();
    if let Some(w) = &step.wait {
        let mark = if status.waited { "✔" } else { "…" };
        ui.label(RichText::new(format!("{mark} {}", wait_words(w))).color(weak));
    }
    if let Some(c) = &step.check {
        let mark = if status.checked { "✔" } else { "…" };
        ui.label(RichText::new(format!("{mark} {}", check_words(c))).color(weak));
    }
    if status.ready() && run.is_last() {
        ui.label(RichText::new(tr!("lessons-done")).strong());
    }
}

/// What a wait asks for, in words.
pub fn wait_words(w: &Wait) -> String {
    match w {
        Wait::TrainTo(n) => tr!("lessons-wait-train", epochs = *n),
        Wait::ChangeLayers => tr!("lessons-wait-layers"),
        Wait::OpenView(v) => tr!("lessons-wait-view", view = tab_of(*v).title()),
        Wait::Evaluate => tr!("lessons-wait-evaluate"),
        Wait::TraceStep => tr!("lessons-wait-trace"),
    }
}

/// What a check asks for, in words.
pub fn check_words(c: &Check) -> String {
    let pct = |v: f64| format!("{:.0}%", v * 100.0);
    match c {
        Check::TestAccuracyAtLeast(v) => tr!("lessons-check-test", value = pct(*v)),
        Check::ValAccuracyAtLeast(v) => tr!("lessons-check-val", value = pct(*v)),
        Check::LossBelow(v) => tr!("lessons-check-loss", value = format!("{v}")),
        Check::LossBecameNaN => tr!("lessons-check-nan"),
        Check::EarlyStopped => tr!("lessons-check-early"),
        Check::Overfitting => tr!("lessons-check-overfit"),
        Check::UnitsIdentical => tr!("lessons-check-identical"),
        Check::UnitsDiffer => tr!("lessons-check-differ"),
        Check::All(list) => list.iter().map(check_words).collect::<Vec<_>>().join(" · "),
    }
}

/// Draws the lesson markup: paragraphs, `**bold**`, `- ` lists.
pub fn markup(ui: &mut Ui, text: &str) {
    for paragraph in text.split("\n\n") {
        let paragraph = paragraph.trim();
        if paragraph.is_empty() {
            continue;
        }
        for line in paragraph.lines() {
            let line = line.trim();
            if let Some(item) = line.strip_prefix("- ") {
                ui.horizontal_wrapped(|ui| {
                    ui.label("•");
                    ui.label(rich_line(ui, item));
                });
            } else {
                ui.label(rich_line(ui, line));
            }
        }
        ui.add_space(4.0);
    }
}

/// One line with `**bold**` spans, as a layout job that wraps.
fn rich_line(ui: &Ui, line: &str) -> LayoutJob {
    let style = ui.style();
    let font = egui::TextStyle::Body.resolve(style);
    let normal = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let bold = TextFormat {
        font_id: font,
        color: ui.visuals().strong_text_color(),
        background: ui.visuals().faint_bg_color,
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    for (i, part) in line.split("**").enumerate() {
        if !part.is_empty() {
            job.append(
                part,
                0.0,
                if i % 2 == 1 {
                    bold.clone()
                } else {
                    normal.clone()
                },
            );
        }
    }
    job
}
