//! The network lab: each scenario runs the real `pushcheck` binary inside a fresh network and
//! mount namespace that holds real parts of a school network — dnsmasq as the resolver (through
//! a bind-mounted /etc/resolv.conf, so the system resolver is what gets exercised), the test
//! bed's servers on Apple's real ports, an nftables firewall, Squid and mitmproxy where a
//! scenario needs them. Only loopback addresses exist in there: "Apple" is 127.0.1.0/24.
//!
//! Needs Linux, root, and `unshare`, `ip`, `nft`, `dnsmasq` (`.ci/run` installs them). Anywhere
//! else every scenario counts as ignored and says why (`tests/harness`); with
//! `PUSHCHECK_LAB_REQUIRED=1` (set by CI) a scenario that cannot run fails instead.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken lab

#[path = "../harness/mod.rs"]
mod harness;
#[path = "../testbed/mod.rs"]
mod testbed;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};

use testbed::{Captive, Run, Serve, Setup};

mod support;

use support::{Lab, in_namespace, missing, output_rules};

macro_rules! scenario {
    ($(#[$meta:meta])* $name:ident, $body:expr) => {
        $(#[$meta])*
        fn $name() {
            in_namespace(stringify!($name), $body);
        }
    };
}

fn outcomes(run: &Run, prefix: &str) -> Vec<String> {
    run.checks(prefix)
        .iter()
        .map(|c| c["outcome"].as_str().unwrap().to_string())
        .collect()
}

fn assert_headline(run: &Run, code: &str, overall: &str) {
    assert_eq!(run.headline_code(), code, "{:#}", run.json);
    assert_eq!(run.json["overall"], overall, "{:#}", run.json);
}

scenario!(all_clear, || {
    let lab = Lab::standard(&Setup::healthy());
    let run = lab.run(&[]);
    assert_headline(&run, "all_clear", "ok");
    assert_eq!(run.code, 0);
    // The names came from the system resolver (dnsmasq), not from --resolve.
    let dns = run.checks("dns:api.push.apple.com");
    assert_eq!(dns[0]["address_source"], "system", "{:#}", dns[0]);
    assert!(outcomes(&run, "courier:5223").iter().all(|o| o == "ok"));
});

scenario!(port_5223_dropped, || {
    let lab = Lab::standard(&Setup::healthy());
    lab.firewall(&output_rules(
        "    ip daddr 127.0.1.0/24 tcp dport 5223 drop",
    ));
    let started = Instant::now();
    let run = lab.run(&[]);
    assert_headline(&run, "device_fallback_only", "warning");
    // DROP: the connection attempts time out, they are not refused.
    let primary = outcomes(&run, "courier:5223");
    assert!(
        !primary.is_empty() && primary.iter().all(|o| o == "timeout"),
        "{primary:?}"
    );
    assert!(outcomes(&run, "courier:443").iter().all(|o| o == "ok"));
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
});

scenario!(ports_5223_and_443_rejected, || {
    let lab = Lab::standard(&Setup::healthy());
    lab.firewall(&output_rules(
        "    ip daddr 127.0.1.0/24 tcp dport { 5223, 443 } reject with tcp reset",
    ));
    let run = lab.run(&[]);
    assert_headline(&run, "port_blocked", "problem");
    assert_eq!(run.code, 2);
    let couriers = outcomes(&run, "courier:");
    assert!(couriers.iter().all(|o| o == "refused"), "{couriers:?}");
    let fix = run.finding("port_blocked")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(fix.contains("5223") && fix.contains("443"), "{fix}");
});

scenario!(partial_allow_list, || {
    let lab = Lab::standard(&Setup::healthy());
    // Only the first four courier addresses are on the allow-list.
    lab.firewall(&output_rules(
        "    ip daddr 127.0.1.15-127.0.1.18 tcp dport { 5223, 443 } drop",
    ));
    let run = lab.run(&[]);
    // Push works on and off (whenever a device picks an allowed server): a warning.
    assert_headline(&run, "partial_allowlist", "warning");
    let blocked = outcomes(&run, "courier:")
        .iter()
        .filter(|o| *o == "timeout")
        .count();
    assert_eq!(blocked, 8, "4 addresses × 2 ports time out");
});

scenario!(dns_answers_outside_apple, || {
    let mut lab = Lab::new();
    // The school's resolver sends courier names to a filter's block page (127.0.9.9); a
    // public resolver (127.0.0.2) still knows the truth.
    let truth = lab.records();
    let mut filtered = truth.clone();
    for (name, addrs) in &mut filtered {
        if name.contains("courier") {
            *addrs = vec![IpAddr::V4(Ipv4Addr::new(127, 0, 9, 9))];
        }
    }
    lab.dns(Ipv4Addr::LOCALHOST, &filtered);
    lab.dns(Ipv4Addr::new(127, 0, 0, 2), &truth);
    lab.bed.start(&Setup::healthy(), 0);
    let run = lab.run(&["--public-dns", "127.0.0.2"]);
    assert_headline(&run, "dns_outside_apple_range", "problem");
    // The true addresses were still probed, and they work: the firewall is not to blame.
    let couriers = run.checks("courier:5223");
    assert!(
        couriers
            .iter()
            .all(|c| c["address_source"] == "public_dns" && c["outcome"] == "ok")
    );
    assert!(!run.codes().contains(&"port_blocked".to_string()));
});

scenario!(dns_dead, || {
    let mut lab = Lab::new();
    let records = lab.records();
    lab.dns(Ipv4Addr::LOCALHOST, &records);
    lab.dns(Ipv4Addr::new(127, 0, 0, 2), &records);
    lab.bed.start(&Setup::healthy(), 0);
    // The resolver stops answering (and so does the way to any other).
    lab.firewall(&output_rules(
        "    udp dport 53 drop\n    tcp dport 53 drop",
    ));
    let started = Instant::now();
    let run = lab.run(&["--public-dns", "127.0.0.2"]);
    assert_headline(&run, "dns_failure", "problem");
    assert!(!run.codes().contains(&"port_blocked".to_string()));
    // A dead resolver costs the run's deadline, not the resolver library's retries.
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
});

scenario!(captive_portal, || {
    let mut setup = Setup::healthy();
    setup.captive = Captive::Portal;
    let lab = Lab::standard(&setup);
    let run = lab.run(&[]);
    assert_headline(&run, "captive_portal", "problem");
});

scenario!(tls_interception_on_443, || {
    let lab = Lab::standard(&Setup::healthy());
    // The firewall sends all HTTPS to Apple through its TLS inspection (a "FortiGate").
    lab.bed.serve(lab.ip(99), 443, Serve::Forti);
    lab.firewall(
        "table ip lab {\n  chain nat_out {\n    type nat hook output priority -100;\n    ip daddr 127.0.1.0/24 tcp dport 443 dnat to 127.0.1.99:443\n  }\n}\n",
    );
    let run = lab.run(&[]);
    assert_headline(&run, "tls_interception", "problem");
    let title = run.finding("tls_interception")["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        title.contains("FortiGate") || title.contains("Fortinet"),
        "{title}"
    );
    // 5223 is not inspected and still works.
    assert!(outcomes(&run, "courier:5223").iter().all(|o| o == "ok"));
});

scenario!(provider_api_blocked, || {
    let lab = Lab::standard(&Setup::healthy());
    lab.firewall(&output_rules(
        "    ip daddr 127.0.1.21 tcp dport { 443, 2197 } drop",
    ));
    let run = lab.run(&[]);
    assert_headline(&run, "provider_api_blocked", "problem");
    assert!(outcomes(&run, "courier:").iter().all(|o| o == "ok"));
});

scenario!(everything_blackholed, || {
    let lab = Lab::standard(&Setup::healthy());
    lab.firewall(&output_rules("    ip daddr 127.0.1.0/24 drop"));
    let started = Instant::now();
    let run = lab.run(&["--timeout", "3"]);
    let took = started.elapsed();
    assert_headline(&run, "port_blocked", "problem");
    assert!(outcomes(&run, "courier:").iter().all(|o| o == "timeout"));
    // Bounded by the timeout, however many probes hang.
    assert!(
        took <= Duration::from_secs(4),
        "took {took:?} with --timeout 3"
    );
});

scenario!(server_clock_two_hours_off, || {
    let mut setup = Setup::healthy();
    setup.captive = Captive::Success(2 * 3600);
    let lab = Lab::standard(&setup);
    let run = lab.run(&[]);
    assert_headline(&run, "clock_skew", "problem");
    let title = run.finding("clock_skew")["title"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(title.contains("2 h"), "{title}");
});

scenario!(only_the_proxy_gets_out, || {
    let mut lab = Lab::standard(&Setup::healthy());
    // Only Squid (running as user "proxy") may reach Apple; everything else is dropped.
    lab.firewall(&output_rules(
        "    ip daddr 127.0.1.0/24 meta skuid != \"proxy\" drop",
    ));
    let hosts: Vec<(&str, Ipv4Addr)> = Vec::new();
    let Some(squid) = lab.bed.squid(Ipv4Addr::new(127, 0, 0, 3), &[443], &hosts) else {
        return missing("Squid (apt install squid)");
    };
    lab.bed.env.push(("https_proxy".into(), squid.url.clone()));
    let run = lab.run(&[]);
    assert_headline(&run, "direct_blocked_proxy_only", "problem");
    let via: Vec<_> = run.json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["via"] != "direct" && c["outcome"] == "ok")
        .collect();
    assert!(
        !via.is_empty(),
        "something got through the proxy: {:#}",
        run.json
    );
    drop(squid);
});

scenario!(decrypting_proxy, || {
    let mut lab = Lab::standard(&Setup::healthy());
    let hosts = [
        ("api.push.apple.com", lab.ip(21)),
        ("1-courier.push.apple.com", lab.ip(11)),
    ];
    let Some(mitm) = lab.bed.mitmproxy(Ipv4Addr::new(127, 0, 0, 4), &hosts) else {
        return missing("mitmproxy (pip install mitmproxy)");
    };
    lab.bed.env.push(("https_proxy".into(), mitm.url.clone()));
    let run = lab.run(&["--timeout", "8"]);
    assert_headline(&run, "tls_interception", "problem");
    let explanation = run.finding("tls_interception")["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        explanation.to_lowercase().contains("mitmproxy"),
        "{explanation}"
    );
    drop(mitm);
});

scenario!(ipv6_resolvable_but_unreachable, || {
    let mut lab = Lab::new();
    // Every Apple name also has an IPv6 address (::1 here), which the firewall drops.
    let mut records = lab.records();
    for (_, addrs) in &mut records {
        addrs.push(IpAddr::V6(Ipv6Addr::LOCALHOST));
    }
    lab.dns(Ipv4Addr::LOCALHOST, &records);
    lab.bed.start(&Setup::healthy(), 0);
    lab.firewall(&output_rules(
        "    ip6 daddr ::1 tcp dport { 80, 443, 2197, 5223 } drop",
    ));
    let run = lab.run(&["--apple-range", "127.0.1.0/24", "--apple-range", "::1/128"]);
    assert_headline(&run, "ipv6_broken", "warning");
    let v6: Vec<_> = run.json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["address"] == "::1")
        .filter(|c| {
            let id = c["id"].as_str().unwrap();
            id.starts_with("courier:") || id.starts_with("provider:")
        })
        .map(|c| c["outcome"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !v6.is_empty() && v6.iter().all(|o| o == "timeout"),
        "{v6:?}"
    );
});

scenario!(firewall_forgets_idle_connections, || {
    let lab = Lab::standard(&Setup::healthy());
    // A stateful firewall whose TCP sessions to Apple expire after 3 s of quiet (a conntrack
    // timeout policy), and which drops packets of sessions it no longer knows.
    lab.firewall(
        "table inet lab {\n\
         \x20 ct timeout quick {\n    protocol tcp\n    l3proto ip\n    policy = { established: 3 }\n  }\n\
         \x20 chain out {\n    type filter hook output priority 0; policy accept;\n\
         \x20   ip daddr 127.0.1.0/24 ct state new ct timeout set \"quick\"\n\
         \x20   ip daddr 127.0.1.0/24 ct state established,related accept\n\
         \x20   ip daddr 127.0.1.0/24 ct state new tcp flags & (syn | ack) == syn accept\n\
         \x20   ip daddr 127.0.1.0/24 drop\n  }\n}\n",
    );
    let run = lab.run(&["--hold", "8"]);
    assert_headline(&run, "idle_timeout", "problem");
    let held = run.checks("hold:");
    assert!(
        held.iter()
            .any(|c| c["idle_ms"].as_u64().unwrap_or(0) < 3000 && c["outcome"] == "ok"),
        "{held:#?}"
    );
    assert!(held.iter().any(|c| c["outcome"] == "timeout"), "{held:#?}");
    let title = run.finding("idle_timeout")["title"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(title.contains("within 4 s"), "{title}");
    // Every quick check passed: only the hold test sees this firewall.
    assert!(outcomes(&run, "courier:").iter().all(|o| o == "ok"));
    assert!(outcomes(&run, "provider:").iter().all(|o| o == "ok"));
});

/// Turns on automatic proxy discovery in the bed's KDE settings.
fn auto_discover(lab: &Lab) {
    let config = lab.bed.dir.path().join(".config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("kioslaverc"), "[Proxy Settings]\nProxyType=3\n").unwrap();
}

/// A healthy lab whose search domain is school.example, with wpad.school.example at .90.
fn school_example_with_wpad() -> Lab {
    let mut lab = Lab::new();
    let resolv = lab.bed.dir.path().join("resolv.conf");
    std::fs::write(&resolv, "nameserver 127.0.0.1\nsearch school.example\n").unwrap();
    let mut records = lab.records();
    records.push(("wpad.school.example".into(), vec![lab.ip(90).into()]));
    lab.dns(Ipv4Addr::LOCALHOST, &records);
    lab.bed.start(&Setup::healthy(), 0);
    lab
}

scenario!(wpad_finds_the_pac_file_at_wpad_of_the_search_domain, || {
    // Automatic discovery on, search domain school.example: the PAC file is fetched from
    // http://wpad.school.example/wpad.dat, which the network's DNS names.
    let lab = school_example_with_wpad();
    let pac = lab.bed.serve_pac(
        lab.ip(90),
        80,
        "function FindProxyForURL(u, h) { return dnsDomainIs(h, '.apple.com') ? 'DIRECT' : 'PROXY 127.0.1.60:3128'; }",
    );
    assert!(pac.starts_with("http://127.0.1.90:80/"));
    auto_discover(&lab);
    let run = lab.run(&[]);
    let checks = run.checks("pac:");
    assert_eq!(checks.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(checks[0]["outcome"], "ok", "{:#}", checks[0]);
    assert_eq!(checks[0]["host"], "http://wpad.school.example/wpad.dat");
    assert!(
        checks[0]["detail"]
            .as_str()
            .unwrap()
            .contains("api.push.apple.com -> DIRECT"),
        "{:#}",
        checks[0]
    );
    // The discovered file sends Apple DIRECT: the proxy is a note, push is all clear.
    assert_eq!(
        run.finding("proxy_configured")["severity"],
        "info",
        "{:#}",
        run.json
    );
    assert_headline(&run, "all_clear", "ok");
});

scenario!(wpad_asks_dhcp_option_252_before_the_search_domain, || {
    // The DHCP lease (systemd-networkd's, as the OS keeps it) names a PAC file through option
    // 252, and wpad.<search domain> has another: browsers take DHCP's, and so does the run.
    let lab = school_example_with_wpad();
    let direct = "function FindProxyForURL(u, h) { return 'DIRECT'; }";
    lab.bed.serve_pac(lab.ip(90), 80, direct);
    let dhcp = lab.bed.serve_pac(lab.ip(91), 80, direct);
    // This namespace's own /run, with the lease in it.
    support::sh("mount", &["-t", "tmpfs", "tmpfs", "/run"]);
    std::fs::create_dir_all("/run/systemd/netif/leases").unwrap();
    let hex: String = dhcp.bytes().map(|b| format!("{b:02x}")).collect();
    std::fs::write(
        "/run/systemd/netif/leases/2",
        format!("# This is private data. Do not parse.\nADDRESS=127.0.0.2\nOPTION_252={hex}\n"),
    )
    .unwrap();
    auto_discover(&lab);
    let run = lab.run(&[]);
    let checks = run.checks("pac:");
    assert_eq!(checks.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(checks[0]["host"], dhcp.as_str(), "{:#}", checks[0]);
    assert_eq!(checks[0]["outcome"], "ok", "{:#}", checks[0]);
    assert_headline(&run, "all_clear", "ok");
});

scenario!(wpad_without_a_search_domain_says_so, || {
    let lab = Lab::standard(&Setup::healthy());
    auto_discover(&lab);
    let run = lab.run(&[]);
    let checks = run.checks("pac:");
    assert_eq!(checks.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(checks[0]["outcome"], "proxy_failed");
    assert!(
        checks[0]["detail"]
            .as_str()
            .unwrap()
            .contains("no DNS search domain"),
        "{:#}",
        checks[0]
    );
    // Discovery with nowhere to look finds no PAC file, so browsers and devices go direct:
    // a note, with the line in it, and all clear.
    let finding = run.finding("proxy_configured");
    assert_eq!(finding["severity"], "info");
    assert_headline(&run, "all_clear", "ok");
    assert!(
        finding["explanation"]
            .as_str()
            .unwrap()
            .contains("no DNS search domain"),
        "{finding:#}"
    );
});

scenario!(some_courier_names_do_not_resolve, || {
    // The network's DNS filter knows 40 of the 50 numbered courier names.
    let mut lab = Lab::new();
    let records: Vec<_> = lab
        .records()
        .into_iter()
        .filter(|(name, _)| {
            name.split_once("-courier.")
                .and_then(|(n, _)| n.parse::<u8>().ok())
                .is_none_or(|n| n <= 40)
        })
        .collect();
    lab.dns(Ipv4Addr::LOCALHOST, &records);
    lab.bed.start(&Setup::healthy(), 0);
    let run = lab.run(&[]);
    // A fifth of the names: devices assigned to them get nothing, a problem.
    assert_headline(&run, "dns_partial", "problem");
    let explanation = run.finding("dns_partial")["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(explanation.contains("10 of the 50"), "{explanation}");
    assert!(
        explanation.contains("41-courier.push.apple.com"),
        "{explanation}"
    );
    // The names that resolved were probed and work: no port is blamed.
    assert!(outcomes(&run, "courier:5223").iter().all(|o| o == "ok"));
    assert!(!run.codes().contains(&"port_blocked".to_string()));
});

scenario!(a_small_resolver_is_not_flooded, || {
    // A school router's resolver: it forwards at most 150 queries at once and drops the rest
    // (dnsmasq's default), each answer 20 ms away. A catalog of 200 numbered couriers: asked
    // all at once (444 queries, A and AAAA), it would drop most of them and the names would
    // fail for want of an answer, a false alarm.
    const COURIERS: u8 = 200;
    let lab = Lab::new();
    let mut answers: Vec<(String, Ipv4Addr)> = lab
        .records()
        .into_iter()
        .filter(|(name, _)| !name.ends_with("-courier.push.apple.com"))
        .filter_map(|(name, addrs)| match addrs.first() {
            Some(IpAddr::V4(v4)) => Some((name, *v4)),
            _ => None,
        })
        .collect();
    for n in 1..=COURIERS {
        let ip = lab.bed.courier_ip(0, (n - 1) % testbed::COURIER_ADDRS);
        answers.push((format!("{n}-courier.push.apple.com"), ip));
    }
    let (peak, dropped) =
        lab.bed
            .small_resolver(Ipv4Addr::LOCALHOST, answers, 150, Duration::from_millis(20));
    lab.bed.start(&Setup::healthy(), 0);
    let mut catalog: toml::Value =
        toml::from_str(&std::fs::read_to_string(&lab.bed.catalog_file).unwrap()).unwrap();
    catalog["couriers"]["last"] = toml::Value::Integer(i64::from(COURIERS));
    std::fs::write(&lab.bed.catalog_file, toml::to_string(&catalog).unwrap()).unwrap();
    let run = lab.run(&[]);
    let dropped = dropped.load(std::sync::atomic::Ordering::SeqCst);
    let peak = peak.load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(
        dropped, 0,
        "the resolver dropped queries (at most {peak} held at once)"
    );
    assert!(peak <= 100, "{peak} queries asked at once");
    let dns = run.checks("dns:couriers");
    assert_eq!(dns[0]["outcome"], "ok", "{:#}", dns[0]);
    assert_headline(&run, "all_clear", "ok");
});

// The healthy-network matrix, the rows that need a namespace (the rest: tests/healthy.rs).
// Each must end green: exit 0, nothing worse than a note. (WPAD finding a PAC file that sends
// Apple DIRECT is `wpad_finds_the_pac_file_at_wpad_of_the_search_domain` above.)

fn assert_green(run: &Run) {
    assert_eq!(run.code, 0, "{:#}", run.json["findings"]);
    assert_headline(run, "all_clear", "ok");
    for check in run.json["checks"].as_array().unwrap() {
        assert!(
            matches!(check["status"].as_str(), Some("ok" | "info")),
            "{check:#}"
        );
    }
}

scenario!(healthy_ipv4_only_computer, || {
    let mut lab = Lab::new();
    // Apple's names answer AAAA records too (::1 here), as they do everywhere, but this
    // computer has no IPv6 at all: most school computers.
    let mut records = lab.records();
    for (_, addrs) in &mut records {
        addrs.push(IpAddr::V6(Ipv6Addr::LOCALHOST));
    }
    lab.dns(Ipv4Addr::LOCALHOST, &records);
    lab.bed.start(&Setup::healthy(), 0);
    support::sh("sysctl", &["-q", "-w", "net.ipv6.conf.all.disable_ipv6=1"]);
    support::sh("sysctl", &["-q", "-w", "net.ipv6.conf.lo.disable_ipv6=1"]);
    let run = lab.run(&["--apple-range", "127.0.1.0/24", "--apple-range", "::1/128"]);
    assert_green(&run);
    assert_eq!(run.finding("ipv6_unavailable")["severity"], "info");
    assert!(!run.codes().contains(&"ipv6_broken".to_string()));
    // The IPv6 answers were seen, but not probed.
    let dns = run.checks("dns:couriers");
    assert!(
        dns[0]["answers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "::1"),
        "{:#}",
        dns[0]
    );
    let probed_v6 = run.json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["address"] == "::1" && c["probe"] != "route")
        .count();
    assert_eq!(probed_v6, 0);
    // Monitoring counts no IPv6 family as failing.
    let prom = lab.bed.dir.path().join("pushcheck.prom");
    let run = lab.run(&[
        "--apple-range",
        "127.0.1.0/24",
        "--apple-range",
        "::1/128",
        "--output",
        prom.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0);
    let text = std::fs::read_to_string(&prom).unwrap();
    assert!(
        !text
            .lines()
            .any(|l| l.starts_with("pushcheck_check_ok{") && l.ends_with(" 0")),
        "{text}"
    );
});

scenario!(healthy_auto_detect_without_wpad, || {
    // Windows' default, and a common choice on KDE and GNOME: detect settings
    // automatically, on a network that has no WPAD host (wpad.school.example does not resolve).
    let lab = Lab::standard(&Setup::healthy());
    let resolv = lab.bed.dir.path().join("resolv.conf");
    std::fs::write(&resolv, "nameserver 127.0.0.1\nsearch school.example\n").unwrap();
    auto_discover(&lab);
    let run = lab.run(&[]);
    assert_green(&run);
    let pac = run.checks("pac:");
    assert_eq!(pac.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(pac[0]["host"], "http://wpad.school.example/wpad.dat");
    let note = run.finding("proxy_configured");
    assert_eq!(note["severity"], "info");
    assert!(
        note["explanation"]
            .as_str()
            .unwrap()
            .contains("found no PAC file"),
        "{note:#}"
    );
});

/// The lab can run here: Linux, root, namespaces and its programs (or this is the run inside
/// the namespace already).
const LAB: harness::Need = || {
    if support::inside() {
        return Ok(());
    }
    support::cannot_run().map_or(Ok(()), Err)
};
const SQUID: harness::Need = || {
    support::find("squid")
        .map(|_| ())
        .ok_or_else(|| "Squid is not installed (.ci/run installs squid)".to_string())
};
const MITMPROXY: harness::Need = || harness::program("mitmdump", "mitmproxy (pip)");

fn main() {
    harness::run(
        &["PUSHCHECK_LAB_REQUIRED"],
        vec![
            case!(all_clear, LAB),
            case!(port_5223_dropped, LAB),
            case!(ports_5223_and_443_rejected, LAB),
            case!(partial_allow_list, LAB),
            case!(dns_answers_outside_apple, LAB),
            case!(dns_dead, LAB),
            case!(captive_portal, LAB),
            case!(tls_interception_on_443, LAB),
            case!(provider_api_blocked, LAB),
            case!(everything_blackholed, LAB),
            case!(server_clock_two_hours_off, LAB),
            case!(only_the_proxy_gets_out, LAB, SQUID),
            case!(decrypting_proxy, LAB, MITMPROXY),
            case!(ipv6_resolvable_but_unreachable, LAB),
            case!(firewall_forgets_idle_connections, LAB),
            case!(wpad_finds_the_pac_file_at_wpad_of_the_search_domain, LAB),
            case!(wpad_without_a_search_domain_says_so, LAB),
            case!(wpad_asks_dhcp_option_252_before_the_search_domain, LAB),
            case!(some_courier_names_do_not_resolve, LAB),
            case!(a_small_resolver_is_not_flooded, LAB),
            case!(healthy_ipv4_only_computer, LAB),
            case!(healthy_auto_detect_without_wpad, LAB),
        ],
    );
}
