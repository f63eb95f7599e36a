//! Every tooltip of the window's settings and layer kinds, in plain words: what it does and
//! what a beginner should try, told in the guide's cooking story where it helps (the
//! parameters are a cook's seasonings, the loss tastes the dish, the optimizer adjusts the
//! recipe). The words live here as data, in one place, so a later translation replaces
//! this table and nothing else; panels attach them with `on_hover_text`.

use crate::model::{Activation, InitChoice, LayerSpec, LossKind, OptimizerKind, Schedule};

/// A setting the window offers (training panel, optimizer details, layer settings, data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// Training speed.
    Speed,
    /// Learning rate.
    LearningRate,
    /// Learning rate ÷10.
    LrDivide,
    /// Learning rate ×10.
    LrMultiply,
    /// Optimizer.
    Optimizer,
    /// Momentum of SGD with momentum / Nesterov.
    Momentum,
    /// Adam's beta 1.
    Beta1,
    /// Adam's beta 2.
    Beta2,
    /// Epsilon of the adaptive optimizers.
    Epsilon,
    /// AdamW's weight decay.
    WeightDecay,
    /// RMSprop's alpha.
    Alpha,
    /// Loss.
    Loss,
    /// Huber's delta.
    HuberDelta,
    /// Batch size.
    BatchSize,
    /// Epochs.
    Epochs,
    /// Learning-rate schedule.
    Schedule,
    /// Step decay: epochs between drops.
    StepEvery,
    /// Step decay: factor.
    StepFactor,
    /// Exponential decay: factor per epoch.
    ExpFactor,
    /// Cosine: length.
    CosineLength,
    /// Cosine: final factor.
    CosineFinal,
    /// Warm-up epochs.
    Warmup,
    /// Initialization.
    Init,
    /// The initializer's value (constant, limit or spread).
    InitValue,
    /// Seed.
    Seed,
    /// Threads of the matrix products.
    Threads,
    /// L1 penalty.
    L1,
    /// L2 penalty.
    L2,
    /// Clip gradients.
    ClipGradients,
    /// Early stopping.
    EarlyStopping,
    /// A dense layer's units.
    Units,
    /// A dense layer's bias.
    Bias,
    /// A conv layer's filters.
    Filters,
    /// A conv layer's kernel size.
    Kernel,
    /// Stride of a conv or pooling layer.
    Stride,
    /// A conv layer's padding.
    Padding,
    /// A pooling layer's window size.
    PoolSize,
    /// Dropout's probability.
    DropProbability,
    /// An activation layer's function.
    Function,
    /// LeakyReLU's slope.
    Slope,
    /// ELU's alpha.
    EluAlpha,
}

/// One row of the table: a setting, its label as shown, and its tooltip.
#[derive(Debug)]
pub struct Help {
    /// The setting.
    pub setting: Setting,
    /// Its label as the window shows it.
    pub label: &'static str,
    /// What it does and what to try, in plain words.
    pub tip: &'static str,
}

const fn h(setting: Setting, label: &'static str, tip: &'static str) -> Help {
    Help {
        setting,
        label,
        tip,
    }
}

