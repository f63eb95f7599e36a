//! `layerlab train`: train from flags, or continue a session, on the background worker.

use super::args::TrainArgs;
use super::data_source::{check_flags, outside_data_access, prepare_from_args};
use super::output::{self, err_line, json_line, num, warning};
use super::CliError;
use crate::data::{Dataset, DroppedRows, Split};
use crate::engine::Trainer;
use crate::model::{
    parse_layers, InitChoice, LossKind, NetworkSpec, OptimizerKind, Threads, TrainConfig,
};
use crate::session::{SaveTarget, Session, SessionError};
use crate::train::{eval, spawn, EpochRecord, TrainEvent, TrainJob, TrainState, WorkerOptions};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The hidden layers used when `--layers` is not given.
pub const DEFAULT_LAYERS: &str = "dense:16,relu";

fn config_from_args(a: &TrainArgs, base: TrainConfig) -> Result<TrainConfig, CliError> {
    let mut c = base;
    if let Some(l) = &a.loss {
        c.loss = Some(LossKind::parse(l).map_err(|e| CliError::bad_input(format!("--loss: {e}")))?);
    }
    if let Some(o) = &a.optimizer {
        c.optimizer = OptimizerKind::parse(o)
            .map_err(|e| CliError::bad_input(format!("--optimizer: {e}")))?;
        if a.lr.is_none() {
            c.lr = c.optimizer.default_lr();
        }
    }
    if let Some(lr) = a.lr {
        c.lr = lr;
    }
    if let Some(b) = a.batch {
        c.batch_size = b;
    }
    if let Some(s) = a.seed {
        c.seed = s;
    }
    if let Some(t) = &a.threads {
        c.threads = parse_threads(t)?;
    }
    if let Some(i) = &a.init {
        c.init = InitChoice::parse(i).map_err(|e| CliError::bad_input(format!("--init: {e}")))?;
    }
    if let Some(l2) = a.l2 {
        c.l2 = l2;
    }
    c.validate()
        .map_err(|e| CliError::bad_input(format!("{e} (check --lr, --batch, --l2)")))?;
    Ok(c)
}

/// `--threads`: `auto` or a count of at least 1.
pub(super) fn parse_threads(text: &str) -> Result<Threads, CliError> {
    Threads::parse(text).ok_or_else(|| {
        CliError::bad_input(format!(
            "--threads: `{text}` is not a thread count; use `auto` or a whole number of at least 1"
        ))
    })
}

struct Plan {
    session: Session,
    dataset: Dataset,
    resume: Option<TrainState>,
    /// The data file read (never to be overwritten by the save).
    data_file: Option<PathBuf>,
    /// Rows dropped while preparing (reported in the summary).
    dropped: DroppedRows,
}

/// A message as one sentence inside a longer one (without its final period).
fn clause(e: impl std::fmt::Display) -> String {
    e.to_string().trim_end().trim_end_matches('.').to_string()
}

fn plan_new(a: &TrainArgs) -> Result<Plan, CliError> {
    let p = prepare_from_args(a)?;
    output::preparation_warnings(&p.preprocessor, a.json);
    let dropped = p.preprocessor.dropped.clone();
    let text = a.layers.as_deref().unwrap_or(DEFAULT_LAYERS);
    let layers = parse_layers(text).map_err(|e| CliError::bad_input(format!("--layers: {e}")))?;
    let spec = NetworkSpec::new(p.dataset.input_shape, layers);
    let mut cfg = config_from_args(a, TrainConfig::default())?;
    cfg.epochs = a.epochs.unwrap_or(cfg.epochs);
    let session = Session {
        name: p.dataset.name.clone(),
        network: spec,
        data: p.source,
        data_config: p.config,
        preprocessor: Some(p.preprocessor),
        train: cfg,
        ..Default::default()
    };
    Ok(Plan {
        session,
        dataset: p.dataset,
        resume: None,
        data_file: p.file,
        dropped,
    })
}

