//! The school's own MDM server (`--mdm-server`) and Apple's 2026 changes, against real
//! servers on loopback: `openssl s_server` playing compliant and non-compliant MDM servers
//! (weak certificates, no Extended Master Secret, RSA key exchange only, TLS 1.0, a client
//! certificate asked for), servers that send garbage or trickle, and a relay that plays a
//! firewall reading only the first segment. The verdicts are compared with `testssl.sh`.
//! Run by `tests/harness`: without openssl or testssl.sh the cases count as ignored, or fail
//! under `PUSHCHECK_TOOLS_REQUIRED=1` (set by `.ci/run`, which installs them).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

#[path = "../harness/mod.rs"]
mod harness;
#[path = "../testbed/mod.rs"]
mod testbed;

mod servers;

use std::time::Duration;

use servers::{Answer, Firewall, Leaf, OpensslServer, Relay, TcpServer};
use testbed::{Bed, Run, Setup};

const OPENSSL: harness::Need = || harness::program("openssl", "openssl");
const TESTSSL: harness::Need = || harness::program("testssl", "testssl.sh");

/// A run of the healthy bed with the MDM server at `url`, reached at `addr` (by --resolve),
/// its CA trusted by `--ca-file`.
fn run_with_mdm(
    url: &str,
    addr: std::net::SocketAddr,
    ca: Option<&std::path::Path>,
    extra: &[&str],
) -> Run {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let mut resolve = bed.resolve.clone();
    resolve.push(format!("mdm.school.test:{}", addr.ip()));
    let mut args: Vec<String> = vec!["--mdm-server".into(), url.into()];
    if let Some(ca) = ca {
        args.extend(["--ca-file".into(), ca.display().to_string()]);
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    bed.run_with(&resolve, &args)
}

fn check<'a>(run: &'a Run, prefix: &str) -> &'a serde_json::Value {
    run.checks(prefix)
        .first()
        .copied()
        .unwrap_or_else(|| panic!("no check {prefix}: {:#}", run.json["checks"]))
}

fn compliant() -> OpensslServer {
    OpensslServer::start(&Leaf::default(), &["-www"], None)
}

fn a_compliant_server_is_reached_and_ready() {
    let server = compliant();
    let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
    assert_eq!(run.code, 0, "{:#}", run.json["findings"]);
    let reach = check(&run, "mdm:");
    assert_eq!(reach["status"], "ok");
    assert_eq!(reach["role"], "mdm");
    assert_eq!(reach["mdm"]["http_status"], 200);
    assert_eq!(reach["mdm"]["private_address"], true);
    assert_eq!(reach["mdm"]["source"], "command_line");
    assert_eq!(reach["mdm"]["certificate"]["key_bits"], 2048);
    assert_eq!(reach["mdm"]["certificate"]["signature_hash"], "sha256");
    let ready = run.finding("mdm_server_tls_ready");
    assert_eq!(ready["severity"], "info", "{:#}", run.json["findings"]);
    assert!(
        ready["explanation"].as_str().unwrap().contains("TLS 1.3"),
        "{ready:#}"
    );
    assert!(
        !run.codes()
            .contains(&"mdm_server_tls_not_ready".to_string())
    );
    assert!(!run.codes().contains(&"tls_interception".to_string()));
    assert_eq!(run.json["overall"], "ok");
}

fn tls12_without_extended_master_secret_is_not_ready() {
    let server = OpensslServer::start(
        &Leaf::default(),
        &["-www", "-no_tls1_3"],
        Some("Options = -ExtendedMasterSecret"),
    );
    let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
    assert_eq!(run.code, 1, "{:#}", run.json["findings"]);
    let finding = run.finding("mdm_server_tls_not_ready");
    assert_eq!(finding["severity"], "warning");
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("Extended Master Secret"),
        "{explanation}"
    );
    assert!(explanation.contains("126655"), "{explanation}");
    assert!(
        finding["fix"].as_str().unwrap().contains("MDM vendor"),
        "{finding:#}"
    );
    let audit = &check(&run, "mdm-tls:")["tls_audit"];
    assert_eq!(audit["tls12"]["ems"], false, "{audit:#}");
    assert_eq!(audit["tls13"]["answer"], "alert", "{audit:#}");
    // Reached, and its certificate is fine today: only the 2026 rules are missed.
    assert_eq!(check(&run, "mdm:")["status"], "ok");
}

