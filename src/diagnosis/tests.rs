//! Unit tests of the diagnosis: single causes, root-cause order, wording.

use super::*;
use crate::catalog::Hosts;
use crate::engine::{AnswerSource, DnsEvidence, Evidence, TlsInfo, Via};
use crate::words::human_duration;
use std::time::{Duration, SystemTime};

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
        nat64: None,
        via: Via::Direct,
        outcome,
        elapsed: Duration::from_millis(20),
        detail: "detail".into(),
        tls: None,
        required: e.required,
        answers: vec![],
        server_date: None,
        local_date: None,
        idle: None,
        evidence: Evidence::None,
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

/// A DNS check for which the public resolvers (the second opinion) answered `addr`.
fn with_public(mut c: CheckResult, addr: &str) -> CheckResult {
    c.evidence = Evidence::Dns(DnsEvidence {
        public_answers: vec![addr.parse().unwrap()],
        ..DnsEvidence::default()
    });
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

fn set(checks: &mut [CheckResult], endpoint: &str, port: u16, addrs: &[&str], outcome: Outcome) {
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
    for (name, mutate, code, severity) in single_causes() {
        let mut checks = healthy();
        mutate(&mut checks);
        let d = run(&checks, false);
        assert_eq!(d.findings[0].code, code, "{name}: {:?}", codes(&d));
        assert_eq!(d.overall, severity, "{name}: {:?}", codes(&d));
        assert_eq!(d.headline.en(), d.findings[0].title.en());
        for f in &d.findings {
            assert!(
                !f.title.en().is_empty() && f.title.en().ends_with('.'),
                "{name}: {}",
                f.title.en()
            );
            if matches!(f.severity, Severity::Warning | Severity::Problem) {
                assert!(!f.fix.en().is_empty(), "{name}: {:?} has no fix", f.code);
                assert!(!f.checks.is_empty(), "{name}: {:?} has no evidence", f.code);
            }
        }
    }
}

#[test]
fn wording_of_details_never_changes_a_diagnosis() {
    let decided = |d: &Diagnosis| {
        let findings: Vec<(Code, Severity, Vec<String>, String)> = d
            .findings
            .iter()
            .map(|f| (f.code, f.severity, f.checks.clone(), f.title.en().clone()))
            .collect();
        (findings, d.overall, d.statuses.clone())
    };
    for (name, mutate, _, _) in single_causes() {
        let mut checks = healthy();
        mutate(&mut checks);
        let as_given = decided(&run(&checks, false));
        for text in [
            "",
            "a public resolver answered 17.1.1.1 → PROXY x:1 → SOCKS y:1",
        ] {
            let mut reworded = checks.clone();
            for c in &mut reworded {
                c.detail = text.to_string();
            }
            assert_eq!(
                decided(&run(&reworded, false)),
                as_given,
                "{name}, detail {text:?}"
            );
        }
    }
}

type Mutate = fn(&mut Vec<CheckResult>);

/// One cause each, with the headline code and overall answer it must give.
fn single_causes() -> Vec<(&'static str, Mutate, Code, Severity)> {
    vec![
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
                c[1] = with_public(
                    dns(
                        "courier",
                        Outcome::OutsideAppleRange,
                        "answered 10.0.0.1; a public resolver answered 17.57.146.52",
                    ),
                    "17.57.146.52",
                );
            },
            Code::DnsOutsideAppleRange,
            Severity::Problem,
        ),
    ]
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
    assert!(d.headline.en().contains("DNS"));
    assert_eq!(d.statuses["courier:5223@17.57.146.52"], Severity::Untested);
}

