//! Every tooltip of the window's settings and layer kinds, in plain words: what it does and
//! what a beginner should try, told in the guide's cooking story where it helps (the
//! parameters are a cook's seasonings, the loss tastes the dish, the optimizer adjusts the
//! recipe). The words live in the Fluent resources (`assets/i18n/*.ftl`, keys `words-…`);
//! this module maps every setting and kind to its key and hands out the text in the
//! window's current language. Panels attach them with `on_hover_text`.
//!
//! The texts are `&'static str`, as when they were written here: each language's text of a
//! key is made once, on first use, and kept for the program's life (a few hundred short
//! strings per language at most).

use crate::i18n::{self, Language};
use crate::model::{Activation, InitChoice, LayerSpec, LossKind, OptimizerKind, Schedule};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The text of `key` (a message, or `message.attribute`) in the window's current language,
/// kept for the program's life.
pub fn text(key: &'static str) -> &'static str {
    type Cache = Mutex<HashMap<(Language, &'static str), &'static str>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let language = i18n::language();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    cache
        .entry((language, key))
        .or_insert_with(|| Box::leak(crate::tr!(key).into_boxed_str()))
}

/// A tooltip that is looked up when shown: its text is in the window's current language
/// (it dereferences to that text, and egui takes it wherever it takes text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tip(&'static str);

impl Tip {
    /// Its message key in the resources.
    pub fn key(self) -> &'static str {
        self.0
    }

    /// Its text in the window's current language.
    pub fn text(self) -> &'static str {
        text(self.0)
    }
}

impl std::ops::Deref for Tip {
    type Target = str;
    fn deref(&self) -> &str {
        self.text()
    }
}

impl std::fmt::Display for Tip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

impl From<Tip> for egui::WidgetText {
    fn from(tip: Tip) -> Self {
        tip.text().into()
    }
}

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

/// One row of the table: a setting, its label as shown, and its tooltip, in the window's
/// current language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    /// The setting.
    pub setting: Setting,
    /// Its label as the window shows it.
    pub label: &'static str,
    /// What it does and what to try, in plain words.
    pub tip: &'static str,
}

/// The table of every setting's label and tooltip, in the order of [`Setting`]: iterate
/// it (`for row in &SETTINGS`, `SETTINGS.iter()`) for rows in the current language.
#[derive(Debug)]
pub struct Settings;

/// Every setting's label and tooltip, in the order of [`Setting`].
pub static SETTINGS: Settings = Settings;

impl Settings {
    /// The rows, in the window's current language.
    pub fn iter(&self) -> impl Iterator<Item = Help> {
        Setting::ALL.into_iter().map(Setting::help)
    }

    /// How many settings there are.
    pub fn len(&self) -> usize {
        Setting::ALL.len()
    }

    /// Never: every setting has a row.
    pub fn is_empty(&self) -> bool {
        Setting::ALL.is_empty()
    }
}

impl IntoIterator for &Settings {
    type Item = Help;
    type IntoIter = std::iter::Map<std::array::IntoIter<Setting, 41>, fn(Setting) -> Help>;
    fn into_iter(self) -> Self::IntoIter {
        Setting::ALL
            .into_iter()
            .map(Setting::help as fn(Setting) -> Help)
    }
}

impl Setting {
    /// Every setting, in order.
    pub const ALL: [Setting; 41] = [
        Setting::Speed,
        Setting::LearningRate,
        Setting::LrDivide,
        Setting::LrMultiply,
        Setting::Optimizer,
        Setting::Momentum,
        Setting::Beta1,
        Setting::Beta2,
        Setting::Epsilon,
        Setting::WeightDecay,
        Setting::Alpha,
        Setting::Loss,
        Setting::HuberDelta,
        Setting::BatchSize,
        Setting::Epochs,
        Setting::Schedule,
        Setting::StepEvery,
        Setting::StepFactor,
        Setting::ExpFactor,
        Setting::CosineLength,
        Setting::CosineFinal,
        Setting::Warmup,
        Setting::Init,
        Setting::InitValue,
        Setting::Seed,
        Setting::Threads,
        Setting::L1,
        Setting::L2,
        Setting::ClipGradients,
        Setting::EarlyStopping,
        Setting::Units,
        Setting::Bias,
        Setting::Filters,
        Setting::Kernel,
        Setting::Stride,
        Setting::Padding,
        Setting::PoolSize,
        Setting::DropProbability,
        Setting::Function,
        Setting::Slope,
        Setting::EluAlpha,
    ];

