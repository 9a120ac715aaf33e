//! PAC files run as browsers run them, checked two ways under a faked clock (`faketime`, and
//! `TZ` for the local time zone):
//!
//! - the helper functions against Chromium's published expectations
//!   (`tests/pac/chromium-expectations.json`: the cases of Chromium's
//!   `pac_library_unittest.js` and cases worked out from its sources, written as our own
//!   table; `tests/pac/SEMANTICS.md` says what each function does);
//! - every file of the corpus (`tests/pac/corpus/`, real PAC files from public repositories,
//!   bodies unchanged, origins in `ORIGIN.md`) in Push Check's engine and in pacparser
//!   (Debian's python3-pacparser), with the same clock, `myIpAddress` and DNS answers, for
//!   several hosts at several instants. Every disagreement must be listed with its reason in
//!   `tests/pac/known-differences.json` (pacparser's known bugs, not silently accepted), and
//!   every listed one must still happen.
//!
//! The engine runs in this test program started again under `faketime` (`PUSHCHECK_PAC_JOB`
//! names the job), so the clock is faked for it exactly as for pacparser.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "harness/mod.rs"]
mod harness;

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

const JOB: &str = "PUSHCHECK_PAC_JOB";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The instants the corpus is run at: (UTC instant, local offset), a weekday morning, a
/// Saturday night that is Sunday locally, the last evening of a month, a summer early morning
/// that is still the day before locally.
/// Half a minute past, so that no range ends on the very second the clock is at; and not in
/// the first minute of a range in the corpus (file 19's 20:00): pacparser's `timeRange` (the
/// old Mozilla code) takes the range's start from a second `new Date()` with the hour and
/// minute set, so in that minute it races its own clock by a millisecond and now and then
/// answers as if the range had not begun.
const INSTANTS: [(&str, &str); 4] = [
    ("2026-12-07T09:30:30Z", "+01:00"),
    ("2026-12-05T23:30:30Z", "+01:00"),
    ("2026-03-31T18:01:30Z", "+02:00"),
    ("2026-07-15T04:00:30Z", "-05:00"),
];

/// The hosts each file is asked about, as a browser asks: `https://HOST/`.
const HOSTS: [&str; 6] = [
    "1-courier.push.apple.com",
    "api.push.apple.com",
    "captive.apple.com",
    "www.example.com",
    "intranet",
    "10.1.2.3",
];

/// What the resolver answers (both engines see the same); other names do not resolve.
fn dns() -> BTreeMap<String, Vec<String>> {
    [
        ("1-courier.push.apple.com", vec!["17.57.146.52"]),
        ("api.push.apple.com", vec!["17.188.143.34"]),
        ("captive.apple.com", vec!["17.253.119.201"]),
        ("localhost", vec!["127.0.0.1"]),
    ]
    .into_iter()
    .map(|(n, a)| (n.to_string(), a.into_iter().map(String::from).collect()))
    .collect()
}

const MY_IP: &str = "10.20.30.40";

/// `faketime` at `instant` with the local zone `offset` (POSIX TZ signs are inverted).
fn faked(instant: &str, offset: &str, program: &Path) -> Command {
    let (sign, rest) = offset.split_at(1);
    let posix = format!("UTC{}{rest}", if sign == "+" { "-" } else { "+" });
    let when = time::OffsetDateTime::parse(instant, &time::format_description::well_known::Rfc3339)
        .unwrap();
    let mut cmd = Command::new("faketime");
    cmd.arg("-f")
        .arg(format!("@{}", when.unix_timestamp()))
        .env("FAKETIME_FMT", "%s")
        .env("TZ", posix)
        .arg(program);
    cmd
}

