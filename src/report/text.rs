//! The report as plain text, 80 columns: for e-mail, the clipboard and `--output x.txt`.

use std::fmt::Write;

use super::model::{CheckReport, Probe, Report};
use super::status;
use crate::catalog::Role;
use crate::diagnosis::Severity;
use crate::engine::Outcome;
use crate::i18n::{Arg, Lang};

/// Line width of the text report.
pub const WIDTH: usize = 80;

/// The symbol and word for a status, so the answer never rests on colour alone.
pub fn status_label(s: Severity, lang: Lang) -> (&'static str, String) {
    (status::icon(s), status::word(s, lang))
}

/// "✖ PROBLEM: title", punctuated the language's way ("✖ PROBLÈME : …" in French).
pub fn status_line(icon: &str, word: &str, title: &str, lang: Lang) -> String {
    format!(
        "{icon} {}",
        lang.tr(
            "status-line",
            &[("word", Arg::from(word)), ("title", Arg::from(title))]
        )
    )
}

/// Whether a line may break at `c`: white space, except the no-break spaces a language puts
/// before its colon or inside a number ("Corrigé :", "1 000").
pub fn breaks_at(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// The words of `text` between the places a line may break.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(breaks_at).filter(|w| !w.is_empty())
}

/// Wraps `text` to `width` columns, each line starting with `indent`.
pub fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let room = width.saturating_sub(indent.chars().count()).max(20);
    for word in words(text) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
    out
}

/// The groups of the check table, in display order, with their headings' message ids.
pub const GROUPS: [(Role, &str); 4] = [
    (Role::Device, "group-devices"),
    (Role::Server, "group-server"),
    (Role::Mdm, "group-mdm"),
    (Role::Network, "group-network"),
];

/// "host:port" or just the host.
pub fn target(c: &CheckReport) -> String {
    match c.port {
        Some(p) if c.host.is_empty() => format!(":{p}"),
        Some(p) => format!("{}:{p}", c.host),
        None => c.host.clone(),
    }
}

/// The findings with what to ask IT for: the part a teacher forwards.
pub fn findings(report: &Report) -> String {
    let mut out = String::new();
    let lang = report.lang;
    for f in &report.findings {
        let (icon, word) = status_label(f.severity, lang);
        out.push_str(&wrap(&status_line(icon, &word, &f.title, lang), "", WIDTH));
        out.push_str(&wrap(&f.explanation, "    ", WIDTH));
        if !f.fix.is_empty() {
            let ask = lang.tr("ask-it", &[("fix", Arg::from(f.fix.as_str()))]);
            out.push_str(&wrap(&ask, "    ", WIDTH));
        }
        out.push('\n');
    }
    out
}

/// The headline and what to ask IT, for pasting into an e-mail or a ticket.
pub fn summary(report: &Report) -> String {
    let mut out = String::new();
    let lang = report.lang;
    let when = Arg::from(when(report));
    let title = if report.site.is_empty() {
        lang.tr("summary-title", &[("when", when)])
    } else {
        lang.tr(
            "summary-title-site",
            &[("site", Arg::from(report.site.as_str())), ("when", when)],
        )
    };
    let _ = writeln!(out, "{title}");
    let (icon, word) = status_label(report.overall, lang);
    out.push_str(&wrap(
        &status_line(icon, &word, &report.headline, lang),
        "",
        WIDTH,
    ));
    out.push('\n');
    out.push_str(&findings(report));
    out
}

