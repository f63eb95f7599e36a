//! The fonts of the window: egui's own (Latin, Cyrillic, Greek, emoji) and, behind them,
//! bundled subsets of Noto Sans CJK SC and Noto Sans Arabic (SIL OFL 1.1, see
//! assets/fonts/README.md), so column and class names from a CSV and the Chinese
//! translations draw whatever the language and whatever fonts the machine has.
//!
//! Order of the fallback chain, for both the proportional and the monospace family:
//!
//! 1. egui's default fonts (Ubuntu-Light or Hack, then its icon and emoji fonts): Latin,
//!    Cyrillic and Greek keep their look, and the emoji keep theirs.
//! 2. The bundled CJK subset (about 12 000 characters: GB2312, Big5 level 1, JIS level 1
//!    kanji, kana, the 2350 common Hangul syllables, CJK punctuation and fullwidth forms).
//! 3. The bundled Arabic subset (the Arabic block and its presentation forms).
//! 4. eframe's system font fallback (`NativeOptions::system_font_fallback`, on by
//!    default with eframe's `system_fonts` feature): asked only for a character that no
//!    font above has, e.g. a rare hanzi outside the subset, Devanagari or Thai.
//!
//! The bundled fonts come before the system ones so that the window looks the same on
//! every machine (one glyph style for all CJK text, no mix of two fonts inside a word),
//! works on machines without any CJK font (a fresh Linux install, a school PC), and
//! costs no font search at start-up; the system fallback still fills what the subset
//! lacks. egui reads a font only when a glyph is first asked for, so the cost at start
//! is putting the font bytes (compiled into the binary) in the font list.
//!
//! egui shapes each run of text of one font with harfrust, so Arabic letters join; it does
//! not reorder right-to-left text between runs, so [`visual_order`] reorders the words of a
//! string with Arabic or Hebrew in it before it is drawn.

use std::borrow::Cow;

use egui::{FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

/// The name of the bundled CJK font in egui's font list.
pub const CJK_FONT: &str = "NotoSansCJK-subset";
/// The name of the bundled Arabic font in egui's font list.
pub const ARABIC_FONT: &str = "NotoSansArabic-subset";

/// Noto Sans CJK SC 2.004, subset by scripts/make_cjk_font.py.
static CJK_BYTES: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJK-subset.otf");
/// Noto Sans Arabic, subset by scripts/make_cjk_font.py.
static ARABIC_BYTES: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-subset.ttf");

/// Adds the bundled fonts after egui's fonts in both families. Cheap to call again: egui
/// skips a font whose name it already has.
pub fn install(ctx: &egui::Context) {
    for (name, bytes) in [(CJK_FONT, CJK_BYTES), (ARABIC_FONT, ARABIC_BYTES)] {
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(bytes),
            [FontFamily::Proportional, FontFamily::Monospace]
                .into_iter()
                .map(|family| InsertFontFamily {
                    family,
                    priority: FontPriority::Lowest,
                })
                .collect(),
        ));
    }
}

/// Whether `c` is written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The mirror image of a bracket, as drawn in right-to-left text.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
}

/// `s` with its right-to-left words in display order, for egui, which lays out runs left
/// to right. A string without right-to-left letters comes back as it is.
///
/// egui's shaper already draws the letters of one Arabic word right to left (and joined),
/// so only the order of the words (and of the spaces and punctuation between them) in a
/// right-to-left stretch is reversed; numbers and Latin words inside keep their order. A
/// string that starts with a right-to-left letter is read as a right-to-left paragraph.
pub fn visual_order(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_rtl) {
        return Cow::Borrowed(s);
    }
    // Split into tokens: words of right-to-left letters, other words (Latin, digits), and
    // the neutral characters between them.
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Rtl,
        Ltr,
        Neutral,
    }
    let kind = |c: char| {
        if is_rtl(c) {
            Kind::Rtl
        } else if c.is_alphanumeric() {
            Kind::Ltr
        } else {
            Kind::Neutral
        }
    };
    let mut tokens: Vec<(Kind, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<Kind> = None;
    for (i, c) in s.char_indices() {
        let k = kind(c);
        match current {
            Some(cur) if cur != k => {
                tokens.push((cur, &s[start..i]));
                start = i;
            }
            _ => {}
        }
        current = Some(k);
    }
    if let Some(cur) = current {
        tokens.push((cur, &s[start..]));
    }
    let rtl_paragraph = tokens
        .iter()
        .find(|(k, _)| *k != Kind::Neutral)
        .is_some_and(|(k, _)| *k == Kind::Rtl);
    // Each token's direction: a neutral between two tokens of one direction takes it,
    // otherwise the paragraph's.
    let n = tokens.len();
    let dir: Vec<bool> = (0..n)
        .map(|i| match tokens[i].0 {
            Kind::Rtl => true,
            Kind::Ltr => false,
            Kind::Neutral => {
                let before = tokens[..i].iter().rev().find(|(k, _)| *k != Kind::Neutral);
                let after = tokens[i + 1..].iter().find(|(k, _)| *k != Kind::Neutral);
                match (before, after) {
                    (Some((a, _)), Some((b, _))) if a == b => *a == Kind::Rtl,
                    _ => rtl_paragraph,
                }
            }
        })
        .collect();
    // Group consecutive tokens of one direction; reverse the right-to-left groups token by
    // token (a neutral token reversed character by character), and in a right-to-left
    // paragraph reverse the order of the groups.
    let mut groups: Vec<String> = Vec::new();
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && dir[j] == dir[i] {
            j += 1;
        }
        let mut group = String::new();
        if dir[i] {
            for (k, t) in tokens[i..j].iter().rev() {
                if *k == Kind::Neutral {
                    group.extend(t.chars().rev().map(mirrored));
                } else {
                    group.push_str(t);
                }
            }
        } else {
            for (_, t) in &tokens[i..j] {
                group.push_str(t);
            }
        }
        groups.push(group);
        i = j;
    }
    if rtl_paragraph {
        groups.reverse();
    }
    Cow::Owned(groups.concat())
}
