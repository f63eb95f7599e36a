//! Training controls and settings (right panel): Train / Pause / Step / Stop / Reset, the
//! epoch progress, and every setting of the training configuration.

use super::help_texts::{self as help, Setting};
use super::style::error;
use super::widgets;
use crate::app::{Command, LabState, Phase};
use crate::model::{
    EarlyStopping, InitChoice, LossKind, OptimizerKind, Pace, Schedule, Threads, TrainConfig,
};
use crate::numfmt::thousands;
use crate::tr;
use egui::{RichText, Ui};

/// Width of the settings' drop-downs: a long choice ("Auto (Binary cross-entropy)") is cut
/// with "…" instead of widening the column.
const COMBO_W: f32 = 170.0;

/// Draws the panel.
pub fn show(ui: &mut Ui, state: &LabState, advanced: bool, out: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.heading(tr!("controls-train-heading"));
    controls(ui, state, false, out);
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(cfg) = settings(ui, state, advanced) {
                out.push(Command::SetConfig(cfg));
            }
        });
}

/// The speed control: full speed, a few epochs per second, or slow motion, so a room can
/// follow the run. Changes apply at once, also while training.
pub(crate) fn speed(ui: &mut Ui, state: &LabState, out: &mut Vec<Command>) {
    let current = state.config.pace;
    ui.horizontal(|ui| {
        let label = ui.label(tr!("controls-speed"));
        // As wide as the longest choice, so picking one never widens the row.
        let width = super::style::widest(ui, &Pace::CHOICES.map(|p| RichText::new(pace_name(p))))
            + ui.spacing().icon_width
            + ui.spacing().icon_spacing;
        egui::ComboBox::from_id_salt("pace")
            .selected_text(pace_name(current))
            .width(width)
            .height(400.0)
            .show_ui(ui, |ui| {
                for p in Pace::CHOICES {
                    if ui.selectable_label(p == current, pace_name(p)).clicked() && p != current {
                        let mut cfg = state.config.clone();
                        cfg.pace = p;
                        out.push(Command::SetConfig(cfg));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(Setting::Speed.tip());
    });
}

/// Train / Pause, Stop, the step buttons, Reset, the speed and the progress. Every row
/// keeps its place whatever the phase: the play button is as wide as its widest label and
/// the blocker and speed lines always take their line. `presenter` leaves out Stop and
/// Step epoch (Pause, Step and Reset cover a workshop).
pub(crate) fn controls(ui: &mut Ui, state: &LabState, presenter: bool, out: &mut Vec<Command>) {
    let t = &state.training;
    let blocker = state.train_blocker();
    let size = super::style::big_size(ui);
    let big = |s: String| RichText::new(s).size(size);
    let play_w = super::style::widest(
        ui,
        &[
            "controls-play-continue",
            "controls-play-resume",
            "controls-play-pause",
            "controls-play-train",
        ]
        .map(|k| big(tr!(k))),
    );
    let play = |s: String| egui::Button::new(big(s)).min_size(egui::vec2(play_w, 0.0));
    ui.horizontal(|ui| {
        match t.phase {
            Phase::Running => {
                if ui
                    .add(play(tr!("controls-play-pause")))
                    .on_hover_text(tr!("controls-key-space"))
                    .clicked()
                {
                    out.push(Command::Pause);
                }
            }
            Phase::Paused => {
                if ui
                    .add(play(tr!("controls-play-resume")))
                    .on_hover_text(tr!("controls-key-space"))
                    .clicked()
                {
                    out.push(Command::Resume);
                }
            }
            _ => {
                let can = blocker.is_none() && !t.phase.is_active();
                let label = if t.state.is_some() {
                    tr!("controls-play-continue")
                } else {
                    tr!("controls-play-train")
                };
                let r = ui
                    .add_enabled(can, play(label))
                    .accessible_name(tr!("controls-train"));
                let r = match &blocker {
                    Some(why) => r.on_disabled_hover_text(widgets::plain(why)),
                    None => r.on_hover_text(tr!("controls-key-space")),
                };
                if r.clicked() {
                    out.push(Command::Train);
                }
            }
        }
        if !presenter
            && ui
                .add_enabled(
                    t.phase.is_active() && t.phase != Phase::Stopping,
                    egui::Button::new(big(tr!("controls-stop-button"))),
                )
                .accessible_name(tr!("controls-stop"))
                .on_hover_text(tr!("controls-stop-tip"))
                .clicked()
        {
            out.push(Command::Stop);
        }
    });
    ui.horizontal(|ui| {
        let can_step = (blocker.is_none() && !t.phase.is_active())
            || matches!(t.phase, Phase::Paused | Phase::Running);
        if ui
            .add_enabled(can_step, egui::Button::new(tr!("controls-step-batch")))
            .on_hover_text(tr!("controls-step-batch-tip"))
            .clicked()
        {
            out.push(Command::StepBatch);
        }
        if !presenter
            && ui
                .add_enabled(can_step, egui::Button::new(tr!("controls-step-epoch")))
                .on_hover_text(tr!("controls-step-epoch-tip"))
                .clicked()
        {
            out.push(Command::StepEpoch);
        }
        if ui
            .add_enabled(
                t.state.is_some() || t.phase.is_active() || !t.history.is_empty(),
                egui::Button::new(tr!("controls-reset")),
            )
            .on_hover_text(tr!("controls-reset-tip"))
            .clicked()
        {
            out.push(Command::Reset);
        }
    });
    // Why Train is greyed out: its line is kept when there is nothing to say.
    let why = blocker
        .as_ref()
        .filter(|_| !t.phase.is_active())
        .map(|why| RichText::new(widgets::plain(why)).color(error(ui.visuals())));
    widgets::slot(ui, why);

    speed(ui, state, out);

    // Progress.
    let total = t.total_epochs.max(state.config.epochs);
    ui.label(
        RichText::new(tr!(
            "controls-epoch-progress",
            epoch = t.epoch,
            total = total
        ))
        .size(size),
    );
    let frac = t.epoch_fraction();
    let text = if t.batches_per_epoch > 0 {
        tr!(
            "controls-batch-progress",
            batch = t.batch,
            total = t.batches_per_epoch
        )
    } else {
        String::new()
    };
    let bar = ui.add(egui::ProgressBar::new(frac).text(text));
    // Outline the track: high-contrast themes paint it in the panel's own colour.
    ui.painter().rect_stroke(
        bar.rect,
        bar.rect.height() / 2.0,
        ui.visuals().widgets.inactive.bg_stroke,
        egui::StrokeKind::Inside,
    );
    let mut line = Vec::new();
    if t.samples_per_sec > 0.0 && t.phase == Phase::Running {
        line.push(tr!(
            "controls-samples-per-sec",
            rate = thousands(t.samples_per_sec as usize)
        ));
    }
    if let (Some(left), Phase::Running) = (t.seconds_left(), t.phase) {
        line.push(crate::app::eta::about(left));
    }
    widgets::slot(
        ui,
        (!line.is_empty()).then(|| RichText::new(line.join(" · "))),
    );
}

/// Every setting; returns the new configuration when something changed.
/// The settings grid; `advanced` off (presenter mode) keeps only what a workshop needs:
/// learning rate, optimizer, loss, batch size, epochs, schedule, initialization and seed.
fn settings(ui: &mut Ui, state: &LabState, advanced: bool) -> Option<TrainConfig> {
    let old = &state.config;
    let mut c = old.clone();
    let active = state.training.phase.is_active();

    egui::Grid::new("train-settings")
        .num_columns(2)
        .spacing([10.0, 8.0])
        .show(ui, |ui| {
            // Learning rate: editable while training.
            let lbl = ui.label(tr!("controls-learning-rate"));
            ui.horizontal(|ui| {
                if let Some(v) =
                    widgets::drag_small(ui, "", &tr!("controls-learning-rate"), c.lr, 1e-7..=10.0)
                {
                    c.lr = v;
                }
                if ui
                    .small_button("÷10")
                    .accessible_name(tr!("controls-lr-divide"))
                    .on_hover_text(Setting::LrDivide.tip())
                    .clicked()
                {
                    c.lr = (c.lr / 10.0).max(1e-7);
                }
                if ui
                    .small_button("×10")
                    .accessible_name(tr!("controls-lr-multiply"))
                    .on_hover_text(Setting::LrMultiply.tip())
                    .clicked()
                {
                    c.lr = (c.lr * 10.0).min(10.0);
                }
            });
            let _ = lbl.on_hover_text(Setting::LearningRate.tip());
            ui.end_row();

            let lbl = ui
                .label(tr!("controls-optimizer"))
                .on_hover_text(Setting::Optimizer.tip());
            let mut opt = c.optimizer;
            ui.horizontal(|ui| {
                egui::ComboBox::from_id_salt("optimizer")
                    .selected_text(optimizer_name(&opt))
                    .width(COMBO_W)
                    .truncate()
                    .show_ui(ui, |ui| {
                        for o in OptimizerKind::ALL {
                            if ui
                                .selectable_label(o.name() == opt.name(), optimizer_name(&o))
                                .on_hover_text(help::optimizer(&o))
                                .clicked()
                            {
                                opt = o;
                            }
                        }
                    })
                    .response
                    .labelled_by(lbl.id)
                    .on_hover_text(help::optimizer(&opt));
                // The optimizer's own parameters open beside it, so switching between
                // optimizers with more or fewer of them never moves the rows below.
                if advanced && !matches!(c.optimizer, OptimizerKind::Sgd) {
                    widgets::params_popup(ui, &tr!("controls-optimizer-settings"), |ui| {
                        optimizer_params(ui, &mut c.optimizer)
                    });
                }
            });
            ui.end_row();
            if opt.name() != c.optimizer.name() {
                c.optimizer = opt;
            }

            let lbl = ui
                .label(tr!("controls-loss"))
                .on_hover_text(Setting::Loss.tip());
            let current = match c.loss {
                Some(l) => loss_name(&l),
                None => match state.loss() {
                    Some(l) => tr!("controls-loss-auto-is", loss = loss_name(&l)),
                    None => tr!("controls-loss-auto"),
                },
            };
            ui.horizontal(|ui| {
                egui::ComboBox::from_id_salt("loss")
                    .selected_text(current)
                    .width(COMBO_W)
                    .truncate()
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(c.loss.is_none(), tr!("controls-loss-auto-task"))
                            .on_hover_text(help::LOSS_AUTO)
                            .clicked()
                        {
                            c.loss = None;
                        }
                        for l in LossKind::ALL {
                            let sel = c.loss.is_some_and(|x| x.name() == l.name());
                            if ui
                                .selectable_label(sel, loss_name(&l))
                                .on_hover_text(help::loss(&l))
                                .clicked()
                            {
                                c.loss = Some(l);
                            }
                        }
                    })
                    .response
                    .labelled_by(lbl.id);
                if let Some(LossKind::Huber { delta }) = c.loss {
                    widgets::params_popup(ui, &tr!("controls-loss-settings"), |ui| {
                        let name = tr!("controls-huber-delta");
                        ui.label(&name).on_hover_text(Setting::HuberDelta.tip());
                        if let Some(d) = widgets::drag(ui, "", &name, delta, 0.01..=100.0, 0.01) {
                            c.loss = Some(LossKind::Huber { delta: d });
                        }
                        ui.end_row();
                    });
                }
            });
            ui.end_row();

            let name = tr!("controls-batch-size");
            ui.label(&name).on_hover_text(Setting::BatchSize.tip());
            if let Some(v) = widgets::drag(ui, "", &name, c.batch_size, 1..=65536, 0.5) {
                c.batch_size = v;
            }
            ui.end_row();

            let name = tr!("controls-epochs");
            ui.label(&name).on_hover_text(Setting::Epochs.tip());
            if let Some(v) = widgets::drag(ui, "", &name, c.epochs, 1..=100_000, 0.5) {
                c.epochs = v;
            }
            ui.end_row();

            schedule(ui, &mut c);

            if advanced {
                let name = tr!("controls-warmup");
                ui.label(&name).on_hover_text(Setting::Warmup.tip());
                if let Some(v) = widgets::drag(ui, "", &name, c.warmup_epochs, 0.0..=1000.0, 0.05) {
                    c.warmup_epochs = v;
                }
                ui.end_row();
            }

            init(ui, &mut c);

            let name = tr!("controls-seed");
            ui.label(&name).on_hover_text(Setting::Seed.tip());
            if let Some(v) = widgets::drag(ui, "", &name, c.seed, 0..=u64::MAX, 1.0) {
                c.seed = v;
            }
            ui.end_row();

            threads(ui, &mut c);

            if advanced {
                let name = tr!("controls-l1");
                ui.label(&name).on_hover_text(Setting::L1.tip());
                if let Some(v) = widgets::drag_small(ui, "", &name, c.l1, 0.0..=10.0) {
                    c.l1 = v;
                }
                ui.end_row();
                let name = tr!("controls-l2");
                ui.label(&name).on_hover_text(Setting::L2.tip());
                if let Some(v) = widgets::drag_small(ui, "", &name, c.l2, 0.0..=10.0) {
                    c.l2 = v;
                }
                ui.end_row();

                let mut clip = c.grad_clip.is_some();
                ui.checkbox(&mut clip, tr!("controls-clip"))
                    .on_hover_text(Setting::ClipGradients.tip());
                if clip != c.grad_clip.is_some() {
                    c.grad_clip = clip.then_some(1.0);
                }
                if let Some(v) = c.grad_clip {
                    if let Some(n) =
                        widgets::drag(ui, "", &tr!("controls-clip-norm"), v, 0.001..=1000.0, 0.01)
                    {
                        c.grad_clip = Some(n);
                    }
                }
                ui.end_row();

                let mut es = c.early_stopping.is_some();
                ui.checkbox(&mut es, tr!("controls-early-stopping"))
                    .on_hover_text(Setting::EarlyStopping.tip());
                if es != c.early_stopping.is_some() {
                    c.early_stopping = es.then_some(EarlyStopping {
                        patience: 5,
                        min_delta: 0.0,
                    });
                }
                if let Some(e) = c.early_stopping {
                    ui.horizontal(|ui| {
                        if let Some(p) = widgets::drag(
                            ui,
                            &tr!("controls-patience"),
                            &tr!("controls-early-stopping-patience"),
                            e.patience,
                            1..=1000,
                            0.2,
                        ) {
                            c.early_stopping = Some(EarlyStopping { patience: p, ..e });
                        }
                    });
                }
                ui.end_row();
            }
        });
    if active && (c.optimizer != old.optimizer || c.batch_size != old.batch_size) {
        ui.label(RichText::new(tr!("controls-applies-later")).small().weak());
    }
    if let Err(e) = c.validate() {
        ui.label(RichText::new(widgets::plain(&e.to_string())).color(error(ui.visuals())));
    }
    (c != *old).then_some(c)
}

fn optimizer_params(ui: &mut Ui, o: &mut OptimizerKind) {
    let row = |ui: &mut Ui, s: Setting, v: &mut f32, range: std::ops::RangeInclusive<f32>| {
        let label = s.label();
        ui.label(format!("  {label}")).on_hover_text(s.tip());
        if let Some(n) = widgets::drag_small(ui, "", label, *v, range) {
            *v = n;
        }
        ui.end_row();
    };
    match o {
        OptimizerKind::Sgd => {}
        OptimizerKind::Momentum { momentum } | OptimizerKind::Nesterov { momentum } => {
            row(ui, Setting::Momentum, momentum, 0.0..=0.999)
        }
        OptimizerKind::Adam { beta1, beta2, eps } => {
            row(ui, Setting::Beta1, beta1, 0.0..=0.9999);
            row(ui, Setting::Beta2, beta2, 0.0..=0.99999);
            row(ui, Setting::Epsilon, eps, 1e-12..=1.0);
        }
        OptimizerKind::AdamW {
            beta1,
            beta2,
            eps,
            weight_decay,
        } => {
            row(ui, Setting::Beta1, beta1, 0.0..=0.9999);
            row(ui, Setting::Beta2, beta2, 0.0..=0.99999);
            row(ui, Setting::Epsilon, eps, 1e-12..=1.0);
            row(ui, Setting::WeightDecay, weight_decay, 0.0..=1.0);
        }
        OptimizerKind::RmsProp { alpha, eps } => {
            row(ui, Setting::Alpha, alpha, 0.0..=0.9999);
            row(ui, Setting::Epsilon, eps, 1e-12..=1.0);
        }
        OptimizerKind::Adagrad { eps } => row(ui, Setting::Epsilon, eps, 1e-12..=1.0),
    }
}

fn schedule_name(s: &Schedule) -> &'static str {
    match s {
        Schedule::Constant => "constant",
        Schedule::Step { .. } => "step",
        Schedule::Exponential { .. } => "exponential",
        Schedule::Cosine { .. } => "cosine",
    }
}

/// The name of a learning-rate schedule, in the window's language.
pub(crate) fn schedule_label(s: &Schedule) -> String {
    match s {
        Schedule::Constant => tr!("controls-schedule-constant"),
        Schedule::Step { .. } => tr!("controls-schedule-step"),
        Schedule::Exponential { .. } => tr!("controls-schedule-exponential"),
        Schedule::Cosine { .. } => tr!("controls-schedule-cosine"),
    }
}

/// The name of a loss, in the window's language (the model's English name is the CLI's).
pub(crate) fn loss_name(l: &LossKind) -> String {
    match l {
        LossKind::CrossEntropy => tr!("controls-loss-cross-entropy"),
        LossKind::BinaryCrossEntropy => tr!("controls-loss-binary-cross-entropy"),
        LossKind::Mse => tr!("controls-loss-mse"),
        LossKind::Mae => tr!("controls-loss-mae"),
        LossKind::Huber { .. } => tr!("controls-loss-huber"),
    }
}

/// The name of an optimizer, in the window's language: the technical names (SGD, Adam,
/// RMSprop…) stay as they are.
pub(crate) fn optimizer_name(o: &OptimizerKind) -> String {
    match o {
        OptimizerKind::Momentum { .. } => tr!("controls-optimizer-momentum"),
        other => other.name().to_string(),
    }
}

/// A training speed, in the window's language.
pub(crate) fn pace_name(p: Pace) -> String {
    match p {
        Pace::Full => tr!("controls-pace-full"),
        Pace::EpochsPerSec(n) => tr!("controls-pace-epochs", n = n),
        Pace::BatchesPerSec(n) => tr!("controls-pace-batches", n = n),
    }
}

fn schedule(ui: &mut Ui, c: &mut TrainConfig) {
    let lbl = ui
        .label(tr!("controls-schedule"))
        .on_hover_text(Setting::Schedule.tip());
    let options = [
        Schedule::Constant,
        Schedule::Step {
            every: 10,
            gamma: 0.5,
        },
        Schedule::Exponential { gamma: 0.95 },
        Schedule::Cosine {
            epochs: c.epochs.max(1),
            min_factor: 0.01,
        },
    ];
    let mut s = c.schedule;
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("schedule")
            .selected_text(schedule_label(&s))
            .width(COMBO_W)
            .truncate()
            .show_ui(ui, |ui| {
                for o in options {
                    if ui
                        .selectable_label(
                            schedule_name(&o) == schedule_name(&s),
                            schedule_label(&o),
                        )
                        .on_hover_text(help::schedule(&o))
                        .clicked()
                        && schedule_name(&o) != schedule_name(&s)
                    {
                        s = o;
                    }
                }
            })
            .response
            .labelled_by(lbl.id)
            .on_hover_text(help::schedule(&s));
        if !matches!(s, Schedule::Constant) {
            widgets::params_popup(ui, &tr!("controls-schedule-settings"), |ui| match &mut s {
                Schedule::Constant => {}
                Schedule::Step { every, gamma } => {
                    ui.label(format!("  {}", tr!("controls-step-every")))
                        .on_hover_text(Setting::StepEvery.tip());
                    if let Some(v) = widgets::drag(
                        ui,
                        "",
                        &tr!("controls-step-every-name"),
                        *every,
                        1..=10_000,
                        0.2,
                    ) {
                        *every = v;
                    }
                    ui.end_row();
                    ui.label(format!("  {}", tr!("controls-step-factor")))
                        .on_hover_text(Setting::StepFactor.tip());
                    let name = tr!("controls-step-factor-name");
                    if let Some(v) = widgets::drag(ui, "", &name, *gamma, 0.01..=1.0, 0.01) {
                        *gamma = v;
                    }
                    ui.end_row();
                }
                Schedule::Exponential { gamma } => {
                    ui.label(format!("  {}", tr!("controls-exp-factor")))
                        .on_hover_text(Setting::ExpFactor.tip());
                    if let Some(v) = widgets::drag(
                        ui,
                        "",
                        &tr!("controls-exp-factor-name"),
                        *gamma,
                        0.5..=1.0,
                        0.001,
                    ) {
                        *gamma = v;
                    }
                    ui.end_row();
                }
                Schedule::Cosine { epochs, min_factor } => {
                    ui.label(format!("  {}", tr!("controls-cosine-length")))
                        .on_hover_text(Setting::CosineLength.tip());
                    if let Some(v) = widgets::drag(
                        ui,
                        "",
                        &tr!("controls-cosine-length-name"),
                        *epochs,
                        1..=100_000,
                        0.5,
                    ) {
                        *epochs = v;
                    }
                    ui.end_row();
                    ui.label(format!("  {}", tr!("controls-cosine-final")))
                        .on_hover_text(Setting::CosineFinal.tip());
                    let name = tr!("controls-cosine-final-name");
                    if let Some(v) = widgets::drag(ui, "", &name, *min_factor, 0.0..=1.0, 0.005) {
                        *min_factor = v;
                    }
                    ui.end_row();
                }
            });
        }
    });
    ui.end_row();
    c.schedule = s;
}

