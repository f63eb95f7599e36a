//! The lesson band in the window: the Lessons menu starts a lesson, Next waits for the
//! step's action, the question's answer is revealed on a click, the step's view opens,
//! and it all works in presenter mode and in Chinese.
#![cfg(feature = "window")]

use crate::common::ui::{harness, wait_for_data};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use layerlab::app::lesson::LessonCommand;
use layerlab::app::Command;
use layerlab::i18n::Language;
use layerlab::lesson::{builtin, Lesson};
use layerlab::ui::Tab;
use layerlab::window::LabApp;

const LESSON: &str = r#"Lesson(
    format: 1,
    title: {"en": "Test lesson", "zh-Hans": "测试课程"},
    steps: [
        Step(
            title: {"en": "Look", "zh-Hans": "看一看"},
            text: {"en": "A **network** is a recipe.\n\n- first item\n- second item", "zh-Hans": "网络就是一份**配方**。"},
            view: Some(Network),
            question: Some(Question(ask: {"en": "What tastes the dish?"}, answer: {"en": "The loss."})),
        ),
        Step(
            text: {"en": "Open the Judge."},
            wait: Some(OpenView(Judge)),
        ),
        Step(text: {"en": "The end."}),
    ],
)"#;

fn start(h: &mut Harness<'static, LabApp>) {
    let lesson = Lesson::from_ron(LESSON, "test.ron").unwrap();
    h.state_mut()
        .state
        .apply(Command::Lesson(LessonCommand::Start {
            lesson: Box::new(lesson),
            folder: None,
        }));
    h.run_steps(3);
}

fn step_index(h: &Harness<'static, LabApp>) -> usize {
    h.state().state.lesson.as_ref().unwrap().step
}

#[test]
fn the_lessons_menu_lists_and_starts_the_shipped_lessons() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Lessons").click();
    h.run_steps(2);
    let first = builtin::get("new-cook").unwrap().unwrap();
    let label = format!("1. {}", first.title_in("en"));
    h.get_by_label(&label).click();
    h.run_steps(3);
    let run = h.state().state.lesson.as_ref().expect("the lesson started");
    assert_eq!(run.lesson, first);
    h.get_by_label_contains("step 1 of");
}

#[test]
fn next_waits_for_the_step_and_the_view_opens() {
    let mut h = harness();
    wait_for_data(&mut h);
    start(&mut h);
    assert_eq!(h.state().ui.tab, Tab::Network, "the step opens its view");
    h.get_by_label_contains("Test lesson");
    h.get_by_label_contains("step 1 of 3");
    h.get_by_label("Reveal the answer").click();
    h.run_steps(2);
    h.get_by_label("The loss.");

    h.get_by_label("Next ▶").click();
    h.run_steps(2);
    assert_eq!(step_index(&h), 1);
    // Next is dark until the Judge is open.
    h.get_by_label("Next ▶").click();
    h.run_steps(2);
    assert_eq!(step_index(&h), 1, "Next must wait for the view");
    h.get_by_label("Judge tab").click();
    h.run_steps(3);
    h.get_by_label("Next ▶").click();
    h.run_steps(2);
    assert_eq!(step_index(&h), 2);
    h.get_by_label("Lesson complete. Well cooked!");
    h.get_by_label("◀ Back").click();
    h.run_steps(2);
    assert_eq!(step_index(&h), 1);
    h.get_by_label("Restart").click();
    h.run_steps(2);
    assert_eq!(step_index(&h), 0);
}

#[test]
fn the_band_shows_in_presenter_mode_and_in_chinese() {
    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().ui.prefs.look.presenter = true;
    h.state_mut().ui.prefs.language = Some(Language::SimplifiedChinese);
    start(&mut h);
    h.get_by_label_contains("测试课程");
    h.get_by_label("下一步 ▶");
    assert!(h.query_by_label("Next ▶").is_none());
    // Text in a language the lesson lacks falls back to English.
    h.get_by_label("揭晓答案").click();
    h.run_steps(2);
    h.get_by_label("The loss.");
}

#[test]
fn a_teachers_lesson_file_opens_with_its_own_data() {
    let dir = tempfile::tempdir().unwrap();
    let iris = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/iris.csv");
    std::fs::copy(&iris, dir.path().join("flowers.csv")).unwrap();
    let file = dir.path().join("mine.ron");
    std::fs::write(
        &file,
        r#"Lesson(format: 1, title: {"en": "Flowers"}, steps: [
            Step(text: {"en": "Iris."}, load: Some(Csv("flowers.csv")), view: Some(Data)),
        ])"#,
    )
    .unwrap();
    let mut h = harness();
    wait_for_data(&mut h);
    h.state_mut().state.apply(Command::OpenLesson(file.clone()));
    crate::common::ui::step_until(&mut h, 30, "the lesson and its data", |a| {
        a.state.lesson.is_some()
            && matches!(&a.state.data.origin,
                Some(layerlab::app::DataOrigin::File(p)) if p.ends_with("flowers.csv"))
    });
    h.run_steps(2);
    assert_eq!(h.state().ui.tab, Tab::Data);

    // A broken file says where it is broken and starts nothing.
    std::fs::write(
        &file,
        "Lesson(format: 1, title: {\"en\": \"x\"}, steps: [Step(txt: {})])",
    )
    .unwrap();
    h.state_mut()
        .state
        .apply(Command::Lesson(LessonCommand::Close));
    h.state_mut().state.apply(Command::OpenLesson(file.clone()));
    crate::common::ui::step_until(&mut h, 30, "the error", |a| {
        a.state.notice.is_some() && a.state.notice.as_ref().unwrap().text.contains("txt")
    });
    assert!(h.state().state.lesson.is_none());
    let text = &h.state().state.notice.as_ref().unwrap().text;
    assert!(
        text.contains("mine.ron") && text.contains("step 1"),
        "{text}"
    );
}