/// The whole report.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let lang = report.lang;
    let title = if report.site.is_empty() {
        lang.t("report-title")
    } else {
        lang.tr(
            "report-title-site",
            &[("site", Arg::from(report.site.as_str()))],
        )
    };
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "{}", "=".repeat(title.chars().count().min(WIDTH)));
    let tested = lang.tr(
        "report-tested",
        &[
            ("when", Arg::from(when(report))),
            ("os", Arg::from(report.environment.os_shown())),
            (
                "took",
                Arg::from(lang.decimal(report.duration_ms as f64 / 1000.0, 1)),
            ),
            ("version", Arg::from(report.tool.version.as_str())),
        ],
    );
    out.push_str(&wrap(&tested, "", WIDTH));
    out.push('\n');
    let (icon, word) = status_label(report.overall, lang);
    out.push_str(&wrap(
        &status_line(icon, &word, &report.headline, lang),
        "",
        WIDTH,
    ));
    out.push('\n');
    for (heading, body) in [
        (lang.t("heading-found"), findings(report)),
        (lang.t("heading-checks"), checks_table(report, true)),
    ] {
        let _ = writeln!(out, "{heading}");
        let _ = writeln!(out, "{}", "-".repeat(heading.chars().count()));
        out.push_str(&body);
    }
    out.push('\n');
    for section in [
        super::sections::network(report),
        super::sections::proxy(report),
        super::sections::chains(report),
    ] {
        out.push_str(&fact_section(&section));
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}",
        lang.tr(
            "heading-sources",
            &[(
                "date",
                Arg::from(crate::words::day(
                    lang,
                    &report.environment.catalog_checked_on
                ))
            )]
        )
    );
    for s in &report.environment.sources {
        let checked = lang.tr(
            "source-checked",
            &[("date", Arg::from(crate::words::day(lang, &s.checked_on)))],
        );
        let line = if s.url.is_empty() {
            format!("- {} ({checked})", s.title)
        } else {
            format!("- {} <{}> ({checked})", s.title, s.url)
        };
        out.push_str(&wrap(&line, "  ", WIDTH).replacen("  -", "-", 1));
    }
    out
}

/// One fact section as text: an underlined heading, then its paragraphs wrapped.
fn fact_section(section: &super::sections::Section) -> String {
    use super::sections::Paragraph;
    let mut out = String::new();
    let _ = writeln!(out, "{}", section.heading);
    let _ = writeln!(out, "{}", "-".repeat(section.heading.chars().count()));
    for p in &section.paragraphs {
        match p {
            Paragraph::Text(t) | Paragraph::Note(t) | Paragraph::Title(t) => {
                out.push_str(&wrap(t, "", WIDTH))
            }
            Paragraph::Fact(t) => out.push_str(&wrap(t, "    ", WIDTH)),
        }
    }
    out
}

/// How many failing rows a compact table shows per group.
pub const COMPACT_ROWS: usize = 6;

/// "✖ 4 problems, ? 3 untested, ✔ 16 fine" for a group of rows, worst first.
pub fn group_counts(rows: &[&CheckReport], lang: Lang) -> String {
    let mut parts = Vec::new();
    for s in status::WORST_FIRST {
        let id = match s {
            Severity::Ok => "count-fine",
            Severity::Problem => "count-problems",
            Severity::Warning => "count-warnings",
            Severity::Info => "count-notes",
            Severity::Untested => "count-untested",
        };
        let n = rows.iter().filter(|c| c.status == s).count();
        if n > 0 {
            parts.push(format!(
                "{} {}",
                status::icon(s),
                lang.tr(id, &[("count", Arg::from(n))])
            ));
        }
    }
    parts.join(", ")
}

/// When a run started, for people: the report's UTC time in the language's date form.
pub fn when(report: &Report) -> String {
    crate::words::date_time(report.lang, &report.started_at)
}

/// The check rows grouped by role; failing rows carry their detail on the next line.
/// A compact table lists only problems and warnings, a few per group; the group's line
/// counts the rest.
pub fn checks_table(report: &Report, full: bool) -> String {
    checks_table_painted(report, full, &|_, icon| icon.to_string())
}

