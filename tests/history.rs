//! `pushcheck check --keep` and `pushcheck history`: the runs a technician looks back on, kept
//! in a folder of their own here (`PUSHCHECK_HISTORY_DIR`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use std::path::Path;
use std::process::Command;

use testbed::{Bed, Setup};

fn history(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_pushcheck"))
        .arg("history")
        .args(args)
        .env("PUSHCHECK_LANG", "en")
        .env("PUSHCHECK_HISTORY_DIR", dir)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn kept(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn terminal_runs_are_kept_only_when_asked_and_listed_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("history");
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let run = |extra: &[&str]| {
        let mut cmd = bed.command(&bed.resolve, extra);
        cmd.env("PUSHCHECK_HISTORY_DIR", &folder);
        cmd.output().unwrap()
    };
    // Without --keep nothing is kept: an hourly timer does not fill the history.
    assert_eq!(run(&[]).status.code(), Some(0));
    assert!(kept(&folder).is_empty());
    assert_eq!(
        run(&["--keep", "--site", "Library", "--redact"])
            .status
            .code(),
        Some(0)
    );
    let files = kept(&folder);
    assert_eq!(files.len(), 1, "{files:?}");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join(&files[0])).unwrap()).unwrap();
    assert_eq!(report["site"], "Library");
    assert_eq!(report["environment"]["redacted"], true);
    assert!(
        report["environment"]["network"].is_null(),
        "--redact is kept"
    );

    // A run of ours cut short, and a file someone else put here.
    let broken = "run-20261101T100000Z-bbbb.json";
    std::fs::write(folder.join(broken), "{\"schema\": \"pushcheck.report/1\", ").unwrap();
    std::fs::write(folder.join("notes.json"), "{").unwrap();
    let (code, listing) = history(&folder, &[]);
    assert_eq!(code, 0);
    assert!(listing.contains("OK"), "{listing}");
    assert!(listing.contains("Library"), "{listing}");
    assert!(
        listing.contains("Apple devices can get push notifications on this network."),
        "{listing}"
    );
    assert!(listing.contains(&files[0]), "{listing}");
    assert!(
        listing.contains(&format!("{broken}: not JSON")),
        "{listing}"
    );
    assert!(
        listing.contains("notes.json: not written by Push Check, left as it is"),
        "{listing}"
    );

    // One deleted by the name listed, then all; what Push Check did not write stays.
    let (code, _) = history(&folder, &["--delete", broken]);
    assert_eq!(code, 0);
    assert_eq!(kept(&folder).len(), 2);
    let (code, _) = history(&folder, &["--delete", "notes.json"]);
    assert_eq!(code, 64, "a foreign file is not deleted");
    let (code, _) = history(&folder, &["--delete", "/etc/passwd"]);
    assert_eq!(code, 64, "only kept runs are deleted");
    let (code, said) = history(&folder, &["--clear"]);
    assert_eq!(code, 0);
    assert!(said.contains("Deleted 1 kept run"), "{said}");
    assert_eq!(kept(&folder), vec!["notes.json".to_string()]);
    std::fs::remove_file(folder.join("notes.json")).unwrap();
    let (_, empty) = history(&folder, &[]);
    assert!(empty.starts_with("No runs kept yet"), "{empty}");
}

#[test]
fn a_history_folder_that_cannot_be_written_is_said_and_the_answer_kept() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the folder should be.
    let blocked = dir.path().join("history");
    std::fs::write(&blocked, "a file, not a folder").unwrap();
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let mut cmd = bed.command(&bed.resolve, &["--keep"]);
    cmd.env("PUSHCHECK_HISTORY_DIR", &blocked);
    let run = testbed::Run::from_output(&cmd.output().unwrap(), std::time::Duration::ZERO);
    assert_eq!(run.json["overall"], "ok", "the answer is still printed");
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("could not be kept"), "{}", run.stderr);
    assert!(run.stderr.contains("history"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(&blocked).unwrap(),
        "a file, not a folder"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn the_folder_is_the_apps_data_folder_unless_moved() {
    let home = tempfile::tempdir().unwrap();
    let list = |xdg: Option<&Path>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pushcheck"));
        cmd.arg("history")
            .env("PUSHCHECK_LANG", "en")
            .env_remove("PUSHCHECK_HISTORY_DIR")
            .env_remove("XDG_DATA_HOME")
            .env("HOME", home.path());
        if let Some(xdg) = xdg {
            cmd.env("XDG_DATA_HOME", xdg);
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    let said = list(None);
    let expected = home.path().join(".local/share/pushcheck/history");
    assert!(said.contains(&expected.display().to_string()), "{said}");
    let xdg = home.path().join("data");
    let said = list(Some(&xdg));
    assert!(
        said.contains(&xdg.join("pushcheck/history").display().to_string()),
        "{said}"
    );
}

/// Run as root by a timer, a report names internal proxies and addresses: the files written
/// follow the umask (never a fixed 0644), the history is the user's own.
#[cfg(unix)]
#[test]
fn files_follow_the_umask_and_the_history_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("history");
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    let report = dir.path().join("r.json");
    let mut under_umask = Command::new("sh");
    under_umask.args([
        "-c",
        "umask 027; exec \"$@\"",
        "sh",
        env!("CARGO_BIN_EXE_pushcheck"),
    ]);
    let mut cmd = bed.command_with(
        under_umask,
        &|p| p.as_os_str().to_owned(),
        &bed.resolve,
        &["--keep", "--output", report.to_str().unwrap()],
    );
    cmd.env("PUSHCHECK_HISTORY_DIR", &folder);
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode(&report), 0o640, "what umask 027 gives a new file");
    assert_eq!(mode(&folder), 0o700);
    let files = kept(&folder);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(mode(&folder.join(&files[0])), 0o600);
}
