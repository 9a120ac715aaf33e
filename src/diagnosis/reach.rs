//! Whether the network lets anything through at all, finds Apple's names, shows a login
//! page, or decrypts: the root causes that explain every other failure.

use std::collections::BTreeSet;

use super::{Code, Context, Finding, Severity, apple_ranges_rule, ids, ranges_text};
use crate::catalog::{ProbeKind, Role};
use crate::engine::{CheckKind, CheckResult, DnsEvidence, Evidence, Outcome};
use crate::words::and_list;

/// `no_network`: no route to Apple and nothing answered anywhere.
pub(super) fn no_network(checks: &[CheckResult]) -> Option<Finding> {
    let routes: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Route)
        .collect();
    let anything_answered = checks.iter().any(|c| {
        c.kind != CheckKind::Route && c.kind != CheckKind::Dns && c.outcome.got_an_answer()
    });
    let no_route = !routes.is_empty() && routes.iter().all(|c| c.outcome == Outcome::Unreachable);
    (no_route && !anything_answered).then(|| Finding {
        code: Code::NoNetwork,
        severity: Severity::Problem,
        title: "This computer is not connected to a network.".to_string(),
        explanation: "There is no route to the internet from here, so nothing could be tested. Check the Wi-Fi or cable, then test again.".to_string(),
        fix: "Connect this computer to the network you want to test (Wi-Fi or cable) and make sure it gets an address and a default gateway.".to_string(),
        checks: ids(routes.iter().copied()),
    })
}

/// Whether the public resolvers (the second opinion) gave Apple's real addresses for a DNS
/// check: answers inside Apple's ranges. Answers outside them prove nothing.
fn public_answered(c: &CheckResult, ctx: &Context<'_>) -> bool {
    matches!(&c.evidence, Evidence::Dns(d)
        if d.public_answers.iter().any(|a| ctx.catalog.ranges.contains(a)))
}

/// Whether a DNS check is of a name push depends on (couriers, provider API, captive page).
fn is_critical_dns(c: &CheckResult, ctx: &Context<'_>) -> bool {
    c.kind == CheckKind::Dns
        && ctx
            .catalog
            .endpoint(&c.endpoint)
            .is_some_and(|e| e.required && (e.apple_range || e.role == Role::Network))
}

/// The critical DNS checks that found no address.
pub(super) fn dns_failed<'a>(checks: &'a [CheckResult], ctx: &Context<'_>) -> Vec<&'a CheckResult> {
    checks
        .iter()
        .filter(|c| is_critical_dns(c, ctx) && c.outcome == Outcome::DnsFailed)
        .collect()
}

/// `dns_failure`: names push depends on did not resolve.
pub(super) fn dns_failure(checks: &[CheckResult], ctx: &Context<'_>) -> Option<Finding> {
    let dns_failed = dns_failed(checks, ctx);
    if dns_failed.is_empty() {
        return None;
    }
    let nothing_resolved = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Dns)
        .all(|c| c.outcome == Outcome::DnsFailed);
    let public_helped = dns_failed.iter().any(|c| public_answered(c, ctx));
    let hosts: Vec<String> = dns_failed.iter().map(|c| c.host.clone()).collect();
    let (title, explanation, fix) = if nothing_resolved && !public_helped {
        (
            "This network can't look up Apple's servers (DNS is not working).".to_string(),
            format!(
                "No Apple name could be turned into an address ({}), so devices cannot find Apple's push service. The connection checks that need those names could not run.",
                and_list(&hosts)
            ),
            "Make sure devices on this network get a working DNS server (by DHCP) that resolves public names such as 1-courier.push.apple.com and api.push.apple.com.".to_string(),
        )
    } else if public_helped {
        (
            "This network's DNS hides Apple's push servers.".to_string(),
            format!(
                "The network's DNS server gives no address for {}, while a public DNS server does. A DNS filter is most likely blocking Apple's names.",
                and_list(&hosts)
            ),
            "Allow *.push.apple.com (and *.apple.com) in the DNS filter, so that the network's DNS server answers Apple's names like any public resolver.".to_string(),
        )
    } else {
        (
            "This network can't look up some of Apple's push servers.".to_string(),
            format!(
                "The names {} did not resolve, so those checks could not run.",
                and_list(&hosts)
            ),
            "Make sure the network's DNS server resolves *.push.apple.com and captive.apple.com; check any DNS filter for blocked Apple names.".to_string(),
        )
    };
    Some(Finding {
        code: Code::DnsFailure,
        severity: Severity::Problem,
        title,
        explanation,
        fix,
        checks: ids(dns_failed.iter().copied()),
    })
}

