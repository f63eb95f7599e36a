//! Fonts of the window: the bundled CJK and Arabic subsets are installed behind egui's own
//! fonts, so Chinese (Simplified and Traditional), Japanese, Korean, Cyrillic, Greek and
//! Arabic text has glyphs; a CSV with such column and class names shows them in the Data tab.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui::{FontFamily, FontId};
use egui_kittest::kittest::Queryable;
use layerlab::ui::fonts::{ARABIC_FONT, CJK_FONT};

/// A sample of each script, with the font that must draw it (`None`: egui's own).
const SAMPLES: &[(&str, &str, Option<&str>)] = &[
    ("Simplified Chinese", "数据", Some(CJK_FONT)),
    ("Traditional Chinese", "資料", Some(CJK_FONT)),
    ("Japanese", "ひらがな カタカナ", Some(CJK_FONT)),
    ("Korean", "한국어", Some(CJK_FONT)),
    ("CJK punctuation", "，。「」：", Some(CJK_FONT)),
    ("Cyrillic", "Привет", None),
    ("Greek", "Ελληνικά", None),
    ("Arabic", "مرحبا", Some(ARABIC_FONT)),
];

/// Whether the fonts of `family` in `ctx` have a glyph for every character of `s`
/// (spaces aside).
fn has_glyphs(ctx: &egui::Context, family: FontFamily, s: &str) -> bool {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    ctx.fonts_mut(|f| f.has_glyphs(&FontId::new(14.0, family), &s))
}

/// The names of the fonts of `family` that have `c`, in the order egui asks them.
fn fonts_with(ctx: &egui::Context, family: &FontFamily, c: char) -> Vec<String> {
    ctx.fonts_mut(|f| f.characters(family).get(&c).cloned().unwrap_or_default())
}

/// Runs one pass of `ctx` (fonts exist only after one), dropping its texture updates.
fn run_pass(ctx: &egui::Context, add: impl FnMut(&mut egui::Ui)) {
    let mut out = ctx.run_ui(egui::RawInput::default(), add);
    out.textures_delta.clear();
}

#[test]
fn a_plain_egui_context_has_no_cjk_glyphs_so_the_check_is_real() {
    let ctx = egui::Context::default();
    run_pass(&ctx, |_| {});
    assert!(!has_glyphs(&ctx, FontFamily::Proportional, "数据"));
    assert!(!has_glyphs(&ctx, FontFamily::Proportional, "한국어"));
    assert!(!has_glyphs(&ctx, FontFamily::Proportional, "مرحبا"));
    // egui's own fonts have Cyrillic and Greek.
    assert!(has_glyphs(&ctx, FontFamily::Proportional, "Привет"));
    assert!(has_glyphs(&ctx, FontFamily::Proportional, "Ελληνικά"));
}

#[test]
fn the_window_has_glyphs_for_every_script_in_both_families() {
    let mut h = harness();
    h.run_steps(2);
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        for (script, sample, font) in SAMPLES {
            assert!(
                has_glyphs(&h.ctx, family.clone(), sample),
                "{script} ({sample}) has no glyphs in {family:?}"
            );
            let first = sample.chars().next().unwrap();
            let with = fonts_with(&h.ctx, &family, first);
            match font {
                Some(name) => assert!(
                    with.iter().any(|n| n == name),
                    "{script}: {first} is not in {name}, only in {with:?}"
                ),
                // Cyrillic and Greek come from egui's default fonts, before the bundled ones.
                None => assert!(
                    with.first()
                        .is_some_and(|n| n != CJK_FONT && n != ARABIC_FONT),
                    "{script}: {first} is drawn by {with:?}"
                ),
            }
        }
    }
    // Latin keeps egui's font: the bundled CJK font (which has Latin letters too) comes last.
    assert_ne!(
        fonts_with(&h.ctx, &FontFamily::Proportional, 'A').first(),
        Some(&CJK_FONT.to_owned())
    );
}

#[test]
fn installing_the_fonts_and_the_first_layout_are_quick() {
    let ctx = egui::Context::default();
    let start = std::time::Instant::now();
    layerlab::ui::style::apply(&ctx);
    let installed = start.elapsed();
    run_pass(&ctx, |ui| {
        ui.label("数据 資料 ひらがな 한국어 Привет Ελληνικά مرحبا");
    });
    let took = start.elapsed();
    // For comparison: egui's own fonts only, text they can draw.
    let plain = egui::Context::default();
    let t0 = std::time::Instant::now();
    run_pass(&plain, |ui| {
        ui.label("data donnees Привет Ελληνικά");
    });
    eprintln!(
        "egui's fonts alone, first text laid out: {:?}",
        t0.elapsed()
    );
    eprintln!(
        "fonts installed in {installed:?}; with the first text in every script laid out: {took:?}"
    );
    // A few milliseconds in a release build; generous for a loaded debug test machine.
    assert!(took.as_secs_f64() < 5.0, "took {took:?}");
    assert!(has_glyphs(&ctx, FontFamily::Proportional, "数据"));
}

