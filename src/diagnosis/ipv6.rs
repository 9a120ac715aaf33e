//! One address family failing while the other works: IPv6 resolving but failing
//! (`ipv6_broken`), or IPv4 failing while IPv6 carries push (`ipv4_broken`); and a computer
//! with only one family at all, which is healthy (`ipv6_unavailable`, `ipv4_unavailable`).

use super::{Code, Finding, Severity, Subject, ids, outcome_words, ranges_text};
use crate::catalog::{Catalog, ProbeKind};
use crate::engine::{CheckKind, CheckResult, Outcome};
use crate::i18n::Text;

/// Which family failed while the other worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Broken {
    /// IPv4 works, IPv6 does not.
    V6,
    /// IPv6 works, IPv4 does not.
    V4,
}

impl Broken {
    /// Whether `c` is a connection probe over the broken family.
    pub(super) fn is_broken_probe(self, c: &CheckResult) -> bool {
        matches!(c.kind, CheckKind::Probe(_))
            && c.address
                .is_some_and(|a| a.is_ipv6() == (self == Broken::V6))
    }
}

/// The push probes (couriers and provider API) that ran, with their address family.
fn push_probes<'a>(checks: &'a [CheckResult], catalog: &Catalog) -> Vec<&'a CheckResult> {
    checks
        .iter()
        .filter(|c| matches!(c.kind, CheckKind::Probe(_)) && c.required)
        .filter(|c| {
            catalog
                .endpoint(&c.endpoint)
                .is_some_and(|e| e.apple_range || e.probe == ProbeKind::Provider)
        })
        .collect()
}

/// The family that fails entirely while the other works, with its failed probes.
fn broken_family<'a>(
    checks: &'a [CheckResult],
    catalog: &Catalog,
) -> Option<(Broken, Vec<&'a CheckResult>)> {
    let push = push_probes(checks, catalog);
    for broken in [Broken::V6, Broken::V4] {
        let (bad, good): (Vec<&CheckResult>, Vec<&CheckResult>) =
            push.iter().partition(|c| broken.is_broken_probe(c));
        let failed: Vec<&CheckResult> = bad
            .iter()
            .copied()
            .filter(|c| c.outcome.is_blocked())
            .collect();
        let bad_ok = bad.iter().any(|c| c.outcome == Outcome::Ok);
        let good_ok = good
            .iter()
            .any(|c| c.address.is_some() && c.outcome == Outcome::Ok);
        if !failed.is_empty() && !bad_ok && good_ok {
            return Some((broken, failed));
        }
    }
    None
}

/// `ipv6_broken` or `ipv4_broken`, with which family it is.
pub(super) fn family_finding(
    checks: &[CheckResult],
    catalog: &Catalog,
) -> Option<(Broken, Finding)> {
    let (broken, failed) = broken_family(checks, catalog)?;
    let finding = match broken {
        Broken::V6 => Finding {
            code: Code::Ipv6Broken,
            severity: Severity::Warning,
            title: Text::new("finding-ipv6-title"),
            explanation: Text::new("finding-ipv6-explanation")
                .arg("outcomes", outcome_words(&failed, Subject::Connections)),
            fix: Text::new("finding-ipv6-fix").arg("ranges", ranges_text(catalog, true)),
            checks: ids(failed),
        },
        Broken::V4 => Finding {
            code: Code::Ipv4Broken,
            severity: Severity::Warning,
            title: Text::new("finding-ipv4-title"),
            explanation: Text::new("finding-ipv4-explanation")
                .arg("outcomes", outcome_words(&failed, Subject::Connections)),
            fix: Text::new("finding-ipv4-fix").arg("ranges", ranges_text(catalog, false)),
            checks: ids(failed),
        },
    };
    Some((broken, finding))
}

/// The route check of one family, when the catalog has a range of it.
fn route(checks: &[CheckResult], v6: bool) -> Option<&CheckResult> {
    checks
        .iter()
        .find(|c| c.kind == CheckKind::Route && c.address.is_some_and(|a| a.is_ipv6() == v6))
}

/// `ipv6_unavailable` or `ipv4_unavailable`: this computer has a route towards Apple over one
/// family only. The other was not probed; devices on such a network use the family it has,
/// so this is information, never a failure.
pub(super) fn family_unavailable(checks: &[CheckResult]) -> Option<Finding> {
    let (v4, v6) = (route(checks, false)?, route(checks, true)?);
    let routed = |c: &CheckResult| c.outcome == Outcome::Ok;
    let (code, title, explanation, missing) = match (routed(v4), routed(v6)) {
        (true, false) => (
            Code::Ipv6Unavailable,
            "finding-ipv6-unavailable-title",
            "finding-ipv6-unavailable-explanation",
            v6,
        ),
        (false, true) => (
            Code::Ipv4Unavailable,
            "finding-ipv4-unavailable-title",
            "finding-ipv4-unavailable-explanation",
            v4,
        ),
        _ => return None,
    };
    // On an IPv6-only network Apple's IPv4 addresses are reached through the network's NAT64.
    let nat64: Vec<String> = checks
        .iter()
        .filter_map(|c| c.nat64)
        .map(|a| a.to_string())
        .take(1)
        .collect();
    let through = match nat64.first() {
        Some(example) => {
            vec![Text::new("finding-ipv4-unavailable-nat64").arg("example", example.clone())]
        }
        None => Vec::new(),
    };
    Some(Finding {
        code,
        severity: Severity::Info,
        title: Text::new(title),
        explanation: Text::new(explanation).arg("nat64", crate::i18n::Arg::Sentences(through)),
        fix: Text::default(),
        checks: ids([missing]),
    })
}
