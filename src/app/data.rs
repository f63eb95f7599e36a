//! The data side of the window: where the table came from, reading a CSV or generating a
//! built-in dataset on a job thread, preparing it again with new settings, and what went
//! wrong (a typed [`DataProblem`], turned into words by the data view).

use super::messages::JobMsg;
use super::state::LabState;
use crate::data::{
    self, BuiltinKind, BuiltinSpec, DataConfig, DataError, Dataset, InspectReport, Preprocessor,
    Table,
};
use crate::session::SessionError;
use crate::tr;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Where the data came from.
#[derive(Debug, Clone, PartialEq)]
pub enum DataOrigin {
    /// Nothing loaded yet.
    None,
    /// A built-in generator.
    Builtin(BuiltinSpec),
    /// A CSV file.
    File(PathBuf),
    /// The 784-feature timing table.
    Timing,
}

impl DataOrigin {
    /// A short name for display, in the window's language (call it on the UI thread).
    pub fn label(&self) -> String {
        match self {
            DataOrigin::None => tr!("app-origin-none"),
            DataOrigin::Builtin(s) => tr!("app-origin-builtin", name = builtin_name(s.kind)),
            DataOrigin::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            DataOrigin::Timing => tr!("app-origin-timing"),
        }
    }
}

/// A built-in dataset's name in the window's language (the data layer's
/// [`BuiltinKind::name`] stays the English one the CLI and session files use).
pub fn builtin_name(kind: BuiltinKind) -> String {
    match kind {
        BuiltinKind::Circle => tr!("data-builtin-circle"),
        BuiltinKind::Xor => tr!("data-builtin-xor"),
        BuiltinKind::Gaussians => tr!("data-builtin-gaussians"),
        BuiltinKind::Spiral => tr!("data-builtin-spiral"),
        BuiltinKind::Moons => tr!("data-builtin-moons"),
        BuiltinKind::Plane => tr!("data-builtin-plane"),
        BuiltinKind::Sine => tr!("data-builtin-sine"),
        BuiltinKind::MultiGaussian => tr!("data-builtin-multigaussian"),
        BuiltinKind::Iris => tr!("data-builtin-iris"),
        BuiltinKind::Digits => tr!("data-builtin-digits"),
    }
}

/// A built-in dataset's one-line description in the window's language.
pub fn builtin_description(kind: BuiltinKind) -> String {
    match kind {
        BuiltinKind::Circle => tr!("data-builtin-circle-description"),
        BuiltinKind::Xor => tr!("data-builtin-xor-description"),
        BuiltinKind::Gaussians => tr!("data-builtin-gaussians-description"),
        BuiltinKind::Spiral => tr!("data-builtin-spiral-description"),
        BuiltinKind::Moons => tr!("data-builtin-moons-description"),
        BuiltinKind::Plane => tr!("data-builtin-plane-description"),
        BuiltinKind::Sine => tr!("data-builtin-sine-description"),
        BuiltinKind::MultiGaussian => tr!("data-builtin-multigaussian-description"),
        BuiltinKind::Iris => tr!("data-builtin-iris-description"),
        BuiltinKind::Digits => tr!("data-builtin-digits-description"),
    }
}

/// Why the data in use could not be read or prepared. Shown at the top of the data view;
/// [`DataProblem::stray_column`] tells it which fix to offer. Its words are the window's
/// (in its language, on the UI thread); the data layer's errors inside stay English.
#[derive(Debug, Clone)]
pub enum DataProblem {
    /// Reading the CSV file failed.
    Read {
        /// The file.
        path: PathBuf,
        /// What went wrong, where, and what to do.
        error: Arc<DataError>,
    },
    /// The table could not be prepared with the chosen settings.
    Prepare(Arc<DataError>),
    /// An opened session's data could not be restored (the session itself opened).
    Session(Arc<SessionError>),
    /// The user cancelled the load.
    Cancelled,
    /// The path field was empty.
    NoPath,
    /// A built-in dataset with too few or too many samples.
    SampleCount {
        /// Asked for.
        samples: usize,
        /// The most a built-in generates.
        max: usize,
    },
    /// No thread could be started for the work.
    NoThread(Arc<super::jobs::SpawnError>),
}