#[test]
fn dns_filter_is_told_apart_from_dead_dns() {
    let mut checks = healthy();
    checks[1] = with_public(
        dns(
            "courier",
            Outcome::DnsFailed,
            "no address; a public resolver answered 17.57.146.52",
        ),
        "17.57.146.52",
    );
    let d = run(&checks, false);
    assert_eq!(d.findings[0].code, Code::DnsFailure);
    assert!(d.findings[0].explanation.en().contains("DNS filter"));
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
    assert!(d.findings[0].explanation.en().contains("FortiGate CA"));
    assert!(d.findings[0].fix.en().contains("SSL/TLS inspection"));
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
    assert!(d.headline.en().contains("2 h ahead"), "{}", d.headline.en());
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
            .en()
            .contains("teacher:***@proxy.school:3128")
    );
    assert!(!d.findings[0].explanation.en().contains(":pw@"));
    assert!(d.findings[0].fix.en().contains("*.push.apple.com"));
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
    via.via = Via::Proxy("http://proxy:3128".parse().unwrap());
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
    assert!(d.findings[0].explanation.en().contains("http://proxy:3128"));
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
    assert!(
        d.headline.en().contains("within 15 min"),
        "{}",
        d.headline.en()
    );
    assert!(
        d.findings[0]
            .explanation
            .en()
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
    assert!(
        d.findings[0]
            .explanation
            .en()
            .contains("stayed open for 30 min")
    );
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

fn only_role(checks: &[CheckResult], keep: Role) -> Vec<CheckResult> {
    checks
        .iter()
        .filter(|c| c.role == keep || c.role == Role::Network)
        .cloned()
        .collect()
}

#[test]
fn an_all_clear_names_only_the_side_that_was_tested() {
    let both = run(&healthy(), false);
    assert_eq!(
        both.headline.en(),
        "Apple devices can get push notifications on this network."
    );
    let server = run(&only_role(&healthy(), Role::Server), false);
    assert_eq!(server.findings[0].code, Code::AllClear);
    assert_eq!(
        server.headline.en(),
        "This MDM server can send push notifications to Apple."
    );
    let explanation = &server.findings[0].explanation.en();
    assert!(!explanation.contains("Devices reach"), "{explanation}");
    assert!(explanation.contains("devices can reach Apple was not tested"));
    let device = run(&only_role(&healthy(), Role::Device), false);
    assert_eq!(
        device.headline.en(),
        "Apple devices on this network can reach Apple's push service."
    );
    let explanation = &device.findings[0].explanation.en();
    assert!(!explanation.contains("provider API"), "{explanation}");
    assert!(explanation.contains("MDM server's connection to Apple was not tested"));
}

fn couriers_unresolved(n: usize) -> Vec<CheckResult> {
    let mut checks = healthy();
    let dns = checks.iter_mut().find(|c| c.id == "dns:courier").unwrap();
    dns.evidence = Evidence::Dns(DnsEvidence {
        asked: 50,
        resolved: 50 - n,
        unresolved: (50 - n + 1..=50)
            .map(|i| format!("{i}-courier.push.apple.com"))
            .collect(),
        ..DnsEvidence::default()
    });
    checks
}

#[test]
fn courier_names_that_do_not_resolve_are_found() {
    let d = run(&couriers_unresolved(3), false);
    assert_eq!(
        codes(&d)[0],
        (Code::DnsPartial, Severity::Warning),
        "{:?}",
        codes(&d)
    );
    assert!(d.findings[0].explanation.en().contains("3 of the 50"));
    assert!(
        d.findings[0]
            .explanation
            .en()
            .contains("48-courier.push.apple.com")
    );
    assert_eq!(d.findings[0].checks, vec!["dns:courier".to_string()]);
    // A tenth or more: devices on those names get nothing, a problem.
    let d = run(&couriers_unresolved(5), false);
    assert_eq!(codes(&d)[0], (Code::DnsPartial, Severity::Problem));
    // Every name resolving: no finding.
    let d = run(&couriers_unresolved(0), false);
    assert!(!codes(&d).iter().any(|(c, _)| *c == Code::DnsPartial));
}

fn held_ending(idle_secs: u64, outcome: Outcome, end: crate::engine::HoldEnd) -> CheckResult {
    let mut c = held(idle_secs, outcome);
    c.evidence = Evidence::Hold(end, None);
    c
}

#[test]
fn a_hold_that_never_measured_is_untested_but_the_headline_says_what_was_proven() {
    use crate::engine::HoldEnd;
    let mut checks = healthy();
    for secs in [60, 120] {
        checks.push(held_ending(secs, Outcome::Skipped, HoldEnd::ServerClosed));
    }
    let d = run(&checks, false);
    assert_eq!(d.findings[0].code, Code::AllClear, "{:?}", codes(&d));
    assert_eq!(d.overall, Severity::Untested);
    assert_eq!(d.overall.exit_code(), 3);
    let f = d
        .findings
        .iter()
        .find(|f| f.code == Code::HoldUntested)
        .unwrap();
    assert!(f.explanation.en().contains("closed every held connection"));
    // One length measured: the hold test ran.
    let mut measured = checks.clone();
    measured.push(held_ending(30, Outcome::Ok, HoldEnd::Answered));
    let d = run(&measured, false);
    assert_eq!(d.overall, Severity::Ok, "{:?}", codes(&d));
    // Stopped by the person: everything else is reported as it is.
    let mut stopped = healthy();
    stopped.push(held_ending(60, Outcome::Skipped, HoldEnd::Stopped));
    assert_eq!(run(&stopped, false).overall, Severity::Ok);
    // No path to hold: untested too, with why; a warning elsewhere still leads the answer.
    let mut no_path = healthy();
    set(&mut no_path, "provider", 443, &[], Outcome::Refused);
    no_path.push(held_ending(60, Outcome::Skipped, HoldEnd::NotTried));
    let d = run(&no_path, false);
    assert_eq!(d.findings[0].code, Code::ProviderApiBlocked);
    assert_eq!(d.overall, Severity::Warning, "{:?}", codes(&d));
    assert!(codes(&d).contains(&(Code::HoldUntested, Severity::Untested)));
}

#[test]
fn ipv4_broken_while_ipv6_works_is_its_own_cause() {
    let mut checks = healthy();
    for port in [5223, 443] {
        for (i, a) in ["2620:149:a44::1", "2620:149:a44::2"].iter().enumerate() {
            let mut c = check("courier", port, a, Outcome::Ok);
            c.id = format!("courier:{port}@v6-{i}");
            checks.push(c);
        }
    }
    let mut v6 = check("provider", 443, "2620:149:a44::9", Outcome::Ok);
    v6.id = "provider:443@v6".into();
    checks.push(v6);
    for c in checks.iter_mut() {
        if matches!(c.kind, CheckKind::Probe(_))
            && (c.endpoint == "courier" || c.endpoint == "provider")
            && c.address.is_some_and(|a| a.is_ipv4())
        {
            c.outcome = Outcome::Timeout;
        }
    }
    let d = run(&checks, false);
    let found = codes(&d);
    assert!(
        found.contains(&(Code::Ipv4Broken, Severity::Warning)),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(c, _)| matches!(
            c,
            Code::PartialAllowlist | Code::PortBlocked | Code::ProviderApiBlocked
        )),
        "{found:?}"
    );
}

