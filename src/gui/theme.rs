//! Colours and sizes: the only place they are chosen. Traffic lights always come with an icon
//! and a word, so colour is never the only signal.
#![allow(clippy::disallowed_methods)] // this module is where colours are defined

use eframe::egui::{self, Color32, FontId, Visuals};

use crate::diagnosis::Severity;
use crate::report::status;

/// Space between sections.
pub const SECTION_GAP: f32 = 14.0;
/// Radius of the headline's light.
pub const HEADLINE_LIGHT: f32 = 22.0;
/// Radius of a row's light.
pub const ROW_LIGHT: f32 = 6.0;
/// Size of the big button.
pub const BIG_BUTTON: egui::Vec2 = egui::vec2(300.0, 64.0);
/// Text size of the big button.
pub const BIG_BUTTON_TEXT: f32 = 22.0;
/// Text size of the question and the headline.
pub const HEADLINE_TEXT: f32 = 21.0;
/// Text size of body text.
pub const BODY_TEXT: f32 = 15.0;
/// Width of the content column in wide windows.
pub const COLUMN_WIDTH: f32 = 820.0;
/// The smallest window that still shows a result without clipping.
pub const MIN_WINDOW: [f32; 2] = [720.0, 560.0];
/// The window's first size.
pub const START_WINDOW: [f32; 2] = [1000.0, 700.0];

/// The colour of a status, readable on the current background: the vocabulary's colour on a
/// light background, brighter shades of it in dark mode.
pub fn status_color(visuals: &Visuals, s: Severity) -> Color32 {
    if visuals.dark_mode {
        match s {
            Severity::Ok => Color32::from_rgb(72, 199, 116),
            Severity::Info => Color32::from_rgb(110, 168, 254),
            Severity::Warning => Color32::from_rgb(255, 193, 7),
            Severity::Problem => Color32::from_rgb(255, 107, 107),
            Severity::Untested => Color32::from_rgb(140, 140, 140),
        }
    } else {
        let (r, g, b) = status::rgb(s);
        Color32::from_rgb(r, g, b)
    }
}

/// The colour of an icon drawn on a light.
pub fn on_light() -> Color32 {
    Color32::WHITE
}

/// The headline card's background: a pale tint of the status colour.
pub fn card_fill(visuals: &Visuals, status: Severity) -> Color32 {
    let c = status_color(visuals, status);
    let alpha = if visuals.dark_mode { 40 } else { 28 };
    Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), alpha)
}

/// The icon and word of a status (the one vocabulary of [`crate::report::status`]).
pub fn status_words(status: Severity, lang: crate::i18n::Lang) -> (&'static str, String) {
    (status::icon(status), status::word(status, lang))
}

/// Body text style.
pub fn body() -> FontId {
    FontId::proportional(BODY_TEXT)
}

/// Applies the app's spacing and text sizes to a context.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style
            .text_styles
            .insert(egui::TextStyle::Body, FontId::proportional(BODY_TEXT));
        style
            .text_styles
            .insert(egui::TextStyle::Button, FontId::proportional(BODY_TEXT));
        style.text_styles.insert(
            egui::TextStyle::Heading,
            FontId::proportional(HEADLINE_TEXT),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_icon_and_word_has_its_glyphs_in_the_window_fonts() {
        let mut fonts = egui::epaint::text::Fonts::new(
            egui::epaint::text::TextOptions::default(),
            egui::FontDefinitions::default(),
        );
        for s in status::WORST_FIRST {
            for lang in crate::i18n::Lang::CHOICES {
                let (icon, word) = status_words(s, lang);
                for text in [icon, word.as_str()] {
                    assert!(
                        fonts.has_glyphs(&body(), text),
                        "{s:?}: {text:?} has no glyph"
                    );
                }
            }
        }
        // The check can fail: a triangle the window's fonts lack is found missing.
        assert!(!fonts.has_glyphs(&body(), "▲"));
    }
}
