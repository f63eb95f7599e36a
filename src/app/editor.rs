//! The user's layer stack: edits, undo/redo, presets, and which trained layers an edit
//! keeps.

use crate::model::{Activation, LayerInfo, LayerSpec, Resolved, Weights};

/// Ready-made stacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// Two small hidden layers.
    SmallMlp,
    /// Four wider hidden layers.
    DeepMlp,
    /// Two convolution blocks and a dense layer, for images.
    Cnn,
}

impl Preset {
    /// Every preset in menu order.
    pub const ALL: [Preset; 3] = [Preset::SmallMlp, Preset::DeepMlp, Preset::Cnn];

    /// User-facing name, in the window's language.
    pub fn name(&self) -> String {
        match self {
            Preset::SmallMlp => crate::tr!("app-preset-small-mlp"),
            Preset::DeepMlp => crate::tr!("app-preset-deep-mlp"),
            Preset::Cnn => crate::tr!("app-preset-cnn"),
        }
    }

    /// One plain-language line, in the window's language.
    pub fn description(&self) -> String {
        match self {
            Preset::SmallMlp => crate::tr!("app-preset-small-mlp-description"),
            Preset::DeepMlp => crate::tr!("app-preset-deep-mlp-description"),
            Preset::Cnn => crate::tr!("app-preset-cnn-description"),
        }
    }

    /// The layers.
    pub fn layers(&self) -> Vec<LayerSpec> {
        let relu = LayerSpec::Act(Activation::ReLU);
        match self {
            Preset::SmallMlp => vec![LayerSpec::dense(8), relu.clone(), LayerSpec::dense(8), relu],
            Preset::DeepMlp => (0..4)
                .flat_map(|_| [LayerSpec::dense(32), relu.clone()])
                .collect(),
            Preset::Cnn => vec![
                LayerSpec::Conv2d {
                    filters: 8,
                    kernel: 3,
                    stride: 1,
                    padding: 1,
                },
                relu.clone(),
                LayerSpec::MaxPool2d { size: 2, stride: 2 },
                LayerSpec::Conv2d {
                    filters: 16,
                    kernel: 3,
                    stride: 1,
                    padding: 1,
                },
                relu.clone(),
                LayerSpec::MaxPool2d { size: 2, stride: 2 },
                LayerSpec::Flatten,
                LayerSpec::dense(32),
                relu,
            ],
        }
    }
}

/// What an undo step restores.
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    layers: Vec<LayerSpec>,
}

/// The layer stack with its undo history.
#[derive(Debug, Clone, Default)]
pub struct Editor {
    /// The user's layers (the input and the output head are implicit).
    pub layers: Vec<LayerSpec>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// Key of the last in-place edit, so that dragging a value makes one undo step.
    last_edit: Option<usize>,
}

/// Most undo steps kept.
const UNDO_LIMIT: usize = 200;

impl Editor {
    /// An editor holding these layers, with empty history.
    pub fn new(layers: Vec<LayerSpec>) -> Self {
        Editor {
            layers,
            ..Default::default()
        }
    }

