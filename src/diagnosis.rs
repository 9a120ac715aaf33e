//! Outcomes → findings: the root cause first, in words a teacher understands, with the exact
//! change to ask IT for. Pure: no I/O, no clock, no printing.

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;
use std::time::Duration;

use serde::Serialize;

use crate::catalog::{Catalog, Endpoint, Port, ProbeKind, Role};
use crate::engine::{CheckKind, CheckResult, Outcome};

/// How bad something is. The order is the order of worry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Works.
    Ok,
    /// Worth knowing; nothing to fix.
    Info,
    /// Works now, but something should change.
    Warning,
    /// Push notifications fail.
    Problem,
    /// Could not be tested.
    Untested,
}

impl Severity {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Ok => "ok",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Problem => "problem",
            Severity::Untested => "untested",
        }
    }

    /// Exit status of the command line (monitoring-plugin convention).
    pub fn exit_code(self) -> i32 {
        match self {
            Severity::Ok | Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Problem => 2,
            Severity::Untested => 3,
        }
    }
}

/// The finding codes of the report; stable, scripts depend on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// Nothing is in the way.
    AllClear,
    /// No network at all.
    NoNetwork,
    /// Apple's names do not resolve.
    DnsFailure,
    /// Apple's push names resolve outside Apple's ranges.
    DnsOutsideAppleRange,
    /// A Wi-Fi login page intercepts traffic.
    CaptivePortal,
    /// Only a proxy can get out (proxy issue).
    DirectBlockedProxyOnly,
    /// TLS inspection re-signs Apple's traffic.
    TlsInterception,
    /// Push ports are blocked.
    PortBlocked,
    /// Devices only reach Apple on the 443 fallback.
    DeviceFallbackOnly,
    /// The provider API is not reachable from the MDM server.
    ProviderApiBlocked,
    /// Some Apple addresses are allowed, others not.
    PartialAllowlist,
    /// The clock is off.
    ClockSkew,
    /// IPv6 resolves but does not work.
    Ipv6Broken,
    /// The path forgets idle connections (hold test).
    IdleTimeout,
    /// Other Apple services managed devices need are blocked.
    ServiceBlocked,
    /// A proxy is configured (proxy issue).
    ProxyConfigured,
    /// The retired ports 2195/2196 are closed.
    LegacyPortsClosed,
}

impl Code {
    /// The code as written in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::AllClear => "all_clear",
            Code::NoNetwork => "no_network",
            Code::DnsFailure => "dns_failure",
            Code::DnsOutsideAppleRange => "dns_outside_apple_range",
            Code::CaptivePortal => "captive_portal",
            Code::DirectBlockedProxyOnly => "direct_blocked_proxy_only",
            Code::TlsInterception => "tls_interception",
            Code::PortBlocked => "port_blocked",
            Code::DeviceFallbackOnly => "device_fallback_only",
            Code::ProviderApiBlocked => "provider_api_blocked",
            Code::PartialAllowlist => "partial_allowlist",
            Code::ClockSkew => "clock_skew",
            Code::Ipv6Broken => "ipv6_broken",
            Code::IdleTimeout => "idle_timeout",
            Code::ServiceBlocked => "service_blocked",
            Code::ProxyConfigured => "proxy_configured",
            Code::LegacyPortsClosed => "legacy_ports_closed",
        }
    }
}

/// One conclusion, with the evidence behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable code.
    pub code: Code,
    /// How bad.
    pub severity: Severity,
    /// One sentence a teacher understands.
    pub title: String,
    /// What it means, in a few plain sentences.
    pub explanation: String,
    /// The exact change to ask IT for (empty when there is nothing to change).
    pub fix: String,
    /// Ids of the checks that show it.
    pub checks: Vec<String>,
}

/// Everything the diagnosis concluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// The worst severity.
    pub overall: Severity,
    /// One sentence answering the question.
    pub headline: String,
    /// Findings, root cause first.
    pub findings: Vec<Finding>,
    /// The status of every check, by id.
    pub statuses: BTreeMap<String, Severity>,
}

/// What the diagnosis needs beyond the results.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The catalog the run used (ranges, endpoints).
    pub catalog: &'a Catalog,
    /// The retired ports 2195/2196 count as required.
    pub legacy: bool,
    /// The run was stopped before it ended.
    pub cancelled: bool,
    /// The system's proxy settings (empty when none or not read).
    pub proxies: &'a [crate::proxy::ProxySetting],
}

/// A clock further off than this breaks certificate checks and provider tokens.
pub const CLOCK_WARNING: Duration = Duration::from_secs(5 * 60);
const CLOCK_PROBLEM: Duration = Duration::from_secs(60 * 60);

/// The status of one check: what its own result means, before any root-cause reasoning.
pub fn check_status(check: &CheckResult, ctx: &Context<'_>) -> Severity {
    let endpoint = ctx.catalog.endpoint(&check.endpoint);
    let required = check.required || (ctx.legacy && is_legacy(endpoint));
    match check.outcome {
        Outcome::Ok => Severity::Ok,
        Outcome::Skipped => Severity::Untested,
        Outcome::DnsFailed if check.kind != CheckKind::Dns => Severity::Untested,
        _ if !required => Severity::Info,
        _ if check.kind == CheckKind::Route => {
            if check.id.ends_with("ipv6") {
                Severity::Info
            } else {
                Severity::Problem
            }
        }
        _ if endpoint.is_some_and(is_service) => Severity::Warning,
        // A broken PAC file: clients following it usually fall back to DIRECT.
        _ if check.kind == CheckKind::Pac => Severity::Warning,
        // Cut only after longer than push's own quiet spells: slower pushes, not none.
        _ if check.kind == CheckKind::Hold && check.idle.is_some_and(|d| d > PUSH_IDLE) => {
            Severity::Warning
        }
        _ => Severity::Problem,
    }
}

fn is_legacy(endpoint: Option<&Endpoint>) -> bool {
    endpoint.is_some_and(|e| !e.required)
}