/// `openssl s_server` options for TLS 1.2 with RSA key exchange only (no ECDHE suite).
const RSA_KEY_EXCHANGE_ONLY: &[&str] = &[
    "-www",
    "-no_tls1_3",
    "-cipher",
    "AES256-GCM-SHA384:AES128-SHA",
];

fn rsa_key_exchange_only_is_not_ready() {
    let server = OpensslServer::start(&Leaf::default(), RSA_KEY_EXCHANGE_ONLY, None);
    let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
    let finding = run.finding("mdm_server_tls_not_ready");
    assert_eq!(finding["severity"], "warning", "{:#}", run.json["findings"]);
    assert!(
        finding["explanation"]
            .as_str()
            .unwrap()
            .contains("one of the cipher suites Apple allows"),
        "{finding:#}"
    );
    let audit = &check(&run, "mdm-tls:")["tls_audit"];
    assert_eq!(audit["tls12"]["answer"], "alert", "{audit:#}");
    assert_eq!(audit["tls12_rsa"]["answer"], "server_hello", "{audit:#}");
}

fn old_protocols_besides_tls13_are_a_note_not_a_warning() {
    // Devices offer only ATS suites and take the best: TLS 1.0 accepted as well is harmless.
    let server = OpensslServer::start(
        &Leaf::default(),
        &["-www", "-cipher", "DEFAULT@SECLEVEL=0"],
        Some("MinProtocol = TLSv1\nCipherString = DEFAULT@SECLEVEL=0"),
    );
    let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
    assert_eq!(run.code, 0, "{:#}", run.json["findings"]);
    let ready = run.finding("mdm_server_tls_ready");
    assert!(
        ready["explanation"].as_str().unwrap().contains("TLS 1.0"),
        "{ready:#}"
    );
    let audit = &check(&run, "mdm-tls:")["tls_audit"];
    assert_eq!(audit["tls10"]["version"], "TLSv1.0", "{audit:#}");
}

fn a_weak_certificate_is_refused_today() {
    let server = OpensslServer::start(
        &Leaf {
            key: "rsa:1024",
            digest: "sha1",
            ..Leaf::default()
        },
        &["-www", "-cipher", "DEFAULT@SECLEVEL=0"],
        Some("CipherString = DEFAULT@SECLEVEL=0"),
    );
    let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
    assert_eq!(run.code, 2, "{:#}", run.json["findings"]);
    let finding = run.finding("mdm_server_untrusted");
    assert_eq!(finding["severity"], "problem");
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(explanation.contains("1024 bits"), "{explanation}");
    assert!(explanation.contains("SHA-1"), "{explanation}");
    assert_eq!(check(&run, "mdm:")["status"], "problem");
    // A certificate refused today is never called ready for tomorrow's rules.
    assert!(!run.codes().contains(&"mdm_server_tls_ready".to_string()));
}

fn a_long_lived_certificate_without_server_auth_is_refused_today() {
    let server = OpensslServer::start(
        &Leaf {
            days: 900,
            server_auth: false,
            ..Leaf::default()
        },
        &["-www"],
        None,
    );
    let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
    let finding = run.finding("mdm_server_untrusted");
    let explanation = finding["explanation"].as_str().unwrap_or_default();
    assert!(explanation.contains("server authentication"), "{finding:#}");
    assert!(explanation.contains("900 days"), "{explanation}");
    assert!(explanation.contains("825"), "{explanation}");
    // The same server with a certificate of the school's CA that is not trusted here.
    let untrusted = run_with_mdm(&server.url(), server.addr, None, &[]);
    let finding = untrusted.finding("mdm_server_untrusted");
    assert!(
        finding["explanation"]
            .as_str()
            .unwrap_or_default()
            .contains("School Test CA"),
        "{finding:#}"
    );
}

fn a_server_asking_for_a_device_certificate_is_reached() {
    for version in [
        &["-www", "-Verify", "1"][..],
        &["-www", "-Verify", "1", "-no_tls1_3"],
    ] {
        let server = OpensslServer::start(&Leaf::default(), version, None);
        let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
        let reach = check(&run, "mdm:");
        assert_eq!(reach["status"], "ok", "{version:?}: {reach:#}");
        assert_eq!(
            reach["mdm"]["client_certificate_requested"], true,
            "{version:?}: {reach:#}"
        );
        assert!(!run.codes().contains(&"mdm_server_unreachable".to_string()));
    }
}

