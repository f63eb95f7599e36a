//! Training on a background thread: the worker, its protocol, metrics, gradient flow and
//! diagnostics.

pub mod eval;
pub mod flow;
pub mod forward;
pub mod insight;
pub mod metrics;
pub mod protocol;
pub mod resume;
pub mod stopping;
pub mod worker;

pub use flow::{ActivationStats, Diagnostic, DiagnosticKind, FlowReport, LayerFlow};
pub use insight::{BoundaryGrid, BoundaryRequest, FitCurve, StepTrace};
pub use metrics::{ClassificationMetrics, DecimatedSeries, Metrics, RegressionMetrics};
pub use protocol::{
    EpochRecord, EvalDetail, EvalReport, FinishReason, TrainCommand, TrainEvent, TrainState,
};
pub use resume::{look, start, StartError};
pub use worker::{spawn, TrainJob, WorkerHandle, WorkerOptions, REPLAY_FRAMES};