/// Other services devices need (enrollment, revocation, the captive page): a failure there
/// is a warning, while push itself (couriers, provider API) fails with a problem.
fn is_service(endpoint: &Endpoint) -> bool {
    (endpoint.role == Role::Device && !endpoint.apple_range) || endpoint.probe == ProbeKind::Captive
}

/// "Port 5223 was" / "Ports 5223 and 443 were".
fn ports_were(ports: &[Port]) -> String {
    if ports.len() == 1 {
        format!("Port {} was", ports[0])
    } else {
        format!("Ports {} were", and_list(ports))
    }
}

/// "port 443" / "ports 443 and 2197".
fn ports_word(ports: &[Port]) -> String {
    if ports.len() == 1 {
        format!("port {}", ports[0])
    } else {
        format!("ports {}", and_list(ports))
    }
}

/// Turns a run's results into findings and an overall answer.
pub fn diagnose(checks: &[CheckResult], ctx: &Context<'_>) -> Diagnosis {
    let mut statuses: BTreeMap<String, Severity> = checks
        .iter()
        .map(|c| (c.id.clone(), check_status(c, ctx)))
        .collect();
    let mut findings = if ctx.cancelled {
        vec![Finding {
            code: Code::AllClear,
            severity: Severity::Untested,
            title: "The test was stopped before it finished.".to_string(),
            explanation: "Nothing below is a complete answer. Run the test again and let it finish (it takes a few seconds).".to_string(),
            fix: String::new(),
            checks: Vec::new(),
        }]
    } else {
        findings_for(checks, ctx)
    };
    findings.sort_by(|a, b| {
        headline_rank(b.severity)
            .cmp(&headline_rank(a.severity))
            .then(a.code.cmp(&b.code))
    });
    let overall = if ctx.cancelled {
        Severity::Untested
    } else {
        // Information never changes the colour of the answer.
        findings
            .iter()
            .map(|f| match f.severity {
                Severity::Info => Severity::Ok,
                other => other,
            })
            .max_by_key(|s| headline_rank(*s))
            .unwrap_or(Severity::Untested)
    };
    // Without a network nothing else was really tested: say so instead of forty red rows.
    if findings.iter().any(|f| f.code == Code::NoNetwork) {
        for c in checks.iter().filter(|c| c.kind != CheckKind::Route) {
            statuses.insert(c.id.clone(), Severity::Untested);
        }
    }
    let headline = findings
        .first()
        .map(|f| f.title.clone())
        .unwrap_or_else(|| "Nothing could be tested.".to_string());
    Diagnosis {
        overall,
        headline,
        findings,
        statuses,
    }
}

/// Problems lead, then "could not test", then warnings; the all-clear comes before notes.
fn headline_rank(severity: Severity) -> u8 {
    match severity {
        Severity::Problem => 4,
        Severity::Untested => 3,
        Severity::Warning => 2,
        Severity::Ok => 1,
        Severity::Info => 0,
    }
}

/// Human list: "5223", "5223 and 443", "80, 443 and 5223".
fn and_list<T: ToString>(items: &[T]) -> String {
    let words: Vec<String> = items.iter().map(ToString::to_string).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn ranges_text(catalog: &Catalog, v6: bool) -> String {
    let list: Vec<String> = catalog
        .ranges
        .all
        .iter()
        .filter(|n| matches!(n, ipnet::IpNet::V6(_)) == v6)
        .map(ToString::to_string)
        .collect();
    and_list(&list)
}

fn apple_ranges_rule(catalog: &Catalog) -> String {
    let v4 = ranges_text(catalog, false);
    let v6 = ranges_text(catalog, true);
    if v6.is_empty() {
        format!("{v4} (Apple)")
    } else {
        format!("{v4} (Apple; for IPv6 {v6})")
    }
}

struct PortView<'a> {
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
fn by_port<'a>(checks: &'a [CheckResult], endpoint: &Endpoint) -> Vec<PortView<'a>> {
    endpoint
        .ports
        .iter()
        .map(|port| {
            let mine = checks.iter().filter(|c| {
                c.endpoint == endpoint.id
                    && c.port == Some(*port)
                    && c.via == "direct"
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
                    Outcome::DnsFailed | Outcome::Skipped | Outcome::TlsUntrusted => {}
                    _ => view.failed.push(c),
                }
            }
            view
        })
        .collect()
}

fn ids<'a>(checks: impl IntoIterator<Item = &'a CheckResult>) -> Vec<String> {
    let set: BTreeSet<String> = checks.into_iter().map(|c| c.id.clone()).collect();
    set.into_iter().collect()
}

fn outcome_words(checks: &[&CheckResult]) -> String {
    let set: BTreeSet<&str> = checks
        .iter()
        .map(|c| match c.outcome {
            Outcome::Refused => "refused",
            Outcome::Timeout => "silently dropped",
            Outcome::Reset => "reset",
            Outcome::Unreachable => "unreachable",
            Outcome::TlsFailed => "broken during encryption set-up",
            Outcome::UnexpectedResponse => "answered by something that is not Apple",
            Outcome::DnsFailed => "not found in DNS",
            _ => "failed",
        })
        .collect();
    and_list(&set.into_iter().collect::<Vec<_>>())
}

fn findings_for(checks: &[CheckResult], ctx: &Context<'_>) -> Vec<Finding> {
    // IPv6 failing while IPv4 works is one cause: judge everything else on IPv4 alone, so the
    // IPv6 rows do not also read as a partial allow-list or blocked services.
    let Some(v6) = ipv6_finding(checks, ctx.catalog) else {
        return findings_on(checks, ctx);
    };
    let v4: Vec<CheckResult> = checks
        .iter()
        .filter(|c| {
            !(matches!(c.kind, CheckKind::Probe(_)) && c.address.is_some_and(|a| a.is_ipv6()))
        })
        .cloned()
        .collect();
    let mut out = findings_on(&v4, ctx);
    out.retain(|f| f.code != Code::AllClear);
    out.push(v6);
    out
}

