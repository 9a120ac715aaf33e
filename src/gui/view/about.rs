//! "About": version, licences (fonts included) and where the rules come from, with dates.

use eframe::egui;

use crate::catalog::Catalog;
use crate::i18n::{Arg, Lang};

/// Draws the About window's contents.
pub fn show(ui: &mut egui::Ui, catalog: Option<&Catalog>, lang: Lang) {
    ui.label(
        egui::RichText::new(format!("Push Check {}", env!("CARGO_PKG_VERSION")))
            .strong()
            .size(18.0),
    );
    ui.label(lang.t("about-question"));
    ui.add_space(8.0);
    ui.label(egui::RichText::new(lang.t("about-licences")).strong());
    ui.label(lang.t("about-licence-app"));
    ui.label(lang.t("about-licence-window-fonts"));
    ui.label(lang.t("about-licence-report-fonts"));
    ui.label(lang.t("about-licence-others"));
    ui.add_space(8.0);
    ui.label(egui::RichText::new(lang.t("pdf-sources")).strong());
    match catalog {
        Some(catalog) => {
            ui.label(lang.tr(
                "about-checked-on",
                &[(
                    "date",
                    Arg::from(crate::words::day(lang, &catalog.checked_on)),
                )],
            ));
            for source in catalog.sources.values() {
                let checked = lang.tr(
                    "source-checked",
                    &[(
                        "date",
                        Arg::from(crate::words::day(lang, &source.checked_on)),
                    )],
                );
                let line = if source.url.is_empty() {
                    format!("• {} ({checked})", source.title)
                } else {
                    format!("• {} — {} ({checked})", source.title, source.url)
                };
                ui.label(line);
            }
            let mut changes: Vec<String> = Vec::new();
            for endpoint in &catalog.endpoints {
                if let (Some(date), Some(change)) = (
                    &endpoint.changed_on,
                    crate::report::model::catalog_change(endpoint, lang),
                ) {
                    let line = lang.tr(
                        "about-changed-on",
                        &[
                            ("date", Arg::from(crate::words::day(lang, date))),
                            ("change", Arg::from(change)),
                        ],
                    );
                    if !changes.contains(&line) {
                        changes.push(line);
                    }
                }
            }
            for line in changes {
                ui.label(line);
            }
        }
        None => {
            ui.label(lang.t("about-no-catalog"));
        }
    }
}
