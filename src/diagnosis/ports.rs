//! Blocked ports: the devices' couriers (5223 and the 443 fallback, partial allow-lists) and
//! the MDM server's provider API.

use std::collections::BTreeSet;
use std::net::IpAddr;

use super::{Code, Finding, Severity, Subject, ids, outcome_words, ports_arg};
use crate::catalog::{Endpoint, Port};
use crate::engine::{CheckKind, CheckResult, Evidence, Outcome};
use crate::i18n::Text;

pub(super) struct PortView<'a> {
    port: Port,
    ok: Vec<&'a CheckResult>,
    failed: Vec<&'a CheckResult>,
}

impl PortView<'_> {
    fn all_failed(&self) -> bool {
        self.ok.is_empty() && !self.failed.is_empty()
    }
    fn partly_failed(&self) -> bool {
        !self.ok.is_empty() && !self.failed.is_empty()
    }
}

/// Probe results of an endpoint grouped by port: which worked, which were stopped. Untested
/// probes and those already explained by interception are left out.
pub(super) fn by_port<'a>(checks: &'a [CheckResult], endpoint: &Endpoint) -> Vec<PortView<'a>> {
    endpoint
        .ports
        .iter()
        .map(|port| {
            let mine = checks.iter().filter(|c| {
                c.endpoint == endpoint.id
                    && c.port == Some(*port)
                    && c.via.is_direct()
                    && matches!(c.kind, CheckKind::Probe(_))
            });
            let mut view = PortView {
                port: *port,
                ok: Vec::new(),
                failed: Vec::new(),
            };
            for c in mine {
                match c.outcome {
                    Outcome::Ok => view.ok.push(c),
                    // Explained elsewhere: interception, the clock, another server.
                    Outcome::DnsFailed
                    | Outcome::Skipped
                    | Outcome::TlsUntrusted
                    | Outcome::CertExpired
                    | Outcome::CertNotYetValid
                    | Outcome::CertWrongName => {}
                    _ => view.failed.push(c),
                }
            }
            view
        })
        .collect()
}

fn blocked_addresses(views: &[&PortView<'_>]) -> Vec<IpAddr> {
    let set: BTreeSet<IpAddr> = views
        .iter()
        .flat_map(|v| v.failed.iter().filter_map(|c| c.address))
        .collect();
    set.into_iter().collect()
}

pub(super) fn device_port_findings(
    checks: &[CheckResult],
    endpoint: &Endpoint,
    range_rule: &Text,
) -> Vec<Finding> {
    let views = by_port(checks, endpoint);
    let mut out = Vec::new();
    let Some((primary, fallbacks)) = views.split_first() else {
        return out;
    };
    let fallback_ok = fallbacks.iter().any(|v| !v.ok.is_empty());
    let blocked_ports: Vec<&PortView<'_>> = views.iter().filter(|v| v.all_failed()).collect();
    let port_numbers: Vec<Port> = endpoint.ports.clone();
    let through_proxy: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.endpoint == endpoint.id && !c.via.is_direct() && c.outcome == Outcome::Ok)
        .collect();
    if blocked_ports.len() == views.len() && !through_proxy.is_empty() {
        let failed: Vec<&CheckResult> = views
            .iter()
            .flat_map(|v| v.failed.iter().copied())
            .collect();
        let proxy = through_proxy[0].via.to_string();
        let tunnel_port = through_proxy[0]
            .port
            .map(|p| p.to_string())
            .unwrap_or_default();
        let mut evidence = failed.clone();
        evidence.extend(through_proxy.iter().copied());
        out.push(Finding {
            code: Code::DirectBlockedProxyOnly,
            severity: Severity::Problem,
            title: Text::new("finding-proxy-only-title"),
            explanation: Text::new("finding-proxy-only-explanation")
                .arg("count", port_numbers.len())
                .arg("ports", ports_arg(&port_numbers))
                .arg("outcomes", outcome_words(&failed, Subject::Connections))
                .arg("proxy", proxy)
                .arg("tunnel", tunnel_port)
                .arg("primary", primary.port.to_string()),
            fix: Text::new("finding-proxy-only-fix")
                .arg("ports", ports_arg(&port_numbers))
                .arg("range", range_rule.clone()),
            checks: ids(evidence),
        });
        return out;
    }
    if blocked_ports.len() == views.len() {
        let failed: Vec<&CheckResult> = views
            .iter()
            .flat_map(|v| v.failed.iter().copied())
            .collect();
        out.push(Finding {
            code: Code::PortBlocked,
            severity: Severity::Problem,
            title: Text::new("finding-ports-blocked-title"),
            explanation: Text::new("finding-ports-blocked-explanation")
                .arg("count", port_numbers.len())
                .arg("ports", ports_arg(&port_numbers))
                .arg(
                    "outcomes",
                    outcome_words(&failed, Subject::ports(port_numbers.len())),
                ),
            fix: Text::new("finding-ports-blocked-fix")
                .arg("ports", ports_arg(&port_numbers))
                .arg("range", range_rule.clone()),
            checks: ids(failed),
        });
        return out;
    }
    if primary.all_failed() && fallback_ok {
        let fallback_ports: Vec<Port> = fallbacks.iter().map(|v| v.port).collect();
        out.push(Finding {
            code: Code::DeviceFallbackOnly,
            severity: Severity::Warning,
            title: Text::new("finding-fallback-only-title")
                .arg("primary", primary.port.to_string())
                .arg("fallback", ports_arg(&fallback_ports)),
            explanation: Text::new("finding-fallback-only-explanation")
                .arg("primary", primary.port.to_string())
                .arg("outcomes", outcome_words(&primary.failed, Subject::Port)),
            fix: Text::new("finding-ports-blocked-fix")
                .arg("ports", ports_arg(&[primary.port]))
                .arg("range", range_rule.clone()),
            checks: ids(primary.failed.iter().copied()),
        });
    } else if blocked_ports.len() == 1 && !primary.all_failed() {
        let v = blocked_ports[0];
        out.push(Finding {
            code: Code::PortBlocked,
            severity: Severity::Warning,
            title: Text::new("finding-fallback-blocked-title")
                .arg("fallback", v.port.to_string())
                .arg("primary", primary.port.to_string()),
            explanation: Text::new("finding-fallback-blocked-explanation")
                .arg("primary", primary.port.to_string())
                .arg("fallback", v.port.to_string())
                .arg("outcomes", outcome_words(&v.failed, Subject::Port)),
            fix: Text::new("finding-fallback-blocked-fix")
                .arg("fallback", v.port.to_string())
                .arg("range", range_rule.clone()),
            checks: ids(v.failed.iter().copied()),
        });
    }
    let partial: Vec<&PortView<'_>> = views.iter().filter(|v| v.partly_failed()).collect();
    if !partial.is_empty() {
        let addresses = blocked_addresses(&partial);
        let ports: Vec<Port> = partial.iter().map(|v| v.port).collect();
        let shown: Vec<String> = addresses.iter().take(6).map(ToString::to_string).collect();
        out.push(Finding {
            code: Code::PartialAllowlist,
            severity: Severity::Warning,
            title: Text::new("finding-partial-allowlist-title"),
            explanation: Text::new("finding-partial-allowlist-explanation")
                .arg("count", ports.len())
                .arg("ports", ports_arg(&ports))
                .arg(
                    "outcomes",
                    outcome_words(
                        &partial
                            .iter()
                            .flat_map(|v| v.failed.iter().copied())
                            .collect::<Vec<_>>(),
                        Subject::Addresses,
                    ),
                )
                .arg(
                    "addresses",
                    format!(
                        "{}{}",
                        shown.join(", "),
                        if addresses.len() > shown.len() {
                            ", …"
                        } else {
                            ""
                        }
                    ),
                ),
            fix: Text::new("finding-partial-allowlist-fix")
                .arg("ports", ports_arg(&port_numbers))
                .arg("range", range_rule.clone()),
            checks: ids(partial.iter().flat_map(|v| v.failed.iter().copied())),
        });
    }
    out
}

