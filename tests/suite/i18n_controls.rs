//! The controls in Chinese: the menus, the Train button, the training panel's labels, the
//! names of losses and schedules, the layer editor, the status bar and presenter mode, in
//! Simplified and Traditional Chinese; English stays what it was.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, wait_for_data};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use layerlab::i18n::Language;
use layerlab::window::LabApp;

/// The window with its data ready, speaking `language`. Glyphs the window's fonts lack
/// are drawn as boxes: this checks the words, the fonts have their own tests.
fn speaking(language: Language, presenter: bool) -> Harness<'static, LabApp> {
    let mut h = harness();
    h.ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    h.state_mut().ui.prefs.look.presenter = presenter;
    h.state_mut().ui.prefs.language = Some(language);
    wait_for_data(&mut h);
    h.run_steps(2);
    h
}

fn shown(h: &Harness<'static, LabApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn shown_in_part(h: &Harness<'static, LabApp>, part: &str) -> bool {
    h.query_all_by_label_contains(part).next().is_some()
}

/// Whether a drop-down shows a choice containing `part`.
fn chosen(h: &Harness<'static, LabApp>, part: &str) -> bool {
    h.query_all_by(|n| n.value().is_some_and(|v| v.contains(part)))
        .next()
        .is_some()
}

/// Asserts that every word of `zh` is on screen and none of `en`.
fn check(h: &Harness<'static, LabApp>, zh: &[&str], en: &[&str]) {
    for w in zh {
        assert!(shown(h, w), "`{w}` is not shown");
    }
    for w in en {
        assert!(!shown(h, w), "`{w}` is still shown in English");
    }
}

/// English words of the menus and the training panel that must be gone in Chinese.
const ENGLISH: [&str; 12] = [
    "File",
    "Edit",
    "View",
    "Help",
    "Training",
    "Learning rate",
    "Optimizer",
    "Batch size",
    "Epochs",
    "Step batch",
    "Reset",
    "Loss tab",
];

#[test]
fn menus_and_training_panel_in_simplified_chinese() {
    let h = speaking(Language::SimplifiedChinese, false);
    check(
        &h,
        &[
            "文件",
            "编辑",
            "视图",
            "帮助",
            "学习率",
            "优化器",
            "批大小",
            "轮数",
            "随机种子",
            "单步一批",
            "重置",
            "速度",
            "损失标签页",
            "数据标签页",
            "对数刻度",
        ],
        &ENGLISH,
    );
    // The Train button is named in Chinese (the heading says 训练 too).
    h.get_by_role_and_label(Role::Button, "训练");
    assert!(h.query_by_role_and_label(Role::Button, "Train").is_none());
    // The loss chosen from the task, by its Chinese name; the schedule and initializer.
    assert!(
        chosen(&h, "自动（交叉熵）"),
        "the automatic loss is not in Chinese"
    );
    assert!(!chosen(&h, "Cross-entropy"));
    assert!(chosen(&h, "全速"), "the speed is not in Chinese");
    // The layer editor and the status bar.
    assert!(shown_in_part(&h, "参数总数："));
    assert!(
        shown(&h, "第 1 层神经元数"),
        "the units of layer 1 are not named in Chinese"
    );
    assert!(!shown(&h, "Layer 1 units"));
    assert!(
        shown(&h, "第 0 轮"),
        "the status bar's epoch is not in Chinese"
    );
}

#[test]
fn menus_and_training_panel_in_traditional_chinese() {
    let h = speaking(Language::TraditionalChinese, false);
    check(
        &h,
        &[
            "檔案",
            "編輯",
            "檢視",
            "說明",
            "學習率",
            "最佳化器",
            "批次大小",
            "輪數",
            "隨機種子",
            "單步一批",
            "重設",
            "損失分頁",
            "資料分頁",
        ],
        &ENGLISH,
    );
    h.get_by_role_and_label(Role::Button, "訓練");
    assert!(chosen(&h, "自動（交叉熵）"));
    assert!(shown_in_part(&h, "參數總數："));
    // Traditional, not Simplified.
    assert!(!shown(&h, "学习率") && !shown(&h, "文件"));
}

#[test]
fn the_file_menu_opens_in_chinese() {
    let mut h = speaking(Language::SimplifiedChinese, false);
    h.get_by_label("文件").click();
    h.run_steps(2);
    check(
        &h,
        &["新建", "另存为…", "退出"],
        &["New", "Save As…", "Quit"],
    );
    // Open and Save carry their shortcut in their name.
    assert!(shown_in_part(&h, "打开…"));
    assert!(shown_in_part(&h, "保存"));
    assert!(!shown_in_part(&h, "Open…"));
    // The Help window, in Traditional Chinese.
    h.state_mut().ui.prefs.language = Some(Language::TraditionalChinese);
    h.state_mut().ui.show_help = true;
    h.run_steps(3);
    assert!(
        shown(&h, "快速上手") && shown(&h, "鍵盤"),
        "the Help window is not in Chinese"
    );
    assert!(!shown(&h, "Getting started"));
}

#[test]
fn presenter_mode_in_chinese() {
    for (language, zh, en) in [
        (
            Language::SimplifiedChinese,
            ["数据集", "层", "添加层", "单步一批", "损失标签页"],
            ["Dataset", "Layers", "Add layer", "Step batch", "Loss tab"],
        ),
        (
            Language::TraditionalChinese,
            ["資料集", "層", "新增層", "單步一批", "損失分頁"],
            ["Dataset", "Layers", "Add layer", "Step batch", "Loss tab"],
        ),
    ] {
        let h = speaking(language, true);
        check(&h, &zh, &en);
        h.get_by_role_and_label(
            Role::Button,
            if language == Language::SimplifiedChinese {
                "训练"
            } else {
                "訓練"
            },
        );
    }
}

#[test]
fn english_stays_english() {
    let h = speaking(Language::English, false);
    check(
        &h,
        &[
            "File",
            "Learning rate",
            "Batch size",
            "Loss tab",
            "Layer 1 units",
        ],
        &["文件", "学习率", "檔案"],
    );
    h.get_by_role_and_label(Role::Button, "Train");
    assert!(chosen(&h, "Auto (Cross-entropy)"));
    assert!(chosen(&h, "full speed"));
}
