//! Outcomes → findings: the root cause first, in words a teacher understands, with the exact
//! change to ask IT for. Pure: no I/O, no clock, no printing.
//!
//! Every rule decides on typed evidence (outcomes, addresses, `via`, DNS and PAC evidence),
//! never on a check's detail text or the format of its id. This file orders the findings and
//! picks the headline; each family of findings lives in its own file.

mod clock;
mod hold;
mod ipv6;
mod mdm;
mod ports;
mod proxy;
mod reach;
mod services;
#[cfg(test)]
mod tests;

pub use clock::{CLOCK_WARNING, clock_offset};

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Endpoint, Port, ProbeKind, Role};
use crate::engine::{CheckKind, CheckResult, Outcome};
use crate::i18n::{Arg, Text};

/// How bad something is. The order is the order of worry.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
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

    /// The order of worry, worst highest: problem > warning > untested > info > ok. The
    /// overall answer is the worst finding by this order.
    pub fn worry(self) -> u8 {
        match self {
            Severity::Problem => 4,
            Severity::Warning => 3,
            Severity::Untested => 2,
            Severity::Info => 1,
            Severity::Ok => 0,
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

/// A status equals its report word (`report.overall == "problem"`).
impl PartialEq<&str> for Severity {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The finding codes of the report; stable, scripts depend on them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
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
    /// Some of the numbered courier names do not resolve.
    DnsPartial,
    /// The hold test was asked for but could not run.
    HoldUntested,
    /// IPv4 fails while IPv6 works.
    Ipv4Broken,
    /// APNs answered the provider API itself, but busy or failing (429, 500, 503).
    AppleServiceBusy,
    /// A trusted certificate for another name: another server answers for Apple's.
    WrongServer,
    /// Push Check failed inside some checks (a bug): they are untested.
    InternalError,
    /// Apple's time server does not answer (UDP 123).
    NtpBlocked,
    /// This computer has no IPv6 route: only IPv4 was tested (information).
    Ipv6Unavailable,
    /// This computer has no IPv4 route: only IPv6 was tested (information).
    Ipv4Unavailable,
    /// The school's MDM server cannot be reached from this network.
    MdmServerUnreachable,
    /// Apple devices refuse the MDM server's certificate today.
    MdmServerUntrusted,
    /// The MDM server misses the TLS rules of Apple's next releases (article 126655).
    MdmServerTlsNotReady,
    /// The MDM server meets the TLS rules of Apple's next releases (information).
    MdmServerTlsReady,
    /// The larger post-quantum ClientHello of Apple's 26 releases is dropped on the way.
    LargeHelloBlocked,
    /// The larger post-quantum ClientHello gets through (information).
    LargeHelloPasses,
}

impl Code {
    /// Every code, in the order of the enum (what generated files such as the alert rules
    /// list). A test checks it against the schema's list, so none is forgotten.
    pub const ALL: [Code; 32] = [
        Code::AllClear,
        Code::NoNetwork,
        Code::DnsFailure,
        Code::DnsOutsideAppleRange,
        Code::CaptivePortal,
        Code::DirectBlockedProxyOnly,
        Code::TlsInterception,
        Code::PortBlocked,
        Code::DeviceFallbackOnly,
        Code::ProviderApiBlocked,
        Code::PartialAllowlist,
        Code::ClockSkew,
        Code::Ipv6Broken,
        Code::IdleTimeout,
        Code::ServiceBlocked,
        Code::ProxyConfigured,
        Code::LegacyPortsClosed,
        Code::DnsPartial,
        Code::HoldUntested,
        Code::Ipv4Broken,
        Code::AppleServiceBusy,
        Code::WrongServer,
        Code::InternalError,
        Code::NtpBlocked,
        Code::Ipv6Unavailable,
        Code::Ipv4Unavailable,
        Code::MdmServerUnreachable,
        Code::MdmServerUntrusted,
        Code::MdmServerTlsNotReady,
        Code::MdmServerTlsReady,
        Code::LargeHelloBlocked,
        Code::LargeHelloPasses,
    ];

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
            Code::DnsPartial => "dns_partial",
            Code::HoldUntested => "hold_untested",
            Code::Ipv4Broken => "ipv4_broken",
            Code::AppleServiceBusy => "apple_service_busy",
            Code::WrongServer => "wrong_server",
            Code::InternalError => "internal_error",
            Code::NtpBlocked => "ntp_blocked",
            Code::Ipv6Unavailable => "ipv6_unavailable",
            Code::Ipv4Unavailable => "ipv4_unavailable",
            Code::MdmServerUnreachable => "mdm_server_unreachable",
            Code::MdmServerUntrusted => "mdm_server_untrusted",
            Code::MdmServerTlsNotReady => "mdm_server_tls_not_ready",
            Code::MdmServerTlsReady => "mdm_server_tls_ready",
            Code::LargeHelloBlocked => "large_hello_blocked",
            Code::LargeHelloPasses => "large_hello_passes",
        }
    }
}

