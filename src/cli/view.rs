//! The terminal's view of a report: the check table grouped by role, then the answer and what
//! to ask IT, coloured by status when the terminal takes colour.

use std::time::Duration;

use crate::diagnosis::Severity;
use crate::i18n::Arg;
use crate::report::{Report, status, text};

/// "14:05" for a countdown.
pub(super) fn clock(left: Duration) -> String {
    let secs = left.as_secs();
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn paint(s: Severity, text: &str, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    format!("\x1b[{}m{text}\x1b[0m", status::ansi(s))
}

/// The terminal's view: the check table grouped by role, then the answer and what to ask IT.
pub fn terminal_view(report: &Report, color: bool, verbose: bool) -> String {
    let mut out = String::new();
    out.push_str(&text::checks_table_painted(report, verbose, &|s, icon| {
        paint(s, icon, color)
    }));
    out.push('\n');
    let lang = report.lang;
    let (icon, word) = text::status_label(report.overall, lang);
    let head = text::status_line(icon, &word, &report.headline, lang);
    out.push_str(&paint(report.overall, &head, color));
    out.push('\n');
    for (i, f) in report.findings.iter().enumerate() {
        if i > 0 {
            let (icon, word) = text::status_label(f.severity, lang);
            out.push_str(&paint(
                f.severity,
                &text::status_line(icon, &word, &f.title, lang),
                color,
            ));
            out.push('\n');
        }
        out.push_str(&text::wrap(&f.explanation, "    ", text::WIDTH));
        if !f.fix.is_empty() {
            out.push_str(&text::wrap(
                &lang.tr("ask-it", &[("fix", Arg::from(f.fix.as_str()))]),
                "    ",
                text::WIDTH,
            ));
        }
        out.push('\n');
    }
    let took = if report.duration_ms < 1000 {
        format!("{} ms", report.duration_ms)
    } else {
        format!("{} s", lang.decimal(report.duration_ms as f64 / 1000.0, 1))
    };
    out.push_str(&lang.tr("terminal-took", &[("took", Arg::from(took))]));
    out.push('\n');
    out
}