#[test]
fn a_csv_with_names_in_many_scripts_shows_them_in_the_data_tab() {
    let columns = [
        "长度",
        "寬度",
        "ながさ",
        "너비",
        "Длина",
        "Μήκος",
        "الطول",
        "类别",
    ];
    let classes = ["猫", "貓", "ねこ", "고양이", "кошка", "γάτα", "قطة"];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scripts.csv");
    let mut text = columns.join(",") + "\n";
    for i in 0..70 {
        let v: Vec<String> = (0..7)
            .map(|j| format!("{:.2}", (i * (j + 1)) % 13))
            .collect();
        text.push_str(&format!("{},{}\n", v.join(","), classes[i % classes.len()]));
    }
    std::fs::write(&path, text).unwrap();

    let mut h = harness();
    wait_for_data(&mut h);
    h.get_by_label("Data tab").click();
    h.run_steps(2);
    h.get_by_label("CSV file").click();
    h.run_steps(1);
    h.get_by_label("Path").click();
    h.run_steps(1);
    h.get_by_label("Path")
        .type_text(&path.display().to_string());
    h.run_steps(1);
    h.get_by_label("Load").click();
    h.run_steps(1);
    step_until(&mut h, 30, "the csv", |a| {
        a.state
            .data
            .dataset
            .as_ref()
            .is_some_and(|d| d.name.contains("scripts"))
    });
    h.run_steps(2);
    // The harness panics when it lays out a character no font has, so getting here means
    // every name was drawn with a real glyph; check the names are there and have glyphs.
    for name in columns {
        let _ = h
            .get_all_by_label(name)
            .next()
            .unwrap_or_else(|| panic!("column {name} is not shown"));
    }
    for class in classes {
        assert!(
            h.get_all_by_label(class).next().is_some(),
            "class {class} is not shown"
        );
    }
    for name in columns.iter().chain(&classes) {
        for c in name.chars() {
            assert!(
                h.ctx
                    .fonts_mut(|f| f.has_glyph(&FontId::proportional(15.0), c)),
                "no glyph for {c} of {name}"
            );
        }
    }
    let ds = h.state().state.data.dataset.clone().unwrap();
    assert_eq!(ds.task.num_classes(), classes.len());
}

#[test]
fn every_character_of_the_translations_has_a_glyph() {
    // Fails when a translation uses a character the bundled subset lacks: rerun
    // scripts/make_cjk_font.py, which adds every character of assets/i18n/*.ftl and
    // assets/lessons/*.ron.
    let ctx = egui::Context::default();
    layerlab::ui::style::apply(&ctx);
    run_pass(&ctx, |_| {});
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut missing = Vec::new();
    let entries = std::fs::read_dir(root.join("i18n"))
        .unwrap()
        .chain(std::fs::read_dir(root.join("lessons")).unwrap());
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl" && e != "ron") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for c in text
            .chars()
            .filter(|c| !c.is_control() && !c.is_whitespace())
        {
            if !ctx.fonts_mut(|f| f.has_glyph(&FontId::proportional(15.0), c)) {
                missing.push(format!("{c} (U+{:04X}) in {}", c as u32, path.display()));
            }
        }
    }
    missing.dedup();
    assert!(missing.is_empty(), "no glyph for: {missing:?}");
}

#[test]
fn arabic_words_are_drawn_right_to_left() {
    // "red flower": read right to left, وردة (flower) is on the right, حمراء on the left.
    let ctx = egui::Context::default();
    layerlab::ui::style::apply(&ctx);
    run_pass(&ctx, |_| {});
    let text = layerlab::ui::fonts::visual_order("وردة حمراء").into_owned();
    let galley = ctx.fonts_mut(|f| {
        f.layout_no_wrap(
            text.clone(),
            FontId::proportional(15.0),
            egui::Color32::WHITE,
        )
    });
    let glyphs: Vec<(char, f32)> = galley.rows[0]
        .glyphs
        .iter()
        .map(|g| (g.chr, g.pos.x))
        .collect();
    eprintln!("{text:?} drawn as {glyphs:?}");
    let x_of = |c: char| glyphs.iter().find(|g| g.0 == c).map(|g| g.1).unwrap();
    assert!(
        x_of('و') > x_of('ح'),
        "the first word must be on the right: {glyphs:?}"
    );
    // Within a word, the first letter is on the right too.
    assert!(
        x_of('و') > x_of('ة'),
        "letters of وردة must run right to left: {glyphs:?}"
    );
}

#[test]
fn visual_order_reverses_only_right_to_left_words() {
    use layerlab::ui::fonts::visual_order;
    assert_eq!(visual_order("数据 Привет 1.5"), "数据 Привет 1.5");
    // "red flower": the shaper reverses the letters of each word, so only the words swap.
    assert_eq!(visual_order("وردة حمراء"), "حمراء وردة");
    // Brackets are mirrored: "length (cm)".
    assert_eq!(visual_order("طول (سم)"), "(سم) طول");
    // Numbers and Latin inside keep their order.
    assert_eq!(visual_order("عمود 12"), "12 عمود");
    assert_eq!(visual_order("size الحجم"), "size الحجم");
}
