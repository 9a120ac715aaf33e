//! Prometheus alert rules for the textfile's series, generated from the finding codes, so no
//! code is without an alert path:
//!
//! - one alert per instance on the run's answer (`pushcheck_overall_severity`), naming the
//!   code of the finding that set it (`pushcheck_headline`): a problem at once (critical), a
//!   warning or a run that could not test when it lasts two hours (two hourly runs and more);
//! - per-code alerts for routing (blocked, intercepted, DNS, clock…), each carrying the
//!   finding's own severity (`critical` for a problem, `warning` for a warning);
//! - a stale file, by the file's own timestamp series (the same on node_exporter and
//!   windows_exporter).
//!
//! `examples/integrations/prometheus/pushcheck-alerts.yml` is this file, checked in; a test
//! compares them and runs `promtool test rules` with a series for every code.

use std::fmt::Write as _;

use crate::diagnosis::Code;

/// The per-code alert a finding is routed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A firewall, filter, DNS answer or login page in the way of push.
    Blocked,
    /// Encryption inspection.
    Intercepted,
    /// Names that do not resolve.
    Dns,
    /// No network at all.
    NoNetwork,
    /// This computer's clock, or Apple's time server.
    Clock,
    /// A path that forgets idle connections.
    IdleConnections,
    /// One IP version failing while the other works.
    IpVersion,
    /// Other Apple services, the retired ports.
    Services,
    /// A proxy on the way.
    Proxy,
    /// APNs itself busy.
    AppleBusy,
    /// The school's MDM server: unreachable, refused by devices, or not ready for Apple's
    /// next TLS rules.
    MdmServer,
    /// The larger post-quantum handshake of Apple's 26 releases dropped on the way.
    LargeHello,
    /// No per-code alert: the code is only ever information or all clear, or means that
    /// something could not be tested (the alert on the answer covers it).
    AnswerOnly,
}

/// Which alert routes a code. Exhaustive: a new code does not compile until it is routed.
pub fn route(code: Code) -> Route {
    match code {
        Code::PortBlocked
        | Code::DeviceFallbackOnly
        | Code::PartialAllowlist
        | Code::ProviderApiBlocked
        | Code::DirectBlockedProxyOnly
        | Code::DnsOutsideAppleRange
        | Code::CaptivePortal
        | Code::WrongServer => Route::Blocked,
        Code::TlsInterception => Route::Intercepted,
        Code::DnsFailure | Code::DnsPartial => Route::Dns,
        Code::NoNetwork => Route::NoNetwork,
        Code::ClockSkew | Code::NtpBlocked => Route::Clock,
        Code::IdleTimeout => Route::IdleConnections,
        Code::Ipv6Broken | Code::Ipv4Broken => Route::IpVersion,
        Code::ServiceBlocked | Code::LegacyPortsClosed => Route::Services,
        Code::ProxyConfigured => Route::Proxy,
        Code::AppleServiceBusy => Route::AppleBusy,
        Code::MdmServerUnreachable | Code::MdmServerUntrusted | Code::MdmServerTlsNotReady => {
            Route::MdmServer
        }
        Code::LargeHelloBlocked => Route::LargeHello,
        Code::AllClear
        | Code::MdmServerTlsReady
        | Code::LargeHelloPasses
        | Code::HoldUntested
        | Code::InternalError
        | Code::Ipv6Unavailable
        | Code::Ipv4Unavailable => Route::AnswerOnly,
    }
}

impl Route {
    /// Every route with an alert, in the file's order.
    pub const ALERTS: [Route; 12] = [
        Route::Blocked,
        Route::Intercepted,
        Route::Dns,
        Route::NoNetwork,
        Route::Clock,
        Route::IdleConnections,
        Route::IpVersion,
        Route::Services,
        Route::Proxy,
        Route::AppleBusy,
        Route::MdmServer,
        Route::LargeHello,
    ];

    /// The alert's name, summary and description (names of earlier versions kept).
    pub fn alert(self) -> Option<(&'static str, &'static str, &'static str)> {
        Some(match self {
            Route::Blocked => (
                "ApplePushBlocked",
                "Apple push is blocked or only partly allowed at {{ $labels.instance }} ({{ $labels.code }})",
                "The last Push Check run found a firewall, filter, DNS answer or login page in the way of Apple's push service. The report on that computer says what to change.",
            ),
            Route::Intercepted => (
                "ApplePushIntercepted",
                "Encryption inspection breaks Apple push at {{ $labels.instance }}",
                "Something on the network decrypts the connections to Apple. Exempt *.push.apple.com and 17.0.0.0/8 from SSL/TLS inspection.",
            ),
            Route::Dns => (
                "ApplePushDnsFailing",
                "Apple's names do not resolve at {{ $labels.instance }} ({{ $labels.code }})",
                "The network's DNS gives no address for some or all of Apple's push names. Devices cannot find Apple's push service.",
            ),
            Route::NoNetwork => (
                "PushCheckNoNetwork",
                "The Push Check computer at {{ $labels.instance }} has no network",
                "There was no route to the internet when Push Check ran: check that computer's cable or Wi-Fi.",
            ),
            Route::Clock => (
                "PushCheckClock",
                "Clock or time server trouble at {{ $labels.instance }} ({{ $labels.code }})",
                "A clock far off makes every certificate look invalid; a silent time server lets devices' clocks drift.",
            ),
            Route::IdleConnections => (
                "ApplePushIdleTimeout",
                "The network forgets quiet push connections at {{ $labels.instance }}",
                "A firewall or NAT drops idle connections sooner than Apple's push needs (30 minutes or more).",
            ),
            Route::IpVersion => (
                "ApplePushIpVersion",
                "One IP version fails towards Apple at {{ $labels.instance }} ({{ $labels.code }})",
                "Connections to Apple fail over IPv4 or IPv6 while the other works.",
            ),
            Route::Services => (
                "AppleServicesBlocked",
                "Apple services devices need are blocked at {{ $labels.instance }} ({{ $labels.code }})",
                "Enrollment, update, revocation or other Apple hosts managed devices need cannot be reached.",
            ),
            Route::Proxy => (
                "ApplePushProxy",
                "A proxy is in the way of Apple push at {{ $labels.instance }}",
                "Apple's push hosts are not exempt from a proxy set on that computer.",
            ),
            Route::AppleBusy => (
                "ApplePushServiceBusy",
                "Apple's push service answered busy at {{ $labels.instance }}",
                "The path works; APNs itself answered 429, 500 or 503. Nothing to change on the network.",
            ),
            Route::MdmServer => (
                "PushCheckMdmServer",
                "The school's MDM server fails Apple's rules or cannot be reached from {{ $labels.instance }} ({{ $labels.code }})",
                "Devices on this network cannot reach the MDM server, refuse its certificate, or will refuse its TLS after Apple's next major releases. The report names the server and what to ask its vendor.",
            ),
            Route::LargeHello => (
                "ApplePushLargeHelloBlocked",
                "The post-quantum handshake of iOS 26 is dropped at {{ $labels.instance }}",
                "A firewall or inspection box drops the 1.6 KB ClientHello of iOS, iPadOS and macOS 26 while the classic one passes. Update its firmware or turn on TCP reassembly before SNI inspection.",
            ),
            Route::AnswerOnly => return None,
        })
    }
}

