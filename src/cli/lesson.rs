//! `layerlab lesson check FILE` and `layerlab lesson list`; `--lesson NAME|FILE` for the
//! window.

use super::args::{LessonAction, LessonArgs};
use super::output::{self, json_line};
use super::CliError;
use crate::lesson::{builtin, Lesson};
use std::path::{Path, PathBuf};

/// Runs `layerlab lesson`.
pub fn run(a: &LessonArgs) -> Result<(), CliError> {
    match &a.action {
        LessonAction::Check { file } => {
            let lesson = Lesson::load(file).map_err(|e| CliError::bad_input(e.to_string()))?;
            let languages = languages(&lesson);
            if a.json {
                json_line(&serde_json::json!({
                    "event": "summary",
                    "ok": true,
                    "file": file.display().to_string(),
                    "title": lesson.title_in("en"),
                    "steps": lesson.steps.len(),
                    "languages": languages,
                }));
            } else {
                output::line(&format!(
                    "{}: a sound lesson, \"{}\": {} steps, in {}",
                    file.display(),
                    lesson.title_in("en"),
                    lesson.steps.len(),
                    languages.join(", ")
                ));
            }
            Ok(())
        }
        LessonAction::List => {
            let mut list = Vec::new();
            for name in builtin::names() {
                let lesson = builtin::get(name)
                    .ok_or_else(|| CliError::failure(format!("lesson {name} is missing")))?
                    .map_err(|e| CliError::failure(e.to_string()))?;
                if !a.json {
                    output::line(&format!(
                        "{name:<24} {:>2} steps  {}",
                        lesson.steps.len(),
                        lesson.title_in("en")
                    ));
                }
                list.push(serde_json::json!({
                    "name": name,
                    "steps": lesson.steps.len(),
                    "title": lesson.title_in("en"),
                }));
            }
            if a.json {
                json_line(&serde_json::json!({"event": "summary", "lessons": list}));
            }
            Ok(())
        }
    }
}

/// The languages every text of the lesson is written in.
fn languages(lesson: &Lesson) -> Vec<&'static str> {
    crate::lesson::LANGUAGES
        .into_iter()
        .filter(|l| {
            lesson.title.contains_key(*l) && lesson.steps.iter().all(|s| s.text.contains_key(*l))
        })
        .collect()
}

/// The lesson `--lesson` names, a shipped lesson's name or a lesson file, with the folder
/// its relative paths start from.
pub fn resolve(name: &str) -> Result<(Lesson, Option<PathBuf>), CliError> {
    if let Some(found) = builtin::get(name) {
        return found
            .map(|l| (l, None))
            .map_err(|e| CliError::failure(e.to_string()));
    }
    let path = Path::new(name);
    if path.exists() || name.ends_with(".ron") {
        let lesson = Lesson::load(path).map_err(|e| CliError::bad_input(e.to_string()))?;
        return Ok((lesson, path.parent().map(Path::to_path_buf)));
    }
    Err(CliError::bad_input(format!(
        "--lesson {name}: no such lesson; use one of {} or a lesson file (.ron)",
        builtin::names().collect::<Vec<_>>().join(", ")
    )))
}