/// Every setting's tooltip, in the order of [`Setting`].
pub static SETTINGS: [Help; 41] = [
    h(Setting::Speed, "Speed",
        "How fast training runs. Slow it down so everyone can watch the boundary form; in slow motion each batch is shown travelling forward and back through the Network view."),
    h(Setting::LearningRate, "Learning rate",
        "How big a change the optimizer makes to the recipe after each tasting. Too big: the loss jumps around or explodes; too small: nothing seems to happen. Try 0.01 for Adam, 0.1 for SGD. You can change it while training."),
    h(Setting::LrDivide, "Learning rate ÷10",
        "Divide the learning rate by 10: smaller, more careful steps. Try it when the loss jumps around."),
    h(Setting::LrMultiply, "Learning rate ×10",
        "Multiply the learning rate by 10: bigger, bolder steps. Try it when the loss creeps down too slowly."),
    h(Setting::Optimizer, "Optimizer",
        "The cook who adjusts the recipe after each tasting, using the gradients. Adam is a good first choice; plain SGD is the easiest to follow step by step in the Step tab."),
    h(Setting::Momentum, "Momentum",
        "How much of the previous change is kept (0 to 1), like a ball rolling downhill. 0.9 smooths out noisy steps; 0 is plain SGD."),
    h(Setting::Beta1, "Beta 1",
        "How long Adam remembers the direction of recent gradients (its momentum). 0.9 is the usual value; closer to 1 means a longer memory."),
    h(Setting::Beta2, "Beta 2",
        "How long Adam remembers how large recent gradients were; it gives every seasoning its own step size. 0.999 is the usual value."),
    h(Setting::Epsilon, "Epsilon",
        "A tiny number added before dividing, so a step never divides by zero. Leave it as it is."),
    h(Setting::WeightDecay, "Weight decay",
        "AdamW gently shrinks every weight towards zero at each step (this fraction times the learning rate), so no seasoning grows huge. 0.01 is common."),
    h(Setting::Alpha, "Alpha",
        "How slowly RMSprop forgets how large the gradients have been. 0.99 is the usual value."),
    h(Setting::Loss, "Loss",
        "How the dish is tasted: one number saying how wrong the network's answers are; training makes it small. Auto picks cross-entropy for classes and mean squared error for numbers. Keep Auto unless you want to compare."),
    h(Setting::HuberDelta, "Huber delta",
        "Errors smaller than this are squared, larger ones count only by their size, so a few wild samples cannot dominate. Try 1."),
    h(Setting::BatchSize, "Batch size",
        "How many samples are tasted before each adjustment of the recipe. Small batches (8 to 32): many quick, noisy steps; large batches: fewer, smoother steps. Try 32."),
    h(Setting::Epochs, "Epochs",
        "How many times training goes through the whole training set. Watch the validation loss: once it stops falling, more epochs do not help."),
    h(Setting::Schedule, "LR schedule",
        "How the learning rate changes during training. Constant is fine to start; Cosine lowers it slowly for a careful finish."),
    h(Setting::StepEvery, "every (epochs)",
        "Step decay: how many epochs pass between two drops of the learning rate."),
    h(Setting::StepFactor, "factor",
        "Step decay: the learning rate is multiplied by this at every drop. 0.5 halves it."),
    h(Setting::ExpFactor, "factor per epoch",
        "Exponential decay: the learning rate is multiplied by this once per epoch. 0.95 lowers it by 5% an epoch."),
    h(Setting::CosineLength, "length (epochs)",
        "Cosine: over how many epochs the learning rate glides down."),
    h(Setting::CosineFinal, "final factor",
        "Cosine: the learning rate at the end, as a fraction of the start. 0.01 ends at 1%."),
    h(Setting::Warmup, "Warm-up epochs",
        "Start with a tiny learning rate and raise it to the full value over this many epochs; it calms wild first steps. 0 switches it off."),
    h(Setting::Init, "Initialization",
        "How much of each seasoning the cook starts with, before any tasting. Auto is right almost always; try Zeros or Constant to see why a network needs different random starts."),
    h(Setting::InitValue, "Initialization value",
        "The number the chosen start uses: the constant, the ± limit of Uniform or the spread of Normal. Too large and training starts unsteady."),
    h(Setting::Seed, "Seed",
        "The number all chance comes from: starting weights, shuffling and dropout. The same seed gives exactly the same run; change it to see how much luck matters."),
    h(Setting::Threads, "Threads",
        "How many processor cores compute the big matrix products. Auto uses a second core only when the network is big enough to gain from it. Every choice gives exactly the same numbers, only faster or slower."),
    h(Setting::L1, "L1 penalty",
        "A cost for large weights that pushes unneeded seasonings to exactly zero. A pinch: 0.0001 to 0.001. 0 switches it off."),
    h(Setting::L2, "L2 penalty",
        "A cost for large weights (weight decay) that keeps every seasoning modest, so the network learns the pattern instead of memorising the training data. Try 0.0001 to 0.01 when the validation loss rises while the training loss falls."),
    h(Setting::ClipGradients, "Clip gradients",
        "Caps how large one adjustment can be (the length of all gradients together). Turn it on when the loss suddenly jumps to huge values or NaN."),
    h(Setting::EarlyStopping, "Early stopping",
        "Stops training by itself when the validation loss has not improved for 'patience' epochs, so the dish is not overcooked (overfitting)."),
    h(Setting::Units, "units",
        "How many units (neurons) this layer has: more units, more seasonings to tune. Try 8 to 32; more learns more but is slower and overfits sooner."),
    h(Setting::Bias, "bias",
        "Each unit adds its own learned number, letting it shift its output. Leave it on."),
    h(Setting::Filters, "filters",
        "How many different patterns this layer looks for; each filter makes one new image channel. Try 8, then 16 in a second conv layer."),
    h(Setting::Kernel, "kernel",
        "How many pixels wide each filter looks (3 means 3×3). 3 is the usual choice."),
    h(Setting::Stride, "stride",
        "How far the window moves each time; 2 halves the image. Try 1 for conv layers and the window size for pooling."),
    h(Setting::Padding, "padding",
        "Zeros added around the border so the image does not shrink; with kernel 3, padding 1 keeps the size."),
    h(Setting::PoolSize, "size",
        "How many pixels wide each pooling window is. 2 halves the image."),
    h(Setting::DropProbability, "drop probability",
        "The share of values switched off at random while training (never while judging). Try 0.2 to 0.5 when the network overfits."),
    h(Setting::Function, "function",
        "The bend applied to every value. Without a bend, stacked layers are no better than one. ReLU is the usual first choice."),
    h(Setting::Slope, "slope",
        "How much of a negative value LeakyReLU lets through. 0.01 is the usual value."),
    h(Setting::EluAlpha, "alpha",
        "How far below zero ELU bends for very negative inputs. 1 is the usual value."),
];