/// A route list in canonical PAC words, as Chromium reads an answer: `PROXY`/`HTTP` is
/// `PROXY`, `SOCKS`/`SOCKS4` is `SOCKS4`, default ports filled in, entries it cannot read
/// skipped, and DIRECT when nothing is left.
fn canonical_answer(answer: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in answer.split(';') {
        let words: Vec<&str> = entry.split_whitespace().collect();
        let Some(first) = words.first() else { continue };
        let kind = first.to_ascii_uppercase();
        let (word, port) = match kind.as_str() {
            "DIRECT" if words.len() == 1 => {
                out.push("DIRECT".to_string());
                continue;
            }
            "PROXY" | "HTTP" => ("PROXY", 80),
            "HTTPS" => ("HTTPS", 443),
            "SOCKS" | "SOCKS4" => ("SOCKS4", 1080),
            "SOCKS5" => ("SOCKS5", 1080),
            _ => continue,
        };
        if words.len() != 2 {
            continue;
        }
        let target = words[1];
        let (host, port) = match target.rsplit_once(':') {
            Some((h, p)) if !h.contains(':') || h.starts_with('[') => match p.parse::<u16>() {
                Ok(p) => (h, p),
                Err(_) => continue,
            },
            _ => (target, port),
        };
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        let valid = !bare.is_empty()
            && (bare.parse::<IpAddr>().is_ok()
                || bare
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')));
        if valid {
            out.push(format!("{word} {}:{port}", bare.to_ascii_lowercase()));
        }
    }
    if out.is_empty() {
        out.push("DIRECT".to_string());
    }
    out
}

/// The job the program runs under faketime: evaluate the corpus, or expressions, in Push
/// Check's engine.
fn run_job(path: &str) {
    let job: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    if let Some(cases) = job.get("cases") {
        let results: Vec<Value> = cases
            .as_array()
            .unwrap()
            .iter()
            .map(expression_result)
            .collect();
        println!("{}", Value::Array(results));
        return;
    }
    let mut out = serde_json::Map::new();
    let known: std::collections::HashMap<String, Vec<IpAddr>> = job["dns"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, addrs)| {
            let addrs = addrs
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap().parse().unwrap())
                .collect();
            (name.clone(), addrs)
        })
        .collect();
    let hosts: Vec<String> = job["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q[1].as_str().unwrap().to_string())
        .collect();
    for file in job["files"].as_array().unwrap() {
        let file = file.as_str().unwrap();
        let name = Path::new(file).file_name().unwrap().to_string_lossy();
        let bytes = std::fs::read(file).unwrap();
        let script = String::from_utf8_lossy(&bytes);
        let result = ours(&script, &hosts, &known, job["my_ip"].as_str().unwrap());
        out.insert(name.to_string(), result);
    }
    println!("{}", Value::Object(out));
}

/// Push Check's engine on one file: `{"answers": {host: {"routes": [...]} | {"error": …}}}`
/// or `{"load_error": …}`.
fn ours(
    script: &str,
    hosts: &[String],
    known: &std::collections::HashMap<String, Vec<IpAddr>>,
    my_ip: &str,
) -> Value {
    use pushcheck::proxy::pac::{PacEnv, PacLimits, PacRoute, evaluate};
    let known = known.clone();
    let env = PacEnv {
        my_ip: vec![my_ip.parse().unwrap()],
        prefer_ex: false,
        resolve: Box::new(move |h: &str| known.get(h).cloned().unwrap_or_default()),
    };
    let limits = PacLimits {
        time: std::time::Duration::from_secs(10),
        memory: PacLimits::default().memory,
    };
    let words = |routes: &[PacRoute]| -> Vec<String> {
        routes
            .iter()
            .map(|r| match r {
                PacRoute::Direct => "DIRECT".to_string(),
                PacRoute::Proxy(p) if p.scheme == "https" => format!("HTTPS {}:{}", p.host, p.port),
                PacRoute::Proxy(p) => format!("PROXY {}:{}", p.host, p.port),
                PacRoute::Socks(p) if p.scheme == "socks5" => {
                    format!("SOCKS5 {}:{}", p.host, p.port)
                }
                PacRoute::Socks(p) => format!("SOCKS4 {}:{}", p.host, p.port),
            })
            .collect()
    };
    match evaluate(script, hosts, env, limits) {
        Ok(run) => {
            let mut map = serde_json::Map::new();
            for answer in run.answers {
                let said = match answer.result {
                    Ok(a) => json!({"routes": words(&a.routes)}),
                    Err(e) => json!({"error": e.to_string()}),
                };
                map.insert(answer.host, said);
            }
            json!({"answers": map})
        }
        Err(e) => json!({"load_error": e.to_string()}),
    }
}

