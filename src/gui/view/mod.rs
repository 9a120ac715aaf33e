//! The views: they read the state and return what the person asked for; they change nothing.

pub mod about;
pub mod actions;
pub mod history;
pub mod result;
pub mod running;
pub mod start;

use std::path::PathBuf;

use eframe::egui;

use crate::diagnosis::Severity;
use crate::i18n::Lang;

use super::theme;

/// What a click asked for; the app carries it out after drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start a run with the current options.
    StartRun,
    /// Stop the current run.
    Stop,
    /// Save the report (asks where).
    Save,
    /// Put this text on the clipboard; the second part is the message id of the note saying
    /// what was copied.
    Copy(String, &'static str),
    /// Remember the language saved reports are written in (`None`: the window's).
    SetReportLang(Option<crate::i18n::Lang>),
    /// Back to the start screen's options.
    ShowStart,
    /// Open or close the About window.
    ToggleAbout,
    /// Show the runs kept in the history.
    ShowHistory,
    /// Leave the History screen.
    CloseHistory,
    /// Show this kept run as if just run.
    OpenKept(PathBuf),
    /// Choose (or unchoose) this kept run for comparing.
    ChooseKept(PathBuf),
    /// Compare the two chosen runs.
    CompareKept,
    /// Delete this kept file.
    DeleteKept(PathBuf),
    /// Ask whether to delete every kept file (true), or stop asking (false).
    AskClearHistory(bool),
    /// Delete every kept file.
    ClearHistory,
}

/// A round light; large ones carry their icon inside, and a word always stands beside it, so
/// colour is never the only signal.
pub fn light(ui: &mut egui::Ui, status: Severity, radius: f32) {
    let color = theme::status_color(ui.visuals(), status);
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(radius * 2.0, radius * 2.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), radius, color);
    if radius >= theme::HEADLINE_LIGHT {
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            crate::report::status::icon(status),
            egui::FontId::proportional(radius * 1.1),
            theme::on_light(),
        );
    }
}

/// "✖ PROBLEM" in the status colour.
pub fn status_tag(ui: &mut egui::Ui, status: Severity, size: f32, lang: Lang) -> egui::Response {
    let (icon, word) = theme::status_words(status, lang);
    let color = theme::status_color(ui.visuals(), status);
    ui.label(
        egui::RichText::new(format!("{icon} {word}"))
            .color(color)
            .strong()
            .size(size),
    )
}

/// The app's name with its icon, at the top of the start screen.
pub fn brand(ui: &mut egui::Ui, icon: Option<&egui::TextureHandle>, lang: Lang) {
    ui.horizontal(|ui| {
        if let Some(icon) = icon {
            ui.add(
                egui::Image::new((icon.id(), egui::vec2(28.0, 28.0)))
                    .alt_text(lang.t("window-icon")),
            );
        }
        ui.label(
            egui::RichText::new("Push Check")
                .strong()
                .size(theme::BODY_TEXT + 3.0),
        );
    });
}
