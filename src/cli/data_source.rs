//! Turning `--data`/`--builtin`, `--target`, `--image` and `--split` into a prepared dataset.

use super::args::TrainArgs;
use super::CliError;
use crate::data::prepare::{self, ImageConfig};
use crate::data::Table;
use crate::data::{
    read_csv_path, BuiltinKind, BuiltinSpec, DataConfig, Dataset, Preprocessor, ReadOptions,
    TargetScaling, TargetSpec,
};
use crate::model::Shape;
use crate::session::{DataAccess, DataSource, Session, SessionError};
use crate::snippet::snippet;
use std::path::{Path, PathBuf};

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
    /// The CSV file read (`None` for built-in data).
    pub file: Option<PathBuf>,
}

/// Checks that every `--categorical` name is a column of `table` (an unknown name would
/// otherwise be ignored without a word).
pub fn check_categorical(names: &[String], table: &Table) -> Result<(), CliError> {
    let columns: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    for n in names {
        if !columns.contains(&n.as_str()) {
            let mut known: Vec<String> = columns.iter().take(20).map(|c| snippet(c)).collect();
            if columns.len() > 20 {
                known.push(format!("… ({} in all)", columns.len()));
            }
            return Err(CliError::bad_input(format!(
                "--categorical `{}`: there is no such column; the columns are {} (names are case-sensitive)",
                snippet(n),
                known.join(", ")
            )));
        }
    }
    Ok(())
}

/// The data access for a session at `path`: a data file outside the session's folder is
/// read with a note on stderr naming it, or refused with `--no-outside-data`.
pub fn outside_data_access(
    session: &Session,
    path: &Path,
    refuse: bool,
    json: bool,
) -> Result<DataAccess, CliError> {
    if let Some(file) = session.data_path_outside(path) {
        if refuse {
            return Err(CliError::bad_input(format!(
                "{} (--no-outside-data)",
                SessionError::OutsideData {
                    path: file,
                    session: path.to_path_buf(),
                }
            )));
        }
        let msg = format!(
            "reading data outside the session's folder: {}",
            file.display()
        );
        super::output::err_line(&format!("note: {msg}"));
        if json {
            super::output::json_line(&serde_json::json!({"event": "warning", "message": msg}));
        }
    }
    Ok(if refuse {
        DataAccess::InsideOnly
    } else {
        DataAccess::Anywhere
    })
}

/// A non-negative finite number for `flag`, else an error naming it.
fn non_negative(flag: &str, v: Option<f32>, example: &str) -> Result<(), CliError> {
    match v {
        Some(x) if !(x.is_finite() && x >= 0.0) => Err(CliError::bad_input(format!(
            "{flag} `{x}`: give a finite number ≥ 0, e.g. {flag} {example}"
        ))),
        _ => Ok(()),
    }
}

