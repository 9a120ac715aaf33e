//! The report as a PDF that an IT department takes seriously: page 1 answers the question and
//! holds the boxed Request for IT; the following pages hold every check, the TLS chains of
//! failing checks, and the sources of the rules.
//!
//! Layout is done here (text measured with the font's own advances) into a list of drawing
//! operations per page; krilla then writes them. A table row is never split across pages.

mod draw;
mod layout;
mod pages;

use layout::{Face, Fonts, INK, Layout, Op};
use pages::{check_table, fact_section, first_page, sources_section};

use super::model::Report;
use crate::diagnosis::Severity;

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Bold.ttf");

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// Letter where the locale says US or Canada (LC_PAPER, LC_ALL, LANG; on Windows and
    /// macOS, where those are rarely set, the user's own locale from the OS), A4 elsewhere.
    pub fn from_locale() -> Paper {
        let locale = ["LC_PAPER", "LC_ALL", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .or_else(sys_locale::get_locale)
            .unwrap_or_default();
        Paper::for_locale(&locale)
    }

    /// The paper for a locale name like `en_US.UTF-8` (POSIX) or `en-US` (Windows, macOS).
    pub fn for_locale(locale: &str) -> Paper {
        let region = locale
            .split(['.', '@'])
            .next()
            .and_then(|l| l.split(['_', '-']).nth(1))
            .unwrap_or("");
        match region {
            "US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" => Paper::Letter,
            _ => Paper::A4,
        }
    }
}

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A built-in font could not be read.
    #[error("a built-in font could not be read")]
    Font,
    /// The PDF writer failed.
    #[error("the PDF could not be written: {0}")]
    Writer(String),
}

/// The lines of the Request for IT: the fixes of every warning and problem, once each.
pub fn request_for_it(report: &Report) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in &report.findings {
        if matches!(f.severity, Severity::Problem | Severity::Warning)
            && !f.fix.is_empty()
            && !out.contains(&f.fix)
        {
            out.push(f.fix.clone());
        }
    }
    out
}

/// Renders the report as PDF bytes.
pub fn render(report: &Report, paper: Paper) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts {
        regular: Face::new(REGULAR)?,
        bold: Face::new(BOLD)?,
    };
    let layout = lay_out(&fonts, report, paper);
    draw::write(&fonts, &layout, report)
}

/// Every character of `report`'s PDF that its fonts cannot draw (they would print as '?').
/// Empty for every report the app writes; a test holds it to that.
pub fn missing_glyphs(report: &Report) -> Result<Vec<char>, PdfError> {
    let fonts = Fonts {
        regular: Face::new(REGULAR)?,
        bold: Face::new(BOLD)?,
    };
    let layout = lay_out(&fonts, report, Paper::A4);
    Ok(layout.missing_glyphs())
}

/// The report laid out on pages of drawing operations.
fn lay_out<'a>(fonts: &'a Fonts, report: &Report, paper: Paper) -> Layout<'a> {
    let mut layout = Layout::new(fonts, paper);
    first_page(&mut layout, report);
    layout.new_page();
    check_table(&mut layout, report);
    for section in [
        super::sections::network(report),
        super::sections::proxy(report),
        super::sections::chains(report),
    ] {
        fact_section(&mut layout, &section);
    }
    sources_section(&mut layout, report);
    layout
}

/// A plain document (the comparison): a title, then its lines; items with a status get a
/// light.
pub fn render_document(
    title: &str,
    body: &[super::compare::DocLine],
    paper: Paper,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts {
        regular: Face::new(REGULAR)?,
        bold: Face::new(BOLD)?,
    };
    let l = lay_out_document(&fonts, title, body, paper);
    let report_like = Report {
        schema: String::new(),
        tool: super::model::Tool {
            name: "pushcheck".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        },
        lang,
        started_at: super::model::rfc3339(std::time::SystemTime::now()),
        duration_ms: 0,
        site: String::new(),
        overall: Severity::Untested,
        headline: title.to_string(),
        findings: Vec::new(),
        checks: Vec::new(),
        proxy: Default::default(),
        environment: super::model::Environment::empty(),
    };
    draw::write(&fonts, &l, &report_like)
}

