//! The History screen: every run the window kept, newest first, with its light; open one as if
//! just run, choose two to see what changed, delete one or all. Unreadable files are listed as
//! such and can be deleted.

use std::path::PathBuf;

use eframe::egui;

use super::Action;
use crate::gui::theme;
use crate::history::{self, Content, Entry};

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
}

/// Draws the History screen.
pub fn show(ui: &mut egui::Ui, screen: &HistoryScreen) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        if ui.button("Back").clicked() {
            action = Some(Action::CloseHistory);
        }
        ui.heading("History");
    });
    ui.label(
        "Every run of this window is kept here (the last 100), so you can look back and compare.",
    );
    ui.add_space(theme::SECTION_GAP);
    if screen.entries.is_empty() {
        ui.label("No runs yet. Click Test my network, and each answer will be kept here.");
    }
    let runs = screen
        .entries
        .iter()
        .filter(|e| e.report().is_some())
        .count();
    ui.horizontal(|ui| {
        let two = screen.chosen.len() == 2;
        if ui
            .add_enabled(two, egui::Button::new("Compare the two chosen"))
            .on_disabled_hover_text("Choose two runs with their boxes")
            .clicked()
        {
            action = Some(Action::CompareKept);
        }
        if screen.confirm_clear {
            ui.label(format!("Delete all {} files?", screen.entries.len()));
            if ui.button("Yes, delete all").clicked() {
                action = Some(Action::ClearHistory);
            }
            if ui.button("Keep them").clicked() {
                action = Some(Action::AskClearHistory(false));
            }
        } else if !screen.entries.is_empty() && ui.button("Delete all").clicked() {
            action = Some(Action::AskClearHistory(true));
        }
        ui.weak(format!("{runs} {}", if runs == 1 { "run" } else { "runs" }));
    });
    if let Some(message) = &screen.message {
        ui.label(message);
    }
    if let Some(comparison) = &screen.comparison {
        ui.add_space(theme::SECTION_GAP / 2.0);
        ui.group(|ui| {
            ui.label(egui::RichText::new("What changed").strong());
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
                            .checkbox(&mut chosen, "Choose")
                            .on_hover_text("Choose for comparing")
                            .changed()
                        {
                            action = Some(Action::ChooseKept(entry.path.clone()));
                        }
                        super::status_tag(ui, report.overall, theme::BODY_TEXT);
                        let site = if report.site.is_empty() {
                            String::new()
                        } else {
                            format!(" · {}", report.site)
                        };
                        if ui
                            .link(format!(
                                "{}{site}: {}",
                                history::when(&report.started_at),
                                report.headline
                            ))
                            .on_hover_text("Open this run")
                            .clicked()
                        {
                            action = Some(Action::OpenKept(entry.path.clone()));
                        }
                    }
                    Content::Unreadable(why) => {
                        ui.label("");
                        ui.weak("unreadable");
                        ui.label(format!("Unreadable file {}: {why}", entry.name()));
                    }
                }
                if ui
                    .small_button("Delete")
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
