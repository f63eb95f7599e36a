//! Lessons: a guided path through the views, written as a RON file of steps.
//!
//! A [`Lesson`] is a title and a list of [`Step`]s. A step has text in one or more languages
//! (paragraphs, `**bold**`, `- ` lists), may load data or a session, may apply settings or
//! layers, may open a view, may wait for the person to do something ([`Wait`]), may ask the
//! room a [`Question`] whose answer is revealed on a click, and may hold Next back until a
//! [`Check`] is true. Teachers write their own (README ▸ Lessons);
//! `layerlab lesson check FILE` runs [`Lesson::from_ron`] and [`Lesson::validate`].
//!
//! This module is headless (no window, no engine): the window runs a lesson in
//! `app::lesson`, and the command line only checks files.

pub mod builtin;

use crate::data::BuiltinSpec;
use crate::model::{InitChoice, LossKind, OptimizerKind, Pace};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The lesson format this version reads and writes.
pub const FORMAT: u32 = 1;
/// The languages a lesson's text may be written in (the window's languages).
pub const LANGUAGES: [&str; 3] = ["en", "zh-Hans", "zh-Hant"];

/// Text in several languages, by tag (`en`, `zh-Hans`, `zh-Hant`):
/// `{"en": "Hello", "zh-Hans": "你好"}`.
pub type Text = BTreeMap<String, String>;

/// The text for `language`: that language, else English, else any language written.
pub fn text_in<'a>(text: &'a Text, language: &str) -> &'a str {
    text.get(language)
        .or_else(|| text.get("en"))
        .or_else(|| text.values().next())
        .map_or("", String::as_str)
}

/// A lesson: a title and its steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// The lesson format ([`FORMAT`]).
    pub format: u32,
    /// The lesson's title.
    pub title: Text,
    /// One line on what it is about (the Lessons menu shows it).
    #[serde(default)]
    pub summary: Text,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Step {
    /// A short heading.
    pub title: Text,
    /// What to read: paragraphs separated by blank lines; `**bold**`; lines starting with
    /// `- ` are a list.
    pub text: Text,
    /// Data or a session to load when the step starts.
    pub load: Option<Load>,
    /// Layers to put in the editor when the step starts, in the compact text form
    /// (`dense:8,relu,dense:8,relu`; the output layer is added by the window).
    pub layers: Option<String>,
    /// Training settings to apply when the step starts (only the ones given change).
    pub settings: Option<Settings>,
    /// Forget the trained weights when the step starts (a fresh run).
    pub reset: bool,
    /// The view to open when the step starts.
    pub view: Option<View>,
    /// What the person has to do before Next lights up.
    pub wait: Option<Wait>,
    /// A question for the room, with an answer revealed on a click.
    pub question: Option<Question>,
    /// What has to be true before Next lights up.
    pub check: Option<Check>,
}

/// Data or a session a step loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Load {
    /// A built-in dataset (`Builtin((kind: Xor, samples: 200, noise: 0.1, seed: 1))`).
    Builtin(BuiltinSpec),
    /// A CSV file, relative to the lesson file.
    Csv(PathBuf),
    /// A session file, relative to the lesson file.
    Session(PathBuf),
}

/// Training settings a step changes; the ones left out keep their value.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// The loss.
    pub loss: Option<LossKind>,
    /// The optimizer.
    pub optimizer: Option<OptimizerKind>,
    /// The learning rate.
    pub lr: Option<f32>,
    /// Samples per batch.
    pub batch_size: Option<usize>,
    /// Epochs to train.
    pub epochs: Option<u32>,
    /// The weight initializer (`Constant(1.0)` makes every weight 1).
    pub init: Option<InitChoice>,
    /// The seed.
    pub seed: Option<u64>,
    /// L2 penalty.
    pub l2: Option<f32>,
    /// Early stopping after this many epochs without improvement; 0 turns it off.
    pub early_stopping: Option<u32>,
    /// The training speed.
    pub pace: Option<Pace>,
}

