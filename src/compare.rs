//! `pushcheck compare OLD.json NEW.json`: what changed between two runs (before and after a
//! firewall change, or two rooms): fixed, newly broken, unchanged.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::cli::{CompareArgs, EXIT_UNTESTED, EXIT_USAGE, PaperArg};
use crate::report::model::{CheckReport, FindingReport, Report};
use crate::report::{self, Format, json, pdf, text};

/// The comparison's schema name.
pub const SCHEMA: &str = "pushcheck.compare/1";

/// One side of the comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The file.
    pub file: String,
    /// Its site label.
    pub site: String,
    /// When it ran.
    pub started_at: String,
    /// Its overall answer.
    pub overall: String,
    /// Its headline.
    pub headline: String,
}

/// A finding that changed, or did not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingChange {
    /// The code.
    pub code: String,
    /// Severity before (empty when absent).
    pub before: String,
    /// Severity after (empty when absent).
    pub after: String,
    /// The title (of the later report when present).
    pub title: String,
}

/// A group of checks (same name and port) whose results changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckChange {
    /// "Push, port 5223".
    pub check: String,
    /// "0 of 8 fine".
    pub before: String,
    /// "8 of 8 fine".
    pub after: String,
    /// Whether it got better.
    pub better: bool,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The earlier run.
    pub old: Side,
    /// The later run.
    pub new: Side,
    /// Warnings and problems gone.
    pub fixed: Vec<FindingChange>,
    /// Warnings and problems that are new, or worse.
    pub broken: Vec<FindingChange>,
    /// Warnings and problems in both.
    pub unchanged: Vec<FindingChange>,
    /// Groups of checks whose results changed.
    pub checks: Vec<CheckChange>,
}

fn side(report: &Report, file: &Path) -> Side {
    Side {
        file: file.display().to_string(),
        site: report.site.clone(),
        started_at: report.started_at.clone(),
        overall: report.overall.clone(),
        headline: report.headline.clone(),
    }
}

fn worry(severity: &str) -> u8 {
    match severity {
        "problem" => 3,
        "warning" => 2,
        _ => 0,
    }
}

fn worrying(findings: &[FindingReport]) -> BTreeMap<String, &FindingReport> {
    findings
        .iter()
        .filter(|f| worry(&f.severity) > 0)
        .map(|f| (f.code.clone(), f))
        .collect()
}

/// Checks grouped by what they test, not by the address they reached (which moves between runs).
fn check_groups(checks: &[CheckReport]) -> BTreeMap<String, (usize, usize)> {
    let mut groups: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for c in checks {
        let key = match (c.probe.as_str(), c.port) {
            ("dns", _) => format!("Name lookup of {}", c.host),
            (_, Some(port)) if c.name == "Push" => format!("{}, port {port}", c.name),
            (_, Some(port)) => format!("{} ({}), port {port}", c.name, c.host),
            _ => c.name.clone(),
        };
        let entry = groups.entry(key).or_default();
        entry.1 += 1;
        if c.status == "ok" || c.status == "info" {
            entry.0 += 1;
        }
    }
    groups
}

/// Compares two reports.
pub fn compare(old: &Report, old_file: &Path, new: &Report, new_file: &Path) -> Comparison {
    let before = worrying(&old.findings);
    let after = worrying(&new.findings);
    let mut fixed = Vec::new();
    let mut broken = Vec::new();
    let mut unchanged = Vec::new();
    for (code, f) in &before {
        match after.get(code) {
            None => fixed.push(FindingChange {
                code: code.clone(),
                before: f.severity.clone(),
                after: String::new(),
                title: f.title.clone(),
            }),
            Some(g) => {
                let change = FindingChange {
                    code: code.clone(),
                    before: f.severity.clone(),
                    after: g.severity.clone(),
                    title: g.title.clone(),
                };
                match worry(&g.severity).cmp(&worry(&f.severity)) {
                    std::cmp::Ordering::Greater => broken.push(change),
                    std::cmp::Ordering::Less => fixed.push(change),
                    std::cmp::Ordering::Equal => unchanged.push(change),
                }
            }
        }
    }
    for (code, g) in &after {
        if !before.contains_key(code) {
            broken.push(FindingChange {
                code: code.clone(),
                before: String::new(),
                after: g.severity.clone(),
                title: g.title.clone(),
            });
        }
    }
    let old_groups = check_groups(&old.checks);
    let new_groups = check_groups(&new.checks);
    let mut checks = Vec::new();
    let fine = |v: Option<&(usize, usize)>| match v {
        Some((ok, total)) => format!("{ok} of {total} fine"),
        None => "not tested".to_string(),
    };
    let ratio =
        |v: Option<&(usize, usize)>| v.map(|(ok, total)| *ok as f64 / (*total).max(1) as f64);
    let keys: std::collections::BTreeSet<&String> =
        old_groups.keys().chain(new_groups.keys()).collect();
    for key in keys {
        let (a, b) = (old_groups.get(key), new_groups.get(key));
        if fine(a) != fine(b) {
            checks.push(CheckChange {
                check: key.clone(),
                before: fine(a),
                after: fine(b),
                better: ratio(b).unwrap_or(0.0) >= ratio(a).unwrap_or(0.0),
            });
        }
    }
    Comparison {
        schema: SCHEMA.to_string(),
        old: side(old, old_file),
        new: side(new, new_file),
        fixed,
        broken,
        unchanged,
        checks,
    }
}

