//! The corners real school networks have, end to end through the real binary: an all-clear
//! that names only what was tested, Apple answering busy, a hold test that never measured,
//! and `--redact` leaving this computer's address out of every line.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use testbed::{Bed, Serve, Setup};

#[test]
fn role_server_all_clear_speaks_only_for_the_mdm_server() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = bed.run(&["--role", "server"]);
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    assert_eq!(
        run.json["headline"],
        "This MDM server can send push notifications to Apple."
    );
    let explanation = run.finding("all_clear")["explanation"].as_str().unwrap();
    assert!(!explanation.contains("Devices reach"), "{explanation}");
    let run = bed.run(&["--role", "device"]);
    assert_eq!(
        run.json["headline"],
        "Apple devices on this network can reach Apple's push service."
    );
    let explanation = run.finding("all_clear")["explanation"].as_str().unwrap();
    assert!(!explanation.contains("provider API"), "{explanation}");
}

#[test]
fn apns_answering_503_is_apple_busy_not_a_blocked_path() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.provider = [Serve::ApnsBusy(503), Serve::ApnsBusy(429)];
    bed.start(&setup, 0);
    let run = bed.run(&[]);
    assert_eq!(run.headline_code(), "apple_service_busy", "{:#}", run.json);
    assert_eq!(
        run.json["headline"],
        "Apple's provider API answered but was busy (503 ServiceUnavailable)."
    );
    assert!(!run.codes().contains(&"provider_api_blocked".to_string()));
    assert_eq!(run.json["overall"], "warning");
    assert_eq!(run.code, 1);
    for c in run.checks("provider:") {
        assert_eq!(c["outcome"], "ok", "{c:#}");
    }
}

#[test]
fn a_hold_answered_only_by_goaway_is_untested_exit_3() {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    // Apple's server closes every connection after half a second: no idle length is measured.
    setup.provider = [Serve::ApnsGoawayAfter(500), Serve::Apns];
    bed.start(&setup, 0);
    let run = bed.run(&["--hold", "4"]);
    // The headline still says what was proven; the overall answer says a part is missing.
    assert_eq!(run.headline_code(), "all_clear", "{:#}", run.json);
    assert_eq!(run.json["overall"], "untested");
    assert_eq!(run.code, 3);
    assert_eq!(run.finding("hold_untested")["severity"], "untested");
    for c in run.checks("hold:") {
        assert_eq!(c["status"], "untested", "{c:#}");
    }
}

#[test]
fn redact_leaves_this_computers_address_out_of_every_line() {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("r.txt");
    let run = bed.run(&["--redact", "--verbose", "--output", text.to_str().unwrap()]);
    let route = &run.checks("route:ipv4")[0];
    assert_eq!(route["outcome"], "ok");
    let whole = run.json.to_string();
    // The kernel's source address towards the bed is 127.0.0.1: it appears nowhere.
    assert!(!whole.contains("127.0.0.1"), "{whole}");
    assert!(!whole.contains("(from "), "{whole}");
    let written = std::fs::read_to_string(&text).unwrap();
    assert!(!written.contains("127.0.0.1"), "{written}");
    // Without --redact the route check says where it would send from.
    let run = bed.run(&[]);
    let detail = run.checks("route:ipv4")[0]["detail"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.contains("(from 127.0.0.1)"), "{detail}");
}