fn each_failing_step_is_named_within_the_deadline() {
    let closed = servers::free_port();
    let garbage = TcpServer::start(Answer::Garbage);
    let silent = OpensslServer::start(&Leaf::default(), &[], None);
    let cases: [(String, std::net::SocketAddr, &str); 3] = [
        (
            format!("https://mdm.school.test:{closed}/"),
            ([127, 0, 0, 1], closed).into(),
            "connect",
        ),
        (
            format!("https://mdm.school.test:{}/", garbage.addr.port()),
            garbage.addr,
            "tls",
        ),
        (silent.url(), silent.addr, "http"),
    ];
    for (url, addr, step) in cases {
        let run = run_with_mdm(&url, addr, Some(&silent.ca), &["--timeout", "3"]);
        assert!(
            run.elapsed < Duration::from_secs(6),
            "{step}: {:?}",
            run.elapsed
        );
        let reach = check(&run, "mdm:");
        assert_eq!(reach["mdm"]["failed_at"], step, "{reach:#}");
        let finding = run.finding("mdm_server_unreachable");
        assert_eq!(
            finding["severity"], "problem",
            "{step}: {:#}",
            run.json["findings"]
        );
        assert!(
            finding["explanation"]
                .as_str()
                .unwrap()
                .contains("the Wi-Fi the iPads use may differ"),
            "{finding:#}"
        );
        assert_eq!(run.code, 2);
    }
    // A name that does not resolve: no --resolve rule for it, no resolver in the namespace.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&[
        "--mdm-server",
        "https://mdm.nowhere.invalid/",
        "--timeout",
        "3",
    ]);
    assert_eq!(check(&run, "mdm:")["mdm"]["failed_at"], "dns");
    assert_eq!(check(&run, "mdm-tls:")["status"], "untested");
}

fn a_trickling_server_cannot_hold_the_run() {
    let trickle = TcpServer::start(Answer::Trickle);
    let url = format!("https://mdm.school.test:{}/", trickle.addr.port());
    let run = run_with_mdm(&url, trickle.addr, None, &["--timeout", "3"]);
    assert!(run.elapsed < Duration::from_secs(6), "{:?}", run.elapsed);
    assert_eq!(
        check(&run, "mdm-tls:")["status"],
        "untested",
        "{:#}",
        run.json["checks"]
    );
    assert_eq!(check(&run, "mdm:")["outcome"], "timeout");
}

fn bad_addresses_are_a_usage_error_in_the_users_language() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    for (value, said) in [
        ("http://mdm.school.test", "must be an https address"),
        ("https://", "has no host name"),
        ("not an address", "is not an address"),
    ] {
        let output = bed
            .command(&bed.resolve, &["--mdm-server", value])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(64), "{value}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("--mdm-server"), "{stderr}");
        assert!(stderr.contains(said), "{value}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    }
    let output = bed
        .command(
            &bed.resolve,
            &["--lang", "de", "--mdm-server", "http://mdm.school.test"],
        )
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(64));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("must be an https address"), "{stderr}");
    // From the environment, a comma-separated list; its source is said.
    let server = compliant();
    let mut resolve = bed.resolve.clone();
    resolve.push("mdm.school.test:127.0.0.1".to_string());
    let mut cmd = bed.command(&resolve, &["--ca-file", server.ca.to_str().unwrap()]);
    cmd.env(
        "PUSHCHECK_MDM_SERVER",
        format!(
            "{},https://mdm.school.test:{}/apps",
            server.url(),
            server.addr.port()
        ),
    );
    let run = Run::from_output(&cmd.output().unwrap(), Duration::ZERO);
    let reach = run.checks("mdm:");
    assert_eq!(
        reach.len(),
        1,
        "one server, two paths: {:#}",
        run.json["checks"]
    );
    assert_eq!(reach[0]["mdm"]["source"], "environment");
}

/// The relay listens where the test names `mdm.school.test`, in front of a compliant server.
fn through_firewall(firewall: Firewall) -> (Run, Relay, OpensslServer) {
    let server = compliant();
    let listen: std::net::SocketAddr = ([127, 0, 0, 77], servers::free_port()).into();
    let relay = Relay::start(listen, server.addr, firewall);
    let url = format!("https://mdm.school.test:{}/", relay.addr.port());
    let run = run_with_mdm(&url, relay.addr, Some(&server.ca), &[]);
    (run, relay, server)
}

