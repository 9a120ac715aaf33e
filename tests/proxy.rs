//! Proxy settings as the binary reads them from its environment: reported per source with
//! credentials masked, judged by whether Apple's push hosts are exempt.
//! Run by `tests/harness`: without Squid or mitmproxy their tests count as ignored, or fail
//! under `PUSHCHECK_LAB_REQUIRED=1` (set by `.ci/run`, which installs them).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

#[path = "harness/mod.rs"]
mod harness;
mod testbed;

use testbed::{Bed, Setup};

/// A real proxy the case needs is not installed after all (its needs say it is).
fn helper_missing(what: &str) {
    panic!("{what} is not installed (.ci/run installs it)");
}

fn proxy_from_environment_is_reported_with_credentials_masked() {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.env = vec![(
        "https_proxy".to_string(),
        "http://teacher:s3cret@127.0.0.1:3128".to_string(),
    )];
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "proxy_configured", "{:#}", run.json);
    assert_eq!(run.json["overall"], "warning");
    assert_eq!(run.json["proxy"]["read"], true);
    let sources = run.json["proxy"]["sources"].as_array().unwrap();
    assert_eq!(sources[0]["source"], "environment variables");
    assert!(
        sources[0]["setting"]
            .as_str()
            .unwrap()
            .contains("http://teacher:***@127.0.0.1:3128")
    );
    let whole = run.json.to_string();
    assert!(
        !whole.contains("s3cret"),
        "a password leaked into the report"
    );

    // Exempting Apple's push hosts makes it a note.
    bed.env.push((
        "no_proxy".to_string(),
        ".push.apple.com,17.0.0.0/8".to_string(),
    ));
    let run = bed.run(&[]);
    assert_eq!(run.json["overall"], "ok");
    assert_eq!(run.finding("proxy_configured")["severity"], "info");

    // --no-proxy does not read settings at all.
    let run = bed.run(&["--no-proxy"]);
    assert_eq!(run.json["proxy"]["read"], false);
    assert!(!run.codes().contains(&"proxy_configured".to_string()));
}

