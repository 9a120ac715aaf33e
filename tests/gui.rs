//! The real app driven through its accessibility tree (egui_kittest), against the loopback
//! test bed: click "Test my network", wait, read the headline; Stop; save; options.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use pushcheck::config::RunConfig;
use pushcheck::gui::settings::{STORAGE_KEY, Settings};
use pushcheck::gui::{App, SaveDialog};
use pushcheck::i18n::Text;
use testbed::{Bed, COURIER_ADDRS, Serve, Setup};

/// Answers the save dialog with a fixed path, as a person would.
struct FixedPath(PathBuf);

impl SaveDialog for FixedPath {
    fn pick(&self, _suggested: &str, _lang: pushcheck::i18n::Lang) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

fn args_for(bed: &Bed) -> RunConfig {
    RunConfig {
        catalog: Some(bed.catalog_file.clone()),
        apple_roots: vec![bed.ca_file.clone()],
        apple_ranges: vec![bed.range()],
        public_dns: vec!["none".to_string()],
        resolve: bed.resolve.clone(),
        read_proxies: false,
        // The tests read English words, whatever the machine's language.
        lang: Some(pushcheck::i18n::Lang::En),
        ..RunConfig::default()
    }
}

fn harness(bed: &Bed, settings: Settings, save_to: PathBuf) -> Harness<'static, App> {
    let base = args_for(bed);
    Harness::builder()
        .with_size([1000.0, 700.0])
        .build_eframe(move |cc| {
            let mut app = App::new(cc, base, Arc::new(FixedPath(save_to)));
            app.settings = settings;
            app
        })
}

