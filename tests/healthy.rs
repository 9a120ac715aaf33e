//! The healthy-network matrix: the networks most schools have, each of which must end green
//! (exit 0, no warning, no problem, nothing untested). A false warning costs more trust than
//! a missing feature, so every false alarm found becomes a row here. The rows that need a
//! network namespace (an IPv4-only computer, automatic proxy detection without WPAD, WPAD
//! finding a PAC file) are lab scenarios (`tests/lab/main.rs`, `healthy_*`); an IPv6-only
//! network behind NAT64 cannot run end to end on loopback and is checked on typed inputs
//! (`diagnosis::tests::healthy_networks_of_every_shape_are_green`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod testbed;

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use testbed::{Bed, Run, Serve, Setup};

/// One healthy variant: a bed, the extra arguments of its run, and what else must hold of
/// its report (so no row is green by probing less).
struct Variant {
    name: &'static str,
    build: fn() -> (Bed, Vec<String>),
    also: fn(&Run),
}

fn nothing_else(_: &Run) {}

/// IPv6 was really tested, not left out.
fn both_families_probed(run: &Run) {
    let v6: Vec<&serde_json::Value> = run
        .checks("courier:")
        .into_iter()
        .filter(|c| c["address"] == "::1")
        .collect();
    assert_eq!(v6.len(), 2, "one IPv6 courier address on each port");
    assert!(v6.iter().all(|c| c["outcome"] == "ok"));
    assert_eq!(run.checks("route:ipv6")[0]["outcome"], "ok");
}

/// The PAC file was run and sent Apple DIRECT.
fn pac_was_run(run: &Run) {
    let pac = run.checks("pac:");
    assert_eq!(pac.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(pac[0]["outcome"], "ok");
    assert_eq!(run.finding("proxy_configured")["severity"], "info");
}

/// The proxy was seen, and Apple's hosts were tested directly.
fn proxy_seen(run: &Run) {
    assert_eq!(run.finding("proxy_configured")["severity"], "info");
    assert_eq!(run.json["proxy"]["used_for_checks"], false);
}

/// The distance was real.
fn slow(run: &Run) {
    assert!(
        run.elapsed >= Duration::from_millis(100),
        "{:?}",
        run.elapsed
    );
}

fn plain() -> (Bed, Vec<String>) {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    (bed, Vec::new())
}

/// Dual stack: the couriers answer IPv4 and IPv6 (::1), both work. (Loopback has one IPv6
/// address, so the provider API, which shares port 443 with the couriers, stays IPv4.)
fn dual_stack() -> (Bed, Vec<String>) {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let v6 = IpAddr::V6(Ipv6Addr::LOCALHOST);
    for port in [5223, 443] {
        bed.serve_at(SocketAddr::new(v6, port + bed.port_offset), Serve::Courier);
    }
    for n in 1..=50 {
        bed.resolve
            .push(format!("{n}-courier.push.apple.com:[::1]"));
    }
    let range = bed.range();
    (
        bed,
        vec![
            "--apple-range".into(),
            range,
            "--apple-range".into(),
            "::1/128".into(),
        ],
    )
}

/// A web proxy is set for browsers, with Apple's hosts exempt (as Apple asks).
fn proxy_with_apple_exempt() -> (Bed, Vec<String>) {
    let (mut bed, args) = plain();
    // Nothing listens there: any check sent through it would fail.
    let proxy = format!("http://{}:3128", bed.ip(99));
    bed.env.push(("https_proxy".into(), proxy.clone()));
    bed.env.push(("http_proxy".into(), proxy));
    bed.env
        .push(("no_proxy".into(), ".apple.com,.push.apple.com".into()));
    (bed, args)
}

/// The system's PAC file answers DIRECT for everything.
fn pac_returning_direct() -> (Bed, Vec<String>) {
    let (bed, args) = plain();
    let url = bed.serve_pac(
        bed.ip(77),
        18080,
        "function FindProxyForURL(url, host) {\n  if (isPlainHostName(host)) return \"DIRECT\";\n  return \"DIRECT\";\n}\n",
    );
    bed.kde_pac(&url);
    (bed, args)
}

/// Every server 100 ms away.
fn far_away() -> (Bed, Vec<String>) {
    let mut bed = Bed::new();
    bed.delay = Duration::from_millis(100);
    bed.start(&Setup::healthy(), 0);
    (bed, Vec::new())
}

const MATRIX: &[Variant] = &[
    Variant {
        name: "IPv4 only on loopback",
        build: plain,
        also: nothing_else,
    },
    Variant {
        name: "dual stack",
        build: dual_stack,
        also: both_families_probed,
    },
    Variant {
        name: "a web proxy configured while Apple's hosts go direct",
        build: proxy_with_apple_exempt,
        also: proxy_seen,
    },
    Variant {
        name: "a PAC file returning DIRECT",
        build: pac_returning_direct,
        also: pac_was_run,
    },
    Variant {
        name: "100 ms away",
        build: far_away,
        also: slow,
    },
];

fn assert_green(name: &str, run: &Run) {
    assert_eq!(run.code, 0, "{name}: {:#}", run.json["findings"]);
    assert_eq!(run.json["overall"], "ok", "{name}");
    assert_eq!(run.headline_code(), "all_clear", "{name}");
    for finding in run.json["findings"].as_array().unwrap() {
        assert!(
            matches!(finding["severity"].as_str(), Some("ok" | "info")),
            "{name}: {finding:#}"
        );
    }
    for check in run.json["checks"].as_array().unwrap() {
        assert!(
            matches!(check["status"].as_str(), Some("ok" | "info")),
            "{name}: {check:#}"
        );
    }
}

#[test]
fn every_healthy_network_is_green() {
    for variant in MATRIX {
        let (bed, args) = (variant.build)();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = bed.run(&args);
        assert_green(variant.name, &run);
        (variant.also)(&run);
    }
}
