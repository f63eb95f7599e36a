//! Text colours that stay readable. Every colour text is drawn in — normal, weak, and the
//! tones for errors, warnings, good news and signed numbers — meets WCAG's 4.5:1 contrast
//! against every background text sits on (panel, window, striped rows, text fields,
//! buttons), in the light and dark themes and in presenter mode's high-contrast pair. The
//! tests below compute it. The constants in `style` (`ERROR`, `OK` …) are for lines and
//! fills; text takes its colour from here.

use egui::{Color32, Visuals};

/// What a coloured text means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something failed or must be fixed.
    Error,
    /// Something to look at.
    Warning,
    /// Good news.
    Ok,
    /// A positive number (blue, as in the Network view).
    Positive,
    /// A negative number (red).
    Negative,
}

impl Tone {
    /// Every tone.
    pub const ALL: [Tone; 5] = [
        Tone::Error,
        Tone::Warning,
        Tone::Ok,
        Tone::Positive,
        Tone::Negative,
    ];
}

/// Normal text on the dark theme.
const DARK_TEXT: Color32 = Color32::from_gray(0xB4);
/// Weak (secondary) text on the dark theme.
const DARK_WEAK: Color32 = Color32::from_gray(0xA0);
/// Normal text on the light theme.
const LIGHT_TEXT: Color32 = Color32::from_gray(0x32);
/// Weak (secondary) text on the light theme.
const LIGHT_WEAK: Color32 = Color32::from_gray(0x64);

/// The colour of text of `tone` on the theme of `v`.
pub fn tone(v: &Visuals, tone: Tone) -> Color32 {
    let rgb = |r, g, b| Color32::from_rgb(r, g, b);
    match (tone, v.dark_mode) {
        (Tone::Error, true) => rgb(0xFF, 0x7B, 0x72),
        (Tone::Error, false) => rgb(0xB4, 0x23, 0x18),
        (Tone::Warning, true) => rgb(0xF2, 0xB4, 0x37),
        (Tone::Warning, false) => rgb(0x8A, 0x53, 0x00),
        (Tone::Ok, true) => rgb(0x56, 0xD3, 0x64),
        (Tone::Ok, false) => rgb(0x14, 0x6C, 0x2E),
        (Tone::Positive, true) => rgb(0x79, 0xB8, 0xFF),
        (Tone::Positive, false) => rgb(0x0B, 0x5C, 0xAD),
        (Tone::Negative, true) => rgb(0xFF, 0x8A, 0x80),
        (Tone::Negative, false) => rgb(0xB3, 0x26, 0x1E),
    }
}

/// Text colour of errors.
pub fn error(v: &Visuals) -> Color32 {
    tone(v, Tone::Error)
}

/// Text colour of warnings and diagnostics.
pub fn warning(v: &Visuals) -> Color32 {
    tone(v, Tone::Warning)
}

/// Text colour of good news.
pub fn ok(v: &Visuals) -> Color32 {
    tone(v, Tone::Ok)
}

/// Text colour of a number by its sign: blue above zero, red below, plain text at zero.
pub fn signed(v: &Visuals, x: f32) -> Color32 {
    if x > 0.0 {
        tone(v, Tone::Positive)
    } else if x < 0.0 {
        tone(v, Tone::Negative)
    } else {
        v.text_color()
    }
}

/// Sets the theme's normal and weak text colours (a presenter theme's own text colour,
/// `override_text_color`, is kept).
pub fn apply(v: &mut Visuals) {
    let (text, weak) = if v.dark_mode {
        (DARK_TEXT, DARK_WEAK)
    } else {
        (LIGHT_TEXT, LIGHT_WEAK)
    };
    v.widgets.noninteractive.fg_stroke.color = text;
    v.weak_text_color = Some(weak);
}