/// `dns_outside_apple_range`: the network's DNS sends Apple's names elsewhere.
pub(super) fn dns_outside(checks: &[CheckResult], ctx: &Context<'_>) -> Option<Finding> {
    let outside: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| is_critical_dns(c, ctx) && c.outcome == Outcome::OutsideAppleRange)
        .collect();
    if outside.is_empty() {
        return None;
    }
    let range_rule = apple_ranges_rule(ctx.catalog);
    let public_helped = outside.iter().any(|c| public_answered(c, ctx));
    let hosts: Vec<String> = outside.iter().map(|c| c.host.clone()).collect();
    Some(Finding {
        code: Code::DnsOutsideAppleRange,
        severity: Severity::Problem,
        title: "This network's DNS sends Apple's push servers to the wrong place.".to_string(),
        explanation: format!(
            "Apple's push servers always live in {range_rule}, but this network's DNS answered {} with addresses outside it. {}",
            and_list(&hosts),
            if public_helped {
                "A public DNS server gave Apple's real addresses, so a DNS filter or redirect on this network is rewriting the answers."
            } else {
                "A DNS filter, a redirect or a stale local DNS entry is the likely cause."
            }
        ),
        fix: "Stop rewriting or redirecting *.push.apple.com in the DNS filter (and remove any local DNS entries for Apple names), so that they resolve to Apple's own addresses.".to_string(),
        checks: ids(outside.iter().copied()),
    })
}

/// `dns_partial`: some names of a group (the 50 numbered couriers) got no address while
/// others did. Devices that Apple assigns to a missing name cannot connect. A problem when a
/// tenth or more of the names fail, else a warning.
pub(super) fn dns_partial(checks: &[CheckResult], ctx: &Context<'_>) -> Option<Finding> {
    let partial: Vec<(&CheckResult, &DnsEvidence)> = checks
        .iter()
        .filter(|c| is_critical_dns(c, ctx) && c.outcome != Outcome::DnsFailed)
        .filter_map(|c| match &c.evidence {
            Evidence::Dns(d) if !d.unresolved.is_empty() && d.unresolved.len() < d.asked => {
                Some((c, d))
            }
            _ => None,
        })
        .collect();
    let (failed, asked) = partial.iter().fold((0, 0), |(f, a), (_, d)| {
        (f + d.unresolved.len(), a + d.asked)
    });
    if failed == 0 {
        return None;
    }
    let names: Vec<&str> = partial
        .iter()
        .flat_map(|(_, d)| d.unresolved.iter().map(String::as_str))
        .collect();
    let shown: Vec<&str> = names.iter().take(4).copied().collect();
    let more = if names.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    Some(Finding {
        code: Code::DnsPartial,
        severity: if failed * 10 >= asked {
            Severity::Problem
        } else {
            Severity::Warning
        },
        title: "Some of Apple's push server names don't resolve on this network.".to_string(),
        explanation: format!(
            "{failed} of the {asked} numbered push server names got no address from this network's DNS ({}{more}). Apple assigns each device to one of them: devices assigned to a missing name cannot connect, while the others work.",
            shown.join(", ")
        ),
        fix: "Make sure the network's DNS server resolves every *.push.apple.com name (1-courier.push.apple.com to 50-courier.push.apple.com); allow the whole domain in any DNS filter instead of single names.".to_string(),
        checks: ids(partial.iter().map(|(c, _)| *c)),
    })
}

