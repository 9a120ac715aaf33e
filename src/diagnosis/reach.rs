//! Whether the network lets anything through at all, finds Apple's names, shows a login
//! page, or decrypts: the root causes that explain every other failure.

use std::collections::BTreeSet;

use super::{Code, Context, Finding, Severity, apple_ranges_rule, ids, ranges_text};
use crate::catalog::{ProbeKind, Role};
use crate::engine::{CaptiveAnswerer, CheckKind, CheckResult, DnsEvidence, Evidence, Outcome};
use crate::i18n::{Arg, Text};

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
        title: Text::new("finding-no-network-title"),
        explanation: Text::new("finding-no-network-explanation"),
        fix: Text::new("finding-no-network-fix"),
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
    let hosts: Vec<Arg> = dns_failed.iter().map(|c| super::host_label(c)).collect();
    let (title, explanation, fix) = if nothing_resolved && !public_helped {
        (
            "finding-dns-broken-title",
            "finding-dns-broken-explanation",
            "finding-dns-broken-fix",
        )
    } else if public_helped {
        (
            "finding-dns-filtered-title",
            "finding-dns-filtered-explanation",
            "finding-dns-filtered-fix",
        )
    } else {
        (
            "finding-dns-some-title",
            "finding-dns-some-explanation",
            "finding-dns-some-fix",
        )
    };
    let (title, explanation, fix) = (
        Text::new(title),
        Text::new(explanation)
            .arg("count", hosts.len())
            .arg("hosts", Arg::List(hosts)),
        Text::new(fix),
    );
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
    let hosts: Vec<Arg> = outside.iter().map(|c| super::host_label(c)).collect();
    Some(Finding {
        code: Code::DnsOutsideAppleRange,
        severity: Severity::Problem,
        title: Text::new("finding-dns-outside-title"),
        explanation: Text::new(if public_helped {
            "finding-dns-outside-explanation-rewritten"
        } else {
            "finding-dns-outside-explanation"
        })
        .arg("range", range_rule)
        .arg("hosts", Arg::List(hosts)),
        fix: Text::new("finding-dns-outside-fix"),
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
        title: Text::new("finding-dns-partial-title"),
        explanation: Text::new("finding-dns-partial-explanation")
            .arg("failed", failed)
            .arg("asked", asked)
            .arg("names", format!("{}{more}", shown.join(", "))),
        fix: Text::new("finding-dns-partial-fix"),
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
        title: Text::new("finding-captive-title"),
        explanation: Text::new("finding-captive-explanation")
            .arg("detail", captive_answerer(first)),
        fix: Text::new("finding-captive-fix"),
        checks: ids(captive.iter().copied()),
    })
}

/// What answered in place of Apple's test page, in the report's language; the check's own
/// detail line when the engine recorded nothing more.
fn captive_answerer(c: &CheckResult) -> Arg {
    match &c.evidence {
        Evidence::Captive(CaptiveAnswerer::Redirect { status, location }) => {
            Text::new("captive-redirect")
                .arg("status", status.to_string())
                .arg("location", location.clone())
                .into()
        }
        Evidence::Captive(CaptiveAnswerer::Page { status, body }) => Text::new("captive-page")
            .arg("status", status.to_string())
            .arg("body", body.clone())
            .into(),
        Evidence::Captive(CaptiveAnswerer::NotHttp { text }) => Text::new("captive-not-http")
            .arg("text", text.clone())
            .into(),
        _ => Arg::Str(c.detail.clone()),
    }
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
    let issuer: Arg = intercepted
        .iter()
        .find_map(|c| c.tls.as_ref().and_then(|t| t.issuer.clone()))
        .map_or_else(|| Text::new("finding-unknown-issuer").into(), Arg::from);
    let hosts: BTreeSet<String> = intercepted.iter().map(|c| c.host.clone()).collect();
    let hosts: Vec<String> = hosts.into_iter().take(4).collect();
    let who = match vendor {
        Some(v) => Text::new("finding-interception-vendor")
            .arg("vendor", v)
            .arg("issuer", issuer),
        None => Text::new("finding-interception-device").arg("issuer", issuer),
    };
    Some(Finding {
        code: Code::TlsInterception,
        severity: Severity::Problem,
        title: Text::new("finding-interception-title"),
        explanation: Text::new("finding-interception-explanation")
            .arg("hosts", Arg::list(&hosts))
            .arg("who", who),
        fix: Text::new("finding-interception-fix").arg("ranges", ranges_text(ctx.catalog, false)),
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
        title: Text::new("finding-wrong-server-title"),
        explanation: Text::new("finding-wrong-server-explanation").arg("hosts", Arg::list(&hosts)),
        fix: Text::new("finding-wrong-server-fix"),
        checks: ids(wrong.iter().copied()),
    })
}