/// Checks the numbers given on the command line before anything is read: each must make
/// sense for its flag (finite, not negative, …). The message names the flag.
pub fn check_flags(a: &TrainArgs) -> Result<(), CliError> {
    non_negative("--noise", a.noise, "0.1")?;
    non_negative("--l2", a.l2, "0.0001")?;
    if let Some(lr) = a.lr {
        if !(lr.is_finite() && lr > 0.0) {
            return Err(CliError::bad_input(format!(
                "--lr `{lr}`: the learning rate must be a finite number > 0, e.g. --lr 0.01"
            )));
        }
    }
    if a.batch == Some(0) {
        return Err(CliError::bad_input(
            "--batch 0: a batch holds at least one sample, e.g. --batch 32",
        ));
    }
    if a.samples == Some(0) {
        return Err(CliError::bad_input(
            "--samples 0: generate at least one sample, e.g. --samples 500",
        ));
    }
    if a.embed_data && a.save.is_none() {
        return Err(CliError::bad_input(
            "--embed-data embeds the CSV in the saved session: give --save FILE.ron too",
        ));
    }
    if a.embed_data && a.builtin.is_some() {
        return Err(CliError::bad_input(
            "--embed-data embeds CSV data (--data); a built-in dataset is regenerated from its settings and needs no copy: drop --embed-data",
        ));
    }
    if a.session.is_some() {
        let fixed = [
            ("--target", a.target.is_some()),
            ("--split", a.split.is_some()),
            ("--image", a.image.is_some()),
            ("--categorical", !a.categorical.is_empty()),
            ("--samples", a.samples.is_some()),
            ("--noise", a.noise.is_some()),
            ("--data-seed", a.data_seed.is_some()),
            ("--seed", a.seed.is_some()),
            ("--init", a.init.is_some()),
        ];
        if let Some((flag, _)) = fixed.iter().find(|(_, given)| *given) {
            return Err(CliError::bad_input(format!(
                "{flag} cannot change a session that continues: it keeps its data preparation (target, split, image shape, categories, generated data), its seed and its trained weights, so that it continues exactly. Drop {flag}, or start a new run with --data/--builtin instead of the session"
            )));
        }
    }
    Ok(())
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

/// Applies `--delimiter` and `--decimal-comma` to read options.
pub fn read_flags(
    mut read: ReadOptions,
    delimiter: Option<&str>,
    decimal_comma: Option<&str>,
) -> Result<ReadOptions, CliError> {
    if let Some(d) = delimiter {
        read.delimiter = Some(crate::data::parse_delimiter(d).ok_or_else(|| {
            CliError::bad_input(format!(
                "--delimiter `{}`: write one of , ; | tab, or another single punctuation character",
                d.escape_debug()
            ))
        })?);
    }
    if let Some(v) = decimal_comma {
        read.decimal_comma = Some(match v.to_ascii_lowercase().as_str() {
            "yes" | "true" | "on" => true,
            "no" | "false" | "off" => false,
            _ => {
                return Err(CliError::bad_input(format!(
                    "--decimal-comma=`{}`: write --decimal-comma (yes) or --decimal-comma=no",
                    v.escape_debug()
                )))
            }
        });
    }
    Ok(read)
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
    let (table, mut config, source, file) = match (&a.data, &a.builtin) {
        (Some(path), _) => {
            let read = ReadOptions { categorical_columns: a.categorical.clone(), ..ReadOptions::default() };
            let read = read_flags(read, a.delimiter.as_deref(), a.decimal_comma.as_deref())?;
            // The file's SHA-256 goes into a saved session only: without --save it is not
            // computed; with it, it is computed beside the read, on a thread of its own.
            let (table, sha256) = std::thread::scope(|s| {
                let hash = a.save.is_some().then(|| s.spawn(|| crate::session::sha256_file(path)));
                let table = read_csv_path(path, &read, None, None);
                let sha256 = match hash.map(|h| h.join()) {
                    Some(Ok(hash)) => hash.map_err(|e| CliError::bad_input(e.to_string())),
                    Some(Err(_)) => Err(CliError::failure("hashing the data file failed")),
                    None => Ok(String::new()),
                };
                (table, sha256)
            });
            let table = table.map_err(|e| CliError::bad_input(e.to_string()))?;
            let sha256 = sha256?;
            check_categorical(&a.categorical, &table)?;
            let source = DataSource::File { path: path.clone(), sha256, embedded: None };
            (table, DataConfig { read, ..DataConfig::default() }, source, Some(path.clone()))
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
            if !a.categorical.is_empty() {
                return Err(CliError::bad_input(
                    "--categorical applies to CSV data (--data); a built-in dataset's columns are fixed: drop --categorical",
                ));
            }
            (spec.table(), config, DataSource::Builtin(spec), None)
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
    // The table is not needed afterwards: preparing consumes it, giving its memory back as
    // the matrices fill.
    let (dataset, preprocessor, _) =
        prepare::prepare_owned(table, &config).map_err(|e| CliError::bad_input(e.to_string()))?;
    Ok(Prepared {
        dataset,
        preprocessor,
        source,
        config,
        file,
    })
}