fn a_firewall_reading_one_segment_drops_the_large_hello() {
    let (run, _relay, _server) = through_firewall(Firewall::FirstSegmentOnly);
    let finding = run.finding("large_hello_blocked");
    assert_eq!(finding["severity"], "problem", "{:#}", run.json["findings"]);
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(explanation.contains("two packets"), "{explanation}");
    assert!(explanation.contains("failed too"), "{explanation}");
    assert!(
        finding["fix"].as_str().unwrap().contains("TCP reassembly"),
        "{finding:#}"
    );
    let hello = &check(&run, "hello:mdm-server:")["large_hello"];
    assert_eq!(hello["large"]["answer"], "reset", "{hello:#}");
    assert_eq!(hello["padded"]["answer"], "reset", "{hello:#}");
    // The classic hello is the server's own check's handshake, which got through.
    assert_eq!(
        hello["classic_check"],
        check(&run, "mdm:")["id"],
        "{hello:#}"
    );
    // The MDM server itself is reached (its hello is the classic one of rustls).
    assert_eq!(check(&run, "mdm:")["status"], "ok");
    assert_eq!(run.code, 2);
}

fn a_firewall_refusing_the_new_key_exchange_is_told_apart() {
    let (run, _relay, _server) = through_firewall(Firewall::NoPostQuantum);
    let finding = run.finding("large_hello_blocked");
    let explanation = finding["explanation"].as_str().unwrap_or_default();
    assert!(
        explanation.contains("new key exchange itself"),
        "{finding:#}"
    );
    let hello = &check(&run, "hello:mdm-server:")["large_hello"];
    assert_eq!(hello["padded"]["answer"], "server_hello", "{hello:#}");
}

fn an_open_relay_gives_no_false_finding() {
    let (run, _relay, _server) = through_firewall(Firewall::Open);
    // Through, the large hello needs nothing more: no padded hello is sent.
    let hello = &check(&run, "hello:mdm-server:")["large_hello"];
    assert!(hello["padded"].is_null(), "{hello:#}");
    assert!(
        !run.codes().contains(&"large_hello_blocked".to_string()),
        "{:#}",
        run.json["findings"]
    );
    assert!(run.codes().contains(&"large_hello_passes".to_string()));
    assert_eq!(run.code, 0);
}

fn the_large_hello_to_apples_couriers_goes_through_the_same_firewall() {
    // The first courier reached through a one-segment firewall: Apple's own host is named.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let courier = "1-courier.push.apple.com";
    let real = bed
        .resolve
        .iter()
        .find_map(|r| r.strip_prefix(&format!("{courier}:")))
        .unwrap()
        .to_string();
    let port = 5223 + bed.port_offset;
    let upstream: std::net::SocketAddr = format!("{real}:{port}").parse().unwrap();
    let relay = Relay::start(
        ([127, 0, 0, 78], port).into(),
        upstream,
        Firewall::FirstSegmentOnly,
    );
    let resolve: Vec<String> = bed
        .resolve
        .iter()
        .map(|r| {
            if r.starts_with(&format!("{courier}:")) {
                format!("{courier}:{}", relay.addr.ip())
            } else {
                r.clone()
            }
        })
        .collect();
    let run = bed.run_with(&resolve, &[]);
    let finding = run.finding("large_hello_blocked");
    assert!(
        finding["explanation"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("{courier}:{port}")),
        "{:#}",
        run.json["findings"]
    );
}

/// What testssl.sh says of a server: TLS 1.3 offered, TLS 1.2 with one of ATS's suites, EMS,
/// TLS 1.0, RSA key exchange on TLS 1.2.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Verdict {
    tls13: bool,
    tls12_ats: bool,
    ems: bool,
    tls10: bool,
    rsa_kx: bool,
}

