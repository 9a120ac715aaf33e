//! End-to-end: the real `pushcheck check` binary against the loopback test bed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

#[path = "harness/mod.rs"]
mod harness;
mod testbed;

use std::time::Duration;

use testbed::{Bed, COURIER_ADDRS, Captive, Serve, Setup};

fn statuses(run: &testbed::Run, prefix: &str) -> Vec<String> {
    run.checks(prefix)
        .iter()
        .map(|c| c["status"].as_str().unwrap().to_string())
        .collect()
}

fn all_clear_on_a_healthy_network() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    assert_eq!(run.json["overall"], "ok");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json["schema"], "pushcheck.report/1");
    // Eight distinct courier addresses on each of the two ports, all fine.
    let couriers = run.checks("courier:");
    assert_eq!(couriers.len(), 2 * COURIER_ADDRS as usize);
    assert!(couriers.iter().all(|c| c["outcome"] == "ok"));
    let tls = &couriers[0]["tls"];
    assert_eq!(tls["alpn"], "apns-security-v3");
    assert_eq!(tls["trusted_by"], "--apple-root");
    // The provider API answered like APNs on both ports.
    let provider = run.checks("provider:");
    assert_eq!(provider.len(), 2);
    for c in &provider {
        assert_eq!(c["outcome"], "ok");
        assert!(
            c["detail"]
                .as_str()
                .unwrap()
                .contains("MissingProviderToken")
        );
    }
    // The retired ports are closed here, and that stays a note, not a warning.
    assert!(run.codes().contains(&"legacy_ports_closed".to_string()));
    assert_eq!(run.finding("legacy_ports_closed")["severity"], "info");
    eprintln!(
        "healthy run: {} checks in {} ms (wall {:?})",
        run.json["checks"].as_array().unwrap().len(),
        run.json["duration_ms"],
        run.elapsed
    );
    // Concurrent probes: a healthy run is far quicker than its timeout.
    assert!(
        run.elapsed < Duration::from_secs(4),
        "took {:?}",
        run.elapsed
    );
}

fn port_5223_refused_but_443_fine_is_fallback_only() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(
        run.headline_code(),
        "device_fallback_only",
        "{:#}",
        run.json
    );
    assert_eq!(run.json["overall"], "warning");
    assert_eq!(run.code, 1);
    assert!(
        run.checks("courier:25223")
            .iter()
            .all(|c| c["outcome"] == "refused")
    );
    let fix = run.finding("device_fallback_only")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(fix.contains("25223") && fix.contains(&bed.range()), "{fix}");
}

fn ports_5223_and_443_refused_is_port_blocked() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    setup.courier_fallback = vec![Serve::Closed; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "port_blocked", "{:#}", run.json);
    assert_eq!(run.json["overall"], "problem");
    assert_eq!(run.code, 2);
    let finding = run.finding("port_blocked");
    assert_eq!(finding["severity"], "problem");
    assert_eq!(
        finding["checks"].as_array().unwrap().len(),
        2 * COURIER_ADDRS as usize
    );
    // The MDM server side still works and is not blamed.
    assert!(!run.codes().contains(&"provider_api_blocked".to_string()));
}

fn some_courier_addresses_refused_is_partial_allowlist() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    for i in [2usize, 5] {
        setup.courier_primary[i] = Serve::Closed;
        setup.courier_fallback[i] = Serve::Closed;
    }
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "partial_allowlist", "{:#}", run.json);
    let finding = run.finding("partial_allowlist");
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(
        explanation.contains(&bed.courier_ip(0, 2).to_string()),
        "{explanation}"
    );
    assert!(
        explanation.contains(&bed.courier_ip(0, 5).to_string()),
        "{explanation}"
    );
    assert_eq!(finding["checks"].as_array().unwrap().len(), 4);
    assert_eq!(run.code, 1);
}

