//! A run in progress: the progress bar, rows appearing live, and Stop.

use eframe::egui;

use super::{Action, light};
use crate::gui::state::Running;
use crate::gui::theme;
use crate::i18n::{Arg, Lang};

/// Draws a run in progress.
pub fn show(ui: &mut egui::Ui, running: &Running, lang: Lang) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    ui.heading(lang.t("running-title"));
    ui.add_space(theme::SECTION_GAP / 2.0);
    ui.horizontal(|ui| {
        let fraction = if running.total == 0 {
            0.0
        } else {
            running.finished as f32 / running.total as f32
        };
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(ui.available_width() - 120.0)
                .text(lang.tr(
                    "running-progress",
                    &[
                        ("done", Arg::from(running.finished)),
                        ("total", Arg::from(running.total)),
                    ],
                )),
        );
        if ui.button(lang.t("running-stop")).clicked() {
            action = Some(Action::Stop);
        }
    });
    if let Some((until, hold)) = running.holding {
        let left = until.saturating_duration_since(std::time::Instant::now());
        let secs = left.as_secs();
        ui.add_space(theme::SECTION_GAP / 2.0);
        ui.label(lang.tr(
            "running-holding",
            &[
                ("hold", Arg::Duration(hold.as_secs())),
                ("left", Arg::from(format!("{}:{:02}", secs / 60, secs % 60))),
            ],
        ));
        ui.weak(lang.t("running-holding-note"));
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(1));
    }
    ui.add_space(theme::SECTION_GAP / 2.0);
    let height = (ui.available_height() - theme::SECTION_GAP).max(200.0);
    egui::ScrollArea::vertical()
        .id_salt("live-rows")
        .stick_to_bottom(true)
        .min_scrolled_height(height)
        .max_height(height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for row in &running.rows {
                ui.horizontal(|ui| {
                    match row.status {
                        None => {
                            ui.add(egui::Spinner::new().size(theme::ROW_LIGHT * 2.0));
                        }
                        Some(status) => {
                            light(ui, status, theme::ROW_LIGHT);
                            ui.label(crate::report::status::icon(status));
                        }
                    }
                    ui.label(&row.label);
                    if let Some(outcome) = row.outcome {
                        ui.weak(lang.t(outcome.message()));
                    }
                });
            }
        });
    action
}
