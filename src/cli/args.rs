//! Command-line arguments (clap).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// layerlab: a native lab for neural networks. Without a subcommand it opens the window.
#[derive(Debug, Parser)]
#[command(
    name = "layerlab",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A session (.ron) to open in the window.
    #[arg(value_name = "SESSION")]
    pub open: Option<PathBuf>,
    /// Open the window with a lesson: a shipped one by name (new-cook, tasting,
    /// telling-the-cook, adjusting-the-recipe, practice-and-the-judge) or a lesson file.
    #[arg(long, value_name = "NAME|FILE.ron")]
    pub lesson: Option<String>,
    /// What to do headless; omit to open the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Train a network on a CSV file or a built-in dataset, or continue a session.
    Train(Box<TrainArgs>),
    /// Evaluate a saved session on its test split or on another CSV file.
    Eval(EvalArgs),
    /// Describe a CSV file: delimiter, header, rows, and each column's type and statistics.
    Inspect(InspectArgs),
    /// Measure training throughput on reference networks.
    Bench(BenchArgs),
    /// Predict every row of a CSV file with a saved session (its fitted preprocessing and
    /// trained weights): the class and its probabilities, or the value in the target's units.
    Predict(PredictArgs),
    /// Export a trained session: an ONNX model, or a PyTorch project that keeps training it.
    Export(ExportArgs),
    /// Bring a PyTorch checkpoint (weights.safetensors or train.py's
    /// checkpoints/epoch-N.safetensors) back into a session, written as a new session file.
    Import(ImportArgs),
    /// Lessons: check a lesson file you wrote, or list the shipped ones.
    Lesson(LessonArgs),
}

impl Command {
    /// Whether `--json` was given.
    pub fn json(&self) -> bool {
        match self {
            Command::Train(a) => a.json,
            Command::Eval(a) => a.json,
            Command::Inspect(a) => a.json,
            Command::Bench(a) => a.json,
            Command::Predict(a) => a.json,
            Command::Export(a) => a.json,
            Command::Import(a) => a.json,
            Command::Lesson(a) => a.json,
        }
    }
}

/// Arguments of `layerlab train`.
#[derive(Debug, Args, Default)]
pub struct TrainArgs {
    /// A session to continue (with --epochs N more epochs).
    pub session: Option<PathBuf>,
    /// CSV file to train on.
    #[arg(long, conflicts_with = "builtin")]
    pub data: Option<PathBuf>,
    /// Built-in dataset: circle, xor, gaussians, spiral, moons, plane, sine, multigaussian, iris, digits.
    #[arg(long)]
    pub builtin: Option<String>,
    /// Samples to generate for a built-in dataset.
    #[arg(long)]
    pub samples: Option<usize>,
    /// Noise of a built-in dataset.
    #[arg(long, allow_negative_numbers = true)]
    pub noise: Option<f32>,
    /// Seed of a built-in dataset's generator (defaults to --seed).
    #[arg(long)]
    pub data_seed: Option<u64>,
    /// Target column: a name, or #N for a 0-based index (negative counts from the end).
    #[arg(long, allow_hyphen_values = true)]
    pub target: Option<String>,
    /// Hidden layers in the text form, e.g. dense:16,relu,dropout:0.2.
    #[arg(long, allow_hyphen_values = true)]
    pub layers: Option<String>,
    /// Read these columns as categories even if they look numeric (comma-separated names);
    /// also the fix for a mostly-numeric column with a stray word.
    #[arg(long, value_delimiter = ',')]
    pub categorical: Vec<String>,
    /// Field delimiter of the CSV: , ; | tab, or another single character (default: detected).
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// Read numbers written with a decimal comma (1,5): `--decimal-comma`, or
    /// `--decimal-comma=no` to keep `1,5` as text (default: detected when the delimiter is not a comma).
    #[arg(long, value_name = "yes|no", num_args = 0..=1, require_equals = true, default_missing_value = "yes")]
    pub decimal_comma: Option<String>,
    /// Treat the features as images of this shape, e.g. 1x28x28.
    #[arg(long)]
    pub image: Option<String>,
    /// Loss: ce, bce, mse, mae, huber[:DELTA].
    #[arg(long)]
    pub loss: Option<String>,
    /// Optimizer: sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad.
    #[arg(long)]
    pub optimizer: Option<String>,
    /// Learning rate.
    #[arg(long, allow_negative_numbers = true)]
    pub lr: Option<f32>,
    /// Epochs (for a session: epochs to add).
    #[arg(long)]
    pub epochs: Option<u32>,
    /// Batch size.
    #[arg(long)]
    pub batch: Option<usize>,
    /// The seed everything random comes from.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Threads for the matrix products under dense and convolution layers: `auto` (the
    /// default: a second thread only for networks big enough to gain from it) or a count.
    /// Results are bit-identical for every thread count (the threads split the output of
    /// each product, never a sum).
    #[arg(long, value_name = "auto|N")]
    pub threads: Option<String>,
    /// Split ratios train,validation,test, e.g. 0.7,0.15,0.15.
    #[arg(long)]
    pub split: Option<String>,
    /// Weight initializer: auto, const:C, zeros, uniform:A, normal:STD, xavier, xavier-normal, he, he-normal.
    #[arg(long)]
    pub init: Option<String>,
    /// L2 penalty on weights.
    #[arg(long, allow_negative_numbers = true)]
    pub l2: Option<f32>,
    /// Save the session (network, data source, weights, history) to this RON file.
    #[arg(long)]
    pub save: Option<PathBuf>,
    /// Embed the CSV data in the saved session (files up to 4 MB).
    #[arg(long)]
    pub embed_data: bool,
    /// Refuse (exit code 2) to read a session's data file that lies outside the session's
    /// folder; without it such a file is read with a note on stderr naming it.
    #[arg(long)]
    pub no_outside_data: bool,
    /// One JSON object per line instead of a progress bar.
    #[arg(long)]
    pub json: bool,
    /// Scaling of a regression target, fitted on the training split: standard (the
    /// default: mean 0, standard deviation 1), none, or minmax. Losses are shown as trained;
    /// RMSE, MAE, R² and predictions in the target's own units.
    #[arg(long, value_name = "none|standard|minmax")]
    pub target_scaling: Option<String>,
}