    /// The setting's row in [`SETTINGS`], in the window's current language.
    pub fn help(self) -> Help {
        Help {
            setting: self,
            label: self.label(),
            tip: self.tip(),
        }
    }

    /// The message key of its label; its tooltip is the attribute `.tip`.
    pub fn key(self) -> &'static str {
        match self {
            Setting::Speed => "words-setting-speed",
            Setting::LearningRate => "words-setting-learning-rate",
            Setting::LrDivide => "words-setting-lr-divide",
            Setting::LrMultiply => "words-setting-lr-multiply",
            Setting::Optimizer => "words-setting-optimizer",
            Setting::Momentum => "words-setting-momentum",
            Setting::Beta1 => "words-setting-beta1",
            Setting::Beta2 => "words-setting-beta2",
            Setting::Epsilon => "words-setting-epsilon",
            Setting::WeightDecay => "words-setting-weight-decay",
            Setting::Alpha => "words-setting-alpha",
            Setting::Loss => "words-setting-loss",
            Setting::HuberDelta => "words-setting-huber-delta",
            Setting::BatchSize => "words-setting-batch-size",
            Setting::Epochs => "words-setting-epochs",
            Setting::Schedule => "words-setting-schedule",
            Setting::StepEvery => "words-setting-step-every",
            Setting::StepFactor => "words-setting-step-factor",
            Setting::ExpFactor => "words-setting-exp-factor",
            Setting::CosineLength => "words-setting-cosine-length",
            Setting::CosineFinal => "words-setting-cosine-final",
            Setting::Warmup => "words-setting-warmup",
            Setting::Init => "words-setting-init",
            Setting::InitValue => "words-setting-init-value",
            Setting::Seed => "words-setting-seed",
            Setting::Threads => "words-setting-threads",
            Setting::L1 => "words-setting-l1",
            Setting::L2 => "words-setting-l2",
            Setting::ClipGradients => "words-setting-clip-gradients",
            Setting::EarlyStopping => "words-setting-early-stopping",
            Setting::Units => "words-setting-units",
            Setting::Bias => "words-setting-bias",
            Setting::Filters => "words-setting-filters",
            Setting::Kernel => "words-setting-kernel",
            Setting::Stride => "words-setting-stride",
            Setting::Padding => "words-setting-padding",
            Setting::PoolSize => "words-setting-pool-size",
            Setting::DropProbability => "words-setting-drop-probability",
            Setting::Function => "words-setting-function",
            Setting::Slope => "words-setting-slope",
            Setting::EluAlpha => "words-setting-elu-alpha",
        }
    }

    fn tip_key(self) -> &'static str {
        match self {
            Setting::Speed => "words-setting-speed.tip",
            Setting::LearningRate => "words-setting-learning-rate.tip",
            Setting::LrDivide => "words-setting-lr-divide.tip",
            Setting::LrMultiply => "words-setting-lr-multiply.tip",
            Setting::Optimizer => "words-setting-optimizer.tip",
            Setting::Momentum => "words-setting-momentum.tip",
            Setting::Beta1 => "words-setting-beta1.tip",
            Setting::Beta2 => "words-setting-beta2.tip",
            Setting::Epsilon => "words-setting-epsilon.tip",
            Setting::WeightDecay => "words-setting-weight-decay.tip",
            Setting::Alpha => "words-setting-alpha.tip",
            Setting::Loss => "words-setting-loss.tip",
            Setting::HuberDelta => "words-setting-huber-delta.tip",
            Setting::BatchSize => "words-setting-batch-size.tip",
            Setting::Epochs => "words-setting-epochs.tip",
            Setting::Schedule => "words-setting-schedule.tip",
            Setting::StepEvery => "words-setting-step-every.tip",
            Setting::StepFactor => "words-setting-step-factor.tip",
            Setting::ExpFactor => "words-setting-exp-factor.tip",
            Setting::CosineLength => "words-setting-cosine-length.tip",
            Setting::CosineFinal => "words-setting-cosine-final.tip",
            Setting::Warmup => "words-setting-warmup.tip",
            Setting::Init => "words-setting-init.tip",
            Setting::InitValue => "words-setting-init-value.tip",
            Setting::Seed => "words-setting-seed.tip",
            Setting::Threads => "words-setting-threads.tip",
            Setting::L1 => "words-setting-l1.tip",
            Setting::L2 => "words-setting-l2.tip",
            Setting::ClipGradients => "words-setting-clip-gradients.tip",
            Setting::EarlyStopping => "words-setting-early-stopping.tip",
            Setting::Units => "words-setting-units.tip",
            Setting::Bias => "words-setting-bias.tip",
            Setting::Filters => "words-setting-filters.tip",
            Setting::Kernel => "words-setting-kernel.tip",
            Setting::Stride => "words-setting-stride.tip",
            Setting::Padding => "words-setting-padding.tip",
            Setting::PoolSize => "words-setting-pool-size.tip",
            Setting::DropProbability => "words-setting-drop-probability.tip",
            Setting::Function => "words-setting-function.tip",
            Setting::Slope => "words-setting-slope.tip",
            Setting::EluAlpha => "words-setting-elu-alpha.tip",
        }
    }

    /// Its tooltip.
    pub fn tip(self) -> &'static str {
        text(self.tip_key())
    }

    /// Its label as shown.
    pub fn label(self) -> &'static str {
        text(self.key())
    }
}

