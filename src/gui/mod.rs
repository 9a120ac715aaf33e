//! The desktop window: "Test my network" for a teacher, details for a technician.
//!
//! The window is a thin consumer of the engine's events and the report model, like the
//! terminal: state is a reducer ([`state`]), views only read it ([`view`]), colours live in
//! [`theme`].

pub mod app;
pub mod effects;
pub mod settings;
pub mod state;
pub mod theme;
pub mod view;

pub use app::App;
pub use effects::{NativeDialog, SaveDialog, SaveStatus};

use crate::config::{Given, RunConfig};

const ICON: &[u8] = include_bytes!("../../assets/icons/pushcheck-256.png");
const ICON_SMALL: &[u8] = include_bytes!("../../assets/icons/pushcheck-64.png");

/// When the process started, for measuring the time to the first frame.
pub static PROCESS_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Set this variable to have the window print, once, how long its first frame took to appear
/// (used by `scripts/gui-check`).
pub const FIRST_FRAME_ENV: &str = "PUSHCHECK_LOG_FIRST_FRAME";

/// Whether a graphical display is available to open a window on.
pub fn display_available() -> bool {
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    )) {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        set("DISPLAY") || set("WAYLAND_DISPLAY")
    } else {
        true
    }
}

/// Opens the window; returns when it is closed.
pub fn run(base: RunConfig, given: Given) -> Result<(), eframe::Error> {
    let mut viewport = eframe::egui::ViewportBuilder::default()
        .with_title("Push Check")
        .with_app_id("pushcheck")
        .with_inner_size(theme::START_WINDOW)
        .with_min_inner_size(theme::MIN_WINDOW);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "Push Check",
        options,
        Box::new(move |cc| {
            Ok(Box::new(
                App::new(cc, base, std::sync::Arc::new(NativeDialog))
                    .with_given(given)
                    .with_history(crate::history::default_dir()),
            ))
        }),
    )
}
