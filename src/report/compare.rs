//! What changed between two runs (before and after a firewall change, or two rooms): fixed,
//! newly broken, unchanged. The model and its renderings; `pushcheck compare` runs it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Serialize, Serializer};

use super::model::{CheckReport, FindingReport, Probe, Report};
use super::{status, text};
use crate::diagnosis::{Code, Severity};

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
    pub overall: Severity,
    /// Its headline.
    pub headline: String,
}

/// A finding that changed, or did not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingChange {
    /// The code.
    pub code: Code,
    /// Severity before (empty when absent).
    #[serde(serialize_with = "word_or_empty")]
    pub before: Option<Severity>,
    /// Severity after (empty when absent).
    #[serde(serialize_with = "word_or_empty")]
    pub after: Option<Severity>,
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

/// A missing severity is written as an empty string (`pushcheck.compare/1`).
fn word_or_empty<S: Serializer>(s: &Option<Severity>, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(s.map(Severity::as_str).unwrap_or(""))
}

fn side(report: &Report, file: &Path) -> Side {
    Side {
        file: file.display().to_string(),
        site: report.site.clone(),
        started_at: report.started_at.clone(),
        overall: report.overall,
        headline: report.headline.clone(),
    }
}

/// Only warnings and problems count as something to fix.
fn worry(severity: Severity) -> u8 {
    match severity {
        Severity::Problem | Severity::Warning => status::rank(severity),
        _ => 0,
    }
}

fn worrying(findings: &[FindingReport]) -> BTreeMap<Code, &FindingReport> {
    findings
        .iter()
        .filter(|f| worry(f.severity) > 0)
        .map(|f| (f.code, f))
        .collect()
}

/// Checks grouped by what they test, not by the address they reached (which moves between runs).
fn check_groups(checks: &[CheckReport]) -> BTreeMap<String, (usize, usize)> {
    let mut groups: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for c in checks {
        let key = match (c.probe, c.port) {
            (Probe::Dns, _) => format!("Name lookup of {}", c.host),
            (_, Some(port)) if c.name == "Push" => format!("{}, port {port}", c.name),
            (_, Some(port)) => format!("{} ({}), port {port}", c.name, c.host),
            _ => c.name.clone(),
        };
        let entry = groups.entry(key).or_default();
        entry.1 += 1;
        if matches!(c.status, Severity::Ok | Severity::Info) {
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
                code: *code,
                before: Some(f.severity),
                after: None,
                title: f.title.clone(),
            }),
            Some(g) => {
                let change = FindingChange {
                    code: *code,
                    before: Some(f.severity),
                    after: Some(g.severity),
                    title: g.title.clone(),
                };
                match worry(g.severity).cmp(&worry(f.severity)) {
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
                code: *code,
                before: None,
                after: Some(g.severity),
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

fn word(s: Severity) -> &'static str {
    status::word(s)
}

fn label(side: &Side) -> String {
    if side.site.is_empty() {
        format!("{} ({})", side.file, side.started_at)
    } else {
        format!("{} ({}, {})", side.file, side.site, side.started_at)
    }
}

/// One line of a plain document (the comparison), typed so the text and the PDF draw the
/// same thing without reading each other's characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocLine {
    /// A paragraph at the margin (a heading when it ends with a colon).
    Para(String),
    /// An indented item, with a status light when it has one.
    Item(Option<Severity>, String),
    /// Space between sections.
    Blank,
}

/// The comparison as document lines.
pub fn lines(c: &Comparison) -> Vec<DocLine> {
    let mut out = vec![
        DocLine::Para(format!(
            "Comparing {} with {}",
            label(&c.old),
            label(&c.new)
        )),
        DocLine::Para(format!(
            "Overall: {} -> {}",
            word(c.old.overall),
            word(c.new.overall)
        )),
        DocLine::Para(format!("Now: {}", c.new.headline)),
        DocLine::Blank,
    ];
    for (title, list, mark) in [
        ("Fixed", &c.fixed, Some(Severity::Ok)),
        ("Newly broken", &c.broken, Some(Severity::Problem)),
        ("Unchanged", &c.unchanged, None),
    ] {
        out.push(DocLine::Para(
            format!("{title}: {}", if list.is_empty() { "none" } else { "" })
                .trim_end()
                .to_string(),
        ));
        for f in list {
            let states = match (f.before, f.after) {
                (None, Some(after)) => format!("new {}", word(after).to_lowercase()),
                (Some(before), None) => format!("was {}", word(before).to_lowercase()),
                (Some(before), Some(after)) => format!(
                    "{} -> {}",
                    word(before).to_lowercase(),
                    word(after).to_lowercase()
                ),
                (None, None) => String::new(),
            };
            let text = format!("{} ({states})", f.title);
            out.push(match mark {
                Some(_) => DocLine::Item(mark, text),
                None => DocLine::Item(None, format!("= {text}")),
            });
        }
    }
    if !c.checks.is_empty() {
        out.push(DocLine::Blank);
        out.push(DocLine::Para("Checks that changed:".to_string()));
        for ch in &c.checks {
            let mark = if ch.better {
                Severity::Ok
            } else {
                Severity::Problem
            };
            out.push(DocLine::Item(
                Some(mark),
                format!("{}: {} -> {}", ch.check, ch.before, ch.after),
            ));
        }
    }
    out
}

/// Document lines as text, 80 columns.
pub fn lines_text(lines: &[DocLine]) -> String {
    let mut out = String::new();
    for line in lines {
        match line {
            DocLine::Para(t) => out.push_str(&text::wrap(t, "", text::WIDTH)),
            DocLine::Item(mark, t) => {
                let t = match mark {
                    Some(s) => format!("{} {t}", status::icon(*s)),
                    None => t.clone(),
                };
                out.push_str(&text::wrap(&t, "  ", text::WIDTH));
            }
            DocLine::Blank => out.push('\n'),
        }
    }
    out
}

/// The comparison as text, 80 columns.
pub fn render_text(c: &Comparison) -> String {
    lines_text(&lines(c))
}