/// The Data tab's settings in plain words, one place for every one of them (each a [`Tip`]
/// in the window's current language).
pub mod data {
    use super::Tip;

    /// The column the network learns to predict.
    pub const TARGET: Tip = Tip("words-data-target");
    /// Classification or regression.
    pub const TASK: Tip = Tip("words-data-task");
    /// Scaling of the inputs.
    pub const SCALING: Tip = Tip("words-data-scaling");
    /// Scaling of a regression target.
    pub const TARGET_SCALING: Tip = Tip("words-data-target-scaling");
    /// Encoding of text columns.
    pub const TEXT_COLUMNS: Tip = Tip("words-data-text-columns");
    /// Missing values.
    pub const MISSING: Tip = Tip("words-data-missing");
    /// The three splits.
    pub const SPLIT: Tip = Tip("words-data-split");
    /// Image mode.
    pub const IMAGE: Tip = Tip("words-data-image");
    /// The built-in dataset.
    pub const DATASET: Tip = Tip("words-data-dataset");
    /// Samples of a built-in dataset.
    pub const SAMPLES: Tip = Tip("words-data-samples");
    /// Noise of a built-in dataset.
    pub const NOISE: Tip = Tip("words-data-noise");
    /// Seed of a built-in dataset.
    pub const DATA_SEED: Tip = Tip("words-data-seed");
    /// Path of a CSV file.
    pub const PATH: Tip = Tip("words-data-path");
    /// Every text, for tests.
    pub const ALL: [Tip; 13] = [
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

/// The message key of an optimizer's plain words.
pub fn optimizer_key(kind: &OptimizerKind) -> &'static str {
    match kind {
        OptimizerKind::Sgd => "words-optimizer-sgd",
        OptimizerKind::Momentum { .. } => "words-optimizer-momentum",
        OptimizerKind::Nesterov { .. } => "words-optimizer-nesterov",
        OptimizerKind::Adam { .. } => "words-optimizer-adam",
        OptimizerKind::AdamW { .. } => "words-optimizer-adamw",
        OptimizerKind::RmsProp { .. } => "words-optimizer-rmsprop",
        OptimizerKind::Adagrad { .. } => "words-optimizer-adagrad",
    }
}

/// What an optimizer does, in plain words.
pub fn optimizer(kind: &OptimizerKind) -> &'static str {
    text(optimizer_key(kind))
}

