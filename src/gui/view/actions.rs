//! The bar under an answer: save it (and in which language), copy the summary, test again,
//! back to the options, the history; then how the last save went.

use eframe::egui;

use super::Action;
use crate::gui::effects::SaveStatus;
use crate::gui::theme;
use crate::i18n::{Arg, Lang};
use crate::report::{Report, text};

/// What the bar shows besides the report.
pub struct Bar<'a> {
    /// How the last save went.
    pub save: &'a SaveStatus,
    /// The language saved reports are written in (`None`: the window's).
    pub report_lang: Option<Lang>,
    /// Whether runs are kept (the History button).
    pub history: bool,
    /// Why the last run could not be kept, when it could not.
    pub keep_error: Option<&'a str>,
    /// A passing note ("Copied"), while it lasts.
    pub note: Option<&'a str>,
}

/// Draws the bar; returns what was clicked.
pub fn show(ui: &mut egui::Ui, report: &Report, bar: &Bar, lang: Lang) -> Option<Action> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        let saving = *bar.save == SaveStatus::Busy;
        if ui
            .add_enabled(!saving, egui::Button::new(lang.t("save-report")))
            .clicked()
        {
            action = Some(Action::Save);
        }
        let mut report_lang = bar.report_lang;
        super::start::language_menu(
            ui,
            "report-language",
            &mut report_lang,
            lang.t("save-language-same"),
        )
        .on_hover_text(lang.t("save-language-hover"));
        if report_lang != bar.report_lang {
            action = Some(Action::SetReportLang(report_lang));
        }
        if ui.button(lang.t("save-copy-summary")).clicked() {
            action = Some(Action::Copy(text::summary(report), "copied-summary"));
        }
        if ui.button(lang.t("save-test-again")).clicked() {
            action = Some(Action::StartRun);
        }
        if ui.button(lang.t("save-options")).clicked() {
            action = Some(Action::ShowStart);
        }
        if bar.history && ui.button(lang.t("history-title")).clicked() {
            action = Some(Action::ShowHistory);
        }
        let took = lang.decimal(report.duration_ms as f64 / 1000.0, 1);
        // Never broken across two rows: when there is no room, it moves to the next one.
        ui.add(
            egui::Label::new(
                egui::RichText::new(lang.tr("save-took", &[("took", Arg::from(took))])).weak(),
            )
            .wrap_mode(egui::TextWrapMode::Extend),
        );
    });
    let message = match bar.save {
        SaveStatus::Idle | SaveStatus::Cancelled => None,
        SaveStatus::Busy => Some((lang.t("save-saving"), false)),
        SaveStatus::Saved(path) => Some((
            lang.tr(
                "save-saved",
                &[("path", Arg::from(path.display().to_string()))],
            ),
            false,
        )),
        SaveStatus::Failed(e) => Some((
            lang.tr("save-failed", &[("error", Arg::from(e.as_str()))]),
            true,
        )),
    };
    let message = message
        .or_else(|| bar.keep_error.map(|e| (e.to_string(), true)))
        .or_else(|| bar.note.map(|n| (n.to_string(), false)));
    if let Some((message, failed)) = message {
        if failed {
            ui.colored_label(
                theme::status_color(ui.visuals(), crate::diagnosis::Severity::Problem),
                message,
            );
        } else {
            ui.label(message);
        }
    }
    action
}
