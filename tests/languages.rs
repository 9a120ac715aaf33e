//! The teacher's own language, end to end against the loopback test bed: `--lang` and the
//! system's language for the terminal, text and PDF; JSON English unless asked (scripts on a
//! German computer read what they read everywhere); monitoring output always English; two
//! reports in different languages compare; the pseudo-language leaves no English in the
//! reports; the PDF in French and German renders with the request for IT in that language.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

#[path = "harness/mod.rs"]
mod harness;
mod testbed;

use testbed::{Bed, Captive, Setup};

use std::path::Path;
use std::process::{Command, Output};

/// A command as on a computer whose system language is `locale`, nothing pinned.
fn on_system(mut cmd: Command, locale: &str) -> Command {
    cmd.env_remove("PUSHCHECK_LANG")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", locale)
        .env("LANG", locale);
    cmd
}

fn run(mut cmd: Command) -> (String, Output) {
    let out = cmd.output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), out)
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// What must not change with the language: codes, statuses, ids, outcomes.
fn neutral(report: &serde_json::Value) -> serde_json::Value {
    let findings: Vec<serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| serde_json::json!([f["code"], f["severity"], f["checks"]]))
        .collect();
    let mut checks: Vec<String> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}",
                c["id"], c["status"], c["outcome"], c["probe"]
            )
        })
        .collect();
    checks.sort();
    serde_json::json!({"overall": report["overall"], "findings": findings, "checks": checks})
}