/// The views a lesson can open or wait for (the window's tabs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum View {
    /// Loss and accuracy curves.
    Loss,
    /// The data.
    Data,
    /// Gradient flow.
    Flow,
    /// The network, neuron by neuron.
    Network,
    /// The decision boundary.
    Boundary,
    /// The judge: the test split.
    Judge,
    /// One training step, slowly.
    Step,
}

/// Something the person does before Next lights up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Wait {
    /// Train until at least this many epochs are done (press Train).
    TrainTo(u32),
    /// Change the layer stack (any edit).
    ChangeLayers,
    /// Open this view.
    OpenView(View),
    /// Press Evaluate in the Judge (the test split is scored).
    Evaluate,
    /// Trace one sample in the Step view.
    TraceStep,
}

/// A question for the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question.
    pub ask: Text,
    /// The answer, shown when the presenter presses Reveal.
    pub answer: Text,
}

/// A condition on the run that must hold before Next lights up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Check {
    /// The test split's accuracy (or R²) is at least this (0–1); needs Evaluate.
    TestAccuracyAtLeast(f64),
    /// The last epoch's validation accuracy (or R²) is at least this (0–1).
    ValAccuracyAtLeast(f64),
    /// The last epoch's training loss is below this.
    LossBelow(f64),
    /// The loss became NaN or infinite in this run (and the weights were rolled back).
    LossBecameNaN,
    /// Early stopping ended the run.
    EarlyStopped,
    /// The validation loss rose while the training loss fell (the overfitting warning).
    Overfitting,
    /// The hidden units of the first layer are all the same (symmetry never broken).
    UnitsIdentical,
    /// The hidden units of the first layer differ (symmetry broken).
    UnitsDiffer,
    /// Every one of these holds.
    All(Vec<Check>),
}

/// What is wrong with a lesson file: where, which field, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonError {
    /// The file (or a built-in lesson's name).
    pub file: String,
    /// The 1-based step, when the problem is inside one.
    pub step: Option<usize>,
    /// The field, e.g. `check` or `text`.
    pub field: String,
    /// Line and column in the file, for syntax errors.
    pub position: Option<(usize, usize)>,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.position {
            write!(f, ":{line}:{col}")?;
        }
        if let Some(step) = self.step {
            write!(f, ": step {step}")?;
        }
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for LessonError {}