pub(super) fn provider_findings(
    checks: &[CheckResult],
    endpoint: &Endpoint,
    range_rule: &Text,
) -> Vec<Finding> {
    let views = by_port(checks, endpoint);
    let failed_ports: Vec<&PortView<'_>> = views.iter().filter(|v| v.all_failed()).collect();
    if failed_ports.is_empty() {
        return Vec::new();
    }
    let ports: Vec<Port> = endpoint.ports.clone();
    let failed: Vec<&CheckResult> = failed_ports
        .iter()
        .flat_map(|v| v.failed.iter().copied())
        .collect();
    let host = failed.first().map(|c| c.host.clone()).unwrap_or_default();
    let answered = failed
        .iter()
        .find(|c| c.outcome == Outcome::UnexpectedResponse);
    let what = match answered {
        Some(c) => Text::new("finding-provider-not-apple").arg("detail", c.detail.clone()),
        None => Text::new("finding-provider-connection-was")
            .arg("outcomes", outcome_words(&failed, Subject::Connection)),
    };
    if failed_ports.len() == views.len() {
        vec![Finding {
            code: Code::ProviderApiBlocked,
            severity: Severity::Problem,
            title: Text::new("finding-provider-blocked-title"),
            explanation: Text::new("finding-provider-blocked-explanation")
                .arg("host", host)
                .arg("count", ports.len())
                .arg("ports", ports_arg(&ports))
                .arg("what", what),
            fix: Text::new("finding-provider-blocked-fix")
                .arg("ports", ports_arg(&ports))
                .arg("range", range_rule.clone()),
            checks: ids(failed),
        }]
    } else {
        let bad: Vec<Port> = failed_ports.iter().map(|v| v.port).collect();
        let good: Vec<Port> = views
            .iter()
            .filter(|v| !v.all_failed())
            .map(|v| v.port)
            .collect();
        vec![Finding {
            code: Code::ProviderApiBlocked,
            severity: Severity::Warning,
            title: Text::new("finding-provider-port-title")
                .arg("good", ports_arg(&good))
                .arg("bad", ports_arg(&bad)),
            explanation: Text::new("finding-provider-port-explanation")
                .arg("good", ports_arg(&good))
                .arg("bad", ports_arg(&bad))
                .arg("what", what),
            fix: Text::new("finding-provider-port-fix")
                .arg("bad", ports_arg(&bad))
                .arg("range", range_rule.clone()),
            checks: ids(failed),
        }]
    }
}

/// `apple_service_busy`: APNs itself answered the provider API's probe, but with 429, 500
/// or 503. The path works; Apple is busy. Never blamed on the network.
pub(super) fn apple_busy(checks: &[CheckResult]) -> Option<Finding> {
    let busy: Vec<(&CheckResult, u16, &str)> = checks
        .iter()
        .filter_map(|c| match &c.evidence {
            Evidence::AppleBusy { status, reason } => Some((c, *status, reason.as_str())),
            _ => None,
        })
        .collect();
    let (_, status, reason) = busy.first()?;
    Some(Finding {
        code: Code::AppleServiceBusy,
        severity: Severity::Warning,
        title: Text::new("finding-apple-busy-title")
            .arg("status", status.to_string())
            .arg("reason", reason.to_string()),
        explanation: Text::new("finding-apple-busy-explanation"),
        fix: Text::new("finding-apple-busy-fix"),
        checks: ids(busy.iter().map(|(c, _, _)| *c)),
    })
}
