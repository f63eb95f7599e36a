//! Turning `--data`/`--builtin`, `--target`, `--image` and `--split` into a prepared dataset.

use super::args::TrainArgs;
use super::CliError;
use crate::data::prepare::{self, ImageConfig};
use crate::data::{
    read_csv_path, BuiltinKind, BuiltinSpec, DataConfig, Dataset, Preprocessor, ReadOptions,
    TargetScaling, TargetSpec,
};
use crate::model::Shape;
use crate::session::DataSource;

/// A prepared dataset with where it came from and how it was prepared.
pub struct Prepared {
    /// The dataset.
    pub dataset: Dataset,
    /// The fitted transform.
    pub preprocessor: Preprocessor,
    /// The source, for the session.
    pub source: DataSource,
    /// The configuration used.
    pub config: DataConfig,
}

/// Parses `--target`: a column name, or `#N` (0-based, negative from the end).
pub fn parse_target(text: &str) -> Result<TargetSpec, CliError> {
    match text.strip_prefix('#') {
        Some(n) => n.parse::<i64>().map(TargetSpec::Index).map_err(|_| {
            CliError::bad_input(format!(
                "--target `{text}`: after # write a column index such as #0 or #-1"
            ))
        }),
        None => Ok(TargetSpec::Name(text.to_string())),
    }
}

/// Parses `--split 0.7,0.15,0.15` (two numbers mean no test split is not allowed: give three).
pub fn parse_split(text: &str) -> Result<(f32, f32, f32), CliError> {
    let parts: Vec<f32> = text
        .split(',')
        .map(|p| p.trim().parse::<f32>())
        .collect::<Result<_, _>>()
        .map_err(|_| {
            CliError::bad_input(format!(
                "--split `{text}`: write three ratios, e.g. 0.7,0.15,0.15"
            ))
        })?;
    match parts[..] {
        [a, b, c] if a > 0.0 && b >= 0.0 && c >= 0.0 && ((a + b + c) - 1.0).abs() < 1e-3 => Ok((a, b, c)),
        [_, _, _] => Err(CliError::bad_input(format!(
            "--split `{text}`: the ratios must be non-negative, the training ratio positive, and they must add up to 1"
        ))),
        _ => Err(CliError::bad_input(format!("--split `{text}`: write three ratios, e.g. 0.7,0.15,0.15"))),
    }
}

/// Parses `--target-scaling none|standard|minmax`.
pub fn parse_target_scaling(text: &str) -> Result<TargetScaling, CliError> {
    TargetScaling::parse(text).ok_or_else(|| {
        CliError::bad_input(format!(
            "--target-scaling `{text}`: write none, standard or minmax"
        ))
    })
}

/// Loads and prepares the data named by the arguments.
pub fn prepare_from_args(a: &TrainArgs) -> Result<Prepared, CliError> {
    let (table, mut config, source) = match (&a.data, &a.builtin) {
        (Some(path), _) => {
            let read = ReadOptions { categorical_columns: a.categorical.clone(), ..ReadOptions::default() };
            let table = read_csv_path(path, &read, None, None).map_err(|e| CliError::bad_input(e.to_string()))?;
            let sha256 = crate::session::sha256_file(path).map_err(|e| CliError::bad_input(e.to_string()))?;
            let source = DataSource::File { path: path.clone(), sha256, embedded: None };
            (table, DataConfig { read, ..DataConfig::default() }, source)
        }
        (None, Some(name)) => {
            let kind = BuiltinKind::from_name(name).ok_or_else(|| {
                let known: Vec<&str> = BuiltinKind::all().iter().map(|k| k.name()).collect();
                CliError::bad_input(format!("--builtin `{name}` is not a built-in dataset; use one of {}", known.join(", ")))
            })?;
            let mut spec = BuiltinSpec::new(kind);
            if let Some(n) = a.samples {
                spec.samples = n;
            }
            if let Some(v) = a.noise {
                spec.noise = v;
            }
            if let Some(s) = a.data_seed.or(a.seed) {
                spec.seed = s;
            }
            let config = spec.default_config();
            (spec.table(), config, DataSource::Builtin(spec))
        }
        (None, None) => {
            return Err(CliError::bad_input(
                "say what to train on: --data FILE.csv or --builtin NAME (e.g. --builtin spiral), or give a session file",
            ))
        }
    };
    if let Some(t) = &a.target {
        config.target = parse_target(t)?;
    }
    if let Some(s) = &a.split {
        let (tr, va, te) = parse_split(s)?;
        config.split.train = tr;
        config.split.val = va;
        config.split.test = te;
    }
    if let Some(seed) = a.seed {
        config.split.seed = seed;
    }
    if let Some(t) = &a.target_scaling {
        config.target_scaling = parse_target_scaling(t)?;
    }
    if let Some(img) = &a.image {
        let shape = Shape::parse(img).map_err(|e| CliError::bad_input(format!("--image: {e}")))?;
        if !matches!(shape, Shape::Image { .. }) {
            return Err(CliError::bad_input(format!(
                "--image `{img}`: write channels x height x width, e.g. 1x28x28"
            )));
        }
        config.image = Some(ImageConfig {
            shape,
            ..config.image.unwrap_or_default()
        });
    }
    let (dataset, preprocessor) =
        prepare::prepare(&table, &config).map_err(|e| CliError::bad_input(e.to_string()))?;
    Ok(Prepared {
        dataset,
        preprocessor,
        source,
        config,
    })
}
