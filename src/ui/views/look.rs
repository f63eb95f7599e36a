//! The window's look: light or dark theme, presenter mode (larger fonts, high contrast,
//! advanced controls hidden) and zoom (Ctrl +/−). Kept in eframe's storage with the other
//! preferences.

use egui::{Color32, Stroke, Theme, ThemePreference, Ui, Visuals};
use serde::{Deserialize, Serialize};

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light background.
    Light,
    /// Dark background.
    Dark,
}

/// How the window looks; remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Look {
    /// The theme.
    pub theme: ThemeChoice,
    /// Presenter mode: larger fonts, high contrast, advanced controls hidden.
    pub presenter: bool,
    /// Zoom factor (Ctrl +/−, Ctrl 0 resets).
    pub zoom: f32,
    /// Draw kept runs ("ghosts") behind the current loss curves.
    pub show_ghosts: bool,
}

impl Default for Look {
    fn default() -> Self {
        Look {
            theme: ThemeChoice::System,
            presenter: false,
            zoom: 1.0,
            show_ghosts: true,
        }
    }
}

impl Look {
    /// Whether `other` needs no restyling (zoom and ghosts do not change the style).
    pub fn same_style(&self, other: &Look) -> bool {
        self.theme == other.theme && self.presenter == other.presenter
    }

    /// Whether advanced controls are shown (everything except presenter mode).
    pub fn advanced(&self) -> bool {
        !self.presenter
    }

    /// Whether plots draw their legend outside the data (a row above the plot) instead of
    /// in a corner of it: in presenter mode, where a corner legend covers the curves.
    pub fn legends_outside(&self) -> bool {
        self.presenter
    }
}

/// Font scale in presenter mode.
pub const PRESENTER_SCALE: f32 = 1.3;

/// Applies theme and presenter mode to the context.
pub fn apply(ctx: &egui::Context, look: &Look) {
    ctx.set_theme(match look.theme {
        ThemeChoice::System => ThemePreference::System,
        ThemeChoice::Light => ThemePreference::Light,
        ThemeChoice::Dark => ThemePreference::Dark,
    });
    if look.presenter {
        ctx.set_visuals_of(Theme::Dark, high_contrast(true));
        ctx.set_visuals_of(Theme::Light, high_contrast(false));
    } else {
        ctx.set_visuals_of(Theme::Dark, Visuals::dark());
        ctx.set_visuals_of(Theme::Light, Visuals::light());
    }
    crate::ui::style::apply(ctx);
    if look.presenter {
        ctx.all_styles_mut(|s| {
            for font in s.text_styles.values_mut() {
                // Even small print reads from the back row: at least 17 points.
                font.size = (font.size * PRESENTER_SCALE).max(17.0);
            }
            // Whole pixels keep every widget aligned to the pixel grid.
            s.spacing.interact_size.y = (s.spacing.interact_size.y * PRESENTER_SCALE).round();
            s.spacing.item_spacing = (s.spacing.item_spacing * 1.2).round();
        });
    }
}

/// Black on white (or white on black) with strong outlines.
pub fn high_contrast(dark: bool) -> Visuals {
    let (mut v, bg, fg) = if dark {
        (Visuals::dark(), Color32::BLACK, Color32::WHITE)
    } else {
        (Visuals::light(), Color32::WHITE, Color32::BLACK)
    };
    v.override_text_color = Some(fg);
    v.panel_fill = bg;
    v.window_fill = bg;
    v.extreme_bg_color = bg;
    v.faint_bg_color = if dark {
        Color32::from_gray(30)
    } else {
        Color32::from_gray(235)
    };
    v.window_stroke = Stroke::new(2.0, fg);
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke = Stroke::new(w.fg_stroke.width.max(1.5), fg);
    }
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
    ] {
        w.bg_stroke = Stroke::new(1.5, fg);
    }
    v.selection.bg_fill = if dark {
        Color32::from_rgb(0x00, 0x5F, 0xCC)
    } else {
        Color32::from_rgb(0x99, 0xC8, 0xFF)
    };
    v.selection.stroke = Stroke::new(2.0, fg);
    v
}

/// The View-menu entries: theme, presenter mode, zoom.
pub fn menu(ui: &mut Ui, look: &mut Look) {
    ui.label(crate::tr!("controls-theme"));
    ui.horizontal(|ui| {
        for (t, key) in [
            (ThemeChoice::System, "controls-theme-system"),
            (ThemeChoice::Light, "controls-theme-light"),
            (ThemeChoice::Dark, "controls-theme-dark"),
        ] {
            let name = crate::tr!(key);
            if ui
                .selectable_label(look.theme == t, &name)
                .accessible_name(crate::tr!("controls-theme-name", name = name))
                .clicked()
            {
                look.theme = t;
            }
        }
    });
    ui.checkbox(&mut look.presenter, crate::tr!("controls-presenter"))
        .on_hover_text(crate::tr!("controls-presenter-tip"));
    ui.horizontal(|ui| {
        let percent = format!("{:.0}", ui.ctx().zoom_factor() * 100.0);
        ui.label(crate::tr!("controls-zoom", percent = percent));
        if ui
            .small_button("−")
            .accessible_name(crate::tr!("controls-zoom-out"))
            .on_hover_text("Ctrl −")
            .clicked()
        {
            let z = (ui.ctx().zoom_factor() / 1.1).max(0.5);
            ui.ctx().set_zoom_factor(z);
        }
        if ui
            .small_button("+")
            .accessible_name(crate::tr!("controls-zoom-in"))
            .on_hover_text("Ctrl +")
            .clicked()
        {
            let z = (ui.ctx().zoom_factor() * 1.1).min(3.0);
            ui.ctx().set_zoom_factor(z);
        }
        if ui
            .small_button("100%")
            .accessible_name(crate::tr!("controls-zoom-reset"))
            .on_hover_text("Ctrl 0")
            .clicked()
        {
            ui.ctx().set_zoom_factor(1.0);
        }
    });
}
