//! The optimizer's own update in the Step view: its memory (Adam's m and v, the velocity of
//! SGD with momentum, RMSprop's running square) before and after the step, and its formula
//! worked out with the real numbers for one value, so that "gradient 0, change not 0" is
//! explained. The formulas are plain functions ([`worked`]) a test checks against the
//! engine's real update.

use crate::model::OptimizerKind;
use crate::numfmt::num;
use crate::tr;
use crate::train::insight::{TraceOptimizer, TraceParam};
use crate::train::StepTrace;
use crate::ui::style::{signed, warning};
use egui::{RichText, Ui};

/// Most values per parameter shown in the table.
const SHOW: usize = 8;

/// One value's update worked out: the formula lines with numbers, and the change the
/// formula gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Worked {
    /// Lines such as `m = β1 × m_old + (1 − β1) × g = 0.9 × 0.1 + 0.1 × 0 = 0.09`.
    pub lines: Vec<String>,
    /// The change the lines arrive at (new − old).
    pub change: f64,
}

/// The factor every gradient was scaled by before the update when clipping was on (1 when
/// the gradients were short enough or clipping was off), from the trace's gradients as the
/// engine computes it: the length of all gradients together.
pub fn clip_scale(trace: &StepTrace) -> f64 {
    let Some(max) = trace.optimizer.grad_clip else {
        return 1.0;
    };
    let norm = trace
        .layers
        .iter()
        .flat_map(|l| &l.params)
        .flat_map(|p| &p.grad)
        .map(|g| (*g as f64).powi(2))
        .sum::<f64>()
        .sqrt();
    if norm > max as f64 {
        max as f64 / norm
    } else {
        1.0
    }
}

/// The names of the optimizer's memory slots: (first, second), `None` when unused; in the
/// window's current language (Adam's `m` and `v` are symbols in every language).
pub fn memory_names(kind: &OptimizerKind) -> (Option<String>, Option<String>) {
    match kind {
        OptimizerKind::Sgd => (None, None),
        OptimizerKind::Momentum { .. } | OptimizerKind::Nesterov { .. } => {
            (Some(tr!("words-optim-velocity")), None)
        }
        OptimizerKind::Adam { .. } | OptimizerKind::AdamW { .. } => {
            (Some("m".to_owned()), Some("v".to_owned()))
        }
        OptimizerKind::RmsProp { .. } => (None, Some(tr!("words-optim-running-square"))),
        OptimizerKind::Adagrad { .. } => (None, Some(tr!("words-optim-sum-of-squares"))),
    }
}

/// What the optimizer remembers, in plain words.
pub fn memory_story(kind: &OptimizerKind) -> String {
    match kind {
        OptimizerKind::Sgd => tr!("words-optim-story-sgd"),
        OptimizerKind::Momentum { .. } | OptimizerKind::Nesterov { .. } => {
            tr!("words-optim-story-momentum")
        }
        OptimizerKind::Adam { .. } | OptimizerKind::AdamW { .. } => tr!("words-optim-story-adam"),
        OptimizerKind::RmsProp { .. } => tr!("words-optim-story-rmsprop"),
        OptimizerKind::Adagrad { .. } => tr!("words-optim-story-adagrad"),
    }
}

/// The optimizer's name as shown: the window's word for momentum, the names every language
/// keeps (SGD, Adam …) for the others.
pub fn optimizer_name(kind: &OptimizerKind) -> String {
    match kind {
        OptimizerKind::Momentum { .. } => tr!("words-optim-momentum-name"),
        other => other.name().to_owned(),
    }
}

fn at(v: &[f32], k: usize) -> f64 {
    v.get(k).copied().unwrap_or(0.0) as f64
}

fn n(x: f64) -> String {
    num(x as f32)
}

/// An operand: negative numbers in parentheses, so `0.1 × (-0.57)²` reads right.
fn o(x: f64) -> String {
    if x < 0.0 {
        format!("({})", n(x))
    } else {
        n(x)
    }
}