    fn checkpoint(&mut self) {
        self.undo.push(Snapshot {
            layers: self.layers.clone(),
        });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Inserts a layer before `at` (clamped to the end). Returns whether anything changed.
    pub fn add(&mut self, at: usize, spec: LayerSpec) -> bool {
        self.checkpoint();
        self.last_edit = None;
        let at = at.min(self.layers.len());
        self.layers.insert(at, spec);
        true
    }

    /// What "Add layer" does with a palette choice: inserts `spec` near `at` so that a
    /// beginner never builds a linear stack by accident (see [`palette_insert`]), as one
    /// undo step. Returns the position of the added layer.
    pub fn add_from_palette(&mut self, at: usize, spec: LayerSpec) -> usize {
        let (pos, block) = palette_insert(&self.layers, at, spec);
        self.checkpoint();
        self.last_edit = None;
        let first = pos.min(self.layers.len());
        let added = block
            .iter()
            .position(|l| !matches!(l, LayerSpec::Act(_)))
            .unwrap_or(0);
        self.layers.splice(first..first, block);
        first + added
    }

    /// Removes a layer.
    pub fn remove(&mut self, index: usize) -> bool {
        if index >= self.layers.len() {
            return false;
        }
        self.checkpoint();
        self.last_edit = None;
        self.layers.remove(index);
        true
    }

    /// Inserts a copy of a layer after it.
    pub fn duplicate(&mut self, index: usize) -> bool {
        let Some(spec) = self.layers.get(index).cloned() else {
            return false;
        };
        self.checkpoint();
        self.last_edit = None;
        self.layers.insert(index + 1, spec);
        true
    }

    /// Moves a layer to a new position.
    pub fn move_layer(&mut self, from: usize, to: usize) -> bool {
        if from >= self.layers.len() || to >= self.layers.len() || from == to {
            return false;
        }
        self.checkpoint();
        self.last_edit = None;
        let spec = self.layers.remove(from);
        self.layers.insert(to, spec);
        true
    }

    /// Replaces a layer's settings; consecutive edits of one layer make one undo step.
    pub fn set(&mut self, index: usize, spec: LayerSpec) -> bool {
        match self.layers.get(index) {
            Some(old) if *old != spec => {}
            _ => return false,
        }
        if self.last_edit != Some(index) {
            self.checkpoint();
        }
        self.last_edit = Some(index);
        self.layers[index] = spec;
        true
    }

    /// Replaces the whole stack (a preset, a loaded session counts as a fresh start).
    pub fn replace(&mut self, layers: Vec<LayerSpec>) -> bool {
        if layers == self.layers {
            return false;
        }
        self.checkpoint();
        self.last_edit = None;
        self.layers = layers;
        true
    }

    /// Steps back one edit.
    pub fn undo(&mut self) -> bool {
        let Some(prev) = self.undo.pop() else {
            return false;
        };
        self.redo.push(Snapshot {
            layers: std::mem::replace(&mut self.layers, prev.layers),
        });
        self.last_edit = None;
        true
    }

    /// Re-applies an undone edit.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push(Snapshot {
            layers: std::mem::replace(&mut self.layers, next.layers),
        });
        self.last_edit = None;
        true
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// Whether a layer has learnable weights that an activation should follow.
fn weighted(l: &LayerSpec) -> bool {
    matches!(l, LayerSpec::Dense { .. } | LayerSpec::Conv2d { .. })
}

/// The activation a new dense or convolution layer comes with: the one the stack already
/// uses nearest before `at` (then after it), ReLU in an empty stack.
pub fn default_activation(layers: &[LayerSpec], at: usize) -> Activation {
    let at = at.min(layers.len());
    let act = |l: &LayerSpec| match l {
        LayerSpec::Act(a) => Some(*a),
        _ => None,
    };
    layers[..at]
        .iter()
        .rev()
        .find_map(act)
        .or_else(|| layers[at..].iter().find_map(act))
        .unwrap_or(Activation::ReLU)
}

/// Where "Add layer" puts a palette choice and what it inserts there: `(position, layers)`.
///
/// - A Dense or Conv2d layer comes with its activation ([`default_activation`]), unless the
///   layer after it already is one.
/// - It never splits a layer from its activation: asked between a Dense and its ReLU, it
///   goes after the ReLU.
/// - Added after a Dense (or Conv2d) that has no activation, that layer gets one first, so
///   two weighted layers never follow each other with nothing between them.
/// - Every other kind is inserted as it is, where it was asked.
pub fn palette_insert(layers: &[LayerSpec], at: usize, spec: LayerSpec) -> (usize, Vec<LayerSpec>) {
    let mut at = at.min(layers.len());
    if !weighted(&spec) {
        return (at, vec![spec]);
    }
    let act = LayerSpec::Act(default_activation(layers, at));
    let is_act = |i: usize| matches!(layers.get(i), Some(LayerSpec::Act(_)));
    if at > 0 && weighted(&layers[at - 1]) && is_act(at) {
        at += 1;
    }
    let mut block = Vec::with_capacity(3);
    if at > 0 && weighted(&layers[at - 1]) && !is_act(at) {
        block.push(act.clone());
    }
    block.push(spec);
    if !is_act(at) {
        block.push(act);
    }
    (at, block)
}

/// For each layer of the new network (head included), whether it keeps its trained
/// weights: same position, same settings and same input shape as in the trained network.
pub fn kept_layers(trained: &[LayerInfo], new: &[LayerInfo]) -> Vec<bool> {
    new.iter()
        .enumerate()
        .map(|(i, l)| {
            trained
                .get(i)
                .is_some_and(|t| t.spec == l.spec && t.input == l.input && t.is_head == l.is_head)
        })
        .collect()
}

/// Labels of the layers with parameters that an edit re-initializes ("2 Dense 16", "Output").
pub fn reset_labels(trained: &Resolved, new: &Resolved) -> Vec<String> {
    kept_layers(&trained.layers, &new.layers)
        .iter()
        .zip(&new.layers)
        .enumerate()
        .filter(|(_, (kept, l))| !**kept && l.params > 0)
        .map(|(i, (_, l))| {
            if l.is_head {
                crate::tr!("app-layer-output")
            } else {
                format!("{} {}", i + 1, l.spec)
            }
        })
        .collect()
}