#[test]
fn a_public_answer_outside_apples_ranges_proves_nothing() {
    let mut checks = healthy();
    checks[1] = with_public(
        dns("courier", Outcome::OutsideAppleRange, "answered 10.0.0.1"),
        "192.0.2.7",
    );
    let d = run(&checks, false);
    assert_eq!(d.findings[0].code, Code::DnsOutsideAppleRange);
    let explanation = &d.findings[0].explanation.en();
    assert!(!explanation.contains("public DNS server"), "{explanation}");
    assert!(explanation.contains("likely cause"), "{explanation}");
}

#[test]
fn apple_answering_busy_is_apples_state_not_a_blocked_path() {
    let mut checks = healthy();
    for c in checks.iter_mut().filter(|c| c.endpoint == "provider") {
        c.evidence = Evidence::AppleBusy {
            status: 503,
            reason: "ServiceUnavailable".into(),
        };
    }
    let d = run(&checks, false);
    assert_eq!(codes(&d)[0], (Code::AppleServiceBusy, Severity::Warning));
    assert_eq!(
        d.headline.en(),
        "Apple's provider API answered but was busy (503 ServiceUnavailable)."
    );
    assert!(
        !codes(&d)
            .iter()
            .any(|(c, _)| *c == Code::ProviderApiBlocked)
    );
}

/// The route check of the IPv6 family, towards Apple's first IPv6 range.
fn route_v6(outcome: Outcome) -> CheckResult {
    let mut c = route(outcome);
    c.id = "route:ipv6".into();
    c.address = Some("2620:149::1".parse().unwrap());
    c
}

/// Dual stack: the healthy network with IPv6 routed and every IPv6 push probe fine too.
fn dual_stack() -> Vec<CheckResult> {
    let mut checks = healthy();
    checks.push(route_v6(Outcome::Ok));
    for port in [5223, 443] {
        let mut c = check("courier", port, "2620:149:a44::1", Outcome::Ok);
        c.id = format!("courier:{port}@v6");
        checks.push(c);
    }
    checks
}