/// A code equals its report word (`finding.code == "port_blocked"`).
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One conclusion, with the evidence behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable code.
    pub code: Code,
    /// How bad.
    pub severity: Severity,
    /// One sentence a teacher understands.
    pub title: Text,
    /// What it means, in a few plain sentences.
    pub explanation: Text,
    /// The exact change to ask IT for (empty when there is nothing to change).
    pub fix: Text,
    /// Ids of the checks that show it.
    pub checks: Vec<String>,
}

/// Everything the diagnosis concluded.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnosis {
    /// The worst severity.
    pub overall: Severity,
    /// One sentence answering the question.
    pub headline: Text,
    /// Findings, root cause first.
    pub findings: Vec<Finding>,
    /// The status of every check, by id (also of the checks in `derived`).
    pub statuses: BTreeMap<String, Severity>,
    /// Checks the diagnosis itself concluded from the others (the clock), after the run's.
    pub derived: Vec<CheckResult>,
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

/// The status of one check: what its own result means, before any root-cause reasoning.
/// Only [`diagnose`] shows it to people, settled against the findings ([`settle`]).
fn check_status(check: &CheckResult, checks: &[CheckResult], ctx: &Context<'_>) -> Severity {
    if let Some(status) = mdm::status(check, checks, ctx) {
        return status;
    }
    let endpoint = ctx.catalog.endpoint(&check.endpoint);
    let required = check.required || (ctx.legacy && is_legacy(endpoint));
    match check.outcome {
        Outcome::Ok => Severity::Ok,
        Outcome::Skipped => Severity::Untested,
        // Push Check failed inside the PAC sandbox: not tested, whatever the file.
        _ if matches!(&check.evidence, crate::engine::Evidence::Pac(p)
            if p.failure == Some(crate::engine::PacFailure::Internal)) =>
        {
            Severity::Untested
        }
        Outcome::DnsFailed if check.kind != CheckKind::Dns => Severity::Untested,
        _ if !required => Severity::Info,
        // No route over IPv6 is common and fine; over IPv4 nothing can work.
        _ if check.kind == CheckKind::Route => {
            if check.address.is_some_and(|a| a.is_ipv6()) {
                Severity::Info
            } else {
                Severity::Problem
            }
        }
        _ if endpoint.is_some_and(is_service) => Severity::Warning,
        // No time server: clocks drift slowly; a warning, not a failed push.
        _ if check.kind == CheckKind::Probe(ProbeKind::Ntp) => Severity::Warning,
        // Automatic discovery that found no PAC file: browsers and devices go direct.
        _ if check.kind == CheckKind::Pac
            && matches!(&check.evidence, crate::engine::Evidence::Pac(p) if p.found_nothing()) =>
        {
            Severity::Info
        }
        // A broken PAC file: clients following it usually fall back to DIRECT.
        _ if check.kind == CheckKind::Pac => Severity::Warning,
        // Cut only after longer than push's own quiet spells: slower pushes, not none.
        _ if check.kind == CheckKind::Hold && check.idle.is_some_and(|d| d > hold::PUSH_IDLE) => {
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
    ((endpoint.role == Role::Device && !endpoint.apple_range)
        || endpoint.probe == ProbeKind::Captive)
        && endpoint.probe != ProbeKind::Ntp
}

/// Ports as a list argument ("443 and 2197"), with their count for plural forms.
fn ports_arg(ports: &[Port]) -> Arg {
    Arg::list(ports)
}

/// A check's host as people read it: a lookup of many names says the first and how many
/// more, in the report's language.
pub fn host_label(c: &CheckResult) -> Arg {
    match &c.evidence {
        crate::engine::Evidence::Dns(d) if d.asked > 1 && !d.first.is_empty() => {
            Text::new("check-dns-hosts")
                .arg("first", d.first.clone())
                .arg("more", d.asked - 1)
                .into()
        }
        _ => Arg::Str(c.host.clone()),
    }
}

/// Turns a run's results into findings and an overall answer.
pub fn diagnose(checks: &[CheckResult], ctx: &Context<'_>) -> Diagnosis {
    let mut statuses: BTreeMap<String, Severity> = checks
        .iter()
        .map(|c| (c.id.clone(), check_status(c, checks, ctx)))
        .collect();
    let mut findings = if ctx.cancelled {
        // A run that broke inside Push Check says so; one stopped by a person says that.
        services::internal_error(checks).map_or_else(
            || {
                vec![Finding {
                    code: Code::AllClear,
                    severity: Severity::Untested,
                    title: Text::new("finding-stopped-title"),
                    explanation: Text::new("finding-stopped-explanation"),
                    fix: Text::default(),
                    checks: Vec::new(),
                }]
            },
            |f| vec![f],
        )
    } else {
        findings_for(checks, ctx)
    };
    findings.sort_by(|a, b| {
        headline_rank(b)
            .cmp(&headline_rank(a))
            .then(a.code.cmp(&b.code))
    });
    // A wrong clock here makes every certificate look invalid: it is the root cause.
    if !ctx.cancelled
        && clock::clock_explains_certificates(checks)
        && let Some(i) = findings.iter().position(|f| f.code == Code::ClockSkew)
    {
        let clock = findings.remove(i);
        findings.insert(0, clock);
    }
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
            .max_by_key(|s| s.worry())
            .unwrap_or(Severity::Untested)
    };
    // A row's light is the diagnosis' verdict on it, so the details never contradict the
    // headline: a failed check that only leads to information is not a problem.
    for (id, status) in statuses.iter_mut() {
        let citing = findings
            .iter()
            .filter(|f| f.checks.iter().any(|c| c == id))
            .map(|f| f.severity)
            .max_by_key(|s| s.worry());
        *status = settle(*status, citing, overall);
    }
    // Without a network nothing else was really tested: say so instead of forty red rows.
    if findings.iter().any(|f| f.code == Code::NoNetwork) {
        for c in checks.iter().filter(|c| c.kind != CheckKind::Route) {
            statuses.insert(c.id.clone(), Severity::Untested);
        }
    }
    let headline = findings
        .first()
        .map(|f| f.title.clone())
        .unwrap_or_else(|| Text::new("headline-nothing-tested"));
    let mut derived = Vec::new();
    if let Some((check, status)) = clock::clock_check(checks, &findings) {
        statuses.insert(check.id.clone(), status);
        derived.push(check);
    }
    Diagnosis {
        overall,
        headline,
        findings,
        statuses,
        derived,
    }
}

/// A failed check's final light: never worse than the findings that cite it, or, when none
/// does, than the overall answer; a failure is never lighter than information.
fn settle(own: Severity, citing: Option<Severity>, overall: Severity) -> Severity {
    if !matches!(own, Severity::Problem | Severity::Warning) {
        return own;
    }
    let cap = match citing.unwrap_or(overall) {
        Severity::Untested => return own,
        Severity::Ok | Severity::Info => Severity::Info,
        other => other,
    };
    if cap.worry() < own.worry() { cap } else { own }
}

/// Problems lead, then "could not test", then warnings; the all-clear comes before notes. A
/// hold test that could not run never leads: the headline says what was proven.
fn headline_rank(f: &Finding) -> u8 {
    if f.code == Code::HoldUntested {
        return 0;
    }
    match f.severity {
        Severity::Problem => 4,
        Severity::Untested => 3,
        Severity::Warning => 2,
        Severity::Ok => 1,
        Severity::Info => 0,
    }
}

/// Apple's IPv4 or IPv6 ranges as a list ("17.0.0.0/8").
pub(crate) fn ranges_text(catalog: &Catalog, v6: bool) -> Arg {
    let list: Vec<String> = catalog
        .ranges
        .all
        .iter()
        .filter(|n| matches!(n, ipnet::IpNet::V6(_)) == v6)
        .map(ToString::to_string)
        .collect();
    Arg::list(&list)
}

/// "17.0.0.0/8 (Apple; for IPv6 2620:149::/32)": the destination of a firewall rule.
fn apple_ranges_rule(catalog: &Catalog) -> Text {
    let v4 = ranges_text(catalog, false);
    let has_v6 = catalog
        .ranges
        .all
        .iter()
        .any(|n| matches!(n, ipnet::IpNet::V6(_)));
    if has_v6 {
        Text::new("ranges-rule-with-v6")
            .arg("v4", v4)
            .arg("v6", ranges_text(catalog, true))
    } else {
        Text::new("ranges-rule").arg("v4", v4)
    }
}

fn ids<'a>(checks: impl IntoIterator<Item = &'a CheckResult>) -> Vec<String> {
    let set: BTreeSet<String> = checks.into_iter().map(|c| c.id.clone()).collect();
    set.into_iter().collect()
}