/// `captive_portal`: a login page answers instead of Apple.
pub(super) fn captive(checks: &[CheckResult]) -> Option<Finding> {
    let captive: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Probe(ProbeKind::Captive))
        .filter(|c| c.outcome == Outcome::UnexpectedResponse)
        .collect();
    let first = captive.first()?;
    Some(Finding {
        code: Code::CaptivePortal,
        severity: Severity::Problem,
        title: "A Wi-Fi login page is in the way.".to_string(),
        explanation: format!(
            "Apple's test page was answered by something else ({}). Until someone logs in, iPads and Macs on this network cannot reach Apple. Other failures below may simply follow from it.",
            first.detail
        ),
        fix: "Exempt Apple devices (or captive.apple.com and *.push.apple.com) from the Wi-Fi login page, or use a network without one for managed devices.".to_string(),
        checks: ids(captive.iter().copied()),
    })
}

/// `tls_interception`: something re-signs Apple's traffic.
pub(super) fn interception(checks: &[CheckResult], ctx: &Context<'_>) -> Option<Finding> {
    let intercepted: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.outcome == Outcome::TlsUntrusted)
        .collect();
    if intercepted.is_empty() {
        return None;
    }
    let vendor = intercepted
        .iter()
        .find_map(|c| c.tls.as_ref().and_then(|t| t.vendor.clone()));
    let issuer = intercepted
        .iter()
        .find_map(|c| c.tls.as_ref().and_then(|t| t.issuer.clone()))
        .unwrap_or_else(|| "an unknown issuer".to_string());
    let hosts: BTreeSet<String> = intercepted.iter().map(|c| c.host.clone()).collect();
    let hosts: Vec<String> = hosts.into_iter().take(4).collect();
    let who = match &vendor {
        Some(v) => format!("{v} (certificate issuer \"{issuer}\")"),
        None => format!("a device on the network (certificate issuer \"{issuer}\")"),
    };
    Some(Finding {
        code: Code::TlsInterception,
        severity: Severity::Problem,
        title: "The network is decrypting Apple's traffic, which breaks push notifications."
            .to_string(),
        explanation: format!(
            "Connections to {} were answered with a certificate from {who}, not Apple's. Apple's services refuse connections that are inspected this way (SSL/TLS inspection).",
            and_list(&hosts)
        ),
        fix: format!(
            "Exempt *.push.apple.com, *.apple.com and {} from SSL/TLS inspection (decryption) on the firewall or web filter.",
            ranges_text(ctx.catalog, false)
        ),
        checks: ids(intercepted.iter().copied()),
    })
}

/// `wrong_server`: a certificate from a trusted chain, but for another name. Not decryption:
/// another server answers at Apple's address (a block page, a wrong DNS answer, a redirect).
pub(super) fn wrong_server(checks: &[CheckResult]) -> Option<Finding> {
    let wrong: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.outcome == Outcome::CertWrongName)
        .collect();
    if wrong.is_empty() {
        return None;
    }
    let hosts: BTreeSet<String> = wrong.iter().map(|c| c.host.clone()).collect();
    let hosts: Vec<String> = hosts.into_iter().take(4).collect();
    Some(Finding {
        code: Code::WrongServer,
        severity: Severity::Problem,
        title: "Another server answers in place of Apple's, so devices cannot connect.".to_string(),
        explanation: format!(
            "Connections to {} were answered with a valid certificate for a different name: not Apple's server and not decryption, but something else at that address, such as a firewall's block page or a wrong DNS answer.",
            and_list(&hosts)
        ),
        fix: "Check the firewall or web filter for a block or redirect on *.push.apple.com and *.apple.com, and the DNS for wrong answers to Apple's names; Apple's names must reach Apple's own servers.".to_string(),
        checks: ids(wrong.iter().copied()),
    })
}