fn malformed_proxy_value_is_a_clear_line_not_a_crash() {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.env = vec![("http_proxy".to_string(), "::::".to_string())];
    let run = bed.run(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sources = run.json["proxy"]["sources"].as_array().unwrap();
    let setting = sources[0]["setting"].as_str().unwrap();
    assert!(setting.contains("unreadable: http_proxy"), "{setting}");
}

use std::time::Duration;

use testbed::{COURIER_ADDRS, Serve};

fn only_the_proxy_gets_out_through_a_real_squid() {
    let mut bed = Bed::new();
    // Direct: every courier address closed (the firewall). Behind Squid: Apple as it should be.
    let setup = Setup {
        courier_primary: vec![Serve::Closed; COURIER_ADDRS as usize],
        courier_fallback: vec![Serve::Closed; COURIER_ADDRS as usize],
        ..Setup::healthy()
    };
    bed.start(&setup, 0);
    bed.serve(bed.ip(200), 443, Serve::Courier);
    bed.serve(bed.ip(200), 5223, Serve::Courier);
    let hosts = [
        ("1-courier.push.apple.com", bed.ip(200)),
        ("api.push.apple.com", bed.ip(21)),
    ];
    let Some(squid) = bed.squid(bed.ip(60), &[20443], &hosts) else {
        helper_missing("Squid");
        return;
    };
    bed.env = vec![("https_proxy".to_string(), squid.url.clone())];
    let run = bed.run(&[]);
    assert_eq!(
        run.headline_code(),
        "direct_blocked_proxy_only",
        "{:#}",
        run.json
    );
    assert_eq!(run.json["overall"], "problem");
    let via = run.checks("courier:1-courier.push.apple.com:20443@via");
    assert_eq!(via.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(via[0]["outcome"], "ok", "{:#}", via[0]);
    assert_eq!(via[0]["via"], squid.url.as_str());
    // The chain came through untouched: Squid does not decrypt.
    assert_eq!(via[0]["tls"]["trusted_by"], "--apple-root");
    let provider = run.checks("provider:api.push.apple.com:20443@via");
    assert_eq!(provider[0]["outcome"], "ok", "{:#}", provider[0]);
    let finding = run.finding("direct_blocked_proxy_only");
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("13.4") && explanation.contains("PAC"),
        "{explanation}"
    );
    assert!(!run.codes().contains(&"port_blocked".to_string()));

    // Squid's SSL_ports refuse a tunnel to the push port, as its default config does to 5223.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let proxy: pushcheck::proxy::ProxyUrl = squid.url.parse().unwrap();
    let refused = runtime.block_on(pushcheck::engine::connect_via(
        &proxy,
        "1-courier.push.apple.com",
        25223,
        tokio::time::Instant::now() + Duration::from_secs(5),
    ));
    let (outcome, detail) = refused.unwrap_err();
    assert_eq!(outcome, pushcheck::engine::Outcome::ProxyFailed);
    assert!(detail.contains("403"), "{detail}");
}

// The PAC file comes from KDE's settings, which only Linux reads.
#[cfg(target_os = "linux")]
fn pac_file_is_run_and_sends_apple_direct() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let url = bed.serve_pac(bed.ip(70),
        18080,
        r#"function FindProxyForURL(url, host) {
             if (dnsDomainIs(host, ".push.apple.com") || isInNet(dnsResolve(host), "17.0.0.0", "255.0.0.0")) return "DIRECT";
             return "PROXY 127.0.0.1:3128";
           }"#,
    );
    bed.kde_pac(&url);
    let run = bed.run(&[]);
    let pac = run.checks("pac:");
    assert_eq!(pac.len(), 1, "{:#}", run.json["checks"]);
    assert_eq!(pac[0]["outcome"], "ok", "{:#}", pac[0]);
    let detail = pac[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("1-courier.push.apple.com -> DIRECT"),
        "{detail}"
    );
    assert!(detail.contains("api.push.apple.com -> DIRECT"), "{detail}");
    assert_eq!(
        run.finding("proxy_configured")["severity"],
        "info",
        "{:#}",
        run.json["findings"]
    );
    assert_eq!(run.json["overall"], "ok");
    assert!(run.checks("courier:").iter().all(|c| c["via"] == "direct"));
}

/// The PAC file's run is evidence in the report: per host the URL asked, the answer as
/// written and as read, errors with their line; what myIpAddress() gave; what it looked up
/// (names the run did not resolve, such as localhost, through the system resolver).
#[cfg(target_os = "linux")]
fn the_pac_run_is_typed_evidence_per_host() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let url = bed.serve_pac(
        bed.ip(72),
        18080,
        "function FindProxyForURL(url, host) {\n  alert('asked for ' + host);\n  if (host == 'api.push.apple.com') {\n    throw new Error('no rule for the provider API');\n  }\n  if (isInNet(dnsResolve('localhost'), '127.0.0.0', '255.0.0.0') && dnsResolve('nothing.invalid') === null)\n    return 'PROXY Tim Cook; SOCKS 127.0.0.9:1080; DIRECT';\n  return 'PROXY 127.0.0.9:3128';\n}\n",
    );
    bed.kde_pac(&url);
    let run = bed.run(&[]);
    let check = &run.checks("pac:")[0];
    let pac = &check["pac"];
    assert_eq!(pac["url"], url.as_str(), "{check:#}");
    assert_eq!(pac["function"], "FindProxyForURL", "{check:#}");
    assert_eq!(pac["discovered"], false);
    let hosts = pac["hosts"].as_array().unwrap();
    let courier = hosts
        .iter()
        .find(|h| h["host"] == "1-courier.push.apple.com")
        .unwrap();
    assert_eq!(courier["url"], "https://1-courier.push.apple.com/");
    assert_eq!(
        courier["answer"],
        "PROXY Tim Cook; SOCKS 127.0.0.9:1080; DIRECT"
    );
    // The bad entry skipped as browsers skip it; SOCKS is SOCKS version 4.
    assert_eq!(
        courier["routes"],
        serde_json::json!(["SOCKS socks4://127.0.0.9:1080", "DIRECT"])
    );
    assert_eq!(courier["skipped"], serde_json::json!(["PROXY Tim Cook"]));
    // One failing host hides nothing of the other's answer; its error names the line.
    let provider = hosts
        .iter()
        .find(|h| h["host"] == "api.push.apple.com")
        .unwrap();
    assert_eq!(provider["error"]["message"], "no rule for the provider API");
    assert_eq!(provider["error"]["line"], 4);
    assert!(
        pac["my_ip"].as_str().unwrap().starts_with("127."),
        "{pac:#}"
    );
    let lookups = pac["lookups"].as_array().unwrap();
    let localhost = lookups.iter().find(|l| l["name"] == "localhost").unwrap();
    assert!(
        localhost["addresses"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "127.0.0.1"),
        "{pac:#}"
    );
    let nothing = lookups
        .iter()
        .find(|l| l["name"] == "nothing.invalid")
        .unwrap();
    assert_eq!(nothing["addresses"], serde_json::json!([]));
    assert_eq!(
        pac["alerts"],
        serde_json::json!([
            "asked for 1-courier.push.apple.com",
            "asked for api.push.apple.com"
        ])
    );
    // A host whose PAC call fails: the file is not usable as is.
    assert_eq!(check["outcome"], "proxy_failed");
}

