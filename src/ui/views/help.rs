//! The guide: the training loop explained with the cooking picture, and a glossary whose
//! entries also serve as the views' tooltips. The words are in the resources
//! (`words-guide-…`, `words-glossary-…`); each entry is a message (its title or word) with
//! the attribute `.text`.

use crate::tr;
use egui::{RichText, Ui};

/// The training loop as cooking, step by step: the message keys of (title, text).
pub const LOOP: [(&str, &str); 8] = [
    ("words-guide-parameters", "words-guide-parameters.text"),
    ("words-guide-forward", "words-guide-forward.text"),
    ("words-guide-loss", "words-guide-loss.text"),
    ("words-guide-backprop", "words-guide-backprop.text"),
    ("words-guide-optimizer", "words-guide-optimizer.text"),
    ("words-guide-epochs", "words-guide-epochs.text"),
    ("words-guide-judge", "words-guide-judge.text"),
    ("words-guide-more", "words-guide-more.text"),
];

/// Short explanations of the words the views use: the message keys of (word, text).
pub const GLOSSARY: [(&str, &str); 12] = [
    ("words-glossary-weight", "words-glossary-weight.text"),
    ("words-glossary-bias", "words-glossary-bias.text"),
    (
        "words-glossary-activation",
        "words-glossary-activation.text",
    ),
    ("words-glossary-gradient", "words-glossary-gradient.text"),
    ("words-glossary-vanishing", "words-glossary-vanishing.text"),
    ("words-glossary-exploding", "words-glossary-exploding.text"),
    ("words-glossary-dead-relu", "words-glossary-dead-relu.text"),
    (
        "words-glossary-saturation",
        "words-glossary-saturation.text",
    ),
    (
        "words-glossary-learning-rate",
        "words-glossary-learning-rate.text",
    ),
    ("words-glossary-batch", "words-glossary-batch.text"),
    ("words-glossary-boundary", "words-glossary-boundary.text"),
    ("words-glossary-confusion", "words-glossary-confusion.text"),
];

/// Where each part of the loop is seen in the window: message keys.
const WHERE: [&str; 6] = [
    "words-guide-where-loss",
    "words-guide-where-flow",
    "words-guide-where-network",
    "words-guide-where-boundary",
    "words-guide-where-judge",
    "words-guide-where-step",
];

/// Draws the guide's contents.
pub fn contents(ui: &mut Ui) {
    ui.label(RichText::new(tr!("words-guide-title")).size(20.0).strong());
    ui.label(tr!("words-guide-intro"));
    ui.add_space(6.0);
    for (i, (title, text)) in LOOP.iter().enumerate() {
        ui.label(
            RichText::new(format!("{}. {}", i + 1, tr!(title)))
                .size(16.0)
                .strong(),
        );
        ui.label(tr!(text));
        ui.add_space(4.0);
    }
    ui.separator();
    ui.label(RichText::new(tr!("words-guide-where")).strong());
    for line in WHERE {
        ui.label(format!("• {}", tr!(line)));
    }
    ui.separator();
    ui.label(RichText::new(tr!("words-guide-glossary")).strong());
    egui::Grid::new("glossary").striped(true).show(ui, |ui| {
        for (word, text) in GLOSSARY {
            ui.label(RichText::new(tr!(word)).strong());
            ui.label(tr!(text));
            ui.end_row();
        }
    });
}

/// The guide as a window (its id stays the same in every language).
pub fn window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new(tr!("words-guide-window"))
        .id(egui::Id::unique("guide-window"))
        .open(open)
        .default_width(560.0)
        .default_height(560.0)
        .vscroll(true)
        .show(ctx, contents);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_in, Language};

    #[test]
    fn every_entry_has_its_words_in_every_language() {
        let keys = LOOP
            .iter()
            .chain(&GLOSSARY)
            .flat_map(|(a, b)| [*a, *b])
            .chain(WHERE);
        for key in keys {
            for language in Language::ALL {
                assert!(
                    message_in(language, key).is_some_and(|t| !t.is_empty()),
                    "{}: {key}",
                    language.tag()
                );
            }
        }
    }
}
