//! What changed between two runs (before and after a firewall change, or two rooms): fixed,
//! newly broken, unchanged. The model and its renderings; `pushcheck compare` runs it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Serialize, Serializer};

use super::model::{CheckReport, FindingReport, Probe, Report};
use super::{status, text};
use crate::diagnosis::{Code, Severity};
use crate::i18n::{Arg, Lang};

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
    /// The language of its own words (the titles are the reports' own).
    pub lang: Lang,
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

/// What a group of checks tests, in words that do not depend on a report's language: the
/// probe, the endpoint, the host (except for the couriers, whose numbered names move between
/// runs) and the port.
type GroupKey = (&'static str, String, String, Option<u16>);

/// Checks grouped by what they test, not by the address they reached (which moves between
/// runs): each group's label in `lang` (from the check's own name) and its fine and total.
fn check_groups(checks: &[CheckReport], lang: Lang) -> BTreeMap<GroupKey, (String, usize, usize)> {
    let mut groups: BTreeMap<GroupKey, (String, usize, usize)> = BTreeMap::new();
    for c in checks {
        let courier = c.endpoint == "courier";
        let host = match (c.probe, c.port) {
            // A lookup's host names its names in the report's language: its id does not.
            (Probe::Dns, _) => c.id.clone(),
            (_, Some(_)) if !courier => c.host.clone(),
            _ => String::new(),
        };
        let key = (c.probe.as_str(), c.endpoint.clone(), host, c.port);
        let label = || match (c.probe, c.port) {
            (Probe::Dns, _) => lang.tr("compare-dns", &[("host", Arg::from(c.host.as_str()))]),
            (_, Some(port)) if courier => lang.tr(
                "compare-port",
                &[
                    ("name", Arg::from(c.name.as_str())),
                    ("port", Arg::from(port.to_string())),
                ],
            ),
            (_, Some(port)) => lang.tr(
                "compare-host-port",
                &[
                    ("name", Arg::from(c.name.as_str())),
                    ("host", Arg::from(c.host.as_str())),
                    ("port", Arg::from(port.to_string())),
                ],
            ),
            _ => c.name.clone(),
        };
        let entry = groups.entry(key).or_insert_with(|| (label(), 0, 0));
        entry.2 += 1;
        if matches!(c.status, Severity::Ok | Severity::Info) {
            entry.1 += 1;
        }
    }
    groups
}

/// Compares two reports.
/// Compares two reports by their codes, statuses and what each check tests, never by their
/// words: reports in different languages compare like any others. The comparison's own words
/// are in `lang`.
pub fn compare(
    old: &Report,
    old_file: &Path,
    new: &Report,
    new_file: &Path,
    lang: Lang,
) -> Comparison {
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
    let old_groups = check_groups(&old.checks, lang);
    let new_groups = check_groups(&new.checks, lang);
    let mut checks = Vec::new();
    let counts = |v: Option<&(String, usize, usize)>| v.map(|(_, ok, total)| (*ok, *total));
    let fine = |v: Option<(usize, usize)>| match v {
        Some((ok, total)) => lang.tr(
            "compare-fine",
            &[("ok", Arg::from(ok)), ("total", Arg::from(total))],
        ),
        None => lang.t("compare-not-tested"),
    };
    let ratio = |v: Option<(usize, usize)>| v.map(|(ok, total)| ok as f64 / total.max(1) as f64);
    let keys: std::collections::BTreeSet<&GroupKey> =
        old_groups.keys().chain(new_groups.keys()).collect();
    for key in keys {
        let (a, b) = (old_groups.get(key), new_groups.get(key));
        if counts(a) != counts(b) {
            let label = b.or(a).map(|(l, _, _)| l.clone()).unwrap_or_default();
            checks.push(CheckChange {
                check: label,
                before: fine(counts(a)),
                after: fine(counts(b)),
                better: ratio(counts(b)).unwrap_or(0.0) >= ratio(counts(a)).unwrap_or(0.0),
            });
        }
    }
    Comparison {
        schema: SCHEMA.to_string(),
        lang,
        old: side(old, old_file),
        new: side(new, new_file),
        fixed,
        broken,
        unchanged,
        checks,
    }
}

fn label(side: &Side, lang: Lang) -> String {
    let when = crate::words::date_time(lang, &side.started_at);
    if side.site.is_empty() {
        format!("{} ({when})", side.file)
    } else {
        format!("{} ({}, {when})", side.file, side.site)
    }
}

/// One line of a plain document (the comparison), typed so the text and the PDF draw the
/// same thing without reading each other's characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocLine {
    /// A paragraph at the margin.
    Para(String),
    /// A section's heading, its colon written the language's way ("Fixed:", "Corrigé :").
    Heading(String),
    /// An indented item, with a status light when it has one.
    Item(Option<Severity>, String),
    /// Space between sections.
    Blank,
}

/// "Fixed:" in the language's way of writing a colon.
fn heading(lang: Lang, title: String) -> String {
    lang.tr("heading-section", &[("title", Arg::from(title))])
}

/// "Overall: OK -> PROBLEM" in the language's way of writing a colon.
fn labelled(lang: Lang, label: String, value: String) -> String {
    lang.tr(
        "heading-labelled",
        &[("label", Arg::from(label)), ("value", Arg::from(value))],
    )
}

/// The comparison as document lines.
pub fn lines(c: &Comparison) -> Vec<DocLine> {
    let lang = c.lang;
    let word = |s: Severity| status::word(s, lang).to_lowercase();
    let mut out = vec![
        DocLine::Para(lang.tr(
            "compare-comparing",
            &[
                ("old", Arg::from(label(&c.old, lang))),
                ("new", Arg::from(label(&c.new, lang))),
            ],
        )),
        DocLine::Para(labelled(
            lang,
            lang.t("compare-overall"),
            format!(
                "{} -> {}",
                status::word(c.old.overall, lang),
                status::word(c.new.overall, lang)
            ),
        )),
        DocLine::Para(labelled(
            lang,
            lang.t("compare-now"),
            c.new.headline.clone(),
        )),
        DocLine::Blank,
    ];
    for (title, list, mark) in [
        ("compare-fixed", &c.fixed, Some(Severity::Ok)),
        ("compare-broken", &c.broken, Some(Severity::Problem)),
        ("compare-unchanged", &c.unchanged, None),
    ] {
        out.push(if list.is_empty() {
            DocLine::Para(labelled(lang, lang.t(title), lang.t("compare-none")))
        } else {
            DocLine::Heading(heading(lang, lang.t(title)))
        });
        for f in list {
            let states = match (f.before, f.after) {
                (None, Some(after)) => {
                    lang.tr("compare-new-state", &[("state", Arg::from(word(after)))])
                }
                (Some(before), None) => {
                    lang.tr("compare-was-state", &[("state", Arg::from(word(before)))])
                }
                (Some(before), Some(after)) => format!("{} -> {}", word(before), word(after)),
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
        out.push(DocLine::Heading(heading(lang, lang.t("compare-checks"))));
        for ch in &c.checks {
            let mark = if ch.better {
                Severity::Ok
            } else {
                Severity::Problem
            };
            out.push(DocLine::Item(
                Some(mark),
                lang.labelled(ch.check.as_str(), format!("{} -> {}", ch.before, ch.after)),
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
            DocLine::Para(t) | DocLine::Heading(t) => {
                out.push_str(&text::wrap(t, "", text::WIDTH));
            }
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
