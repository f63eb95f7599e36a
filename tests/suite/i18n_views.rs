//! The insight views speak the window's language: the Judge, Boundary, Flow and Network
//! views show Chinese in zh-Hans and zh-Hant (and no longer their English words), and
//! English again when switched back.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::ui::{harness, wait_for_data};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use layerlab::data::{Dataset, Split, Task};
use layerlab::i18n::Language;
use layerlab::train::eval::Predictions;
use layerlab::train::metrics::classification;
use layerlab::train::{EvalDetail, EvalReport, Metrics};
use layerlab::ui::Tab;
use layerlab::window::LabApp;
use std::sync::Arc;

fn speak(h: &mut Harness<'static, LabApp>, language: Language) {
    h.state_mut().ui.prefs.language = Some(language);
    h.run_steps(3);
}

fn open(h: &mut Harness<'static, LabApp>, tab: Tab) {
    h.state_mut().ui.tab = tab;
    h.run_steps(3);
}

/// A harness with the default data loaded. Glyphs the window's fonts lack are drawn as
/// boxes: this checks the words, the fonts have their own tests.
fn ready() -> Harness<'static, LabApp> {
    let mut h = harness();
    h.ctx
        .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
    wait_for_data(&mut h);
    h
}

/// Four test samples of two classes, one of them wrong, as a finished evaluation.
fn judged(h: &mut Harness<'static, LabApp>) {
    let actual = [0usize, 0, 1, 1];
    let predicted = [0usize, 1, 1, 1];
    let labels: Vec<String> = vec!["cat".into(), "dog".into()];
    let test = Split {
        x: (0..8).map(|v| v as f32 / 10.0).collect(),
        y: actual.iter().map(|&a| a as f32).collect(),
        rows: 4,
    };
    let report = EvalReport {
        split: "test".into(),
        loss: 0.5,
        metrics: Metrics::Classification(classification(&predicted, &actual, &labels)),
        rows: 4,
    };
    let detail = EvalDetail {
        report,
        predictions: Predictions {
            outputs: vec![0.9, 0.1, 0.4, 0.6, 0.2, 0.8, 0.3, 0.7],
            width: 2,
            classes: predicted.to_vec(),
            row_loss: vec![0.1, 0.9, 0.2, 0.3],
        },
        worst: vec![1, 3],
    };
    let ds = Dataset {
        name: "pets".into(),
        feature_names: vec!["ears".into(), "tail".into()],
        input_shape: layerlab::model::Shape::Flat(2),
        task: Task::Classification { classes: labels },
        train: test.clone(),
        val: Split::default(),
        test,
        target_scale: Default::default(),
        plane: None,
    };
    let app = h.state_mut();
    app.state.data.dataset = Some(Arc::new(ds));
    let ins = &mut app.state.training.insight;
    ins.test = Some(detail.report.clone());
    ins.test_detail = Some(detail);
    ins.test_version += 1;
}

#[test]
fn the_judge_speaks_chinese() {
    let mut h = ready();
    judged(&mut h);
    open(&mut h, Tab::Judge);
    h.get_by_label("Accuracy");
    h.get_by_label("Confusion dog as dog");

    speak(&mut h, Language::SimplifiedChinese);
    h.get_by_label("准确率");
    h.get_by_label("混淆矩阵");
    h.get_by_label("做得最差的几道菜");
    h.get_by_label("在测试集上评估");
    h.get_by_label("cat 被判为 dog").click();
    h.run_steps(2);
    h.get_by_label("1 个样本实为 cat，却被判为 dog：");
    h.get_by_label("打开最差样本 1").click();
    h.run_steps(2);
    h.get_by_label("测试样本 #1");
    h.get_by_label("真实类别：cat");
    assert!(h.query_by_label("Accuracy").is_none());
    assert!(h.query_by_label("The worst dishes").is_none());
    assert!(h.query_by_label("Confusion dog as dog").is_none());

    speak(&mut h, Language::TraditionalChinese);
    h.get_by_label("準確率");
    h.get_by_label("混淆矩陣");
    h.get_by_label("做得最差的幾道菜");
    h.get_by_label("測試樣本 #1");
    h.get_by_label("實際類別：cat");
    assert!(h.query_by_label("准确率").is_none());

    speak(&mut h, Language::English);
    h.get_by_label("Accuracy");
    h.get_by_label("It is: cat");
}

