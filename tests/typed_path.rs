//! The diagnosis decides on typed evidence, never on wording: runs of the real engine against
//! the loopback bed are diagnosed twice, once as they came and once with every check's detail
//! text blanked (and once with misleading text in its place). Codes, severities, evidence,
//! headline, overall answer and exit status must not move.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use pushcheck::config::RunConfig;
use pushcheck::engine::{Engine, Event, Plan, RunSummary};
use pushcheck::proxy::{ProxySetting, Source};
use pushcheck::report::{Report, RunLabels};
use testbed::{Bed, COURIER_ADDRS, Captive, Serve, Setup};

fn config(bed: &Bed, resolve: &[String]) -> RunConfig {
    RunConfig {
        catalog: Some(bed.catalog_file.clone()),
        apple_roots: vec![bed.ca_file.clone()],
        apple_ranges: vec![bed.range()],
        public_dns: vec!["none".to_string()],
        resolve: resolve.to_vec(),
        read_proxies: false,
        timeout_secs: 5.0,
        ..RunConfig::default()
    }
}

fn run(bed: &Bed, plan: &Plan) -> RunSummary {
    let mut handle = Engine::start(bed.rt.handle(), plan.clone(), None);
    bed.rt.block_on(async {
        while let Some(event) = handle.events.recv().await {
            if let Event::Finished { summary, .. } = event {
                return *summary;
            }
        }
        panic!("the run ended without a summary");
    })
}

/// What a face or a script acts on: each finding's code, severity and evidence; the
/// headline; the overall answer; the exit status.
type Decisions = (Vec<(String, String, Vec<String>)>, String, String, i32);

fn decisions(summary: &RunSummary, plan: &Plan) -> Decisions {
    let (report, diagnosis) = Report::build(summary, plan, &RunLabels::default());
    let findings = report
        .findings
        .iter()
        .map(|f| {
            (
                f.code.as_str().to_string(),
                f.severity.as_str().to_string(),
                f.checks.clone(),
            )
        })
        .collect();
    (
        findings,
        report.headline,
        report.overall.as_str().to_string(),
        diagnosis.overall.exit_code(),
    )
}

/// Diagnoses `summary` as it came, blanked and reworded; returns the finding codes.
fn assert_wording_free(summary: &RunSummary, plan: &Plan) -> Vec<String> {
    let as_run = decisions(summary, plan);
    let mut blank = summary.clone();
    for c in &mut blank.checks {
        c.detail.clear();
    }
    assert_eq!(
        decisions(&blank, plan),
        as_run,
        "blanked details changed the diagnosis"
    );
    // Words the diagnosis once searched for, now in every detail: still no effect.
    let mut misleading = summary.clone();
    for c in &mut misleading.checks {
        c.detail = "a public resolver answered 17.1.1.1; the PAC file answers: x → PROXY p:1, y → SOCKS s:1".to_string();
    }
    assert_eq!(
        decisions(&misleading, plan),
        as_run,
        "reworded details changed the diagnosis"
    );
    as_run.0.into_iter().map(|(code, _, _)| code).collect()
}

fn scenario(setup: &Setup, extra: impl FnOnce(&Bed, &mut RunConfig)) -> Vec<String> {
    let bed = Bed::new();
    bed.start(setup, 0);
    let mut config = config(&bed, &bed.resolve);
    extra(&bed, &mut config);
    let (plan, _) = config.plan().unwrap();
    let summary = run(&bed, &plan);
    assert_wording_free(&summary, &plan)
}

