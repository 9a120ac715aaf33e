//! Other Apple services managed devices need (`service_blocked`), the retired binary
//! protocol (`legacy_ports_closed`), and the all-clear.

use std::collections::BTreeSet;

use super::hold::hold_note;
use super::{Code, Context, Finding, Severity, Subject, ids, is_service, outcome_words};
use crate::catalog::Role;
use crate::engine::{CheckKind, CheckResult, Outcome};
use crate::i18n::{Arg, Text};

/// `service_blocked`: probes of enrollment, activation and revocation hosts that ran and
/// failed, and (when DNS as a whole works) their names that did not resolve.
pub(super) fn service_blocked(
    checks: &[CheckResult],
    ctx: &Context<'_>,
    dns_works: bool,
) -> Option<Finding> {
    let failed: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| ctx.catalog.endpoint(&c.endpoint).is_some_and(is_service))
        .filter(|c| match (c.kind, c.outcome) {
            (
                _,
                Outcome::Ok
                | Outcome::Skipped
                | Outcome::TlsUntrusted
                | Outcome::CertExpired
                | Outcome::CertNotYetValid
                | Outcome::CertWrongName,
            ) => false,
            (CheckKind::Dns, Outcome::DnsFailed) => dns_works,
            (_, Outcome::DnsFailed) => false,
            (CheckKind::Probe(_), _) => true,
            _ => false,
        })
        .collect();
    if failed.is_empty() {
        return None;
    }
    let rules: BTreeSet<String> = failed
        .iter()
        .map(|c| match c.port {
            Some(p) => format!("{}:{p}", c.host),
            None => c.host.clone(),
        })
        .collect();
    let rules: Vec<String> = rules.into_iter().collect();
    Some(Finding {
        code: Code::ServiceBlocked,
        severity: Severity::Warning,
        title: Text::new("finding-service-blocked-title"),
        explanation: Text::new("finding-service-blocked-explanation")
            .arg("count", rules.len())
            .arg(
                "hosts",
                if rules.len() > 3 {
                    Text::new("finding-service-hosts-among")
                        .arg("count", rules.len())
                        .arg("some", Arg::list(&rules[..3]))
                        .into()
                } else {
                    Arg::list(&rules)
                },
            )
            .arg("outcomes", outcome_words(&failed, Subject::Hosts)),
        fix: Text::new("finding-service-blocked-fix")
            .arg("count", rules.len())
            .arg("hosts", Arg::list(&rules)),
        checks: ids(failed.iter().copied()),
    })
}

/// `legacy_ports_closed`: the retired ports 2195/2196, a note unless `--legacy` says the MDM
/// server still uses them.
pub(super) fn legacy(
    checks: &[CheckResult],
    ctx: &Context<'_>,
    range_rule: &Text,
) -> Option<Finding> {
    let mut found: Option<Finding> = None;
    for endpoint in ctx.catalog.endpoints.iter().filter(|e| !e.required) {
        let failed: Vec<&CheckResult> = checks
            .iter()
            .filter(|c| c.endpoint == endpoint.id && matches!(c.kind, CheckKind::Probe(_)))
            .filter(|c| {
                !matches!(
                    c.outcome,
                    Outcome::Ok | Outcome::Skipped | Outcome::DnsFailed
                )
            })
            .collect();
        if failed.is_empty() {
            continue;
        }
        if let Some(f) = &mut found {
            f.checks.extend(ids(failed.iter().copied()));
            f.checks.sort();
            continue;
        }
        found = Some(if ctx.legacy {
            Finding {
                code: Code::LegacyPortsClosed,
                severity: Severity::Problem,
                title: Text::new("finding-legacy-needed-title"),
                explanation: Text::new("finding-legacy-needed-explanation"),
                fix: Text::new("finding-legacy-needed-fix").arg("range", range_rule.clone()),
                checks: ids(failed.iter().copied()),
            }
        } else {
            Finding {
                code: Code::LegacyPortsClosed,
                severity: Severity::Info,
                title: Text::new("finding-legacy-retired-title"),
                explanation: Text::new("finding-legacy-retired-explanation"),
                fix: Text::default(),
                checks: ids(failed.iter().copied()),
            }
        });
    }
    found
}

/// `all_clear` when push probes passed, naming only the side that was tested (devices, the
/// MDM server, or both); "could not test" when none ran.
pub(super) fn all_clear(checks: &[CheckResult], ctx: &Context<'_>) -> Finding {
    let push_ok: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| matches!(c.kind, CheckKind::Probe(_)) && c.required && c.outcome == Outcome::Ok)
        .collect();
    let pushes = |role: Role| {
        push_ok.iter().any(|c| {
            c.role == role
                && ctx
                    .catalog
                    .endpoint(&c.endpoint)
                    .is_some_and(|e| e.apple_range)
        })
    };
    let (devices, server) = (pushes(Role::Device), pushes(Role::Server));
    if push_ok.is_empty() || !(devices || server) {
        return Finding {
            code: Code::AllClear,
            severity: Severity::Untested,
            title: Text::new("finding-untested-title"),
            explanation: Text::new("finding-untested-explanation"),
            fix: Text::default(),
            checks: Vec::new(),
        };
    }
    let passed = push_ok.len();
    let hold = hold_note(checks);
    let (title, explanation) = match (devices, server) {
        (true, true) => ("finding-all-clear-title", "finding-all-clear-explanation"),
        (true, false) => (
            "finding-all-clear-devices-title",
            "finding-all-clear-devices-explanation",
        ),
        _ => (
            "finding-all-clear-server-title",
            "finding-all-clear-server-explanation",
        ),
    };
    let explanation = Text::new(explanation)
        .arg("passed", passed)
        .arg("hold", hold);
    Finding {
        code: Code::AllClear,
        severity: Severity::Ok,
        title: Text::new(title),
        explanation,
        fix: Text::default(),
        checks: ids(push_ok.iter().copied()),
    }
}

/// `internal_error`: Push Check itself failed inside some checks. They are untested, never
/// blamed on the network.
pub(super) fn internal_error(checks: &[CheckResult]) -> Option<Finding> {
    let failed: Vec<(&CheckResult, &str)> = checks
        .iter()
        .filter_map(|c| match &c.evidence {
            crate::engine::Evidence::Internal(message) => Some((c, message.as_str())),
            // The PAC sandbox failed inside: a bug, whatever the file.
            crate::engine::Evidence::Pac(pac)
                if pac.failure == Some(crate::engine::PacFailure::Internal) =>
            {
                Some((c, pac.error.as_deref().unwrap_or("the PAC sandbox")))
            }
            _ => None,
        })
        .collect();
    let (_, message) = failed.first()?;
    Some(Finding {
        code: Code::InternalError,
        severity: Severity::Untested,
        title: Text::new("finding-internal-title"),
        explanation: Text::new("finding-internal-explanation")
            .arg("count", failed.len())
            .arg("message", message.to_string()),
        fix: Text::default(),
        checks: ids(failed.iter().map(|(c, _)| *c)),
    })
}
