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

    /// User-facing name.
    pub fn name(&self) -> &'static str {
        match self {
            Preset::SmallMlp => "Small MLP",
            Preset::DeepMlp => "Deep MLP",
            Preset::Cnn => "CNN for images",
        }
    }

    /// One plain-language line.
    pub fn description(&self) -> &'static str {
        match self {
            Preset::SmallMlp => "Two hidden layers of 8 units with ReLU: enough for most 2-D data.",
            Preset::DeepMlp => "Four hidden layers of 32 units: more capacity, slower to train.",
            Preset::Cnn => {
                "Convolutions and pooling, then a dense layer: needs image input (C×H×W)."
            }
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
                "Output".to_string()
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
#[allow(clippy::unwrap_used)]
mod tests {
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