#[test]
fn boundary_flow_and_network_speak_chinese() {
    let mut h = ready();
    speak(&mut h, Language::SimplifiedChinese);

    open(&mut h, Tab::Boundary);
    h.get_by_label("还没有图");
    h.get_by_label("按当前权重显示");
    h.get_by_label("测试点");
    assert!(h.query_by_label("No map yet").is_none());
    assert!(h.query_by_label("Show for the current weights").is_none());

    open(&mut h, Tab::Flow);
    h.get_by_label("还没有梯度统计");
    h.get_by_label("显示梯度");
    h.get_by_label("显示权重");
    assert!(h.query_by_label("No gradient statistics yet").is_none());
    assert!(h.query_by_label("Show gradients").is_none());

    open(&mut h, Tab::Network);
    h.get_by_label_contains("尚未训练：图中是编辑器里搭好的网络");
    h.get_by_label_contains("第 1 列：Dense 8 · ReLU，8 个单元，尚未训练");
    h.get_by_label("输入神经元 1");
    h.get_by_label("网络显示梯度");
    h.get_by_label("点一个神经元");
    assert!(h
        .query_by_label_contains("Not trained yet: the drawing shows")
        .is_none());
    assert!(h.query_by_label("Input neuron 1").is_none());

    speak(&mut h, Language::TraditionalChinese);
    h.get_by_label_contains("尚未訓練：圖中是編輯器裡搭好的網路");
    h.get_by_label_contains("第 1 欄：Dense 8 · ReLU，8 個單元，尚未訓練");
    h.get_by_label("網路顯示梯度");
    open(&mut h, Tab::Flow);
    h.get_by_label("還沒有梯度統計");
    h.get_by_label("顯示權重");
    assert!(h.query_by_label("还没有梯度统计").is_none());
    // The Network view has asked for maps by now: the boundary may have one.
    open(&mut h, Tab::Boundary);
    h.get_by_label("測試點");
    assert!(h.query_by_label("测试点").is_none());

    speak(&mut h, Language::English);
    h.get_by_label("Test points");
}

#[test]
fn hover_texts_keep_their_lines() {
    for language in Language::ALL {
        for key in [
            "views-judge-hover",
            "views-flow-bar-tip",
            "views-flow-hover",
        ] {
            let text = layerlab::i18n::message_in(language, key).unwrap();
            assert!(text.contains('\n'), "{}: {key} = {text:?}", language.tag());
            assert!(!text.starts_with(char::is_whitespace), "{key} = {text:?}");
        }
    }
    let en = layerlab::i18n::message_in(Language::English, "views-flow-bar-tip").unwrap();
    assert_eq!(en.lines().count(), 6, "{en:?}");
}

/// A ghost run kept in English is named in Chinese once the window speaks Chinese (its
/// settings are kept, not only the words of the moment).
#[test]
fn ghost_runs_are_named_in_the_current_language() {
    use layerlab::app::insight::InsightCommand;
    use layerlab::app::Command;
    let mut h = harness();
    wait_for_data(&mut h);
    let mut config = h.state().state.config.clone();
    config.epochs = 2;
    h.state_mut().state.apply(Command::SetConfig(config));
    h.state_mut().state.apply(Command::Train);
    common::ui::step_until(&mut h, 60, "the run to end", |a| {
        a.state.training.epoch >= 2 && !a.state.training.phase.is_active()
    });
    h.state_mut()
        .state
        .apply(Command::Insight(InsightCommand::KeepGhost));
    h.run_steps(2);
    let ghost = h.state().state.training.insight.ghosts[0].clone();
    assert!(ghost.label.contains(" lr "), "{}", ghost.label);
    layerlab::i18n::set_language(Language::SimplifiedChinese);
    let zh = ghost.name();
    layerlab::i18n::set_language(Language::English);
    assert!(zh.contains("学习率") && !zh.contains(" lr "), "{zh}");
    assert_eq!(ghost.name(), ghost.label);
}
