//! The History screen: every run the window kept, newest first, with its light; open one as if
//! just run, choose two to see what changed, delete one or all. Unreadable runs are listed as
//! such and can be deleted; files Push Check did not write are listed as foreign and left.

use std::path::PathBuf;

use eframe::egui;

use super::Action;
use crate::gui::theme;
use crate::history::{self, Content, Entry};
use crate::i18n::{Arg, Lang};
use crate::report::compare;

/// What the History screen shows.
#[derive(Debug, Default)]
pub struct HistoryScreen {
    /// The folder's files, newest run first.
    pub entries: Vec<Entry>,
    /// Up to two runs chosen for comparing, in the order chosen.
    pub chosen: Vec<PathBuf>,
    /// What changed between the two chosen runs, older first, as text.
    pub comparison: Option<String>,
    /// The outcome of the last deletion or keeping, when it needs saying.
    pub message: Option<String>,
    /// "Delete all" was clicked once: ask before deleting.
    pub confirm_clear: bool,
    /// The folder is being read or changed (on the history's own thread).
    pub loading: bool,
}

impl HistoryScreen {
    /// Chooses `path` for comparing, or unchooses it; the oldest choice gives way to a third.
    pub fn choose(&mut self, path: PathBuf) {
        if let Some(at) = self.chosen.iter().position(|p| p == &path) {
            self.chosen.remove(at);
        } else {
            self.chosen.push(path);
            if self.chosen.len() > 2 {
                self.chosen.remove(0);
            }
        }
        self.comparison = None;
    }

    /// Compares the two chosen runs, older first.
    pub fn compare(&mut self, lang: Lang) {
        // The list is newest first: the later of the two in it is the older run.
        let runs: Vec<(&std::path::Path, &crate::report::Report)> = self
            .entries
            .iter()
            .filter(|e| self.chosen.contains(&e.path))
            .filter_map(|e| {
                // The file's name is enough here: they all live in one folder.
                let name = e.path.file_name().map(std::path::Path::new);
                Some((name?, e.report()?))
            })
            .collect();
        if let [(new_path, new), (old_path, old)] = runs[..] {
            let comparison = compare::compare(old, old_path, new, new_path, lang);
            self.comparison = Some(compare::lines_text(&compare::lines(&comparison)));
        }
    }
}

/// Draws the History screen.
pub fn show(ui: &mut egui::Ui, screen: &HistoryScreen, lang: Lang) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        if ui.button(lang.t("history-back")).clicked() {
            action = Some(Action::CloseHistory);
        }
        ui.heading(lang.t("history-title"));
    });
    ui.label(lang.tr("history-intro", &[("count", Arg::from(history::KEEP))]));
    ui.add_space(theme::SECTION_GAP);
    if screen.loading && screen.entries.is_empty() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(lang.t("history-reading"));
        });
    } else if screen.entries.is_empty() {
        ui.label(lang.t("history-empty"));
    }
    let runs = screen
        .entries
        .iter()
        .filter(|e| e.report().is_some())
        .count();
    // Foreign files are never deleted, so never counted for "Delete all".
    let own = screen.entries.iter().filter(|e| e.is_own()).count();
    ui.horizontal(|ui| {
        let two = screen.chosen.len() == 2;
        if ui
            .add_enabled(two, egui::Button::new(lang.t("history-compare-chosen")))
            .on_disabled_hover_text(lang.t("history-choose-two"))
            .clicked()
        {
            action = Some(Action::CompareKept);
        }
        if screen.confirm_clear {
            ui.label(lang.tr("history-delete-all-ask", &[("count", Arg::from(own))]));
            if ui.button(lang.t("history-delete-all-yes")).clicked() {
                action = Some(Action::ClearHistory);
            }
            if ui.button(lang.t("history-delete-all-no")).clicked() {
                action = Some(Action::AskClearHistory(false));
            }
        } else if own > 0 && ui.button(lang.t("history-delete-all")).clicked() {
            action = Some(Action::AskClearHistory(true));
        }
        ui.weak(lang.tr("history-runs", &[("count", Arg::from(runs))]));
        if screen.loading && !screen.entries.is_empty() {
            ui.spinner();
        }
    });
    if let Some(message) = &screen.message {
        ui.label(message);
    }
    if let Some(comparison) = &screen.comparison {
        ui.add_space(theme::SECTION_GAP / 2.0);
        ui.group(|ui| {
            ui.label(egui::RichText::new(lang.t("history-what-changed")).strong());
            for line in comparison.lines().filter(|l| !l.trim().is_empty()) {
                ui.label(line);
            }
        });
    }
    ui.add_space(theme::SECTION_GAP / 2.0);
    egui::Grid::new("history")
        .num_columns(4)
        .spacing([12.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for entry in &screen.entries {
                match &entry.content {
                    Content::Run(report) => {
                        let mut chosen = screen.chosen.contains(&entry.path);
                        if ui
                            .checkbox(&mut chosen, lang.t("history-choose"))
                            .on_hover_text(lang.t("history-choose-hover"))
                            .changed()
                        {
                            action = Some(Action::ChooseKept(entry.path.clone()));
                        }
                        super::status_tag(ui, report.overall, theme::BODY_TEXT, lang);
                        let site = if report.site.is_empty() {
                            String::new()
                        } else {
                            format!(" · {}", report.site)
                        };
                        if ui
                            .link(format!(
                                "{}{site}: {}",
                                crate::words::date_time(lang, &report.started_at),
                                report.headline
                            ))
                            .on_hover_text(lang.t("history-open"))
                            .clicked()
                        {
                            action = Some(Action::OpenKept(entry.path.clone()));
                        }
                    }
                    Content::Unreadable(why) => {
                        ui.label("");
                        ui.weak(lang.t("history-unreadable"));
                        ui.label(lang.tr(
                            "history-unreadable-file",
                            &[
                                ("file", Arg::from(entry.name())),
                                ("why", Arg::from(why.as_str())),
                            ],
                        ));
                    }
                    Content::Foreign => {
                        ui.label("");
                        ui.weak(lang.t("history-foreign"));
                        ui.label(
                            lang.tr("history-foreign-file", &[("file", Arg::from(entry.name()))]),
                        );
                    }
                }
                // Only what Push Check wrote can be deleted here.
                if entry.is_own()
                    && ui
                        .small_button(lang.t("history-delete"))
                        .on_hover_text(entry.name())
                        .clicked()
                {
                    action = Some(Action::DeleteKept(entry.path.clone()));
                }
                ui.end_row();
            }
        });
    action
}
