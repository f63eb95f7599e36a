//! The Data tab and the window's notices in Chinese: with the language set to Simplified or
//! Traditional Chinese, the Data tab's labels, the built-in dataset's name, the run's
//! phase and a notice made by the window's logic are shown in that language, and the
//! English words are not.
#![cfg(feature = "window")]

use crate::common;

use common::ui::{harness, wait_for_data};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use layerlab::app::Command;
use layerlab::i18n::Language;
use layerlab::ui::Tab;
use layerlab::window::LabApp;

/// A window on the Data tab with the default built-in data, speaking `language`.
fn data_tab_in(language: Language) -> Harness<'static, LabApp> {
    let mut h = harness();
    // The test machine has no font with Chinese characters; the words are checked through
    // the widgets' accessible labels, so boxes on screen are fine here.
    h.ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    wait_for_data(&mut h);
    h.state_mut().ui.prefs.language = Some(language);
    h.state_mut().ui.tab = Tab::Data;
    h.run_steps(3);
    h
}

/// Shows the notice of a refused prediction (no trained weights yet).
fn refused_prediction(h: &mut Harness<'static, LabApp>) -> String {
    h.state_mut()
        .state
        .apply(Command::PredictFile("/nonexistent/new.csv".into()));
    h.run_steps(2);
    h.state()
        .state
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

#[test]
fn the_data_tab_and_a_notice_speak_simplified_chinese() {
    let mut h = data_tab_in(Language::SimplifiedChinese);
    for zh in [
        "数据来源",
        "内置数据集",
        "CSV 文件",
        "数据集",
        "样本数",
        "噪声",
        "种子",
    ] {
        // A label and the widget it names share the words.
        assert!(h.query_all_by_label(zh).next().is_some(), "no {zh}");
    }
    // The built-in dataset in use (spiral) by its Chinese name and description.
    h.get_by_label_contains("两条相互缠绕的螺旋臂");
    h.get_by_label_contains("正在使用：螺旋");
    h.get_by_label("数据准备");
    h.get_by_label("就绪");
    for en in [
        "Data from",
        "Built-in dataset",
        "Noise",
        "Samples",
        "Preparation",
        "Ready",
    ] {
        assert!(h.query_by_label(en).is_none(), "{en} is still English");
    }
    assert!(h.query_by_label_contains("In use:").is_none());

    let notice = refused_prediction(&mut h);
    assert!(notice.starts_with("暂时无法预测：请先训练网络"), "{notice}");
    // Shown in the status bar.
    assert!(h
        .query_all_by_label_contains("暂时无法预测")
        .next()
        .is_some());
}

#[test]
fn the_data_tab_and_a_notice_speak_traditional_chinese() {
    let mut h = data_tab_in(Language::TraditionalChinese);
    for zh in [
        "資料來源",
        "內建資料集",
        "CSV 檔案",
        "資料集",
        "樣本數",
        "雜訊",
        "種子",
    ] {
        // A label and the widget it names share the words.
        assert!(h.query_all_by_label(zh).next().is_some(), "no {zh}");
    }
    h.get_by_label_contains("兩條相互纏繞的螺旋臂");
    h.get_by_label_contains("正在使用：螺旋");
    h.get_by_label("資料準備");
    h.get_by_label("就緒");
    for en in [
        "Data from",
        "Built-in dataset",
        "Noise",
        "Samples",
        "Preparation",
        "Ready",
    ] {
        assert!(h.query_by_label(en).is_none(), "{en} is still English");
    }
    // Taiwan's words, not Simplified characters run through a converter.
    assert!(h.query_by_label("数据来源").is_none());
    assert!(h.query_by_label("噪聲").is_none());

    let notice = refused_prediction(&mut h);
    assert!(notice.starts_with("暫時無法預測：請先訓練網路"), "{notice}");
    // Shown in the status bar.
    assert!(h
        .query_all_by_label_contains("暫時無法預測")
        .next()
        .is_some());
}

#[test]
fn english_stays_as_it_was() {
    let mut h = data_tab_in(Language::English);
    h.get_by_label("Data from");
    h.get_by_label_contains("In use: spiral — input 2, 2 classes;");
    h.get_by_label("Ready");
    let notice = refused_prediction(&mut h);
    assert_eq!(
        notice,
        "cannot predict yet: train the network first: there are no trained weights to export"
    );
}