/// An initializer's name in the window's language.
pub(crate) fn init_name(i: &InitChoice) -> String {
    match i {
        InitChoice::Auto => tr!("controls-init-auto"),
        InitChoice::Constant(_) => tr!("controls-init-constant"),
        InitChoice::Zeros => tr!("controls-init-zeros"),
        InitChoice::Uniform(_) => tr!("controls-init-uniform"),
        InitChoice::Normal(_) => tr!("controls-init-normal"),
        InitChoice::XavierUniform => tr!("controls-init-xavier-uniform"),
        InitChoice::XavierNormal => tr!("controls-init-xavier-normal"),
        InitChoice::HeUniform => tr!("controls-init-he-uniform"),
        InitChoice::HeNormal => tr!("controls-init-he-normal"),
    }
}

fn init(ui: &mut Ui, c: &mut TrainConfig) {
    let lbl = ui
        .label(tr!("controls-init"))
        .on_hover_text(Setting::Init.tip());
    let options = [
        InitChoice::Auto,
        InitChoice::XavierUniform,
        InitChoice::XavierNormal,
        InitChoice::HeUniform,
        InitChoice::HeNormal,
        InitChoice::Uniform(0.1),
        InitChoice::Normal(0.1),
        InitChoice::Constant(0.5),
        InitChoice::Zeros,
    ];
    let mut v = c.init;
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("init")
            .selected_text(init_name(&v))
            .width(COMBO_W)
            .truncate()
            .show_ui(ui, |ui| {
                for o in options {
                    if ui
                        .selectable_label(init_name(&o) == init_name(&v), init_name(&o))
                        .on_hover_text(help::init(&o))
                        .clicked()
                        && init_name(&o) != init_name(&v)
                    {
                        v = o;
                    }
                }
            })
            .response
            .labelled_by(lbl.id)
            .on_hover_text(help::init(&v));
        if matches!(
            v,
            InitChoice::Constant(_) | InitChoice::Uniform(_) | InitChoice::Normal(_)
        ) {
            widgets::params_popup(ui, &tr!("controls-init-settings"), |ui| match &mut v {
                InitChoice::Constant(x) | InitChoice::Uniform(x) | InitChoice::Normal(x) => {
                    let label = match c.init {
                        InitChoice::Constant(_) => tr!("controls-init-value"),
                        InitChoice::Uniform(_) => tr!("controls-init-limit"),
                        _ => tr!("controls-init-std"),
                    };
                    ui.label(format!("  {label}"))
                        .on_hover_text(Setting::InitValue.tip());
                    let name = tr!("controls-init-value-name");
                    if let Some(n) = widgets::drag(ui, "", &name, *x, -10.0..=10.0, 0.005) {
                        *x = n;
                    }
                    ui.end_row();
                }
                _ => {}
            });
        }
    });
    ui.end_row();
    c.init = v;
}

/// The thread choice: Auto, or 1 up to the processor's cores.
fn threads(ui: &mut Ui, c: &mut TrainConfig) {
    let lbl = ui
        .label(tr!("controls-threads"))
        .on_hover_text(Setting::Threads.tip());
    // Asked once: on Linux the answer reads cgroup files.
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let cores = *CORES.get_or_init(|| {
        std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .clamp(1, 8)
    });
    let options = std::iter::once(Threads::Auto).chain((1..=cores).map(Threads::Count));
    let name = |t: Threads| match t {
        Threads::Auto => tr!("controls-threads-auto"),
        Threads::Count(n) => tr!("controls-threads-cores", n = n),
    };
    egui::ComboBox::from_id_salt("threads")
        .selected_text(name(c.threads))
        .width(COMBO_W)
        .show_ui(ui, |ui| {
            for t in options {
                if ui.selectable_label(c.threads == t, name(t)).clicked() {
                    c.threads = t;
                }
            }
        })
        .response
        .labelled_by(lbl.id)
        .on_hover_text(Setting::Threads.tip());
    ui.end_row();
}
