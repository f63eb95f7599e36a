//! Every integration test of layerlab, built as one test binary.
//!
//! One binary instead of one per file: the suite links once (each link carries the whole
//! engine, window and exporter), which keeps a clean `cargo test` to a few GB of disk and a
//! fraction of the link time. Run one file's tests with `cargo test --test suite ui_words::`.
//! Shared helpers live in [`common`].
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

mod common;

mod architecture;
mod bench_smoke;
mod cli;
mod cli_edges;
mod cli_lesson;
mod cli_limits;
mod cli_predict;
mod cpu_dispatch;
mod data_builtin;
mod data_csv;
mod data_derived;
mod data_inspect;
mod data_prepare;
mod data_props;
mod engine_convergence;
mod engine_gradcheck;
mod engine_regularization;
mod export_onnx;
mod export_pytorch;
mod fonts;
mod i18n_controls;
mod i18n_datamsg;
mod i18n_keys;
mod i18n_views;
mod i18n_words;
mod import_pytorch;
mod lessons;
mod model_spec;
mod regression_scaling;
mod replay;
mod saves_examples;
mod session_atomic;
mod session_continue;
mod session_errors;
mod session_recovery;
mod session_roundtrip;
mod train_insight;
mod train_metrics;
mod train_worker;
mod ui_data;
mod ui_editor;
mod ui_insight_judge;
mod ui_insight_views;
mod ui_lessons;
mod ui_network;
mod ui_presenter;
mod ui_runs;
mod ui_session;
mod ui_training;
mod ui_watch;
mod ui_words;
mod worker_pace;