/// A panic inside the PAC sandbox is a bug in Push Check (an internal error, untested),
/// never "the PAC file used too much memory or CPU time".
#[cfg(target_os = "linux")]
fn a_panic_in_the_pac_sandbox_is_a_bug_not_the_file() {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let url = bed.serve_pac(
        bed.ip(74),
        18080,
        "function FindProxyForURL(u, h) { return 'DIRECT'; }",
    );
    bed.kde_pac(&url);
    bed.env
        .push(("PUSHCHECK_TEST_PANIC".to_string(), "pac:".to_string()));
    let run = bed.run(&[]);
    let pac = &run.checks("pac:")[0];
    assert_eq!(pac["status"], "untested", "{pac:#}");
    let detail = pac["detail"].as_str().unwrap();
    assert!(detail.contains("bug in Push Check"), "{detail}");
    assert!(!detail.contains("memory or CPU"), "{detail}");
    assert!(run.codes().contains(&"internal_error".to_string()));
    assert_eq!(run.json["overall"], "untested");
}

/// A request for the PAC sandbox (`pushcheck pac-eval`), one line.
#[cfg(target_os = "linux")]
fn sandbox_request(script: &str, time_ms: u64) -> String {
    let request = serde_json::json!({
        "script": script,
        "hosts": ["api.push.apple.com"],
        "known": {},
        "my_ip": ["127.0.0.1"],
        "prefer_ex": false,
        "time_ms": time_ms,
        "memory": 32u64 * 1024 * 1024,
    });
    format!("{request}\n")
}

/// The sandbox as it runs a PAC file: it cannot open a socket or a file (not even create
/// one), is not root, has no new privileges and a system-call filter; it still keeps the
/// time zone glibc loads lazily (warmed up before the filter), and answers.
#[cfg(target_os = "linux")]
fn the_pac_sandbox_cannot_open_sockets_or_files_and_is_not_root() {
    use std::io::{Read, Write};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .arg("pac-eval")
        .env("PUSHCHECK_TEST_SANDBOX_PROBE", "1")
        // A zone read from a file, as most systems' local zone is.
        .env("TZ", "Europe/Berlin")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let script = "function FindProxyForURL(u, h) { return new Date().getTimezoneOffset() != 0 ? 'DIRECT' : 'PROXY utc:1'; }";
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(sandbox_request(script, 2000).as_bytes())
        .unwrap();
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(child.wait().unwrap().success(), "{stderr}");
    for what in ["socket", "open", "create"] {
        assert!(
            stderr.contains(&format!("probe {what}: denied")),
            "{what}: {stderr}"
        );
    }
    assert!(!std::path::Path::new("/tmp/pushcheck-sandbox-probe").exists());
    let uid = stderr
        .lines()
        .find_map(|l| l.strip_prefix("probe uid: "))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("{stderr}"));
    assert_ne!(uid, "0", "the sandbox runs as root: {stderr}");
    assert!(
        stdout.contains(r#""raw":"DIRECT""#),
        "time zone lost: {stdout}"
    );

    // No new privileges and a filter, as the kernel holds them (a busy sandbox).
    let mut busy = std::process::Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .arg("pac-eval")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    busy.stdin
        .as_mut()
        .unwrap()
        .write_all(sandbox_request("for (;;) {}", 3000).as_bytes())
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let status = std::fs::read_to_string(format!("/proc/{}/status", busy.id())).unwrap();
    let _ = busy.kill();
    let _ = busy.wait();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(field("NoNewPrivs:"), "1", "{status}");
    assert_eq!(field("Seccomp:"), "2", "{status}");
}