/// An IPv6-only network behind NAT64: no IPv4 route; every address is the well-known prefix
/// carrying one of Apple's IPv4 addresses.
fn ipv6_only_nat64() -> Vec<CheckResult> {
    let wkp = crate::nat64::Nat64Prefix::well_known();
    let mut checks: Vec<CheckResult> = healthy()
        .into_iter()
        .map(|mut c| {
            if let Some(std::net::IpAddr::V4(v4)) = c.address
                && matches!(c.kind, CheckKind::Probe(_))
            {
                c.address = Some(std::net::IpAddr::V6(wkp.embed(v4)));
                c.nat64 = Some(v4);
            }
            c
        })
        .collect();
    checks[0] = route(Outcome::Unreachable);
    checks.push(route_v6(Outcome::Ok));
    checks
}

#[test]
fn healthy_networks_of_every_shape_are_green() {
    // The healthy-network matrix on typed inputs (the beds and the lab run the rest).
    let ipv4_only = {
        let mut checks = healthy();
        checks.push(route_v6(Outcome::Unreachable));
        checks
    };
    for (name, checks, note) in [
        ("dual stack", dual_stack(), None),
        ("IPv4-only computer", ipv4_only, Some(Code::Ipv6Unavailable)),
        (
            "IPv6-only network with NAT64",
            ipv6_only_nat64(),
            Some(Code::Ipv4Unavailable),
        ),
    ] {
        let d = run(&checks, false);
        assert_eq!(d.overall, Severity::Ok, "{name}: {:?}", codes(&d));
        assert_eq!(d.overall.exit_code(), 0, "{name}");
        assert_eq!(
            d.findings[0].code,
            Code::AllClear,
            "{name}: {:?}",
            codes(&d)
        );
        assert!(
            !codes(&d).iter().any(|(_, s)| matches!(
                s,
                Severity::Warning | Severity::Problem | Severity::Untested
            )),
            "{name}: {:?}",
            codes(&d)
        );
        let notes: Vec<Code> = codes(&d)
            .into_iter()
            .filter(|(c, _)| matches!(c, Code::Ipv6Unavailable | Code::Ipv4Unavailable))
            .map(|(c, _)| c)
            .collect();
        assert_eq!(
            notes,
            note.into_iter().collect::<Vec<_>>(),
            "{name}: said once"
        );
        for (id, status) in &d.statuses {
            assert!(
                matches!(status, Severity::Ok | Severity::Info),
                "{name}: {id} is {status:?}"
            );
        }
    }
}

#[test]
fn only_one_family_is_said_in_plain_words() {
    let mut ipv4_only = healthy();
    ipv4_only.push(route_v6(Outcome::Unreachable));
    let d = run(&ipv4_only, false);
    let note = d
        .findings
        .iter()
        .find(|f| f.code == Code::Ipv6Unavailable)
        .unwrap();
    assert_eq!(note.severity, Severity::Info);
    assert_eq!(
        note.title.en(),
        "This computer has no IPv6 on this network; Apple devices here use IPv4."
    );
    assert_eq!(note.checks, vec!["route:ipv6".to_string()]);
    assert!(note.fix.en().is_empty());
    assert_eq!(d.statuses["route:ipv6"], Severity::Info);

    let d = run(&ipv6_only_nat64(), false);
    let note = d
        .findings
        .iter()
        .find(|f| f.code == Code::Ipv4Unavailable)
        .unwrap();
    assert!(
        note.explanation
            .en()
            .contains("NAT64 gateway (for example 17."),
        "{}",
        note.explanation.en()
    );
    // The IPv4 route check failed, but only leads to information.
    assert_eq!(d.statuses["route:ipv4"], Severity::Info);
    // Both families without a route is no network at all.
    let mut none = ipv6_only_nat64();
    for c in none.iter_mut().filter(|c| c.kind == CheckKind::Route) {
        c.outcome = Outcome::Unreachable;
    }
    for c in none
        .iter_mut()
        .filter(|c| matches!(c.kind, CheckKind::Probe(_)))
    {
        c.outcome = Outcome::Unreachable;
    }
    assert_eq!(run(&none, false).findings[0].code, Code::NoNetwork);
}

