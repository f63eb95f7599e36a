//! What every plot shares so that the back row of a room can read it: ticks at round
//! numbers (1, 2, 5 × 10ⁿ; whole numbers for steps and epochs) formatted for people by
//! [`crate::numfmt`], spaced for the current text size so no label is dropped; the legend
//! in a row above the plot, never over the data; and navigation that cannot lose the data
//! (the wheel scrolls the page, not the plot; drag pans, Ctrl+wheel zooms, a double-click
//! resets the view).

use egui::{Color32, Rangef, Sense, Stroke, Ui};
use egui_plot::{GridInput, GridMark, Plot};

/// How an axis counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Whole numbers (steps, epochs): ticks 1 apart at least, no decimals.
    Count,
    /// Plain values (loss, features, predictions).
    Value,
    /// The axis holds log₁₀ of the value; ticks read as the values (0.01, 0.1, 1).
    Log10,
    /// Fractions shown as percentages (0.5 reads "50 %").
    Percent,
}

/// Which axis a spacer is for (labels need room across on x, only a line's height on y).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// The horizontal axis.
    X,
    /// The vertical axis.
    Y,
}

/// The smallest grid spacing egui_plot is told (its `base_step_size` is this many points).
const GRID_MIN_PX: f32 = 8.0;
/// Most tick marks one axis produces (a guard against degenerate bounds).
const MAX_MARKS: usize = 200;

/// `plot` with readable axes (`x`, `y`), no wheel panning and double-click reset.
/// Tick spacing follows the body text size of `ui`, so large presenter fonts get fewer,
/// still legible ticks instead of dropped labels.
pub fn readable<'a>(plot: Plot<'a>, ui: &Ui, x: Scale, y: Scale) -> Plot<'a> {
    let font = ui
        .style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(14.0, |f| f.size);
    plot.allow_scroll(false)
        .allow_double_click_reset(true)
        .grid_spacing(Rangef::new(GRID_MIN_PX, 300.0))
        .x_grid_spacer(move |input| marks(input, x, Axis::X, font))
        .y_grid_spacer(move |input| marks(input, y, Axis::Y, font))
        .x_axis_formatter(move |m, _| label(m, x))
        .y_axis_formatter(move |m, _| label(m, y))
        .y_axis_min_width(2.5 * font)
}

/// Makes the plot include every point of `series`, widening a range that would be a single
/// value (one point, or a flat line): egui_plot cannot draw an empty range.
pub fn span<'a>(mut plot: Plot<'a>, series: &[&[[f64; 2]]]) -> Plot<'a> {
    let pts = series
        .iter()
        .flat_map(|s| s.iter())
        .filter(|p| p[0].is_finite() && p[1].is_finite());
    let mut lo = [f64::INFINITY; 2];
    let mut hi = [f64::NEG_INFINITY; 2];
    for p in pts {
        for k in 0..2 {
            lo[k] = lo[k].min(p[k]);
            hi[k] = hi[k].max(p[k]);
        }
    }
    if lo[0] > hi[0] {
        return plot;
    }
    for k in 0..2 {
        if hi[k] - lo[k] <= f64::EPSILON * hi[k].abs().max(1.0) {
            let pad = if k == 0 {
                1.0
            } else {
                (hi[k].abs() * 0.05).max(1e-3)
            };
            lo[k] -= pad;
            hi[k] += pad;
        }
    }
    plot = plot
        .include_x(lo[0])
        .include_x(hi[0])
        .include_y(lo[1])
        .include_y(hi[1]);
    plot
}

/// The text of one tick.
pub fn label(mark: GridMark, scale: Scale) -> String {
    match scale {
        Scale::Log10 => crate::numfmt::log_tick(mark.value),
        Scale::Count | Scale::Value => crate::numfmt::tick(mark.value, mark.step_size),
        Scale::Percent => format!(
            "{} %",
            crate::numfmt::tick(mark.value * 100.0, mark.step_size * 100.0)
        ),
    }
}

/// The smallest of 1, 2, 5 × 10ⁿ at least `raw` (1 for anything not positive and finite).
pub fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * p)
}

/// Points a tick label needs from the next one: its width (estimated from the longest
/// label at `step`) plus a gap on x, about two lines on y; never below egui_plot's own
/// label spacing (60–80 points on x, 20–30 on y), so no label is faded or dropped.
fn room(axis: Axis, font: f32, chars: usize) -> f32 {
    match axis {
        Axis::X => (chars as f32 * 0.62 * font + 1.5 * font).max(80.0),
        Axis::Y => (2.2 * font).max(32.0),
    }
}