/// The sandbox dies with the process that started it, even when that one is killed
/// outright (SIGKILL): nothing keeps running a network's JavaScript on its own.
#[cfg(target_os = "linux")]
fn the_pac_sandbox_dies_with_its_parent() {
    use std::io::{BufRead, Write};
    // A shell plays the app: it starts the sandbox (busy with an endless loop), says its
    // process id, and waits.
    let mut parent = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "exec 3<&0; '{}' pac-eval <&3 3<&- >/dev/null & echo $!; wait",
            env!("CARGO_BIN_EXE_pushcheck")
        ))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    parent
        .stdin
        .as_mut()
        .unwrap()
        .write_all(sandbox_request("for (;;) {}", 20_000).as_bytes())
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(parent.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    let child: u32 = line.trim().parse().unwrap();
    let alive = |pid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .is_ok_and(|s| !s.contains("State:\tZ"))
    };
    std::thread::sleep(Duration::from_millis(500));
    assert!(alive(child), "the sandbox should be running");
    parent.kill().unwrap();
    let _ = parent.wait();
    let started = std::time::Instant::now();
    while alive(child) && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!alive(child), "the sandbox outlived its parent");
}

/// Processes of the PAC sandbox (`pushcheck pac-eval`) started for this bed (their HOME is
/// the bed's folder), still alive.
#[cfg(target_os = "linux")]
fn sandboxes_left(bed: &Bed) -> Vec<String> {
    let home = format!("HOME={}", bed.dir.path().display());
    let mut left = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let dir = entry.path();
        let cmdline = std::fs::read(dir.join("cmdline")).unwrap_or_default();
        let environ = std::fs::read(dir.join("environ")).unwrap_or_default();
        let is_sandbox = cmdline.split(|b| *b == 0).any(|a| a == b"pac-eval");
        let ours = environ.split(|b| *b == 0).any(|v| v == home.as_bytes());
        if is_sandbox && ours {
            left.push(dir.display().to_string());
        }
    }
    left
}

#[cfg(target_os = "linux")]
fn a_pac_file_looping_inside_a_builtin_cannot_hang_the_run() {
    // QuickJS's interrupt handler is never asked while this built-in walks 2^53 elements: only
    // the child process, killed at its cap, ends it.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let url = bed.serve_pac(bed.ip(74),
        18082,
        "function FindProxyForURL(u, h) { return [].indexOf.call({length: Math.pow(2, 53) - 1}, 1) ? 'DIRECT' : 'DIRECT'; }",
    );
    bed.kde_pac(&url);
    let started = std::time::Instant::now();
    let run = bed.run(&["--timeout", "2"]);
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(3500),
        "took {took:?} with --timeout 2"
    );
    let pac = run.checks("pac:");
    assert_eq!(pac[0]["outcome"], "proxy_failed", "{:#}", pac[0]);
    assert!(
        pac[0]["detail"]
            .as_str()
            .unwrap()
            .contains("ran longer than"),
        "{:#}",
        pac[0]
    );
    // The rest of the run is reported as usual, and no sandbox is left running.
    assert!(!run.checks("courier:").is_empty());
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(sandboxes_left(&bed), Vec::<String>::new());
}