/// The message key of a loss's plain words.
pub fn loss_key(kind: &LossKind) -> &'static str {
    match kind {
        LossKind::CrossEntropy => "words-loss-cross-entropy",
        LossKind::BinaryCrossEntropy => "words-loss-binary-cross-entropy",
        LossKind::Mse => "words-loss-mse",
        LossKind::Mae => "words-loss-mae",
        LossKind::Huber { .. } => "words-loss-huber",
    }
}

/// What a loss measures, in plain words.
pub fn loss(kind: &LossKind) -> &'static str {
    text(loss_key(kind))
}

/// What "Auto" picks for the loss.
pub const LOSS_AUTO: Tip = Tip("words-loss-auto");

/// The message key of a learning-rate schedule's plain words.
pub fn schedule_key(s: &Schedule) -> &'static str {
    match s {
        Schedule::Constant => "words-schedule-constant",
        Schedule::Step { .. } => "words-schedule-step",
        Schedule::Exponential { .. } => "words-schedule-exponential",
        Schedule::Cosine { .. } => "words-schedule-cosine",
    }
}

/// What a learning-rate schedule does, in plain words.
pub fn schedule(s: &Schedule) -> &'static str {
    text(schedule_key(s))
}

/// The message key of an initializer's plain words.
pub fn init_key(i: &InitChoice) -> &'static str {
    match i {
        InitChoice::Auto => "words-init-auto",
        InitChoice::Constant(_) => "words-init-constant",
        InitChoice::Zeros => "words-init-zeros",
        InitChoice::Uniform(_) => "words-init-uniform",
        InitChoice::Normal(_) => "words-init-normal",
        InitChoice::XavierUniform => "words-init-xavier-uniform",
        InitChoice::XavierNormal => "words-init-xavier-normal",
        InitChoice::HeUniform => "words-init-he-uniform",
        InitChoice::HeNormal => "words-init-he-normal",
    }
}

/// What an initializer does, in plain words.
pub fn init(i: &InitChoice) -> &'static str {
    text(init_key(i))
}

/// The message keys of a layer kind: what it does (the window's own words for the
/// description of [`LayerSpec::description`], which stays English for the CLI) and, as its
/// attribute `.try`, what a beginner should try with it.
pub fn kind_keys(spec: &LayerSpec) -> (&'static str, &'static str) {
    match spec {
        LayerSpec::Dense { .. } => ("words-kind-dense", "words-kind-dense.try"),
        LayerSpec::Conv2d { .. } => ("words-kind-conv2d", "words-kind-conv2d.try"),
        LayerSpec::MaxPool2d { .. } => ("words-kind-maxpool2d", "words-kind-maxpool2d.try"),
        LayerSpec::AvgPool2d { .. } => ("words-kind-avgpool2d", "words-kind-avgpool2d.try"),
        LayerSpec::Flatten => ("words-kind-flatten", "words-kind-flatten.try"),
        LayerSpec::Dropout { .. } => ("words-kind-dropout", "words-kind-dropout.try"),
        LayerSpec::BatchNorm => ("words-kind-batchnorm", "words-kind-batchnorm.try"),
        LayerSpec::LayerNorm => ("words-kind-layernorm", "words-kind-layernorm.try"),
        LayerSpec::Act(a) => match a {
            Activation::ReLU => ("words-kind-relu", "words-kind-relu.try"),
            Activation::LeakyReLU { .. } => ("words-kind-leakyrelu", "words-kind-leakyrelu.try"),
            Activation::ELU { .. } => ("words-kind-elu", "words-kind-elu.try"),
            Activation::GELU => ("words-kind-gelu", "words-kind-gelu.try"),
            Activation::Tanh => ("words-kind-tanh", "words-kind-tanh.try"),
            Activation::Sigmoid => ("words-kind-sigmoid", "words-kind-sigmoid.try"),
            Activation::Softplus => ("words-kind-softplus", "words-kind-softplus.try"),
        },
    }
}