/// One expectation's call in Push Check's engine, with its DNS and addresses.
fn expression_result(case: &Value) -> Value {
    use pushcheck::proxy::pac::{PacEnv, PacLimits, evaluate_expression};
    let dns: std::collections::HashMap<String, Vec<IpAddr>> = case["dns"]
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(n, a)| {
                    let addrs = a
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_str().unwrap().parse().unwrap())
                        .collect();
                    (n.clone(), addrs)
                })
                .collect()
        })
        .unwrap_or_default();
    let my_ip: Vec<IpAddr> = case["my_ip"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().unwrap().parse().unwrap())
                .collect()
        })
        .unwrap_or_else(|| vec!["10.20.30.40".parse().unwrap()]);
    let env = PacEnv {
        my_ip,
        prefer_ex: false,
        resolve: Box::new(move |h: &str| dns.get(h).cloned().unwrap_or_default()),
    };
    evaluate_expression(
        "",
        case["call"].as_str().unwrap(),
        env,
        PacLimits::default(),
    )
}

/// Whether what the engine gave matches an expectation of the table.
fn meets(got: &Value, want: &Value) -> bool {
    match (got, want) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (_, Value::Object(w)) if w.contains_key("throws") => {
            let (g, w) = (&got["throws"], &w["throws"]);
            if let Some(text) = w.get("string") {
                return g.get("string") == Some(text);
            }
            g["error"] == w["error"] && w.get("message").is_none_or(|m| g.get("message") == Some(m))
        }
        _ => got == want,
    }
}

/// The helper functions against Chromium's expectations: each case's call, with its clock
/// (faked) and time zone, DNS and addresses.
fn helper_functions_meet_chromiums_expectations() {
    let cases: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/pac/chromium-expectations.json")).unwrap(),
    )
    .unwrap();
    // Cases grouped by clock and zone: one run of the engine per group.
    let mut groups: BTreeMap<(String, String), Vec<&Value>> = BTreeMap::new();
    for case in &cases {
        let when = case["now"]
            .as_str()
            .unwrap_or("2026-06-15T10:30:00Z")
            .to_string();
        let zone = case["local_offset"]
            .as_str()
            .unwrap_or("+00:00")
            .to_string();
        groups.entry((when, zone)).or_default().push(case);
    }
    let dir = tempfile::tempdir().unwrap();
    let me = std::env::current_exe().unwrap();
    let mut failures = Vec::new();
    for ((when, zone), group) in &groups {
        let job = dir.path().join("cases.json");
        std::fs::write(&job, json!({"cases": group}).to_string()).unwrap();
        let output = faked(when, zone, &me).env(JOB, &job).output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let line = output
            .stdout
            .split(|b| *b == b'\n')
            .rfind(|l| l.starts_with(b"["))
            .unwrap()
            .to_vec();
        let results: Vec<Value> = serde_json::from_slice(&line).unwrap();
        for (case, got) in group.iter().zip(&results) {
            if !meets(got, &case["expect"]) {
                failures.push(format!(
                    "{} at {when} ({zone}): got {got}, Chromium {}",
                    case["call"], case["expect"]
                ));
            }
        }
    }
    eprintln!(
        "Chromium's expectations: {} cases, {} met",
        cases.len(),
        cases.len() - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Chromium:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// What one engine said for one file and host: a canonical route list, or an error.
fn said(result: &Value, host: &str, canonical: bool) -> Result<Vec<String>, String> {
    if let Some(e) = result.get("load_error") {
        return Err(e.as_str().unwrap_or("").to_string());
    }
    let one = &result["answers"][host];
    if let Some(e) = one.get("error") {
        return Err(e.as_str().unwrap_or("").to_string());
    }
    if let Some(routes) = one.get("routes") {
        return Ok(routes
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap().to_string())
            .collect());
    }
    let answer = one["answer"].as_str().unwrap_or("");
    Ok(if canonical {
        canonical_answer(answer)
    } else {
        vec![answer.to_string()]
    })
}