fn findings_on(checks: &[CheckResult], ctx: &Context<'_>) -> Vec<Finding> {
    let catalog = ctx.catalog;
    let mut out = Vec::new();
    let range_rule = apple_ranges_rule(catalog);

    // 1. No network: no route to Apple and nothing answered anywhere.
    let routes: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Route)
        .collect();
    let anything_answered = checks.iter().any(|c| {
        c.kind != CheckKind::Route && c.kind != CheckKind::Dns && c.outcome.got_an_answer()
    });
    let no_route = !routes.is_empty() && routes.iter().all(|c| c.outcome == Outcome::Unreachable);
    let nothing_resolved = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Dns)
        .all(|c| c.outcome == Outcome::DnsFailed);
    if no_route && !anything_answered {
        out.push(Finding {
            code: Code::NoNetwork,
            severity: Severity::Problem,
            title: "This computer is not connected to a network.".to_string(),
            explanation: "There is no route to the internet from here, so nothing could be tested. Check the Wi-Fi or cable, then test again.".to_string(),
            fix: "Connect this computer to the network you want to test (Wi-Fi or cable) and make sure it gets an address and a default gateway.".to_string(),
            checks: ids(routes.iter().copied()),
        });
        return out;
    }

    // 2. DNS.
    let critical_dns = |c: &&CheckResult| {
        c.kind == CheckKind::Dns
            && catalog
                .endpoint(&c.endpoint)
                .is_some_and(|e| e.required && (e.apple_range || e.role == Role::Network))
    };
    let dns_failed: Vec<&CheckResult> = checks
        .iter()
        .filter(critical_dns)
        .filter(|c| c.outcome == Outcome::DnsFailed)
        .collect();
    if !dns_failed.is_empty() {
        let public_helped = dns_failed
            .iter()
            .any(|c| c.detail.contains("a public resolver answered"));
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
        out.push(Finding {
            code: Code::DnsFailure,
            severity: Severity::Problem,
            title,
            explanation,
            fix,
            checks: ids(dns_failed.iter().copied()),
        });
    }
    let outside: Vec<&CheckResult> = checks
        .iter()
        .filter(critical_dns)
        .filter(|c| c.outcome == Outcome::OutsideAppleRange)
        .collect();
    if !outside.is_empty() {
        let public_helped = outside
            .iter()
            .any(|c| c.detail.contains("a public resolver answered"));
        let hosts: Vec<String> = outside.iter().map(|c| c.host.clone()).collect();
        out.push(Finding {
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
        });
    }

    // 3. Captive portal: a login page answers instead of Apple.
    let captive: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Probe(ProbeKind::Captive))
        .filter(|c| c.outcome == Outcome::UnexpectedResponse)
        .collect();
    let captive_found = !captive.is_empty();
    if captive_found {
        out.push(Finding {
            code: Code::CaptivePortal,
            severity: Severity::Problem,
            title: "A Wi-Fi login page is in the way.".to_string(),
            explanation: format!(
                "Apple's test page was answered by something else ({}). Until someone logs in, iPads and Macs on this network cannot reach Apple. Other failures below may simply follow from it.",
                captive[0].detail
            ),
            fix: "Exempt Apple devices (or captive.apple.com and *.push.apple.com) from the Wi-Fi login page, or use a network without one for managed devices.".to_string(),
            checks: ids(captive.iter().copied()),
        });
    }

    // 4. TLS interception.
    let intercepted: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.outcome == Outcome::TlsUntrusted)
        .collect();
    if !intercepted.is_empty() {
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
        out.push(Finding {
            code: Code::TlsInterception,
            severity: Severity::Problem,
            title: "The network is decrypting Apple's traffic, which breaks push notifications.".to_string(),
            explanation: format!(
                "Connections to {} were answered with a certificate from {who}, not Apple's. Apple's services refuse connections that are inspected this way (SSL/TLS inspection).",
                and_list(&hosts)
            ),
            fix: format!(
                "Exempt *.push.apple.com, *.apple.com and {} from SSL/TLS inspection (decryption) on the firewall or web filter.",
                ranges_text(catalog, false)
            ),
            checks: ids(intercepted.iter().copied()),
        });
    }

    // 5. Ports: devices (couriers) and the MDM server (provider API).
    if !captive_found {
        for endpoint in catalog
            .endpoints
            .iter()
            .filter(|e| e.role == Role::Device && e.apple_range && e.required)
        {
            out.extend(device_port_findings(checks, endpoint, &range_rule));
        }
        for endpoint in catalog
            .endpoints
            .iter()
            .filter(|e| e.probe == ProbeKind::Provider && e.required)
        {
            out.extend(provider_findings(checks, endpoint, &range_rule));
        }
    }

    // 6. Clock.
    if let Some(f) = clock_finding(checks) {
        out.push(f);
    }

    // 7. IPv6 resolvable but not working.
    if let Some(f) = ipv6_finding(checks, catalog) {
        out.push(f);
    }

    // 8. The hold test: quiet connections forgotten on the way.
    if let Some(f) = idle_finding(checks, &range_rule) {
        out.push(f);
    }

    // 8. A proxy on this computer.
    if let Some(f) = proxy_finding(checks, ctx) {
        out.push(f);
    }

    // 9. Other services managed devices need.
    if !captive_found {
        // Probes that ran and failed, and (when DNS as a whole works) names that did not resolve.
        let failed: Vec<&CheckResult> = checks
            .iter()
            .filter(|c| catalog.endpoint(&c.endpoint).is_some_and(is_service))
            .filter(|c| match (c.kind, c.outcome) {
                (_, Outcome::Ok | Outcome::Skipped | Outcome::TlsUntrusted) => false,
                (CheckKind::Dns, Outcome::DnsFailed) => dns_failed.is_empty(),
                (_, Outcome::DnsFailed) => false,
                (CheckKind::Probe(_), _) => true,
                _ => false,
            })
            .collect();
        if !failed.is_empty() {
            let rules: BTreeSet<String> = failed
                .iter()
                .map(|c| match c.port {
                    Some(p) => format!("{}:{p}", c.host),
                    None => c.host.clone(),
                })
                .collect();
            let rules: Vec<String> = rules.into_iter().collect();
            out.push(Finding {
                code: Code::ServiceBlocked,
                severity: Severity::Warning,
                title: "Some Apple services that managed devices need are blocked.".to_string(),
                explanation: format!(
                    "Push may work, but enrollment, activation, updates or certificate checks can fail: {} could not be reached ({}).",
                    if rules.len() > 3 {
                        format!("{} Apple hosts, among them {}", rules.len(), and_list(&rules[..3]))
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
            });
        }
    }

    // 9. The retired binary protocol.
    for endpoint in catalog.endpoints.iter().filter(|e| !e.required) {
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
        let existing = out.iter_mut().find(|f| f.code == Code::LegacyPortsClosed);
        if let Some(f) = existing {
            f.checks.extend(ids(failed.iter().copied()));
            f.checks.sort();
            continue;
        }
        out.push(if ctx.legacy {
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

    let worrying = out
        .iter()
        .any(|f| matches!(f.severity, Severity::Warning | Severity::Problem));
    let push_ok: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| matches!(c.kind, CheckKind::Probe(_)) && c.required && c.outcome == Outcome::Ok)
        .collect();
    if !worrying {
        if push_ok.is_empty() {
            out.push(Finding {
                code: Code::AllClear,
                severity: Severity::Untested,
                title: "Push Check could not test this network.".to_string(),
                explanation: "No connection to Apple could be tried, so there is no answer yet. Test again; if it keeps happening, send the report to IT.".to_string(),
                fix: String::new(),
                checks: Vec::new(),
            });
        } else {
            out.push(Finding {
                code: Code::AllClear,
                severity: Severity::Ok,
                title: "Apple devices can get push notifications on this network.".to_string(),
                explanation: format!(
                    "Devices reach Apple's push service on the ports Apple asks for, the MDM server reaches Apple's provider API, and nothing on the way decrypts or redirects the traffic ({} checks passed).{}",
                    push_ok.len(),
                    hold_note(checks)
                ),
                fix: String::new(),
                checks: ids(push_ok.iter().copied()),
            });
        }
    }
    out
}

/// Push connections sit quiet this long between messages.
const PUSH_IDLE: Duration = Duration::from_secs(15 * 60);
/// Idle timeouts shorter than this break push on some devices (Apple's guidance: 30 min).
const IDLE_ENOUGH: Duration = Duration::from_secs(30 * 60);

/// What the hold test showed when it cut nothing, for the all-clear explanation.
fn hold_note(checks: &[CheckResult]) -> String {
    let held: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Hold)
        .collect();
    let kept = held
        .iter()
        .filter(|c| c.outcome == Outcome::Ok)
        .filter_map(|c| c.idle)
        .max();
    let closed_by_server = held
        .iter()
        .filter(|c| c.outcome == Outcome::Skipped)
        .filter_map(|c| c.idle)
        .min();
    let mut note = String::new();
    if let Some(kept) = kept {
        note.push_str(&format!(
            " A quiet connection to Apple also stayed open for {}.",
            human_duration(kept.as_secs())
        ));
        if kept < PUSH_IDLE {
            note.push_str(" Push connections sit quiet for 10–15 minutes, so only a hold of 15 minutes or more shows the network keeps them that long.");
        }
    }
    if let Some(after) = closed_by_server {
        note.push_str(&format!(
            " Apple's server closed the held connection after {}, so longer quiet periods were not tested.",
            human_duration(after.as_secs())
        ));
    }
    note
}

/// `idle_timeout`: a held connection was forgotten (no PING answer) or cut (reset).
fn idle_finding(checks: &[CheckResult], range_rule: &str) -> Option<Finding> {
    let held: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Hold)
        .collect();
    let cut: Vec<&CheckResult> = held
        .iter()
        .copied()
        .filter(|c| matches!(c.outcome, Outcome::Timeout | Outcome::Reset))
        .collect();
    let first = cut
        .iter()
        .filter_map(|c| c.idle.map(|d| (d, *c)))
        .min_by_key(|(d, _)| *d)?;
    let (cut_by, check) = first;
    let kept = held
        .iter()
        .filter(|c| c.outcome == Outcome::Ok)
        .filter_map(|c| c.idle)
        .filter(|d| *d < cut_by)
        .max();
    let cut_words = human_duration(cut_by.as_secs());
    let how = if check.outcome == Outcome::Reset {
        format!("was cut off after {cut_words}")
    } else {
        format!("was quiet for {cut_words} and then got no answer at all")
    };
    let survived = match kept {
        Some(k) => format!(
            ", while one quiet for {} still worked",
            human_duration(k.as_secs())
        ),
        None => String::new(),
    };
    let path = if check.via == "direct" {
        "A firewall or NAT".to_string()
    } else {
        format!("The proxy ({}) or a firewall behind it", check.via)
    };
    let severity = if cut_by <= PUSH_IDLE {
        Severity::Problem
    } else {
        Severity::Warning
    };
    let title = if severity == Severity::Problem {
        format!(
            "The network forgets quiet connections within {cut_words}, so push notifications will be missed."
        )
    } else {
        format!(
            "The network forgets quiet connections within {cut_words}, which can delay push notifications."
        )
    };
    Some(Finding {
        code: Code::IdleTimeout,
        severity,
        title,
        explanation: format!(
            "Apple devices keep one connection to Apple's push service open, and it can carry nothing for 10–15 minutes at a time. A test connection to Apple ({}) {how}{survived}. {path} on the way forgets quiet connections too soon: devices then miss notifications until they notice and reconnect, even though every quick test passes.",
            check.host
        ),
        fix: format!(
            "Raise the TCP idle (session) timeout for connections to {range_rule} on ports 5223, 443 and 2197 to at least {} minutes (60 is safer) on every firewall, NAT and proxy between this network and the internet. Today quiet connections are dropped within {cut_words}.",
            IDLE_ENOUGH.as_secs() / 60
        ),
        checks: ids(held
            .iter()
            .copied()
            .filter(|c| c.outcome != Outcome::Skipped)),
    })
}

fn blocked_addresses(views: &[&PortView<'_>]) -> Vec<IpAddr> {
    let set: BTreeSet<IpAddr> = views
        .iter()
        .flat_map(|v| v.failed.iter().filter_map(|c| c.address))
        .collect();
    set.into_iter().collect()
}

fn device_port_findings(
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
        .filter(|c| c.endpoint == endpoint.id && c.via != "direct" && c.outcome == Outcome::Ok)
        .collect();
    if blocked_ports.len() == views.len() && !through_proxy.is_empty() {
        let failed: Vec<&CheckResult> = views
            .iter()
            .flat_map(|v| v.failed.iter().copied())
            .collect();
        let proxy = through_proxy[0].via.clone();
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

fn provider_findings(
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

/// The clock offset seen in servers' `Date` headers: local minus server, in seconds.
pub fn clock_offset(checks: &[CheckResult]) -> Option<(i64, &CheckResult)> {
    let mut readings: Vec<(i64, &CheckResult)> = checks
        .iter()
        .filter_map(|c| {
            let server = c.server_date?;
            let local = c.local_date?;
            let offset = match local.duration_since(server) {
                Ok(ahead) => i64::try_from(ahead.as_secs()).ok()?,
                Err(behind) => -i64::try_from(behind.duration().as_secs()).ok()?,
            };
            Some((offset, c))
        })
        .collect();
    readings.sort_by_key(|(o, _)| *o);
    let middle = readings.len() / 2;
    readings.get(middle).copied()
}

/// "2 h 5 min", "7 min", "40 s"; minutes rounded to the nearest (7 199 s is "2 h").
pub fn human_duration(secs: u64) -> String {
    if secs < 60 {
        return format!("{secs} s");
    }
    let minutes = (secs + 30) / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

fn clock_finding(checks: &[CheckResult]) -> Option<Finding> {
    let (offset, check) = clock_offset(checks)?;
    let off = offset.unsigned_abs();
    if off <= CLOCK_WARNING.as_secs() {
        return None;
    }
    let direction = if offset > 0 { "ahead" } else { "behind" };
    Some(Finding {
        code: Code::ClockSkew,
        severity: if off > CLOCK_PROBLEM.as_secs() {
            Severity::Problem
        } else {
            Severity::Warning
        },
        title: format!(
            "This computer's clock is {} {direction}, which breaks secure connections to Apple.",
            human_duration(off)
        ),
        explanation: format!(
            "Apple's server ({}) reported a time {} different from this computer's. Certificates and the MDM server's push tokens are only accepted with a correct clock.",
            check.host,
            human_duration(off)
        ),
        fix: "Set the clock automatically: allow outbound UDP 123 to time.apple.com (or the network's own time server) and turn on automatic date and time.".to_string(),
        checks: vec![check.id.clone()],
    })
}

fn proxy_finding(checks: &[CheckResult], ctx: &Context<'_>) -> Option<Finding> {
    let set: Vec<&crate::proxy::ProxySetting> = ctx.proxies.iter().filter(|p| p.is_set()).collect();
    if set.is_empty() {
        return None;
    }
    let push_host = ctx
        .catalog
        .couriers
        .courier_hosts()
        .into_iter()
        .next()
        .unwrap_or_default();
    // A PAC file that was run decides for its source; one that could not be run, and WPAD,
    // may send Apple's hosts anywhere.
    let pac = |p: &crate::proxy::ProxySetting| {
        checks
            .iter()
            .find(|c| c.kind == CheckKind::Pac && c.id == format!("pac:{}", p.source.label()))
    };
    let pac_problems: Vec<&CheckResult> = set
        .iter()
        .filter_map(|p| pac(p))
        .filter(|c| c.outcome != Outcome::Ok)
        .collect();
    let applies: Vec<&&crate::proxy::ProxySetting> = set
        .iter()
        .filter(|p| {
            let pac_proxies = p.pac_url.is_some()
                && pac(p).is_none_or(|c| {
                    c.outcome != Outcome::Ok
                        || c.detail.contains("→ PROXY")
                        || c.detail.contains("→ SOCKS")
                });
            p.https_proxy_for(&push_host).is_some() || pac_proxies || p.auto_discover
        })
        .collect();
    let sources: Vec<String> = set
        .iter()
        .map(|p| format!("{} ({})", p.source.label(), p.describe()))
        .collect();
    let ranges = ranges_text(ctx.catalog, false);
    let (severity, state) = if applies.is_empty() {
        (
            Severity::Info,
            "Apple's push hosts are exempt from it, as Apple asks.".to_string(),
        )
    } else {
        (
            Severity::Warning,
            "Apple's push hosts are not exempt from it, so apps and services that follow these settings send Apple traffic through the proxy.".to_string(),
        )
    };
    let state = match pac_problems.first() {
        Some(c) => format!("{state} The PAC file could not be used ({}).", c.detail),
        None => state,
    };
    Some(Finding {
        code: Code::ProxyConfigured,
        severity,
        title: if applies.is_empty() {
            "A proxy is set on this computer, and Apple's push service bypasses it.".to_string()
        } else {
            "A proxy is set on this computer and Apple's push traffic is not exempt from it."
                .to_string()
        },
        explanation: format!(
            "Found in {}. {state} Apple devices use port 5223 directly and can use a proxy only for the port 443 fallback, only if it does not decrypt, and only since iOS/iPadOS 13.4 and macOS 10.15.4 when it comes from a PAC file. This version tested every connection directly.",
            and_list(&sources)
        ),
        fix: if applies.is_empty() {
            String::new()
        } else {
            format!(
                "Exempt *.push.apple.com and {ranges} from the proxy (bypass list, or DIRECT in the PAC file), and allow them through the firewall directly."
            )
        },
        checks: ids(checks.iter().filter(|c| c.kind == CheckKind::Pac)),
    })
}

fn ipv6_finding(checks: &[CheckResult], catalog: &Catalog) -> Option<Finding> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Hosts;
    use crate::engine::{AnswerSource, TlsInfo};
    use std::time::SystemTime;

    fn catalog() -> Catalog {
        Catalog::built_in().unwrap()
    }

    fn check(endpoint: &str, port: u16, addr: &str, outcome: Outcome) -> CheckResult {
        let c = catalog();
        let e = c.endpoint(endpoint).unwrap();
        let host = match &e.hosts {
            Hosts::Couriers => "1-courier.push.apple.com".to_string(),
            Hosts::Names(n) => n[0].clone(),
        };
        CheckResult {
            id: format!("{endpoint}:{port}@{addr}"),
            endpoint: endpoint.to_string(),
            role: e.role,
            name: e.name.clone(),
            kind: CheckKind::Probe(e.probe),
            host,
            port: Some(Port(port)),
            address: Some(addr.parse().unwrap()),
            address_source: Some(AnswerSource::System),
            via: "direct".into(),
            outcome,
            elapsed: Duration::from_millis(20),
            detail: "detail".into(),
            tls: None,
            required: e.required,
            answers: vec![],
            server_date: None,
            local_date: None,
            idle: None,
        }
    }

    fn dns(endpoint: &str, outcome: Outcome, detail: &str) -> CheckResult {
        let mut c = check(endpoint, 1, "17.0.0.1", outcome);
        c.kind = CheckKind::Dns;
        c.role = Role::Network;
        c.id = format!("dns:{endpoint}");
        c.port = None;
        c.address = None;
        c.detail = detail.into();
        c
    }

    fn route(outcome: Outcome) -> CheckResult {
        let mut c = check("courier", 1, "17.0.0.1", outcome);
        c.kind = CheckKind::Route;
        c.role = Role::Network;
        c.id = "route:ipv4".into();
        c.endpoint = "route".into();
        c.required = true;
        c
    }

    const V4: [&str; 3] = ["17.57.146.52", "17.57.146.53", "17.57.146.54"];

    /// A healthy network: every probe of the built-in catalog fine.
    fn healthy() -> Vec<CheckResult> {
        let mut out = vec![route(Outcome::Ok)];
        for endpoint in ["courier", "provider", "captive", "service"] {
            out.push(dns(endpoint, Outcome::Ok, "resolved"));
        }
        for port in [5223, 443] {
            for a in V4 {
                out.push(check("courier", port, a, Outcome::Ok));
            }
        }
        out.push(check("provider", 443, "17.188.143.34", Outcome::Ok));
        out.push(check("provider", 2197, "17.188.143.34", Outcome::Ok));
        out.push(check("captive", 80, "23.1.1.1", Outcome::Ok));
        out.push(check("service", 443, "23.1.1.2", Outcome::Ok));
        out.push(check("revocation", 80, "23.1.1.3", Outcome::Ok));
        out.push(check("legacy-gateway", 2195, "17.1.1.1", Outcome::Timeout));
        out.push(check("legacy-feedback", 2196, "17.1.1.2", Outcome::Refused));
        out
    }

    fn set(
        checks: &mut [CheckResult],
        endpoint: &str,
        port: u16,
        addrs: &[&str],
        outcome: Outcome,
    ) {
        for c in checks.iter_mut() {
            if c.endpoint == endpoint
                && c.port == Some(Port(port))
                && c.address
                    .is_some_and(|a| addrs.is_empty() || addrs.contains(&a.to_string().as_str()))
            {
                c.outcome = outcome;
            }
        }
    }

    fn run(checks: &[CheckResult], legacy: bool) -> Diagnosis {
        let c = catalog();
        diagnose(
            checks,
            &Context {
                catalog: &c,
                legacy,
                cancelled: false,
                proxies: &[],
            },
        )
    }

    fn codes(d: &Diagnosis) -> Vec<(Code, Severity)> {
        d.findings.iter().map(|f| (f.code, f.severity)).collect()
    }

    #[test]
    fn table_of_single_causes() {
        type Mutate = fn(&mut Vec<CheckResult>);
        let cases: Vec<(&str, Mutate, Code, Severity)> = vec![
            ("healthy", |_| {}, Code::AllClear, Severity::Ok),
            (
                "5223 refused, 443 fine",
                |c| set(c, "courier", 5223, &[], Outcome::Refused),
                Code::DeviceFallbackOnly,
                Severity::Warning,
            ),
            (
                "both ports refused",
                |c| {
                    set(c, "courier", 5223, &[], Outcome::Refused);
                    set(c, "courier", 443, &[], Outcome::Timeout);
                },
                Code::PortBlocked,
                Severity::Problem,
            ),
            (
                "443 fallback blocked only",
                |c| set(c, "courier", 443, &[], Outcome::Timeout),
                Code::PortBlocked,
                Severity::Warning,
            ),
            (
                "some addresses refused",
                |c| set(c, "courier", 5223, &["17.57.146.53"], Outcome::Refused),
                Code::PartialAllowlist,
                Severity::Warning,
            ),
            (
                "provider blocked",
                |c| {
                    set(c, "provider", 443, &[], Outcome::UnexpectedResponse);
                    set(c, "provider", 2197, &[], Outcome::Refused);
                },
                Code::ProviderApiBlocked,
                Severity::Problem,
            ),
            (
                "provider 2197 blocked",
                |c| set(c, "provider", 2197, &[], Outcome::Timeout),
                Code::ProviderApiBlocked,
                Severity::Warning,
            ),
            (
                "captive portal",
                |c| set(c, "captive", 80, &[], Outcome::UnexpectedResponse),
                Code::CaptivePortal,
                Severity::Problem,
            ),
            (
                "service blocked",
                |c| set(c, "service", 443, &[], Outcome::Refused),
                Code::ServiceBlocked,
                Severity::Warning,
            ),
            (
                "dns outside range",
                |c| {
                    c[1] = dns(
                        "courier",
                        Outcome::OutsideAppleRange,
                        "answered 10.0.0.1; a public resolver answered 17.57.146.52",
                    );
                },
                Code::DnsOutsideAppleRange,
                Severity::Problem,
            ),
        ];
        for (name, mutate, code, severity) in cases {
            let mut checks = healthy();
            mutate(&mut checks);
            let d = run(&checks, false);
            assert_eq!(d.findings[0].code, code, "{name}: {:?}", codes(&d));
            assert_eq!(d.overall, severity, "{name}: {:?}", codes(&d));
            assert_eq!(d.headline, d.findings[0].title);
            for f in &d.findings {
                assert!(
                    !f.title.is_empty() && f.title.ends_with('.'),
                    "{name}: {}",
                    f.title
                );
                if matches!(f.severity, Severity::Warning | Severity::Problem) {
                    assert!(!f.fix.is_empty(), "{name}: {:?} has no fix", f.code);
                    assert!(!f.checks.is_empty(), "{name}: {:?} has no evidence", f.code);
                }
            }
        }
    }

    #[test]
    fn retired_ports_do_not_turn_a_healthy_network_amber() {
        let d = run(&healthy(), false);
        assert_eq!(d.overall, Severity::Ok);
        assert_eq!(
            codes(&d),
            vec![
                (Code::AllClear, Severity::Ok),
                (Code::LegacyPortsClosed, Severity::Info)
            ]
        );
        assert_eq!(d.statuses["legacy-gateway:2195@17.1.1.1"], Severity::Info);
        // Unless the user says the server still uses them.
        let d = run(&healthy(), true);
        assert_eq!(d.overall, Severity::Problem);
        assert_eq!(d.findings[0].code, Code::LegacyPortsClosed);
    }

    #[test]
    fn no_network_is_the_only_headline() {
        let mut checks: Vec<CheckResult> = healthy()
            .into_iter()
            .map(|mut c| {
                c.outcome = Outcome::DnsFailed;
                c
            })
            .collect();
        checks[0] = route(Outcome::Unreachable);
        let d = run(&checks, false);
        assert_eq!(codes(&d), vec![(Code::NoNetwork, Severity::Problem)]);
        assert_eq!(d.overall.exit_code(), 2);
    }

    #[test]
    fn broken_dns_does_not_also_blame_the_firewall() {
        let checks: Vec<CheckResult> = healthy()
            .into_iter()
            .map(|mut c| {
                if c.kind != CheckKind::Route {
                    c.outcome = Outcome::DnsFailed;
                }
                c
            })
            .collect();
        let d = run(&checks, false);
        assert_eq!(
            codes(&d),
            vec![(Code::DnsFailure, Severity::Problem)],
            "{:#?}",
            d.findings
        );
        assert!(d.headline.contains("DNS"));
        assert_eq!(d.statuses["courier:5223@17.57.146.52"], Severity::Untested);
    }

    #[test]
    fn dns_filter_is_told_apart_from_dead_dns() {
        let mut checks = healthy();
        checks[1] = dns(
            "courier",
            Outcome::DnsFailed,
            "no address; a public resolver answered 17.57.146.52",
        );
        let d = run(&checks, false);
        assert_eq!(d.findings[0].code, Code::DnsFailure);
        assert!(d.findings[0].explanation.contains("DNS filter"));
    }

    #[test]
    fn one_blocked_port_does_not_hide_another() {
        let mut checks = healthy();
        set(&mut checks, "courier", 5223, &[], Outcome::Refused);
        set(&mut checks, "provider", 2197, &[], Outcome::Refused);
        set(
            &mut checks,
            "courier",
            443,
            &["17.57.146.54"],
            Outcome::Timeout,
        );
        let d = run(&checks, false);
        let found = codes(&d);
        assert!(
            found.contains(&(Code::DeviceFallbackOnly, Severity::Warning)),
            "{found:?}"
        );
        assert!(
            found.contains(&(Code::ProviderApiBlocked, Severity::Warning)),
            "{found:?}"
        );
        assert!(
            found.contains(&(Code::PartialAllowlist, Severity::Warning)),
            "{found:?}"
        );
        assert!(!found.iter().any(|(c, _)| *c == Code::AllClear));
    }

    #[test]
    fn interception_names_the_issuer_and_is_not_a_blocked_port() {
        let mut checks = healthy();
        for c in checks
            .iter_mut()
            .filter(|c| c.endpoint == "courier" && c.port == Some(Port(443)))
        {
            c.outcome = Outcome::TlsUntrusted;
            c.tls = Some(TlsInfo {
                issuer: Some("FortiGate CA (Fortinet)".into()),
                vendor: Some("Fortinet".into()),
                ..TlsInfo::default()
            });
        }
        let d = run(&checks, false);
        assert_eq!(
            codes(&d),
            vec![
                (Code::TlsInterception, Severity::Problem),
                (Code::LegacyPortsClosed, Severity::Info)
            ]
        );
        assert!(d.findings[0].explanation.contains("FortiGate CA"));
        assert!(d.findings[0].fix.contains("SSL/TLS inspection"));
    }

    #[test]
    fn captive_portal_hides_consequent_port_failures() {
        let mut checks = healthy();
        set(&mut checks, "captive", 80, &[], Outcome::UnexpectedResponse);
        set(&mut checks, "courier", 5223, &[], Outcome::Reset);
        set(&mut checks, "courier", 443, &[], Outcome::Reset);
        let d = run(&checks, false);
        assert_eq!(d.findings[0].code, Code::CaptivePortal);
        assert!(!codes(&d).iter().any(|(c, _)| *c == Code::PortBlocked));
    }

    #[test]
    fn clock_skew_is_measured_from_server_dates() {
        let mut checks = healthy();
        let now = SystemTime::now();
        let c = checks.iter_mut().find(|c| c.endpoint == "captive").unwrap();
        c.server_date = Some(now - Duration::from_secs(2 * 3600));
        c.local_date = Some(now);
        let d = run(&checks, false);
        assert_eq!(d.findings[0].code, Code::ClockSkew);
        assert!(d.headline.contains("2 h ahead"), "{}", d.headline);
        // Two minutes off is fine.
        let c = checks.iter_mut().find(|c| c.endpoint == "captive").unwrap();
        c.server_date = Some(now - Duration::from_secs(120));
        assert_eq!(run(&checks, false).overall, Severity::Ok);
    }

    #[test]
    fn ipv6_broken_while_ipv4_works() {
        let mut checks = healthy();
        let mut v6 = check("courier", 5223, "2620:149:a44::1", Outcome::Timeout);
        v6.id = "courier:5223@v6".into();
        checks.push(v6);
        let d = run(&checks, false);
        assert!(
            codes(&d).contains(&(Code::Ipv6Broken, Severity::Warning)),
            "{:?}",
            codes(&d)
        );
    }

    #[test]
    fn stopped_run_is_untested() {
        let c = catalog();
        let d = diagnose(
            &healthy(),
            &Context {
                catalog: &c,
                legacy: false,
                cancelled: true,
                proxies: &[],
            },
        );
        assert_eq!(d.overall, Severity::Untested);
        assert_eq!(d.overall.exit_code(), 3);
    }

    #[test]
    fn nothing_tried_is_untested_not_green() {
        let checks: Vec<CheckResult> = healthy()
            .into_iter()
            .filter(|c| c.kind != CheckKind::Dns)
            .map(|mut c| {
                if c.kind != CheckKind::Route {
                    c.outcome = Outcome::Skipped;
                }
                c
            })
            .collect();
        let d = run(&checks, false);
        assert_eq!(d.overall, Severity::Untested);
    }

    #[test]
    fn proxy_configured_is_a_warning_unless_apple_is_exempt() {
        use crate::proxy::{ProxySetting, Source};
        let c = catalog();
        let mut proxy = ProxySetting::empty(Source::Environment);
        proxy.https = Some("http://teacher:pw@proxy.school:3128".parse().unwrap());
        let proxies = vec![proxy.clone()];
        let ctx = Context {
            catalog: &c,
            legacy: false,
            cancelled: false,
            proxies: &proxies,
        };
        let d = diagnose(&healthy(), &ctx);
        assert_eq!(d.findings[0].code, Code::ProxyConfigured, "{:?}", codes(&d));
        assert_eq!(d.overall, Severity::Warning);
        assert!(
            d.findings[0]
                .explanation
                .contains("teacher:***@proxy.school:3128")
        );
        assert!(!d.findings[0].explanation.contains(":pw@"));
        assert!(d.findings[0].fix.contains("*.push.apple.com"));
        proxy.bypass = vec![".push.apple.com".into()];
        let proxies = vec![proxy];
        let ctx = Context {
            catalog: &c,
            legacy: false,
            cancelled: false,
            proxies: &proxies,
        };
        let d = diagnose(&healthy(), &ctx);
        assert_eq!(d.overall, Severity::Ok);
        assert!(codes(&d).contains(&(Code::ProxyConfigured, Severity::Info)));
    }

    #[test]
    fn only_the_proxy_gets_out() {
        let mut checks = healthy();
        set(&mut checks, "courier", 5223, &[], Outcome::Timeout);
        set(&mut checks, "courier", 443, &[], Outcome::Timeout);
        let mut via = check("courier", 443, "17.57.146.52", Outcome::Ok);
        via.id = "courier:443@via http://proxy:3128".into();
        via.via = "http://proxy:3128".into();
        via.address = None;
        checks.push(via);
        let d = run(&checks, false);
        assert_eq!(
            d.findings[0].code,
            Code::DirectBlockedProxyOnly,
            "{:?}",
            codes(&d)
        );
        assert_eq!(d.overall, Severity::Problem);
        assert!(!codes(&d).iter().any(|(c, _)| *c == Code::PortBlocked));
        assert!(d.findings[0].explanation.contains("http://proxy:3128"));
        // A failed proxy path changes nothing: the ports are blocked.
        let last = checks.len() - 1;
        checks[last].outcome = Outcome::ProxyFailed;
        assert_eq!(run(&checks, false).findings[0].code, Code::PortBlocked);
    }

    #[test]
    fn durations_read_like_a_person_says_them() {
        assert_eq!(human_duration(40), "40 s");
        assert_eq!(human_duration(89), "1 min");
        assert_eq!(human_duration(90), "2 min");
        assert_eq!(human_duration(7199), "2 h");
        assert_eq!(human_duration(7500), "2 h 5 min");
    }

    fn held(idle_secs: u64, outcome: Outcome) -> CheckResult {
        let mut c = check("provider", 443, "17.188.143.34", outcome);
        c.id = format!("hold:{idle_secs}s@17.188.143.34");
        c.kind = CheckKind::Hold;
        c.role = Role::Network;
        c.idle = Some(Duration::from_secs(idle_secs));
        c
    }

    #[test]
    fn idle_timeouts_are_judged_against_push_quiet_spells() {
        // Cut within 15 minutes: push connections (quiet 10–15 min) die: a problem.
        let mut checks = healthy();
        checks.push(held(450, Outcome::Ok));
        checks.push(held(900, Outcome::Timeout));
        let d = run(&checks, false);
        assert_eq!(codes(&d)[0], (Code::IdleTimeout, Severity::Problem));
        assert!(d.headline.contains("within 15 min"), "{}", d.headline);
        assert!(
            d.findings[0]
                .explanation
                .contains("one quiet for 8 min still worked")
        );
        // Cut only after 20 minutes: some pushes late, a warning; the row agrees.
        let mut checks = healthy();
        checks.push(held(900, Outcome::Ok));
        checks.push(held(1200, Outcome::Reset));
        let d = run(&checks, false);
        assert_eq!(codes(&d)[0], (Code::IdleTimeout, Severity::Warning));
        assert_eq!(d.statuses["hold:1200s@17.188.143.34"], Severity::Warning);
        // Kept for the whole hold: all clear, and the explanation says for how long.
        let mut checks = healthy();
        checks.push(held(1800, Outcome::Ok));
        let d = run(&checks, false);
        assert_eq!(codes(&d)[0], (Code::AllClear, Severity::Ok));
        assert!(d.findings[0].explanation.contains("stayed open for 30 min"));
        // Not run at all (setup failed): no claim either way.
        let mut checks = healthy();
        checks.push(held(900, Outcome::Skipped));
        let d = run(&checks, false);
        assert!(!codes(&d).iter().any(|(c, _)| *c == Code::IdleTimeout));
    }

    #[test]
    fn all_codes_have_their_words() {
        assert_eq!(
            Code::DnsOutsideAppleRange.as_str(),
            "dns_outside_apple_range"
        );
        assert_eq!(
            serde_json::to_string(&Code::DeviceFallbackOnly).unwrap(),
            "\"device_fallback_only\""
        );
        assert_eq!(human_duration(7325), "2 h 2 min");
        assert_eq!(human_duration(420), "7 min");
    }
}
