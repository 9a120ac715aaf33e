//! What monitoring reads of a report, shared by the Nagios plugin output and the Prometheus
//! textfile: checks grouped by endpoint, probe, role, port and address family — never by
//! address, which Apple's load balancing changes on every run — with the slowest time of each
//! group, and the run's time as Unix seconds.

use std::net::IpAddr;

use super::model::{CheckReport, FindingReport, Probe, Report};
use crate::diagnosis::Severity;

/// The address family of a check: `ipv4`, `ipv6`, or `none` when it has no address.
pub fn family(check: &CheckReport) -> &'static str {
    match check.address.as_deref().map(str::parse::<IpAddr>) {
        Some(Ok(IpAddr::V4(_))) => "ipv4",
        Some(Ok(IpAddr::V6(_))) => "ipv6",
        _ => "none",
    }
}

/// A check worked: `ok`, or `info` (fine, with a note — a retired port that is closed).
pub fn worked(check: &CheckReport) -> bool {
    matches!(check.status, Severity::Ok | Severity::Info)
}

/// The checks of one endpoint, probe, role, port and family.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The catalog endpoint (`courier`, `provider`, …).
    pub endpoint: String,
    /// The kind of check.
    pub probe: Probe,
    /// `device | server | network | mdm` (mdm: the school's own MDM server, `--mdm-server`).
    pub role: &'static str,
    /// The port, when a connection was made.
    pub port: Option<u16>,
    /// `ipv4 | ipv6 | none`.
    pub family: &'static str,
    /// How many checks the group holds.
    pub total: usize,
    /// How many of them worked.
    pub worked: usize,
    /// The slowest of them, in milliseconds.
    pub slowest_ms: u64,
}

impl Group {
    /// Every check of the group worked.
    pub fn all_worked(&self) -> bool {
        self.worked == self.total
    }
}

/// The report's checks in groups, in the report's order of first appearance.
pub fn groups(report: &Report) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for check in &report.checks {
        let (role, fam) = (check.role.as_str(), family(check));
        let found = out.iter_mut().find(|g| {
            g.endpoint == check.endpoint
                && g.probe == check.probe
                && g.role == role
                && g.port == check.port
                && g.family == fam
        });
        let group = match found {
            Some(group) => group,
            None => {
                out.push(Group {
                    endpoint: check.endpoint.clone(),
                    probe: check.probe,
                    role,
                    port: check.port,
                    family: fam,
                    total: 0,
                    worked: 0,
                    slowest_ms: 0,
                });
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        group.total += 1;
        group.worked += usize::from(worked(check));
        group.slowest_ms = group.slowest_ms.max(check.elapsed_ms);
    }
    out
}

/// When the run started, in Unix seconds (0 when the report's time cannot be read).
pub fn started_unix(report: &Report) -> i64 {
    time::OffsetDateTime::parse(
        &report.started_at,
        &time::format_description::well_known::Rfc3339,
    )
    .map(|t| t.unix_timestamp())
    .unwrap_or(0)
}

/// The finding that sets the run's answer: the first whose severity is the overall one
/// (information counts as ok) — the headline, unless a check that could not run makes the
/// answer "untested" while the headline says what was proven.
pub fn answering_finding(report: &Report) -> Option<&FindingReport> {
    let level = |s: Severity| match s {
        Severity::Info => Severity::Ok,
        other => other,
    };
    report
        .findings
        .iter()
        .find(|f| level(f.severity) == level(report.overall))
        .or_else(|| report.findings.first())
}