/// Works out the update of value `k` of `p` with the numbers of the trace: `lr` the learning
/// rate, `scale` the clipping factor ([`clip_scale`]).
pub fn worked(opt: &TraceOptimizer, p: &TraceParam, k: usize, lr: f64, scale: f64) -> Worked {
    let raw = at(&p.grad, k);
    let g = raw * scale;
    let w = at(&p.value, k);
    let (m0, m1) = (at(&p.memory_before.first, k), at(&p.memory_after.first, k));
    let (v0, v1) = (
        at(&p.memory_before.second, k),
        at(&p.memory_after.second, k),
    );
    let t = opt.step.max(1);
    let mut lines = Vec::new();
    if scale != 1.0 {
        lines.push(tr!(
            "words-optim-g-clip",
            raw = o(raw),
            scale = o(scale),
            g = n(g)
        ));
    } else {
        lines.push(tr!("words-optim-g", g = n(g)));
    }
    let lr_s = n(lr);
    let change = match opt.kind {
        None | Some(OptimizerKind::Sgd) => {
            let c = -lr * g;
            lines.push(tr!(
                "words-optim-sgd-change",
                lr = lr_s,
                g = o(g),
                change = n(c)
            ));
            c
        }
        Some(OptimizerKind::Momentum { momentum }) | Some(OptimizerKind::Nesterov { momentum }) => {
            let mu = momentum as f64;
            lines.push(tr!(
                "words-optim-velocity-line",
                mu = n(mu),
                old = o(m0),
                g = o(g),
                new = n(m1)
            ));
            if matches!(opt.kind, Some(OptimizerKind::Nesterov { .. })) {
                let c = -lr * (g + mu * m1);
                lines.push(tr!(
                    "words-optim-nesterov-change",
                    lr = lr_s,
                    g = o(g),
                    mu = n(mu),
                    v = o(m1),
                    change = n(c)
                ));
                c
            } else {
                let c = -lr * m1;
                lines.push(tr!(
                    "words-optim-momentum-change",
                    lr = lr_s,
                    v = o(m1),
                    change = n(c)
                ));
                c
            }
        }
        Some(OptimizerKind::Adam { beta1, beta2, eps })
        | Some(OptimizerKind::AdamW {
            beta1, beta2, eps, ..
        }) => {
            let (b1, b2, e) = (beta1 as f64, beta2 as f64, eps as f64);
            lines.push(tr!(
                "words-optim-adam-m",
                b = n(b1),
                old = o(m0),
                rest = n(1.0 - b1),
                g = o(g),
                new = n(m1)
            ));
            lines.push(tr!(
                "words-optim-adam-v",
                b = n(b2),
                old = o(v0),
                rest = n(1.0 - b2),
                g = o(g),
                new = n(v1)
            ));
            let c1 = 1.0 - b1.powf(t as f64);
            let c2 = 1.0 - b2.powf(t as f64);
            let (mh, vh) = (m1 / c1, v1 / c2);
            lines.push(tr!(
                "words-optim-adam-bias",
                t = t.to_string(),
                m = o(m1),
                cm = n(c1),
                mh = n(mh),
                v = o(v1),
                cv = n(c2),
                vh = n(vh)
            ));
            let mut c = -lr * mh / (vh.sqrt() + e);
            lines.push(tr!(
                "words-optim-adam-change",
                lr = lr_s,
                mh = o(mh),
                root = n(vh.sqrt()),
                eps = n(e),
                change = n(c)
            ));
            if let Some(OptimizerKind::AdamW { weight_decay, .. }) = opt.kind {
                if p.decays && weight_decay > 0.0 {
                    let d = -lr * weight_decay as f64 * w;
                    lines.push(tr!(
                        "words-optim-adamw-decay",
                        lr = lr_s,
                        decay = n(weight_decay as f64),
                        old = o(w),
                        d = n(d),
                        total = n(c + d)
                    ));
                    c += d;
                }
            }
            c
        }
        Some(OptimizerKind::RmsProp { alpha, eps }) => {
            let (a, e) = (alpha as f64, eps as f64);
            lines.push(tr!(
                "words-optim-rms-square",
                a = n(a),
                old = o(v0),
                rest = n(1.0 - a),
                g = o(g),
                new = n(v1)
            ));
            let c = -lr * g / (v1.sqrt() + e);
            lines.push(tr!(
                "words-optim-rms-change",
                lr = lr_s,
                g = o(g),
                root = n(v1.sqrt()),
                eps = n(e),
                change = n(c)
            ));
            c
        }
        Some(OptimizerKind::Adagrad { eps }) => {
            let e = eps as f64;
            lines.push(tr!(
                "words-optim-adagrad-sum",
                old = o(v0),
                g = o(g),
                new = n(v1)
            ));
            let c = -lr * g / (v1.sqrt() + e);
            lines.push(tr!(
                "words-optim-adagrad-change",
                lr = lr_s,
                g = o(g),
                root = n(v1.sqrt()),
                eps = n(e),
                change = n(c)
            ));
            c
        }
    };
    Worked { lines, change }
}

