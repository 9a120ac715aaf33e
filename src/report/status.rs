//! The status vocabulary, once: the icon, the word, the colour and the order of worry of each
//! status. The window, the terminal, the text report and the PDF all take them from here (the
//! window's theme turns the colour into egui's and keeps its own shades for dark mode).

use crate::diagnosis::Severity;
use crate::i18n::Lang;

/// Every status, worst first.
pub const WORST_FIRST: [Severity; 5] = [
    Severity::Problem,
    Severity::Warning,
    Severity::Untested,
    Severity::Info,
    Severity::Ok,
];

/// The symbol shown beside the word, so the answer never rests on colour alone. Each one is
/// in the window's fonts (a test asks egui's); the PDF draws its lights as shapes instead.
pub fn icon(status: Severity) -> &'static str {
    match status {
        Severity::Ok => "✔",
        Severity::Info => "ℹ",
        Severity::Warning => "⚠",
        Severity::Problem => "✖",
        Severity::Untested => "?",
    }
}

/// The word for a status, in capitals, in a language.
pub fn word(status: Severity, lang: Lang) -> String {
    lang.t(match status {
        Severity::Ok => "status-ok",
        Severity::Info => "status-info",
        Severity::Warning => "status-warning",
        Severity::Problem => "status-problem",
        Severity::Untested => "status-untested",
    })
}

/// The colour of a status on a light background, as RGB.
pub fn rgb(status: Severity) -> (u8, u8, u8) {
    match status {
        Severity::Ok => (22, 130, 60),
        Severity::Info => (30, 90, 200),
        Severity::Warning => (176, 110, 0),
        Severity::Problem => (200, 30, 30),
        Severity::Untested => (120, 120, 120),
    }
}

/// The order of worry for "worst first" lists: problem > warning > untested > info > ok.
pub fn rank(status: Severity) -> u8 {
    status.worry()
}

/// The ANSI colour code of a status in a terminal.
pub fn ansi(status: Severity) -> &'static str {
    match status {
        Severity::Ok => "32",
        Severity::Info => "36",
        Severity::Warning => "33",
        Severity::Problem => "31",
        Severity::Untested => "90",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worst_first_follows_the_rank() {
        let ranks: Vec<u8> = WORST_FIRST.iter().map(|s| rank(*s)).collect();
        assert_eq!(ranks, vec![4, 3, 2, 1, 0]);
    }

    #[test]
    fn every_status_has_its_own_icon_word_and_colour() {
        for (i, a) in WORST_FIRST.iter().enumerate() {
            for b in &WORST_FIRST[i + 1..] {
                assert_ne!(icon(*a), icon(*b));
                for lang in Lang::CHOICES {
                    assert_ne!(word(*a, lang), word(*b, lang));
                }
                assert_ne!(rgb(*a), rgb(*b));
            }
        }
    }
}
