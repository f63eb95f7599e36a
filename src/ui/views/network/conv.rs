//! Inside a convolutional network: each convolution's kernels as small pictures, and for
//! one chosen training sample the feature maps after each convolution and pooling layer.
//!
//! Kernels come from the weight snapshot (or, for layers not trained yet, from the
//! starting weights of a traced step); feature maps from a step trace of the sample, which
//! the worker or a look job computes ([`InsightCommand::TraceSample`]). Each row of
//! pictures is one texture, rebuilt only when new weights or a new trace arrive.

use super::maps::diverging;
use crate::app::insight::InsightCommand;
use crate::app::{Command, LabState};
use crate::i18n::Language;
use crate::model::{LayerInfo, LayerSpec, Resolved, Shape, Weights};
use crate::tr;
use crate::train::StepTrace;
use crate::ui::views::class_name;
use crate::ui::widgets;
use egui::{Color32, ColorImage, RichText, TextureHandle, TextureOptions, Ui};

/// Most pictures drawn per row (channels beyond are left out, and said so).
const MAX_TILES: usize = 32;

/// One row of small pictures sharing one texture.
#[derive(Clone)]
pub struct Row {
    /// What the row shows ("Kernels of layer 1 (Conv2d 8@3x3 pad 1)").
    pub title: String,
    /// Alt text of each picture, in order.
    pub names: Vec<String>,
    /// Total pictures the layer has (more than drawn when wide).
    pub total: usize,
    texture: TextureHandle,
    tile: [usize; 2],
}

/// The panel's choices and cached pictures.
#[derive(Clone, Default)]
pub struct ConvState {
    /// The training sample whose feature maps are shown.
    pub sample: usize,
    /// Kernel rows and the (weights version, state version, kept flags) they show.
    kernels: Option<(KernelKey, Vec<Row>)>,
    /// Feature-map rows (the sample's picture first) and the trace version they show.
    features: Option<(u64, Vec<Row>)>,
    /// The sample, network and training moment a trace was last asked for.
    asked: Option<(usize, Vec<String>, u64)>,
    /// The language the rows' titles and names are written in.
    language: Option<Language>,
}

type KernelKey = (u64, u64, u64, Vec<String>);

impl std::fmt::Debug for ConvState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConvState")
            .field("sample", &self.sample)
            .finish_non_exhaustive()
    }
}

impl ConvState {
    /// Titles of the kernel rows drawn.
    pub fn kernel_rows(&self) -> Vec<String> {
        self.kernels
            .as_ref()
            .map(|(_, r)| r.iter().map(|r| r.title.clone()).collect())
            .unwrap_or_default()
    }

    /// Titles of the feature-map rows drawn (the sample's own picture first).
    pub fn feature_rows(&self) -> Vec<String> {
        self.features
            .as_ref()
            .map(|(_, r)| r.iter().map(|r| r.title.clone()).collect())
            .unwrap_or_default()
    }
}

/// How a layer is written in the trace (the head as "Output …").
fn trace_label(l: &LayerInfo) -> String {
    if l.is_head {
        // i18n-ignore: matched against the worker's trace labels, never shown
        format!("Output {}", l.spec)
    } else {
        l.spec.to_string()
    }
}

/// Whether a trace was made with the network as it is now.
fn trace_fits(t: &StepTrace, net: &Resolved) -> bool {
    let input = net.layers.first().map_or(0, |l| l.input.numel());
    t.input.len() == input
        && t.layers.len() == net.layers.len()
        && t.layers
            .iter()
            .zip(&net.layers)
            .all(|(a, b)| a.label == trace_label(b))
}