/// Arguments of `layerlab eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The session to evaluate.
    pub session: PathBuf,
    /// Evaluate on this CSV file (all rows) instead of the session's test split.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Refuse (exit code 2) to read a session's data file that lies outside the session's
    /// folder; without it such a file is read with a note on stderr naming it.
    #[arg(long)]
    pub no_outside_data: bool,
    /// Field delimiter of the --data file: , ; | tab, or another single character
    /// (default: the session's, else detected).
    #[arg(long, value_name = "CHAR", requires = "data")]
    pub delimiter: Option<String>,
    /// Decimal commas (1,5) in the --data file: `--decimal-comma` or `--decimal-comma=no`.
    #[arg(long, value_name = "yes|no", num_args = 0..=1, require_equals = true, default_missing_value = "yes", requires = "data")]
    pub decimal_comma: Option<String>,
    /// JSON output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `layerlab inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The CSV file.
    pub file: PathBuf,
    /// Read these columns as categories (comma-separated names).
    #[arg(long, value_delimiter = ',')]
    pub categorical: Vec<String>,
    /// Field delimiter: , ; | tab, or another single character (default: detected).
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// Read numbers written with a decimal comma (1,5): `--decimal-comma`, or
    /// `--decimal-comma=no` (default: detected when the delimiter is not a comma).
    #[arg(long, value_name = "yes|no", num_args = 0..=1, require_equals = true, default_missing_value = "yes")]
    pub decimal_comma: Option<String>,
    /// JSON output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `layerlab bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Runs per case (the median is reported).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
    /// Fewer steps per run (a quick smoke measurement).
    #[arg(long)]
    pub quick: bool,
    /// Threads for the engine's matrix products: 1 (the default, as the PyTorch reference
    /// runs), `auto`, or a count. Results are bit-identical for every thread count.
    #[arg(long, value_name = "auto|N", default_value = "1")]
    pub threads: String,
    /// Measure the window instead: open it on the current display, train each reference
    /// scenario for this many seconds with its view showing, and print frames per second,
    /// UI-thread CPU per frame and training speed against the bare engine.
    #[arg(long, value_name = "SECONDS")]
    pub window: Option<f64>,
    /// JSON output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `layerlab predict`.
