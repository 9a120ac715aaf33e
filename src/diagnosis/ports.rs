//! Blocked ports: the devices' couriers (5223 and the 443 fallback, partial allow-lists) and
//! the MDM server's provider API.

use std::collections::BTreeSet;
use std::net::IpAddr;

use super::{Code, Finding, Severity, ids, outcome_words, ports_were, ports_word};
use crate::catalog::{Endpoint, Port};
use crate::engine::{CheckKind, CheckResult, Evidence, Outcome};
use crate::words::and_list;

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
    range_rule: &str,
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
            title: "Apple's push service is reachable here only through the proxy.".to_string(),
            explanation: format!(
                "Direct connections to Apple on port {} were {}, but a tunnel through the proxy {proxy} to Apple on port {tunnel_port} worked. iPads and Macs on iPadOS 13.4 / macOS 10.15.4 and later can use a proxy for the port {tunnel_port} fallback only when a PAC file names it and the proxy does not decrypt the traffic; port {} and older devices cannot use a proxy at all, so push stays slow and unreliable.",
                and_list(&port_numbers),
                outcome_words(&failed),
                primary.port
            ),
            fix: format!(
                "Allow outbound TCP {} from the device networks to {range_rule} directly, not via the proxy. Until then, hand devices a PAC file that sends *.push.apple.com to the proxy, with no SSL inspection for it.",
                and_list(&port_numbers)
            ),
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
            title: "iPads and Macs here can't reach Apple's push service.".to_string(),
            explanation: format!(
                "{} {} on every Apple address tried. Devices will not receive MDM commands or notifications.",
                ports_were(&port_numbers),
                outcome_words(&failed)
            ),
            fix: format!(
                "Allow outbound TCP {} from the device networks to {range_rule}. No inbound rule is needed.",
                and_list(&port_numbers)
            ),
            checks: ids(failed),
        });
        return out;
    }
    if primary.all_failed() && fallback_ok {
        let fallback_ports: Vec<Port> = fallbacks.iter().map(|v| v.port).collect();
        out.push(Finding {
            code: Code::DeviceFallbackOnly,
            severity: Severity::Warning,
            title: format!(
                "Port {} is blocked, so Apple devices fall back to port {} — slower and less reliable.",
                primary.port,
                and_list(&fallback_ports)
            ),
            explanation: format!(
                "Devices try port {} first and only then the fallback; notifications arrive late, and devices that cannot use the fallback (older ones, or where a proxy sits on it) get none. Port {} was {}.",
                primary.port,
                primary.port,
                outcome_words(&primary.failed)
            ),
            fix: format!(
                "Allow outbound TCP {} from the device networks to {range_rule}. No inbound rule is needed.",
                primary.port
            ),
            checks: ids(primary.failed.iter().copied()),
        });
    } else if blocked_ports.len() == 1 && !primary.all_failed() {
        let v = blocked_ports[0];
        out.push(Finding {
            code: Code::PortBlocked,
            severity: Severity::Warning,
            title: format!(
                "The fallback port {} to Apple is blocked; devices depend on port {} alone.",
                v.port, primary.port
            ),
            explanation: format!(
                "Port {} works, but its fallback {} was {}. When {} is unavailable (on some guest or hotel networks, for example) devices have no way through.",
                primary.port,
                v.port,
                outcome_words(&v.failed),
                primary.port
            ),
            fix: format!(
                "Allow outbound TCP {} from the device networks to {range_rule}.",
                v.port
            ),
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
            title: "Only some of Apple's push servers are allowed, so push will work on and off.".to_string(),
            explanation: format!(
                "On port {}, some Apple addresses worked and others were {} ({}{}). Apple moves devices between many addresses, so a firewall rule that lists single addresses breaks push at random.",
                and_list(&ports),
                outcome_words(&partial.iter().flat_map(|v| v.failed.iter().copied()).collect::<Vec<_>>()),
                shown.join(", "),
                if addresses.len() > shown.len() { ", …" } else { "" }
            ),
            fix: format!(
                "Replace single-address rules with the whole range: allow outbound TCP {} from the device networks to {range_rule}.",
                and_list(&port_numbers)
            ),
            checks: ids(partial.iter().flat_map(|v| v.failed.iter().copied())),
        });
    }
    out
}

pub(super) fn provider_findings(
    checks: &[CheckResult],
    endpoint: &Endpoint,
    range_rule: &str,
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
        Some(c) => format!(
            "something that is not Apple answered instead ({})",
            c.detail
        ),
        None => format!("the connection was {}", outcome_words(&failed)),
    };
    if failed_ports.len() == views.len() {
        vec![Finding {
            code: Code::ProviderApiBlocked,
            severity: Severity::Problem,
            title: "The MDM server can't send push notifications to Apple.".to_string(),
            explanation: format!(
                "Apple's provider API ({host}, {}) is where the MDM server sends every push; {what}.",
                ports_word(&ports)
            ),
            fix: format!(
                "Allow outbound TCP {} from the MDM server to {range_rule}, directly and without SSL inspection.",
                and_list(&ports)
            ),
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
            title: format!(
                "The MDM server reaches Apple on port {} but not on port {}.",
                and_list(&good),
                and_list(&bad)
            ),
            explanation: format!(
                "On port {} {what}. That is fine if the MDM server uses port {}; if it is set to use {}, its notifications fail.",
                and_list(&bad),
                and_list(&good),
                and_list(&bad)
            ),
            fix: format!(
                "Allow outbound TCP {} from the MDM server to {range_rule}.",
                and_list(&bad)
            ),
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
        title: format!(
            "Apple's provider API answered but was busy ({status} {reason})."
        ),
        explanation: "The way from here to Apple works: Apple's own server answered the MDM server's request, but said it is overloaded or failing right now. That is on Apple's side, not this network's; notifications may be delayed until it recovers.".to_string(),
        fix: "Nothing to change on this network. If it lasts, check Apple's system status for the push service and test again later.".to_string(),
        checks: ids(busy.iter().map(|(c, _, _)| *c)),
    })
}