fn testssl(addr: std::net::SocketAddr) -> Verdict {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("out.json");
    let status = std::process::Command::new("testssl")
        .args([
            "--quiet",
            "--color",
            "0",
            "--warnings",
            "off",
            "-p",
            "-E",
            "-S",
        ])
        .arg("--jsonfile-pretty")
        .arg(&json)
        .arg(addr.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(json.exists(), "testssl gave no report ({status})");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let result = &report["scanResult"][0];
    let finding = |section: &str, id: &str| -> String {
        result[section]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["id"] == id)
            .and_then(|f| f["finding"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    let offered = |id: &str| finding("protocols", id).starts_with("offered");
    let ciphers: Vec<String> = result["cipherTests"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["id"].as_str().map(str::to_string))
        .collect();
    let ats = pushcheck::catalog::ATS_TLS12_SUITES
        .iter()
        .any(|(_, n)| ciphers.contains(&format!("cipher-tls1_2_x{n:x}")));
    let rsa = [0x9d, 0x9c, 0x3d, 0x3c, 0x35, 0x2f, 0x0a]
        .iter()
        .any(|n: &u16| ciphers.contains(&format!("cipher-tls1_2_x{n:x}")));
    Verdict {
        tls13: offered("TLS1_3"),
        tls12_ats: offered("TLS1_2") && ats,
        ems: finding("serverDefaults", "TLS_extensions").contains("extended master secret"),
        tls10: offered("TLS1"),
        rsa_kx: rsa,
    }
}

fn the_verdicts_agree_with_testssl() {
    let servers = [
        ("compliant", compliant()),
        (
            "no EMS",
            OpensslServer::start(
                &Leaf::default(),
                &["-www", "-no_tls1_3"],
                Some("Options = -ExtendedMasterSecret"),
            ),
        ),
        (
            "RSA key exchange only",
            OpensslServer::start(&Leaf::default(), RSA_KEY_EXCHANGE_ONLY, None),
        ),
        (
            "TLS 1.0 too",
            OpensslServer::start(
                &Leaf::default(),
                &["-www", "-cipher", "DEFAULT@SECLEVEL=0"],
                Some("MinProtocol = TLSv1\nCipherString = DEFAULT@SECLEVEL=0"),
            ),
        ),
    ];
    // testssl.sh takes seconds per server: all four at once.
    let theirs: Vec<Verdict> = std::thread::scope(|scope| {
        let handles: Vec<_> = servers
            .iter()
            .map(|(_, s)| {
                let addr = s.addr;
                scope.spawn(move || testssl(addr))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for ((name, server), theirs) in servers.iter().zip(theirs) {
        let run = run_with_mdm(&server.url(), server.addr, Some(&server.ca), &[]);
        let audit = &check(&run, "mdm-tls:")["tls_audit"];
        let accepted = |hello: &str, version: &str| {
            audit[hello]["answer"] == "server_hello" && audit[hello]["version"] == version
        };
        let ours = Verdict {
            tls13: accepted("tls13", "TLSv1.3"),
            tls12_ats: accepted("tls12", "TLSv1.2"),
            ems: audit["tls12"]["ems"] == true,
            tls10: accepted("tls10", "TLSv1.0"),
            rsa_kx: accepted("tls12_rsa", "TLSv1.2"),
        };
        // EMS is only judged where TLS 1.2 with an ATS suite is what devices would get.
        let comparable = |v: &Verdict| Verdict {
            ems: v.ems && v.tls12_ats,
            ..*v
        };
        assert_eq!(comparable(&ours), comparable(&theirs), "{name}: {audit:#}");
        let ready_by_testssl = theirs.tls13 || (theirs.tls12_ats && theirs.ems);
        assert_eq!(
            run.codes().contains(&"mdm_server_tls_ready".to_string()),
            ready_by_testssl,
            "{name}: {:#}",
            run.json["findings"]
        );
        assert_eq!(
            run.codes()
                .contains(&"mdm_server_tls_not_ready".to_string()),
            !ready_by_testssl,
            "{name}"
        );
    }
}

fn main() {
    harness::run(
        &["PUSHCHECK_TOOLS_REQUIRED"],
        vec![
            case!(a_compliant_server_is_reached_and_ready, OPENSSL),
            case!(tls12_without_extended_master_secret_is_not_ready, OPENSSL),
            case!(rsa_key_exchange_only_is_not_ready, OPENSSL),
            case!(
                old_protocols_besides_tls13_are_a_note_not_a_warning,
                OPENSSL
            ),
            case!(a_weak_certificate_is_refused_today, OPENSSL),
            case!(
                a_long_lived_certificate_without_server_auth_is_refused_today,
                OPENSSL
            ),
            case!(a_server_asking_for_a_device_certificate_is_reached, OPENSSL),
            case!(each_failing_step_is_named_within_the_deadline, OPENSSL),
            case!(a_trickling_server_cannot_hold_the_run),
            case!(
                bad_addresses_are_a_usage_error_in_the_users_language,
                OPENSSL
            ),
            case!(
                a_firewall_reading_one_segment_drops_the_large_hello,
                OPENSSL
            ),
            case!(
                a_firewall_refusing_the_new_key_exchange_is_told_apart,
                OPENSSL
            ),
            case!(an_open_relay_gives_no_false_finding, OPENSSL),
            case!(the_large_hello_to_apples_couriers_goes_through_the_same_firewall),
            case!(the_verdicts_agree_with_testssl, OPENSSL, TESTSSL),
        ],
    )
}