/// The panel.
pub fn show(
    ui: &mut Ui,
    state: &LabState,
    cs: &mut ConvState,
    net: &Resolved,
    weights: Option<&Weights>,
    kept: &[bool],
    out: &mut Vec<Command>,
) {
    let insight = &state.training.insight;
    let Some(ds) = state.data.dataset.as_deref() else {
        return;
    };
    let rows = ds.train.rows;
    if rows == 0 {
        return;
    }
    cs.sample = cs.sample.min(rows - 1);
    // The pictures' titles are words: rebuilt when the language changes.
    let language = crate::i18n::language();
    if cs.language != Some(language) {
        cs.language = Some(language);
        cs.kernels = None;
        cs.features = None;
    }
    let keyed: Vec<String> = net.layers.iter().map(trace_label).collect();
    let trace = insight
        .trace
        .as_ref()
        .filter(|t| !t.from_test && t.sample == cs.sample && trace_fits(t, net));

    // Ask for the sample's trace: once per sample, network and epoch (every step when idle).
    let t = &state.training;
    let moment = if t.phase.is_active() {
        u64::from(t.epoch)
    } else {
        t.step
    };
    let asked = (cs.sample, keyed.clone(), moment);
    let blocked = !t.phase.is_active() && state.train_blocker().is_some();
    if cs.asked.as_ref() != Some(&asked) && insight.trace_pending.is_none() && !blocked {
        out.push(Command::Insight(InsightCommand::TraceSample(cs.sample)));
        cs.asked = Some(asked);
    }

    // Kernels: trained weights where the layer is unchanged, else the trace's start.
    let kkey: KernelKey = (
        insight.weights_version,
        t.state_version,
        trace.map_or(0, |_| insight.trace_version),
        keyed
            .iter()
            .zip(kept.iter().chain(std::iter::repeat(&false)))
            .map(|(l, k)| format!("{l}{k}"))
            .collect(),
    );
    if cs.kernels.as_ref().is_none_or(|(k, _)| *k != kkey) {
        let rows = kernel_rows(ui.ctx(), net, weights, kept, trace);
        cs.kernels = Some((kkey, rows));
    }
    if let Some(t) = trace {
        if cs
            .features
            .as_ref()
            .is_none_or(|(v, _)| *v != insight.trace_version)
        {
            let rows = feature_rows(ui.ctx(), net, t);
            cs.features = Some((insight.trace_version, rows));
        }
    }

    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("views-conv-title")).strong().size(16.0));
        ui.separator();
        ui.label(tr!("views-conv-sample-label"));
        let stepper = tr!("views-conv-sample-stepper");
        if let Some(v) = widgets::stepper(ui, &stepper, cs.sample, 0, rows - 1) {
            cs.sample = v;
        }
        let yd = ds.task.target_dim().max(1);
        if let Some(&y) = ds.train.y.get(cs.sample * yd) {
            if ds.task.is_classification() {
                ui.label(tr!(
                    "views-conv-sample-class",
                    class = class_name(state, y.max(0.0) as usize)
                ));
            }
        }
        if insight.trace_pending.is_some() {
            ui.spinner();
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("conv-panel")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some((_, rows)) = &cs.kernels {
                for r in rows {
                    row(ui, r, 44.0);
                }
            }
            match (&cs.features, trace) {
                (Some((_, rows)), Some(_)) => {
                    for r in rows {
                        row(ui, r, 64.0);
                    }
                }
                _ => {
                    ui.label(
                        RichText::new(if blocked {
                            tr!("views-conv-blocked")
                        } else {
                            tr!("views-conv-computing")
                        })
                        .weak(),
                    );
                }
            }
        });
}

/// One row: its title, then its pictures side by side.
fn row(ui: &mut Ui, r: &Row, size: f32) {
    let more = if r.total > r.names.len() {
        format!(
            " {}",
            tr!(
                "views-conv-first-of",
                shown = r.names.len(),
                total = r.total
            )
        )
    } else {
        String::new()
    };
    ui.label(RichText::new(format!("{}{more}", r.title)).strong());
    let n = r.names.len().max(1) as f32;
    let [tw, th] = r.tile;
    let h = size * th as f32 / tw.max(th).max(1) as f32;
    let w = size * tw as f32 / tw.max(th).max(1) as f32;
    ui.horizontal_wrapped(|ui| {
        for (i, name) in r.names.iter().enumerate() {
            let uv = egui::Rect::from_min_max(
                egui::pos2(i as f32 / n, 0.0),
                egui::pos2((i as f32 + 1.0) / n, 1.0),
            );
            ui.add(
                egui::Image::new((r.texture.id(), egui::vec2(w, h)))
                    .uv(uv)
                    .alt_text(name.clone()),
            )
            .on_hover_text(name.clone());
        }
    });
    ui.add_space(4.0);
}