#[test]
fn blanked_details_change_nothing_on_common_networks() {
    let healthy = Setup::healthy();
    let codes = scenario(&healthy, |_, c| c.hold_secs = Some(1));
    assert_eq!(codes[0], "all_clear", "{codes:?}");

    let mut fallback = Setup::healthy();
    fallback.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    assert_eq!(scenario(&fallback, |_, _| {})[0], "device_fallback_only");

    let mut partial = Setup::healthy();
    partial.courier_primary[3] = Serve::Closed;
    let codes = scenario(&partial, |_, c| c.legacy = true);
    assert!(
        codes.contains(&"partial_allowlist".to_string()),
        "{codes:?}"
    );

    let mut intercepted = Setup::healthy();
    intercepted.courier_fallback = vec![Serve::Forti; COURIER_ADDRS as usize];
    assert_eq!(scenario(&intercepted, |_, _| {})[0], "tls_interception");

    let mut portal = Setup::healthy();
    portal.captive = Captive::Portal;
    assert_eq!(scenario(&portal, |_, _| {})[0], "captive_portal");

    let mut provider = Setup::healthy();
    provider.provider = [Serve::PlainHttps, Serve::Closed];
    assert_eq!(scenario(&provider, |_, _| {})[0], "provider_api_blocked");

    let mut clock = Setup::healthy();
    clock.captive = Captive::Success(-2 * 3600);
    assert_eq!(scenario(&clock, |_, _| {})[0], "clock_skew");
}

#[test]
fn blanked_details_change_nothing_when_a_public_resolver_answers() {
    let bed = Bed::new();
    let (resolve, public, apple_range) = bed.dns_outside_range(&Setup::healthy());
    let mut config = config(&bed, &resolve);
    config.public_dns = vec![public];
    config.apple_ranges = vec![apple_range];
    let (plan, _) = config.plan().unwrap();
    let summary = run(&bed, &plan);
    let codes = assert_wording_free(&summary, &plan);
    assert_eq!(codes[0], "dns_outside_apple_range", "{codes:?}");
    // The explanation still says the public resolver knew better, details or not: it comes
    // from the typed answers.
    let mut blank = summary.clone();
    for c in &mut blank.checks {
        c.detail.clear();
    }
    for s in [&summary, &blank] {
        let (report, _) = Report::build(s, &plan, &RunLabels::default());
        let explanation = &report.findings[0].explanation;
        assert!(explanation.contains("public DNS server"), "{explanation}");
    }
}

#[test]
fn blanked_details_change_nothing_when_a_pac_file_names_a_proxy() {
    for (body, sends_to_proxy) in [
        (
            "function FindProxyForURL(url, host) { return \"PROXY 127.0.0.1:9 ; DIRECT\"; }",
            true,
        ),
        (
            "function FindProxyForURL(url, host) { return \"DIRECT\"; }",
            false,
        ),
    ] {
        let bed = Bed::new();
        bed.start(&Setup::healthy(), 0);
        let url = bed.serve_pac(bed.ip(70), 18090, body);
        let mut setting = ProxySetting::empty(Source::Kde);
        setting.pac_url = Some(url);
        let mut options = config(&bed, &bed.resolve).options().unwrap();
        options.proxies = Some(vec![setting]);
        // PAC files run in a child process of the real binary (this test harness is not it).
        options.pac_helper = Some(env!("CARGO_BIN_EXE_pushcheck").into());
        let catalog = pushcheck::catalog::Catalog::from_file(&bed.catalog_file).unwrap();
        let plan = Plan::new(catalog, options).unwrap();
        let summary = run(&bed, &plan);
        let codes = assert_wording_free(&summary, &plan);
        let (report, _) = Report::build(&summary, &plan, &RunLabels::default());
        let proxy = report
            .findings
            .iter()
            .find(|f| f.code == "proxy_configured")
            .unwrap_or_else(|| panic!("{codes:?}"));
        // The PAC file's answers draw in the PDF's font (no arrow it lacks).
        let missing = pushcheck::report::pdf::missing_glyphs(&report).unwrap();
        assert!(missing.is_empty(), "{missing:?}");
        // A PAC file that sends push to a proxy is a warning; one that says DIRECT a note.
        let want = if sends_to_proxy { "warning" } else { "info" };
        assert_eq!(proxy.severity, want, "{body}: {codes:?}");
    }
}
