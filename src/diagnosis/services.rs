//! Other Apple services managed devices need (`service_blocked`), the retired binary
//! protocol (`legacy_ports_closed`), and the all-clear.

use std::collections::BTreeSet;

use super::hold::hold_note;
use super::{Code, Context, Finding, Severity, ids, is_service, outcome_words};
use crate::catalog::Role;
use crate::engine::{CheckKind, CheckResult, Outcome};
use crate::words::and_list;

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
        title: "Some Apple services that managed devices need are blocked.".to_string(),
        explanation: format!(
            "Push may work, but enrollment, activation, updates or certificate checks can fail: {} could not be reached ({}).",
            if rules.len() > 3 {
                format!(
                    "{} Apple hosts, among them {}",
                    rules.len(),
                    and_list(&rules[..3])
                )
            } else {
                and_list(&rules)
            },
            outcome_words(&failed)
        ),
        fix: format!(
            "Allow outbound connections from the device networks to {} (these hosts may be served from content-delivery networks outside Apple's ranges, so allow them by name).",
            and_list(&rules)
        ),
        checks: ids(failed.iter().copied()),
    })
}

/// `legacy_ports_closed`: the retired ports 2195/2196, a note unless `--legacy` says the MDM
/// server still uses them.
pub(super) fn legacy(
    checks: &[CheckResult],
    ctx: &Context<'_>,
    range_rule: &str,
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
                title: "The MDM server's old push ports 2195 and 2196 are closed.".to_string(),
                explanation: "You said this MDM server still uses Apple's legacy binary push protocol. Apple retired that protocol on 2021-03-31, so even with the ports open it will stop working: the server must move to the HTTP/2 provider API (port 443 or 2197).".to_string(),
                fix: format!("Update the MDM server to Apple's HTTP/2 provider API (TCP 443 or 2197 to {range_rule}). Until then, allow outbound TCP 2195 and 2196 from the MDM server to {range_rule})."),
                checks: ids(failed.iter().copied()),
            }
        } else {
            Finding {
                code: Code::LegacyPortsClosed,
                severity: Severity::Info,
                title: "Ports 2195 and 2196 are closed, which is fine: Apple retired them in 2021.".to_string(),
                explanation: "Older guides ask for ports 2195 and 2196 for the MDM server. Apple retired that protocol on 2021-03-31; current MDM servers use port 443 or 2197 instead, tested above.".to_string(),
                fix: String::new(),
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
            title: "Push Check could not test this network.".to_string(),
            explanation: "No connection to Apple could be tried, so there is no answer yet. Test again; if it keeps happening, send the report to IT.".to_string(),
            fix: String::new(),
            checks: Vec::new(),
        };
    }
    let passed = push_ok.len();
    let hold = hold_note(checks);
    let (title, explanation) = match (devices, server) {
        (true, true) => (
            "Apple devices can get push notifications on this network.",
            format!(
                "Devices reach Apple's push service on the ports Apple asks for, the MDM server reaches Apple's provider API, and nothing on the way decrypts or redirects the traffic ({passed} checks passed).{hold}"
            ),
        ),
        (true, false) => (
            "Apple devices on this network can reach Apple's push service.",
            format!(
                "Devices reach Apple's push service on the ports Apple asks for, and nothing on the way decrypts or redirects the traffic ({passed} checks passed).{hold} The MDM server's connection to Apple was not tested here: test on the MDM server for that."
            ),
        ),
        _ => (
            "This MDM server can send push notifications to Apple.",
            format!(
                "The MDM server reaches Apple's provider API, and nothing on the way decrypts or redirects the traffic ({passed} checks passed).{hold} Whether devices can reach Apple was not tested here: test on the devices' network for that."
            ),
        ),
    };
    Finding {
        code: Code::AllClear,
        severity: Severity::Ok,
        title: title.to_string(),
        explanation,
        fix: String::new(),
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
            _ => None,
        })
        .collect();
    let (_, message) = failed.first()?;
    Some(Finding {
        code: Code::InternalError,
        severity: Severity::Untested,
        title: "Push Check failed inside some of its checks, so they could not be tested."
            .to_string(),
        explanation: format!(
            "{} could not run because of a fault in Push Check itself ({message}), not because of the network. The other checks are reported as they are. Please send this report to Push Check's developers.",
            if failed.len() == 1 {
                "One check".to_string()
            } else {
                format!("{} checks", failed.len())
            }
        ),
        fix: String::new(),
        checks: ids(failed.iter().map(|(c, _)| *c)),
    })
}
