//! IPv6: Apple's names resolve to IPv6 addresses, but IPv6 connections fail.

use super::{Code, Finding, Severity, ids, outcome_words, ranges_text};
use crate::catalog::{Catalog, ProbeKind};
use crate::engine::{CheckKind, CheckResult, Outcome};

pub(super) fn ipv6_finding(checks: &[CheckResult], catalog: &Catalog) -> Option<Finding> {
    let push: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| matches!(c.kind, CheckKind::Probe(_)) && c.required)
        .filter(|c| {
            catalog
                .endpoint(&c.endpoint)
                .is_some_and(|e| e.apple_range || e.probe == ProbeKind::Provider)
        })
        .collect();
    let v6: Vec<&CheckResult> = push
        .iter()
        .copied()
        .filter(|c| c.address.is_some_and(|a| a.is_ipv6()))
        .collect();
    let v4_ok = push
        .iter()
        .any(|c| c.address.is_some_and(|a| a.is_ipv4()) && c.outcome == Outcome::Ok);
    let v6_failed: Vec<&CheckResult> = v6
        .iter()
        .copied()
        .filter(|c| c.outcome.is_blocked())
        .collect();
    let v6_ok = v6.iter().any(|c| c.outcome == Outcome::Ok);
    if v6_failed.is_empty() || v6_ok || !v4_ok {
        return None;
    }
    Some(Finding {
        code: Code::Ipv6Broken,
        severity: Severity::Warning,
        title: "Apple's servers answer over IPv6 here, but IPv6 connections fail.".to_string(),
        explanation: format!(
            "Apple's names resolve to IPv6 addresses, yet every IPv6 connection was {} while IPv4 works. Devices prefer IPv6 and lose time falling back, or fail on IPv6-only networks.",
            outcome_words(&v6_failed)
        ),
        fix: format!(
            "Allow outbound IPv6 to Apple ({}) on the same ports as IPv4, or stop handing out IPv6 on this network.",
            ranges_text(catalog, true)
        ),
        checks: ids(v6_failed),
    })
}
