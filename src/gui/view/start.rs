//! The start screen: the question, one big button, the options folded away.

use eframe::egui;

use super::Action;
use crate::engine::RoleFilter;
use crate::gui::settings::Settings;
use crate::gui::theme;
use crate::i18n::Lang;

/// Draws the start screen; options are edited in place.
pub fn show(
    ui: &mut egui::Ui,
    settings: &mut Settings,
    error: Option<&str>,
    icon: Option<&egui::TextureHandle>,
    history: bool,
    lang: Lang,
) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    super::brand(ui, icon, lang);
    ui.add_space(theme::SECTION_GAP);
    ui.vertical_centered(|ui| {
        ui.heading(lang.t("start-question"));
        ui.add_space(theme::SECTION_GAP * 1.5);
        let button = egui::Button::new(
            egui::RichText::new(lang.t("start-button"))
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
    // The two fields in a grid, so they line up whatever the labels' length in a language.
    egui::Grid::new(("start", "fields"))
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(lang.t("start-site"));
            ui.add(
                egui::TextEdit::singleline(&mut settings.site)
                    .hint_text(lang.t("start-site-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.t("start-mdm"));
            ui.add(
                egui::TextEdit::singleline(&mut settings.mdm_server)
                    .hint_text(lang.t("start-mdm-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(label.id)
            .on_hover_text(lang.t("start-mdm-hover"));
            ui.end_row();
        });
    ui.add_space(theme::SECTION_GAP / 2.0);
    egui::CollapsingHeader::new(lang.t("start-options"))
        .id_salt("options")
        .default_open(false)
        .show(ui, |ui| options(ui, settings, lang));
    ui.add_space(theme::SECTION_GAP);
    ui.label(lang.t("start-what"));
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        if ui.link(lang.t("about-title")).clicked() {
            action = Some(Action::ToggleAbout);
        }
        if history && ui.link(lang.t("history-title")).clicked() {
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

/// A language menu: `first` (the system's, the window's) for no choice, then each language
/// in its own name.
pub fn language_menu(
    ui: &mut egui::Ui,
    id: &str,
    choice: &mut Option<Lang>,
    first: String,
) -> egui::Response {
    let shown = choice.map_or_else(|| first.clone(), |l| l.native_name().to_string());
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(choice, None, first);
            for lang in Lang::CHOICES {
                ui.selectable_value(choice, Some(lang), lang.native_name());
            }
        })
        .response
}

fn options(ui: &mut egui::Ui, settings: &mut Settings, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.t("options-what"));
        ui.radio_value(&mut settings.role, RoleFilter::Both, lang.t("options-both"));
        ui.radio_value(
            &mut settings.role,
            RoleFilter::Device,
            lang.t("options-device"),
        );
        ui.radio_value(
            &mut settings.role,
            RoleFilter::Server,
            lang.t("options-server"),
        );
    });
    ui.checkbox(&mut settings.legacy, lang.t("options-legacy"));
    ui.checkbox(&mut settings.redact, lang.t("options-redact"));
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.t("options-language"));
        language_menu(
            ui,
            "window-language",
            &mut settings.lang,
            lang.t("options-language-system"),
        );
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.t("options-appearance"));
        let mut preference = ui.ctx().options(|o| o.theme_preference);
        let before = preference;
        for (choice, id) in [
            (egui::ThemePreference::System, "options-appearance-system"),
            (egui::ThemePreference::Light, "options-appearance-light"),
            (egui::ThemePreference::Dark, "options-appearance-dark"),
        ] {
            ui.radio_value(&mut preference, choice, lang.t(id));
        }
        if preference != before {
            ui.ctx().set_theme(preference);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut settings.hold, lang.t("options-hold"));
        ui.add_enabled(
            settings.hold,
            egui::DragValue::new(&mut settings.hold_minutes)
                .range(1..=120)
                .suffix(" min"),
        );
    })
    .response
    .on_hover_text(lang.t("options-hold-hover"));
    ui.horizontal(|ui| {
        ui.label(lang.t("options-timeout"));
        ui.add(
            egui::DragValue::new(&mut settings.timeout_secs)
                .range(2..=60)
                .suffix(" s"),
        );
    });
}
