//! The corners real school networks have, end to end through the real binary: an all-clear
//! that names only what was tested, Apple answering busy, a hold test that never measured,
//! and `--redact` leaving this computer's address out of every line.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use testbed::{Bed, Serve, Setup};

#[test]
fn role_server_all_clear_speaks_only_for_the_mdm_server() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&["--role", "server"]);
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    assert_eq!(
        run.json["headline"],
        "This MDM server can send push notifications to Apple."
    );
    let explanation = run.finding("all_clear")["explanation"].as_str().unwrap();
    assert!(!explanation.contains("Devices reach"), "{explanation}");
    let run = bed.run(&["--role", "device"]);
    assert_eq!(
        run.json["headline"],
        "Apple devices on this network can reach Apple's push service."
    );
    let explanation = run.finding("all_clear")["explanation"].as_str().unwrap();
    assert!(!explanation.contains("provider API"), "{explanation}");
}

#[test]
fn apns_answering_503_is_apple_busy_not_a_blocked_path() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.provider = [Serve::ApnsBusy(503), Serve::ApnsBusy(429)];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "apple_service_busy", "{:#}", run.json);
    assert_eq!(
        run.json["headline"],
        "Apple's provider API answered but was busy (503 ServiceUnavailable)."
    );
    assert!(!run.codes().contains(&"provider_api_blocked".to_string()));
    assert_eq!(run.json["overall"], "warning");
    assert_eq!(run.code, 1);
    for c in run.checks("provider:") {
        assert_eq!(c["outcome"], "ok", "{c:#}");
    }
}

#[test]
fn a_hold_answered_only_by_goaway_is_untested_exit_3() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    // Apple's server closes every connection after half a second: no idle length is measured.
    setup.provider = [Serve::ApnsGoawayAfter(500), Serve::Apns];
    bed.start(&setup, 0);
    let run = bed.run(&["--hold", "4"]);
    // The headline still says what was proven; the overall answer says a part is missing.
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    assert_eq!(run.json["overall"], "untested");
    assert_eq!(run.code, 3);
    assert_eq!(run.finding("hold_untested")["severity"], "untested");
    for c in run.checks("hold:") {
        assert_eq!(c["status"], "untested", "{c:#}");
    }
}

#[test]
fn redact_leaves_this_computers_address_out_of_every_line() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("r.txt");
    let run = bed.run(&["--redact", "--verbose", "--output", text.to_str().unwrap()]);
    let route = &run.checks("route:ipv4")[0];
    assert_eq!(route["outcome"], "ok");
    let whole = run.json.to_string();
    // The kernel's source address towards the bed is 127.0.0.1: it appears nowhere.
    assert!(!whole.contains("127.0.0.1"), "{whole}");
    assert!(!whole.contains("(from "), "{whole}");
    let written = std::fs::read_to_string(&text).unwrap();
    assert!(!written.contains("127.0.0.1"), "{written}");
    // Without --redact the route check says where it would send from.
    let run = bed.run(&[]);
    let detail = run.checks("route:ipv4")[0]["detail"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.contains("(from 127.0.0.1)"), "{detail}");
}

#[test]
fn a_school_ca_trusted_here_is_still_interception_for_apples_hosts() {
    // The school's own inspection CA, named like nothing a vendor list knows, passed with
    // --ca-file as its help suggests: Apple's hosts chaining to it are decrypted on the way.
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.apple_root = false;
    let ca = bed.ca_file.to_str().unwrap().to_string();
    let run = bed.run(&["--ca-file", &ca]);
    assert_eq!(run.headline_code(), "tls_interception", "{:#}", run.json);
    assert_ne!(run.json["overall"], "ok");
    let courier = &run.checks("courier:")[0];
    assert_eq!(courier["outcome"], "tls_untrusted", "{courier:#}");
    assert_eq!(courier["tls"]["trusted_by"], "--ca-file");
    assert!(
        courier["detail"]
            .as_str()
            .unwrap()
            .contains("trusted only by this school's own CA"),
        "{courier:#}"
    );
}

#[test]
fn a_certificate_for_another_name_is_another_server_not_decryption() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_fallback = vec![Serve::OtherName; testbed::COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "wrong_server", "{:#}", run.json);
    assert!(!run.codes().contains(&"tls_interception".to_string()));
    assert!(!run.codes().contains(&"port_blocked".to_string()));
    for c in run.checks("courier:20443") {
        assert_eq!(c["outcome"], "cert_wrong_name", "{c:#}");
    }
}

