//! The lab benchmark: how long a full run takes on a network whose servers are 100 ms away,
//! against what the same answers cost otherwise, and how much memory it needs.
//!
//! Inside a fresh namespace (as the lab scenarios: dnsmasq behind /etc/resolv.conf, the test
//! bed on Apple's real ports at 127.0.1.0/24, every server waiting 100 ms before it reads a new
//! connection) it measures:
//! - the full run (`pushcheck check`), median of several;
//! - the floor: the slowest single probe done alone by `curl --http2`;
//! - the sweep admins script today: one `openssl s_client` per numbered courier and port,
//!   one after another (as the Jamf Environment Test does);
//! - everything blackholed by nftables against `--timeout`;
//! - peak memory from `/usr/bin/time -v`;
//! - scale: a catalog of 200 couriers × 2 ports over IPv4 and IPv6, under a limit of 256 open
//!   files (macOS's default).
//!
//! Targets: the full run within 1.10× of the floor, at least 60× faster than the sweep, 200
//! couriers within 1.5× of the floor; each time a median of 7 runs with its spread, and the
//! client's CPU time (per courier probe at scale) and peak memory beside it.
//!
//! Prints a Markdown table (the one in README.md) and exits non-zero when a target is missed.
//! Run: `cargo bench --bench lab` as root on Linux.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may panic on a broken lab

#[path = "../tests/testbed/mod.rs"]
mod testbed;

#[path = "../tests/lab/support.rs"]
mod support;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{Lab, output_rules};
use testbed::{Serve, Setup};

const DISTANCE: Duration = Duration::from_millis(100);
const RUNS: usize = 7;
const SCALE_COURIERS: u32 = 200;

fn main() {
    if !support::inside() {
        if let Some(why) = support::cannot_run() {
            eprintln!("lab benchmark skipped: {why}");
            return;
        }
        let status = support::inside_command(&[]).status().unwrap();
        std::process::exit(status.code().unwrap_or(1));
    }
    let missed = measure();
    if missed > 0 {
        eprintln!("{missed} target(s) missed");
        std::process::exit(1);
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// "126 ms (spread 121–131 ms)": the median of the samples and their range.
fn spread(samples: &[Duration]) -> String {
    let min = samples.iter().min().copied().unwrap_or_default();
    let max = samples.iter().max().copied().unwrap_or_default();
    format!(
        "{} (spread {}–{})",
        ms(median(samples.to_vec())),
        ms(min).trim_end_matches(" ms"),
        ms(max)
    )
}

fn timed(mut cmd: Command) -> (Duration, std::process::Output) {
    let started = Instant::now();
    let output = cmd.output().unwrap();
    (started.elapsed(), output)
}

/// CPU time (user + system) this process has used: the lab's servers run in it.
fn own_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name (which is in parentheses): utime is the 12th, stime
    // the 13th, in clock ticks.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i).and_then(|v| v.parse::<u64>().ok()))
        .sum();
    let per_second = Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .trim()
                .parse::<u64>()
                .ok()
        })
        .unwrap_or(100);
    Duration::from_secs_f64(ticks as f64 / per_second as f64)
}

/// Peak resident memory of `cmd` in MB and its CPU time (user + system), from GNU time.
fn peak_rss_mb(cmd: &Command) -> (f64, Duration) {
    let mut timed = wrapped(&["/usr/bin/time", "-v"], cmd);
    let output = timed.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let kb: f64 = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak memory in: {stderr}"));
    let seconds = |label: &str| -> f64 {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0)
    };
    let cpu = seconds("User time (seconds): ") + seconds("System time (seconds): ");
    (kb / 1024.0, Duration::from_secs_f64(cpu))
}

/// `pushcheck check` in the lab. `PUSHCHECK_BENCH_BIN` measures another build of it (one
/// with symbols, for a profiler).
fn pushcheck(lab: &Lab, extra: &[&str]) -> Command {
    let cmd = lab.bed.command(&[], extra);
    let mut cmd = match std::env::var_os("PUSHCHECK_BENCH_BIN") {
        Some(bin) => {
            let mut other = Command::new(bin);
            other.args(cmd.get_args());
            for (key, value) in cmd.get_envs() {
                match value {
                    Some(v) => other.env(key, v),
                    None => other.env_remove(key),
                };
            }
            other
        }
        None => cmd,
    };
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd
}