fn plan_continue(a: &TrainArgs, path: &Path, json: bool) -> Result<Plan, CliError> {
    if a.data.is_some() || a.builtin.is_some() || a.layers.is_some() {
        return Err(CliError::bad_input(
            "a session brings its own data and network; drop --data/--builtin/--layers, or start a new run without the session",
        ));
    }
    if a.delimiter.is_some() || a.decimal_comma.is_some() {
        return Err(CliError::bad_input(
            "a session rereads its data the way it was first read; drop --delimiter/--decimal-comma, or start a new run without the session",
        ));
    }
    if a.target_scaling.is_some() {
        return Err(CliError::bad_input(
            "a session keeps the target scaling it was trained with; drop --target-scaling, or start a new run without the session",
        ));
    }
    let mut session = Session::load(path).map_err(|e| CliError::bad_input(e.to_string()))?;
    let access = outside_data_access(&session, path, a.no_outside_data, json)?;
    let loaded = session
        .load_dataset_with(Some(path), access)
        .map_err(|e| CliError::bad_input(e.to_string()))?;
    for w in &loaded.warnings {
        warning(json, w);
    }
    output::preparation_warnings(&loaded.preprocessor, json);
    // The session as saved must be consistent before any flag changes it.
    session.check_weights().map_err(|e| {
        CliError::bad_input(format!(
            "{}: {}; the session is inconsistent (damaged or edited by hand): open an older copy, or start a new run without the session",
            path.display(),
            clause(e)
        ))
    })?;
    let done = session.state.as_ref().map_or(0, |s| s.epoch);
    let more = a.epochs.unwrap_or(10);
    let total = done.checked_add(more).ok_or_else(|| {
        CliError::bad_input(format!(
            "{}: state.epoch is {done}, so {more} more epochs (--epochs) would pass the largest epoch count ({}); no run gets that far: the file was damaged or edited — start a new run without the session",
            path.display(),
            u32::MAX
        ))
    })?;
    let mut cfg = config_from_args(a, session.train.clone())?;
    cfg.epochs = total;
    session.train = cfg;
    if a.optimizer.is_some() {
        session.check_weights().map_err(|e| {
            CliError::bad_input(format!(
                "{}: with --optimizer {}: {}; continue with the session's own optimizer (drop --optimizer), or start a new run without the session",
                path.display(),
                session.train.optimizer.name(),
                clause(e)
            ))
        })?;
    }
    let mut resume = session.state.clone();
    if let (Some(st), Some(lr)) = (resume.as_mut(), a.lr) {
        st.lr = lr; // a learning rate given now wins over the one saved
    }
    Ok(Plan {
        session,
        dataset: loaded.dataset,
        resume,
        data_file: loaded.file,
        dropped: loaded.preprocessor.dropped,
    })
}

/// Checks (and locks) the `--save` path before any work, so that a bad path is reported
/// before training, not after it.
fn save_target(a: &TrainArgs) -> Result<Option<SaveTarget>, CliError> {
    let Some(path) = &a.save else {
        return Ok(None);
    };
    let target = SaveTarget::prepare(path)
        .map_err(|e| CliError::bad_input(format!("--save: {}", clause(e))))?;
    Ok(Some(target))
}

/// Another name for a session saved at `path`: `NAME.ron`, or `session.ron` if that is it.
fn suggestion(path: &Path) -> PathBuf {
    let ron = path.with_extension("ron");
    if ron == path {
        path.with_file_name("session.ron")
    } else {
        ron
    }
}

/// Refuses a save that would replace the data the run reads.
fn check_not_input(target: &SaveTarget, data: Option<&Path>) -> Result<(), CliError> {
    if let Some(data) = data {
        if target.would_replace(data) {
            return Err(CliError::bad_input(format!(
                "--save `{}` is the data file this run reads (`{}`); saving there would overwrite your data. Save the session to another file, e.g. --save {}",
                target.path().display(),
                data.display(),
                suggestion(target.path()).display()
            )));
        }
    }
    Ok(())
}

/// Refuses a saved position inside an epoch that this session's epochs do not have.
fn check_position(
    a: &TrainArgs,
    resume: Option<&TrainState>,
    dataset: &Dataset,
    batch: usize,
) -> Result<(), CliError> {
    let Some(st) = resume else {
        return Ok(());
    };
    let batches = dataset.train.rows.div_ceil(batch.max(1));
    if st.batch_in_epoch > 0 && st.batch_in_epoch as usize >= batches {
        return Err(CliError::bad_input(format!(
            "{}: state.batch_in_epoch is {}, but an epoch here has only {batches} batches ({} training rows, batch size {batch}); the file was damaged or edited, or --batch differs from the batch size it was trained with: drop --batch, or start a new run without the session",
            a.session.as_deref().unwrap_or(Path::new("session")).display(),
            st.batch_in_epoch,
            dataset.train.rows,
        )));
    }
    Ok(())
}

