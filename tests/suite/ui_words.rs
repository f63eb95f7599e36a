//! Plain words everywhere: every setting and layer kind carries its tooltip (checked through
//! the accessibility tree, where egui puts a tooltip as the widget's description), and the
//! Step view spells out the optimizer's own update — Adam's m and v with the formula — whose
//! numbers agree with the engine's real update for every optimizer.
#![cfg(feature = "window")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::data::xor;
use common::ui::{harness, step_until, wait_for_data};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::Harness;
use layerlab::app::Command;
use layerlab::data::{Dataset, Split, Task};
use layerlab::engine::Trainer;
use layerlab::model::{
    parse_layers, InitChoice, LayerSpec, LossKind, NetworkSpec, OptimizerKind, Schedule, Shape,
    TrainConfig,
};
use layerlab::train::insight::trace;
use layerlab::ui::help_texts::{self as help, SETTINGS};
use layerlab::ui::views::step_optim::{clip_scale, example_index, worked};
use layerlab::window::LabApp;
use std::collections::BTreeSet;

type H = Harness<'static, LabApp>;

/// Whether some node whose name or text contains `label` has `tip` as its description
/// (egui's tooltip text).
fn has_tip(h: &H, label: &str, tip: &str) -> bool {
    let (label, tip) = (label.to_string(), tip.to_string());
    h.query_all_by(move |n| {
        n.description().as_deref() == Some(tip.as_str())
            && (n.label().is_some_and(|l| l.contains(&label))
                || n.value().is_some_and(|v| v.contains(&label)))
    })
    .next()
    .is_some()
}

/// Records every setting of the table shown with its tooltip (the initializer's value is
/// labelled by what it means: "std dev", "limit ±", "value").
fn collect(h: &H, found: &mut BTreeSet<&'static str>) {
    for row in &SETTINGS {
        let label = match row.setting {
            help::Setting::InitValue => "std dev",
            _ => row.label,
        };
        if has_tip(h, label, row.tip) {
            found.insert(row.label);
        }
    }
}

fn set_config(h: &mut H, f: impl FnOnce(&mut TrainConfig)) {
    let mut cfg = h.state().state.config.clone();
    f(&mut cfg);
    h.state_mut().apply(Command::SetConfig(cfg));
    h.run_steps(2);
}

/// Opens the combo box named `name`, checks that every choice carries its own words, and
/// closes it again.
fn check_choices(h: &mut H, name: &str, choices: &[(&str, String)]) {
    h.get_by_role_and_label(Role::ComboBox, name).click();
    h.run_steps(2);
    for (label, tip) in choices {
        assert!(
            has_tip(h, label, tip),
            "the {name} choice {label} has no plain words"
        );
    }
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
}