/// What a layer kind does, in plain words, in the window's current language.
pub fn layer_description(spec: &LayerSpec) -> &'static str {
    text(kind_keys(spec).0)
}

/// What a beginner should try with a layer kind (its description says what it does).
pub fn layer_try(spec: &LayerSpec) -> &'static str {
    text(kind_keys(spec).1)
}

/// The whole tooltip of a layer kind: what it does, then what to try.
pub fn layer(spec: &LayerSpec) -> String {
    crate::tr!(
        "words-kind-tip",
        what = crate::ui::widgets::plain(layer_description(spec)).as_ref(),
        advice = layer_try(spec)
    )
}

/// Every message key of this module, for the check that each language has them all.
pub fn all_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = Setting::ALL
        .iter()
        .flat_map(|s| [s.key(), s.tip_key()])
        .collect();
    keys.extend(data::ALL.iter().map(|t| t.key()));
    keys.extend(OptimizerKind::ALL.iter().map(optimizer_key));
    keys.extend(LossKind::ALL.iter().map(loss_key));
    keys.push(LOSS_AUTO.key());
    keys.extend(
        [
            Schedule::Constant,
            Schedule::Step {
                every: 1,
                gamma: 0.5,
            },
            Schedule::Exponential { gamma: 0.9 },
            Schedule::Cosine {
                epochs: 1,
                min_factor: 0.0,
            },
        ]
        .iter()
        .map(schedule_key),
    );
    keys.extend(
        [
            InitChoice::Auto,
            InitChoice::Constant(0.1),
            InitChoice::Zeros,
            InitChoice::Uniform(0.1),
            InitChoice::Normal(0.1),
            InitChoice::XavierUniform,
            InitChoice::XavierNormal,
            InitChoice::HeUniform,
            InitChoice::HeNormal,
        ]
        .iter()
        .map(init_key),
    );
    for spec in LayerSpec::palette() {
        let (what, advice) = kind_keys(&spec);
        keys.extend([what, advice]);
    }
    keys.push("words-kind-tip");
    keys
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
            assert_eq!(row.setting.help(), row);
        }
        assert_eq!(
            Setting::EluAlpha as usize + 1,
            SETTINGS.len(),
            "every setting has a row"
        );
    }

    #[test]
    fn every_key_is_in_every_language() {
        let keys = all_keys();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "two things share one key");
        for language in Language::ALL {
            for key in &keys {
                assert!(
                    i18n::message_in(language, key).is_some_and(|t| !t.is_empty()),
                    "{}.ftl lacks {key}",
                    language.tag()
                );
            }
        }
    }

    #[test]
    fn the_kinds_words_are_the_models_descriptions_in_english() {
        for spec in LayerSpec::palette() {
            let en = i18n::message_in(Language::English, kind_keys(&spec).0);
            assert_eq!(
                en.as_deref(),
                Some(&*crate::ui::widgets::plain(spec.description())),
                "{}: en.ftl must repeat kinds.rs",
                spec.name()
            );
        }
    }

    #[test]
    fn tips_follow_the_language() {
        i18n::set_language(Language::SimplifiedChinese);
        let zh = (
            Setting::Loss.tip(),
            data::TARGET.to_string(),
            layer(&LayerSpec::Flatten),
        );
        i18n::set_language(Language::TraditionalChinese);
        let tw = Setting::Loss.tip();
        i18n::set_language(Language::English);
        assert!(zh.0.contains("尝"), "{}", zh.0);
        assert!(zh.1.contains("目标"), "{}", zh.1);
        assert!(zh.2.contains("\n试试："), "{}", zh.2);
        assert!(tw.contains("嘗"), "{tw}");
        assert!(Setting::Loss.tip().contains("tasted"));
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