/// Steps the app in real time until `done` holds.
fn wait_until(
    harness: &mut Harness<'static, App>,
    limit: Duration,
    done: impl Fn(&Harness<'static, App>) -> bool,
) {
    let started = Instant::now();
    while !done(harness) {
        assert!(started.elapsed() < limit, "not done within {limit:?}");
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.step();
}

/// Steps the app in real time until `label` (a substring) is on screen.
fn wait_for(harness: &mut Harness<'static, App>, label: &str, limit: Duration) {
    let started = Instant::now();
    loop {
        harness.step();
        if harness.query_by_label_contains(label).is_some() {
            // Let a new screen settle its layout before anything is clicked on it.
            harness.step();
            harness.step();
            return;
        }
        if started.elapsed() >= limit {
            let shown: Vec<String> = harness
                .query_all(egui_kittest::kittest::By::new().predicate(|n| n.label().is_some()))
                .filter_map(|n| {
                    use egui_kittest::kittest::NodeT;
                    n.accesskit_node().label()
                })
                .collect();
            panic!(
                "\"{label}\" did not appear within {limit:?}; on screen: {shown:?}; saving: {:?}",
                harness.state().saving.status
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn teacher_sees_all_clear_and_saves_the_report() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let json = bed.dir.path().join("saved.json");
    let mut harness = harness(
        &bed,
        Settings {
            site: "Library".into(),
            ..Settings::default()
        },
        json.clone(),
    );
    harness.step();
    harness.get_by_label("Test my network").click();
    wait_for(
        &mut harness,
        "Apple devices can get push notifications on this network.",
        Duration::from_secs(10),
    );
    assert!(harness.query_by_label_contains("OK").is_some());
    assert!(harness.query_by_label_contains("Site: Library").is_some());

    // Save through the same code path the dialog uses.
    harness.get_by_label("Save report…").click();
    wait_for(&mut harness, "Report saved to", Duration::from_secs(5));
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(saved["schema"], "pushcheck.report/1");
    assert_eq!(saved["overall"], "ok");
    assert_eq!(saved["site"], "Library");
}

#[test]
fn blocked_network_headline_and_what_to_ask_it() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    setup.courier_fallback = vec![Serve::Closed; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    let mut harness = harness(&bed, Settings::default(), bed.dir.path().join("x.json"));
    harness.step();
    harness.get_by_label("Test my network").click();
    wait_for(
        &mut harness,
        "iPads and Macs here can't reach Apple's push service.",
        Duration::from_secs(10),
    );
    assert!(harness.query_by_label_contains("PROBLEM").is_some());
    assert!(harness.query_by_label("What to ask IT").is_some());
    assert!(
        harness
            .query_by_label_contains("Allow outbound TCP 25223 and 20443")
            .is_some()
    );
    // Copy puts the request on the clipboard and says so.
    harness.get_all_by_label("Copy").next().unwrap().click();
    let mut copied = Vec::new();
    for _ in 0..4 {
        harness.step();
        for command in &harness.output().platform_output.commands {
            if let egui::OutputCommand::CopyText(text) = command {
                copied.push(text.clone());
            }
        }
    }
    assert!(
        copied
            .iter()
            .any(|t| t.contains("Allow outbound TCP 25223 and 20443")),
        "the clipboard got {copied:?}"
    );
    wait_for(&mut harness, "Copied the request", Duration::from_secs(2));
}

#[test]
fn stop_ends_a_run_at_once() {
    let bed = Bed::new();
    let setup = Setup {
        courier_primary: vec![Serve::Stall; COURIER_ADDRS as usize],
        courier_fallback: vec![Serve::Stall; COURIER_ADDRS as usize],
        ..Setup::healthy()
    };
    bed.start(&setup, 0);
    let mut harness = harness(
        &bed,
        Settings {
            timeout_secs: 30,
            ..Settings::default()
        },
        bed.dir.path().join("x.json"),
    );
    harness.step();
    harness.get_by_label("Test my network").click();
    wait_for(&mut harness, "checks", Duration::from_secs(5));
    let started = Instant::now();
    harness.get_by_label("Stop").click();
    wait_for(
        &mut harness,
        "The test was stopped before it finished.",
        Duration::from_secs(2),
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(!harness.state().is_running());
}

#[test]
fn hold_option_counts_down_and_stop_keeps_the_answer() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let mut harness = harness(
        &bed,
        Settings {
            hold: true,
            hold_minutes: 10,
            ..Settings::default()
        },
        bed.dir.path().join("x.json"),
    );
    harness.step();
    harness.get_by_label("Test my network").click();
    // Every quick check is done; the window says what it waits for and how long is left.
    wait_for(
        &mut harness,
        "Keeping quiet connections to Apple open",
        Duration::from_secs(10),
    );
    assert!(harness.query_by_label_contains("left.").is_some());
    assert!(harness.query_by_label_contains("10–15 minutes").is_some());
    // Let the quick checks on loopback finish (they take tens of milliseconds).
    let settle = Instant::now();
    while settle.elapsed() < Duration::from_millis(700) {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    // Stop ends the wait, not the answer: the network was tested, only the hold was cut short.
    let started = Instant::now();
    harness.get_by_label("Stop").click();
    wait_for(
        &mut harness,
        "Apple devices can get push notifications on this network.",
        Duration::from_secs(3),
    );
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(
        harness
            .query_by_label_contains("The test was stopped")
            .is_none()
    );
}

#[test]
fn options_persist_between_launches() {
    let bed = Bed::new();
    // First launch: the person types a site label; the window saves its options on exit.
    let mut harness = harness(&bed, Settings::default(), bed.dir.path().join("x.json"));
    harness.step();
    harness.get_by_label("Site / room:").focus();
    harness.step();
    harness.get_by_label("Site / room:").type_text("Room 12");
    harness.step();
    harness.step();
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    assert!(eframe::Storage::get_string(&storage, STORAGE_KEY).is_some());
    // Second launch: the options are loaded from that storage, as App::new loads them.
    let loaded = App::load_settings(Some(&storage));
    assert_eq!(loaded.site, "Room 12");
    let mut harness = harness_with_loaded(&bed, loaded);
    harness.step();
    assert_eq!(
        harness.get_by_label("Site / room:").value().as_deref(),
        Some("Room 12")
    );
    // Nothing saved: defaults.
    assert_eq!(App::load_settings(None), Settings::default());
}

fn harness_with_loaded(bed: &Bed, loaded: Settings) -> Harness<'static, App> {
    harness(bed, loaded, bed.dir.path().join("y.json"))
}

#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn about_names_version_licences_and_rule_sources() {
    let bed = Bed::new();
    let mut harness = harness(&bed, Settings::default(), bed.dir.path().join("x.json"));
    harness.step();
    harness.get_by_label("About Push Check").click();
    wait_for(
        &mut harness,
        "Where the rules come from",
        Duration::from_secs(2),
    );
    assert!(
        harness
            .query_by_label_contains(&format!("Push Check {}", env!("CARGO_PKG_VERSION")))
            .is_some()
    );
    assert!(harness.query_by_label_contains("Open Sans").is_some());
    assert!(
        harness
            .query_by_label_contains("Changed on 31 March 2021")
            .is_some()
    );
}

#[test]
fn settings_from_the_command_line_win_over_saved_ones_for_that_launch() {
    use pushcheck::config::Given;
    use pushcheck::engine::RoleFilter;
    let bed = Bed::new();
    let mut base = args_for(&bed);
    base.timeout_secs = 3.0;
    base.role = RoleFilter::Server;
    base.hold_secs = Some(60);
    let saved = Settings {
        timeout_secs: 20,
        role: RoleFilter::Both,
        ..Settings::default()
    };
    let dialog = Arc::new(FixedPath(bed.dir.path().join("r.pdf")));
    // Given on the command line: the launch keeps them, whatever was saved.
    let app = App::with_settings(base.clone(), saved.clone(), dialog.clone()).with_given(Given {
        timeout: true,
        role: true,
        hold: true,
        ..Given::default()
    });
    let config = app.run_config();
    assert_eq!(config.timeout_secs, 3.0);
    assert_eq!(config.role, RoleFilter::Server);
    assert_eq!(config.hold_secs, Some(60));
    // Not given: the saved options decide (the base's values are only defaults).
    let app = App::with_settings(base, saved, dialog);
    let config = app.run_config();
    assert_eq!(config.timeout_secs, 20.0);
    assert_eq!(config.role, RoleFilter::Both);
}

/// The MDM server typed on the start screen is part of the run, said as coming from the
/// window's options; a bad address is said in the window, naming the field in its words.
#[test]
fn the_mdm_server_field_joins_the_run_and_a_bad_address_is_said() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let dialog = Arc::new(FixedPath(bed.dir.path().join("r.pdf")));
    let saved = Settings {
        mdm_server: " mdm.school.example ".into(),
        ..Settings::default()
    };
    let app = App::with_settings(args_for(&bed), saved, dialog);
    assert_eq!(
        app.run_config().mdm_servers,
        vec![(
            "mdm.school.example".to_string(),
            pushcheck::engine::MdmSource::Options
        )]
    );
    let mut harness = harness(
        &bed,
        Settings {
            mdm_server: "http://mdm.school.example".into(),
            ..Settings::default()
        },
        bed.dir.path().join("x.json"),
    );
    harness.step();
    harness.get_by_label("Test my network").click();
    wait_for(
        &mut harness,
        "The MDM server address must be an https address",
        Duration::from_secs(5),
    );
    assert!(harness.query_by_label_contains("--mdm-server").is_none());
}

#[test]
fn history_keeps_runs_opens_one_compares_two_lists_a_broken_file_and_leaves_a_foreign_one() {
    let dir = tempfile::tempdir().unwrap();
    // An earlier run, kept from the terminal, on a network whose push ports were blocked.
    let blocked = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    setup.courier_fallback = vec![Serve::Closed; COURIER_ADDRS as usize];
    blocked.start(&setup, 0);
    let mut cmd = blocked.command(&blocked.resolve, &["--keep", "--site", "Library"]);
    cmd.env("PUSHCHECK_HISTORY_DIR", dir.path());
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    // A run of ours cut short, which the window cannot read, and a file someone else left.
    let broken = "run-20261101T100000Z-bbbb.json";
    std::fs::write(
        dir.path().join(broken),
        "{\"schema\": \"pushcheck.report/1\", \"tool\": ",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.json"), "{\"mine\": true}").unwrap();

    // Now the window, on a healthy network: its run is kept too.
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let base = args_for(&bed);
    let history = dir.path().to_path_buf();
    let save_to = bed.dir.path().join("x.json");
    let mut harness = Harness::builder()
        .with_size([1000.0, 700.0])
        .build_eframe(move |cc| {
            let mut app =
                App::new(cc, base, Arc::new(FixedPath(save_to))).with_history(Some(history));
            app.settings.site = "Library".into();
            app
        });
    harness.step();
    harness.get_by_label("Test my network").click();
    wait_for(
        &mut harness,
        "Apple devices can get push notifications on this network.",
        Duration::from_secs(10),
    );
    harness.get_by_label("History").click();
    wait_for(
        &mut harness,
        &format!("Unreadable file {broken}"),
        Duration::from_secs(5),
    );
    assert!(harness.query_by_label_contains("2 runs").is_some());
    assert!(
        harness
            .query_by_label("Not written by Push Check, left as it is: notes.json")
            .is_some()
    );
    // Delete for the two runs and the broken one; none for the foreign file.
    assert_eq!(harness.get_all_by_label("Delete").count(), 3);
    let runs: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("run-") && n != broken)
        .collect();
    assert_eq!(runs.len(), 2, "{runs:?}");

    // Both chosen, compared: what the blocked network's fix changed.
    for i in 0..2 {
        harness.get_all_by_label("Choose").nth(i).unwrap().click();
        harness.step();
    }
    harness.get_by_label("Compare the two chosen").click();
    wait_for(&mut harness, "What changed", Duration::from_secs(5));
    assert!(
        harness
            .query_by_label_contains("Overall: PROBLEM -> OK")
            .is_some()
    );
    assert!(harness.query_by_label_contains("Fixed:").is_some());

    // One deleted (the unreadable run is the last that can be), then an old run opened.
    harness.get_all_by_label("Delete").last().unwrap().click();
    wait_until(&mut harness, Duration::from_secs(5), |h| {
        h.query_by_label_contains(&format!("Unreadable file {broken}"))
            .is_none()
    });
    assert!(!dir.path().join(broken).exists());
    harness
        .get_by_label_contains("iPads and Macs here can't reach Apple's push service.")
        .click();
    wait_for(&mut harness, "What to ask IT", Duration::from_secs(5));
    assert!(harness.query_by_label_contains("PROBLEM").is_some());
    // Opening a kept run keeps nothing new.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);

    // Delete all asks first; "Keep them" keeps them.
    harness.get_by_label("History").click();
    wait_for(&mut harness, "2 runs", Duration::from_secs(5));
    harness.get_by_label("Delete all").click();
    wait_for(&mut harness, "Delete all 2 files?", Duration::from_secs(5));
    harness.get_by_label("Keep them").click();
    wait_for(&mut harness, "Delete all", Duration::from_secs(5));
    assert!(harness.query_by_label("Yes, delete all").is_none());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
    harness.get_by_label("Delete all").click();
    wait_for(&mut harness, "Yes, delete all", Duration::from_secs(5));
    harness.get_by_label("Yes, delete all").click();
    wait_for(&mut harness, "Deleted 2 files.", Duration::from_secs(5));
    // The foreign file stays, and "Delete all" goes: nothing left it may delete.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("notes.json")]);
    assert!(harness.query_by_label("Delete all").is_none());
}

/// A window whose language is not pinned: it follows the system's (`os`) unless chosen.
fn harness_on_system(
    bed: &Bed,
    os: pushcheck::i18n::Lang,
    lang: Option<pushcheck::i18n::Lang>,
    size: [f32; 2],
    save_to: PathBuf,
    history: Option<PathBuf>,
) -> Harness<'static, App> {
    let mut base = args_for(bed);
    base.lang = lang;
    Harness::builder().with_size(size).build_eframe(move |cc| {
        App::new(cc, base, Arc::new(FixedPath(save_to)))
            .with_os_lang(os)
            .with_history(history)
    })
}

/// Clicks the German window's Save report… and reads what it wrote.
fn save_in_german(
    harness: &mut Harness<'static, App>,
    json: &std::path::Path,
) -> serde_json::Value {
    harness.get_by_label("Bericht speichern…").click();
    wait_for(harness, "Bericht gespeichert unter", Duration::from_secs(5));
    serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap()
}

#[test]
fn a_window_on_a_german_system_speaks_german_and_saves_in_the_chosen_language() {
    use pushcheck::i18n::Lang;
    let bed = testbed::blocked_bed();
    let json = bed.dir.path().join("bericht.json");
    let history = tempfile::tempdir().unwrap();
    let mut harness = harness_on_system(
        &bed,
        Lang::De,
        None,
        [1000.0, 700.0],
        json.clone(),
        Some(history.path().to_path_buf()),
    );
    harness.step();
    harness.get_by_label("Mein Netzwerk testen").click();
    wait_for(
        &mut harness,
        "iPads und Macs erreichen hier Apples Push-Dienst nicht.",
        Duration::from_secs(10),
    );
    assert!(harness.query_by_label("Bitte an die IT").is_some());
    // The window keeps its run in its own language.
    let kept = std::fs::read_dir(history.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(kept).unwrap()).unwrap()
            ["lang"],
        "de"
    );
    assert!(harness.query_by_label_contains("PROBLEM").is_some());
    assert!(harness.query_by_label_contains("Ausgehendes TCP").is_some());

    // Saved in the window's language unless another is chosen for reports.
    let saved = save_in_german(&mut harness, &json);
    assert_eq!(saved["lang"], "de");
    assert_eq!(saved["findings"][0]["code"], "port_blocked");
    assert_eq!(
        saved["findings"][0]["title"],
        "iPads und Macs erreichen hier Apples Push-Dienst nicht."
    );
    // District IT reads English: the report's language is its own choice, remembered.
    harness.state_mut().settings.report_lang = Some(Lang::En);
    harness.state_mut().saving.status = pushcheck::gui::SaveStatus::Idle;
    // Not so soon after the first click that it counts as a double click; the bar settles.
    std::thread::sleep(Duration::from_millis(600));
    for _ in 0..3 {
        harness.step();
    }
    let saved = save_in_german(&mut harness, &json);
    assert_eq!(saved["lang"], "en");
    assert_eq!(
        saved["findings"][0]["title"],
        "iPads and Macs here can't reach Apple's push service."
    );
    let remembered: Settings = serde_json::from_str(&harness.state().settings.to_json()).unwrap();
    assert_eq!(remembered.report_lang, Some(Lang::En));

    // Another language chosen in Options: the answer on screen follows at once.
    harness.state_mut().settings.lang = Some(Lang::Fr);
    wait_for(
        &mut harness,
        "Ici, les iPad et les Mac ne peuvent pas joindre le service push d'Apple.",
        Duration::from_secs(2),
    );
    assert!(
        harness
            .query_by_label("À demander au service informatique")
            .is_some()
    );
}

/// Every label (and text value) on screen, with its rectangle.
fn labels(harness: &Harness<'static, App>) -> Vec<(String, egui::Rect)> {
    use egui_kittest::kittest::NodeT;
    harness
        .query_all(
            egui_kittest::kittest::By::new().predicate(|n| {
                n.label().is_some_and(|l| !l.trim().is_empty()) || n.value().is_some()
            }),
        )
        .filter_map(|n| {
            let a = n.accesskit_node();
            let text = a.label().or_else(|| a.value()).unwrap_or_default();
            let b = a.bounding_box()?;
            let rect = egui::Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            );
            Some((text, rect))
        })
        .collect()
}