#[test]
fn every_setting_and_layer_kind_has_its_plain_words() {
    let mut h = harness();
    wait_for_data(&mut h);
    let mut found = BTreeSet::new();
    collect(&h, &mut found);
    // Settings that appear only for some choices.
    type Variant = Box<dyn Fn(&mut TrainConfig)>;
    let variants: Vec<Variant> = vec![
        Box::new(|c| c.optimizer = OptimizerKind::ALL[1]),
        Box::new(|c| c.optimizer = OptimizerKind::ALL[4]),
        Box::new(|c| c.optimizer = OptimizerKind::ALL[5]),
        Box::new(|c| c.loss = Some(LossKind::Huber { delta: 1.0 })),
        Box::new(|c| {
            c.schedule = Schedule::Step {
                every: 10,
                gamma: 0.5,
            }
        }),
        Box::new(|c| c.schedule = Schedule::Exponential { gamma: 0.9 }),
        Box::new(|c| {
            c.schedule = Schedule::Cosine {
                epochs: 10,
                min_factor: 0.01,
            }
        }),
        Box::new(|c| c.init = InitChoice::Normal(0.1)),
    ];
    for v in variants {
        set_config(&mut h, v);
        collect(&h, &mut found);
        // Settings of a choice open beside it, behind ⚙.
        for popup in [
            "Optimizer settings",
            "Loss settings",
            "Schedule settings",
            "Initialization settings",
        ] {
            if h.query_by_label(popup).is_some() {
                h.get_by_label(popup).click();
                h.run_steps(2);
                collect(&h, &mut found);
                h.key_press(egui::Key::Escape);
                h.run_steps(2);
            }
        }
    }
    // The palette: every "Add …" button explains its kind.
    h.get_by_label("➕ Add layer").click();
    h.run_steps(2);
    for spec in &LayerSpec::palette() {
        let name = format!("Add {}", spec.name());
        let add = h.get_by_label(&name);
        // Dense and Conv2d add that their activation comes with them.
        let text = add.accesskit_node().description().unwrap_or_default();
        assert!(
            text.starts_with(&help::layer(spec)),
            "{}: {text}",
            spec.name()
        );
    }
    h.key_press(egui::Key::Escape);
    h.run_steps(2);

    // Every layer kind in the stack: its name carries what it does and what to try, and
    // its settings carry theirs.
    let kinds = LayerSpec::palette();
    for spec in &kinds {
        h.state_mut().apply(Command::AddLayer {
            at: 0,
            spec: spec.clone(),
        });
    }
    h.run_steps(2);
    collect(&h, &mut found);
    for spec in &kinds {
        assert!(
            has_tip(&h, spec.name(), &help::layer(spec)),
            "the layer {} has no tooltip",
            spec.name()
        );
    }
    let missing: Vec<&str> = SETTINGS
        .iter()
        .map(|r| r.label)
        .filter(|l| !found.contains(l))
        .collect();
    assert!(
        missing.is_empty(),
        "settings without their tooltip: {missing:?}"
    );

    // The choices of the combo boxes.
    set_config(&mut h, |c| *c = TrainConfig::default());
    let opts: Vec<(&str, String)> = OptimizerKind::ALL
        .iter()
        .map(|o| (o.name(), help::optimizer(o).to_string()))
        .collect();
    check_choices(&mut h, "Optimizer", &opts);
    let losses: Vec<(&str, String)> = LossKind::ALL
        .iter()
        .map(|l| (l.name(), help::loss(l).to_string()))
        .collect();
    check_choices(&mut h, "Loss", &losses);
    check_choices(
        &mut h,
        "Initialization",
        &[
            ("Auto", help::init(&InitChoice::Auto).to_string()),
            ("He normal", help::init(&InitChoice::HeNormal).to_string()),
            ("Zeros", help::init(&InitChoice::Zeros).to_string()),
        ],
    );
    check_choices(
        &mut h,
        "LR schedule",
        &[
            ("Constant", help::schedule(&Schedule::Constant).to_string()),
            (
                "Cosine",
                help::schedule(&Schedule::Cosine {
                    epochs: 1,
                    min_factor: 0.0,
                })
                .to_string(),
            ),
        ],
    );
}

