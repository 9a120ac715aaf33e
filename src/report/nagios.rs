//! Monitoring-plugin output (`--format nagios`), as the Monitoring Plugins development
//! guidelines describe it and Nagios, Icinga, Naemon, Checkmk and Zabbix read it: one status
//! line `PUSHCHECK OK - <headline> | <performance data>`, then one line per problem and
//! warning with what to ask IT. Performance data in the standard syntax
//! (`label=value[UOM];[warn];[crit];[min];[max]`, C locale, plain labels). A `|` in any text is
//! replaced, so it cannot cut the performance data off. The words are English and fixed.

use std::fmt::Write as _;

use super::model::{Probe, Report};
use super::monitor;
use crate::diagnosis::Severity;

/// The plugin's name on the status line.
pub const NAME: &str = "PUSHCHECK";

/// The service state of a severity (and of its exit status).
pub fn state(severity: Severity) -> &'static str {
    match severity {
        Severity::Ok | Severity::Info => "OK",
        Severity::Warning => "WARNING",
        Severity::Problem => "CRITICAL",
        Severity::Untested => "UNKNOWN",
    }
}

/// Text safe for plugin output: no `|` (it starts the performance data), one line.
pub fn plain(text: &str) -> String {
    text.replace('|', "/")
        .replace(['\r', '\n'], " ")
        .trim()
        .to_string()
}

/// The status line of a run that could not start (a usage error, say): `UNKNOWN`, exit 3.
pub fn unknown(why: &str) -> String {
    format!("{NAME} UNKNOWN - {}\n", plain(why))
}

/// The performance data: courier addresses that worked per port and family, the slowest
/// courier connection (TCP connect and TLS handshake), the provider API's answer time, and
/// the run's duration.
pub fn perfdata(report: &Report) -> String {
    let groups = monitor::groups(report);
    let mut parts = Vec::new();
    for g in groups
        .iter()
        .filter(|g| g.endpoint == "courier" && matches!(g.probe, Probe::Tcp | Probe::Tls))
    {
        if let Some(port) = g.port {
            parts.push(format!(
                "couriers_ok_{port}_{}={};;;0;{}",
                g.family, g.worked, g.total
            ));
        }
    }
    let slowest = |endpoint: &str, probes: &[Probe]| {
        groups
            .iter()
            .filter(|g| g.endpoint == endpoint && probes.contains(&g.probe))
            .map(|g| g.slowest_ms)
            .max()
    };
    if let Some(ms) = slowest("courier", &[Probe::Tcp, Probe::Tls]) {
        parts.push(format!("courier_connect_handshake_max={ms}ms;;;0"));
    }
    if let Some(ms) = slowest("provider", &[Probe::Provider]) {
        parts.push(format!("provider_api={ms}ms;;;0"));
    }
    parts.push(format!(
        "duration={:.3}s;;;0",
        report.duration_ms as f64 / 1000.0
    ));
    parts.join(" ")
}

/// The whole plugin output.
pub fn render(report: &Report) -> String {
    let status = format!(
        "{NAME} {} - {} | {}\n",
        state(report.overall),
        plain(&report.headline),
        perfdata(report)
    );
    with_long_output(status, report)
}

/// The plugin output of a run whose reports could not be written: `UNKNOWN` (as the exit
/// status 3 says), still naming what the network check found.
pub fn render_unwritten(report: &Report, why: &str) -> String {
    let status = format!(
        "{NAME} UNKNOWN - report not written ({}); network: {} - {} | {}\n",
        plain(why),
        state(report.overall),
        plain(&report.headline),
        perfdata(report)
    );
    with_long_output(status, report)
}

/// The status line, then one line per problem and warning with what to ask IT.
fn with_long_output(mut out: String, report: &Report) -> String {
    for f in &report.findings {
        if matches!(f.severity, Severity::Problem | Severity::Warning) {
            let _ = writeln!(
                out,
                "{}: {} Ask IT: {}",
                state(f.severity),
                plain(&f.title),
                plain(&f.fix)
            );
        }
    }
    out
}