impl Setting {
    /// The setting's row in [`SETTINGS`].
    pub fn help(self) -> &'static Help {
        &SETTINGS[self as usize]
    }

    /// Its tooltip.
    pub fn tip(self) -> &'static str {
        self.help().tip
    }

    /// Its label as shown.
    pub fn label(self) -> &'static str {
        self.help().label
    }
}

/// The Data tab's settings in plain words (label, text), one place for every one of them.
pub mod data {
    /// The column the network learns to predict.
    pub const TARGET: &str = "The target: the column the network learns to predict from the others. Everything else is an input (a feature).";
    /// Classification or regression.
    pub const TASK: &str = "Classify (pick one of a few labels) or regress (predict a number). Auto decides from the target column: text or a few whole numbers means classes.";
    /// Scaling of the inputs.
    pub const SCALING: &str = "How each input column is rescaled before the network sees it. Standardize (mean 0, spread 1) suits almost every network; min-max squeezes into 0 to 1.";
    /// Scaling of a regression target.
    pub const TARGET_SCALING: &str = "How a number to predict is rescaled while training. Standard is best for learning; results are always shown in the target's own units.";
    /// Encoding of text columns.
    pub const TEXT_COLUMNS: &str = "How words in input columns become numbers: one-hot gives each value its own 0/1 input; ordinal numbers them in order, which suits ranked values only.";
    /// Missing values.
    pub const MISSING: &str = "What to do with empty cells: drop those rows, or fill them with the training mean, median or most frequent value.";
    /// The three splits.
    pub const SPLIT: &str = "How the rows are shared out: the network learns from the training rows, the validation rows watch for overfitting, and the test rows are the judge it never sees.";
    /// Image mode.
    pub const IMAGE: &str = "Treat the columns as the pixels of a picture (channels x height x width), so convolution and pooling layers can look at neighbouring pixels.";
    /// The built-in dataset.
    pub const DATASET: &str = "A ready-made problem to learn. Spiral and xor need hidden layers; circle is easy with the x1 squared and x2 squared inputs.";
    /// Samples of a built-in dataset.
    pub const SAMPLES: &str = "How many points the dataset has. Few noisy points make overfitting easy to see; many make training slower but steadier.";
    /// Noise of a built-in dataset.
    pub const NOISE: &str = "How much the points are jittered. More noise blurs the classes: the network must find the pattern, not memorise each point.";
    /// Seed of a built-in dataset.
    pub const DATA_SEED: &str = "The number the points are drawn from. The same seed gives the same points; change it for a fresh sample of the same problem.";
    /// Path of a CSV file.
    pub const PATH: &str = "The CSV file to learn from: type or paste its path and press Enter, or use Open. The first row may name the columns.";
    /// Every text, for tests.
    pub const ALL: [&str; 13] = [
        TARGET,
        TASK,
        SCALING,
        TARGET_SCALING,
        TEXT_COLUMNS,
        MISSING,
        SPLIT,
        IMAGE,
        DATASET,
        SAMPLES,
        NOISE,
        DATA_SEED,
        PATH,
    ];
}