// The PAC file comes from KDE's settings, which only Linux reads.
#[cfg(target_os = "linux")]
#[test]
fn a_pac_file_served_with_a_filter_vendors_certificate_is_fetched() {
    // Schools host PAC files on their filter vendor's servers: the vendor's name in that
    // certificate is not interception (that rule is for Apple's hosts).
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.https_text_from(
        true,
        bed.ip(73),
        18444,
        "pac.school.example",
        "function FindProxyForURL(u, h) { return 'DIRECT'; }",
    );
    bed.kde_pac("https://pac.school.example:18444/proxy.pac");
    let mut resolve = bed.resolve.clone();
    resolve.push(format!("pac.school.example:{}", bed.ip(73)));
    let forti = bed.forti_file.to_str().unwrap().to_string();
    let run = bed.run_with(&resolve, &["--ca-file", &forti]);
    let pac = run.checks("pac:");
    assert_eq!(pac[0]["outcome"], "ok", "{:#}", pac[0]);
    assert!(!run.codes().contains(&"tls_interception".to_string()));
}

/// Runs the engine in-process against `bed` with this computer's clock set off.
fn run_with_clock(bed: &Bed, offset_secs: i64) -> pushcheck::report::Report {
    use pushcheck::config::RunConfig;
    use pushcheck::engine::{Clock, Engine, Event, Plan};
    let config = RunConfig {
        catalog: Some(bed.catalog_file.clone()),
        apple_roots: vec![bed.ca_file.clone()],
        apple_ranges: vec![bed.range()],
        public_dns: vec!["none".to_string()],
        resolve: bed.resolve.clone(),
        read_proxies: false,
        timeout_secs: 5.0,
        ..RunConfig::default()
    };
    let mut options = config.options().unwrap();
    options.clock = Clock { offset_secs };
    let catalog = pushcheck::catalog::Catalog::from_file(&bed.catalog_file).unwrap();
    let plan = Plan::new(catalog, options).unwrap();
    let mut handle = Engine::start(bed.rt.handle(), plan.clone(), None);
    let summary = bed.rt.block_on(async {
        while let Some(event) = handle.events.recv().await {
            if let Event::Finished { summary, .. } = event {
                return *summary;
            }
        }
        panic!("no summary");
    });
    pushcheck::report::Report::build(&summary, &plan, &config.labels()).0
}

#[test]
fn a_wrong_clock_here_is_the_headline_not_interception() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    for (offset, words, outcome) in [
        (400 * 24 * 3600, "400 days ahead", "cert_expired"),
        (-400 * 24 * 3600, "400 days behind", "cert_not_yet_valid"),
    ] {
        let report = run_with_clock(&bed, offset);
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes[0], "clock_skew", "{codes:?}");
        assert!(report.headline.contains(words), "{}", report.headline);
        assert!(!codes.contains(&"tls_interception"), "{codes:?}");
        assert!(!codes.contains(&"port_blocked"), "{codes:?}");
        assert!(
            report
                .checks
                .iter()
                .filter(|c| c.id.starts_with("courier:"))
                .all(|c| c.outcome.as_str() == outcome),
            "{outcome}"
        );
    }
}