/// Pictures side by side in one texture (each `tile` pixels), a 1-pixel gap excluded.
fn strip(
    ctx: &egui::Context,
    name: &str,
    tile: [usize; 2],
    tiles: &[Vec<Color32>],
) -> TextureHandle {
    let [tw, th] = tile;
    let n = tiles.len().max(1);
    let w = tw * n;
    let mut px = vec![Color32::WHITE; w * th];
    for (i, t) in tiles.iter().enumerate() {
        for y in 0..th {
            for x in 0..tw {
                if let Some(p) = t.get(y * tw + x) {
                    px[y * w + i * tw + x] = *p;
                }
            }
        }
    }
    ctx.load_texture(name, ColorImage::new([w, th], px), TextureOptions::NEAREST)
}

/// The largest magnitude among finite values (at least a tiny number).
fn max_abs(v: &[f32]) -> f32 {
    v.iter()
        .filter(|x| x.is_finite())
        .fold(1e-9f32, |m, x| m.max(x.abs()))
}

/// The kernel rows: one per convolution layer, one picture per filter (the mean over its
/// input channels when there are several), blue positive and red negative.
fn kernel_rows(
    ctx: &egui::Context,
    net: &Resolved,
    weights: Option<&Weights>,
    kept: &[bool],
    trace: Option<&StepTrace>,
) -> Vec<Row> {
    let mut out = Vec::new();
    for (li, l) in net.layers.iter().enumerate() {
        let LayerSpec::Conv2d {
            filters, kernel, ..
        } = l.spec
        else {
            continue;
        };
        let trained = kept.get(li).copied().unwrap_or(false);
        let values: Option<&[f32]> = if trained {
            weights
                .and_then(|w| w.layers.get(li))
                .and_then(|lw| lw.params.iter().find(|p| p.name == "weight"))
                .map(|p| p.values.as_slice())
        } else {
            trace
                .and_then(|t| t.layers.get(li))
                .and_then(|tl| tl.params.iter().find(|p| p.name == "weight"))
                .map(|p| p.value.as_slice())
        };
        let c_in = l.input.channels().0.max(1);
        let kk = kernel * kernel;
        let Some(values) = values.filter(|v| v.len() == filters * c_in * kk) else {
            continue;
        };
        let max = max_abs(values);
        let shown = filters.min(MAX_TILES);
        let tiles: Vec<Vec<Color32>> = (0..shown)
            .map(|f| {
                (0..kk)
                    .map(|p| {
                        let sum: f32 = (0..c_in).map(|c| values[f * c_in * kk + c * kk + p]).sum();
                        diverging(sum / c_in as f32, max)
                    })
                    .collect()
            })
            .collect();
        let what = tr!(
            "views-conv-layer",
            layer = li + 1,
            spec = l.spec.to_string()
        );
        out.push(Row {
            title: tr!(
                "views-conv-kernels",
                what = what,
                mean = if c_in > 1 {
                    tr!("views-conv-mean-over", channels = c_in)
                } else {
                    String::new()
                },
                untrained = if trained {
                    String::new()
                } else {
                    tr!("views-conv-untrained")
                }
            ),
            names: (0..shown)
                .map(|f| tr!("views-conv-kernel", n = f + 1, what = what))
                .collect(),
            total: filters,
            texture: strip(ctx, &format!("kernels-{li}"), [kernel, kernel], &tiles),
            tile: [kernel, kernel],
        });
    }
    out
}