fn dns_answers_outside_the_apple_range_are_caught_and_the_real_addresses_probed() {
    let bed = Bed::new();
    // The real Apple servers live in the upper half of the bed; this network's DNS (here,
    // --resolve) sends couriers to the lower half, outside Apple's range.
    let (resolve, public, apple_range) = bed.dns_outside_range(&Setup::healthy());
    // What the network's DNS points at (the lower half) is not Apple: plain web servers.
    bed.start_couriers(
        &Setup {
            courier_primary: vec![Serve::PlainHttps; COURIER_ADDRS as usize],
            courier_fallback: vec![Serve::PlainHttps; COURIER_ADDRS as usize],
            ..Setup::healthy()
        },
        100,
    );
    let run = bed.run_with(
        &resolve,
        &["--public-dns", &public, "--apple-range", &apple_range],
    );
    assert_eq!(
        run.headline_code(),
        "dns_outside_apple_range",
        "{:#}",
        run.json
    );
    assert_eq!(run.code, 2);
    let explanation = run.finding("dns_outside_apple_range")["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(explanation.contains("public DNS server"), "{explanation}");
    // The couriers were probed at the addresses the public resolver gave, and worked.
    let couriers = run.checks("courier:");
    assert_eq!(couriers.len(), 2 * COURIER_ADDRS as usize);
    for c in couriers {
        assert_eq!(c["address_source"], "public_dns", "{c:#}");
        assert_eq!(c["outcome"], "ok", "{c:#}");
    }
}

fn tls_interception_names_the_issuer() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_fallback = vec![Serve::Forti; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "tls_interception", "{:#}", run.json);
    assert_eq!(run.code, 2);
    let finding = run.finding("tls_interception");
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(explanation.contains("FortiGate CA"), "{explanation}");
    assert!(explanation.contains("Fortinet"), "{explanation}");
    let intercepted = run.checks("courier:20443");
    assert!(intercepted.iter().all(|c| c["outcome"] == "tls_untrusted"));
    assert_eq!(intercepted[0]["tls"]["issuer"], "FortiGate CA (Fortinet)");
    // Port 5223 was not intercepted and is not reported as blocked either.
    assert!(!run.codes().contains(&"port_blocked".to_string()));
}

fn interception_is_caught_even_when_its_ca_is_trusted_locally() {
    // Schools install the filter's CA on their machines; Apple's services still refuse it.
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_fallback = vec![Serve::Forti; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let run = bed.run(&["--ca-file", bed.forti_file.to_str().unwrap()]);
    let intercepted = run.checks("courier:20443");
    assert_eq!(
        intercepted[0]["outcome"], "tls_untrusted",
        "{:#}",
        intercepted[0]
    );
    assert_eq!(intercepted[0]["tls"]["trusted_by"], "--ca-file");
    assert_eq!(run.headline_code(), "tls_interception");
}

fn a_block_page_imitating_apns_without_its_id_is_blocked() {
    // A filter answers the provider API's request as APNs would (403 MissingProviderToken)
    // but without the apns-id header only APNs sends: not Apple's answer.
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.provider = [Serve::ApnsWithoutId, Serve::Apns];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    let provider = run.checks("provider:api.push.apple.com:20443");
    assert_eq!(
        provider[0]["outcome"], "unexpected_response",
        "{:#}",
        provider[0]
    );
    let detail = provider[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("HTTP 403") && detail.contains("no apns-id"),
        "{detail}"
    );
    // The genuine answer on the other port is still APNs'.
    assert_eq!(
        run.checks("provider:api.push.apple.com:22197")[0]["outcome"],
        "ok"
    );
    assert_ne!(run.code, 0, "{:#}", run.json["findings"]);
}

fn provider_api_replaced_by_a_plain_web_server_is_blocked() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.provider = [Serve::PlainHttps, Serve::Closed];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(
        run.headline_code(),
        "provider_api_blocked",
        "{:#}",
        run.json
    );
    assert_eq!(run.code, 2);
    let provider = run.checks("provider:api.push.apple.com:20443");
    assert_eq!(provider[0]["outcome"], "unexpected_response");
    let detail = provider[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("HTTP 200") && detail.contains("nginx"),
        "{detail}"
    );
    assert_eq!(
        run.checks("provider:api.push.apple.com:22197")[0]["outcome"],
        "refused"
    );
}

fn stalled_handshakes_end_at_the_timeout_not_later() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Stall; COURIER_ADDRS as usize];
    setup.courier_fallback = vec![Serve::Stall; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let run = bed.run(&["--timeout", "2"]);
    assert!(
        run.elapsed < Duration::from_secs(3),
        "took {:?} with --timeout 2",
        run.elapsed
    );
    assert!(
        run.elapsed >= Duration::from_millis(1900),
        "took {:?}",
        run.elapsed
    );
    assert_eq!(run.headline_code(), "port_blocked", "{:#}", run.json);
    assert!(
        run.checks("courier:")
            .iter()
            .all(|c| c["outcome"] == "timeout")
    );
}

fn everything_blackholed_ends_within_the_timeout() {
    let bed = Bed::new();
    let setup = Setup {
        courier_primary: vec![Serve::Stall; COURIER_ADDRS as usize],
        courier_fallback: vec![Serve::Stall; COURIER_ADDRS as usize],
        provider: [Serve::Stall, Serve::Stall],
        captive: Captive::Success(0),
        services: Serve::Stall,
        time_server: false,
    };
    bed.start(&setup, 0);
    // Legacy hosts stall too.
    bed.serve(bed.ip(41), 2195, Serve::Stall);
    bed.serve(bed.ip(41), 2196, Serve::Stall);
    let run = bed.run(&["--timeout", "2"]);
    assert!(
        run.elapsed < Duration::from_secs(3),
        "took {:?}",
        run.elapsed
    );
    assert_eq!(run.json["overall"], "problem");
    assert_eq!(run.headline_code(), "port_blocked", "{:#}", run.json);
    assert!(run.codes().contains(&"provider_api_blocked".to_string()));
}