impl Lesson {
    /// Reads a lesson from RON text; `file` names it in errors. Syntax and type errors give
    /// the line and column, and the step they are in. Does not [`validate`](Self::validate).
    pub fn from_ron(text: &str, file: &str) -> Result<Lesson, LessonError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let options = ron::Options::default().with_recursion_limit(64);
        options.from_str::<Lesson>(text).map_err(|e| {
            let (line, col) = (e.position.line, e.position.col);
            let offset = offset_of(text, line, col);
            let message = e.code.to_string();
            LessonError {
                file: file.to_owned(),
                step: step_at(text, offset),
                field: field_in(&message),
                position: Some((line, col)),
                message: format!("{message} (the format is in the README, section Lessons)"),
            }
        })
    }

    /// Reads and validates a lesson file; relative paths in it are checked against its
    /// folder.
    pub fn load(path: &Path) -> Result<Lesson, LessonError> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| LessonError {
            file: file.clone(),
            step: None,
            field: String::new(),
            position: None,
            message: format!("cannot read it: {e}"),
        })?;
        let text = String::from_utf8(bytes).map_err(|e| LessonError {
            file: file.clone(),
            step: None,
            field: String::new(),
            position: None,
            message: format!(
                "is not UTF-8 text (byte {}); save it as UTF-8",
                e.utf8_error().valid_up_to()
            ),
        })?;
        let lesson = Lesson::from_ron(&text, &file)?;
        lesson.validate(&file, path.parent())?;
        Ok(lesson)
    }

    /// The title in `language`.
    pub fn title_in(&self, language: &str) -> &str {
        text_in(&self.title, language)
    }

    /// Checks what the syntax cannot: the format version, at least one step, text in a
    /// known language in every step, layers that parse, numbers in range, and files that
    /// exist (relative to `folder`, when given). The first problem is returned.
    pub fn validate(&self, file: &str, folder: Option<&Path>) -> Result<(), LessonError> {
        let err = |step: Option<usize>, field: &str, message: String| LessonError {
            file: file.to_owned(),
            step,
            field: field.to_owned(),
            position: None,
            message,
        };
        if self.format == 0 || self.format > FORMAT {
            return Err(err(
                None,
                "format",
                format!(
                    "is {}; this layerlab reads lesson format {FORMAT} (a newer layerlab may read it)",
                    self.format
                ),
            ));
        }
        check_text(&self.title, true).map_err(|m| err(None, "title", m))?;
        check_text(&self.summary, false).map_err(|m| err(None, "summary", m))?;
        if self.steps.is_empty() {
            return Err(err(
                None,
                "steps",
                "is empty; a lesson needs at least one step".into(),
            ));
        }
        for (i, step) in self.steps.iter().enumerate() {
            let n = Some(i + 1);
            check_text(&step.title, false).map_err(|m| err(n, "title", m))?;
            check_text(&step.text, true).map_err(|m| err(n, "text", m))?;
            if let Some(layers) = &step.layers {
                if !layers.trim().is_empty() {
                    crate::model::text::parse_layers(layers)
                        .map_err(|e| err(n, "layers", format!("{e}")))?;
                }
            }
            if let Some(load) = &step.load {
                check_load(load, folder).map_err(|m| err(n, "load", m))?;
            }
            if let Some(s) = &step.settings {
                check_settings(s).map_err(|(f, m)| err(n, &format!("settings.{f}"), m))?;
            }
            if let Some(Wait::TrainTo(0)) = step.wait {
                return Err(err(
                    n,
                    "wait",
                    "TrainTo(0) waits for nothing; use 1 or more".into(),
                ));
            }
            if let Some(q) = &step.question {
                check_text(&q.ask, true).map_err(|m| err(n, "question.ask", m))?;
                check_text(&q.answer, true).map_err(|m| err(n, "question.answer", m))?;
            }
            if let Some(c) = &step.check {
                check_check(c).map_err(|m| err(n, "check", m))?;
            }
        }
        Ok(())
    }
}

