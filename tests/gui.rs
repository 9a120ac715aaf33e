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
        assert!(
            started.elapsed() < limit,
            "\"{label}\" did not appear within {limit:?}"
        );
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
            .query_by_label_contains("Changed on 2021-03-31")
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

#[test]
fn history_keeps_runs_opens_one_compares_two_and_lists_a_broken_file() {
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
    // A file the window cannot read.
    std::fs::write(
        dir.path().join("broken.json"),
        "{\"schema\": \"pushcheck.rep",
    )
    .unwrap();

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
        "Unreadable file broken.json",
        Duration::from_secs(5),
    );
    assert!(harness.query_by_label_contains("2 runs").is_some());
    let runs: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("run-"))
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

    // One deleted (the unreadable file is listed last), then an old run opened.
    harness.get_all_by_label("Delete").last().unwrap().click();
    harness.step();
    harness.step();
    assert!(
        harness
            .query_by_label_contains("Unreadable file broken.json")
            .is_none()
    );
    assert!(!dir.path().join("broken.json").exists());
    harness
        .get_by_label_contains("iPads and Macs here can't reach Apple's push service.")
        .click();
    wait_for(&mut harness, "What to ask IT", Duration::from_secs(5));
    assert!(harness.query_by_label_contains("PROBLEM").is_some());
    // Opening a kept run keeps nothing new.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);

    // Delete all asks first; "Keep them" keeps them.
    harness.get_by_label("History").click();
    wait_for(&mut harness, "2 runs", Duration::from_secs(5));
    harness.get_by_label("Delete all").click();
    wait_for(&mut harness, "Delete all 2 files?", Duration::from_secs(5));
    harness.get_by_label("Keep them").click();
    wait_for(&mut harness, "Delete all", Duration::from_secs(5));
    assert!(harness.query_by_label("Yes, delete all").is_none());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    harness.get_by_label("Delete all").click();
    wait_for(&mut harness, "Yes, delete all", Duration::from_secs(5));
    harness.get_by_label("Yes, delete all").click();
    wait_for(&mut harness, "Deleted 2 files.", Duration::from_secs(5));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
