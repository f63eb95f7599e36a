//! Each neuron's little picture, as in TensorFlow Playground: what the unit computes over
//! the plane of two input features. The pictures come from the worker with the decision
//! boundary ([`BoundaryGrid::hidden`]); here they become one texture per column (an atlas
//! of tiles), rebuilt only when a new grid arrives, and drawn as one image per neuron.

use super::layout::Column;
use crate::train::insight::{BoundaryGrid, LayerMaps};
use egui::{Color32, ColorImage, TextureHandle, TextureOptions};

/// The textures of one column: `per_row` tiles of `res × res` pixels per atlas row.
#[derive(Clone)]
pub struct Atlas {
    texture: TextureHandle,
    per_row: usize,
    units: usize,
}

impl Atlas {
    /// The texture and the part of it (uv) that is unit `u`'s map.
    pub fn tile(&self, u: usize) -> Option<(egui::TextureId, egui::Rect)> {
        if u >= self.units {
            return None;
        }
        let rows = self.units.div_ceil(self.per_row.max(1)).max(1);
        let (c, r) = (u % self.per_row, u / self.per_row);
        let (w, h) = (1.0 / self.per_row as f32, 1.0 / rows as f32);
        let uv =
            egui::Rect::from_min_size(egui::pos2(c as f32 * w, r as f32 * h), egui::vec2(w, h));
        Some((self.texture.id(), uv))
    }
}

/// The neuron maps drawn in the diagram, per column, for the grid version they show.
#[derive(Clone, Default)]
pub struct MapCache {
    /// The boundary version and the columns' keys the textures were built for.
    built: Option<(u64, Vec<Option<usize>>)>,
    /// One atlas per column (`None`: no maps for that column).
    pub columns: Vec<Option<Atlas>>,
}

impl std::fmt::Debug for MapCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MapCache")
            .field(
                "columns",
                &self.columns.iter().map(Option::is_some).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Which layer's maps each column shows: hidden columns whose layers (and every layer
/// before them) are unchanged since the grid was computed, and the input when the grid's
/// input width is the network's. `key` is the current network's
/// [`network_key`](crate::train::insight::network_key).
pub fn sources(grid: &BoundaryGrid, key: &[String], cols: &[Column]) -> Vec<Option<usize>> {
    cols.iter()
        .map(|c| match (c.layer, c.out_layer) {
            (None, _) => (grid.network.first() == key.first() && !key.is_empty()).then_some(0),
            (Some(_), Some(out)) => {
                // Key index 0 is the input, so layer `out` is key entry `out + 1`.
                let same = key.len() > out + 1
                    && grid.network.len() > out + 1
                    && grid.network[..=out + 1] == key[..=out + 1];
                let maps = grid.hidden.iter().find(|m| m.layer == out);
                (same && maps.is_some_and(|m| m.units == c.units)).then_some(out + 1)
            }
            _ => None,
        })
        .collect()
}

impl MapCache {
    /// Rebuilds the textures when the grid (`version`) or the columns it applies to
    /// changed; otherwise does nothing.
    pub fn update(
        &mut self,
        ctx: &egui::Context,
        grid: &BoundaryGrid,
        version: u64,
        key: &[String],
        cols: &[Column],
    ) {
        let src = sources(grid, key, cols);
        if self.built.as_ref() == Some(&(version, src.clone())) {
            return;
        }
        let old = std::mem::take(&mut self.columns);
        self.columns = src
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let s = (*s)?;
                let (res, units, pixels) = if s == 0 {
                    input_pixels(grid, cols[k].units)?
                } else {
                    let maps = grid.hidden.iter().find(|m| m.layer + 1 == s)?;
                    (maps.resolution, maps.units, hidden_pixels(maps))
                };
                let per_row = (units as f32).sqrt().ceil().max(1.0) as usize;
                let img = atlas_image(res, units, per_row, &pixels);
                let texture = match old.get(k).cloned().flatten() {
                    Some(a) => {
                        let mut t = a.texture;
                        t.set(img, TextureOptions::LINEAR);
                        t
                    }
                    None => {
                        ctx.load_texture(format!("neuron-maps-{k}"), img, TextureOptions::LINEAR)
                    }
                };
                Some(Atlas {
                    texture,
                    per_row,
                    units,
                })
            })
            .collect();
        self.built = Some((version, src));
    }

    /// Forgets the textures (the grid no longer applies).
    pub fn clear(&mut self) {
        self.built = None;
        self.columns.clear();
    }

    /// The atlas of column `k`, if it has maps.
    pub fn column(&self, k: usize) -> Option<&Atlas> {
        self.columns.get(k).and_then(Option::as_ref)
    }
}

