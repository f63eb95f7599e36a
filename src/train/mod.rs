//! Training on a background thread: the worker, its protocol, metrics, gradient flow and
//! diagnostics.

pub mod eval;
pub mod flow;
pub mod insight;
pub mod metrics;
pub mod protocol;
pub mod stopping;
pub mod worker;

pub use flow::{ActivationStats, Diagnostic, DiagnosticKind, FlowReport, LayerFlow};
pub use insight::{BoundaryGrid, BoundaryRequest, FitCurve, StepTrace};
pub use metrics::{ClassificationMetrics, DecimatedSeries, Metrics, RegressionMetrics};
pub use protocol::{
    EpochRecord, EvalDetail, EvalReport, FinishReason, TrainCommand, TrainEvent, TrainState,
};
pub use worker::{spawn, TrainJob, WorkerHandle, WorkerOptions};