/// What an optimizer does, in plain words.
pub fn optimizer(kind: &OptimizerKind) -> &'static str {
    match kind {
        OptimizerKind::Sgd => "Plain SGD: every weight moves against its gradient, scaled by the learning rate. Simple to follow; try a learning rate of 0.1.",
        OptimizerKind::Momentum { .. } => "SGD with momentum: keeps a running velocity of past gradients, so steps roll on in a steady direction and noise evens out. Try momentum 0.9.",
        OptimizerKind::Nesterov { .. } => "Nesterov: momentum that looks one step ahead before correcting; often a little steadier than plain momentum.",
        OptimizerKind::Adam { .. } => "Adam: remembers both the direction of recent gradients and how large they were, and gives every weight its own step size. The best first choice; try a learning rate of 0.01.",
        OptimizerKind::AdamW { .. } => "AdamW: Adam plus a gentle pull of every weight towards zero (weight decay). Try it when Adam overfits.",
        OptimizerKind::RmsProp { .. } => "RMSprop: divides each step by a running average of the gradient's size, so weights with large gradients take smaller steps.",
        OptimizerKind::Adagrad { .. } => "Adagrad: steps shrink as squared gradients add up; good for rare features, but learning can slow to a crawl.",
    }
}

/// What a loss measures, in plain words.
pub fn loss(kind: &LossKind) -> &'static str {
    match kind {
        LossKind::CrossEntropy => "Cross-entropy: for choosing between classes; punishes a confident wrong answer hard. The usual choice for classification.",
        LossKind::BinaryCrossEntropy => "Binary cross-entropy: for yes/no tasks with two classes and one output.",
        LossKind::Mse => "Mean squared error: for predicting numbers; big misses count much more than small ones. The usual choice for regression.",
        LossKind::Mae => "Mean absolute error: for numbers; every miss counts by its size, so outliers matter less.",
        LossKind::Huber { .. } => "Huber: squared for small misses, absolute for large ones; a middle ground for numbers with some outliers.",
    }
}

/// What "Auto" picks for the loss.
pub const LOSS_AUTO: &str =
    "Auto: cross-entropy for classes, mean squared error for numbers. The right choice to start.";

/// What a learning-rate schedule does, in plain words.
pub fn schedule(s: &Schedule) -> &'static str {
    match s {
        Schedule::Constant => "Constant: the same learning rate from start to end.",
        Schedule::Step { .. } => {
            "Step decay: the learning rate drops by a factor every few epochs, in stairs."
        }
        Schedule::Exponential { .. } => {
            "Exponential: the learning rate shrinks a little every epoch."
        }
        Schedule::Cosine { .. } => {
            "Cosine: the learning rate glides down along a smooth curve, for a careful finish."
        }
    }
}

/// What an initializer does, in plain words.
pub fn init(i: &InitChoice) -> &'static str {
    match i {
        InitChoice::Auto => "Auto: He for ReLU-like layers, Xavier otherwise. Right almost always.",
        InitChoice::Constant(_) => "Constant: every weight the same value. All units then learn the same thing: try it to see why random starts matter.",
        InitChoice::Zeros => "Zeros: every weight 0. Nothing breaks the symmetry, so the network barely learns: a lesson, not a choice.",
        InitChoice::Uniform(_) => "Uniform: random weights spread evenly within ± the limit.",
        InitChoice::Normal(_) => "Normal: random weights from a bell curve with the given spread.",
        InitChoice::XavierUniform => "Xavier uniform: random weights sized to the layer, so signals keep their strength through Tanh or Sigmoid layers.",
        InitChoice::XavierNormal => "Xavier normal: like Xavier uniform, drawn from a bell curve.",
        InitChoice::HeUniform => "He uniform: random weights sized for ReLU layers, which silence half their inputs.",
        InitChoice::HeNormal => "He normal: like He uniform, drawn from a bell curve.",
    }
}