fn captive_portal_is_the_headline() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.captive = Captive::Portal;
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "captive_portal", "{:#}", run.json);
    assert_eq!(run.code, 2);
    let explanation = run.finding("captive_portal")["explanation"]
        .as_str()
        .unwrap();
    assert!(
        explanation.contains("login.school.example"),
        "{explanation}"
    );
}

fn clock_two_hours_off_is_found() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.captive = Captive::Success(-2 * 3600);
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "clock_skew", "{:#}", run.json);
    let title = run.finding("clock_skew")["title"].as_str().unwrap();
    assert!(title.contains("2 h ahead"), "{title}");
    assert_eq!(statuses(&run, "clock"), vec!["problem"]);
}

fn retired_ports_required_with_legacy_flag() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&["--legacy"]);
    assert_eq!(run.headline_code(), "legacy_ports_closed", "{:#}", run.json);
    assert_eq!(run.code, 2);
}

fn role_server_tests_only_the_server_side() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&["--role", "server"]);
    assert!(run.checks("courier:").is_empty());
    assert_eq!(run.checks("provider:").len(), 2);
    assert_eq!(run.json["environment"]["role"], "server");
    assert_eq!(run.headline_code(), "all_clear");
}

fn offline_gives_one_headline_quickly() {
    let started = std::time::Instant::now();
    let output = std::process::Command::new("unshare")
        .args([
            "--net",
            env!("CARGO_BIN_EXE_pushcheck"),
            "check",
            "--json",
            "--timeout",
            "3",
        ])
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(2));
    let code = json["findings"][0]["code"].as_str().unwrap();
    assert!(code == "no_network" || code == "dns_failure", "{code}");
    let problems = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "problem")
        .count();
    assert_eq!(problems, 1, "{:#}", json["findings"]);
    assert!(elapsed < Duration::from_secs(4), "took {elapsed:?}");
}

/// The release build, as .ci/run makes it before the tests.
fn release_binary() -> std::path::PathBuf {
    let debug = std::path::Path::new(env!("CARGO_BIN_EXE_pushcheck"));
    let target = debug.parent().and_then(|p| p.parent()).unwrap();
    target.join("release").join(debug.file_name().unwrap())
}

/// The test hooks (a panic on purpose) exist in debug builds only: set in the environment of
/// a release build run as root, they do nothing.
fn release_builds_ignore_the_test_hooks() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    for hook in ["probe:courier", "lookup:", "run:", "pac:"] {
        let mut cmd = bed.command_with(
            std::process::Command::new(release_binary()),
            &|p| p.as_os_str().to_owned(),
            &bed.resolve,
            &[],
        );
        cmd.env("PUSHCHECK_TEST_PANIC", hook);
        let output = cmd.output().unwrap();
        let run = testbed::Run::from_output(&output, std::time::Duration::ZERO);
        assert_eq!(run.code, 0, "{hook}: {:#}", run.json["findings"]);
        assert!(
            !run.codes().contains(&"internal_error".to_string()),
            "{hook}"
        );
    }
    // The debug build honours them (so the check above can fail).
    let mut bed_run = bed.command(&bed.resolve, &[]);
    bed_run.env("PUSHCHECK_TEST_PANIC", "run:");
    assert_eq!(bed_run.output().unwrap().status.code(), Some(3));
}

const RELEASE: harness::Need = || {
    if release_binary().is_file() {
        Ok(())
    } else {
        Err("the release build is not there (cargo build --release; .ci/run builds it)".into())
    }
};

const UNSHARE: harness::Need = || {
    if testbed::can_unshare() {
        Ok(())
    } else {
        Err("needs `unshare --net` (root on Linux) to be offline safely".to_string())
    }
};

fn main() {
    harness::run(
        &["PUSHCHECK_LAB_REQUIRED"],
        vec![
            case!(all_clear_on_a_healthy_network),
            case!(port_5223_refused_but_443_fine_is_fallback_only),
            case!(ports_5223_and_443_refused_is_port_blocked),
            case!(some_courier_addresses_refused_is_partial_allowlist),
            case!(dns_answers_outside_the_apple_range_are_caught_and_the_real_addresses_probed),
            case!(tls_interception_names_the_issuer),
            case!(interception_is_caught_even_when_its_ca_is_trusted_locally),
            case!(provider_api_replaced_by_a_plain_web_server_is_blocked),
            case!(a_block_page_imitating_apns_without_its_id_is_blocked),
            case!(stalled_handshakes_end_at_the_timeout_not_later),
            case!(everything_blackholed_ends_within_the_timeout),
            case!(captive_portal_is_the_headline),
            case!(clock_two_hours_off_is_found),
            case!(retired_ports_required_with_legacy_flag),
            case!(role_server_tests_only_the_server_side),
            case!(offline_gives_one_headline_quickly, UNSHARE),
            case!(release_builds_ignore_the_test_hooks, RELEASE),
        ],
    );
}
