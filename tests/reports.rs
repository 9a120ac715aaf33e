//! Reports IT can act on: the JSON Schema (checked in, never drifting, real reports valid
//! against it), the PDF parsed back, and `pushcheck compare`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use std::process::Command;

use testbed::{Bed, COURIER_ADDRS, Serve, Setup};

const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/report.schema.json");

#[test]
fn checked_in_schema_matches_the_model() {
    let generated = pushcheck::report::model::schema();
    let text = format!("{}\n", serde_json::to_string_pretty(&generated).unwrap());
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_FILE, &text).unwrap();
    }
    let checked_in = std::fs::read_to_string(SCHEMA_FILE).unwrap();
    assert!(
        checked_in == text,
        "assets/report.schema.json is out of date with src/report/model.rs; run UPDATE_SCHEMA=1 cargo test --test reports"
    );
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SCHEMA_FILE).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn real_reports_validate_against_the_schema() {
    let validator = validator();
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_fallback = vec![Serve::Forti; COURIER_ADDRS as usize];
    setup.provider[1] = Serve::Closed;
    bed.start(&setup, 0);
    let run = bed.run(&["--site", "Lab"]);
    let errors: Vec<String> = validator
        .iter_errors(&run.json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And the schema is not a rubber stamp: a wrong word is caught.
    let mut broken = run.json.clone();
    broken["overall"] = "fine".into();
    assert!(!validator.is_valid(&broken));
    let mut broken = run.json.clone();
    broken["checks"][0]["outcome"] = "blocked".into();
    assert!(!validator.is_valid(&broken));
    let mut broken = run.json.clone();
    broken.as_object_mut().unwrap().remove("headline");
    assert!(!validator.is_valid(&broken));
}

/// Text of every page, as a PDF reader would extract it.
fn pdf_text(path: &std::path::Path) -> Vec<String> {
    let doc = lopdf::Document::load(path).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    pages
        .iter()
        .map(|p| doc.extract_text(&[*p]).unwrap_or_default())
        .collect()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn pdf_holds_the_headline_and_the_request_for_it() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    setup.courier_fallback = vec![Serve::Closed; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let pdf = bed.dir.path().join("report.pdf");
    let run = bed.run(&[
        "--output",
        pdf.to_str().unwrap(),
        "--site",
        "Library, 2nd floor",
        "--paper",
        "letter",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = pdf_text(&pdf);
    assert!(pages.len() >= 2, "{} pages", pages.len());
    let first = squash(&pages[0]);
    assert!(first.contains("Push Check report"), "{first}");
    assert!(first.contains("Library, 2nd floor"), "{first}");
    assert!(
        first.contains("iPads and Macs here can't reach Apple's push service."),
        "{first}"
    );
    assert!(first.contains("Request for IT"), "{first}");
    assert!(
        first.contains("Allow outbound TCP 25223 and 20443 from the device networks"),
        "{first}"
    );
    // The full table follows, with every check; the sources close the document.
    let rest = squash(&pages[1..].join(" "));
    assert!(rest.contains("Every check"), "{rest}");
    assert!(rest.contains("refused"));
    assert!(rest.contains("Where the rules come from"));
    assert!(rest.contains("support.apple.com/en-us/101555"));
    let doc = lopdf::Document::load(&pdf).unwrap();
    let page = doc.get_pages().values().next().copied().unwrap();
    let media = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let width = match &media[2] {
        lopdf::Object::Integer(i) => *i as f32,
        lopdf::Object::Real(r) => *r,
        other => panic!("{other:?}"),
    };
    assert_eq!(width.round(), 612.0, "Letter width");
}

fn report_file(bed: &Bed, name: &str, extra: &[&str]) -> std::path::PathBuf {
    let path = bed.dir.path().join(name);
    let mut args = vec!["--output", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    bed.run(&args);
    path
}

#[test]
fn compare_shows_what_a_firewall_change_fixed() {
    // Before: 5223 blocked. After: IT opened it.
    let before = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    before.start(&setup, 0);
    let old = report_file(&before, "before.json", &["--site", "Room 4"]);
    let after = Bed::new();
    after.start(&Setup::healthy(), 0);
    let new = report_file(&after, "after.json", &["--site", "Room 4"]);
    let out_json = after.dir.path().join("diff.json");
    let out_pdf = after.dir.path().join("diff.pdf");
    let output = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .env("PUSHCHECK_LANG", "en")
        .args(["compare"])
        .arg(&old)
        .arg(&new)
        .arg("--output")
        .arg(&out_json)
        .arg("--output")
        .arg(&out_pdf)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("Overall: WARNING -> OK"), "{stdout}");
    assert!(stdout.contains("Fixed:"), "{stdout}");
    assert!(stdout.contains("Port 25223 is blocked"), "{stdout}");
    assert!(
        stdout.contains("Push, port 25223: 0 of 8 fine -> 8 of 8 fine"),
        "{stdout}"
    );
    let diff: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_json).unwrap()).unwrap();
    assert_eq!(diff["schema"], "pushcheck.compare/1");
    assert_eq!(diff["fixed"][0]["code"], "device_fallback_only");
    assert!(diff["broken"].as_array().unwrap().is_empty());
    let text = squash(&pdf_text(&out_pdf).join(" "));
    assert!(text.contains("what changed"), "{text}");

    // The other way round, it is newly broken and the exit status is the later report's.
    let output = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .env("PUSHCHECK_LANG", "en")
        .args(["compare"])
        .arg(&new)
        .arg(&old)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("Newly broken:"), "{stdout}");
}

#[test]
fn compare_refuses_other_schemas_and_non_reports_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("v2.json");
    std::fs::write(&other, r#"{"schema":"pushcheck.report/2","overall":"ok"}"#).unwrap();
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, "not json at all").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .env("PUSHCHECK_LANG", "en")
        .args(["compare"])
        .arg(&other)
        .arg(&junk)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3));
    assert!(stderr.contains("pushcheck.report/2"), "{stderr}");
    assert!(stderr.contains("pushcheck.report/1"), "{stderr}");
    let output = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .env("PUSHCHECK_LANG", "en")
        .args(["compare"])
        .arg(&junk)
        .arg(&junk)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("junk.json is not a Push Check report"),
        "{stderr}"
    );
}

#[test]
fn redact_leaves_this_computers_network_out() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&[]);
    let net = &run.json["environment"]["network"];
    assert!(net.is_object(), "{net:#}");
    assert!(net["dns_servers"].is_array());
    assert_eq!(run.json["environment"]["redacted"], false);
    let txt = bed.dir.path().join("r.txt");
    let run = bed.run(&["--redact", "--output", txt.to_str().unwrap()]);
    assert!(run.json["environment"]["network"].is_null());
    assert_eq!(run.json["environment"]["redacted"], true);
    let text = std::fs::read_to_string(&txt).unwrap();
    // The text report has the section, saying the facts were left out; the host name the
    // unredacted run reported appears nowhere.
    assert!(
        text.contains("Left out of this report on purpose (--redact)."),
        "{text}"
    );
    let hostname = net["hostname"].as_str().unwrap_or_default();
    assert!(hostname.is_empty() || !text.contains(hostname), "{text}");
    assert!(validator().is_valid(&run.json));
}