/// What a beginner should try with a layer kind (its description says what it does).
pub fn layer_try(spec: &LayerSpec) -> &'static str {
    match spec {
        LayerSpec::Dense { .. } => "Start with one or two Dense layers of 8 to 32 units, each followed by an activation such as ReLU.",
        LayerSpec::Conv2d { .. } => "For images: 8 filters of size 3, then ReLU and MaxPool 2; add a second conv layer with 16 filters for harder pictures.",
        LayerSpec::MaxPool2d { .. } => "Put one with size 2 after a conv layer and its ReLU, to halve the image.",
        LayerSpec::AvgPool2d { .. } => "Swap it in for MaxPool and compare the loss curves.",
        LayerSpec::Flatten => "Needed between the last conv or pooling layer and the first Dense layer; it has nothing to learn.",
        LayerSpec::Dropout { .. } => "When the validation loss rises while the training loss falls, add Dropout 0.2 to 0.5 after a large Dense layer.",
        LayerSpec::BatchNorm => "Put it between a Dense or conv layer and its activation when a deep network trains slowly; a larger learning rate may then work.",
        LayerSpec::LayerNorm => "Like BatchNorm but independent of the batch; try it with small batches.",
        LayerSpec::Act(a) => match a {
            Activation::ReLU => "The usual choice after every Dense or conv layer. If the Flow tab reports dead units, try LeakyReLU.",
            Activation::LeakyReLU { .. } => "Use it instead of ReLU when units die; slope 0.01 is usual.",
            Activation::ELU { .. } => "Try it instead of ReLU in a deeper network; alpha 1 is usual.",
            Activation::GELU => "Try it instead of ReLU and compare the loss curves.",
            Activation::Tanh => "Try it on small networks for smooth boundaries; keep the learning rate modest.",
            Activation::Sigmoid => "Mostly of historic interest inside a network: compare it with ReLU in a deep stack and watch the gradients vanish in the Flow tab.",
            Activation::Softplus => "Try it instead of ReLU when you want a smooth boundary.",
        },
    }
}

/// The whole tooltip of a layer kind: what it does, then what to try.
pub fn layer(spec: &LayerSpec) -> String {
    format!(
        "{}\nTry: {}",
        crate::ui::widgets::plain(spec.description()),
        layer_try(spec)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_texts() -> Vec<String> {
        let mut t: Vec<String> = SETTINGS.iter().map(|h| h.tip.to_string()).collect();
        t.extend(data::ALL.iter().map(|d| d.to_string()));
        t.extend(OptimizerKind::ALL.iter().map(|o| optimizer(o).to_string()));
        t.extend(LossKind::ALL.iter().map(|l| loss(l).to_string()));
        t.push(LOSS_AUTO.to_string());
        t.extend(LayerSpec::palette().iter().map(layer));
        t
    }

    #[test]
    fn the_table_is_in_the_order_of_the_settings() {
        for (i, row) in SETTINGS.iter().enumerate() {
            assert_eq!(row.setting as usize, i, "{:?} is in row {i}", row.setting);
            assert!(std::ptr::eq(row.setting.help(), row));
        }
        assert_eq!(
            Setting::EluAlpha as usize + 1,
            SETTINGS.len(),
            "every setting has a row"
        );
    }

    #[test]
    fn every_setting_and_kind_has_plain_words() {
        for text in all_texts() {
            assert!(text.len() >= 30, "too short to explain anything: {text}");
            assert!(text.ends_with('.'), "a full sentence: {text}");
            // Characters the bundled fonts cannot draw (see widgets::plain).
            assert!(!text.contains(['ˣ', '→', '‖']), "{text}");
        }
        for row in &SETTINGS {
            assert!(!row.label.is_empty());
        }
        for spec in LayerSpec::palette() {
            let t = layer(&spec);
            assert!(t.starts_with(&*crate::ui::widgets::plain(spec.description())));
            assert!(t.contains("\nTry: "), "{t}");
        }
    }

    #[test]
    fn texts_are_distinct() {
        let mut all = all_texts();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "two things share one explanation");
    }

    #[test]
    fn the_cooking_story_is_told() {
        assert!(Setting::Loss.tip().contains("tasted"));
        assert!(Setting::Optimizer.tip().contains("recipe"));
        assert!(Setting::Init.tip().contains("seasoning"));
    }
}
