//! The guide, the tooltips and the Step view speak Chinese: in Simplified and Traditional
//! Chinese the guide's loop and glossary, a setting's tooltip and the Step view's walk
//! through one step are shown in that language, and their English is not.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, step_until, wait_for_data};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use layerlab::i18n::{message_in, Language};
use layerlab::ui::help_texts::{self as help, Setting};
use layerlab::ui::Tab;
use layerlab::window::LabApp;

type H = Harness<'static, LabApp>;

fn msg(language: Language, key: &str) -> String {
    message_in(language, key).unwrap_or_else(|| panic!("{}: {key}", language.tag()))
}

/// Whether some node has `tip` as its description (egui's tooltip text).
fn shows_tip(h: &H, tip: &str) -> bool {
    let tip = tip.to_owned();
    h.query_all_by(move |n| n.description().as_deref() == Some(tip.as_str()))
        .next()
        .is_some()
}

/// The window with its data ready, speaking `language`. Glyphs the window's fonts lack are
/// drawn as boxes: this checks the words, the fonts have their own tests.
fn in_language(language: Language) -> H {
    let mut h = harness();
    h.ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    wait_for_data(&mut h);
    h.state_mut().ui.prefs.language = Some(language);
    h.run_steps(3);
    h
}

fn guide_and_tooltips(language: Language, words: [&str; 3]) {
    let mut h = in_language(language);
    // A setting's tooltip, in the language and not in English.
    let speed = msg(language, "words-setting-speed.tip");
    assert!(speed.contains(words[0]), "{speed}");
    assert!(
        shows_tip(&h, &speed),
        "the speed's tooltip in {}",
        language.tag()
    );
    let english = msg(Language::English, "words-setting-speed.tip");
    assert!(
        !shows_tip(&h, &english),
        "the speed's tooltip is still English"
    );
    // The layer kinds' tooltips too (the stack shows Dense and ReLU).
    let relu = msg(language, "words-kind-relu");
    assert!(
        h.query_all_by(|n| n.description().is_some_and(|d| d.starts_with(&relu)))
            .next()
            .is_some(),
        "a ReLU layer explained in {}",
        language.tag()
    );

    // The guide: its title, the loop, the glossary.
    h.state_mut().ui.views.show_guide = true;
    h.run_steps(3);
    h.get_by_label(&msg(language, "words-guide-title"));
    h.get_by_label(&format!("3. {}", msg(language, "words-guide-loss")));
    h.get_by_label(&msg(language, "words-guide-backprop.text"));
    h.get_by_label(&msg(language, "words-glossary-dead-relu.text"));
    assert!(
        h.query_all_by_label_contains(words[1]).next().is_some(),
        "{} in the guide",
        words[1]
    );
    assert!(h.query_by_label("3. Tasting is the loss").is_none());
    assert!(h.query_by_label("Glossary").is_none());

    // The table's rows follow the language.
    layerlab::i18n::set_language(language);
    let row = Setting::Loss.help();
    let loss_tip = help::loss(&layerlab::model::LossKind::Mse);
    layerlab::i18n::set_language(Language::English);
    assert!(row.tip.contains(words[2]), "{}", row.tip);
    assert_eq!(loss_tip, msg(language, "words-loss-mse"));
}

#[test]
fn the_guide_and_the_tooltips_in_simplified_chinese() {
    guide_and_tooltips(Language::SimplifiedChinese, ["训练", "调料", "尝"]);
}

#[test]
fn the_guide_and_the_tooltips_in_traditional_chinese() {
    guide_and_tooltips(Language::TraditionalChinese, ["訓練", "調料", "嘗"]);
}

fn one_step(language: Language, zh: [&str; 2]) {
    let mut h = in_language(language);
    h.state_mut().ui.tab = Tab::Step;
    h.run_steps(3);
    h.get_by_label(&msg(language, "words-step-empty-title"));
    assert!(h.query_by_label("One step, slowly").is_none());
    let trace = msg(language, "words-step-trace");
    let tip = msg(language, "words-step-trace-tip");
    assert!(
        h.query_all_by(|n| n.label().as_deref() == Some(trace.as_str())
            && n.description().as_deref() == Some(tip.as_str()))
            .next()
            .is_some(),
        "the trace button and its tooltip in {}",
        language.tag()
    );
    h.get_by_label(&trace).click();
    step_until(&mut h, 60, "a trace", |a| {
        a.state.training.insight.trace.is_some()
    });
    h.run_steps(2);
    h.get_by_label(&msg(language, "words-step-input"));
    h.get_by_label(&msg(language, "words-step-show-all"))
        .click();
    h.run_steps(3);
    h.get_by_label(&msg(language, "words-step-loss"));
    assert!(h.query_by_label("Tasting: the loss").is_none());
    for text in zh {
        assert!(
            h.query_all_by_label_contains(text).next().is_some(),
            "{text} in the Step view"
        );
    }
    // Adam's worked update, with the formula in the language.
    assert!(
        h.query_all_by_label_contains("m = β1 × ").next().is_some(),
        "Adam's formula"
    );
    assert!(h
        .query_all_by_label_contains("Adam keeps two memories")
        .next()
        .is_none());
}

#[test]
fn one_step_in_simplified_chinese() {
    one_step(
        Language::SimplifiedChinese,
        ["调整配方：第 1 层", "Adam 给每个权重记两样东西"],
    );
}

#[test]
fn one_step_in_traditional_chinese() {
    one_step(
        Language::TraditionalChinese,
        ["調整配方：第 1 層", "Adam 給每個權重記兩樣東西"],
    );
}