fn word(status: &str) -> &'static str {
    text::status_label(status).1
}

fn label(side: &Side) -> String {
    if side.site.is_empty() {
        format!("{} ({})", side.file, side.started_at)
    } else {
        format!("{} ({}, {})", side.file, side.site, side.started_at)
    }
}

/// The comparison as text, 80 columns.
pub fn render_text(c: &Comparison) -> String {
    let mut out = String::new();
    out.push_str(&text::wrap(
        &format!("Comparing {} with {}", label(&c.old), label(&c.new)),
        "",
        text::WIDTH,
    ));
    let _ = writeln!(
        out,
        "Overall: {} → {}",
        word(&c.old.overall),
        word(&c.new.overall)
    );
    out.push_str(&text::wrap(
        &format!("Now: {}", c.new.headline),
        "",
        text::WIDTH,
    ));
    out.push('\n');
    for (title, list, icon) in [
        ("Fixed", &c.fixed, "✔"),
        ("Newly broken", &c.broken, "✖"),
        ("Unchanged", &c.unchanged, "="),
    ] {
        let _ = writeln!(
            out,
            "{title}: {}",
            if list.is_empty() { "none" } else { "" }.trim_end()
        );
        for f in list {
            let states = match (f.before.is_empty(), f.after.is_empty()) {
                (true, _) => format!("new {}", word(&f.after).to_lowercase()),
                (_, true) => format!("was {}", word(&f.before).to_lowercase()),
                _ => format!(
                    "{} → {}",
                    word(&f.before).to_lowercase(),
                    word(&f.after).to_lowercase()
                ),
            };
            out.push_str(&text::wrap(
                &format!("{icon} {} ({states})", f.title),
                "  ",
                text::WIDTH,
            ));
        }
    }
    if !c.checks.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "Checks that changed:");
        for ch in &c.checks {
            let icon = if ch.better { "✔" } else { "✖" };
            out.push_str(&text::wrap(
                &format!("{icon} {}: {} → {}", ch.check, ch.before, ch.after),
                "  ",
                text::WIDTH,
            ));
        }
    }
    out
}

fn load(path: &Path) -> Result<Report, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    json::parse(&text, &path.display().to_string()).map_err(|e| e.to_string())
}

/// Runs `pushcheck compare`; the exit status is the later report's (0/1/2/3).
pub fn run(args: &CompareArgs) -> i32 {
    for path in &args.output {
        if let Err(e) = Format::from_path(path) {
            eprintln!("pushcheck: {e}");
            return EXIT_USAGE;
        }
    }
    let (old, new) = match (load(&args.old), load(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("pushcheck: {e}");
            return EXIT_UNTESTED;
        }
    };
    let comparison = compare(&old, &args.old, &new, &args.new);
    let rendered = render_text(&comparison);
    print!("{rendered}");
    let paper = match args.paper {
        Some(PaperArg::A4) => pdf::Paper::A4,
        Some(PaperArg::Letter) => pdf::Paper::Letter,
        None => pdf::Paper::from_locale(),
    };
    let mut code = new.overall_severity().exit_code();
    for path in &args.output {
        let bytes = match Format::from_path(path) {
            Ok(Format::Json) => {
                let mut s = serde_json::to_string_pretty(&comparison).unwrap_or_default();
                s.push('\n');
                Ok(s.into_bytes())
            }
            Ok(Format::Text) => Ok(rendered.clone().into_bytes()),
            Ok(Format::Pdf) => pdf::render_document("Push Check: what changed", &rendered, paper)
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        let written = bytes.and_then(|b| report::write_atomic(path, &b).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("pushcheck: {e}");
            code = EXIT_UNTESTED;
        }
    }
    code
}