/// The layers whose output the feature maps show: each convolution (after its activation
/// when one follows) and each pooling layer.
fn feature_layers(net: &Resolved) -> Vec<usize> {
    let mut out = Vec::new();
    for (li, l) in net.layers.iter().enumerate() {
        match l.spec {
            LayerSpec::Conv2d { .. } => {
                let act = matches!(
                    net.layers.get(li + 1).map(|n| &n.spec),
                    Some(LayerSpec::Act(_))
                );
                out.push(if act { li + 1 } else { li });
            }
            LayerSpec::MaxPool2d { .. } | LayerSpec::AvgPool2d { .. } => out.push(li),
            _ => {}
        }
    }
    out.dedup();
    out
}

/// The sample's own picture, then its feature maps after each convolution and pooling.
fn feature_rows(ctx: &egui::Context, net: &Resolved, t: &StepTrace) -> Vec<Row> {
    let mut out = Vec::new();
    if let Some(Shape::Image { c, h, w }) = net.layers.first().map(|l| l.input) {
        if t.input.len() == c * h * w {
            // Grey pictures of the input channels, darkest at the smallest value.
            let (lo, hi) = t
                .input
                .iter()
                .filter(|v| v.is_finite())
                .fold((f32::MAX, f32::MIN), |(l, u), &v| (l.min(v), u.max(v)));
            let span = (hi - lo).max(1e-9);
            let shown = c.min(MAX_TILES);
            let tiles: Vec<Vec<Color32>> = (0..shown)
                .map(|ch| {
                    t.input[ch * h * w..(ch + 1) * h * w]
                        .iter()
                        .map(|&v| Color32::from_gray((255.0 * (v - lo) / span) as u8))
                        .collect()
                })
                .collect();
            out.push(Row {
                title: tr!("views-conv-training-sample", sample = t.sample),
                names: (0..shown)
                    .map(|ch| {
                        tr!(
                            "views-conv-sample-channel",
                            sample = t.sample,
                            channel = ch + 1
                        )
                    })
                    .collect(),
                total: c,
                texture: strip(ctx, "conv-sample", [w, h], &tiles),
                tile: [w, h],
            });
        }
    }
    for li in feature_layers(net) {
        let (Some(l), Some(tl)) = (net.layers.get(li), t.layers.get(li)) else {
            continue;
        };
        let Shape::Image { c, h, w } = l.output else {
            continue;
        };
        if tl.output.len() != c * h * w || h * w == 0 {
            continue;
        }
        let max = max_abs(&tl.output);
        let shown = c.min(MAX_TILES);
        let tiles: Vec<Vec<Color32>> = (0..shown)
            .map(|ch| {
                tl.output[ch * h * w..(ch + 1) * h * w]
                    .iter()
                    .map(|&v| diverging(v, max))
                    .collect()
            })
            .collect();
        let group = if matches!(l.spec, LayerSpec::Act(_)) && li > 0 {
            tr!(
                "views-conv-layer-act",
                layer = li + 1,
                spec = net.layers[li - 1].spec.to_string(),
                act = l.spec.to_string()
            )
        } else {
            tr!(
                "views-conv-layer",
                layer = li + 1,
                spec = l.spec.to_string()
            )
        };
        out.push(Row {
            title: tr!(
                "views-conv-feature-maps",
                group = group,
                c = c,
                h = h,
                w = w
            ),
            names: (0..shown)
                .map(|ch| tr!("views-conv-feature-map", n = ch + 1, layer = li + 1))
                .collect(),
            total: c,
            texture: strip(ctx, &format!("features-{li}"), [w, h], &tiles),
            tile: [w, h],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::app::editor::Preset;
    use crate::model::{Head, NetworkSpec};

    #[test]
    fn feature_maps_follow_each_convolution_and_pooling() {
        let net = NetworkSpec::new(Shape::Image { c: 1, h: 8, w: 8 }, Preset::Cnn.layers())
            .resolve(Head { units: 4 })
            .unwrap();
        // Conv(0) ReLU(1) MaxPool(2) Conv(3) ReLU(4) MaxPool(5) Flatten Dense ReLU, head.
        assert_eq!(feature_layers(&net), vec![1, 2, 4, 5]);
    }
}
