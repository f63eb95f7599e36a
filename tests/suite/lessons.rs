//! Lessons: every shipped lesson is sound in every language, and a headless walk through
//! every step of every lesson meets each wait and check, as a person following it would.
#![cfg(feature = "window")]

use crate::common::ui::{harness, step_until, wait_for_data};
use egui_kittest::Harness;
use layerlab::app::insight::InsightCommand;
use layerlab::app::lesson::LessonCommand;
use layerlab::app::{Command, Phase};
use layerlab::lesson::{builtin, Lesson, Wait, LANGUAGES};
use layerlab::ui::lesson_panel::tab_of;
use layerlab::window::LabApp;

#[test]
fn shipped_lessons_are_sound_and_written_in_every_language() {
    let mut names = 0;
    for name in builtin::names() {
        names += 1;
        let lesson = builtin::get(name)
            .unwrap()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            (6..=12).contains(&lesson.steps.len()),
            "{name}: {} steps; a lesson has 6 to 12",
            lesson.steps.len()
        );
        for lang in LANGUAGES {
            assert!(lesson.title.contains_key(lang), "{name}: no {lang} title");
            for (i, step) in lesson.steps.iter().enumerate() {
                let step_no = i + 1;
                assert!(
                    step.text.get(lang).is_some_and(|t| !t.trim().is_empty()),
                    "{name} step {step_no}: no {lang} text"
                );
                assert!(
                    step.title.is_empty() || step.title.contains_key(lang),
                    "{name} step {step_no}: no {lang} title"
                );
                if let Some(q) = &step.question {
                    assert!(
                        q.ask.contains_key(lang) && q.answer.contains_key(lang),
                        "{name} step {step_no}: the question lacks {lang}"
                    );
                }
            }
        }
    }
    assert_eq!(names, 5);
}

fn apply(h: &mut Harness<'static, LabApp>, cmd: Command) {
    h.state_mut().state.apply(cmd);
    h.run_steps(2);
}

/// Does what the step waits for, the way a person would.
fn perform(h: &mut Harness<'static, LabApp>, wait: &Wait) {
    match wait {
        Wait::TrainTo(n) => {
            let n = *n;
            apply(h, Command::Train);
            step_until(h, 120, &format!("training to epoch {n}"), |a| {
                a.state.training.epoch >= n
            });
        }
        Wait::ChangeLayers => {
            if h.state().state.editor.layers.is_empty() {
                let spec = layerlab::model::text::parse_layers("dense:4").unwrap();
                apply(
                    h,
                    Command::AddLayer {
                        at: 0,
                        spec: spec[0].clone(),
                    },
                );
            } else {
                apply(h, Command::DuplicateLayer(0));
            }
        }
        Wait::OpenView(v) => {
            h.state_mut().ui.tab = tab_of(*v);
            h.run_steps(2);
        }
        Wait::Evaluate => {
            step_until(h, 120, "the run to end before evaluating", |a| {
                !a.state.training.phase.is_active()
            });
            apply(h, Command::Insight(InsightCommand::EvaluateTest));
        }
        Wait::TraceStep => apply(h, Command::Insight(InsightCommand::TraceSample(0))),
    }
}

fn walk(name: &str, lesson: Lesson) {
    let mut h = harness();
    wait_for_data(&mut h);
    apply(
        &mut h,
        Command::Lesson(LessonCommand::Start {
            lesson: Box::new(lesson.clone()),
            folder: None,
        }),
    );
    for (i, step) in lesson.steps.iter().enumerate() {
        let at = format!("{name} step {}", i + 1);
        assert_eq!(
            h.state().state.lesson.as_ref().map(|r| r.step),
            Some(i),
            "{at}"
        );
        step_until(&mut h, 60, &format!("{at}: its data"), |a| {
            a.state.data.dataset.is_some()
                && a.state.data.loading.is_none()
                && !a.state.data.preparing
        });
        if let Some(v) = step.view {
            assert_eq!(h.state().ui.tab, tab_of(v), "{at}: the step opens its view");
        }
        if let Some(wait) = &step.wait {
            perform(&mut h, wait);
        }
        step_until(
            &mut h,
            180,
            &format!("{at}: wait {:?} and check {:?}", step.wait, step.check),
            |a| a.state.lesson_status().is_some_and(|s| s.ready()),
        );
        if i + 1 < lesson.steps.len() {
            // Whatever the step started ends before the next one sets up. A run paused by
            // a non-finite loss (the rollback) waits for the person: it never ends by
            // itself, and the next step's reset or Train takes it from there.
            step_until(&mut h, 120, &format!("{at}: the run to end"), |a| {
                let phase = &a.state.training.phase;
                !phase.is_active() || *phase == Phase::Paused
            });
            apply(&mut h, Command::Lesson(LessonCommand::Next));
        }
    }
}

#[test]
fn every_step_of_every_lesson_can_be_met() {
    for name in builtin::names() {
        walk(name, builtin::get(name).unwrap().unwrap());
    }
}