/// The alert rules file.
pub fn rules() -> String {
    let mut out = String::from(
        "# Alert rules for the series of pushcheck.prom (node_exporter or windows_exporter textfile\n\
         # collector), generated by Push Check from its finding codes (src/report/alerts.rs): every\n\
         # code has an alert path. Checked by `promtool check rules` and `promtool test rules`\n\
         # (pushcheck-alerts.test.yml, and a series for every code) in this project's tests.\n\
         groups:\n  - name: pushcheck\n    rules:\n",
    );
    // The answer of the run, one alert per instance, naming the finding that set it.
    for (name, value, wait, severity, what) in [
        ("PushCheckProblem", 2, None, "critical", "Apple push fails"),
        (
            "PushCheckWarning",
            1,
            Some("2h"),
            "warning",
            "Push Check warns",
        ),
        (
            "PushCheckUntested",
            3,
            Some("2h"),
            "warning",
            "Push Check could not test",
        ),
    ] {
        let answer = format!("max by (instance) (pushcheck_overall_severity) == {value}");
        let _ = writeln!(out, "      - alert: {name}");
        let _ = writeln!(out, "        expr: |");
        let _ = writeln!(out, "          ({answer})");
        let _ = writeln!(
            out,
            "            * on (instance) group_left (code) max by (instance, code) (pushcheck_headline)"
        );
        let _ = writeln!(out, "          or on (instance)");
        let _ = writeln!(out, "          ({answer})");
        if let Some(wait) = wait {
            let _ = writeln!(out, "        for: {wait}");
        }
        let _ = writeln!(out, "        labels:");
        let _ = writeln!(out, "          severity: {severity}");
        let _ = writeln!(out, "        annotations:");
        let lasting = if wait.is_some() {
            " for two runs or more"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "          summary: \"{what} at {{{{ $labels.instance }}}}{lasting}{{{{ with $labels.code }}}} ({{{{ . }}}}){{{{ end }}}}\""
        );
        let _ = writeln!(
            out,
            "          description: \"The last Push Check run's answer{{{{ with $labels.code }}}} comes from the finding {{{{ . }}}}{{{{ end }}}}. The report on that computer says what to ask IT for.\""
        );
    }
    for route in Route::ALERTS {
        let Some((name, summary, description)) = route.alert() else {
            continue;
        };
        let codes: Vec<&str> = Code::ALL
            .iter()
            .filter(|c| self::route(**c) == route)
            .map(|c| c.as_str())
            .collect();
        let _ = writeln!(out, "      - alert: {name}");
        let _ = writeln!(
            out,
            "        expr: max by (instance, code, severity) (pushcheck_finding{{code=~\"{}\",severity=~\"problem|warning\"}}) == 1",
            codes.join("|")
        );
        let _ = writeln!(out, "        labels:");
        let _ = writeln!(
            out,
            "          severity: '{{{{ if eq $labels.severity \"problem\" }}}}critical{{{{ else }}}}warning{{{{ end }}}}'"
        );
        let _ = writeln!(out, "        annotations:");
        let _ = writeln!(out, "          summary: \"{summary}\"");
        let _ = writeln!(out, "          description: \"{description}\"");
    }
    out.push_str(
        "      - alert: PushCheckStale\n\
         \x20       expr: time() - max by (instance) (pushcheck_run_timestamp_seconds) > 3 * 3600\n\
         \x20       labels:\n\
         \x20         severity: warning\n\
         \x20       annotations:\n\
         \x20         summary: \"Push Check has not written its file at {{ $labels.instance }} for 3 hours\"\n\
         \x20         description: \"The timer or scheduled task stopped: the other alerts speak of an old run.\"\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once_and_routed() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code:?} twice in Code::ALL");
            let _ = route(code);
        }
        let schema = serde_json::to_value(schemars::schema_for!(Code)).unwrap();
        let listed = schema["oneOf"].as_array().unwrap().len();
        assert_eq!(listed, Code::ALL.len(), "Code::ALL misses a code");
        let rules = rules();
        for code in Code::ALL {
            if route(code) != Route::AnswerOnly {
                assert!(rules.contains(code.as_str()), "{code:?}");
            }
        }
    }
}
