//! The start screen: the question, one big button, the options folded away.

use eframe::egui;

use super::Action;
use crate::engine::RoleFilter;
use crate::gui::settings::Settings;
use crate::gui::theme;

/// Draws the start screen; options are edited in place.
pub fn show(
    ui: &mut egui::Ui,
    settings: &mut Settings,
    error: Option<&str>,
    icon: Option<&egui::TextureHandle>,
    history: bool,
) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    super::brand(ui, icon);
    ui.add_space(theme::SECTION_GAP);
    ui.vertical_centered(|ui| {
        ui.heading("Can Apple devices get push notifications on this network?");
        ui.add_space(theme::SECTION_GAP * 1.5);
        let button = egui::Button::new(
            egui::RichText::new("Test my network")
                .size(theme::BIG_BUTTON_TEXT)
                .strong(),
        )
        .min_size(theme::BIG_BUTTON);
        let response = ui.add(button);
        if response.clicked() {
            action = Some(Action::StartRun);
        }
        if !ui.memory(|m| m.focused().is_some()) {
            response.request_focus();
        }
        ui.add_space(theme::SECTION_GAP);
    });
    ui.horizontal(|ui| {
        let label = ui.label("Site / room:");
        ui.add(
            egui::TextEdit::singleline(&mut settings.site)
                .hint_text("for example: Library, 2nd floor")
                .desired_width(320.0),
        )
        .labelled_by(label.id);
    });
    ui.add_space(theme::SECTION_GAP / 2.0);
    egui::CollapsingHeader::new("Options")
        .default_open(false)
        .show(ui, |ui| options(ui, settings));
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        "Checks that devices (iPads, Macs) and your MDM server can reach Apple's push service: \
         ports 5223 and 443 to 17.0.0.0/8, encryption inspection, DNS and Wi-Fi login pages. \
         Takes a few seconds.",
    );
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        if ui.link("About Push Check").clicked() {
            action = Some(Action::ToggleAbout);
        }
        if history && ui.link("History").clicked() {
            action = Some(Action::ShowHistory);
        }
    });
    if let Some(error) = error {
        ui.add_space(theme::SECTION_GAP);
        ui.colored_label(
            theme::status_color(ui.visuals(), crate::diagnosis::Severity::Problem),
            error,
        );
    }
    action
}

fn options(ui: &mut egui::Ui, settings: &mut Settings) {
    ui.horizontal(|ui| {
        ui.label("What to test:");
        ui.radio_value(
            &mut settings.role,
            RoleFilter::Both,
            "this device and the MDM server",
        );
        ui.radio_value(&mut settings.role, RoleFilter::Device, "this device only");
        ui.radio_value(&mut settings.role, RoleFilter::Server, "MDM server only");
    });
    ui.checkbox(
        &mut settings.legacy,
        "Our MDM server still uses the retired ports 2195 and 2196",
    );
    ui.checkbox(
        &mut settings.redact,
        "Leave this computer's name and addresses out of saved reports",
    );
    ui.horizontal(|ui| {
        ui.label("Appearance:");
        egui::widgets::global_theme_preference_buttons(ui);
    });
    ui.horizontal(|ui| {
        ui.checkbox(
            &mut settings.hold,
            "Also check that the network keeps a quiet connection open for",
        );
        ui.add_enabled(
            settings.hold,
            egui::DragValue::new(&mut settings.hold_minutes)
                .range(1..=120)
                .suffix(" min"),
        );
    })
    .response
    .on_hover_text(
        "Push connections carry nothing for 10–15 minutes at a time. Some firewalls forget quiet connections sooner, which breaks push while every quick test passes. The test then takes this long.",
    );
    ui.horizontal(|ui| {
        ui.label("Give up after");
        ui.add(
            egui::DragValue::new(&mut settings.timeout_secs)
                .range(2..=60)
                .suffix(" s"),
        );
    });
}