#[derive(Debug, Args)]
pub struct PredictArgs {
    /// The trained session whose network predicts.
    pub session: PathBuf,
    /// The CSV file to predict: the feature columns the session was trained on, found by
    /// name (any order; extra columns, the target column included, are ignored; the target
    /// may be absent). Read in chunks of rows: any size.
    #[arg(long)]
    pub data: PathBuf,
    /// Write the predictions as CSV to this file (`row`, the predicted class and one
    /// `p(CLASS)` column per class, or the predicted value per target). Without it and
    /// without --json the CSV goes to stdout.
    #[arg(long, value_name = "P.csv")]
    pub out: Option<PathBuf>,
    /// Field delimiter of the --data file: , ; | tab, or another single character
    /// (default: the session's, else detected).
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<String>,
    /// Decimal commas (1,5) in the --data file: `--decimal-comma` or `--decimal-comma=no`.
    #[arg(long, value_name = "yes|no", num_args = 0..=1, require_equals = true, default_missing_value = "yes")]
    pub decimal_comma: Option<String>,
    /// One JSON object per row (`row`, then `class` and `probabilities`, or `value` in the
    /// target's units), then `{"event":"summary", …}`.
    #[arg(long)]
    pub json: bool,
}

/// What `layerlab export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One ONNX file (opset 17).
    Onnx,
    /// A folder with model.py, weights.safetensors, preprocess.json, train.py and a README.
    Pytorch,
}

/// Arguments of `layerlab export`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
ONNX (--to onnx --out model.onnx): one input `features`, float32 [N, F]: the raw feature
columns in the order the session reads them (the CSV's order, target left out). Numeric
columns are plain numbers (NaN for a missing value, filled as in training); a categorical
column is its category code as a float: the 0-based index of the category in the sorted
list saved in the model's metadata (`layerlab.columns`); any other code is an unseen
category (all zeros, as layerlab does). The fitted scaling and the one-hot encoding are in
the graph. One output: `probabilities` [N, classes] (in the order of `layerlab.classes`),
or `values` [N, targets] in the target's own units (`scores` for classes trained with a
regression loss). Opset 17; names, shapes and columns are in the metadata_props.

PyTorch (--to pytorch --out DIR): DIR/model.py (the network as an nn.Module, load(dir),
preprocess(df), predict(net, x)), weights.safetensors, preprocess.json (the fitted data
configuration), train.py (continues training: python train.py, or
torchrun --nproc_per_node=N train.py) and README.md.")]
pub struct ExportArgs {
    /// The trained session to export.
    pub session: PathBuf,
    /// The format: onnx or pytorch.
    #[arg(long, value_enum)]
    pub to: ExportFormat,
    /// The file (onnx) or folder (pytorch, created if absent) to write.
    #[arg(long)]
    pub out: PathBuf,
    /// One JSON summary line (`{"event":"summary", …}`) instead of a sentence.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `layerlab import`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Every tensor of the exported network must be in the checkpoint, float32, of the exported
shape (nn.Linear weights [units, inputs], transposed back), with finite values; otherwise
the command exits with code 2 naming the file and the tensor. The data, preprocessing,
settings and history of SESSION are kept; the optimizer's state cannot be recovered from a
checkpoint and starts afresh (momentum and Adam's moments at zero).

  layerlab import iris.ron --weights proj/checkpoints/epoch-12.safetensors --out iris-torch.ron")]
pub struct ImportArgs {
    /// The session the checkpoint's network was exported from.
    pub session: PathBuf,
    /// The checkpoint: weights.safetensors, or a checkpoints/epoch-N.safetensors of train.py.
    #[arg(long, value_name = "CHECKPOINT.safetensors")]
    pub weights: PathBuf,
    /// The session file to write (atomically; it may be SESSION itself).
    #[arg(long, value_name = "NEW.ron")]
    pub out: PathBuf,
    /// One JSON summary line (`{"event":"summary", …}`) instead of a sentence.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `layerlab lesson`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  layerlab lesson check my-lesson.ron
  layerlab lesson list

The format is described in the README (Lessons).")]
pub struct LessonArgs {
    /// What to do.
    #[command(subcommand)]
    pub action: LessonAction,
    /// One JSON summary line (`{"event":"summary", …}`) instead of sentences.
    #[arg(long, global = true)]
    pub json: bool,
}

/// `layerlab lesson` actions.
#[derive(Debug, Subcommand)]
pub enum LessonAction {
    /// Validate a lesson file: exit 0 when it is sound, 2 naming the step and field that
    /// is wrong.
    Check {
        /// The lesson file (.ron).
        file: PathBuf,
    },
    /// List the shipped lessons (name, steps, title).
    List,
}
