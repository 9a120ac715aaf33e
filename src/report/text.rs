//! The report as plain text, 80 columns: for e-mail, the clipboard and `--output x.txt`.

use std::fmt::Write;

use super::model::{CheckReport, Probe, Report};
use super::status;
use crate::catalog::Role;
use crate::diagnosis::Severity;
use crate::engine::Outcome;

/// Line width of the text report.
pub const WIDTH: usize = 80;

/// The symbol and word for a status, so the answer never rests on colour alone.
pub fn status_label(s: Severity) -> (&'static str, &'static str) {
    (status::icon(s), status::word(s))
}

/// Wraps `text` to `width` columns, each line starting with `indent`.
pub fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let room = width.saturating_sub(indent.chars().count()).max(20);
    for word in text.split_whitespace() {
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

/// The groups of the check table, in display order.
pub const GROUPS: [(Role, &str); 3] = [
    (Role::Device, "Devices (iPad, iPhone, Mac)"),
    (Role::Server, "MDM server"),
    (Role::Network, "Network (route, DNS, login page, clock)"),
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
    for f in &report.findings {
        let (icon, word) = status_label(f.severity);
        out.push_str(&wrap(&format!("{icon} {word}: {}", f.title), "", WIDTH));
        out.push_str(&wrap(&f.explanation, "    ", WIDTH));
        if !f.fix.is_empty() {
            out.push_str(&wrap(&format!("Ask IT: {}", f.fix), "    ", WIDTH));
        }
        out.push('\n');
    }
    out
}

/// The headline and what to ask IT, for pasting into an e-mail or a ticket.
pub fn summary(report: &Report) -> String {
    let mut out = String::new();
    let title = if report.site.is_empty() {
        format!("Push Check, {}", report.started_at)
    } else {
        format!("Push Check — {}, {}", report.site, report.started_at)
    };
    let _ = writeln!(out, "{title}");
    let (icon, word) = status_label(report.overall);
    out.push_str(&wrap(
        &format!("{icon} {word}: {}", report.headline),
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
    let title = if report.site.is_empty() {
        "Push Check report".to_string()
    } else {
        format!("Push Check report — {}", report.site)
    };
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "{}", "=".repeat(title.chars().count().min(WIDTH)));
    let tested = format!(
        "Tested {} on {} {}, took {:.1} s (pushcheck {}).",
        report.started_at,
        report.environment.os,
        report.environment.os_version,
        report.duration_ms as f64 / 1000.0,
        report.tool.version
    );
    out.push_str(&wrap(&tested, "", WIDTH));
    out.push('\n');
    let (icon, word) = status_label(report.overall);
    out.push_str(&wrap(
        &format!("{icon} {word}: {}", report.headline),
        "",
        WIDTH,
    ));
    out.push('\n');
    let _ = writeln!(out, "What was found");
    let _ = writeln!(out, "--------------");
    out.push_str(&findings(report));
    let _ = writeln!(out, "Checks");
    let _ = writeln!(out, "------");
    out.push_str(&checks_table(report, true));
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
        "Sources (rules checked on {})",
        report.environment.catalog_checked_on
    );
    for s in &report.environment.sources {
        let line = if s.url.is_empty() {
            format!("- {} (checked {})", s.title, s.checked_on)
        } else {
            format!("- {} <{}> (checked {})", s.title, s.url, s.checked_on)
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
pub fn group_counts(rows: &[&CheckReport]) -> String {
    let mut parts = Vec::new();
    for s in status::WORST_FIRST {
        let (one, many) = match s {
            Severity::Ok => ("fine", "fine"),
            Severity::Problem => ("problem", "problems"),
            Severity::Warning => ("warning", "warnings"),
            Severity::Info => ("note", "notes"),
            Severity::Untested => ("untested", "untested"),
        };
        let n = rows.iter().filter(|c| c.status == s).count();
        if n > 0 {
            parts.push(format!(
                "{} {n} {}",
                status::icon(s),
                if n == 1 { one } else { many }
            ));
        }
    }
    parts.join(", ")
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
    for (role, heading) in GROUPS {
        let rows: Vec<&CheckReport> = report.checks.iter().filter(|c| c.role == role).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{heading}: {}", group_counts(&rows));
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
                    (n, Some(p)) => format!("{n} hosts, port {p}"),
                    (n, None) => format!("{n} hosts"),
                };
                let address = match addresses.len() {
                    0 => String::new(),
                    1 => addresses
                        .iter()
                        .next()
                        .map(|a| a.to_string())
                        .unwrap_or_default(),
                    n => format!("{n} addresses"),
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
            let _ = writeln!(out, "{}  {}", line.trim_end(), first.outcome.as_str());
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
                    format!("for example {}", first.detail)
                } else {
                    first.detail.clone()
                };
                out.push_str(&wrap(&detail, "      ", WIDTH));
            }
        }
        if lines.len() > limit {
            let _ = writeln!(out, "  … and {} more", lines.len() - limit);
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
}
