//! The formats monitoring systems read, proven by their own tools where they run here: the
//! plugin output by pynag (the Nagios library for Python) and the Monitoring Plugins grammar;
//! the Prometheus textfile by `promtool check metrics`, node_exporter's textfile collector and
//! the Python client's parser; the alert rules by `promtool check rules` and `promtool test
//! rules`; the example integrations by
//! systemd-analyze, the Zabbix agent, Icinga 2's configuration check, and by running the Jamf
//! script. A test whose tool is missing is counted as ignored (`tests/harness`), unless
//! `PUSHCHECK_MONITORING_REQUIRED=1` (set by `.ci/run`, which installs them).

#[path = "../testbed/mod.rs"]
mod testbed;

use crate::case;
use crate::harness::{self, Need};

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use testbed::{Bed, COURIER_ADDRS, Serve, Setup};

const BIN: &str = env!("CARGO_BIN_EXE_pushcheck");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The tool on PATH; the case names it among its needs, so it is there when the test runs
/// (or CI requires it, and the test fails here).
fn tool(name: &str) -> Option<PathBuf> {
    let found = harness::find(name);
    assert!(
        found.is_some(),
        "{name} is not installed (.ci/run installs it)"
    );
    found
}

/// A `pushcheck` for the example integrations: this build, pointed at `bed` (its catalog,
/// CA and addresses), whatever else the integration passes. No example ever reaches past the
/// bed.
fn bed_program(bed: &Bed, dir: &Path) -> PathBuf {
    let args = bed.args();
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let path = dir.join("pushcheck");
    std::fs::write(
        &path,
        format!("#!/bin/sh\nexec '{BIN}' \"$@\" {}\n", quoted.join(" ")),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// A healthy bed and its program in `dir`.
fn healthy_program(dir: &Path) -> (Bed, PathBuf) {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let program = bed_program(&bed, dir);
    (bed, program)
}

/// Runs `cmd` with `text` on its standard input.
fn with_input(cmd: &mut Command, text: &str) -> std::process::Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn partial() -> Setup {
    let mut setup = Setup::healthy();
    setup.courier_primary[3] = Serve::Closed;
    setup.courier_fallback[3] = Serve::Closed;
    setup
}

fn blocked() -> Setup {
    let mut setup = Setup::healthy();
    let n = COURIER_ADDRS as usize;
    setup.courier_primary = vec![Serve::Closed; n];
    setup.courier_fallback = vec![Serve::Closed; n];
    setup
}

/// One item of performance data, as the Monitoring Plugins guidelines define it:
/// `label=value[UOM];[warn];[crit];[min];[max]`.
#[derive(Debug, PartialEq)]
struct Perf {
    label: String,
    value: f64,
    uom: String,
    min: Option<f64>,
    max: Option<f64>,
}

fn parse_perf(item: &str) -> Result<Perf, String> {
    let (label, rest) = item.split_once('=').ok_or("no =")?;
    if label.is_empty()
        || !label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
    {
        return Err(format!("label {label:?} needs quoting"));
    }
    let fields: Vec<&str> = rest.split(';').collect();
    if fields.len() > 5 {
        return Err("more than 5 fields".into());
    }
    let value_text = fields[0];
    let digits = value_text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(value_text.len());
    let value: f64 = value_text[..digits]
        .parse()
        .map_err(|_| format!("value {value_text:?} is no number in the C locale"))?;
    let uom = &value_text[digits..];
    if !["", "s", "ms", "us", "%", "B", "KB", "MB", "TB", "c"].contains(&uom) {
        return Err(format!("unit {uom:?} is not one of the guidelines'"));
    }
    let number = |i: usize| -> Result<Option<f64>, String> {
        match fields.get(i) {
            None | Some(&"") => Ok(None),
            Some(text) => text
                .parse()
                .map(Some)
                .map_err(|_| format!("field {i} {text:?} is no number")),
        }
    };
    for i in [1, 2] {
        number(i)?;
    }
    Ok(Perf {
        label: label.to_string(),
        value,
        uom: uom.to_string(),
        min: number(3)?,
        max: number(4)?,
    })
}

/// Splits plugin output: state, text, performance data, long-output lines.
fn parse_plugin(output: &str) -> (String, String, Vec<Perf>, Vec<String>) {
    let mut lines = output.lines();
    let first = lines.next().expect("a status line");
    let rest = first
        .strip_prefix("PUSHCHECK ")
        .unwrap_or_else(|| panic!("{first}"));
    let (state, rest) = rest.split_once(" - ").unwrap_or_else(|| panic!("{first}"));
    assert_eq!(
        first.matches('|').count(),
        1,
        "one | only, before the performance data: {first}"
    );
    let (text, perf) = rest.split_once(" | ").unwrap_or_else(|| panic!("{first}"));
    let perf = perf
        .split(' ')
        .map(|item| parse_perf(item).unwrap_or_else(|e| panic!("{item}: {e}")))
        .collect();
    let long: Vec<String> = lines.map(str::to_string).collect();
    for line in &long {
        assert!(!line.contains('|'), "a | in the long output: {line}");
    }
    (state.to_string(), text.to_string(), perf, long)
}

/// python3, which can import `module` (a need of the case, as for [`tool`]).
fn python_with(module: &str) -> Option<PathBuf> {
    let python = tool("python3")?;
    let probe = Command::new(&python)
        .args(["-c", &format!("import {module}")])
        .output()
        .unwrap();
    assert!(
        probe.status.success(),
        "the Python module {module} is not installed (.ci/run installs it)"
    );
    Some(python)
}

/// Plugin output as pynag (the Nagios library for Python) reads it: summary, long output and
/// each performance value with its validity.
fn pynag(output: &str) -> Option<serde_json::Value> {
    let python = python_with("pynag.Utils")?;
    const SCRIPT: &str = "import sys, json\nfrom pynag.Utils import PluginOutput\no = PluginOutput(sys.stdin.read())\nperf = o.parsed_perfdata\nprint(json.dumps({'summary': o.summary, 'long_output': o.long_output, 'valid': perf.is_valid(), 'metrics': [{'label': m.label, 'value': m.value, 'uom': m.uom, 'min': m.min, 'max': m.max, 'valid': m.is_valid()} for m in perf.metrics]}))\n";
    let output = with_input(Command::new(python).args(["-c", SCRIPT]), output);
    assert!(
        output.status.success(),
        "pynag: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

fn plugin_output_follows_the_monitoring_plugins_guidelines() {
    for (name, setup, state, code, couriers_ok) in [
        ("healthy", Setup::healthy(), "OK", 0, 8.0),
        ("partial", partial(), "WARNING", 1, 7.0),
        ("blocked", blocked(), "CRITICAL", 2, 0.0),
    ] {
        let bed = Bed::new();
        bed.start(&setup, 0);
        let output = bed
            .command(&bed.resolve, &["--format", "nagios"])
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert_eq!(output.status.code(), Some(code), "{name}: {stdout}");
        let (got_state, text, perf, long) = parse_plugin(&stdout);
        assert_eq!(got_state, state, "{name}");
        assert!(!text.is_empty());
        // The same, read by a Nagios library: every value valid, the same labels and values.
        if let Some(read) = pynag(&stdout) {
            assert_eq!(read["valid"], true, "{name}: {read:#}");
            let metrics = read["metrics"].as_array().unwrap();
            assert_eq!(metrics.len(), perf.len(), "{name}: {read:#}");
            for (theirs, ours) in metrics.iter().zip(&perf) {
                assert_eq!(theirs["valid"], true, "{name}: {theirs}");
                assert_eq!(theirs["label"], ours.label.as_str());
                let value: f64 = theirs["value"].as_str().unwrap().parse().unwrap();
                assert_eq!(value, ours.value, "{name}: {theirs}");
                assert_eq!(theirs["uom"], ours.uom.as_str());
            }
            assert!(
                read["summary"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("PUSHCHECK {state} - ")),
                "{read:#}"
            );
            assert_eq!(
                read["long_output"].as_str().unwrap().lines().count(),
                long.len()
            );
        }
        let find = |label: &str| {
            perf.iter()
                .find(|p| p.label == label)
                .unwrap_or_else(|| panic!("{name}: no {label} in {perf:?}"))
        };
        // The bed's ports are the real ones + 15000.
        for port in [20443, 25223] {
            let item = find(&format!("couriers_ok_{port}_ipv4"));
            assert_eq!(item.value, couriers_ok, "{name} {port}");
            assert_eq!((item.min, item.max), (Some(0.0), Some(8.0)));
        }
        assert_eq!(find("courier_connect_handshake_max").uom, "ms");
        assert_eq!(find("provider_api").uom, "ms");
        assert_eq!(find("duration").uom, "s");
        // One line per problem and warning, each with what to ask IT.
        if code == 0 {
            assert!(long.is_empty(), "{name}: {long:?}");
        } else {
            assert!(!long.is_empty(), "{name}");
        }
        for line in &long {
            assert!(
                (line.starts_with("WARNING: ") || line.starts_with("CRITICAL: "))
                    && line.contains(" Ask IT: "),
                "{name}: {line}"
            );
        }
    }
}

fn usage_errors_are_unknown_for_monitoring_and_64_otherwise() {
    for args in [
        &["check", "--format", "nagios", "--timeout", "0"][..],
        &["check", "--format=nagios", "--bogus"],
        &["check", "--format", "nagios", "--json"],
    ] {
        let output = Command::new(BIN).args(args).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(3), "{args:?}: {stdout}");
        assert!(
            stdout.starts_with("PUSHCHECK UNKNOWN - "),
            "{args:?}: {stdout}"
        );
        assert_eq!(stdout.lines().count(), 1, "{stdout}");
    }
    let plain = Command::new(BIN)
        .args(["check", "--bogus"])
        .output()
        .unwrap();
    assert_eq!(plain.status.code(), Some(64));
}

/// `pushcheck check --output FILE.prom` against `bed`, with `extra`; the file's text.
fn textfile(bed: &Bed, dir: &Path, extra: &[&str]) -> String {
    textfile_and_report(bed, dir, extra).0
}

/// [`textfile`], and the same run's JSON report.
fn textfile_and_report(bed: &Bed, dir: &Path, extra: &[&str]) -> (String, serde_json::Value) {
    let path = dir.join("pushcheck.prom");
    let mut args = vec!["--output", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = bed.run(&args);
    assert!(run.code <= 2, "{}", run.stderr);
    (std::fs::read_to_string(&path).unwrap(), run.json)
}

/// One sample: name, sorted labels, value.
type Sample = (String, Vec<(String, String)>, f64);

/// The samples of a textfile as the Prometheus Python client parses them.
fn python_samples(text: &str) -> Option<Vec<Sample>> {
    let python = python_with("prometheus_client")?;
    const SCRIPT: &str = "import sys, json\nfrom prometheus_client.parser import text_string_to_metric_families\nout = []\nfor family in text_string_to_metric_families(sys.stdin.read()):\n    assert family.type == 'gauge', family.name\n    assert family.documentation, family.name\n    for s in family.samples:\n        out.append([s.name, sorted(s.labels.items()), s.value])\nprint(json.dumps(out))\n";
    let output = with_input(Command::new(&python).args(["-c", SCRIPT]), text);
    assert!(
        output.status.success(),
        "the Python parser refused:\n{text}"
    );
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

fn the_prometheus_textfile_is_read_by_promtool_and_the_python_parser() {
    let bed = Bed::new();
    bed.start(&partial(), 0);
    let dir = tempfile::tempdir().unwrap();
    let (text, report) = textfile_and_report(&bed, dir.path(), &["--site", "Room 12 \"B\""]);
    assert!(
        text.ends_with('\n'),
        "the textfile collector needs the last newline"
    );
    // The finding behind the answer, for the alert on the answer to name.
    assert!(
        text.contains("pushcheck_headline{code=\"partial_allowlist\",severity=\"warning\"} 1\n"),
        "{text}"
    );
    assert_eq!(text.matches("pushcheck_headline{").count(), 1, "{text}");

    if let Some(promtool) = tool("promtool") {
        let output = with_input(Command::new(promtool).args(["check", "metrics"]), &text);
        assert!(
            output.status.success(),
            "promtool check metrics: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let Some(samples) = python_samples(&text) else {
        return;
    };
    let value = |name: &str, labels: &[(&str, &str)]| {
        samples
            .iter()
            .find(|(n, l, _)| {
                n == name
                    && labels
                        .iter()
                        .all(|(k, v)| l.iter().any(|(lk, lv)| lk == k && lv == v))
            })
            .map(|(_, _, v)| *v)
            .unwrap_or_else(|| panic!("no {name} {labels:?}"))
    };
    assert_eq!(value("pushcheck_overall_severity", &[]), 1.0);
    let courier = [
        ("endpoint", "courier"),
        ("probe", "tls"),
        ("role", "device"),
        ("port", "25223"),
        ("family", "ipv4"),
    ];
    assert_eq!(value("pushcheck_check_ok", &courier), 0.0);
    // The group's several addresses in one series: ok only when all were, the slowest time.
    let same: Vec<&serde_json::Value> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            c["endpoint"] == "courier"
                && c["port"] == 25223
                && c["address"].as_str().is_some_and(|a| a.contains('.'))
        })
        .collect();
    assert!(same.len() > 1, "{same:#?}");
    assert!(same.iter().any(|c| c["status"] == "ok"), "{same:#?}");
    let slowest = same
        .iter()
        .filter_map(|c| c["elapsed_ms"].as_u64())
        .max()
        .unwrap();
    let duration = value("pushcheck_check_duration_seconds", &courier);
    assert!(
        (duration - slowest as f64 / 1000.0).abs() < 1e-9,
        "{duration} s against the slowest {slowest} ms"
    );
    assert_eq!(
        value(
            "pushcheck_check_ok",
            &[("endpoint", "provider"), ("port", "20443")]
        ),
        1.0
    );
    assert_eq!(
        value(
            "pushcheck_finding",
            &[("code", "partial_allowlist"), ("severity", "warning")]
        ),
        1.0
    );
    assert_eq!(
        value(
            "pushcheck_info",
            &[
                ("site", "Room 12 \"B\""),
                ("version", env!("CARGO_PKG_VERSION"))
            ]
        ),
        1.0
    );
    let started = value("pushcheck_run_timestamp_seconds", &[]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!((now - started).abs() < 120.0, "{started} vs {now}");
    assert!(value("pushcheck_run_duration_seconds", &[]) > 0.0);
    // Never an address in a label: one series per Apple address would grow without end.
    for (name, labels, _) in &samples {
        for (key, v) in labels {
            assert!(
                v.parse::<std::net::IpAddr>().is_err(),
                "{name} has an address in {key}"
            );
        }
    }
}

fn the_series_stay_the_same_when_apple_hands_out_other_addresses() {
    let series = |text: &str| -> Option<BTreeSet<String>> {
        Some(
            python_samples(text)?
                .into_iter()
                .map(|(name, labels, _)| format!("{name}{labels:?}"))
                .collect(),
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (Bed::new(), Bed::new());
    assert_ne!(a.net, b.net);
    a.start(&Setup::healthy(), 0);
    b.start(&Setup::healthy(), 0);
    let first = textfile(&a, dir.path(), &["--site", "Library"]);
    let second = textfile(&b, dir.path(), &["--site", "Library"]);
    let (Some(first), Some(second)) = (series(&first), series(&second)) else {
        return;
    };
    assert_eq!(first, second);
}

fn node_exporter_serves_the_textfile_without_errors() {
    let Some(exporter) = tool("prometheus-node-exporter") else {
        return;
    };
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let dir = tempfile::tempdir().unwrap();
    textfile(&bed, dir.path(), &["--site", "Library"]);
    // A listener of its own on loopback, then the real collector on that port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(exporter)
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .arg("--collector.disable-defaults")
        .arg("--collector.textfile")
        .arg(format!(
            "--collector.textfile.directory={}",
            dir.path().display()
        ))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut page = String::new();
    while started.elapsed() < Duration::from_secs(20) {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let _ = stream.write_all(b"GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
            let _ = stream.read_to_string(&mut page);
            if page.contains("node_textfile_scrape_error") {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        page.contains("node_textfile_scrape_error 0"),
        "node_exporter could not read the file:\n{page}"
    );
    assert!(page.contains("pushcheck_overall_severity 0"), "{page}");
    assert!(
        page.contains("pushcheck_run_timestamp_seconds "),
        "the staleness alert needs the run's time: {page}"
    );
}

fn the_alert_rules_are_generated_from_every_finding_code() {
    // The checked-in rules are what Push Check generates from its code list.
    let path = root().join("examples/integrations/prometheus/pushcheck-alerts.yml");
    let generated = pushcheck::report::alerts::rules();
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        generated,
        "pushcheck-alerts.yml is out of date; run UPDATE_GENERATED=1 cargo test --test monitoring"
    );
}

fn the_alert_rules_load_and_fire_on_what_push_check_writes() {
    let Some(promtool) = tool("promtool") else {
        return;
    };
    let dir = root().join("examples/integrations/prometheus");
    for args in [
        &["check", "rules", "pushcheck-alerts.yml"][..],
        &["test", "rules", "pushcheck-alerts.test.yml"],
    ] {
        let output = Command::new(&promtool)
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "promtool {args:?}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    // The rules name only series Push Check writes.
    let rules = std::fs::read_to_string(dir.join("pushcheck-alerts.yml")).unwrap();
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let out = tempfile::tempdir().unwrap();
    let text = textfile(&bed, out.path(), &[]);
    for word in rules.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        if word.starts_with("pushcheck_") {
            assert!(text.contains(&format!("# TYPE {word} ")), "{word}");
        }
    }
    assert!(
        !rules.contains("node_textfile_mtime_seconds"),
        "staleness must not depend on node_exporter's own series (windows_exporter differs)"
    );
}

/// `promtool test rules` with one instance per finding code and severity: the run's answer
/// always raises an alert naming the code, and routed codes raise their own alert with the
/// finding's severity. A code without an alert path fails here.
fn every_finding_code_has_an_alert_path() {
    use pushcheck::diagnosis::Code;
    use pushcheck::report::alerts::{Route, route};
    let Some(promtool) = tool("promtool") else {
        return;
    };
    let mut series = String::new();
    // alert name -> expected (instance, code, severity label, summary, description) at 150
    // minutes.
    type Expected = (String, Option<String>, &'static str, String, String);
    let mut expected: std::collections::BTreeMap<&str, Vec<Expected>> =
        std::collections::BTreeMap::new();
    let answer_words = |alert: &str, instance: &str, code: Option<&str>| {
        let (what, lasting) = match alert {
            "PushCheckProblem" => ("Apple push fails", ""),
            "PushCheckWarning" => ("Push Check warns", " for two runs or more"),
            _ => ("Push Check could not test", " for two runs or more"),
        };
        let named = code.map(|c| format!(" ({c})")).unwrap_or_default();
        let from = code
            .map(|c| format!(" comes from the finding {c}"))
            .unwrap_or_default();
        (
            format!("{what} at {instance}{lasting}{named}"),
            format!(
                "The last Push Check run's answer{from}. The report on that computer says what to ask IT for."
            ),
        )
    };
    for name in ["PushCheckProblem", "PushCheckWarning", "PushCheckUntested"] {
        expected.insert(name, Vec::new());
    }
    for route in Route::ALERTS {
        expected.insert(route.alert().unwrap().0, Vec::new());
    }
    for code in Code::ALL {
        for (severity, value, answer_alert) in [
            ("problem", 2, "PushCheckProblem"),
            ("warning", 1, "PushCheckWarning"),
            ("untested", 3, "PushCheckUntested"),
        ] {
            let instance = format!("{}-{severity}:9100", code.as_str());
            for name in ["pushcheck_finding", "pushcheck_headline"] {
                series.push_str(&format!(
                    "      - series: '{name}{{instance=\"{instance}\",code=\"{}\",severity=\"{severity}\"}}'\n        values: '1x200'\n",
                    code.as_str()
                ));
            }
            series.push_str(&format!(
                "      - series: 'pushcheck_overall_severity{{instance=\"{instance}\"}}'\n        values: '{value}x200'\n"
            ));
            let label = if severity == "problem" {
                "critical"
            } else {
                "warning"
            };
            let (summary, description) = answer_words(answer_alert, &instance, Some(code.as_str()));
            expected.get_mut(answer_alert).unwrap().push((
                instance.clone(),
                Some(code.as_str().to_string()),
                label,
                summary,
                description,
            ));
            if let (Some((name, summary, description)), true) =
                (route(code).alert(), severity != "untested")
            {
                let fill = |t: &str| {
                    t.replace("{{ $labels.instance }}", &instance)
                        .replace("{{ $labels.code }}", code.as_str())
                };
                expected.get_mut(name).unwrap().push((
                    instance.clone(),
                    Some(code.as_str().to_string()),
                    label,
                    fill(summary),
                    fill(description),
                ));
            }
        }
    }
    // A file of an earlier version, without the headline series: the answer still alerts.
    series.push_str(
        "      - series: 'pushcheck_overall_severity{instance=\"old-version:9100\"}'\n        values: '2x200'\n",
    );
    let (summary, description) = answer_words("PushCheckProblem", "old-version:9100", None);
    expected.get_mut("PushCheckProblem").unwrap().push((
        "old-version:9100".into(),
        None,
        "critical",
        summary,
        description,
    ));
    let mut tests = String::new();
    for (name, alerts) in &expected {
        tests.push_str(&format!(
            "      - eval_time: 150m\n        alertname: {name}\n        exp_alerts:\n"
        ));
        if alerts.is_empty() {
            tests.push_str("          []\n");
        }
        for (instance, code, label, summary, description) in alerts {
            let code = code
                .as_ref()
                .map(|c| format!(", code: {c}"))
                .unwrap_or_default();
            let quoted = |t: &str| serde_json::to_string(t).unwrap();
            tests.push_str(&format!(
                "          - exp_labels: {{instance: \"{instance}\"{code}, severity: {label}}}\n            exp_annotations:\n              summary: {}\n              description: {}\n",
                quoted(summary),
                quoted(description)
            ));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/integrations/prometheus/pushcheck-alerts.yml"),
        dir.path().join("pushcheck-alerts.yml"),
    )
    .unwrap();
    let file = dir.path().join("every-code.test.yml");
    std::fs::write(
        &file,
        format!(
            "rule_files:\n  - pushcheck-alerts.yml\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n{series}    alert_rule_test:\n{tests}"
        ),
    )
    .unwrap();
    let output = Command::new(&promtool)
        .args(["test", "rules", "every-code.test.yml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "promtool test rules (a series per code): {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn the_systemd_units_verify_and_the_service_writes_the_textfile() {
    let Some(analyze) = tool("systemd-analyze") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let source = root().join("examples/integrations/systemd");
    let service = std::fs::read_to_string(source.join("pushcheck.service")).unwrap();
    // The same units, with this build and a folder of the test's own.
    let textfiles = dir.path().join("node-exporter");
    std::fs::create_dir(&textfiles).unwrap();
    let local = service.replace("/usr/bin/pushcheck", BIN).replace(
        "/var/lib/prometheus/node-exporter",
        textfiles.to_str().unwrap(),
    );
    std::fs::write(dir.path().join("pushcheck.service"), &local).unwrap();
    std::fs::copy(
        source.join("pushcheck.timer"),
        dir.path().join("pushcheck.timer"),
    )
    .unwrap();
    let verify = Command::new(analyze)
        .args(["verify", "--man=no"])
        .arg(dir.path().join("pushcheck.service"))
        .arg(dir.path().join("pushcheck.timer"))
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "systemd-analyze verify: {}",
        String::from_utf8_lossy(&verify.stderr)
    );
    // What the service runs, with its environment, against the bed.
    let exec = local
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .unwrap();
    let mut words = exec.split_whitespace();
    let mut cmd = Command::new(words.next().unwrap());
    cmd.args(words);
    for line in local.lines() {
        if let Some((key, value)) = line
            .strip_prefix("Environment=")
            .and_then(|kv| kv.split_once('='))
        {
            cmd.env(key, value);
        }
    }
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    cmd.args(bed.args());
    let output = cmd.output().unwrap();
    let code = output.status.code().unwrap();
    let allowed: Vec<i32> = std::iter::once(0)
        .chain(
            local
                .lines()
                .find_map(|l| l.strip_prefix("SuccessExitStatus="))
                .unwrap()
                .split_whitespace()
                .map(|c| c.parse().unwrap()),
        )
        .collect();
    assert!(allowed.contains(&code), "exit {code}");
    let text = std::fs::read_to_string(textfiles.join("pushcheck.prom")).unwrap();
    assert!(text.contains("pushcheck_overall_severity 0"), "{text}");
}

fn the_zabbix_agent_runs_the_user_parameter() {
    let Some(agent) = tool("zabbix_agentd") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (_bed, program) = healthy_program(dir.path());
    let params =
        std::fs::read_to_string(root().join("examples/integrations/zabbix/pushcheck.conf"))
            .unwrap()
            .replace("/usr/bin/pushcheck", program.to_str().unwrap());
    let params_file = dir.path().join("pushcheck.conf");
    std::fs::write(&params_file, params).unwrap();
    let conf = dir.path().join("zabbix_agentd.conf");
    std::fs::write(
        &conf,
        format!(
            "LogType=console\nPidFile={}\nServer=127.0.0.1\nHostname=test\nInclude={}\n",
            dir.path().join("agent.pid").display(),
            params_file.display()
        ),
    )
    .unwrap();
    let output = Command::new(agent)
        .arg("-c")
        .arg(&conf)
        .args(["-t", "pushcheck.json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    // "pushcheck.json   [t|<value>]": a text value, the report itself.
    let value = stdout
        .split_once("[t|")
        .and_then(|(_, rest)| rest.trim_end().strip_suffix(']'))
        .unwrap_or_else(|| panic!("{stdout}"));
    let report: serde_json::Value = serde_json::from_str(value).unwrap();
    assert_eq!(report["schema"], "pushcheck.report/1");
    assert_eq!(report["overall"], "ok", "{value}");
}

fn icinga_accepts_the_check_command_and_nagios_runs_its_command_line() {
    let examples = root().join("examples/integrations");
    if let Some(icinga) = tool("icinga2") {
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("icinga2.conf");
        std::fs::write(
            &conf,
            format!(
                "include <itl>\ninclude \"{}\"\nobject Host \"mdm-server\" {{\n  check_command = \"dummy\"\n  vars.mdm_server = true\n}}\n",
                examples.join("icinga2/pushcheck.conf").display()
            ),
        )
        .unwrap();
        let output = Command::new(icinga)
            .args(["daemon", "-C", "-c"])
            .arg(&conf)
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "icinga2 daemon -C:\n{log}");
        assert!(log.contains("Instantiated 1 Service"), "{log}");
    }
    // Nagios' command line, its macros filled in as Nagios would, run as Nagios runs it.
    let dir = tempfile::tempdir().unwrap();
    let (_bed, program) = healthy_program(dir.path());
    let cfg = std::fs::read_to_string(examples.join("nagios/pushcheck.cfg")).unwrap();
    let line = cfg
        .lines()
        .find_map(|l| l.trim().strip_prefix("command_line"))
        .unwrap()
        .trim()
        .replace("/usr/bin/pushcheck", program.to_str().unwrap())
        .replace("$HOSTALIAS$", "MDM server")
        .replace("$ARG1$", "--role server");
    let output = Command::new("sh").args(["-c", &line]).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let (state, ..) = parse_plugin(&stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert_eq!(state, "OK", "{stdout}");
}

/// Runs the Jamf script (as Jamf would, as root) for the app at `app`, with `path` as PATH.
fn jamf(app: &Path, path: &str) -> String {
    let script = root().join("examples/integrations/jamf/pushcheck-extension-attribute.sh");
    // On a Mac set to German: the smart groups still read English.
    let output = Command::new("sh")
        .arg(&script)
        .arg(app)
        .env("PATH", path)
        .env_remove("PUSHCHECK_LANG")
        .env("LC_ALL", "de_DE.UTF-8")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    stdout
        .trim_end()
        .strip_prefix("<result>")
        .and_then(|r| r.strip_suffix("</result>"))
        .unwrap_or_else(|| panic!("{stdout}"))
        .to_string()
}

fn the_jamf_extension_attribute_runs_only_the_installed_app_it_can_trust() {
    use std::os::unix::fs::{PermissionsExt, chown};
    // Ownership is set up as an installer would (root: the case needs it, as Jamf runs it).
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let (_bed, program) = healthy_program(&bin);
    let ran = dir.path().join("ran");
    let apps = dir.path().join("Applications");
    let app = apps.join("Push Check.app");
    let macos = app.join("Contents/MacOS");
    std::fs::create_dir_all(&macos).unwrap();
    let installed = macos.join("pushcheck");
    std::fs::write(
        &installed,
        format!(
            "#!/bin/sh\ntouch '{}'\nexec '{}' \"$@\"\n",
            ran.display(),
            program.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&installed, std::fs::Permissions::from_mode(0o755)).unwrap();
    // A program a user planted on PATH is never what runs.
    let planted_dir = dir.path().join("planted");
    std::fs::create_dir(&planted_dir).unwrap();
    let planted_ran = dir.path().join("planted-ran");
    let planted = planted_dir.join("pushcheck");
    std::fs::write(
        &planted,
        format!(
            "#!/bin/sh\ntouch '{}'\necho 'OK: planted'\n",
            planted_ran.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:/usr/bin:/bin", planted_dir.display());

    // Installed as an installer does (root-owned, not writable by others): it runs.
    assert_eq!(
        jamf(&app, &path),
        "OK: Apple devices on this network can reach Apple's push service."
    );
    assert!(ran.exists());
    std::fs::remove_file(&ran).unwrap();

    // Dragged in by a user (owned by them), or a folder on the way writable by everyone:
    // not run, said as the other faces say "could not test", with the fix.
    for (what, make, undo) in [
        (
            "the program owned by a user",
            Box::new(|| chown(&installed, Some(1000), None).unwrap()) as Box<dyn Fn()>,
            Box::new(|| chown(&installed, Some(0), None).unwrap()) as Box<dyn Fn()>,
        ),
        (
            "a folder writable by everyone",
            Box::new(|| {
                std::fs::set_permissions(&macos, std::fs::Permissions::from_mode(0o777)).unwrap()
            }),
            Box::new(|| {
                std::fs::set_permissions(&macos, std::fs::Permissions::from_mode(0o755)).unwrap()
            }),
        ),
        (
            "the app folder writable by a user's group",
            Box::new(|| {
                chown(&app, None, Some(1000)).unwrap();
                std::fs::set_permissions(&app, std::fs::Permissions::from_mode(0o775)).unwrap()
            }),
            Box::new(|| {
                chown(&app, None, Some(0)).unwrap();
                std::fs::set_permissions(&app, std::fs::Permissions::from_mode(0o755)).unwrap()
            }),
        ),
    ] {
        make();
        let said = jamf(&app, &path);
        undo();
        assert!(said.starts_with("COULDN'T TEST: "), "{what}: {said}");
        assert!(said.contains("sudo chown -R root:wheel"), "{what}: {said}");
        assert!(!ran.exists(), "{what}: the program ran");
    }

    // Not installed: says so, and still runs nothing found on PATH.
    assert_eq!(
        jamf(&dir.path().join("nowhere.app"), &path),
        "Not installed"
    );
    assert!(!planted_ran.exists(), "a program on PATH ran");
}

/// The Intune script's top-level statements as PowerShell's grammar reads them (tree-sitter's
/// PowerShell grammar): `(kind, text)` each, or the reason it does not parse.
fn powershell_statements(script: &Path) -> Option<Result<Vec<(String, String)>, String>> {
    let python = python_with("tree_sitter_powershell")?;
    const SCRIPT: &str = "import sys, json, tree_sitter, tree_sitter_powershell as ps\nsrc = open(sys.argv[1], 'rb').read()\ntree = tree_sitter.Parser(tree_sitter.Language(ps.language())).parse(src)\nif tree.root_node.has_error:\n    print(json.dumps({'error': 'the script does not parse as PowerShell'}))\n    sys.exit(0)\nbody = [c for c in tree.root_node.children if c.type == 'statement_list']\nout = [(s.type, src[s.start_byte:s.end_byte].decode()) for b in body for s in b.children if s.type != 'comment']\nprint(json.dumps({'statements': out}))\n";
    let output = Command::new(python)
        .args(["-c", SCRIPT])
        .arg(script)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    Some(match read["error"].as_str() {
        Some(e) => Err(e.to_string()),
        None => Ok(read["statements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s[0].as_str().unwrap().to_string(),
                    s[1].as_str().unwrap().to_string(),
                )
            })
            .collect()),
    })
}

fn the_intune_detection_script_parses_and_reads_the_exit_status_of_the_whole_run() {
    // PowerShell does not run here. PowerShell's grammar (tree-sitter) parses the script; the
    // call collects every line before $LASTEXITCODE is read (a pipeline cut short by
    // Select-Object leaves it unset in a fresh SYSTEM session: PowerShell issue 19848); its
    // arguments are ones pushcheck takes and give the one-line answer; and its exit rule maps
    // each of the program's statuses as Intune needs.
    let path = root().join("examples/integrations/intune/pushcheck-detect.ps1");
    let script = std::fs::read_to_string(&path).unwrap();
    if let Some(parsed) = powershell_statements(&path) {
        let statements = parsed.unwrap_or_else(|e| panic!("{e}"));
        let call = statements
            .iter()
            .position(|(_, text)| text.contains("& $pushcheck "))
            .expect("the call");
        assert!(
            !statements[call].1.contains('|'),
            "the call is not cut short by a pipeline: {}",
            statements[call].1
        );
        assert!(
            statements[call].1.starts_with("$lines = @("),
            "{}",
            statements[call].1
        );
        assert_eq!(statements[call + 1].1, "$status = $LASTEXITCODE");
        assert_eq!(
            statements.last().unwrap().1,
            "if ($status -eq 0) { exit 0 } else { exit 1 }"
        );
        // The grammar check itself finds a broken script.
        let dir = tempfile::tempdir().unwrap();
        let broken = dir.path().join("broken.ps1");
        std::fs::write(
            &broken,
            script.replace("$lines.Count -gt 0)", "$lines.Count -gt 0"),
        )
        .unwrap();
        assert!(powershell_statements(&broken).unwrap().is_err());
    }
    let call = script
        .lines()
        .find(|l| l.contains("& $pushcheck "))
        .expect("the call");
    let args: Vec<&str> = call
        .split("& $pushcheck ")
        .nth(1)
        .unwrap()
        .split(" 2>")
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(args[0], "check");
    assert!(args.contains(&"--quiet"), "{args:?}");
    assert!(args.contains(&"--lang") && args.contains(&"en"), "{args:?}");
    // The exit rule, for each status the program gives: only 0 is "without issues".
    let exit_rule = |status: i32| if status == 0 { 0 } else { 1 };
    for (setup, status, word) in [
        (Setup::healthy(), 0, "OK: "),
        (partial(), 1, "WARNING: "),
        (blocked(), 2, "PROBLEM: "),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let bed = Bed::new();
        bed.start(&setup, 0);
        let program = bed_program(&bed, dir.path());
        let output = Command::new(program)
            .args(&args)
            .env_remove("PUSHCHECK_LANG")
            .env("LC_ALL", "fr_FR.UTF-8")
            .env("LANG", "fr_FR.UTF-8")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(status));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(stdout.lines().count(), 1, "{stdout}");
        assert!(stdout.starts_with(word), "{stdout}");
        assert_eq!(exit_rule(status), i32::from(status != 0));
    }
    assert!(script.contains("if ($status -eq 0) { exit 0 } else { exit 1 }"));
    assert!(
        script.contains("Push Check\\pushcheck.exe"),
        "the MSI's folder"
    );
}

fn the_windows_scheduled_task_is_well_formed_task_xml() {
    let Some(python) = tool("python3") else {
        return;
    };
    let task = root().join("examples/integrations/windows/pushcheck-task.xml");
    const SCRIPT: &str = "import sys, xml.etree.ElementTree as ET\nns = {'t': 'http://schemas.microsoft.com/windows/2004/02/mit/task'}\nroot = ET.parse(sys.argv[1]).getroot()\nassert root.tag == '{%s}Task' % ns['t'], root.tag\nprint(root.find('t:Actions/t:Exec/t:Command', ns).text)\nprint(root.find('t:Actions/t:Exec/t:Arguments', ns).text)\nprint(root.find('t:Principals/t:Principal/t:UserId', ns).text)\nprint(root.find('t:Triggers/t:CalendarTrigger/t:Repetition/t:Interval', ns).text)\n";
    let output = Command::new(python)
        .args(["-c", SCRIPT])
        .arg(&task)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert!(lines[0].ends_with("pushcheck.exe\""), "{lines:?}");
    assert!(lines[1].starts_with("check ") && lines[1].contains(".prom\""));
    assert_eq!(lines[2], "S-1-5-18", "runs as SYSTEM");
    assert_eq!(lines[3], "PT1H");
    // Its arguments are ones pushcheck.exe takes.
    let args: Vec<String> = lines[1]
        .split('"')
        .enumerate()
        .flat_map(|(i, part)| {
            if i % 2 == 1 {
                vec![part.to_string()]
            } else {
                part.split_whitespace().map(str::to_string).collect()
            }
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let (_bed, program) = healthy_program(dir.path());
    let prom = dir.path().join("pushcheck.prom");
    let mut cmd = Command::new(program);
    for arg in &args {
        if arg.ends_with(".prom") {
            cmd.arg(&prom);
        } else {
            cmd.arg(arg);
        }
    }
    let output = cmd.output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        std::fs::read_to_string(&prom)
            .unwrap()
            .contains("pushcheck_overall_severity 0")
    );
}

fn settings_for_unattended_runs_come_from_the_environment_too() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let mut cmd = bed.command(&bed.resolve, &[]);
    cmd.env("PUSHCHECK_SITE", "Site 7")
        .env("PUSHCHECK_ROLE", "server");
    let run = testbed::Run::from_output(&cmd.output().unwrap(), Duration::ZERO);
    assert_eq!(run.json["site"], "Site 7");
    assert_eq!(run.json["environment"]["role"], "server");
    // A flag wins over the environment.
    let mut cmd = bed.command(&bed.resolve, &["--site", "Room 1"]);
    cmd.env("PUSHCHECK_SITE", "Site 7");
    let run = testbed::Run::from_output(&cmd.output().unwrap(), Duration::ZERO);
    assert_eq!(run.json["site"], "Room 1");
    // A bad value is a usage error naming the setting, as the flag's would be.
    let mut cmd = bed.command(&bed.resolve, &[]);
    cmd.env("PUSHCHECK_ROLE", "teacher");
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--role"));
}

fn every_setting_for_unattended_runs_is_read_from_the_environment() {
    // The command a timer would run: no flags but the bed's own (its Apple root, range and
    // names); everything else from the environment.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let program = env!("CARGO_BIN_EXE_pushcheck");
    let bare = |envs: &[(&str, String)]| {
        let mut cmd = std::process::Command::new(program);
        cmd.env("HOME", bed.dir.path())
            .env("XDG_CONFIG_HOME", bed.dir.path())
            .env("PUSHCHECK_LANG", "en")
            .args(["check", "--json", "--public-dns", "none"])
            .arg("--apple-root")
            .arg(&bed.ca_file)
            .args(["--apple-range", &bed.range()]);
        for rule in &bed.resolve {
            cmd.args(["--resolve", rule]);
        }
        for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy"] {
            cmd.env_remove(name).env_remove(name.to_ascii_uppercase());
        }
        for (key, value) in envs {
            cmd.env(key, value);
        }
        cmd.output().unwrap()
    };
    let catalog = bed.catalog_file.display().to_string();
    // A proxy that is not there: only PUSHCHECK_NO_PROXY keeps the run off it.
    let output = bare(&[
        ("PUSHCHECK_CATALOG", catalog.clone()),
        ("PUSHCHECK_TIMEOUT", "4".into()),
        ("PUSHCHECK_HOLD", "1".into()),
        ("PUSHCHECK_REDACT", "true".into()),
        ("PUSHCHECK_NO_PROXY", "true".into()),
        ("PUSHCHECK_CA_FILE", bed.forti_file.display().to_string()),
        ("https_proxy", "http://127.0.0.1:9".into()),
    ]);
    let run = testbed::Run::from_output(&output, Duration::ZERO);
    let environment = &run.json["environment"];
    assert_eq!(environment["timeout_ms"], 4000, "{environment:#}");
    assert_eq!(environment["hold_ms"], 1000, "{environment:#}");
    assert_eq!(environment["legacy"], false, "{environment:#}");
    assert_eq!(environment["redacted"], true, "{environment:#}");
    // The bed's catalog (its ports) was used, and no check went through the dead proxy.
    assert_eq!(run.json["overall"], "ok", "{:#}", run.json["findings"]);
    let courier = run.checks("courier:");
    assert!(!courier.is_empty(), "{:#}", run.json);
    assert!(courier.iter().all(|c| c["outcome"] == "ok"), "{courier:#?}");
    // The retired ports, asked for: they count (the bed does not serve them).
    let output = bare(&[
        ("PUSHCHECK_CATALOG", catalog.clone()),
        ("PUSHCHECK_LEGACY", "true".into()),
    ]);
    let run = testbed::Run::from_output(&output, Duration::ZERO);
    assert_eq!(run.json["environment"]["legacy"], true);
    assert!(run.codes().contains(&"legacy_ports_closed".to_string()));
    // The CA file is read: one that is not there is said, naming it.
    let output = bare(&[
        ("PUSHCHECK_CATALOG", catalog),
        ("PUSHCHECK_CA_FILE", "/nonexistent/school-ca.pem".into()),
    ]);
    assert_ne!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/nonexistent/school-ca.pem"), "{stderr}");
    // A flag wins over its variable.
    let mut cmd = bed.command(&bed.resolve, &["--timeout", "3"]);
    cmd.env("PUSHCHECK_TIMEOUT", "7");
    let run = testbed::Run::from_output(&cmd.output().unwrap(), Duration::ZERO);
    assert_eq!(run.json["environment"]["timeout_ms"], 3000);
}

fn without_a_site_the_textfile_names_this_computer_unless_redacted() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let dir = tempfile::tempdir().unwrap();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap()
        .trim()
        .to_string();
    let text = textfile(&bed, dir.path(), &[]);
    assert!(text.contains(&format!("site=\"{host}\"")), "{host}: {text}");
    let text = textfile(&bed, dir.path(), &["--redact"]);
    assert!(text.contains("site=\"\""), "{text}");
}

/// A report that cannot be written makes the run "could not test" (exit 3), and every line
/// a monitoring system or a script reads says so and still names what the network showed;
/// what was written before stays.
fn a_report_that_cannot_be_written_is_unknown_and_still_names_the_network() {
    for (name, setup, network_state, network_word) in [
        ("healthy", Setup::healthy(), "OK", "OK"),
        ("blocked", blocked(), "CRITICAL", "PROBLEM"),
    ] {
        let bed = Bed::new();
        bed.start(&setup, 0);
        let dir = tempfile::tempdir().unwrap();
        // A file where a folder should be: unwritable even for root.
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, "").unwrap();
        let good = dir.path().join("kept.json");
        let bad = blocker.join("report.pdf");
        let outputs = [
            "--output",
            good.to_str().unwrap(),
            "--output",
            bad.to_str().unwrap(),
        ];
        let run = |extra: &[&str]| {
            let mut args = outputs.to_vec();
            args.extend_from_slice(extra);
            let output = bed.plain(&args).output().unwrap();
            (
                String::from_utf8_lossy(&output.stdout).into_owned(),
                output.status.code(),
            )
        };
        let (plugin, code) = run(&["--format", "nagios"]);
        assert_eq!(code, Some(3), "{name}: {plugin}");
        let first = plugin.lines().next().unwrap();
        assert!(
            first.starts_with("PUSHCHECK UNKNOWN - report not written (")
                && first.contains(&format!("; network: {network_state} - ")),
            "{name}: {first}"
        );
        assert!(first.contains("not-a-folder"), "names the place: {first}");
        if let Some(read) = pynag(&plugin) {
            assert_eq!(read["valid"], true, "{name}: {read:#}");
        }
        let (quiet, code) = run(&["--quiet"]);
        assert_eq!(code, Some(3), "{name}: {quiet}");
        assert_eq!(quiet.lines().count(), 1);
        assert!(
            quiet.starts_with("COULDN'T TEST: report not written (")
                && quiet.contains(&format!("; network: {network_word}: ")),
            "{name}: {quiet}"
        );
        let (view, code) = run(&["--color", "never"]);
        assert_eq!(code, Some(3), "{name}");
        let last = view.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
        assert!(
            last.contains("COULDN'T TEST: the report was not written"),
            "{name}: {view}"
        );
        // The report that could be written was written, each time.
        let kept: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&good).unwrap()).unwrap();
        assert_eq!(kept["schema"], "pushcheck.report/1");
    }
}

const PROMTOOL: Need = || harness::program("promtool", "prometheus");
const NODE_EXPORTER: Need =
    || harness::program("prometheus-node-exporter", "prometheus-node-exporter");
const SYSTEMD_ANALYZE: Need = || harness::program("systemd-analyze", "systemd");
const ZABBIX: Need = || harness::program("zabbix_agentd", "zabbix-agent");
const ICINGA: Need = || harness::program("icinga2", "icinga2-bin");
const PYTHON: Need = || harness::program("python3", "python3");
const PYNAG: Need = || harness::python_module("pynag.Utils", "pynag");
const PROMETHEUS_CLIENT: Need = || harness::python_module("prometheus_client", "prometheus_client");
const POWERSHELL_GRAMMAR: Need = || {
    harness::python_module(
        "tree_sitter_powershell",
        "tree-sitter tree-sitter-powershell",
    )
};

/// Every test of the suite, with what it needs.
pub fn main() -> ! {
    harness::run(
        &["PUSHCHECK_MONITORING_REQUIRED"],
        vec![
            case!(
                plugin_output_follows_the_monitoring_plugins_guidelines,
                PYNAG
            ),
            case!(usage_errors_are_unknown_for_monitoring_and_64_otherwise),
            case!(
                the_prometheus_textfile_is_read_by_promtool_and_the_python_parser,
                PROMTOOL,
                PROMETHEUS_CLIENT
            ),
            case!(
                the_series_stay_the_same_when_apple_hands_out_other_addresses,
                PROMETHEUS_CLIENT
            ),
            case!(
                node_exporter_serves_the_textfile_without_errors,
                NODE_EXPORTER
            ),
            case!(the_alert_rules_are_generated_from_every_finding_code),
            case!(
                the_alert_rules_load_and_fire_on_what_push_check_writes,
                PROMTOOL
            ),
            case!(every_finding_code_has_an_alert_path, PROMTOOL),
            case!(
                the_systemd_units_verify_and_the_service_writes_the_textfile,
                SYSTEMD_ANALYZE
            ),
            case!(the_zabbix_agent_runs_the_user_parameter, ZABBIX),
            case!(
                icinga_accepts_the_check_command_and_nagios_runs_its_command_line,
                ICINGA
            ),
            case!(
                the_jamf_extension_attribute_runs_only_the_installed_app_it_can_trust,
                harness::root
            ),
            case!(
                the_intune_detection_script_parses_and_reads_the_exit_status_of_the_whole_run,
                POWERSHELL_GRAMMAR
            ),
            case!(the_windows_scheduled_task_is_well_formed_task_xml, PYTHON),
            case!(settings_for_unattended_runs_come_from_the_environment_too),
            case!(every_setting_for_unattended_runs_is_read_from_the_environment),
            case!(without_a_site_the_textfile_names_this_computer_unless_redacted),
            case!(
                a_report_that_cannot_be_written_is_unknown_and_still_names_the_network,
                PYNAG
            ),
        ],
    )
}