/// Like [`checks_table`], with each row's status icon passed through `paint` (the terminal
/// colours it).
pub fn checks_table_painted(
    report: &Report,
    full: bool,
    paint: &dyn Fn(Severity, &str) -> String,
) -> String {
    let mut out = String::new();
    let lang = report.lang;
    for (role, heading) in GROUPS {
        let rows: Vec<&CheckReport> = report.checks.iter().filter(|c| c.role == role).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "{}",
            lang.labelled(lang.t(heading), group_counts(&rows, lang))
        );
        let shown: Vec<&CheckReport> = rows
            .iter()
            .copied()
            .filter(|c| full || matches!(c.status, Severity::Problem | Severity::Warning))
            .collect();
        // Compact: rows that differ only by address or host become one line.
        let mut lines: Vec<Vec<&CheckReport>> = Vec::new();
        for c in shown {
            match lines.last_mut() {
                Some(last)
                    if !full
                        && last[0].name == c.name
                        && last[0].port == c.port
                        && last[0].outcome == c.outcome
                        && last[0].status == c.status =>
                {
                    last.push(c)
                }
                _ => lines.push(vec![c]),
            }
        }
        let limit = if full { usize::MAX } else { COMPACT_ROWS };
        for rows in lines.iter().take(limit) {
            let first = rows[0];
            let icon = status::icon(first.status);
            let (where_, address) = if rows.len() == 1 {
                (target(first), first.address.clone().unwrap_or_default())
            } else {
                let hosts: std::collections::BTreeSet<&str> =
                    rows.iter().map(|c| c.host.as_str()).collect();
                let addresses: std::collections::BTreeSet<&str> =
                    rows.iter().filter_map(|c| c.address.as_deref()).collect();
                let where_ = match (hosts.len(), first.port) {
                    (1, _) => target(first),
                    (n, Some(p)) => lang.tr(
                        "rows-hosts-port",
                        &[("count", Arg::from(n)), ("port", Arg::from(p.to_string()))],
                    ),
                    (n, None) => lang.tr("rows-hosts", &[("count", Arg::from(n))]),
                };
                let address = match addresses.len() {
                    0 => String::new(),
                    1 => addresses
                        .iter()
                        .next()
                        .map(|a| a.to_string())
                        .unwrap_or_default(),
                    n => lang.tr("rows-addresses", &[("count", Arg::from(n))]),
                };
                (where_, address)
            };
            // icon, name, where, outcome: at most 80 columns; the address and the detail
            // follow on the next line.
            let line = format!(
                "  {icon} {:<22} {:<32}",
                clip(&first.name, 22),
                clip(&where_, 32),
            );
            let line = line.replacen(icon, &paint(first.status, icon), 1);
            let _ = writeln!(
                out,
                "{}  {}",
                line.trim_end(),
                lang.t(first.outcome.message())
            );
            let mut facts = Vec::new();
            if !address.is_empty() {
                facts.push(address);
            }
            if rows.len() == 1
                && first.probe != Probe::Dns
                && first.probe != Probe::Route
                && first.outcome != Outcome::DnsFailed
            {
                facts.push(format!("{} ms", first.elapsed_ms));
            }
            if !facts.is_empty() && (full || first.status != Severity::Ok) {
                out.push_str(&wrap(&facts.join(", "), "      ", WIDTH));
            }
            if first.status != Severity::Ok && !first.detail.is_empty() {
                let detail = if rows.len() > 1 {
                    lang.tr(
                        "rows-for-example",
                        &[("detail", Arg::from(first.detail.as_str()))],
                    )
                } else {
                    first.detail.clone()
                };
                out.push_str(&wrap(&detail, "      ", WIDTH));
            }
        }
        if lines.len() > limit {
            let _ = writeln!(
                out,
                "  {}",
                lang.tr("rows-more", &[("count", Arg::from(lines.len() - limit))])
            );
        }
    }
    out
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_width_and_words() {
        let text = "Allow outbound TCP 5223 and 443 from the device networks to 17.0.0.0/8 (Apple; for IPv6 2620:149::/32). No inbound rule is needed.";
        let wrapped = wrap(text, "    ", 40);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 40),
            "{wrapped}"
        );
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_no_break_space_keeps_its_words_together() {
        // The colon stays with its word, after the no-break space, never a plain one.
        let wrapped = wrap("Vérifications qui ont changé\u{a0}: aucune", "", 20);
        assert_eq!(
            wrapped.lines().collect::<Vec<_>>(),
            ["Vérifications qui", "ont changé\u{a0}: aucune"]
        );
        let wrapped = wrap("Vérifications qui ont changé\u{a0}: aucune", "", 10);
        assert!(wrapped.lines().all(|l| !l.starts_with(':')), "{wrapped}");
    }
}