#[test]
fn the_pseudo_language_finds_no_english_left_in_the_window() {
    use pushcheck::i18n::Lang;
    let p = Lang::Pseudo;
    let bed = testbed::blocked_bed();
    let history = tempfile::tempdir().unwrap();
    let mut harness = harness_on_system(
        &bed,
        Lang::En,
        Some(p),
        [1000.0, 900.0],
        bed.dir.path().join("x.json"),
        Some(history.path().to_path_buf()),
    );
    harness.step();
    harness.get_by_label(&p.t("start-options")).click();
    harness.step();
    harness.step();
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut look = |screen: &str, harness: &Harness<'static, App>, data: &[String]| {
        let shown = labels(harness);
        assert!(shown.len() > 5, "{screen}: nothing on screen?");
        // Each label whole: the lines of a wrapped label are also nodes of their own.
        let whole: Vec<&String> = shown
            .iter()
            .map(|(t, _)| t)
            .filter(|t| {
                !shown
                    .iter()
                    .any(|(o, _)| o.len() > t.len() && o.contains(t.as_str()))
            })
            .collect();
        for text in whole {
            let left = testbed::untranslated(text, data);
            if !left.is_empty() {
                seen.push((screen.to_string(), text.clone()));
            }
        }
    };
    look("start", &harness, &[]);
    harness.get_by_label(&p.t("start-button")).click();
    wait_for(
        &mut harness,
        &p.t("finding-ports-blocked-title"),
        Duration::from_secs(10),
    );
    let report = match &harness.state().state.phase {
        pushcheck::gui::state::Phase::Done(report) => serde_json::to_value(report).unwrap(),
        _ => panic!("no answer"),
    };
    assert_eq!(report["lang"], "qps-ploc");
    let data = testbed::report_data(&report);
    look("answer", &harness, &data);
    harness.get_by_label(&p.t("history-title")).click();
    wait_for(
        &mut harness,
        &p.t("history-compare-chosen"),
        Duration::from_secs(5),
    );
    look("history", &harness, &data);
    harness.get_by_label(&p.t("history-back")).click();
    harness.step();
    harness.state_mut().state.phase = pushcheck::gui::state::Phase::Idle;
    harness.step();
    harness.get_by_label(&p.t("about-title")).click();
    wait_for(&mut harness, &p.t("about-licences"), Duration::from_secs(5));
    // The catalog's document titles and addresses are data, shown as written.
    let catalog = pushcheck::catalog::Catalog::from_file(&bed.catalog_file).unwrap();
    let mut about_data = data.clone();
    for source in catalog.sources.values() {
        about_data.extend([source.title.clone(), source.url.clone()]);
    }
    about_data.push(catalog.checked_on.clone());
    look("about", &harness, &about_data);
    assert!(seen.is_empty(), "English left in the window: {seen:#?}");
}