fn corpus_agrees_with_pacparser() {
    let files: Vec<PathBuf> = {
        let mut f: Vec<PathBuf> = std::fs::read_dir(root().join("tests/pac/corpus"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "pac"))
            .collect();
        f.sort();
        f
    };
    let dir = tempfile::tempdir().unwrap();
    let job = json!({
        "files": files.iter().map(|f| f.to_string_lossy().to_string()).collect::<Vec<_>>(),
        "queries": HOSTS.iter().map(|h| json!([format!("https://{h}/"), h])).collect::<Vec<_>>(),
        "my_ip": MY_IP,
        "dns": dns(),
    });
    let job_file = dir.path().join("job.json");
    std::fs::write(&job_file, job.to_string()).unwrap();
    let me = std::env::current_exe().unwrap();
    let script = root().join("tests/pac/pacparser-eval.py");
    let mut disagreements: Vec<(String, String, String, String, String)> = Vec::new();
    let mut compared = 0usize;
    for (instant, offset) in INSTANTS {
        let output = faked(instant, offset, &me)
            .env(JOB, &job_file)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "our engine at {instant}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let our: Value = serde_json::from_slice(
            output
                .stdout
                .split(|b| *b == b'\n')
                .rfind(|l| l.starts_with(b"{"))
                .unwrap(),
        )
        .unwrap();
        let output = faked(instant, offset, Path::new("/usr/bin/python3"))
            .arg(&script)
            .arg(&job_file)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "pacparser at {instant}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let theirs: Value = serde_json::from_slice(&output.stdout).unwrap();
        for file in &files {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            for host in HOSTS {
                compared += 1;
                let a = said(&our[&name], host, true);
                let b = said(&theirs[&name], host, true);
                let agree = match (&a, &b) {
                    (Ok(x), Ok(y)) => x == y,
                    (Err(_), Err(_)) => true,
                    _ => false,
                };
                if !agree {
                    let show = |r: &Result<Vec<String>, String>| match r {
                        Ok(v) => v.join("; "),
                        Err(e) => format!("error: {e}"),
                    };
                    disagreements.push((
                        name.clone(),
                        host.to_string(),
                        instant.to_string(),
                        show(&a),
                        show(&b),
                    ));
                }
            }
        }
    }
    let agreements = compared - disagreements.len();
    eprintln!(
        "PAC corpus: {} files × {} hosts × {} instants = {compared} answers; {agreements} agree, {} differ",
        files.len(),
        HOSTS.len(),
        INSTANTS.len(),
        disagreements.len()
    );
    let known: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/pac/known-differences.json")).unwrap(),
    )
    .unwrap();
    let matches = |k: &Value, d: &(String, String, String, String, String)| {
        let field = |name: &str, value: &str| {
            k[name]
                .as_str()
                .is_none_or(|want| want == "*" || want == value)
        };
        field("file", &d.0) && field("host", &d.1) && field("instant", &d.2)
    };
    let unexplained: Vec<String> = disagreements
        .iter()
        .filter(|d| !known.iter().any(|k| matches(k, d)))
        .map(|d| {
            format!(
                "{} {} at {}: ours {} / pacparser {}",
                d.0, d.1, d.2, d.3, d.4
            )
        })
        .collect();
    let stale: BTreeSet<String> = known
        .iter()
        .filter(|k| !disagreements.iter().any(|d| matches(k, d)))
        .map(|k| k.to_string())
        .collect();
    assert!(
        unexplained.is_empty(),
        "{} disagreements nobody explained:\n{}",
        unexplained.len(),
        unexplained.join("\n")
    );
    assert!(
        stale.is_empty(),
        "listed differences that no longer happen: {stale:?}"
    );
}

const FAKETIME: harness::Need = || harness::program("faketime", "faketime");
const PACPARSER: harness::Need = || {
    let ok = Command::new("/usr/bin/python3")
        .args(["-c", "import pacparser"])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(())
        .ok_or_else(|| "pacparser is not installed (.ci/run installs python3-pacparser)".into())
};

fn main() {
    if let Ok(job) = std::env::var(JOB) {
        run_job(&job);
        return;
    }
    harness::run(
        &["PUSHCHECK_LAB_REQUIRED"],
        vec![
            case!(helper_functions_meet_chromiums_expectations, FAKETIME),
            case!(corpus_agrees_with_pacparser, FAKETIME, PACPARSER),
        ],
    );
}