#[test]
fn a_panic_in_any_task_of_the_run_is_an_internal_error_never_the_network() {
    // One mechanism for every kind of task: whichever panics, the answer is "Push Check
    // failed inside" (untested, exit 3), and nothing is blamed on the network.
    for (task, blamed) in [
        (
            "lookup:api.push.apple.com",
            &["dns_failure", "provider_api_blocked"][..],
        ),
        ("lookup:", &["dns_failure", "no_network"]),
        ("hold:", &["hold_untested", "idle_timeout"]),
        ("run:", &["no_network"]),
    ] {
        let mut bed = Bed::new();
        bed.start(&Setup::healthy(), 0);
        bed.env
            .push(("PUSHCHECK_TEST_PANIC".to_string(), task.to_string()));
        let run = bed.run(&["--hold", "1"]);
        assert_eq!(run.code, 3, "{task}: {:#}", run.json["findings"]);
        assert_eq!(run.json["overall"], "untested", "{task}");
        let internal = run.finding("internal_error");
        assert_eq!(internal["severity"], "untested", "{task}: {:#}", run.json);
        assert!(
            internal["explanation"]
                .as_str()
                .unwrap()
                .contains("fault injected"),
            "{task}: {internal:#}"
        );
        for code in blamed {
            assert!(
                !run.codes().contains(&code.to_string()),
                "{task} blamed on the network as {code}: {:#}",
                run.json["findings"]
            );
        }
    }
    // The public resolvers' second opinion, asked only for a push name answered outside
    // Apple's range: its lookup's verdict is "not tested", not "DNS sends Apple elsewhere".
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let public = bed.dns_server(bed.ip(53), Vec::new()).to_string();
    bed.env.push((
        "PUSHCHECK_TEST_PANIC".to_string(),
        "second-opinion:api.push.apple.com".to_string(),
    ));
    let resolve = bed.resolve_replacing("api.push.apple.com", "127.255.255.254");
    let run = bed.run_with(&resolve, &["--public-dns", &public]);
    assert!(
        run.codes().contains(&"internal_error".to_string()),
        "{:#}",
        run.json["findings"]
    );
    assert!(!run.codes().contains(&"dns_outside_apple_range".to_string()));
    let dns = &run.checks("dns:api.push.apple.com")[0];
    assert_eq!(dns["status"], "untested", "{dns:#}");
    assert_eq!(dns["outcome"], "skipped", "{dns:#}");
}

#[test]
fn a_probe_that_panics_is_an_internal_error_never_the_network() {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.env.push((
        "PUSHCHECK_TEST_PANIC".to_string(),
        "probe:courier:25223@".to_string(),
    ));
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "internal_error", "{:#}", run.json);
    assert_eq!(run.json["overall"], "untested");
    assert_eq!(run.code, 3);
    let failed = run.checks("courier:25223@");
    assert_eq!(failed.len(), testbed::COURIER_ADDRS as usize);
    for c in failed {
        assert_eq!(c["status"], "untested", "{c:#}");
        assert_eq!(c["outcome"], "skipped", "{c:#}");
        let detail = c["detail"].as_str().unwrap();
        assert!(detail.contains("fault injected"), "{detail}");
        assert!(!detail.contains("deadline"), "{detail}");
    }
    // Not blamed on the network: no blocked port, and the run did not wait for its deadline.
    assert!(!run.codes().contains(&"port_blocked".to_string()));
    assert!(!run.codes().contains(&"device_fallback_only".to_string()));
    assert!(
        run.elapsed < std::time::Duration::from_secs(4),
        "{:?}",
        run.elapsed
    );
}

#[test]
fn the_text_report_holds_the_network_proxy_and_certificate_sections() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_fallback = vec![Serve::Forti; testbed::COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.txt");
    let _ = bed.run(&["--output", path.to_str().unwrap()]);
    let text = std::fs::read_to_string(&path).unwrap();
    for heading in [
        "This computer's network",
        "Proxy settings",
        "Certificates of failing connections",
        "Sources",
    ] {
        assert!(text.contains(heading), "no {heading} in:\n{text}");
    }
    assert!(text.contains("Addresses:"), "{text}");
    assert!(
        text.contains("Issued by: FortiGate CA (Fortinet)"),
        "{text}"
    );
    assert!(text.contains("Filtering product: Fortinet"), "{text}");
    let _ = bed.run(&["--redact", "--output", path.to_str().unwrap()]);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("Left out of this report on purpose (--redact)."),
        "{text}"
    );
    assert!(!text.contains("Addresses:"), "{text}");
}

#[test]
fn every_command_has_examples_in_its_help() {
    for command in [
        "check",
        "gui",
        "compare",
        "history",
        "schema",
        "completions",
        "manpage",
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_pushcheck"))
            .args([command, "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{command}");
        assert!(
            help.contains("Example"),
            "pushcheck {command} --help:\n{help}"
        );
    }
}

#[test]
fn the_window_refuses_options_that_mean_nothing_to_it() {
    for flag in [
        &["--json"][..],
        &["--output", "x.pdf"],
        &["--quiet"],
        &["--verbose"],
        &["--color", "never"],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_pushcheck"))
            .arg("gui")
            .args(flag)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(64), "{flag:?}: {stderr}");
        assert!(
            stderr.contains(flag[0]) && stderr.contains("pushcheck check"),
            "{stderr}"
        );
    }
}