/// What the outcome words of a sentence describe, so that each language can make them agree
/// in gender and number ("la porta è stata rifiutata", "le connessioni sono state rifiutate"):
/// every `outcome-*` message gets it as `$subject`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// One connection ("the connection was refused").
    Connection,
    /// Connections ("direct connections were refused").
    Connections,
    /// One port ("port 5223 was refused").
    Port,
    /// Several ports ("ports 5223 and 443 were refused").
    Ports,
    /// Addresses ("others were refused").
    Addresses,
    /// Host names, in brackets after "could not be reached".
    Hosts,
}

impl Subject {
    /// The selector key the messages read.
    fn key(self) -> &'static str {
        match self {
            Subject::Connection => "connection",
            Subject::Connections => "connections",
            Subject::Port => "port",
            Subject::Ports => "ports",
            Subject::Addresses => "addresses",
            Subject::Hosts => "hosts",
        }
    }

    /// One port or several.
    fn ports(count: usize) -> Subject {
        if count == 1 {
            Subject::Port
        } else {
            Subject::Ports
        }
    }
}

/// What happened to failed connections, as a list of words ("refused and reset"); in the
/// order of their English words, whatever the language. Each word agrees with `subject`.
fn outcome_words(checks: &[&CheckResult], subject: Subject) -> Arg {
    let set: BTreeSet<&'static str> = checks
        .iter()
        .map(|c| match c.outcome {
            Outcome::Refused => "outcome-refused",
            Outcome::Timeout => "outcome-silently-dropped",
            Outcome::Reset => "outcome-reset",
            Outcome::Unreachable => "outcome-unreachable",
            Outcome::TlsFailed => "outcome-broken-tls",
            Outcome::UnexpectedResponse => "outcome-answered-not-apple",
            Outcome::DnsFailed => "outcome-not-in-dns",
            _ => "outcome-failed",
        })
        .collect();
    Arg::List(
        set.into_iter()
            .map(|id| Arg::from(Text::new(id).arg("subject", subject.key())))
            .collect(),
    )
}

