//! The command-line contract: exit codes, bad input, report files, IPv6, and the engine's
//! event stream and cancellation.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use std::process::Command;
use std::time::{Duration, Instant};

use pushcheck::catalog::Catalog;
use pushcheck::engine::{Engine, Event, Options, Plan, ResolveRule};
use testbed::{Bed, COURIER_ADDRS, Serve, Setup};

fn pushcheck(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn usage_errors_exit_64_with_a_clear_message() {
    let cases: [(&[&str], &str); 6] = [
        (&["check", "--role", "teacher"], "teacher"),
        (&["check", "--resolve", "nocolon"], "HOST:ADDR"),
        (&["check", "--apple-range", "17.0.0.0/99"], "17.0.0.0/99"),
        (&["check", "--timeout", "0"], "--timeout"),
        (&["check", "--public-dns", "dns.example"], "dns.example"),
        (
            &["check", "--output", "report.docx"],
            ".json, .pdf, .txt or .prom",
        ),
    ];
    for (args, needle) in cases {
        let out = pushcheck(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(64), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    let out = pushcheck(&["check", "--ca-file", "/nonexistent/ca.pem"]);
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/ca.pem"));
}

#[test]
fn help_and_version_exit_0() {
    let out = pushcheck(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
    let out = pushcheck(&["check", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--resolve"));
}

#[test]
fn broken_catalog_names_the_line_and_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.toml");
    let text = pushcheck::catalog::BUILT_IN.replacen("first = 1", "first = one", 1);
    std::fs::write(&path, &text).unwrap();
    let line = text.lines().position(|l| l == "first = one").unwrap() + 1;
    let out = pushcheck(&[
        "check",
        "--catalog",
        path.to_str().unwrap(),
        "--public-dns",
        "none",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains(&format!("line {line}")), "{stderr}");
    assert!(stderr.contains("catalog.toml"), "{stderr}");
    // A missing file is named too.
    let out = pushcheck(&["check", "--catalog", "/nonexistent/c.toml"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/c.toml"));
}

#[test]
fn reports_are_written_and_a_failed_write_keeps_the_old_file() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let json = bed.dir.path().join("r.json");
    let txt = bed.dir.path().join("r.txt");
    let run = bed.run(&[
        "--output",
        json.to_str().unwrap(),
        "--output",
        txt.to_str().unwrap(),
        "--site",
        "Library, 2nd floor",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(written["headline"], run.json["headline"]);
    assert_eq!(written["site"], "Library, 2nd floor");
    let text = std::fs::read_to_string(&txt).unwrap();
    assert!(text.contains("Library, 2nd floor"));
    assert!(text.contains("Apple devices can get push notifications on this network."));
    // 80 columns, except a single word (an address) that cannot be broken.
    assert!(
        text.lines()
            .all(|l| l.chars().count() <= 80 || l.split_whitespace().count() == 1),
        "{text}"
    );

    // An unknown format is refused up front, before any probe runs.
    let out = pushcheck(&["check", "--output", "x.docx", "--public-dns", "none"]);
    assert_eq!(out.status.code(), Some(64));

    // Unwritable: a directory where the file should go; the run still answers, exit 3.
    let blocked = bed.dir.path().join("blocked.json");
    std::fs::create_dir(&blocked).unwrap();
    let run = bed.run(&["--output", blocked.to_str().unwrap()]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("blocked.json"), "{}", run.stderr);
    assert!(blocked.is_dir());
}

#[test]
fn ipv6_that_resolves_but_fails_is_reported() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    // Couriers also answer on ::1, where nothing listens on the courier ports.
    let mut resolve = bed.resolve.clone();
    for n in 1..=50 {
        resolve.push(format!("{n}-courier.push.apple.com:[::1]"));
    }
    let range = bed.range();
    let run = bed.run_with(
        &resolve,
        &["--apple-range", &range, "--apple-range", "::1/128"],
    );
    assert!(
        run.codes().contains(&"ipv6_broken".to_string()),
        "{:?}",
        run.codes()
    );
    let v6 = run.checks("courier:25223@::1");
    assert_eq!(v6.len(), 1, "IPv6 is probed separately");
    assert_eq!(v6[0]["outcome"], "refused");
    assert_eq!(run.json["overall"], "warning");
}

#[test]
fn events_stream_in_order_and_cancel_stops_at_once() {
    let bed = Bed::new();
    let setup = Setup {
        courier_primary: vec![Serve::Stall; COURIER_ADDRS as usize],
        ..Setup::healthy()
    };
    bed.start(&setup, 0);
    let catalog = Catalog::from_file(&bed.catalog_file).unwrap();
    let options = Options {
        timeout: Duration::from_secs(20),
        resolve: bed
            .resolve
            .iter()
            .map(|r| r.parse::<ResolveRule>().unwrap())
            .collect(),
        apple_ranges: vec![bed.range().parse().unwrap()],
        apple_roots: pushcheck::engine::read_ca_file(&bed.ca_file).unwrap(),
        public_dns: Vec::new(),
        ..Options::default()
    };
    let plan = Plan::new(catalog, options).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let woken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = woken.clone();
    let mut handle = Engine::start(
        runtime.handle(),
        plan,
        Some(std::sync::Arc::new(move || {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })),
    );
    let run = handle.run;
    let started = Instant::now();
    let summary = runtime.block_on(async {
        let mut planned = None;
        let mut finished = 0;
        let mut first = true;
        while let Some(event) = handle.events.recv().await {
            assert_eq!(event.run(), run);
            if first {
                assert!(matches!(event, Event::Started { .. }), "{event:?}");
                first = false;
            }
            match event {
                Event::Planned { total, .. } => planned = Some(total),
                Event::ProbeFinished { .. } => {
                    finished += 1;
                    // Once the quick probes are in, only the stalled ones remain (the couriers
                    // on their first port, and the large hello sent to the first of them): stop.
                    if finished == planned.unwrap_or(usize::MAX) - COURIER_ADDRS as usize - 1 {
                        handle.cancel();
                    }
                }
                Event::Finished { summary, .. } => return summary,
                _ => {}
            }
        }
        panic!("no Finished event");
    });
    assert!(summary.cancelled);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(woken.load(std::sync::atomic::Ordering::Relaxed) > 0);
    let plan = Plan::new(
        Catalog::from_file(&bed.catalog_file).unwrap(),
        Options::default(),
    )
    .unwrap();
    let report =
        pushcheck::report::Report::build(&summary, &plan, &pushcheck::report::RunLabels::default())
            .0;
    assert_eq!(report.overall, "untested");
}