#[test]
fn a_silent_time_server_is_ntp_blocked_a_warning() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.time_server = false;
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "ntp_blocked", "{:#}", run.json);
    assert_eq!(run.json["overall"], "warning");
    let time = &run.checks("time:")[0];
    assert_eq!(time["probe"], "ntp");
    assert_eq!(time["status"], "warning", "{time:#}");
    assert!(!run.codes().contains(&"service_blocked".to_string()));
    let fix = run.finding("ntp_blocked")["fix"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        fix.contains("UDP 123") && fix.contains("time.apple.com"),
        "{fix}"
    );
}

#[test]
fn the_time_server_is_a_second_opinion_on_the_clock() {
    use testbed::Captive;
    // Both say two hours: said once.
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.captive = Captive::Success(-2 * 3600);
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    let explanation = run.finding("clock_skew")["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!explanation.contains("two opinions"), "{explanation}");
    assert_eq!(run.checks("time:")[0]["outcome"], "ok");
    // The web server says two hours, the time server agrees with this computer: both said.
    let bed = Bed::new();
    setup.time_server = false;
    bed.start(&setup, 0);
    bed.time_server(bed.ip(31), 0);
    let run = bed.run(&[]);
    let explanation = run.finding("clock_skew")["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        explanation.contains("The two opinions differ"),
        "{explanation}"
    );
    assert!(explanation.contains("2 h ahead"), "{explanation}");
}

#[test]
fn probes_do_not_wait_for_a_slow_second_opinion() {
    use pushcheck::config::RunConfig;
    use pushcheck::engine::{Engine, Event, Plan};
    use std::time::Duration;
    // The system resolver answers api.push.apple.com outside Apple's ranges, so the public
    // resolver is asked for a second opinion, and it takes 1.5 s. The couriers' names are
    // answered at once: their probes start and finish while that answer is still on its way.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let wait = Duration::from_millis(1500);
    let public = bed.slow_dns_server(
        bed.ip(250),
        vec![("api.push.apple.com".to_string(), bed.ip(21))],
        wait,
    );
    let resolve = bed.resolve_replacing("api.push.apple.com", "127.0.0.1");
    let config = RunConfig {
        catalog: Some(bed.catalog_file.clone()),
        apple_roots: vec![bed.ca_file.clone()],
        apple_ranges: vec![bed.range()],
        public_dns: vec![public.to_string()],
        resolve,
        read_proxies: false,
        timeout_secs: 5.0,
        ..RunConfig::default()
    };
    let options = config.options().unwrap();
    let catalog = pushcheck::catalog::Catalog::from_file(&bed.catalog_file).unwrap();
    let plan = Plan::new(catalog, options).unwrap();
    let started = std::time::Instant::now();
    let mut handle = Engine::start(bed.rt.handle(), plan, None);
    // The order results arrive in, and when the provider's DNS check came.
    let (order, summary) = bed.rt.block_on(async {
        let mut order: Vec<String> = Vec::new();
        while let Some(event) = handle.events.recv().await {
            match event {
                Event::ProbeFinished { check, .. } => order.push(check.id.clone()),
                Event::Finished { summary, .. } => return (order, *summary),
                _ => {}
            }
        }
        panic!("no summary");
    });
    assert!(
        started.elapsed() >= wait,
        "the second opinion was not waited for"
    );
    let dns = order
        .iter()
        .position(|id| id == "dns:api.push.apple.com")
        .unwrap_or_else(|| panic!("no DNS check for the provider: {order:?}"));
    let couriers_before = order[..dns]
        .iter()
        .filter(|id| id.starts_with("courier:"))
        .count();
    let couriers = order.iter().filter(|id| id.starts_with("courier:")).count();
    assert!(couriers > 0, "{order:?}");
    assert_eq!(
        couriers_before, couriers,
        "courier probes waited for the second opinion: {order:?}"
    );
    // And the second opinion was heard: the provider was probed at the public answer.
    let provider: Vec<_> = summary
        .checks
        .iter()
        .filter(|c| c.id.starts_with("provider:"))
        .collect();
    assert!(
        provider
            .iter()
            .any(|c| c.id.ends_with(&format!("@{}", bed.ip(21)))),
        "{:?}",
        provider.iter().map(|c| &c.id).collect::<Vec<_>>()
    );
}
