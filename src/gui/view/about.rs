//! "About": version, licences (fonts included) and where the rules come from, with dates.

use eframe::egui;

use crate::catalog::Catalog;

/// Draws the About window's contents.
pub fn show(ui: &mut egui::Ui, catalog: Option<&Catalog>) {
    ui.label(
        egui::RichText::new(format!("Push Check {}", env!("CARGO_PKG_VERSION")))
            .strong()
            .size(18.0),
    );
    ui.label("Can Apple devices and your MDM server reach Apple's push service from this network?");
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Licences").strong());
    ui.label("Push Check: MIT OR Apache-2.0.");
    ui.label("Window fonts (from egui): Ubuntu Light (Ubuntu Font Licence), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).");
    ui.label("Report fonts: Open Sans Regular and Bold (Apache-2.0).");
    ui.label("Every other component and its licence: THIRD-PARTY.md, shipped with the program.");
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Where the rules come from").strong());
    match catalog {
        Some(catalog) => {
            ui.label(format!(
                "The rules were last checked on {}.",
                catalog.checked_on
            ));
            for source in catalog.sources.values() {
                let line = if source.url.is_empty() {
                    format!("• {} (checked {})", source.title, source.checked_on)
                } else {
                    format!(
                        "• {} — {} (checked {})",
                        source.title, source.url, source.checked_on
                    )
                };
                ui.label(line);
            }
            let mut changes: Vec<String> = Vec::new();
            for endpoint in &catalog.endpoints {
                if let (Some(date), Some(change)) = (&endpoint.changed_on, &endpoint.change) {
                    let line = format!("Changed on {date}: {change}");
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
            ui.label("The catalog of rules could not be read.");
        }
    }
}