/// Every character of `text` that the PDF's regular or bold font cannot draw.
pub fn text_missing_glyphs(text: &str) -> Result<Vec<char>, PdfError> {
    let fonts = Fonts {
        regular: Face::new(REGULAR)?,
        bold: Face::new(BOLD)?,
    };
    let mut missing: Vec<char> = fonts.regular.missing(text);
    missing.extend(fonts.bold.missing(text));
    missing.sort_unstable();
    missing.dedup();
    Ok(missing)
}

/// Like [`missing_glyphs`], for a plain document.
pub fn document_missing_glyphs(
    title: &str,
    body: &[super::compare::DocLine],
) -> Result<Vec<char>, PdfError> {
    let fonts = Fonts {
        regular: Face::new(REGULAR)?,
        bold: Face::new(BOLD)?,
    };
    Ok(lay_out_document(&fonts, title, body, Paper::A4).missing_glyphs())
}

fn lay_out_document<'a>(
    fonts: &'a Fonts,
    title: &str,
    body: &[super::compare::DocLine],
    paper: Paper,
) -> Layout<'a> {
    use super::compare::DocLine;
    let mut l = Layout::new(fonts, paper);
    let (m, w) = (l.margin, l.content_width());
    l.paragraph(title, 20.0, true, INK, m, w);
    l.y += 8.0;
    for line in body {
        let (indent, mark, rest, heading) = match line {
            DocLine::Blank => {
                l.y += 6.0;
                continue;
            }
            DocLine::Para(text) => (0.0, None, text.as_str(), false),
            DocLine::Heading(text) => (0.0, None, text.as_str(), true),
            DocLine::Item(mark, text) => (8.0, *mark, text.as_str(), false),
        };
        if let Some(status) = mark {
            l.ensure(16.0);
            l.push(Op::Light {
                cx: m + indent + 6.0,
                cy: l.y + 7.0,
                r: 5.5,
                status,
            });
        }
        let x = m + indent + if mark.is_some() { 16.0 } else { 0.0 };
        l.paragraph(
            rest,
            if heading { 12.0 } else { 10.0 },
            heading,
            INK,
            x,
            w - (x - m),
        );
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bold lines of a laid-out document, by their text.
    fn bold_lines(body: &[super::super::compare::DocLine]) -> Vec<(String, bool)> {
        let fonts = Fonts {
            regular: Face::new(REGULAR).unwrap(),
            bold: Face::new(BOLD).unwrap(),
        };
        let layout = lay_out_document(&fonts, "Title", body, Paper::A4);
        layout
            .pages
            .iter()
            .flatten()
            .filter_map(|op| match op {
                Op::Text { text, bold, .. } => Some((text.clone(), *bold)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn headings_are_chosen_by_type_not_by_a_colon() {
        use super::super::compare::DocLine;
        let lines = bold_lines(&[
            // A heading in a language whose colon comes after a space, or none at all.
            DocLine::Heading("Corrigé\u{a0}:".to_string()),
            DocLine::Heading("What changed".to_string()),
            // A headline that happens to end with a colon is no heading.
            DocLine::Para("Now: the proxy said:".to_string()),
        ]);
        assert_eq!(
            lines[1..],
            [
                ("Corrigé\u{a0}:".to_string(), true),
                ("What changed".to_string(), true),
                ("Now: the proxy said:".to_string(), false),
            ],
            "{lines:?}"
        );
    }

    #[test]
    fn paper_follows_the_locale() {
        assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("en_GB.UTF-8"), Paper::A4);
        assert_eq!(Paper::for_locale("de_DE@euro"), Paper::A4);
        assert_eq!(Paper::for_locale("C"), Paper::A4);
        // Windows and macOS name locales the BCP 47 way.
        assert_eq!(Paper::for_locale("en-US"), Paper::Letter);
        assert_eq!(Paper::for_locale("fr-CA"), Paper::Letter);
        assert_eq!(Paper::for_locale("de-DE"), Paper::A4);
        assert_eq!(Paper::for_locale(""), Paper::A4);
    }
}
