//! The Prometheus text exposition format, for the textfile collectors of node_exporter and
//! windows_exporter (`--output FILE.prom`, written atomically, ending with a newline as they
//! require). Series are labelled by endpoint, probe, role, port and address family, never by
//! address: Apple's load balancing hands out other addresses on every run, and one series per
//! address would grow without end. The words are English and fixed: alert rules match them.

use std::fmt::Write as _;

use super::model::Report;
use super::monitor;
use crate::diagnosis::Severity;

/// The overall answer as a number for alert rules: 0 ok (or only notes), 1 warning,
/// 2 problem, 3 untested.
pub fn severity_value(severity: Severity) -> u8 {
    match severity {
        Severity::Ok | Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Problem => 2,
        Severity::Untested => 3,
    }
}

/// A label value with `\`, `"` and line feeds escaped.
fn label(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// `# HELP` and `# TYPE` of a gauge.
fn family(out: &mut String, name: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} gauge");
}

/// Seconds from milliseconds, in the C locale.
fn seconds(ms: u64) -> String {
    format!("{:.3}", ms as f64 / 1000.0)
}

/// The report as a textfile for node_exporter or windows_exporter. `site` is the label of
/// `pushcheck_info` (the report's site, or the host name given by the caller).
pub fn render(report: &Report, site: &str) -> String {
    let mut out = String::new();
    family(
        &mut out,
        "pushcheck_overall_severity",
        "The run's answer: 0 ok (or only notes), 1 warning, 2 problem, 3 could not test.",
    );
    let _ = writeln!(
        out,
        "pushcheck_overall_severity {}",
        severity_value(report.overall)
    );

    let groups = monitor::groups(report);
    let labels = |g: &monitor::Group| {
        format!(
            "endpoint=\"{}\",probe=\"{}\",role=\"{}\",port=\"{}\",family=\"{}\"",
            label(&g.endpoint),
            g.probe.as_str(),
            g.role,
            g.port.map(|p| p.to_string()).unwrap_or_default(),
            g.family
        )
    };
    family(
        &mut out,
        "pushcheck_check_ok",
        "1 when every check of this endpoint, probe, role, port and address family was fine (ok, or only a note such as a retired port being closed), else 0.",
    );
    for g in &groups {
        let _ = writeln!(
            out,
            "pushcheck_check_ok{{{}}} {}",
            labels(g),
            u8::from(g.all_worked())
        );
    }
    family(
        &mut out,
        "pushcheck_check_duration_seconds",
        "The slowest check of this endpoint, probe, role, port and address family, in seconds.",
    );
    for g in &groups {
        let _ = writeln!(
            out,
            "pushcheck_check_duration_seconds{{{}}} {}",
            labels(g),
            seconds(g.slowest_ms)
        );
    }
    family(
        &mut out,
        "pushcheck_finding",
        "1 for each finding of the run, by its code and severity.",
    );
    for f in &report.findings {
        let _ = writeln!(
            out,
            "pushcheck_finding{{code=\"{}\",severity=\"{}\"}} 1",
            f.code.as_str(),
            f.severity.as_str()
        );
    }
    family(
        &mut out,
        "pushcheck_headline",
        "1 for the finding that sets the run's answer (the headline, unless a check that could not run sets it), by its code and severity: what an alert on the answer names.",
    );
    if let Some(f) = monitor::answering_finding(report) {
        let _ = writeln!(
            out,
            "pushcheck_headline{{code=\"{}\",severity=\"{}\"}} 1",
            f.code.as_str(),
            f.severity.as_str()
        );
    }
    family(
        &mut out,
        "pushcheck_run_timestamp_seconds",
        "When the run started, in Unix seconds.",
    );
    let _ = writeln!(
        out,
        "pushcheck_run_timestamp_seconds {}",
        monitor::started_unix(report)
    );
    family(
        &mut out,
        "pushcheck_run_duration_seconds",
        "How long the run took, in seconds.",
    );
    let _ = writeln!(
        out,
        "pushcheck_run_duration_seconds {}",
        seconds(report.duration_ms)
    );
    family(
        &mut out,
        "pushcheck_info",
        "The program's version and the site it ran at (always 1).",
    );
    let _ = writeln!(
        out,
        "pushcheck_info{{version=\"{}\",site=\"{}\"}} 1",
        label(&report.tool.version),
        label(site)
    );
    out
}