#[cfg(target_os = "linux")]
fn the_pac_sandbox_runs_under_memory_and_cpu_limits() {
    // A sandbox busy with an endless loop: its limits, as the kernel holds them.
    use std::io::Write;
    let request = serde_json::json!({
        "script": "function FindProxyForURL(u, h) { for (;;) {} }",
        "hosts": ["api.push.apple.com"],
        "known": {},
        "my_ip": ["127.0.0.1"],
        "prefer_ex": false,
        "time_ms": 3000,
        "memory": 32u64 * 1024 * 1024,
    });
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .arg("pac-eval")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{request}\n").as_bytes())
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let line = |name: &str| {
        limits
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_default()
            .split_whitespace()
            .skip(name.split_whitespace().count())
            .take(2)
            .collect::<Vec<_>>()
            .join(" ")
    };
    // CPU: the 3 s cap and one more second; address space: the program plus QuickJS's cap.
    assert_eq!(line("Max cpu time"), "4 4", "{limits}");
    let space: u64 = line("Max address space")
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap_or(u64::MAX);
    assert!(space <= 1 << 30, "{limits}");
}

// The PAC file comes from KDE's settings, which only Linux reads.
#[cfg(target_os = "linux")]
fn pac_that_loops_forever_is_stopped_with_a_clear_message() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let url = bed.serve_pac(
        bed.ip(71),
        18080,
        "function FindProxyForURL(u, h) { while (true) {} }",
    );
    bed.kde_pac(&url);
    let started = std::time::Instant::now();
    let run = bed.run(&["--timeout", "4"]);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let pac = run.checks("pac:");
    assert_eq!(pac[0]["outcome"], "proxy_failed");
    assert!(
        pac[0]["detail"]
            .as_str()
            .unwrap()
            .contains("ran longer than"),
        "{:#}",
        pac[0]
    );
    assert_eq!(pac[0]["status"], "warning");
    let finding = run.finding("proxy_configured");
    assert!(
        finding["explanation"]
            .as_str()
            .unwrap()
            .contains("could not be used")
    );
    // A PAC address that serves a web page instead of a PAC file is a clear line too.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.kde_pac(&format!("http://{}:20080/missing.pac", bed.ip(31)));
    let run = bed.run(&[]);
    let pac = run.checks("pac:");
    assert_eq!(pac[0]["outcome"], "proxy_failed", "{:#}", pac[0]);
}

fn a_decrypting_proxy_is_caught_and_named() {
    let mut bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let hosts = [
        ("1-courier.push.apple.com", bed.courier_ip(0, 0)),
        ("api.push.apple.com", bed.ip(21)),
    ];
    let Some(mitm) = bed.mitmproxy(bed.ip(80), &hosts) else {
        helper_missing("mitmproxy");
        return;
    };
    bed.env = vec![("https_proxy".to_string(), mitm.url.clone())];
    let run = bed.run(&["--timeout", "8"]);
    assert_eq!(
        run.headline_code(),
        "tls_interception",
        "{:#}",
        run.json["findings"]
    );
    let via = run.checks("courier:1-courier.push.apple.com:20443@via");
    assert_eq!(via[0]["outcome"], "tls_untrusted", "{:#}", via[0]);
    assert_eq!(via[0]["tls"]["vendor"], "mitmproxy");
    let explanation = run.finding("tls_interception")["explanation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(explanation.contains("mitmproxy"), "{explanation}");
    // Direct connections were not intercepted.
    assert!(
        run.checks("courier:25223@")
            .iter()
            .all(|c| c["outcome"] == "ok")
    );
}

// The PAC file comes from KDE's settings, which only Linux reads.
#[cfg(target_os = "linux")]
fn pac_over_https_is_fetched_and_verified() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed.https_text(
        bed.ip(72),
        18443,
        "pac.school.example",
        "function FindProxyForURL(u, h) { return 'DIRECT'; }",
    );
    bed.kde_pac("https://pac.school.example:18443/proxy.pac");
    let mut resolve = bed.resolve.clone();
    resolve.push(format!("pac.school.example:{}", bed.ip(72)));
    // The school's own CA signs its PAC server: --ca-file trusts it there.
    let ca = bed.ca_file.to_str().unwrap().to_string();
    let run = bed.run_with(&resolve, &["--ca-file", &ca]);
    let pac = run.checks("pac:");
    assert_eq!(pac[0]["outcome"], "ok", "{:#}", pac[0]);
    assert!(pac[0]["detail"].as_str().unwrap().contains("-> DIRECT"));
}

