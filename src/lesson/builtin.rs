//! The lessons that ship with layerlab (assets/lessons/), compiled in, in story order.

use super::{Lesson, LessonError};

/// (name, RON text) of every shipped lesson, in the order of the story.
pub const LESSONS: [(&str, &str); 5] = [
    (
        "new-cook",
        include_str!("../../assets/lessons/new-cook.ron"),
    ),
    ("tasting", include_str!("../../assets/lessons/tasting.ron")),
    (
        "telling-the-cook",
        include_str!("../../assets/lessons/telling-the-cook.ron"),
    ),
    (
        "adjusting-the-recipe",
        include_str!("../../assets/lessons/adjusting-the-recipe.ron"),
    ),
    (
        "practice-and-the-judge",
        include_str!("../../assets/lessons/practice-and-the-judge.ron"),
    ),
];

/// Every shipped lesson, read and validated once (the window's menu asks every frame).
fn parsed() -> &'static [Result<Lesson, LessonError>; 5] {
    static PARSED: std::sync::OnceLock<[Result<Lesson, LessonError>; 5]> =
        std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        LESSONS.map(|(n, text)| {
            let file = format!("assets/lessons/{n}.ron");
            let lesson = Lesson::from_ron(text, &file)?;
            lesson.validate(&file, None)?;
            Ok(lesson)
        })
    })
}

/// The shipped lesson called `name` (`new-cook`, `tasting`, …), read and validated.
pub fn get(name: &str) -> Option<Result<Lesson, LessonError>> {
    LESSONS
        .iter()
        .position(|(n, _)| *n == name)
        .and_then(|i| parsed().get(i).cloned())
}

/// The shipped lessons that read, with their names, in order (without copying them).
pub fn all() -> impl Iterator<Item = (&'static str, &'static Lesson)> {
    LESSONS
        .iter()
        .zip(parsed().iter())
        .filter_map(|((n, _), l)| l.as_ref().ok().map(|l| (*n, l)))
}

/// The names of the shipped lessons, in order.
pub fn names() -> impl Iterator<Item = &'static str> {
    LESSONS.iter().map(|(n, _)| *n)
}