/// Tick marks for `input`: evenly spaced at a round step that leaves room for the labels.
pub fn marks(input: GridInput, scale: Scale, axis: Axis, font: f32) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let per_px = input.base_step_size / GRID_MIN_PX as f64;
    if !(per_px.is_finite() && per_px > 0.0 && lo.is_finite() && hi.is_finite() && hi > lo) {
        return Vec::new();
    }
    let widest = |step: f64| {
        [lo, hi]
            .iter()
            .map(|v| {
                let value = (v / step).round() * step;
                label(
                    GridMark {
                        value,
                        step_size: step,
                    },
                    scale,
                )
                .chars()
                .count()
            })
            .max()
            .unwrap_or(4)
    };
    let min_step = if matches!(scale, Scale::Count | Scale::Log10) {
        1.0
    } else {
        0.0
    };
    // Twice: the label width depends on the step (decimals), the step on the width.
    let mut step = nice_step(room(axis, font, 6) as f64 * per_px).max(min_step);
    step = nice_step(room(axis, font, widest(step)) as f64 * per_px).max(min_step);
    let mut out = even(lo, hi, step);
    if scale == Scale::Log10 && step == 1.0 {
        // Decades far apart: 2 and 5 between them too, where there is room.
        let decade_px = 1.0 / per_px;
        if decade_px * 0.3 >= room(axis, font, widest(1.0)) as f64 {
            let mut sub = Vec::new();
            let first = lo.floor() as i64;
            for d in first..=(hi.ceil() as i64) {
                for m in [2f64, 5.0] {
                    let v = d as f64 + m.log10();
                    if (lo..=hi).contains(&v) && sub.len() < MAX_MARKS {
                        sub.push(GridMark {
                            value: v,
                            step_size: 0.3,
                        });
                    }
                }
            }
            out.extend(sub);
            out.sort_by(|a, b| a.value.total_cmp(&b.value));
        }
    }
    out
}

/// Marks at every multiple of `step` in `lo..=hi` (at most [`MAX_MARKS`]).
fn even(lo: f64, hi: f64, step: f64) -> Vec<GridMark> {
    let first = (lo / step).ceil();
    let last = (hi / step).floor();
    if !(first.is_finite() && last.is_finite()) || last - first > MAX_MARKS as f64 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = first;
    while k <= last {
        out.push(GridMark {
            value: k * step,
            step_size: step,
        });
        k += 1.0;
    }
    out
}

/// One entry of a legend row.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    /// The series' name (as in the plot's hover text).
    pub name: String,
    /// Its colour.
    pub color: Color32,
    /// Drawn dashed in the plot.
    pub dashed: bool,
    /// Drawn as points (a dot) rather than a line.
    pub dot: bool,
}

impl Key {
    /// A solid line.
    pub fn line(name: impl Into<String>, color: Color32) -> Self {
        Key {
            name: name.into(),
            color,
            dashed: false,
            dot: false,
        }
    }

    /// A dashed line.
    pub fn dashed(name: impl Into<String>, color: Color32) -> Self {
        Key {
            dashed: true,
            ..Key::line(name, color)
        }
    }

    /// Points.
    pub fn dot(name: impl Into<String>, color: Color32) -> Self {
        Key {
            dot: true,
            ..Key::line(name, color)
        }
    }
}

/// The legend as a row above (or below) a plot: a sample of each line and its name,
/// wrapping onto more rows when the text is large. Never drawn over the data. Each entry
/// is one widget (sample and name stay together) labelled with the series' name.
pub fn legend(ui: &mut Ui, keys: &[Key]) {
    ui.horizontal_wrapped(|ui| {
        let full = ui.max_rect().width();
        for k in keys {
            entry(ui, k, full);
        }
    });
}

