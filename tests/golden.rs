//! Golden files: the JSON report of several test-bed scenarios, byte for byte, with only what
//! differs between runs normalised (times, elapsed times, the bed's address block, this
//! computer's OS version). A refactor that changes one byte of a report fails here.
//!
//! `PUSHCHECK_BLESS=1 cargo test --test golden` rewrites the files; review the diff.
//!
//! Linux only: the golden files are this project's Linux machine's reports (the OS and its
//! proxy sources are in them); other systems are compared with Linux by tests/windows.rs.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use std::path::PathBuf;
use std::time::Instant;

use testbed::{Bed, COURIER_ADDRS, Captive, Serve, Setup};

/// Runs the real binary against `bed` and returns its raw JSON report and exit code.
fn raw_run(bed: &Bed, resolve: &[String], extra: &[&str]) -> (String, i32) {
    let mut args = vec!["--redact"];
    args.extend_from_slice(extra);
    let started = Instant::now();
    let output = bed.command(resolve, &args).output().unwrap();
    // Parsed once, so a broken run fails with the bed's own message.
    let run = testbed::Run::from_output(&output, started.elapsed());
    (String::from_utf8(output.stdout).unwrap(), run.code)
}

/// Replaces the values that differ between two runs of the same scenario, line by line on
/// the pretty-printed text, so key order and every other byte still count.
fn normalise(text: &str, bed: &Bed) -> String {
    let prefix = format!("{}.{}.{}.", bed.net[0], bed.net[1], bed.net[2]);
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let comma = if trimmed.ends_with(',') { "," } else { "" };
        let replaced = [
            ("\"started_at\": ", "\"<time>\""),
            ("\"duration_ms\": ", "0"),
            ("\"elapsed_ms\": ", "0"),
            ("\"os_version\": ", "\"<os>\""),
        ]
        .iter()
        .find(|(key, _)| trimmed.starts_with(key))
        .map(|(key, value)| format!("{indent}{key}{value}{comma}"));
        let line = seconds_off(&replaced.unwrap_or_else(|| line.to_string()));
        out.push_str(&line.replace(&prefix, "127.9.9."));
        out.push('\n');
    }
    out
}

/// "the clock is 1 s ahead" → "the clock is <n> s ahead": a healthy bed's clock differs from
/// the servers' by the second the `Date` header was rounded to.
fn seconds_off(line: &str) -> String {
    const MARK: &str = "clock is ";
    let Some(at) = line.find(MARK) else {
        return line.to_string();
    };
    let rest = &line[at + MARK.len()..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || !rest[digits..].starts_with(" s ") {
        return line.to_string();
    }
    format!("{}{MARK}<n>{}", &line[..at], &rest[digits..])
}

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.json"))
}

/// Compares the scenario's normalised report with its golden file (or writes it).
fn check(name: &str, bed: &Bed, resolve: &[String], extra: &[&str], exit: i32) {
    let (raw, code) = raw_run(bed, resolve, extra);
    assert_eq!(code, exit, "{name}: exit status\n{raw}");
    let got = format!("exit {code}\n{}", normalise(&raw, bed));
    let path = golden_path(name);
    if std::env::var_os("PUSHCHECK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (PUSHCHECK_BLESS=1 writes it)", path.display()));
    if got != want {
        let first = got
            .lines()
            .zip(want.lines())
            .enumerate()
            .find(|(_, (g, w))| g != w)
            .map(|(i, (g, w))| format!("line {}:\n  got:  {g}\n  want: {w}", i + 1))
            .unwrap_or_else(|| "lengths differ".to_string());
        panic!(
            "{name}: the report differs from {}\n{first}",
            path.display()
        );
    }
}

fn setup_with(f: impl FnOnce(&mut Setup)) -> Setup {
    let mut setup = Setup::healthy();
    f(&mut setup);
    setup
}

#[test]
fn golden_healthy() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    check("healthy", &bed, &bed.resolve, &[], 0);
}

#[test]
fn golden_fallback_only() {
    let bed = Bed::new();
    bed.start(
        &setup_with(|s| s.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize]),
        0,
    );
    check("fallback_only", &bed, &bed.resolve, &[], 1);
}

#[test]
fn golden_partial_allowlist_and_legacy() {
    let bed = Bed::new();
    bed.start(
        &setup_with(|s| {
            for i in [2usize, 5] {
                s.courier_primary[i] = Serve::Closed;
                s.courier_fallback[i] = Serve::Closed;
            }
        }),
        0,
    );
    check("partial_legacy", &bed, &bed.resolve, &["--legacy"], 2);
}

#[test]
fn golden_interception() {
    let bed = Bed::new();
    bed.start(
        &setup_with(|s| s.courier_fallback = vec![Serve::Forti; COURIER_ADDRS as usize]),
        0,
    );
    check("interception", &bed, &bed.resolve, &[], 2);
}

#[test]
fn golden_provider_plain_web_server_and_captive_portal() {
    let bed = Bed::new();
    bed.start(
        &setup_with(|s| {
            s.provider = [Serve::PlainHttps, Serve::Closed];
            s.captive = Captive::Portal;
        }),
        0,
    );
    check("provider_captive", &bed, &bed.resolve, &[], 2);
}

#[test]
fn golden_clock_and_role_server() {
    let bed = Bed::new();
    bed.start(&setup_with(|s| s.captive = Captive::Success(-2 * 3600)), 0);
    check(
        "clock_server",
        &bed,
        &bed.resolve,
        &["--role", "server", "--site", "Room 12"],
        2,
    );
}

#[test]
fn golden_dns_outside_apple_range_with_public_answers() {
    let bed = Bed::new();
    let (resolve, public, apple_range) = bed.dns_outside_range(&Setup::healthy());
    check(
        "dns_outside",
        &bed,
        &resolve,
        &["--public-dns", &public, "--apple-range", &apple_range],
        2,
    );
}