/// Every language at the window's minimum size: nothing cut off at the edge, no text running
/// into the text beside it, and headings on one line (the start screen and a blocked answer).
#[test]
fn every_language_at_the_minimum_size_is_neither_cut_off_nor_overlapping() {
    use pushcheck::i18n::Lang;
    let bed = testbed::blocked_bed();
    let size = pushcheck::gui::theme::MIN_WINDOW;
    for lang in Lang::CHOICES {
        let mut harness =
            harness_on_system(&bed, lang, None, size, bed.dir.path().join("x.json"), None);
        harness.step();
        harness.get_by_label(&lang.t("start-options")).click();
        harness.step();
        harness.step();
        let check = |screen: &str, harness: &Harness<'static, App>| {
            let mut shown = labels(harness);
            // Content scrolled partly under the answer's bottom bar is hidden there, not
            // overlapping: only what is wholly above the bar, or in it, counts.
            if let Some(bar) = harness.query_by_label(&lang.t("save-report")) {
                let top = bar.rect().min.y - 8.0;
                let in_bar = [
                    lang.t("save-report"),
                    lang.t("save-language-same"),
                    lang.t("save-copy-summary"),
                    lang.t("save-test-again"),
                    lang.t("save-options"),
                    lang.t("history-title"),
                    lang.tr("save-took", &[("took", "0".into())])
                        .split('0')
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                ];
                shown.retain(|(t, r)| {
                    r.max.y <= top
                        || (r.min.y >= top && in_bar.iter().any(|b| t.starts_with(b.as_str())))
                });
            }
            for (text, rect) in &shown {
                assert!(
                    rect.min.x >= -0.5 && rect.max.x <= size[0] + 0.5,
                    "{lang} {screen}: {text:?} is cut off at the window's edge ({rect:?})"
                );
            }
            // Text on one line must not run into the text beside it.
            for (i, (a, ra)) in shown.iter().enumerate() {
                // A label and the text inside it are one thing.
                for (b, rb) in shown[i + 1..].iter().filter(|(b, _)| b != a) {
                    let overlap = ra.intersect(*rb);
                    let contained = ra.contains_rect(*rb) || rb.contains_rect(*ra);
                    assert!(
                        contained || overlap.width() <= 1.0 || overlap.height() <= 1.0,
                        "{lang} {screen}: {a:?} ({ra:?}) overlaps {b:?} ({rb:?})"
                    );
                }
            }
            shown
        };
        assert!(check("start", &harness).len() > 10, "{lang}");
        harness.get_by_label(&lang.t("start-button")).click();
        let headline = Text::new("finding-ports-blocked-title").render(lang);
        wait_for(&mut harness, &headline, Duration::from_secs(10));
        let shown = check("answer", &harness);
        assert!(shown.len() > 10, "{lang}");
        // The heading of the requests for IT stays on one line beside its button.
        let heading = lang.t("result-ask-it");
        let (_, rect) = shown
            .iter()
            .find(|(t, _)| *t == heading)
            .unwrap_or_else(|| panic!("{lang}: no heading {heading:?}"));
        assert!(
            rect.height() < 30.0,
            "{lang}: {heading:?} wraps at the minimum width ({rect:?})"
        );
    }
}

