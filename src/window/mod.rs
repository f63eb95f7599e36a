//! The eframe shell: [`LabApp`] implements `eframe::App`, owns the app state
//! ([`crate::app::LabState`]) and the UI's own buffers ([`crate::ui::UiState`]), and runs
//! each frame: poll the background threads, draw the panels, apply the commands they
//! pushed, close the window when the user agreed. It is the only module that knows both
//! [`crate::app`] and [`crate::ui`].

pub mod bench;

use crate::app::frame_timer::{self, FrameTimer};
use crate::app::save_flow::CloseRequest;
use crate::app::{editor, jobs, sessions, Command, LabState, Modal};
use crate::data::BuiltinSpec;
use crate::ui::{self, UiState};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Least time between two frames that background work asks for (30 frames per second).
const FRAME_INTERVAL: std::time::Duration = std::time::Duration::from_millis(33);

/// Storage key of the recent-files list.
const RECENT_KEY: &str = "layerlab.recent";
/// Storage key of the UI preferences.
const PREFS_KEY: &str = "layerlab.prefs";

/// The application: state, UI buffers, the commands of the current frame, and timing.
pub struct LabApp {
    /// Everything shown and edited.
    pub state: LabState,
    /// Per-widget buffers (text being typed, the open tab).
    pub ui: UiState,
    /// Commands pushed during this frame.
    pub commands: Vec<Command>,
    /// Work time of recent frames (logic + ui).
    pub timer: FrameTimer,
    frame_start: Option<Instant>,
    /// The UI thread's CPU time at the start of the last frame.
    last_frame_cpu: Option<u64>,
    frame_log: Option<Instant>,
    /// Passes since the last frame log line: (logic only, logic + ui).
    passes: (u64, u64),
    /// Start training as soon as the data is ready (the frame-time check).
    autostart: bool,
    /// `bench --window`: the scenario driver.
    bench: Option<bench::WindowBench>,
}

impl LabApp {
    fn with_context(ctx: &egui::Context) -> Self {
        let repaint = ctx.clone();
        // Background threads ask for a repaint within a frame time, never for one per event:
        // a worker reporting 60 times a second then costs 30 frames, which look the same on
        // a projector and leave the processor to training.
        let wake: jobs::Waker = Arc::new(move || repaint.request_repaint_after(FRAME_INTERVAL));
        ui::style::apply(ctx);
        LabApp {
            state: LabState::new(wake),
            ui: UiState::default(),
            commands: Vec::new(),
            timer: FrameTimer::default(),
            frame_start: None,
            last_frame_cpu: None,
            frame_log: std::env::var_os("LAYERLAB_FRAME_LOG").map(|_| Instant::now()),
            passes: (0, 0),
            autostart: false,
            bench: None,
        }
    }

    /// The app for the real window: restores recent files and preferences from eframe's
    /// storage, offers to recover an autosaved session, and opens `initial` if given.
    pub fn new(cc: &eframe::CreationContext<'_>, initial: Option<PathBuf>) -> Self {
        let mut app = LabApp::with_context(&cc.egui_ctx);
        if let Some(storage) = cc.storage {
            if let Some(recent) = eframe::get_value::<Vec<PathBuf>>(storage, RECENT_KEY) {
                app.state.recent = recent;
            }
            if let Some(prefs) = eframe::get_value::<ui::Prefs>(storage, PREFS_KEY) {
                app.ui.prefs = prefs;
            }
        }
        // First start: the system's language, remembered from then on.
        if app.ui.prefs.language.is_none() {
            app.ui.prefs.language = Some(crate::i18n::Language::system());
        }
        // Messages made before the first frame (a lesson or session opened at start)
        // speak the window's language too.
        crate::i18n::set_language(app.ui.prefs.language.unwrap_or_default());
        app.state.scan_examples();
        if let Some(p) = sessions::pending_recovery() {
            app.state.modal = Some(Modal::Recovery { path: p });
        }
        app.state.autosave_path = Some(sessions::recovery_path());
        if std::env::var_os("LAYERLAB_FRAME_BENCH").is_some() {
            app.start_frame_bench();
            return app;
        }
        match initial {
            Some(p) if p.extension().is_some_and(|x| x == "ron") => {
                app.state.apply(Command::OpenSession(p));
            }
            Some(p) => app.state.apply(Command::LoadCsv(p)),
            None => {
                app.state.data.quiet = true;
                app.state.apply(Command::UseBuiltin(BuiltinSpec::default()));
            }
        }
        app
    }

    /// A deterministic app for tests: no storage, no recovery, no autosave; the default
    /// built-in dataset starts loading at once.
    pub fn new_for_test(ctx: &egui::Context) -> Self {
        let mut app = LabApp::with_context(ctx);
        app.state.data.quiet = true;
        app.state.apply(Command::UseBuiltin(BuiltinSpec::default()));
        app
    }

    /// The responsiveness check: the 784-feature timing data, the reference MLP
    /// (784 → 128 → 64 → 10, ReLU), training for many epochs as soon as the data is ready.
    /// Enabled by `LAYERLAB_FRAME_BENCH=1`; pair it with `LAYERLAB_FRAME_LOG=1`.
    pub fn start_frame_bench(&mut self) {
        use crate::model::{Activation, LayerSpec};
        self.state.data.quiet = true;
        self.state.apply(Command::UseTimingData);
        let relu = LayerSpec::Act(Activation::ReLU);
        self.state.editor = editor::Editor::new(vec![
            LayerSpec::dense(128),
            relu.clone(),
            LayerSpec::dense(64),
            relu,
        ]);
        let mut cfg = self.state.config.clone();
        cfg.epochs = 1000;
        cfg.batch_size = 64;
        self.state.apply(Command::SetConfig(cfg));
        self.state.flow.mark_clean();
        self.autostart = true;
        self.ui.show_debug = true;
    }