/// The checks of the school's MDM server and of the larger handshake: judged by their own
/// rules ([`mdm`]), never by those of Apple's push paths.
fn is_2026_check(c: &CheckResult) -> bool {
    matches!(
        c.kind,
        CheckKind::Mdm | CheckKind::TlsAudit | CheckKind::LargeHello
    )
}

fn findings_for(all: &[CheckResult], ctx: &Context<'_>) -> Vec<Finding> {
    // A check Push Check failed inside stays: the internal error is said once for all.
    let checks: Vec<CheckResult> = all
        .iter()
        .filter(|c| !is_2026_check(c) || matches!(c.evidence, crate::engine::Evidence::Internal(_)))
        .cloned()
        .collect();
    // Without a network nothing else can be judged.
    if let Some(f) = reach::no_network(&checks) {
        return vec![f];
    }
    let mut out = findings_of_push(&checks, ctx);
    let mut later = mdm::reach(all, ctx);
    later.extend(mdm::tls(all, ctx));
    later.extend(mdm::large_hello(all));
    if later
        .iter()
        .any(|f| matches!(f.severity, Severity::Warning | Severity::Problem))
    {
        out.retain(|f| f.code != Code::AllClear);
    }
    out.extend(later);
    out
}

/// The findings of Apple's push paths.
fn findings_of_push(checks: &[CheckResult], ctx: &Context<'_>) -> Vec<Finding> {
    // One address family failing while the other works is one cause: judge everything else
    // on the working family alone, so the failing rows do not also read as a partial
    // allow-list or blocked services.
    let Some((broken, finding)) = ipv6::family_finding(checks, ctx.catalog) else {
        return findings_on(checks, ctx);
    };
    let working: Vec<CheckResult> = checks
        .iter()
        .filter(|c| !broken.is_broken_probe(c))
        .cloned()
        .collect();
    let mut out = findings_on(&working, ctx);
    out.retain(|f| f.code != Code::AllClear);
    out.push(finding);
    out
}

