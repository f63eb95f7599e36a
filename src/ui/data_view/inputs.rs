//! Input-feature toggles for data with two numeric columns, as in TensorFlow Playground:
//! the columns themselves and x², x1·x2, sin x computed from them. Each toggle changes the
//! data configuration, so the network's input width follows.

use crate::app::LabState;
use crate::data::{DataConfig, Derived, Table};
use crate::tr;
use egui::{RichText, Ui};

/// The two numeric columns besides the target, if the table has exactly those.
pub(super) fn two_columns(table: &Table, target: &str) -> Option<(String, String)> {
    let others: Vec<_> = table.columns.iter().filter(|c| c.name != target).collect();
    match others.as_slice() {
        [a, b] if a.as_f32().is_some() && b.as_f32().is_some() => {
            Some((a.name.clone(), b.name.clone()))
        }
        _ => None,
    }
}

/// The toggles; returns the new configuration when one changed.
pub(super) fn toggles(ui: &mut Ui, state: &LabState, target: &str) -> Option<DataConfig> {
    let table = state.data.table.as_ref()?;
    if state.data.config.image.is_some() {
        return None;
    }
    let (a, b) = two_columns(table, target)?;
    let old = &state.data.config;
    let mut c = old.clone();
    ui.label(RichText::new(tr!("data-input-features")).strong())
        .on_hover_text(tr!("data-input-features-tip"));
    let uses = |cfg: &DataConfig, n: &str| {
        cfg.features
            .as_ref()
            .is_none_or(|f| f.iter().any(|x| x == n))
    };
    let count = |cfg: &DataConfig| {
        usize::from(uses(cfg, &a)) + usize::from(uses(cfg, &b)) + cfg.derived.len()
    };
    let last = count(old) <= 1;
    ui.horizontal_wrapped(|ui| {
        for col in [&a, &b] {
            let mut on = uses(old, col);
            let r = ui
                .add_enabled(!(on && last), egui::Checkbox::new(&mut on, col.as_str()))
                .on_hover_text(tr!("data-feature-column-tip", column = col.as_str()));
            if r.changed() {
                let mut f: Vec<String> = [&a, &b]
                    .into_iter()
                    .filter(|n| uses(&c, n))
                    .cloned()
                    .collect();
                if on {
                    f.push(col.clone());
                } else {
                    f.retain(|x| x != col);
                }
                c.features = if f.len() == 2 { None } else { Some(f) };
            }
        }
        for d in Derived::offered(&a, &b) {
            let mut on = old.derived.contains(&d);
            let r = ui
                .add_enabled(!(on && last), egui::Checkbox::new(&mut on, d.name()))
                .on_hover_text(match &d {
                    Derived::Square(x) => tr!("data-feature-square-tip", column = x.as_str()),
                    Derived::Product(..) => tr!("data-feature-product-tip"),
                    Derived::Sin(x) => tr!("data-feature-sin-tip", column = x.as_str()),
                });
            if r.changed() {
                if on {
                    c.derived.push(d.clone());
                    // Keep the offered order, whatever the order of the clicks.
                    let order = Derived::offered(&a, &b);
                    c.derived
                        .sort_by_key(|x| order.iter().position(|o| o == x).unwrap_or(usize::MAX));
                } else {
                    c.derived.retain(|x| *x != d);
                }
            }
        }
    });
    let width = state.data.dataset.as_ref().map(|d| d.input_shape.numel());
    if let Some(w) = width {
        ui.label(RichText::new(tr!("data-input-width", count = w)).weak());
    }
    (c != *old).then_some(c)
}