fn pushcheck_lang_de_speaks_german_and_json_keeps_its_codes() {
    let bed = testbed::blocked_bed();
    let (text, out) = run(bed.plain(&["--lang", "de", "--color", "never"]));
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("✖ PROBLEM: iPads und Macs erreichen hier Apples Push-Dienst nicht."),
        "{text}"
    );
    assert!(text.contains("Bitte an die IT: Ausgehendes TCP"), "{text}");
    assert!(text.contains("Geräte (iPad, iPhone, Mac): ✖"), "{text}");
    assert!(text.contains("abgelehnt"), "{text}");
    assert!(!text.contains("Ask IT"), "{text}");
    // The same from the environment, as a scheduled task or a kiosk sets it.
    let mut from_env = bed.plain(&["--color", "never"]);
    from_env.env("PUSHCHECK_LANG", "it");
    let (text, _) = run(from_env);
    assert!(
        text.contains("Chiedi all'assistenza informatica:"),
        "{text}"
    );

    // The global flag works after the command too, and JSON says its language.
    let (german, _) = run(bed.command(&bed.resolve, &["--lang", "de"]));
    let german = json(&german);
    assert_eq!(german["lang"], "de");
    assert_eq!(
        german["headline"],
        "iPads und Macs erreichen hier Apples Push-Dienst nicht."
    );
    let (english, _) = run(bed.command(&bed.resolve, &[]));
    let english = json(&english);
    assert_eq!(english["lang"], "en");
    assert_eq!(neutral(&german), neutral(&english));
    // PUSHCHECK_LANG is the same as --lang, for the JSON too (a scheduled task sets it).
    let mut env_json = bed.command(&bed.resolve, &[]);
    env_json.env("PUSHCHECK_LANG", "de");
    let (from_env, _) = run(env_json);
    let from_env = json(&from_env);
    assert_eq!(from_env["lang"], "de");
    assert_eq!(from_env["findings"], german["findings"]);
    assert_eq!(from_env["headline"], german["headline"]);
    // The catalog's names are translated by key ("Push" stays "Push").
    let names = |r: &serde_json::Value| -> Vec<String> {
        r["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(names(&german).contains(&"Zeitserver".to_string()));
    assert!(names(&english).contains(&"Time server".to_string()));
}

fn a_german_system_reads_german_while_its_scripts_read_english() {
    let bed = testbed::blocked_bed();
    for locale in ["de_DE.UTF-8", "de_AT.UTF-8"] {
        let (text, _) = run(on_system(bed.plain(&["--color", "never"]), locale));
        assert!(text.contains("Bitte an die IT:"), "{locale}: {text}");
        let (script, out) = run(on_system(bed.command(&bed.resolve, &[]), locale));
        assert_eq!(out.status.code(), Some(2));
        let report = json(&script);
        assert_eq!(report["lang"], "en", "{locale}");
        assert_eq!(
            report["headline"],
            "iPads and Macs here can't reach Apple's push service."
        );
    }
    // Regional fallbacks: Portugal reads Brazilian Portuguese, Mexico Spanish, Canada French.
    for (locale, words) in [
        ("pt_PT.UTF-8", "Pedir à TI:"),
        ("es_MX.UTF-8", "Pedir al departamento de informática:"),
        ("fr_CA.UTF-8", "À demander au service informatique\u{a0}:"),
        ("nl_BE.UTF-8", "Vraag de ICT-afdeling:"),
        ("it_CH.UTF-8", "Chiedi all'assistenza informatica:"),
        ("ja_JP.UTF-8", "Ask IT:"),
    ] {
        let (text, _) = run(on_system(bed.plain(&["--color", "never"]), locale));
        assert!(text.contains(words), "{locale}: {text}");
    }
}

fn monitoring_output_stays_english_in_every_language() {
    let bed = testbed::blocked_bed();
    let prom_en = bed.dir.path().join("en.prom");
    let prom_de = bed.dir.path().join("de.prom");
    let (nagios, _) = run(bed.command(
        &bed.resolve,
        &[
            "--lang",
            "de",
            "--format",
            "nagios",
            "--output",
            prom_de.to_str().unwrap(),
        ],
    ));
    assert!(nagios.starts_with("PUSHCHECK CRITICAL"), "{nagios}");
    assert!(
        nagios.contains("iPads and Macs here can't reach Apple's push service."),
        "{nagios}"
    );
    assert!(!nagios.contains("Geräte"), "{nagios}");
    run(bed.command(&bed.resolve, &["--output", prom_en.to_str().unwrap()]));
    let strip = |p: &Path| -> Vec<String> {
        std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(strip(&prom_de), strip(&prom_en));
}

fn reports_in_two_languages_compare_as_one_network() {
    let bed = testbed::blocked_bed();
    let de = bed.dir.path().join("vorher.json");
    let en = bed.dir.path().join("after.json");
    run(bed.command(
        &bed.resolve,
        &["--lang", "de", "--output", de.to_str().unwrap()],
    ));
    run(bed.command(&bed.resolve, &["--output", en.to_str().unwrap()]));
    assert_eq!(json(&std::fs::read_to_string(&de).unwrap())["lang"], "de");
    let changes = bed.dir.path().join("changes.json");
    let out = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .env("PUSHCHECK_LANG", "en")
        .arg("compare")
        .arg(&de)
        .arg(&en)
        .arg("--output")
        .arg(&changes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let c = json(&std::fs::read_to_string(&changes).unwrap());
    assert_eq!(c["fixed"], serde_json::json!([]), "{c}");
    assert_eq!(c["broken"], serde_json::json!([]), "{c}");
    assert_eq!(c["checks"], serde_json::json!([]), "{c}");
    assert_eq!(c["unchanged"][0]["code"], "port_blocked");
}

fn unknown_languages_are_a_usage_error_and_help_stays_english() {
    let out = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .args(["--lang", "tlh", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("de, fr, es, nl, it, pt-BR"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .args(["--lang", "de", "check", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Usage: pushcheck check"), "{help}");
    assert!(help.contains("--lang <CODE>"), "{help}");
    // The words of the help, not only clap's frame, on a German system too.
    for (args, english) in [
        (
            vec!["--lang", "de", "check", "--help"],
            "Test this network in the terminal",
        ),
        (vec!["--help"], "Tells whether Apple devices"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
            .args(&args)
            .env("LANG", "de_DE.UTF-8")
            .env("LC_ALL", "de_DE.UTF-8")
            .env_remove("PUSHCHECK_LANG")
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains(english), "{args:?}: {help}");
    }
}

/// The PDF's text, as a reader extracts it (poppler's pdftotext), with runs of space as one.
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn the_pdf_in_french_and_german_renders_with_the_request_for_it_in_that_language() {
    let bed = testbed::blocked_bed();
    for (lang, request, fix, page) in [
        (
            "fr",
            "Demande au service informatique",
            "Autoriser en sortie TCP",
            "page 1 sur",
        ),
        ("de", "Bitte an die IT", "Ausgehendes TCP", "Seite 1 von"),
    ] {
        let pdf = bed.dir.path().join(format!("rapport-{lang}.pdf"));
        let (_, out) = run(bed.command(
            &bed.resolve,
            &["--lang", lang, "--output", pdf.to_str().unwrap()],
        ));
        assert_eq!(out.status.code(), Some(2));
        let text = pdf_text(&pdf);
        for words in [request, fix, page] {
            assert!(text.contains(words), "{lang}: {words:?} not in {text}");
        }
        // Page 1 drawn as a person sees it: an image with ink on it.
        let png = bed.dir.path().join(format!("page-{lang}"));
        let drawn = Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&pdf)
            .arg(&png)
            .output()
            .unwrap();
        assert!(drawn.status.success(), "{drawn:?}");
        let image = std::fs::read(png.with_extension("png")).unwrap();
        assert!(image.len() > 10_000, "{lang}: page 1 is nearly empty");
    }
}

fn the_pseudo_language_finds_no_english_left_in_the_reports() {
    let bed = testbed::blocked_bed();
    let dir = bed.dir.path();
    let (txt, report, pdf) = (dir.join("r.txt"), dir.join("r.json"), dir.join("r.pdf"));
    let (terminal, _) = run(bed.plain(&[
        "--lang",
        "qps-ploc",
        "--verbose",
        "--color",
        "never",
        "--output",
        txt.to_str().unwrap(),
        "--output",
        report.to_str().unwrap(),
        "--output",
        pdf.to_str().unwrap(),
    ]));
    let report = json(&std::fs::read_to_string(&report).unwrap());
    assert_eq!(report["lang"], "qps-ploc");
    let data = testbed::report_data(&report);
    let text = std::fs::read_to_string(&txt).unwrap();
    for (what, shown) in [("terminal", &terminal), ("text report", &text)] {
        assert!(shown.len() > 1000, "{what}: {shown}");
        let left = testbed::untranslated(shown, &data);
        assert!(left.is_empty(), "{what}: English left: {left:?}\n{shown}");
    }
    let shown = pdf_text(&pdf);
    let left = testbed::untranslated(&shown, &data);
    assert!(left.is_empty(), "PDF: English left: {left:?}\n{shown}");
}

fn the_leftover_check_finds_english_and_passes_translated_text() {
    let data = vec![
        "17.57.146.52".to_string(),
        "connect to 1-courier.push.apple.com refused".to_string(),
    ];
    let wrapped = "[Þûûšĥ [ĥéérée]] 17.57.146.52 (Push Check) connect to\n      1-courier.push.apple.com refused";
    assert!(testbed::untranslated(wrapped, &data).is_empty());
    assert_eq!(
        testbed::untranslated("[Þûûšĥ] Copy 17.57.146.52", &data),
        vec!["Copy".to_string()]
    );
}

fn what_cannot_run_is_said_in_the_language_too() {
    // A setting's error: the flag as typed, the problem in German.
    let out = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .args(["--lang", "de", "check", "--timeout", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("pushcheck: --timeout muss zwischen 1 und 300 Sekunden liegen, nicht 0"),
        "{err}"
    );
    // The window refusing an option that means nothing to it.
    let out = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .args(["--lang", "de", "gui", "--json"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--json wirkt nur im Terminal"), "{err}");
    // No display: said in the system's language, then the check runs in the terminal.
    let bed = testbed::blocked_bed();
    let plain = bed.plain(&["--timeout", "3"]);
    let mut gui = Command::new(plain.get_program());
    for (k, v) in plain.get_envs() {
        match v {
            Some(v) => gui.env(k, v),
            None => gui.env_remove(k),
        };
    }
    gui.args(
        plain
            .get_args()
            .map(|a| if a == "check" { "gui".as_ref() } else { a }),
    )
    .env_remove("DISPLAY")
    .env_remove("WAYLAND_DISPLAY");
    let (text, out) = run(on_system(gui, "fr_FR.UTF-8"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Aucun écran trouvé\u{a0}: Push Check fonctionne dans le terminal"),
        "{err}"
    );
    assert!(
        text.contains("À demander au service informatique\u{a0}:"),
        "{text}"
    );
    // French punctuation: a space before the colon.
    assert!(text.contains("✖ PROBLÈME\u{a0}: Ici, les iPad"), "{text}");
}

fn a_login_page_is_described_in_the_language_with_its_address_as_written() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.captive = Captive::Portal;
    bed.start(&setup, 0);
    let (dutch, _) = run(bed.command(&bed.resolve, &["--lang", "nl"]));
    let dutch = json(&dutch);
    let captive = dutch["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "captive_portal")
        .unwrap_or_else(|| panic!("{dutch}"));
    let explanation = captive["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("antwoord HTTP 302, dat de browser naar http"),
        "{explanation}"
    );
    assert!(
        !explanation.contains("sending the browser"),
        "{explanation}"
    );
    // The check's own detail line stays the engine's English, for IT.
    let detail = dutch["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["probe"] == "captive")
        .unwrap()["detail"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.contains("sending the browser to"), "{detail}");
}

const POPPLER: harness::Need = || {
    harness::program("pdftoppm", "poppler-utils")?;
    harness::program("pdftotext", "poppler-utils")
};

fn main() {
    harness::run(
        &["PUSHCHECK_LAB_REQUIRED"],
        vec![
            case!(pushcheck_lang_de_speaks_german_and_json_keeps_its_codes),
            case!(a_german_system_reads_german_while_its_scripts_read_english),
            case!(monitoring_output_stays_english_in_every_language),
            case!(reports_in_two_languages_compare_as_one_network),
            case!(unknown_languages_are_a_usage_error_and_help_stays_english),
            case!(
                the_pdf_in_french_and_german_renders_with_the_request_for_it_in_that_language,
                POPPLER
            ),
            case!(
                the_pseudo_language_finds_no_english_left_in_the_reports,
                POPPLER
            ),
            case!(the_leftover_check_finds_english_and_passes_translated_text),
            case!(what_cannot_run_is_said_in_the_language_too),
            case!(a_login_page_is_described_in_the_language_with_its_address_as_written),
        ],
    );
}