// The PAC file comes from KDE's settings, which only Linux reads.
#[cfg(target_os = "linux")]
fn proxy_asking_for_a_password_and_broken_sources_are_clear() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let bed = Bed::new();
    // A proxy that wants credentials.
    let ip = bed.ip(90);
    let listener = bed
        .rt
        .block_on(tokio::net::TcpListener::bind((ip, 18090)))
        .unwrap();
    bed.rt.spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await;
            let _ = s
                .write_all(b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"school\"\r\nContent-Length: 0\r\n\r\n")
                .await;
        }
    });
    let proxy: pushcheck::proxy::ProxyUrl = format!("http://{ip}:18090").parse().unwrap();
    let (outcome, detail) = bed
        .rt
        .block_on(pushcheck::engine::connect_via(
            &proxy,
            "1-courier.push.apple.com",
            443,
            tokio::time::Instant::now() + Duration::from_secs(3),
        ))
        .unwrap_err();
    assert_eq!(outcome, pushcheck::engine::Outcome::ProxyFailed);
    assert!(
        detail.contains("407") && detail.contains("user name and password"),
        "{detail}"
    );

    // An unreadable kioslaverc (a folder in its place) is a line in the report, not a crash.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    std::fs::create_dir_all(bed.dir.path().join(".config/kioslaverc")).unwrap();
    let run = bed.run(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sources = run.json["proxy"]["sources"].as_array().unwrap();
    let kde = sources
        .iter()
        .find(|s| s["source"] == "KDE settings")
        .unwrap();
    assert!(
        kde["setting"].as_str().unwrap().contains("cannot read"),
        "{kde:#}"
    );

    // A PAC address that answers 404.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let ip = bed.ip(91);
    let listener = bed
        .rt
        .block_on(tokio::net::TcpListener::bind((ip, 18091)))
        .unwrap();
    bed.rt.spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await;
            let _ = s
                .write_all(
                    b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                )
                .await;
        }
    });
    bed.kde_pac(&format!("http://{ip}:18091/proxy.pac"));
    let run = bed.run(&[]);
    let pac = run.checks("pac:");
    assert_eq!(pac[0]["outcome"], "proxy_failed");
    assert!(
        pac[0]["detail"].as_str().unwrap().contains("HTTP 404"),
        "{:#}",
        pac[0]
    );
}

const SQUID: harness::Need = || harness::program("squid", "squid");
const MITMPROXY: harness::Need = || harness::program("mitmdump", "mitmproxy (pip)");

fn main() {
    #[allow(unused_mut)]
    let mut cases = vec![
        case!(proxy_from_environment_is_reported_with_credentials_masked),
        case!(malformed_proxy_value_is_a_clear_line_not_a_crash),
        case!(only_the_proxy_gets_out_through_a_real_squid, SQUID),
        case!(a_decrypting_proxy_is_caught_and_named, MITMPROXY),
    ];
    #[cfg(target_os = "linux")]
    cases.extend([
        case!(the_pac_run_is_typed_evidence_per_host),
        case!(the_pac_sandbox_cannot_open_sockets_or_files_and_is_not_root),
        case!(the_pac_sandbox_dies_with_its_parent),
        case!(a_panic_in_the_pac_sandbox_is_a_bug_not_the_file),
        case!(pac_file_is_run_and_sends_apple_direct),
        case!(a_pac_file_looping_inside_a_builtin_cannot_hang_the_run),
        case!(the_pac_sandbox_runs_under_memory_and_cpu_limits),
        case!(pac_that_loops_forever_is_stopped_with_a_clear_message),
        case!(pac_over_https_is_fetched_and_verified),
        case!(proxy_asking_for_a_password_and_broken_sources_are_clear),
    ]);
    harness::run(&["PUSHCHECK_LAB_REQUIRED"], cases);
}