/// Runs `layerlab train`.
pub fn run(a: &TrainArgs) -> Result<(), CliError> {
    check_flags(a)?;
    let target = save_target(a)?;
    let plan = match &a.session {
        Some(path) => plan_continue(a, path, a.json)?,
        None => plan_new(a)?,
    };
    let Plan {
        mut session,
        dataset,
        resume,
        data_file,
        dropped,
    } = plan;
    if let Some(t) = &target {
        check_not_input(t, data_file.as_deref())?;
    }
    let cfg = session.train.clone();
    check_position(a, resume.as_ref(), &dataset, cfg.batch_size)?;
    // Refuse what cannot fit in memory before allocating anything.
    crate::model::memory::check_network(
        &session.network,
        &dataset.task,
        &cfg,
        dataset.train.rows,
        crate::model::memory::Purpose::Train,
    )
    .map_err(|e| CliError::bad_input(e.to_string()))?;
    // Check the network and loss before starting: bad input exits with code 2.
    let mut final_net: Trainer =
        Trainer::new(&session.network, &dataset.task, &cfg).map_err(|e| {
            match (&a.session, &a.layers) {
                (None, Some(_)) => CliError::bad_input(format!("--layers: {e}")),
                _ => CliError::bad_input(e.to_string()),
            }
        })?;
    if let Some(st) = &resume {
        final_net
            .net
            .set_weights(&st.weights)
            .map_err(|e| CliError::bad_input(e.to_string()))?;
    }
    let dataset = Arc::new(dataset);
    let start_epoch = resume.as_ref().map_or(0, |s| s.epoch);
    let batches = dataset.train.rows.div_ceil(cfg.batch_size.max(1)) as u64;
    let job = TrainJob {
        spec: session.network.clone(),
        dataset: dataset.clone(),
        config: cfg.clone(),
        resume,
        options: WorkerOptions {
            progress_interval: Duration::from_millis(100),
            ..Default::default()
        },
    };
    let handle = spawn(job, Arc::new(|| {}))
        .map_err(|e| CliError::failure(format!("could not start training: {e}")))?;
    let bar = (!a.json && std::io::stderr().is_terminal()).then(|| {
        let pb = ProgressBar::new(cfg.epochs.saturating_sub(start_epoch) as u64 * batches);
        pb.set_style(
            ProgressStyle::with_template(
                "{spinner} epoch {msg} [{bar:30}] {pos}/{len} batches, {per_sec}, eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        pb
    });
    let warn = |w: &str| warning(a.json, w);
    if dataset.val.is_empty() {
        warn("the validation split is empty, so there is no validation loss; give it a share with --split, e.g. 0.7,0.15,0.15");
    }
    if dataset.task.num_classes() == 1 {
        warn("the target has a single class: there is nothing to learn; choose another target column");
    }
    let t0 = Instant::now();
    let mut last_epoch: Option<EpochRecord> = None;
    let mut non_finite: Option<String> = None;
    let state = loop {
        let Some(ev) = handle.recv_timeout(Duration::from_millis(200)) else {
            if handle.is_finished() {
                return Err(CliError::failure("training ended without a result"));
            }
            continue;
        };
        session.history.apply(&ev);
        match ev {
            TrainEvent::Progress { epoch, step, .. } => {
                if let Some(pb) = &bar {
                    pb.set_position(step.saturating_sub(start_epoch as u64 * batches));
                    pb.set_message(format!("{epoch}/{}", cfg.epochs));
                }
            }
            TrainEvent::Epoch(r) => {
                if a.json {
                    json_line(&json!({
                        "event": "epoch", "epoch": r.epoch, "step": r.step,
                        "train_loss": num(r.train_loss), "val_loss": num(r.val_loss),
                        "train_metric": num(r.train_metric), "val_metric": num(r.val_metric),
                        "lr": num(r.lr), "seconds": num(r.seconds),
                    }));
                } else if bar.is_none() {
                    output::line(&format!(
                        "epoch {:>4}  train loss {:.4}  val loss {:.4}  val {} {:.4}",
                        r.epoch,
                        r.train_loss,
                        r.val_loss,
                        if dataset.task.is_classification() {
                            "accuracy"
                        } else {
                            "R²"
                        },
                        r.val_metric
                    ));
                }
                last_epoch = Some(r);
            }
            TrainEvent::Diagnostic(d) => {
                if d.kind == crate::train::DiagnosticKind::NonFinite {
                    non_finite = Some(format!("{} — try: {}", d.message, d.tip));
                }
                if a.json {
                    json_line(
                        &json!({"event": "diagnostic", "kind": format!("{:?}", d.kind), "epoch": d.epoch, "message": d.message, "tip": d.tip}),
                    );
                } else {
                    let line = format!("note: {} — try: {}", d.message, d.tip);
                    match &bar {
                        Some(pb) => pb.println(line),
                        None => err_line(&line),
                    }
                }
            }
            TrainEvent::Paused { .. } => {
                // A non-finite loss pauses the worker; from the command line, stop there.
                handle.send(crate::train::TrainCommand::Stop);
            }
            TrainEvent::Finished { state, .. } => break *state,
            TrainEvent::Failed { message, .. } => return Err(CliError::failure(message)),
            _ => {}
        }
    };
    if let Some(pb) = &bar {
        pb.finish_and_clear();
    }
    if let Some(msg) = non_finite {
        return Err(CliError::bad_input(format!("training stopped: {msg}")));
    }
    // Training is over: once the worker has let go of the data, only the test split is
    // kept for the last evaluation (a large file's training matrix is given back first).
    drop(handle);
    let dataset = match Arc::try_unwrap(dataset) {
        Ok(mut d) => {
            d.train = Split::default();
            d.val = Split::default();
            Arc::new(d)
        }
        Err(shared) => shared,
    };
    final_net
        .net
        .set_weights(&state.weights)
        .map_err(|e| CliError::failure(e.to_string()))?;
    let test = (!dataset.test.is_empty())
        .then(|| eval::evaluate(&mut final_net, &dataset.test, "test", &dataset.target_scale));
    session.state = Some(state.clone());
    if let Some(target) = &target {
        if a.embed_data {
            if let crate::session::DataSource::File { path: csv, .. } = &session.data {
                let csv = data_file.as_deref().unwrap_or(csv);
                let text = std::fs::read_to_string(csv).map_err(|e| {
                    CliError::bad_input(format!("--embed-data: cannot read {}: {e}", csv.display()))
                })?;
                session
                    .embed_data(text)
                    .map_err(|e| CliError::bad_input(format!("--embed-data: {e}")))?;
            }
        }
        session.save_to(target).map_err(|e| match e {
            SessionError::Io { .. } | SessionError::SaveTarget { .. } => {
                CliError::bad_input(format!("--save: {e}"))
            }
            other => CliError::failure(other.to_string()),
        })?;
    }
    let mut summary = serde_json::Map::new();
    summary.insert("event".into(), json!("summary"));
    summary.insert("epochs".into(), json!(state.epoch));
    summary.insert("steps".into(), json!(state.step));
    summary.insert(
        "train_loss".into(),
        num(last_epoch.as_ref().map_or(f64::NAN, |r| r.train_loss)),
    );
    summary.insert(
        "val_loss".into(),
        num(last_epoch.as_ref().map_or(f64::NAN, |r| r.val_loss)),
    );
    output::test_fields(test.as_ref(), &mut summary);
    summary.insert("params".into(), json!(final_net.net.param_count()));
    summary.insert("threads".into(), json!(final_net.threads()));
    summary.insert("loss".into(), json!(final_net.loss.name()));
    summary.insert(
        "task".into(),
        json!(if dataset.task.is_classification() {
            "classification"
        } else {
            "regression"
        }),
    );
    summary.insert("dropped_rows".into(), output::dropped_json(&dropped));
    summary.insert("seconds".into(), num(t0.elapsed().as_secs_f64()));
    if let Some(p) = &a.save {
        summary.insert("saved".into(), json!(p.display().to_string()));
    }
    if a.json {
        json_line(&serde_json::Value::Object(summary));
    } else {
        output::line(&format!(
            "trained {} epochs ({} parameters, {}) in {:.1} s",
            state.epoch,
            final_net.net.param_count(),
            final_net.loss.name(),
            t0.elapsed().as_secs_f64()
        ));
        if let Some(t) = &test {
            output::text(&output::describe(t));
        }
        if let Some(p) = &a.save {
            output::line(&format!("saved session to {}", p.display()));
        }
    }
    Ok(())
}