/// WCAG relative luminance of an opaque colour (0 black … 1 white).
pub fn luminance(c: Color32) -> f64 {
    let lin = |u: u8| {
        let s = u as f64 / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio of two opaque colours (1 … 21; text needs 4.5).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `over` painted on the opaque `under`, as egui blends (premultiplied alpha; a colour with
/// alpha 0 adds light).
pub fn blend(over: Color32, under: Color32) -> Color32 {
    let keep = 1.0 - over.a() as f32 / 255.0;
    let mix = |o: u8, u: u8| (o as f32 + u as f32 * keep).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(over.r(), under.r()),
        mix(over.g(), under.g()),
        mix(over.b(), under.b()),
    )
}

/// Black or white, whichever reads better on the opaque `fill` (always at least 4.5:1).
pub fn readable_on(fill: Color32) -> Color32 {
    if contrast(Color32::BLACK, fill) >= contrast(Color32::WHITE, fill) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// The colour egui draws a progress bar's text in.
pub fn bar_text(v: &Visuals) -> Color32 {
    v.override_text_color.unwrap_or(v.selection.stroke.color)
}

/// An opaque fill for a progress bar in `colour`'s hue, as strong as it can be while the
/// bar's text still reads at 4.5:1 on it.
pub fn bar_fill(v: &Visuals, colour: Color32) -> Color32 {
    let text = bar_text(v);
    (1..=8)
        .rev()
        .map(|k| blend(colour.gamma_multiply(k as f32 / 10.0), v.extreme_bg_color))
        .find(|&fill| contrast(text, fill) >= 4.5)
        .unwrap_or(v.extreme_bg_color)
}

/// The opaque backgrounds text is drawn on in a theme: panels, windows and tooltips,
/// striped grid rows, text fields and buttons.
pub fn text_backgrounds(v: &Visuals) -> Vec<Color32> {
    vec![
        v.panel_fill,
        v.window_fill,
        blend(v.faint_bg_color, v.panel_fill),
        v.extreme_bg_color,
        blend(v.widgets.inactive.weak_bg_fill, v.panel_fill),
    ]
}

/// Every text colour the window uses in a theme.
pub fn text_colours(v: &Visuals) -> Vec<(String, Color32)> {
    // The names label the contrast tests' reports; the window never shows them.
    let mut out = vec![
        ("normal text".to_string(), v.text_color()), // i18n-ignore: test report name
        ("weak text".to_string(), v.weak_text_color()), // i18n-ignore: test report name
        ("strong text".to_string(), v.strong_text_color()), // i18n-ignore: test report name
    ];
    out.extend(Tone::ALL.map(|t| (format!("{t:?}"), tone(v, t))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::views::look::high_contrast;

    /// The four themes the window can show: light, dark, and presenter mode's two.
    fn themes() -> Vec<(&'static str, Visuals)> {
        let mut all = vec![
            ("light", Visuals::light()),
            ("dark", Visuals::dark()),
            ("presenter light", high_contrast(false)),
            ("presenter dark", high_contrast(true)),
        ];
        for (_, v) in &mut all {
            apply(v);
        }
        all
    }

    #[test]
    fn every_text_colour_reads_at_4_5_to_1_in_every_theme() {
        let mut failures = Vec::new();
        for (theme, v) in themes() {
            for (what, fg) in text_colours(&v) {
                assert_eq!(fg.a(), 255, "{what} on {theme} is opaque");
                for bg in text_backgrounds(&v) {
                    let c = contrast(fg, bg);
                    if c < 4.5 {
                        failures.push(format!("{what} {fg:?} on {bg:?} ({theme}): {c:.2}"));
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "too little contrast:\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn egui_defaults_fail_so_the_check_is_real() {
        // Without `apply`, egui's weak text (60% of normal) is below 4.5:1 in both themes.
        for v in [Visuals::light(), Visuals::dark()] {
            let worst = text_backgrounds(&v)
                .into_iter()
                .map(|bg| contrast(blend(v.weak_text_color(), bg), bg))
                .fold(f64::INFINITY, f64::min);
            assert!(worst < 4.5, "dark {}: {worst}", v.dark_mode);
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let c = contrast(Color32::from_gray(0x76), Color32::WHITE);
        assert!((c - 4.54).abs() < 0.01, "{c}");
    }

    #[test]
    fn black_or_white_reads_on_any_fill() {
        for r in (0..=255).step_by(15) {
            for g in (0..=255).step_by(15) {
                for b in (0..=255).step_by(15) {
                    let fill = Color32::from_rgb(r as u8, g as u8, b as u8);
                    let c = contrast(readable_on(fill), fill);
                    assert!(c >= 4.5, "{fill:?}: {c}");
                }
            }
        }
    }

    #[test]
    fn bar_text_reads_on_every_bar() {
        let mut colours = crate::ui::style::CLASS_COLORS.to_vec();
        colours.extend([crate::ui::style::OK, crate::ui::style::ERROR]);
        for (theme, v) in themes() {
            assert!(contrast(bar_text(&v), v.extreme_bg_color) >= 4.5, "{theme}");
            for c in &colours {
                let fill = bar_fill(&v, *c);
                assert!(contrast(bar_text(&v), fill) >= 4.5, "{c:?} on {theme}");
            }
        }
        // Not washed out: a dark-theme blue bar keeps some colour.
        let v = Visuals::dark();
        assert_ne!(
            bar_fill(&v, crate::ui::style::CLASS_COLORS[0]),
            v.extreme_bg_color
        );
    }

    #[test]
    fn signs_have_their_colours() {
        let v = Visuals::dark();
        assert_eq!(signed(&v, 1.0), tone(&v, Tone::Positive));
        assert_eq!(signed(&v, -1.0), tone(&v, Tone::Negative));
        assert_eq!(signed(&v, 0.0), v.text_color());
        assert_ne!(tone(&v, Tone::Ok), tone(&Visuals::light(), Tone::Ok));
    }
}
