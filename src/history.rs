//! The runs kept for a technician to look back on and compare: each one a JSON report
//! (`pushcheck.report/1`, redacted when the run was) in the app's data folder, the last
//! [`KEEP`] of them. The window keeps every finished run; the terminal only with `--keep`, so an
//! hourly timer does not push out a technician's runs. Files that are old, foreign or broken
//! are listed as unreadable, never fatal.

use std::path::{Path, PathBuf};

use crate::diagnosis::Severity;
use crate::report::{self, Report, WriteError};

/// How many runs are kept; the oldest go first.
pub const KEEP: usize = 100;

/// The variable that moves the folder (tests, or a technician's USB stick).
pub const DIR_ENV: &str = "PUSHCHECK_HISTORY_DIR";

/// Where kept runs live: `PUSHCHECK_HISTORY_DIR`, else the app's data folder —
/// `$XDG_DATA_HOME/pushcheck/history` (or `~/.local/share/…`) on Linux,
/// `~/Library/Application Support/Push Check/history` on macOS,
/// `%APPDATA%\Push Check\history` on Windows. `None` when no home folder is known.
pub fn default_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = var(DIR_ENV) {
        return Some(dir);
    }
    let base = if cfg!(windows) {
        var("APPDATA").map(|d| d.join("Push Check"))
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|h| h.join("Library/Application Support/Push Check"))
    } else {
        var("XDG_DATA_HOME")
            .or_else(|| var("HOME").map(|h| h.join(".local/share")))
            .map(|d| d.join("pushcheck"))
    };
    base.map(|b| b.join("history"))
}

/// One file of the folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The file.
    pub path: PathBuf,
    /// What it holds.
    pub content: Content,
}

/// A kept run, or why a file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// A report.
    Run(Box<Report>),
    /// Not a report this version can read; the reason in plain words.
    Unreadable(String),
}

impl Entry {
    /// The file's name, for display.
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The report, when readable.
    pub fn report(&self) -> Option<&Report> {
        match &self.content {
            Content::Run(report) => Some(report),
            Content::Unreadable(_) => None,
        }
    }

    /// The run's light (untested for an unreadable file).
    pub fn overall(&self) -> Severity {
        self.report().map_or(Severity::Untested, |r| r.overall)
    }
}

/// The name a run is kept under: its start time (so names sort by time) and a few random
/// letters (two runs in one second stay two files).
fn file_name(report: &Report) -> String {
    let stamp: String = report
        .started_at
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let tag: String = (0..4)
        .map(|_| char::from(b'a' + rand::random_range(0..26u8)))
        .collect();
    format!("run-{stamp}-{tag}.json")
}

/// Keeps `report` in `dir` (created when missing), then drops the oldest runs beyond [`KEEP`].
/// Returns the new file.
pub fn keep(dir: &Path, report: &Report) -> Result<PathBuf, WriteError> {
    std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let path = dir.join(file_name(report));
    report::write_atomic(&path, report::json::render(report).as_bytes())?;
    let mut runs = kept_files(dir);
    runs.sort();
    let excess = runs.len().saturating_sub(KEEP);
    for old in runs.into_iter().take(excess) {
        let _ = std::fs::remove_file(old);
    }
    Ok(path)
}

/// The files this module wrote (`run-*.json`), in no particular order.
fn kept_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("run-") && n.ends_with(".json"))
        })
        .collect()
}

/// Every JSON file of `dir`, newest run first (by start, then by when the file was written);
/// unreadable ones after the runs, by name.
/// A missing folder lists nothing.
pub fn list(dir: &Path) -> Vec<Entry> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    // Each file's time is read once: runs in the same second (reports keep whole seconds) go
    // by when their file was written.
    let mut found: Vec<(Entry, Option<std::time::SystemTime>)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
        .map(|path| {
            let written = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            let entry = Entry {
                content: read(&path),
                path,
            };
            (entry, written)
        })
        .collect();
    found.sort_by(
        |(a, a_written), (b, b_written)| match (a.report(), b.report()) {
            (Some(x), Some(y)) => y
                .started_at
                .cmp(&x.started_at)
                .then_with(|| b_written.cmp(a_written))
                .then_with(|| b.path.cmp(&a.path)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.path.cmp(&b.path),
        },
    );
    found.into_iter().map(|(entry, _)| entry).collect()
}

/// Reads one file as a report.
fn read(path: &Path) -> Content {
    const MOST: u64 = 16 * 1024 * 1024;
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MOST {
        return Content::Unreadable(format!("too large for a report ({size} bytes)"));
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return Content::Unreadable(format!("cannot be read ({e})")),
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(_) => return Content::Unreadable("not JSON".to_string()),
    };
    if value.get("schema").and_then(|s| s.as_str()) != Some(report::SCHEMA) {
        return Content::Unreadable("not a Push Check report".to_string());
    }
    match serde_json::from_value::<Report>(value) {
        Ok(report) => Content::Run(Box::new(report)),
        Err(e) => Content::Unreadable(format!("a report this version cannot read ({e})")),
    }
}