#[test]
fn no_row_is_worse_than_what_the_diagnosis_made_of_it() {
    // The details never contradict the headline: a row's light is the diagnosis' verdict.
    let mut scenarios: Vec<(&str, Vec<CheckResult>)> = single_causes()
        .into_iter()
        .map(|(name, mutate, _, _)| {
            let mut checks = dual_stack();
            mutate(&mut checks);
            (name, checks)
        })
        .collect();
    let mut v6_broken = dual_stack();
    for c in v6_broken
        .iter_mut()
        .filter(|c| c.address.is_some_and(|a| a.is_ipv6()) && c.kind != CheckKind::Route)
    {
        c.outcome = Outcome::Unreachable;
    }
    scenarios.push(("IPv6 broken", v6_broken));
    for (name, checks) in &scenarios {
        let d = run(checks, false);
        for f in &d.findings {
            for id in &f.checks {
                let Some(status) = d.statuses.get(id) else {
                    continue;
                };
                let worst_citing = d
                    .findings
                    .iter()
                    .filter(|g| g.checks.contains(id))
                    .map(|g| g.severity.worry())
                    .max()
                    .unwrap_or(0);
                if matches!(status, Severity::Problem | Severity::Warning) {
                    assert!(
                        status.worry() <= worst_citing,
                        "{name}: {id} is {status:?} while its findings say less: {:?}",
                        codes(&d)
                    );
                }
            }
        }
        for (id, status) in &d.statuses {
            if matches!(status, Severity::Problem | Severity::Warning) {
                assert!(
                    status.worry() <= d.overall.worry() || d.overall == Severity::Untested,
                    "{name}: {id} is {status:?} under an overall {:?}",
                    d.overall
                );
            }
        }
    }
    // IPv6 failing while IPv4 works is a warning, and so are its rows (not sixteen problems).
    let d = run(&scenarios.last().unwrap().1, false);
    assert_eq!(d.overall, Severity::Warning, "{:?}", codes(&d));
    assert_eq!(d.statuses["courier:5223@v6"], Severity::Warning);
}

/// The PAC check of a setting, with what running it found.
fn pac_check(
    source: crate::proxy::Source,
    outcome: Outcome,
    discovered: bool,
    failure: Option<crate::engine::PacFailure>,
    routes: Vec<(String, Vec<crate::proxy::pac::PacRoute>)>,
) -> CheckResult {
    let mut c = dns("captive", outcome, "pac detail");
    c.kind = CheckKind::Pac;
    c.id = format!("pac:{}", source.label());
    c.endpoint = "pac".into();
    use crate::proxy::pac::{Answer, Entry, HostAnswer, PacRun};
    let run = (!routes.is_empty()).then(|| PacRun {
        entry: Entry::FindProxyForUrl,
        answers: routes
            .into_iter()
            .map(|(host, routes)| HostAnswer {
                url: format!("https://{host}/"),
                host,
                result: Ok(Answer {
                    raw: "DIRECT".into(),
                    routes,
                    skipped: vec![],
                }),
            })
            .collect(),
        my_ip: "10.1.2.3".into(),
        lookups: vec![],
        alerts: vec![],
    });
    c.evidence = Evidence::Pac(crate::engine::PacEvidence {
        source,
        url: "http://wpad.school.example/wpad.dat".into(),
        error: failure.map(|_| "the failure".to_string()),
        discovered,
        failure,
        run,
    });
    c
}