/// The value to work out: the first whose gradient is 0 while it still changes (the case
/// that needs explaining), else the first one.
pub fn example_index(p: &TraceParam) -> usize {
    p.grad
        .iter()
        .zip(&p.update)
        .position(|(g, u)| *g == 0.0 && *u != 0.0)
        .unwrap_or(0)
}

/// Draws the update of one layer's parameters.
pub fn show(
    ui: &mut Ui,
    trace: &StepTrace,
    params: &[TraceParam],
    index_name: impl Fn(usize, &[usize]) -> String,
) {
    let opt = &trace.optimizer;
    let kind = opt.kind.unwrap_or(OptimizerKind::Sgd);
    ui.label(tr!(
        "words-optim-header",
        lr = num(trace.lr as f32),
        optimizer = optimizer_name(&kind),
        step = opt.step.to_string()
    ));
    ui.label(memory_story(&kind));
    let mut notes = Vec::new();
    if opt.l1 > 0.0 || opt.l2 > 0.0 {
        notes.push(tr!("words-optim-penalty-note"));
    }
    let scale = clip_scale(trace);
    if scale != 1.0 {
        notes.push(tr!("words-optim-clip-note", scale = num(scale as f32)));
    }
    for note in notes {
        ui.label(RichText::new(note).italics());
    }
    let (first, second) = memory_names(&kind);
    for (pi, p) in params.iter().enumerate() {
        let name = super::step::param_name(&p.name);
        ui.label(
            RichText::new(tr!(
                "words-optim-param-title",
                name = name,
                shape = format!("{:?}", p.shape)
            ))
            .strong(),
        );
        egui::Grid::new(("update", pi, &p.name, p.value.len()))
            .striped(true)
            .show(ui, |ui| {
                let mut heads = vec![
                    String::new(),
                    tr!("words-optim-col-old"),
                    tr!("words-optim-col-gradient"),
                ];
                heads.extend(first.clone());
                heads.extend(second.clone());
                heads.extend([tr!("words-optim-col-change"), tr!("words-optim-col-new")]);
                for h in heads {
                    ui.label(RichText::new(h).strong());
                }
                ui.end_row();
                for k in 0..p.value.len().min(SHOW) {
                    let old = p.value[k];
                    let g = p.grad.get(k).copied().unwrap_or(0.0);
                    let ch = p.update.get(k).copied().unwrap_or(0.0);
                    ui.label(index_name(k, &p.shape));
                    ui.label(RichText::new(num(old)).monospace());
                    ui.label(
                        RichText::new(num(g))
                            .monospace()
                            .color(signed(ui.visuals(), g)),
                    );
                    if first.is_some() {
                        let m = p.memory_after.first.get(k).copied().unwrap_or(0.0);
                        ui.label(RichText::new(num(m)).monospace());
                    }
                    if second.is_some() {
                        let v = p.memory_after.second.get(k).copied().unwrap_or(0.0);
                        ui.label(RichText::new(num(v)).monospace());
                    }
                    ui.label(
                        RichText::new(num(ch))
                            .monospace()
                            .color(signed(ui.visuals(), ch)),
                    );
                    ui.label(RichText::new(num(old + ch)).monospace().strong());
                    ui.end_row();
                }
            });
        if p.value.len() > SHOW {
            ui.label(
                RichText::new(tr!("words-optim-more-values", n = p.value.len() - SHOW)).weak(),
            );
        }
        if p.value.is_empty() {
            continue;
        }
        let k = example_index(p);
        let w = worked(opt, p, k, trace.lr, scale);
        ui.label(
            RichText::new(tr!(
                "words-optim-worked",
                name = name,
                index = index_name(k, &p.shape)
            ))
            .strong(),
        );
        let g = p.grad.get(k).copied().unwrap_or(0.0);
        let ch = p.update.get(k).copied().unwrap_or(0.0);
        if g == 0.0 && ch != 0.0 {
            ui.label(RichText::new(tr!("words-optim-zero-grad")).color(warning(ui.visuals())));
        }
        for line in &w.lines {
            ui.label(RichText::new(crate::ui::widgets::plain(line)).monospace());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SlotValues;

    fn param() -> TraceParam {
        TraceParam {
            name: "weight".into(),
            shape: vec![1, 2],
            value: vec![0.5, -0.25],
            grad: vec![0.0, 0.2],
            update: vec![-0.001, -0.002],
            memory_before: SlotValues {
                first: vec![0.1, 0.05],
                second: vec![0.01, 0.02],
            },
            memory_after: SlotValues {
                first: vec![0.09, 0.065],
                second: vec![0.00999, 0.02002],
            },
            decays: true,
        }
    }

    #[test]
    fn adam_spells_out_m_v_and_the_bias_corrections() {
        let opt = TraceOptimizer {
            kind: Some(OptimizerKind::ALL[3]),
            step: 2,
            ..Default::default()
        };
        let w = worked(&opt, &param(), 0, 0.01, 1.0);
        let text = w.lines.join("\n");
        assert!(text.contains("g = gradient = 0"), "{text}");
        assert!(
            text.contains("m = β1 × m_old + (1 − β1) × g = 0.9000 × 0.1000 + 0.1000 × 0 = 0.0900"),
            "{text}"
        );
        assert!(text.contains("update number t = 2"), "{text}");
        // corrected m = 0.09 / (1 − 0.81) = 0.4737; corrected v = 0.00999 / (1 − 0.998001).
        assert!(text.contains("0.0900 / 0.1900 = 0.4737"), "{text}");
        let expected =
            -0.01 * (0.09 / 0.19) / ((0.00999f64 / (1.0 - 0.999f64.powi(2))).sqrt() + 1e-8);
        assert!(
            (w.change - expected).abs() < 1e-6,
            "{} vs {expected}",
            w.change
        );
        assert!(w.change != 0.0, "a zero gradient, a non-zero change");
        assert_eq!(
            example_index(&param()),
            0,
            "the puzzling value is the example"
        );
    }

    #[test]
    fn momentum_shows_the_velocity_and_rmsprop_the_running_square() {
        let p = param();
        let mom = TraceOptimizer {
            kind: Some(OptimizerKind::Momentum { momentum: 0.9 }),
            step: 3,
            ..Default::default()
        };
        let w = worked(&mom, &p, 1, 0.1, 1.0);
        assert!(
            w.lines[1].starts_with("velocity = momentum × velocity_old + g"),
            "{:?}",
            w.lines
        );
        assert!((w.change - -0.1 * 0.065).abs() < 1e-7);
        let rms = TraceOptimizer {
            kind: Some(OptimizerKind::RmsProp {
                alpha: 0.99,
                eps: 1e-8,
            }),
            ..Default::default()
        };
        let w = worked(&rms, &p, 1, 0.01, 1.0);
        assert!(
            w.lines[1].starts_with("running square = α × old"),
            "{:?}",
            w.lines
        );
        assert_eq!(
            memory_names(&OptimizerKind::ALL[5]),
            (None, Some("running square".to_owned()))
        );
        assert_eq!(
            memory_names(&OptimizerKind::ALL[3]),
            (Some("m".to_owned()), Some("v".to_owned()))
        );
        // Clipping shows the factor.
        let w = worked(&rms, &p, 1, 0.01, 0.5);
        assert!(w.lines[0].contains("× clip factor"), "{:?}", w.lines);
    }

    #[test]
    fn every_character_shown_has_a_glyph() {
        let ctx = egui::Context::default();
        let mut out = ctx.run_ui(Default::default(), |_| {});
        out.textures_delta.clear();
        let mut texts: Vec<String> = Vec::new();
        for kind in OptimizerKind::ALL {
            texts.push(memory_story(&kind));
            let opt = TraceOptimizer {
                kind: Some(kind),
                step: 1,
                grad_clip: Some(1.0),
                ..Default::default()
            };
            texts.extend(worked(&opt, &param(), 0, 0.01, 0.5).lines);
        }
        for row in &crate::ui::help_texts::SETTINGS {
            texts.push(row.tip.to_string());
            texts.push(row.label.to_string());
        }
        for spec in crate::model::LayerSpec::palette() {
            texts.push(crate::ui::help_texts::layer(&spec));
        }
        ctx.fonts_mut(|f| {
            // The check is real: a character the bundled fonts lack is reported.
            assert!(!f.has_glyph(&egui::FontId::proportional(14.0), 'ˣ'));
            for t in &texts {
                for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
                    let missing: String = t
                        .chars()
                        .filter(|c| {
                            !c.is_whitespace()
                                && !f.has_glyph(&egui::FontId::new(14.0, family.clone()), *c)
                        })
                        .collect();
                    assert!(
                        missing.is_empty(),
                        "no glyph for {missing:?} ({family:?}) in: {t}"
                    );
                }
            }
        });
    }
}