fn entry(ui: &mut Ui, k: &Key, full: f32) {
    let h = ui.text_style_height(&egui::TextStyle::Body);
    let sample = 1.8 * h;
    let gap = 0.4 * h;
    // A name longer than the whole row wraps within its entry.
    let galley = ui.painter().layout(
        k.name.clone(),
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
        (full - sample - gap).max(4.0 * h),
    );
    let size = egui::vec2(sample + gap + galley.size().x + gap, galley.size().y.max(h));
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let name = k.name.clone();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    let y = rect.top() + h / 2.0;
    let (x0, x1) = (rect.left(), rect.left() + sample);
    let stroke = Stroke::new((h * 0.18).max(2.0), k.color);
    let p = ui.painter();
    if k.dot {
        p.circle_filled(egui::pos2((x0 + x1) / 2.0, y), h * 0.25, k.color);
    } else if k.dashed {
        let dash = sample / 5.0;
        for i in [0.0, 2.0, 4.0] {
            let x = x0 + i * dash;
            p.line_segment([egui::pos2(x, y), egui::pos2(x + dash, y)], stroke);
        }
    } else {
        p.line_segment([egui::pos2(x0, y), egui::pos2(x1, y)], stroke);
    }
    p.galley(
        egui::pos2(x1 + gap, rect.top()),
        galley,
        ui.visuals().text_color(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(lo: f64, hi: f64, px: f32) -> GridInput {
        GridInput {
            bounds: (lo, hi),
            base_step_size: (hi - lo) / px as f64 * GRID_MIN_PX as f64,
        }
    }

    #[test]
    fn nice_steps() {
        let table = [
            (0.7, 1.0),
            (1.0, 1.0),
            (1.3, 2.0),
            (3.0, 5.0),
            (7.0, 10.0),
            (130.0, 200.0),
            (0.013, 0.02),
            (0.0, 1.0),
        ];
        for (raw, want) in table {
            assert!((nice_step(raw) - want).abs() < 1e-12, "nice_step({raw})");
        }
    }

    #[test]
    fn step_and_epoch_axes_get_several_labelled_integer_ticks() {
        // The narrow metric plot (250 points) over 60 epochs, the loss plot over 12,000
        // steps, and a plot of 3 epochs: several ticks, whole numbers, far enough apart.
        for (lo, hi, px) in [
            (0.0, 60.0, 250.0),
            (0.0, 12_000.0, 600.0),
            (0.0, 3.0, 250.0),
        ] {
            let m = marks(input(lo, hi, px), Scale::Count, Axis::X, 14.0);
            assert!(m.len() >= 2, "{lo}..{hi}: {m:?}");
            assert!(m
                .iter()
                .all(|g| g.value.fract() == 0.0 && g.step_size >= 1.0));
            let gap_px = m[0].step_size / (hi - lo) * px as f64;
            assert!(gap_px >= 79.9, "labels {gap_px} points apart");
        }
        let m = marks(input(0.0, 12_000.0, 600.0), Scale::Count, Axis::X, 14.0);
        let labels: Vec<String> = m.iter().map(|g| label(*g, Scale::Count)).collect();
        assert!(labels.contains(&"4,000".to_string()), "{labels:?}");
    }

    #[test]
    fn large_text_gets_fewer_ticks_not_dropped_labels() {
        let small = marks(input(0.0, 12_000.0, 600.0), Scale::Count, Axis::X, 14.0);
        let large = marks(input(0.0, 12_000.0, 600.0), Scale::Count, Axis::X, 32.0);
        assert!(large.len() < small.len() && large.len() >= 2);
        let chars = label(large[1], Scale::Count).len();
        let gap_px = large[0].step_size / 12_000.0 * 600.0;
        assert!(gap_px as f32 >= chars as f32 * 0.62 * 32.0, "{gap_px}");
    }

    #[test]
    fn loss_axis_reads_plainly() {
        let m = marks(input(900.0, 1300.0, 400.0), Scale::Value, Axis::Y, 14.0);
        let labels: Vec<String> = m.iter().map(|g| label(*g, Scale::Value)).collect();
        assert!(labels.contains(&"1,100".to_string()), "{labels:?}");
        let m = marks(input(0.05, 0.65, 400.0), Scale::Value, Axis::Y, 14.0);
        let labels: Vec<String> = m.iter().map(|g| label(*g, Scale::Value)).collect();
        assert!(labels.iter().all(|l| l.len() <= 4), "{labels:?}");
        assert!(labels.contains(&"0.30".to_string()), "{labels:?}");
    }

    #[test]
    fn log_axis_ticks_read_as_values() {
        // 4 decades over 400 points: decades only.
        let m = marks(input(-3.0, 1.0, 400.0), Scale::Log10, Axis::Y, 14.0);
        let labels: Vec<String> = m.iter().map(|g| label(*g, Scale::Log10)).collect();
        assert_eq!(labels, ["0.001", "0.01", "0.1", "1", "10"]);
        // One decade over 400 points: 2 and 5 as well.
        let m = marks(input(-1.0, 0.0, 400.0), Scale::Log10, Axis::Y, 14.0);
        let labels: Vec<String> = m.iter().map(|g| label(*g, Scale::Log10)).collect();
        assert_eq!(labels, ["0.1", "0.2", "0.5", "1"]);
    }

    #[test]
    fn accuracy_reads_in_percent() {
        let m = marks(input(0.0, 1.0, 300.0), Scale::Percent, Axis::Y, 14.0);
        let labels: Vec<String> = m.iter().map(|g| label(*g, Scale::Percent)).collect();
        assert_eq!(labels, ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
    }

    #[test]
    fn degenerate_bounds_give_no_marks() {
        assert!(marks(input(1.0, 1.0, 400.0), Scale::Value, Axis::X, 14.0).is_empty());
        let nan = GridInput {
            bounds: (f64::NAN, 1.0),
            base_step_size: 1.0,
        };
        assert!(marks(nan, Scale::Count, Axis::Y, 14.0).is_empty());
    }
}