#[test]
fn automatic_detection_without_a_pac_file_is_a_quiet_note() {
    use crate::engine::{FetchFailure, PacFailure};
    use crate::proxy::{ProxySetting, Source};
    let c = catalog();
    let mut detect = ProxySetting::empty(Source::WinInet);
    detect.auto_discover = true;
    let diagnosed = |proxies: &[ProxySetting], pac: CheckResult| {
        let mut checks = healthy();
        checks.push(pac);
        diagnose(
            &checks,
            &Context {
                catalog: &c,
                legacy: false,
                cancelled: false,
                proxies,
            },
        )
    };
    // Windows' default: "Automatically detect settings" on, and no WPAD on the network —
    // whichever way finding nothing shows.
    for (failure, why) in [
        (PacFailure::NoSearchDomain, "no DNS search domain"),
        (
            PacFailure::Fetch(FetchFailure::NotResolved),
            "http://wpad.school.example/wpad.dat does not resolve",
        ),
        (
            PacFailure::Fetch(FetchFailure::NoAnswer),
            "nothing answers at http://wpad.school.example/wpad.dat",
        ),
        (
            PacFailure::Fetch(FetchFailure::Status(404)),
            "answered HTTP 404",
        ),
    ] {
        let pac = pac_check(
            Source::WinInet,
            Outcome::ProxyFailed,
            true,
            Some(failure),
            vec![],
        );
        let d = diagnosed(std::slice::from_ref(&detect), pac);
        assert_eq!(d.overall, Severity::Ok, "{failure:?}: {:?}", codes(&d));
        assert_eq!(d.findings[0].code, Code::AllClear, "{:?}", codes(&d));
        let note = d
            .findings
            .iter()
            .find(|f| f.code == Code::ProxyConfigured)
            .unwrap();
        assert_eq!(note.severity, Severity::Info);
        assert_eq!(
            note.title.en(),
            "Automatic proxy detection is on but finds no proxy here, so Apple's traffic goes directly."
        );
        assert!(
            note.explanation.en().contains(why),
            "{}",
            note.explanation.en()
        );
        assert_eq!(
            d.statuses["pac:Windows Internet settings (browsers)"],
            Severity::Info
        );
    }
    // A PAC file WPAD found that is broken is still a warning: it is there, and fails.
    let broken = pac_check(
        Source::WinInet,
        Outcome::ProxyFailed,
        true,
        Some(PacFailure::Run),
        vec![],
    );
    assert_eq!(
        diagnosed(std::slice::from_ref(&detect), broken).overall,
        Severity::Warning
    );
    // A named PAC file that cannot be fetched is not "nothing found".
    let mut named = ProxySetting::empty(Source::WinInet);
    named.pac_url = Some("http://wpad.school.example/wpad.dat".into());
    let missing = pac_check(
        Source::WinInet,
        Outcome::ProxyFailed,
        false,
        Some(PacFailure::Fetch(FetchFailure::NotResolved)),
        vec![],
    );
    assert_eq!(diagnosed(&[named], missing).overall, Severity::Warning);
    // WPAD finds a PAC file sending Apple DIRECT: information, as today.
    let direct = pac_check(
        Source::WinInet,
        Outcome::Ok,
        true,
        None,
        vec![(
            "1-courier.push.apple.com".into(),
            vec![crate::proxy::pac::PacRoute::Direct],
        )],
    );
    assert_eq!(
        diagnosed(std::slice::from_ref(&detect), direct).overall,
        Severity::Ok
    );
    // Nothing found by detection, but a proxy set by hand elsewhere is in the path: warning.
    let mut manual = ProxySetting::empty(Source::WinHttp);
    manual.https = Some("http://proxy.school:3128".parse().unwrap());
    let pac = pac_check(
        Source::WinInet,
        Outcome::ProxyFailed,
        true,
        Some(PacFailure::Fetch(FetchFailure::NotResolved)),
        vec![],
    );
    let d = diagnosed(&[detect, manual], pac);
    assert_eq!(d.overall, Severity::Warning, "{:?}", codes(&d));
    let warning = d
        .findings
        .iter()
        .find(|f| f.code == Code::ProxyConfigured)
        .unwrap();
    assert!(
        warning.explanation.en().contains("found no PAC file"),
        "{}",
        warning.explanation.en()
    );
}