/// Blue where the unit is positive, red where negative, pale at zero; each map scaled by
/// its own largest magnitude (a unit that never fires stays pale).
pub fn diverging(v: f32, max: f32) -> Color32 {
    let t = if max > 1e-9 && v.is_finite() {
        (v / max).clamp(-1.0, 1.0)
    } else {
        0.0
    };
    let (r, g, b) = if t >= 0.0 {
        (0x1F, 0x77, 0xB4)
    } else {
        (0xD6, 0x27, 0x28)
    };
    let k = t.abs();
    let mix = |c: u8| (245.0 + (c as f32 - 245.0) * k) as u8;
    Color32::from_rgb(mix(r), mix(g), mix(b))
}

/// Each hidden unit's tile, top row first (the grid is stored bottom row first).
fn hidden_pixels(maps: &LayerMaps) -> Vec<Vec<Color32>> {
    let n = maps.resolution;
    (0..maps.units)
        .map(|u| {
            let map = maps.unit(u).unwrap_or(&[]);
            let max = map
                .iter()
                .filter(|v| v.is_finite())
                .fold(0f32, |m, v| m.max(v.abs()));
            let mut px = Vec::with_capacity(n * n);
            for r in 0..n {
                let j = n - 1 - r;
                for i in 0..n {
                    px.push(diverging(map.get(j * n + i).copied().unwrap_or(0.0), max));
                }
            }
            px
        })
        .collect()
}

/// The input features as maps: the feature on the horizontal axis grows to the right,
/// the one on the vertical axis upwards, every other one is held constant (pale).
fn input_pixels(grid: &BoundaryGrid, inputs: usize) -> Option<(usize, usize, Vec<Vec<Color32>>)> {
    let n = 16;
    if inputs == 0 || inputs > 64 {
        return None;
    }
    let tiles = (0..inputs)
        .map(|f| {
            let mut px = Vec::with_capacity(n * n);
            for r in 0..n {
                for i in 0..n {
                    let x = (2.0 * i as f32 + 1.0) / n as f32 - 1.0;
                    let y = 1.0 - (2.0 * r as f32 + 1.0) / n as f32;
                    let v = if f == grid.features.0 {
                        x
                    } else if f == grid.features.1 {
                        y
                    } else {
                        0.0
                    };
                    px.push(diverging(v, 1.0));
                }
            }
            px
        })
        .collect();
    Some((n, inputs, tiles))
}

/// One image holding `units` tiles of `res × res`, `per_row` to a row.
fn atlas_image(res: usize, units: usize, per_row: usize, tiles: &[Vec<Color32>]) -> ColorImage {
    let rows = units.div_ceil(per_row.max(1)).max(1);
    let (w, h) = (per_row * res, rows * res);
    let mut px = vec![Color32::WHITE; w * h];
    for (u, tile) in tiles.iter().enumerate() {
        let (c, r) = (u % per_row, u / per_row);
        for y in 0..res {
            for x in 0..res {
                if let Some(p) = tile.get(y * res + x) {
                    px[(r * res + y) * w + c * res + x] = *p;
                }
            }
        }
    }
    ColorImage::new([w, h], px)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(layer: Option<usize>, out: Option<usize>, units: usize) -> Column {
        Column {
            label: String::new(),
            units,
            layer,
            out_layer: out,
            names: Vec::new(),
            trained: true,
        }
    }

    #[test]
    fn maps_apply_only_to_layers_unchanged_since_the_grid() {
        let key = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let grid = BoundaryGrid {
            network: key(&["input 2", "Dense 4", "ReLU", "Dense 3", "ReLU", "Dense 2"]),
            hidden: vec![
                LayerMaps {
                    layer: 1,
                    units: 4,
                    ..Default::default()
                },
                LayerMaps {
                    layer: 3,
                    units: 3,
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let cols = [
            col(None, None, 2),
            col(Some(0), Some(1), 4),
            col(Some(2), Some(3), 3),
            col(Some(4), Some(4), 2),
        ];
        let same = key(&["input 2", "Dense 4", "ReLU", "Dense 3", "ReLU", "Dense 2"]);
        assert_eq!(
            sources(&grid, &same, &cols),
            vec![Some(0), Some(2), Some(4), None]
        );
        // The second layer's activation changed: its maps (and later ones) no longer apply.
        let edited = key(&["input 2", "Dense 4", "ReLU", "Dense 3", "Tanh", "Dense 2"]);
        assert_eq!(
            sources(&grid, &edited, &cols),
            vec![Some(0), Some(2), None, None]
        );
        // A wider input (a new feature): nothing applies.
        let wider = key(&["input 3", "Dense 4", "ReLU", "Dense 3", "ReLU", "Dense 2"]);
        assert_eq!(sources(&grid, &wider, &cols), vec![None, None, None, None]);
        assert!(diverging(1.0, 1.0).b() > diverging(-1.0, 1.0).b());
        assert_eq!(diverging(0.0, 1.0), diverging(5.0, 0.0));
    }
}