#[test]
fn step_view_shows_adams_memory_and_formula() {
    let mut h = harness();
    wait_for_data(&mut h);
    assert_eq!(h.state().state.config.optimizer.name(), "Adam");
    // One epoch first, so Adam's memory holds earlier gradients.
    h.get_by_label("Step epoch").click();
    step_until(&mut h, 60, "one epoch", |a| a.state.training.epoch >= 1);
    h.get_by_label("Step tab").click();
    h.run_steps(2);
    h.get_by_label("Trace one step").click();
    step_until(&mut h, 60, "a trace", |a| {
        a.state.training.insight.trace.is_some()
    });
    h.run_steps(2);
    h.get_by_label("Show all").click();
    h.run_steps(3);
    let t = h.state().state.training.insight.trace.clone().unwrap();
    assert!(
        t.optimizer.step > 1,
        "the update number counts the epoch's updates"
    );
    let p = &t.layers[0].params[0];
    assert_eq!(
        p.memory_after.first.len(),
        p.value.len(),
        "m for every weight"
    );
    assert_eq!(
        p.memory_after.second.len(),
        p.value.len(),
        "v for every weight"
    );
    assert!(
        p.memory_before.first.iter().any(|m| *m != 0.0),
        "m remembers"
    );
    // The table has Adam's two memories, and the formula is spelled out with numbers.
    assert!(h.query_all_by_label("m").next().is_some(), "an m column");
    assert!(h.query_all_by_label("v").next().is_some(), "a v column");
    assert!(
        h.query_all_by_label_contains("m = β1 × m_old + (1 − β1) × g = 0.9")
            .next()
            .is_some(),
        "m = β1 × m_old + (1 − β1) × g = 0.9"
    );
    assert!(
        h.query_all_by_label_contains("v = β2 × v_old + (1 − β2) × g² = 0.999")
            .next()
            .is_some(),
        "v = β2 × v_old + (1 − β2) × g² = 0.999"
    );
    assert!(
        h.query_all_by_label_contains("bias corrections (update number t =")
            .next()
            .is_some(),
        "bias corrections (update number t ="
    );
    assert!(
        h.query_all_by_label_contains("change = −lr × corrected m")
            .next()
            .is_some(),
        "change = −lr × corrected m"
    );
    assert!(
        h.query_all_by_label_contains("Adam keeps two memories per weight")
            .next()
            .is_some(),
        "Adam keeps two memories per weight"
    );
}

fn xor_ds() -> Dataset {
    Dataset {
        name: "xor".into(),
        feature_names: vec!["a".into(), "b".into()],
        input_shape: Shape::Flat(2),
        task: Task::Classification {
            classes: vec!["same".into(), "different".into()],
        },
        train: xor(200, 1),
        val: Split::default(),
        test: xor(50, 2),
        target_scale: Default::default(),
        plane: None,
    }
}

/// The formula the Step view shows gives the engine's real change, for every optimizer, with
/// L2, clipping and weight decay, including values whose gradient is 0.
#[test]
fn the_formula_shown_is_the_update_made() {
    let ds = xor_ds();
    let spec = NetworkSpec::new(
        Shape::Flat(2),
        parse_layers("dense:16,relu,dense:8,relu").unwrap(),
    );
    let mut zero_grad_moves = 0;
    for opt in OptimizerKind::ALL {
        for (l2, clip) in [(0.0, None), (0.001, Some(1e-4))] {
            let cfg = TrainConfig {
                optimizer: opt,
                lr: opt.default_lr(),
                batch_size: 16,
                l2,
                grad_clip: clip,
                ..Default::default()
            };
            let mut tr: Trainer = Trainer::new(&spec, &ds.task, &cfg).unwrap();
            for e in 0..3 {
                tr.train_epoch(&ds.train, e).unwrap();
            }
            let t = trace(&tr, &ds, 5, cfg.lr as f64).unwrap();
            assert_eq!(t.optimizer.kind, Some(opt));
            let scale = clip_scale(&t);
            if clip.is_some() {
                assert!(scale < 1.0, "{}: the tiny clip limit applies", opt.name());
            }
            for l in &t.layers {
                for p in &l.params {
                    for k in 0..p.value.len() {
                        let w = worked(&t.optimizer, p, k, t.lr, scale);
                        let real = p.update[k] as f64;
                        let tol = 1e-4 * real.abs().max(1e-6) + 1e-7;
                        assert!(
                            (w.change - real).abs() <= tol.max(real.abs() * 2e-3),
                            "{} l2 {l2} clip {clip:?}: {}[{k}] formula {} vs real {real}\n{}",
                            opt.name(),
                            p.name,
                            w.change,
                            w.lines.join("\n")
                        );
                        if p.grad[k] == 0.0 && p.update[k] != 0.0 {
                            zero_grad_moves += 1;
                        }
                    }
                    let k = example_index(p);
                    if p.grad
                        .iter()
                        .zip(&p.update)
                        .any(|(g, u)| *g == 0.0 && *u != 0.0)
                    {
                        assert_eq!(p.grad[k], 0.0, "the worked example is the puzzling one");
                    }
                }
            }
        }
    }
    assert!(zero_grad_moves > 0, "some dead ReLU weight still moved");
}