/// The findings of one set of checks, root causes first.
fn findings_on(checks: &[CheckResult], ctx: &Context<'_>) -> Vec<Finding> {
    let catalog = ctx.catalog;
    let range_rule = &apple_ranges_rule(catalog);
    // Without a network nothing else can be judged.
    if let Some(f) = reach::no_network(checks) {
        return vec![f];
    }
    let mut out = Vec::new();
    out.extend(reach::dns_failure(checks, ctx));
    out.extend(reach::dns_outside(checks, ctx));
    out.extend(reach::dns_partial(checks, ctx));
    let captive = reach::captive(checks);
    let captive_found = captive.is_some();
    out.extend(captive);
    out.extend(reach::interception(checks, ctx));
    out.extend(reach::wrong_server(checks));
    // A login page explains every blocked port and service behind it.
    if !captive_found {
        for endpoint in catalog
            .endpoints
            .iter()
            .filter(|e| e.role == Role::Device && e.apple_range && e.required)
        {
            out.extend(ports::device_port_findings(checks, endpoint, range_rule));
        }
        for endpoint in catalog
            .endpoints
            .iter()
            .filter(|e| e.probe == ProbeKind::Provider && e.required)
        {
            out.extend(ports::provider_findings(checks, endpoint, range_rule));
        }
    }
    out.extend(ports::apple_busy(checks));
    out.extend(clock::clock_finding(checks));
    out.extend(clock::ntp_blocked(checks));
    out.extend(hold::idle_finding(checks, range_rule));
    out.extend(hold::hold_untested(checks));
    out.extend(proxy::proxy_finding(checks, ctx));
    if !captive_found {
        let dns_works = reach::dns_failed(checks, ctx).is_empty();
        out.extend(services::service_blocked(checks, ctx, dns_works));
    }
    out.extend(services::legacy(checks, ctx, range_rule));
    out.extend(services::internal_error(checks));
    out.extend(ipv6::family_unavailable(checks));
    let worrying = out
        .iter()
        .any(|f| matches!(f.severity, Severity::Warning | Severity::Problem));
    if !worrying {
        out.push(services::all_clear(checks, ctx));
    }
    out
}