    /// Applies a command right away (tests; the UI pushes commands instead).
    pub fn apply(&mut self, cmd: Command) {
        self.state.apply(cmd);
    }

    fn begin_frame(&mut self, ctx: &egui::Context) {
        if self.frame_start.is_some() {
            // The last pass ran logic only (eframe skips the ui of a hidden window).
            self.passes.0 += 1;
        }
        self.frame_start = Some(Instant::now());
        // Everything the UI thread did since the last frame started is this frame's cost.
        let cpu_now = frame_timer::thread_cpu_ns();
        if let (Some(now), Some(prev)) = (cpu_now, self.last_frame_cpu) {
            self.timer.record_frame_cpu(now.saturating_sub(prev));
        }
        self.last_frame_cpu = cpu_now;
        self.state.poll();
        if let Some(mut driver) = self.bench.take() {
            if driver.tick(self, cpu_now) {
                // Measuring changed nothing worth keeping: close without asking.
                self.state.flow.mark_clean();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                self.bench = Some(driver);
            }
        }
        if self.autostart && self.state.data.dataset.is_some() {
            self.autostart = false;
            self.timer.clear();
            self.state.apply(Command::Train);
        }
        if ctx.input(|i| i.viewport().close_requested())
            && self.state.flow.window_close_requested() == CloseRequest::AskFirst
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.state.apply(Command::Quit);
        }
    }

    fn end_frame(&mut self, ctx: &egui::Context) {
        for cmd in std::mem::take(&mut self.commands) {
            self.state.apply(cmd);
        }
        if self.state.flow.take_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if let Some(t) = self.frame_start.take() {
            self.timer.record_work(t.elapsed());
            self.passes.1 += 1;
        }
        if let Some(last) = self.frame_log {
            if last.elapsed().as_secs() >= 5 {
                self.frame_log = Some(Instant::now());
                if let Some(s) = self.timer.stats() {
                    eprintln!(
                        // i18n-ignore: log line (stderr, for developers)
                        "layerlab frame work: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms over {} frames; {} frames + {} logic-only passes in the last 5 s; training: {}, {:.0} samples/s",
                        s.p50_ms,
                        s.p95_ms,
                        s.max_ms,
                        s.frames,
                        self.passes.1,
                        self.passes.0,
                        self.state.training.phase.label(),
                        self.state.training.samples_per_sec
                    );
                    if let Some(c) = self.timer.cpu_stats() {
                        eprintln!(
                            // i18n-ignore: log line (stderr, for developers)
                            "layerlab frame cpu: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms over {} frames",
                            c.p50_ms, c.p95_ms, c.max_ms, c.frames
                        );
                    }
                    self.passes = (0, 0);
                }
            }
        }
    }
}

impl eframe::App for LabApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.begin_frame(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if self.frame_start.is_none() {
            self.frame_start = Some(Instant::now());
        }
        ui::show(
            ui,
            &self.state,
            &mut self.ui,
            &self.timer,
            &mut self.commands,
        );
        let ctx = ui.ctx().clone();
        self.end_frame(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.state.recent);
        eframe::set_value(storage, PREFS_KEY, &self.ui.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.shutdown();
    }
}

impl Drop for LabApp {
    fn drop(&mut self) {
        self.state.shutdown();
    }
}

/// The renderer: OpenGL (glow) unless `LAYERLAB_RENDERER=wgpu`. On Mesa's software
/// renderer (classroom VMs, remote desktops) glow presents 30 frames/s where wgpu manages
/// 12 with the same app work (`bench --window`), and it costs the training thread less.
fn renderer() -> eframe::Renderer {
    match std::env::var("LAYERLAB_RENDERER").as_deref() {
        Ok("wgpu") => eframe::Renderer::Wgpu,
        _ => eframe::Renderer::Glow,
    }
}

/// Opens the lab window (title "layerlab") and runs until it is closed. `initial` is a
/// session (`.ron`) or CSV file to open at start. The renderer is OpenGL (glow) unless
/// `LAYERLAB_RENDERER=wgpu`. `lesson` starts a lesson (`--lesson`) once the window is up.
pub fn run_native(
    initial: Option<PathBuf>,
    lesson: Option<(crate::lesson::Lesson, Option<PathBuf>)>,
) -> anyhow::Result<()> {
    open_window_with(renderer(), initial, move |app| {
        if let Some((lesson, folder)) = lesson {
            app.state
                .apply(Command::Lesson(crate::app::lesson::LessonCommand::Start {
                    lesson: Box::new(lesson),
                    folder,
                }));
        }
    })
}

/// Opens the window with the app made by [`LabApp::new`] and then adjusted by `setup`.
fn open_window_with(
    renderer: eframe::Renderer,
    initial: Option<PathBuf>,
    setup: impl FnOnce(&mut LabApp) + 'static,
) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("layerlab")
            .with_app_id("layerlab")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        renderer,
        // System fonts fill in what the bundled fonts lack (ui::fonts explains the order).
        system_font_fallback: true,
        ..Default::default()
    };
    // wgpu itself falls back from Vulkan to OpenGL; a second event loop cannot be made in
    // one process, so there is no retry here.
    eframe::run_native(
        "layerlab",
        options,
        Box::new(move |cc| {
            let mut app = LabApp::new(cc, initial);
            setup(&mut app);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| {
        anyhow::anyhow!(
            // i18n-ignore: CLI output (the window never opened; printed by the command line)
            "could not open the window: {e}. Check the graphics drivers, or try LAYERLAB_RENDERER=wgpu"
        )
    })
}