fn report(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not a JSON report ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

fn curl(lab: &Lab, args: &[&str]) -> Vec<Duration> {
    (0..RUNS)
        .map(|_| {
            let mut cmd = Command::new("curl");
            cmd.args([
                "-sS",
                "--max-time",
                "10",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--cacert",
            ])
            .arg(&lab.bed.ca_file)
            .args(args);
            let (took, output) = timed(cmd);
            let code = String::from_utf8_lossy(&output.stdout).to_string();
            assert!(
                code.starts_with('2') || code.starts_with('4'),
                "curl {args:?} answered {code}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            took
        })
        .collect()
}

/// `cmd` run through `wrapper` (say `prlimit --nofile=256:256 --`), output captured; with an
/// empty wrapper, a copy of `cmd`.
fn wrapped(wrapper: &[&str], cmd: &Command) -> Command {
    let mut words = wrapper
        .iter()
        .map(std::ffi::OsStr::new)
        .chain(std::iter::once(cmd.get_program()))
        .chain(cmd.get_args());
    let mut copy = Command::new(words.next().unwrap_or_default());
    copy.args(words)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => copy.env(key, v),
            None => copy.env_remove(key),
        };
    }
    copy
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// `PUSHCHECK_BENCH_WRAP="perf record -g -o /var/tmp/run.perf --"`: one run (of the full
/// catalog, then of the scale catalog) under a profiler or tracer, its words split at spaces,
/// before the measured ones. `PUSHCHECK_BENCH_WRAP_ONLY=full|scale` picks one.
fn under_wrapper(lab: &Lab, extra: &[&str], which: &str) {
    let Ok(wrapper) = std::env::var("PUSHCHECK_BENCH_WRAP") else {
        return;
    };
    if std::env::var("PUSHCHECK_BENCH_WRAP_ONLY").is_ok_and(|only| only != which) {
        return;
    }
    let words: Vec<&str> = wrapper.split_whitespace().collect();
    let (took, output) = timed(wrapped(&words, &pushcheck(lab, extra)));
    eprintln!(
        "lab benchmark: one {which} run under `{wrapper}` took {} (exit {:?})",
        ms(took),
        output.status.code()
    );
}

fn measure() -> usize {
    let mut lab = Lab::new();
    lab.bed.delay = DISTANCE;
    let records = lab.records();
    lab.dns(Ipv4Addr::LOCALHOST, &records);
    lab.bed.start(&Setup::healthy(), 0);
    let mut rows: Vec<(String, String, String, String)> = Vec::new();
    let mut missed = 0;
    let mut target = |ok: bool| {
        if !ok {
            missed += 1;
        }
        if ok { "met" } else { "MISSED" }.to_string()
    };

    eprintln!("lab benchmark: The full run…");
    under_wrapper(&lab, &[], "full");
    // The full run.
    // Each run's time, and its provider API probe's own (connect to APNs's answer).
    let (full_runs, provider_probes): (Vec<Duration>, Vec<Duration>) = (0..RUNS)
        .map(|_| {
            let (took, output) = timed(pushcheck(&lab, &[]));
            let json = report(&output);
            assert_eq!(json["overall"], "ok", "the full run is not all clear");
            let probe = json["checks"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| {
                    c["id"]
                        .as_str()
                        .unwrap_or("")
                        .starts_with("provider:api.push.apple.com:443@")
                })
                .and_then(|c| c["elapsed_ms"].as_u64())
                .expect("no provider API probe on 443");
            (took, Duration::from_millis(probe))
        })
        .unzip();
    let full_checks = {
        let (_, output) = timed(pushcheck(&lab, &[]));
        report(&output)["checks"].as_array().unwrap().len()
    };
    let full = median(full_runs.clone());

    eprintln!("lab benchmark: (a) The floor…");
    // (a) The floor: each kind of probe alone with curl; the slowest of them.
    let token = "0".repeat(64);
    let provider = curl(
        &lab,
        &[
            "--http2",
            "-X",
            "POST",
            "-H",
            "apns-topic: com.apple.mgmt.pushcheck",
            "-d",
            "{}",
            &format!("https://api.push.apple.com/3/device/{token}"),
        ],
    );
    let service = curl(&lab, &["--http2", "https://gdmf.apple.com/"]);
    let captive = curl(&lab, &["http://captive.apple.com/hotspot-detect.html"]);
    // The floor of each run: the slowest kind of probe in it.
    let floors: Vec<Duration> = (0..RUNS)
        .map(|i| provider[i].max(service[i]).max(captive[i]))
        .collect();
    let floor = median(floors.clone());
    let (provider, service, captive) = (median(provider), median(service), median(captive));
    let ratio = full.as_secs_f64() / floor.as_secs_f64();

    eprintln!("lab benchmark: (b) The sequential sweep…");
    // (b) The sequential sweep: one openssl s_client per courier and port.
    let sweep_started = Instant::now();
    let mut sweep_ok = 0;
    for n in 1..=50 {
        for port in [5223, 443] {
            let host = format!("{n}-courier.push.apple.com");
            let status = Command::new("openssl")
                .args(["s_client", "-connect", &format!("{host}:{port}")])
                .args(["-servername", &host, "-alpn", "apns-security-v3", "-CAfile"])
                .arg(&lab.bed.ca_file)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap();
            if status.success() {
                sweep_ok += 1;
            }
        }
    }
    let sweep = sweep_started.elapsed();
    assert_eq!(sweep_ok, 100, "the openssl sweep failed somewhere");
    let speedup = sweep.as_secs_f64() / full.as_secs_f64();

    eprintln!("lab benchmark: Peak memory of the full run…");
    // Peak memory of the full run.
    let (rss_full, cpu_full) = peak_rss_mb(&pushcheck(&lab, &[]));

    rows.push((
        format!("Full run ({full_checks} checks), median of {RUNS}"),
        format!(
            "{} ({} CPU; its provider API probe, connect to answer: {})",
            spread(&full_runs),
            ms(cpu_full),
            spread(&provider_probes)
        ),
        "—".into(),
        String::new(),
    ));
    rows.push((
        format!(
            "(a) Floor: slowest single probe alone, `curl --http2` (provider API {}, HTTPS service {}, captive page {}), median of {RUNS}",
            ms(provider),
            ms(service),
            ms(captive)
        ),
        spread(&floors),
        format!("full run ≤ 1.10× floor: {ratio:.2}×"),
        target(ratio <= 1.10),
    ));
    rows.push((
        "(b) Sequential sweep: `openssl s_client` × 50 couriers × 2 ports".into(),
        ms(sweep),
        format!("full run ≥ 60× faster: {speedup:.0}×"),
        target(speedup >= 60.0),
    ));

    eprintln!("lab benchmark: (c) Everything blackholed…");
    // (c) Everything blackholed.
    lab.firewall(&output_rules("    ip daddr 127.0.1.0/24 drop"));
    let (blackholed, output) = timed(pushcheck(&lab, &["--timeout", "3"]));
    assert_eq!(report(&output)["overall"], "problem");
    let (rss_blackholed, _) = peak_rss_mb(&pushcheck(&lab, &["--timeout", "3"]));
    lab.firewall("flush ruleset\n");
    rows.push((
        "(c) Everything blackholed, `--timeout 3`".into(),
        ms(blackholed),
        "≤ timeout + 1 s".into(),
        target(blackholed <= Duration::from_secs(4)),
    ));
    let rss = rss_full.max(rss_blackholed);
    rows.push((
        "Peak memory (RSS), full run / blackholed".into(),
        format!("{rss_full:.1} MB / {rss_blackholed:.1} MB"),
        "≤ 40 MB".into(),
        target(rss <= 40.0),
    ));

    eprintln!("lab benchmark: Scale…");
    // Scale: 200 couriers on 200 IPv4 addresses and ::1, both ports, 256 open files at most.
    for child in &mut lab.helpers {
        let _ = child.kill();
        let _ = child.wait();
    }
    lab.helpers.clear();
    let mut records = lab.records();
    records.retain(|(name, _)| !name.ends_with("-courier.push.apple.com"));
    for n in 1..=SCALE_COURIERS {
        let last = u8::try_from(n).unwrap_or(u8::MAX);
        records.push((
            format!("{n}-courier.push.apple.com"),
            vec![
                IpAddr::V4(Ipv4Addr::new(127, 0, 2, last)),
                IpAddr::V6(Ipv6Addr::LOCALHOST),
            ],
        ));
    }
    lab.dns(Ipv4Addr::LOCALHOST, &records);
    for n in 1..=SCALE_COURIERS {
        let last = u8::try_from(n).unwrap_or(u8::MAX);
        for port in [5223, 443] {
            let ip = IpAddr::V4(Ipv4Addr::new(127, 0, 2, last));
            lab.bed.serve_at(SocketAddr::new(ip, port), Serve::Courier);
        }
    }
    for port in [5223, 443] {
        let v6 = SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port);
        lab.bed.serve_at(v6, Serve::Courier);
    }
    let mut catalog: toml::Value = toml::from_str(pushcheck::catalog::BUILT_IN).unwrap();
    catalog["couriers"]["last"] = toml::Value::Integer(i64::from(SCALE_COURIERS));
    catalog["couriers"]["distinct_addresses"] = toml::Value::Integer(i64::from(SCALE_COURIERS));
    std::fs::write(&lab.bed.catalog_file, toml::to_string(&catalog).unwrap()).unwrap();
    let ranges = [
        "--apple-range",
        "127.0.1.0/24",
        "--apple-range",
        "127.0.2.0/24",
        "--apple-range",
        "::1/128",
    ];
    let limited = |lab: &Lab| {
        wrapped(
            &["prlimit", "--nofile=256:256", "--"],
            &pushcheck(lab, &ranges),
        )
    };
    let check_scale = |cmd: Command,
                       label: &str,
                       rows: &mut Vec<(String, String, String, String)>| {
        let servers_before = own_cpu();
        let runs: Vec<(Duration, std::process::Output)> =
            (0..RUNS).map(|_| timed(wrapped(&[], &cmd))).collect();
        let servers = (own_cpu() - servers_before) / RUNS as u32;
        let samples: Vec<Duration> = runs.iter().map(|(d, _)| *d).collect();
        let took = median(samples.clone());
        eprintln!(
            "lab benchmark: scale ({label}): {:?} ms",
            samples.iter().map(|d| d.as_millis()).collect::<Vec<_>>()
        );
        // A run far off the median: its slowest checks, to tell the network from the tool.
        for (sample, (_, output)) in samples.iter().zip(&runs) {
            if *sample > took * 2 {
                let json = report(output);
                let mut checks: Vec<(u64, String)> = json["checks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| {
                        (
                            c["elapsed_ms"].as_u64().unwrap_or(0),
                            format!("{} {}", c["id"], c["detail"]),
                        )
                    })
                    .collect();
                checks.sort();
                eprintln!(
                    "lab benchmark: {} ms run ({} ms by the report), slowest checks: {:?}",
                    sample.as_millis(),
                    json["duration_ms"],
                    checks.iter().rev().take(3).collect::<Vec<_>>()
                );
            }
        }
        let json = report(&runs[0].1);
        let couriers: Vec<&serde_json::Value> = json["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["id"].as_str().unwrap_or("").starts_with("courier:"))
            .collect();
        // Every run counts: a courier (or its lookup) that failed in any of them.
        let failed: Vec<String> = runs
            .iter()
            .enumerate()
            .flat_map(|(n, (_, output))| {
                let json = report(output);
                json["checks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|c| {
                        let id = c["id"].as_str().unwrap_or("");
                        (id.starts_with("courier:") || id == "dns:couriers") && c["outcome"] != "ok"
                    })
                    .map(|c| format!("run {n}: {} {} {}", c["id"], c["outcome"], c["detail"]))
                    .collect::<Vec<_>>()
            })
            .collect();
        if !failed.is_empty() {
            eprintln!("scale failures ({label}): {failed:#?}");
        }
        let v6 = couriers.iter().filter(|c| c["address"] == "::1").count();

        let (rss, cpu) = peak_rss_mb(&cmd);
        let per_courier = cpu.as_secs_f64() * 1e6 / couriers.len().max(1) as f64;
        rows.push((
            format!(
                "Scale, {label}: {} courier probes ({SCALE_COURIERS} IPv4 addresses + ::1, 2 ports; {v6} over IPv6), median of {RUNS}",
                couriers.len()
            ),
            format!(
                "{} ({rss:.1} MB, {} CPU, {per_courier:.0} µs CPU per courier probe; the lab's servers on the same cores: {} CPU)",
                spread(&samples),
                ms(cpu),
                ms(servers)
            ),
            format!("{} failed; ≤ 40 MB", failed.len()),
            String::new(),
        ));
        (took, failed.is_empty() && rss <= 40.0)
    };
    under_wrapper(&lab, &ranges, "scale");
    let (scale, scale_ok) = check_scale(
        pushcheck(&lab, &ranges),
        "open-files limit as given",
        &mut rows,
    );
    let (limited_time, limited_ok) = check_scale(
        limited(&lab),
        "at most 256 open files (macOS's default)",
        &mut rows,
    );
    let n = rows.len();
    rows[n - 2].3 = target(scale_ok && scale <= floor.mul_f64(1.5));
    rows[n - 2].2.push_str(&format!(
        "; ≤ 1.5× floor: {:.2}×",
        scale.as_secs_f64() / floor.as_secs_f64()
    ));
    rows[n - 1].3 = target(limited_ok);
    rows[n - 1].2.push_str(&format!(
        "; waits for sockets instead of failing ({:.2}× floor)",
        limited_time.as_secs_f64() / floor.as_secs_f64()
    ));

    println!(
        "Servers {} ms away; {} cores; median of {RUNS} runs where it says so.\n",
        DISTANCE.as_millis(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("| Measurement | Time | Target | |\n|---|---|---|---|");
    for (what, time, goal, verdict) in rows {
        println!("| {what} | {time} | {goal} | {verdict} |");
    }
    missed
}