/// Deletes one kept file. Only JSON files inside `dir` are deleted.
pub fn delete(dir: &Path, path: &Path) -> std::io::Result<()> {
    let inside =
        path.parent().is_some_and(|p| p == dir) && path.extension().is_some_and(|e| e == "json");
    if !inside {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} is not a kept run", path.display()),
        ));
    }
    std::fs::remove_file(path)
}

/// Deletes every JSON file of the folder (runs and unreadable ones); how many went.
pub fn delete_all(dir: &Path) -> usize {
    list(dir)
        .into_iter()
        .filter(|e| std::fs::remove_file(&e.path).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_at(started_at: &str, overall: &str) -> Report {
        let text = include_str!("../tests/golden/healthy.json");
        let json = text.split_once('\n').unwrap().1;
        let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
        value["started_at"] = started_at.into();
        value["overall"] = overall.into();
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn keeps_lists_newest_first_and_drops_the_oldest() {
        let dir = tempfile::tempdir().unwrap();
        let first = keep(dir.path(), &report_at("2026-11-01T08:00:00Z", "ok")).unwrap();
        keep(dir.path(), &report_at("2026-11-03T08:00:00Z", "problem")).unwrap();
        keep(dir.path(), &report_at("2026-11-02T08:00:00Z", "warning")).unwrap();
        let listed = list(dir.path());
        let times: Vec<&str> = listed
            .iter()
            .map(|e| e.report().unwrap().started_at.as_str())
            .collect();
        assert_eq!(
            times,
            [
                "2026-11-03T08:00:00Z",
                "2026-11-02T08:00:00Z",
                "2026-11-01T08:00:00Z"
            ]
        );
        assert_eq!(listed[0].overall(), Severity::Problem);
        // Past the limit, the oldest runs go.
        for day in 0..KEEP {
            let at = format!("2026-12-{:02}T{:02}:00:00Z", 1 + day / 24, day % 24);
            keep(dir.path(), &report_at(&at, "ok")).unwrap();
        }
        let listed = list(dir.path());
        assert_eq!(listed.len(), KEEP);
        assert!(!first.exists(), "the oldest run is dropped");
        assert!(
            listed
                .iter()
                .all(|e| e.report().unwrap().started_at.as_str() >= "2026-12")
        );
    }

    #[test]
    fn broken_foreign_and_old_files_are_unreadable_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        keep(dir.path(), &report_at("2026-11-01T08:00:00Z", "ok")).unwrap();
        std::fs::write(
            dir.path().join("broken.json"),
            "{\"schema\": \"pushcheck.rep",
        )
        .unwrap();
        std::fs::write(dir.path().join("other.json"), "{\"name\": \"not ours\"}").unwrap();
        std::fs::write(
            dir.path().join("old.json"),
            "{\"schema\": \"pushcheck.report/1\", \"overall\": \"ok\"}",
        )
        .unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not listed").unwrap();
        let listed = list(dir.path());
        assert_eq!(listed.len(), 4);
        assert!(listed[0].report().is_some());
        let reasons: Vec<String> = listed[1..]
            .iter()
            .map(|e| match &e.content {
                Content::Unreadable(why) => format!("{}: {why}", e.name()),
                Content::Run(_) => panic!("{} read", e.name()),
            })
            .collect();
        assert!(
            reasons[0].starts_with("broken.json: not JSON"),
            "{reasons:?}"
        );
        assert!(reasons[1].starts_with("old.json: a report this version cannot read"));
        assert_eq!(reasons[2], "other.json: not a Push Check report");
        assert_eq!(list(&dir.path().join("missing")), Vec::new());
    }

    #[test]
    fn deletes_one_or_all_and_nothing_outside() {
        let dir = tempfile::tempdir().unwrap();
        let a = keep(dir.path(), &report_at("2026-11-01T08:00:00Z", "ok")).unwrap();
        keep(dir.path(), &report_at("2026-11-02T08:00:00Z", "ok")).unwrap();
        std::fs::write(dir.path().join("broken.json"), "x").unwrap();
        let outside = tempfile::NamedTempFile::new().unwrap();
        assert!(delete(dir.path(), outside.path()).is_err());
        assert!(outside.path().exists());
        delete(dir.path(), &a).unwrap();
        assert_eq!(list(dir.path()).len(), 2);
        assert_eq!(delete_all(dir.path()), 2);
        assert!(list(dir.path()).is_empty());
    }
}
