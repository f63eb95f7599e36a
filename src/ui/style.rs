//! Look and feel: larger text and roomier spacing so the window reads well at 1280×800
//! and on a projector.

use egui::{FontFamily, FontId, TextStyle};

pub mod palette;
pub use palette::{bar_fill, blend, contrast, error, ok, readable_on, signed, tone, warning, Tone};

// The three constants below are for lines, strokes and fills; text takes its colour from
// `error`, `warning`, `ok` (readable in both themes).

/// Colour of errors.
pub const ERROR: egui::Color32 = egui::Color32::from_rgb(0xE0, 0x4A, 0x3F);
/// Colour of warnings and diagnostics.
pub const WARNING: egui::Color32 = egui::Color32::from_rgb(0xE8, 0xA3, 0x17);
/// Colour of good news.
pub const OK: egui::Color32 = egui::Color32::from_rgb(0x3F, 0xB9, 0x50);
/// Class colours for scatter plots.
pub const CLASS_COLORS: [egui::Color32; 10] = [
    egui::Color32::from_rgb(0x1F, 0x77, 0xB4),
    egui::Color32::from_rgb(0xFF, 0x7F, 0x0E),
    egui::Color32::from_rgb(0x2C, 0xA0, 0x2C),
    egui::Color32::from_rgb(0xD6, 0x27, 0x28),
    egui::Color32::from_rgb(0x94, 0x67, 0xBD),
    egui::Color32::from_rgb(0x8C, 0x56, 0x4B),
    egui::Color32::from_rgb(0xE3, 0x77, 0xC2),
    egui::Color32::from_rgb(0x7F, 0x7F, 0x7F),
    egui::Color32::from_rgb(0xBC, 0xBD, 0x22),
    egui::Color32::from_rgb(0x17, 0xBE, 0xCF),
];

/// Applies the lab's style to both themes, and adds the bundled fonts ([`super::fonts`]).
pub fn apply(ctx: &egui::Context) {
    super::fonts::install(ctx);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.interact_size.y = 24.0;
        palette::apply(&mut style.visuals);
    });
}

/// The size of the big labels (the play button, the epoch count): two points above the
/// body text, so they grow with presenter mode.
pub fn big_size(ui: &egui::Ui) -> f32 {
    big_size_of(ui.style())
}

/// [`big_size`] for a style.
pub fn big_size_of(style: &egui::Style) -> f32 {
    style
        .text_styles
        .get(&TextStyle::Body)
        .map_or(15.0, |f| f.size)
        + 2.0
}

/// The outer width of a button wide enough for the widest of `labels`, so a button whose
/// label changes (Train, Pause, Resume) keeps its size and its neighbours stay put.
pub fn widest(ui: &egui::Ui, labels: &[egui::RichText]) -> f32 {
    let text = labels
        .iter()
        .map(|l| {
            egui::WidgetText::from(l.clone())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    TextStyle::Button,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    text + 2.0 * ui.spacing().button_padding.x
}