/// Copies the weights of every kept layer from `trained` into `fresh` (the new network's
/// initial weights). Both must have one entry per layer, head included.
pub fn merge_weights(keep: &[bool], trained: &Weights, fresh: &mut Weights) {
    for (i, layer) in fresh.layers.iter_mut().enumerate() {
        if keep.get(i).copied().unwrap_or(false) {
            if let Some(old) = trained.layers.get(i) {
                *layer = old.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{Head, NetworkSpec, Shape};

    #[test]
    fn undo_redo_round_trip() {
        let mut e = Editor::new(vec![LayerSpec::dense(4)]);
        e.add(1, LayerSpec::Act(Activation::ReLU));
        e.set(0, LayerSpec::dense(5));
        e.set(0, LayerSpec::dense(6));
        assert_eq!(e.layers[0], LayerSpec::dense(6));
        e.undo();
        assert_eq!(e.layers[0], LayerSpec::dense(4), "value drags coalesce");
        e.undo();
        assert_eq!(e.layers.len(), 1);
        e.redo();
        assert_eq!(e.layers.len(), 2);
        e.move_layer(0, 1);
        assert_eq!(e.layers[1], LayerSpec::dense(4));
        e.undo();
        assert_eq!(e.layers[0], LayerSpec::dense(4));
    }

    #[test]
    fn adding_a_dense_layer_brings_its_activation() {
        let relu = LayerSpec::Act(Activation::ReLU);
        let tanh = LayerSpec::Act(Activation::Tanh);
        let d = LayerSpec::dense;
        // At the end of a small MLP: Dense + ReLU.
        let mlp = vec![d(8), relu.clone(), d(8), relu.clone()];
        assert_eq!(
            palette_insert(&mlp, 4, d(16)),
            (4, vec![d(16), relu.clone()])
        );
        // Between a Dense and its ReLU: after the ReLU, never splitting the pair.
        assert_eq!(
            palette_insert(&mlp, 1, d(16)),
            (2, vec![d(16), relu.clone()])
        );
        // At the top: Dense + ReLU before the first layer.
        assert_eq!(
            palette_insert(&mlp, 0, d(16)),
            (0, vec![d(16), relu.clone()])
        );
        // The activation the stack already uses.
        let tanh_net = vec![d(8), tanh.clone()];
        assert_eq!(
            palette_insert(&tanh_net, 2, d(4)),
            (2, vec![d(4), tanh.clone()])
        );
        // After a bare Dense: it gets an activation first.
        assert_eq!(
            palette_insert(&[d(8)], 1, d(4)),
            (1, vec![relu.clone(), d(4), relu.clone()])
        );
        // An empty stack; a layer already followed by an activation.
        assert_eq!(palette_insert(&[], 0, d(8)), (0, vec![d(8), relu.clone()]));
        assert_eq!(
            palette_insert(std::slice::from_ref(&relu), 0, d(8)),
            (0, vec![d(8)])
        );
        // Other kinds go where they were asked, alone.
        let drop = LayerSpec::Dropout { p: 0.2 };
        assert_eq!(palette_insert(&mlp, 1, drop.clone()), (1, vec![drop]));
        assert_eq!(palette_insert(&mlp, 9, tanh.clone()), (4, vec![tanh]));

        // One undo step for the whole block.
        let mut e = Editor::new(mlp.clone());
        assert_eq!(e.add_from_palette(4, d(16)), 4);
        assert_eq!(e.layers.len(), 6);
        assert_eq!(e.layers[5], relu);
        e.undo();
        assert_eq!(e.layers, mlp);
    }

    #[test]
    fn kept_layers_match_position_spec_and_input() {
        let a = NetworkSpec::new(
            Shape::Flat(2),
            vec![
                LayerSpec::dense(8),
                LayerSpec::Act(Activation::ReLU),
                LayerSpec::dense(8),
            ],
        );
        let mut b = a.clone();
        b.layers[2] = LayerSpec::dense(9);
        let ra = a.resolve(Head { units: 2 }).unwrap();
        let rb = b.resolve(Head { units: 2 }).unwrap();
        let keep = kept_layers(&ra.layers, &rb.layers);
        assert_eq!(keep, vec![true, true, false, false]);
        assert_eq!(
            reset_labels(&ra, &rb),
            vec!["3 Dense 9".to_string(), "Output".into()]
        );
    }
}