#[test]
fn the_proxy_section_says_what_the_pac_file_answered_and_saw() {
    // A run kept from the terminal on a network whose PAC file sends Apple DIRECT and looks
    // up a name; the window opens it from the History and shows the file's answers in words.
    let dir = tempfile::tempdir().unwrap();
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let url = bed.serve_pac(
        bed.ip(73),
        18080,
        "function FindProxyForURL(url, host) {\n  if (dnsResolve('nothing.invalid') === null) return 'DIRECT';\n  return 'PROXY 127.0.0.9:3128';\n}\n",
    );
    bed.kde_pac(&url);
    let mut cmd = bed.command(&bed.resolve, &["--keep"]);
    cmd.env("PUSHCHECK_HISTORY_DIR", dir.path());
    assert_eq!(cmd.output().unwrap().status.code(), Some(0));
    let base = args_for(&bed);
    let history = dir.path().to_path_buf();
    let save_to = bed.dir.path().join("x.json");
    let mut harness = Harness::builder()
        .with_size([1000.0, 700.0])
        .build_eframe(move |cc| {
            App::new(cc, base, Arc::new(FixedPath(save_to))).with_history(Some(history))
        });
    harness.step();
    harness.get_by_label("History").click();
    wait_for(&mut harness, "1 run", Duration::from_secs(5));
    harness
        .get_by_label_contains("Apple devices can get push notifications on this network.")
        .click();
    wait_for(&mut harness, "Proxy", Duration::from_secs(5));
    harness.get_by_label_contains("Proxy   1 found").click();
    wait_for(
        &mut harness,
        "1-courier.push.apple.com: DIRECT",
        Duration::from_secs(5),
    );
    assert!(harness.query_by_label(&format!("PAC file {url}")).is_some());
    assert!(
        harness
            .query_by_label_contains("it looked up nothing.invalid: no address")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("myIpAddress() answered 127.")
            .is_some()
    );
}

