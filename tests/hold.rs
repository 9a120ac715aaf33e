//! The hold test (`--hold`): idle HTTP/2 connections to the provider API, pinged after a
//! while, against a patient network, a middlebox that forgets quiet connections (silently or
//! with a reset) and a server that says GOAWAY. The real firewall version (nftables conntrack
//! timeouts) runs in the lab.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use testbed::{Bed, Forget, PORT_OFFSET, Run, Serve, Setup};

fn hold_checks(run: &Run) -> Vec<(u64, String, String)> {
    run.checks("hold:")
        .iter()
        .map(|c| {
            (
                c["idle_ms"].as_u64().unwrap_or(0),
                c["outcome"].as_str().unwrap().to_string(),
                c["detail"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A bed whose provider API is reached through a middlebox at .22 that forgets connections
/// quiet for `idle`.
fn bed_behind_relay(idle: Duration, forget: Forget) -> (Bed, Vec<String>) {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let port = 443 + PORT_OFFSET;
    bed.idle_relay(
        SocketAddr::new(IpAddr::V4(bed.ip(22)), port),
        SocketAddr::new(IpAddr::V4(bed.ip(21)), port),
        idle,
        forget,
    );
    let resolve: Vec<String> = bed
        .resolve
        .iter()
        .map(|r| {
            if r.starts_with("api.push.apple.com:") {
                format!("api.push.apple.com:{}", bed.ip(22))
            } else {
                r.clone()
            }
        })
        .collect();
    (bed, resolve)
}

#[test]
fn a_patient_network_keeps_quiet_connections() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&["--hold", "2"]);
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    assert_eq!(run.code, 0);
    let held = hold_checks(&run);
    assert_eq!(held.len(), 2, "{held:?}");
    assert!(
        held.iter().all(|(_, outcome, _)| outcome == "ok"),
        "{held:?}"
    );
    let idles: Vec<u64> = held.iter().map(|(ms, _, _)| *ms).collect();
    assert!(
        idles.contains(&1000) || idles.iter().any(|ms| (1000..1100).contains(ms)),
        "{idles:?}"
    );
    assert!(
        idles.iter().any(|ms| (2000..2100).contains(ms)),
        "{idles:?}"
    );
    let explanation = run.finding("all_clear")["explanation"].as_str().unwrap();
    assert!(explanation.contains("stayed open for 2 s"), "{explanation}");
    assert!(explanation.contains("15 minutes"), "{explanation}");
    assert_eq!(run.json["environment"]["hold_ms"], 2000);
    // The hold runs beside the other probes: the run lasts the hold, not hold + timeout.
    assert!(run.elapsed >= Duration::from_secs(2), "{:?}", run.elapsed);
    assert!(run.elapsed < Duration::from_secs(4), "{:?}", run.elapsed);
}

#[test]
fn a_firewall_that_silently_forgets_quiet_connections_is_caught() {
    // Quiet 6 s: forgotten at 4 s. The PING then waits its 5 s, by when the 12 s, 18 s and
    // 24 s connections are still quiet and need not be waited for.
    let (bed, resolve) = bed_behind_relay(Duration::from_secs(4), Forget::Silently);
    let run = bed.run_with(&resolve, &["--hold", "24"]);
    assert_eq!(run.headline_code(), "idle_timeout", "{:#}", run.json);
    assert_eq!(run.json["overall"], "problem");
    assert_eq!(run.code, 2);
    let held = hold_checks(&run);
    assert!(
        held.iter().any(|(ms, o, _)| *ms >= 6000 && o == "timeout"),
        "{held:?}"
    );
    assert_eq!(
        held.iter()
            .filter(|(_, o, d)| o == "skipped" && d.starts_with("not waited for"))
            .count(),
        3,
        "{held:?}"
    );
    let finding = run.finding("idle_timeout");
    let title = finding["title"].as_str().unwrap();
    assert!(title.contains("within 6 s"), "{title}");
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(explanation.contains("10–15 minutes"), "{explanation}");
    assert!(
        explanation.contains("got no answer at all"),
        "{explanation}"
    );
    assert!(
        finding["fix"]
            .as_str()
            .unwrap()
            .contains("at least 30 minutes")
    );
    // Stopped early: the 6 s idle plus the PING's 5 s, not the whole 24 s hold.
    assert!(run.elapsed < Duration::from_secs(13), "{:?}", run.elapsed);
}

#[test]
fn a_middlebox_that_resets_quiet_connections_is_caught_with_the_time_it_struck() {
    let (bed, resolve) = bed_behind_relay(Duration::from_millis(1500), Forget::WithReset);
    let run = bed.run_with(&resolve, &["--hold", "4"]);
    assert_eq!(run.headline_code(), "idle_timeout", "{:#}", run.json);
    let held = hold_checks(&run);
    let cut: Vec<_> = held.iter().filter(|(_, o, _)| o == "reset").collect();
    assert!(!cut.is_empty(), "{held:?}");
    // The reset came when the middlebox struck (1.5 s), not when the PING was due.
    assert!(
        cut.iter().all(|(ms, _, _)| (1400..1900).contains(ms)),
        "{held:?}"
    );
    let explanation = run.finding("idle_timeout")["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("was cut off after 1 s"),
        "{explanation}"
    );
    assert!(
        explanation.contains("one quiet for 1 s still worked"),
        "{explanation}"
    );
    // The reset is seen as it happens: no PING wait at all.
    assert!(run.elapsed < Duration::from_secs(4), "{:?}", run.elapsed);
}

#[test]
fn a_goaway_is_the_server_closing_not_the_network() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.provider = [Serve::ApnsGoawayAfter(1000), Serve::Apns];
    bed.start(&setup, 0);
    let run = bed.run(&["--hold", "4"]);
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    assert!(!run.codes().contains(&"idle_timeout".to_string()));
    let held = hold_checks(&run);
    assert!(
        held.iter()
            .any(|(_, o, d)| o == "skipped" && d.contains("GOAWAY")),
        "{held:?}"
    );
    let explanation = run.finding("all_clear")["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("Apple's server closed"),
        "{explanation}"
    );
}

// Ctrl-C is sent as SIGINT with `kill`: Unix only.
#[cfg(unix)]
#[test]
fn stopping_during_the_hold_reports_everything_else() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let resolve = bed.resolve.clone();
    let mut child = bed
        .command(&resolve, &["--hold", "600"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    std::thread::sleep(Duration::from_millis(1500));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    // Nothing else may hang: the answer arrives at once.
    let output = loop {
        if let Some(_status) = child.try_wait().unwrap() {
            break child.wait_with_output().unwrap();
        }
        assert!(started.elapsed() < Duration::from_secs(10), "still running");
        std::thread::sleep(Duration::from_millis(50));
    };
    let run = Run::from_output(&output, started.elapsed());
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    let held = hold_checks(&run);
    assert_eq!(held.len(), 4, "{held:?}");
    assert!(
        held.iter()
            .all(|(_, o, d)| o == "skipped" && d.starts_with("stopped")),
        "{held:?}"
    );
}

#[test]
fn no_working_path_means_the_hold_is_untested_and_says_why() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.provider = [Serve::Closed, Serve::Apns];
    bed.start(&setup, 0);
    let run = bed.run(&["--hold", "60"]);
    let held = run.checks("hold:");
    assert_eq!(held.len(), 1, "{held:#?}");
    assert_eq!(held[0]["status"], "untested");
    let detail = held[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("no connection to api.push.apple.com on port 20443 worked"),
        "{detail}"
    );
    assert!(!run.codes().contains(&"idle_timeout".to_string()));
    // Nothing to wait for: the run does not sit out the 60 s.
    assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
}

#[test]
fn the_hold_runs_for_a_device_only_test_too() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&["--hold", "1", "--role", "device"]);
    let held = hold_checks(&run);
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].1, "ok", "{held:?}");
}

#[test]
fn hold_out_of_range_is_a_usage_error() {
    let bed = Bed::new();
    for bad in ["0", "7201"] {
        let output = bed.command(&[], &["--hold", bad]).output().unwrap();
        assert_eq!(output.status.code(), Some(64));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("--hold must be between 1 and 7200"),
            "{stderr}"
        );
    }
}