impl fmt::Display for DataProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataProblem::Read { error, .. } => error.fmt(f),
            DataProblem::Prepare(e) => e.fmt(f),
            DataProblem::Session(e) => e.fmt(f),
            DataProblem::Cancelled => f.write_str(&tr!("app-load-cancelled")),
            DataProblem::NoPath => f.write_str(&tr!("app-no-path")),
            DataProblem::SampleCount { samples, max } => {
                f.write_str(&tr!("app-sample-count", samples = *samples, max = *max))
            }
            DataProblem::NoThread(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for DataProblem {}

impl DataProblem {
    /// For a word in a mostly-numeric column: the file and that column, so the data view
    /// can offer to read the column as categorical.
    pub fn stray_column(&self) -> Option<(&Path, &str)> {
        match self {
            DataProblem::Read { path, error } => match &**error {
                DataError::StrayText { column, .. } => Some((path.as_path(), column.as_str())),
                _ => None,
            },
            _ => None,
        }
    }
}

/// A CSV read in progress.
#[derive(Debug, Clone)]
pub struct Loading {
    /// What is being read.
    pub what: String,
    /// Bytes parsed so far.
    pub done: u64,
    /// Size of the file.
    pub total: u64,
    /// Set to cancel.
    pub cancel: Arc<AtomicBool>,
}

/// The data side of the app.
#[derive(Default)]
pub struct DataState {
    /// Where the current table came from.
    pub origin: Option<DataOrigin>,
    /// The opened session's description of its CSV (embedded copy, saved hash).
    pub file_source: Option<super::sessions::FileSource>,
    /// The table (for the preview).
    pub table: Option<Arc<Table>>,
    /// Its summary (types, missing counts).
    pub report: Option<InspectReport>,
    /// How the table is prepared.
    pub config: DataConfig,
    /// The prepared dataset.
    pub dataset: Option<Arc<Dataset>>,
    /// The fitted preprocessing.
    pub preprocessor: Option<Preprocessor>,
    /// A CSV read in progress.
    pub loading: Option<Loading>,
    /// Whether generation or preparation is running.
    pub preparing: bool,
    /// The last data problem, shown in the data view.
    pub error: Option<DataProblem>,
    /// Warnings from the last load.
    pub warnings: Vec<String>,
    /// The next dataset to arrive does not count as an unsaved change (the start-up data).
    pub quiet: bool,
    /// Generation of the latest request; reports of older ones are ignored.
    pub(super) gen: u64,
    /// A built-in dataset asked for while another was still being generated: the newest
    /// such request, started when the running one reports (so dragging a slider keeps at
    /// most one generation running and always ends on the last value).
    pub(super) pending_builtin: Option<BuiltinSpec>,
    /// Whether a built-in generation job is running.
    pub(super) generating: bool,
}

/// Rows of the timing table.
const TIMING_ROWS: usize = 6000;

impl LabState {
    fn next_data_gen(&mut self) -> u64 {
        if let Some(l) = self.data.loading.take() {
            l.cancel.store(true, Ordering::SeqCst);
        }
        self.data.gen += 1;
        self.data.error = None;
        self.data.preparing = true;
        self.data.gen
    }

    /// Generates a built-in dataset on a job thread. While one is being generated, the
    /// newest further request waits and starts when it reports (see `pending_builtin`).
    /// Changing only the noise, sample count or seed of the built-in in use keeps its
    /// input features and preparation.
    pub(super) fn load_builtin(&mut self, spec: BuiltinSpec) {
        if spec.samples == 0 || spec.samples > data::builtin::MAX_SAMPLES {
            self.data.error = Some(DataProblem::SampleCount {
                samples: spec.samples,
                max: data::builtin::MAX_SAMPLES,
            });
            return;
        }
        if self.data.generating {
            self.data.pending_builtin = Some(spec);
            return;
        }
        let config = match &self.data.origin {
            Some(DataOrigin::Builtin(old)) if old.kind == spec.kind => self.data.config.clone(),
            _ => spec.default_config(),
        };
        let gen = self.next_data_gen();
        self.data.generating = true;
        let res = self.jobs.spawn("data", true, move |rep| {
            let table = spec.table();
            rep.send(finish_load(gen, DataOrigin::Builtin(spec), table, config));
        });
        if res.is_err() {
            self.data.generating = false;
        }
        self.data_job_started(res);
    }

    /// After a data job reported: starts the built-in request that waited for it.
    fn next_pending_builtin(&mut self) {
        self.data.generating = false;
        if let Some(spec) = self.data.pending_builtin.take() {
            self.load_builtin(spec);
        }
    }

    pub(super) fn load_timing(&mut self) {
        let gen = self.next_data_gen();
        let res = self.jobs.spawn("data", true, move |rep| {
            let msg = match data::synthetic::timing_table(TIMING_ROWS, 1) {
                Ok(table) => {
                    let config = DataConfig {
                        target: data::TargetSpec::Name("label".into()),
                        scaling: data::Scaling::None,
                        ..DataConfig::default()
                    };
                    finish_load(gen, DataOrigin::Timing, table, config)
                }
                Err(e) => JobMsg::DataFailed {
                    gen,
                    problem: DataProblem::Prepare(Arc::new(e)),
                },
            };
            rep.send(msg);
        });
        self.data_job_started(res);
    }

    pub(super) fn load_csv(&mut self, path: PathBuf) {
        if path.as_os_str().is_empty() {
            self.data.error = Some(DataProblem::NoPath);
            return;
        }
        // Locating a session's missing data file: keep the session's preparation (target,
        // scaling, split) so its trained weights still fit.
        let locating = self.data.dataset.is_none()
            && self.data.error.is_some()
            && matches!(self.data.origin, Some(DataOrigin::File(_)));
        let config = if locating {
            self.data.config.clone()
        } else {
            DataConfig::default()
        };
        self.load_csv_with(path, config);
    }

    /// Reads the file again, treating the column that held a stray word as categorical.
    pub(super) fn read_as_categorical(&mut self) {
        let Some((path, column)) = self
            .data
            .error
            .as_ref()
            .and_then(DataProblem::stray_column)
            .map(|(p, c)| (p.to_path_buf(), c.to_string()))
        else {
            return;
        };
        let mut config = DataConfig::default();
        config.read.categorical_columns.push(column);
        self.load_csv_with(path, config);
    }

    /// Reads the current file again with other read options (delimiter, decimal commas),
    /// keeping how it is prepared.
    pub(super) fn reread_csv(&mut self, read: data::ReadOptions) {
        let Some(DataOrigin::File(path)) = self.data.origin.clone() else {
            return;
        };
        let config = DataConfig {
            read,
            ..self.data.config.clone()
        };
        self.load_csv_with(path, config);
    }

    /// Reads a CSV file with `config.read` and prepares it with `config`.
    fn load_csv_with(&mut self, path: PathBuf, config: DataConfig) {
        let gen = self.next_data_gen();
        let cancel = Arc::new(AtomicBool::new(false));
        self.data.loading = Some(Loading {
            what: DataOrigin::File(path.clone()).label(),
            done: 0,
            total: 0,
            cancel: cancel.clone(),
        });
        let res = self.jobs.spawn("read-csv", true, move |rep| {
            let progress_rep = rep.clone();
            let progress = move |p: data::LoadProgress| {
                progress_rep.send(JobMsg::Progress { gen, progress: p });
            };
            let msg = match data::read_csv_path(&path, &config.read, Some(&progress), Some(&cancel))
            {
                Ok(table) => finish_load(gen, DataOrigin::File(path), table, config),
                Err(DataError::Cancelled) => JobMsg::DataFailed {
                    gen,
                    problem: DataProblem::Cancelled,
                },
                Err(error) => JobMsg::DataFailed {
                    gen,
                    problem: DataProblem::Read {
                        path,
                        error: Arc::new(error),
                    },
                },
            };
            rep.send(msg);
        });
        self.data_job_started(res);
    }

    /// Prepares the current table again with `cfg` (or just remembers `cfg` without one).
    pub(super) fn reprepare(&mut self, cfg: DataConfig) {
        let Some(table) = self.data.table.clone() else {
            self.data.config = cfg;
            return;
        };
        if cfg == self.data.config && self.data.error.is_none() {
            return;
        }
        let gen = self.next_data_gen();
        self.data.config = cfg.clone();
        let res = self.jobs.spawn("prepare", true, move |rep| {
            let prepared = data::prepare(&table, &cfg);
            rep.send(JobMsg::Prepared {
                gen,
                config: cfg,
                prepared,
            });
        });
        self.data_job_started(res);
    }

    pub(super) fn cancel_load(&self) {
        if let Some(l) = &self.data.loading {
            l.cancel.store(true, Ordering::SeqCst);
        }
    }

    fn data_job_started(&mut self, res: Result<(), super::jobs::SpawnError>) {
        if let Err(e) = res {
            self.data.preparing = false;
            self.data.loading = None;
            self.data.error = Some(DataProblem::NoThread(Arc::new(e)));
        }
    }

    fn dataset_ready(&mut self, prepared: Result<(Dataset, Preprocessor), DataError>) {
        match prepared {
            Ok((ds, pre)) => {
                self.data.dataset = Some(Arc::new(ds));
                // What preparation wants the user to know (dropped rows, with lines).
                self.data.warnings = pre.warnings.clone();
                self.data.preprocessor = Some(pre);
                self.data.error = None;
                // A run belongs to its data: other data starts a new one.
                self.data_changed();
            }
            Err(e) => {
                self.data.dataset = None;
                self.data.warnings.clear();
                self.data.preprocessor = None;
                self.data.error = Some(DataProblem::Prepare(Arc::new(e)));
            }
        }
        if !std::mem::take(&mut self.data.quiet) {
            self.flow.touch();
        }
        self.refresh_net();
    }

    /// Takes in a report of a data job; reports of superseded requests are dropped.
    pub(super) fn data_report(&mut self, msg: JobMsg) {
        let finished = matches!(
            msg,
            JobMsg::DataLoaded { .. } | JobMsg::DataFailed { .. } | JobMsg::Prepared { .. }
        );
        self.data_report_inner(msg);
        if finished && self.data.generating && !self.data.preparing {
            self.next_pending_builtin();
        }
    }

    fn data_report_inner(&mut self, msg: JobMsg) {
        match msg {
            JobMsg::DataLoaded {
                gen,
                origin,
                table,
                report,
                config,
                prepared,
            } if gen == self.data.gen => {
                self.data.loading = None;
                self.data.preparing = false;
                self.data.origin = Some(origin);
                self.data.table = Some(table);
                self.data.report = Some(report);
                self.data.config = config;
                self.dataset_ready(prepared);
            }
            JobMsg::Prepared {
                gen,
                config,
                prepared,
            } if gen == self.data.gen => {
                self.data.preparing = false;
                self.data.config = config;
                self.dataset_ready(prepared);
            }
            JobMsg::DataFailed { gen, problem } if gen == self.data.gen => {
                self.data.loading = None;
                self.data.preparing = false;
                self.data.error = Some(problem);
            }
            JobMsg::Progress { gen, progress } if gen == self.data.gen => {
                if let Some(l) = &mut self.data.loading {
                    l.done = progress.bytes_done;
                    l.total = progress.bytes_total;
                }
            }
            _ => {}
        }
    }
}

/// Summarises and prepares a freshly loaded table (on the job thread) into its report.
fn finish_load(gen: u64, origin: DataOrigin, table: Table, config: DataConfig) -> JobMsg {
    let report = data::inspect_table(&table);
    let prepared = data::prepare(&table, &config);
    JobMsg::DataLoaded {
        gen,
        origin,
        table: Arc::new(table),
        report,
        config,
        prepared,
    }
}