/// A slow history folder (a network home folder) never freezes the window: the History
/// screen opens at once and says it is reading, Back works meanwhile, and the runs appear
/// when the disk answers.
#[test]
fn history_on_a_slow_disk_never_holds_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    std::fs::create_dir(&history).unwrap();
    // A golden report is its exit code's line, then the report.
    let golden = std::fs::read_to_string("tests/golden/healthy.json").unwrap();
    let (_, report) = golden.split_once('\n').unwrap();
    let report = report.replace("<time>", "2026-11-01T08:00:00Z");
    std::fs::write(history.join("run-20261101T080000Z-abcd.json"), report).unwrap();
    let gate = dir.path().join("disk-answers");
    let bed = Bed::new();
    let base = args_for(&bed);
    let held = gate.clone();
    let mut harness = Harness::builder()
        .with_size([1000.0, 700.0])
        .build_eframe(move |cc| {
            App::new(cc, base, Arc::new(FixedPath(PathBuf::from("x.json"))))
                .with_history(Some(history))
                .hold_history_until(held)
        });
    harness.step();
    harness.get_by_label("History").click();
    harness.step();
    harness.step();
    // The disk has not answered: the screen is there, reading.
    assert!(harness.query_by_label("Reading the kept runs…").is_some());
    assert!(harness.query_by_label_contains("1 run").is_none());
    harness.get_by_label("Back").click();
    harness.step();
    harness.step();
    assert!(harness.query_by_label("Test my network").is_some());
    harness.get_by_label("History").click();
    harness.step();
    std::fs::write(&gate, "").unwrap();
    wait_for(&mut harness, "1 run", Duration::from_secs(5));
    assert!(
        harness
            .query_by_label_contains("Apple devices can get push notifications")
            .is_some()
    );
    assert!(harness.query_by_label("Reading the kept runs…").is_none());
}
