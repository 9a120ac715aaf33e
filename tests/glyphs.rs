//! Every character the app draws exists in the fonts that draw it: the window's (egui's
//! default fonts) and the PDF's (Open Sans). A missing one would show as an empty box or a
//! '?'. Checked on real reports: the golden files of the test-bed scenarios, and the
//! comparison of two of them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use pushcheck::report::Report;
use pushcheck::report::compare::{compare, lines, lines_text};

fn golden_reports() -> Vec<(String, Report)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        // The first line is the exit status; the rest is the report.
        let json = text.split_once('\n').unwrap().1;
        let report: Report = serde_json::from_str(json).unwrap();
        out.push((path.display().to_string(), report));
    }
    assert!(
        out.len() >= 5,
        "golden files not found in {}",
        dir.display()
    );
    out
}

/// Every text of a report a face shows.
fn texts(report: &Report) -> Vec<String> {
    let mut out = vec![report.headline.clone()];
    for f in &report.findings {
        out.extend([f.title.clone(), f.explanation.clone(), f.fix.clone()]);
    }
    for c in &report.checks {
        out.extend([
            c.name.clone(),
            c.detail.clone(),
            c.outcome.as_str().to_string(),
        ]);
    }
    out.push(pushcheck::report::text::render(report));
    out
}

fn window_fonts() -> egui::epaint::text::Fonts {
    egui::epaint::text::Fonts::new(
        egui::epaint::text::TextOptions::default(),
        egui::FontDefinitions::default(),
    )
}

fn window_missing(fonts: &mut egui::epaint::text::Fonts, text: &str) -> Vec<char> {
    let font = egui::FontId::proportional(15.0);
    text.chars()
        .filter(|c| !c.is_whitespace() && !fonts.has_glyph(&font, *c))
        .collect()
}

#[test]
fn every_report_draws_in_the_pdf_font() {
    for (name, report) in golden_reports() {
        let missing = pushcheck::report::pdf::missing_glyphs(&report).unwrap();
        assert!(missing.is_empty(), "{name}: the PDF font lacks {missing:?}");
    }
}

#[test]
fn every_report_text_draws_in_the_window_fonts() {
    let mut fonts = window_fonts();
    for (name, report) in golden_reports() {
        for text in texts(&report) {
            let missing = window_missing(&mut fonts, &text);
            assert!(
                missing.is_empty(),
                "{name}: the window lacks {missing:?} in {text:?}"
            );
        }
    }
}

#[test]
fn a_comparison_draws_in_both() {
    let reports = golden_reports();
    let (a, b) = (&reports[0].1, &reports[1].1);
    let doc = lines(&compare(
        a,
        "a.json".as_ref(),
        b,
        "b.json".as_ref(),
        pushcheck::i18n::Lang::En,
    ));
    let missing =
        pushcheck::report::pdf::document_missing_glyphs("Push Check: what changed", &doc).unwrap();
    assert!(missing.is_empty(), "the PDF font lacks {missing:?}");
    let mut fonts = window_fonts();
    let text = lines_text(&doc);
    assert!(window_missing(&mut fonts, &text).is_empty(), "{text}");
}

#[test]
fn the_check_finds_a_missing_glyph() {
    // So the tests above can fail: an arrow neither font has is reported.
    let mut fonts = window_fonts();
    assert_eq!(window_missing(&mut fonts, "a → b"), vec!['→']);
    let mut report = golden_reports().remove(0).1;
    report.headline = "a → b".to_string();
    assert_eq!(
        pushcheck::report::pdf::missing_glyphs(&report).unwrap(),
        vec!['→']
    );
}