#[test]
fn an_mdm_certificate_is_judged_by_every_rule_devices_apply_today() {
    use crate::engine::{CertFacts, CertRejection, KeyKind, SignatureHash};
    let rules = catalog().certificates.clone();
    let day = |y: i32, m: time::Month, d: u8| {
        time::OffsetDateTime::new_utc(
            time::Date::from_calendar_date(y, m, d).unwrap(),
            time::Time::MIDNIGHT,
        )
        .unix_timestamp()
    };
    const DAY: i64 = 24 * 60 * 60;
    let good = CertFacts {
        key: KeyKind::Ec(256),
        signature: SignatureHash::Sha2(256),
        names: vec!["mdm.school.example".into()],
        names_host: true,
        not_before: day(2026, time::Month::March, 1),
        not_after: day(2026, time::Month::March, 1) + 300 * DAY,
        server_auth: Some(true),
        publicly_trusted: true,
        issuer: "R11 (Let's Encrypt)".into(),
    };
    let mut mdm = check("courier", 443, "203.0.113.10", Outcome::Ok);
    mdm.host = "mdm.school.example".into();
    let reasons = |check: &CheckResult, cert: &CertFacts| -> Vec<&'static str> {
        super::mdm::refused_today(check, cert, &rules)
            .iter()
            .map(|t| t.id)
            .collect()
    };
    // An ECC key of 256 bits with SHA-256, its name, 300 days: accepted.
    assert!(
        reasons(&mdm, &good).is_empty(),
        "{:?}",
        reasons(&mdm, &good)
    );
    // The name is not in the SAN.
    let other_name = CertFacts {
        names_host: false,
        ..good.clone()
    };
    assert_eq!(reasons(&mdm, &other_name), ["cert-reason-name"]);
    // Expired, or not valid yet, as rustls said.
    for (rejection, id) in [
        (CertRejection::Expired, "cert-reason-expired"),
        (CertRejection::NotYetValid, "cert-reason-not-yet-valid"),
    ] {
        let mut refused = mdm.clone();
        refused.tls = Some(TlsInfo {
            rejected: Some(rejection),
            ..TlsInfo::default()
        });
        assert_eq!(reasons(&refused, &good), [id]);
    }
    // MD5 is refused whatever the catalog says of SHA-1; a small RSA key too.
    let md5 = CertFacts {
        signature: SignatureHash::Md5,
        ..good.clone()
    };
    assert_eq!(reasons(&mdm, &md5), ["cert-reason-md5"]);
    let rsa_1024 = CertFacts {
        key: KeyKind::Rsa(1024),
        ..good.clone()
    };
    assert_eq!(reasons(&mdm, &rsa_1024), ["cert-reason-rsa"]);
    // Issued before 1 July 2019: no serverAuth and 900 days are still accepted.
    let old = CertFacts {
        not_before: day(2019, time::Month::June, 1),
        not_after: day(2019, time::Month::June, 1) + 900 * DAY,
        server_auth: None,
        publicly_trusted: false,
        ..good.clone()
    };
    assert!(reasons(&mdm, &old).is_empty(), "{:?}", reasons(&mdm, &old));
    // Issued since: both are refused.
    let new = CertFacts {
        not_before: day(2024, time::Month::June, 1),
        not_after: day(2024, time::Month::June, 1) + 900 * DAY,
        ..old.clone()
    };
    assert_eq!(
        reasons(&mdm, &new),
        ["cert-reason-server-auth", "cert-reason-lifetime"]
    );
    // A public certificate issued since 1 September 2020 lives at most 398 days; a school
    // CA's may live 825.
    let public_500 = CertFacts {
        not_after: good.not_before + 500 * DAY,
        ..good.clone()
    };
    assert_eq!(reasons(&mdm, &public_500), ["cert-reason-public-lifetime"]);
    let private_500 = CertFacts {
        publicly_trusted: false,
        ..public_500.clone()
    };
    assert!(reasons(&mdm, &private_500).is_empty());
}

#[test]
fn an_unreachable_mdm_server_says_who_runs_it() {
    use crate::catalog::Role;
    use crate::engine::{MdmEvidence, MdmSource, MdmStep};
    use crate::i18n::Lang;
    let server = |private: Option<bool>| {
        let mut c = check("courier", 443, "203.0.113.10", Outcome::Refused);
        c.id = "mdm:mdm.school.example:443".into();
        c.endpoint = "mdm".into();
        c.kind = CheckKind::Mdm;
        c.role = Role::Mdm;
        c.host = "mdm.school.example".into();
        c.required = true;
        c.evidence = Evidence::Mdm(Box::new(MdmEvidence {
            url: "https://mdm.school.example/".into(),
            source: MdmSource::CommandLine,
            failed_at: Some(MdmStep::Http),
            private_address: private,
            http_status: None,
            client_certificate: false,
            certificate: None,
        }));
        c
    };
    let said = |private: Option<bool>| {
        let mut checks = healthy();
        checks.push(server(private));
        let d = run(&checks, false);
        let f = d
            .findings
            .iter()
            .find(|f| f.code == Code::MdmServerUnreachable)
            .unwrap_or_else(|| panic!("{:?}", codes(&d)));
        (f.explanation.render(Lang::En), f.fix.render(Lang::En))
    };
    // A public address: the vendor's cloud, and the fix is the vendor's to make.
    let (explanation, fix) = said(Some(false));
    assert!(
        explanation.contains("your MDM vendor runs it"),
        "{explanation}"
    );
    assert!(
        fix.starts_with("Your MDM vendor (or whoever runs mdm.school.example)"),
        "{fix}"
    );
    // A private address: a server inside the school, not a vendor's.
    let (explanation, _) = said(Some(true));
    assert!(!explanation.contains("vendor runs it"), "{explanation}");
}