fn check_text(text: &Text, required: bool) -> Result<(), String> {
    if required && text.values().all(|t| t.trim().is_empty()) {
        return Err(r#"is empty; write it, e.g. {"en": "…"}"#.into());
    }
    for (lang, _) in text.iter() {
        if !LANGUAGES.contains(&lang.as_str()) {
            return Err(format!(
                "has the language \"{lang}\"; use {}",
                LANGUAGES.map(|l| format!("\"{l}\"")).join(", ")
            ));
        }
    }
    Ok(())
}

fn check_load(load: &Load, folder: Option<&Path>) -> Result<(), String> {
    match load {
        Load::Builtin(spec) => {
            if spec.samples == 0 || spec.samples > crate::data::builtin::MAX_SAMPLES {
                return Err(format!(
                    "samples is {}; use 1 to {}",
                    spec.samples,
                    crate::data::builtin::MAX_SAMPLES
                ));
            }
            if !spec.noise.is_finite() || spec.noise < 0.0 {
                return Err(format!("noise is {}; use 0 or more", spec.noise));
            }
            Ok(())
        }
        Load::Csv(p) | Load::Session(p) => match folder {
            Some(dir) if !dir.join(p).is_file() => Err(format!(
                "{} does not exist next to the lesson; put the file there or fix the path",
                p.display()
            )),
            _ => Ok(()),
        },
    }
}

fn check_settings(s: &Settings) -> Result<(), (&'static str, String)> {
    if let Some(lr) = s.lr {
        if !(lr.is_finite() && lr > 0.0) {
            return Err(("lr", format!("is {lr}; use a positive number such as 0.01")));
        }
    }
    if s.batch_size == Some(0) {
        return Err(("batch_size", "is 0; use 1 or more".into()));
    }
    if s.epochs == Some(0) {
        return Err(("epochs", "is 0; use 1 or more".into()));
    }
    if let Some(l2) = s.l2 {
        if !(l2.is_finite() && l2 >= 0.0) {
            return Err(("l2", format!("is {l2}; use 0 or a small positive number")));
        }
    }
    Ok(())
}

fn check_check(c: &Check) -> Result<(), String> {
    match c {
        Check::TestAccuracyAtLeast(v) | Check::ValAccuracyAtLeast(v)
            if !(0.0..=1.0).contains(v) =>
        {
            Err(format!(
                "{v} is not an accuracy; use a number from 0 to 1 (0.9 = 90%)"
            ))
        }
        Check::LossBelow(v) if !(v.is_finite() && *v > 0.0) => {
            Err(format!("LossBelow({v}): use a positive number"))
        }
        Check::All(list) if list.is_empty() => {
            Err("All([]) checks nothing; list conditions".into())
        }
        Check::All(list) => list.iter().try_for_each(check_check),
        _ => Ok(()),
    }
}

/// The byte offset of a 1-based line and column.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

/// The 1-based step an offset lies in: the `Step(` openings before it, when there are any.
fn step_at(text: &str, offset: usize) -> Option<usize> {
    let before = &text[..offset.min(text.len())];
    let n = before.matches("Step(").count();
    (n > 0).then_some(n)
}

/// The field a serde message names (`unknown field \`chek\``, "missing field `text`").
fn field_in(message: &str) -> String {
    let mut parts = message.split('`');
    match (parts.next(), parts.next()) {
        (Some(_), Some(name)) => name.to_owned(),
        _ => String::new(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    const SMALL: &str = r#"Lesson(
    format: 1,
    title: {"en": "Tiny"},
    steps: [
        Step(text: {"en": "One"}),
        Step(
            text: {"en": "Two"},
            layers: Some("dense:4,relu"),
            check: Some(TestAccuracyAtLeast(0.9)),
        ),
    ],
)"#;

    #[test]
    fn a_small_lesson_reads_and_validates() {
        let l = Lesson::from_ron(SMALL, "tiny.ron").unwrap();
        assert_eq!(l.steps.len(), 2);
        l.validate("tiny.ron", None).unwrap();
        assert_eq!(text_in(&l.steps[0].text, "zh-Hans"), "One");
    }

    #[test]
    fn a_misspelt_field_names_the_step_line_and_field() {
        let bad = SMALL.replace("check: Some", "chek: Some");
        let e = Lesson::from_ron(&bad, "tiny.ron").unwrap_err();
        assert_eq!(e.step, Some(2), "{e}");
        assert_eq!(e.field, "chek", "{e}");
        assert!(e.position.is_some_and(|(line, _)| line == 9), "{e}");
    }

    #[test]
    fn semantic_errors_name_the_step_and_field() {
        let cases = [
            (
                "TestAccuracyAtLeast(0.9)",
                "TestAccuracyAtLeast(90.0)",
                "check",
            ),
            ("dense:4,relu", "dense:4,relux", "layers"),
            (r#"{"en": "Two"}"#, r#"{"fr": "Deux"}"#, "text"),
        ];
        for (from, to, field) in cases {
            let l = Lesson::from_ron(&SMALL.replace(from, to), "tiny.ron").unwrap();
            let e = l.validate("tiny.ron", None).unwrap_err();
            assert_eq!((e.step, e.field.as_str()), (Some(2), field), "{e}");
        }
    }
}
