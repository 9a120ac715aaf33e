//! The runs kept for a technician to look back on and compare: each one a JSON report
//! (`pushcheck.report/1`, redacted when the run was) in the app's data folder, the last
//! [`KEEP`] of them. The window keeps every finished run; the terminal only with `--keep`, so an
//! hourly timer does not push out a technician's runs. The folder is the user's own (0700),
//! each run readable by them only (0600): a report can name internal proxies and addresses.
//! Only files Push Check wrote (their name pattern and the report's header) are ever deleted;
//! others are listed as foreign, and broken ones of ours as unreadable, never fatal.

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
    let os = if cfg!(windows) {
        DataHome::Windows
    } else if cfg!(target_os = "macos") {
        DataHome::MacOs
    } else {
        DataHome::Xdg
    };
    dir_for(os, |name| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
}

/// Where an OS keeps an app's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DataHome {
    /// `%APPDATA%`.
    Windows,
    /// `~/Library/Application Support`.
    MacOs,
    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    Xdg,
}

/// [`default_dir`] on `os`, with `var` reading the environment.
fn dir_for(os: DataHome, var: impl Fn(&str) -> Option<PathBuf>) -> Option<PathBuf> {
    if let Some(dir) = var(DIR_ENV) {
        return Some(dir);
    }
    let base = match os {
        DataHome::Windows => var("APPDATA").map(|d| d.join("Push Check")),
        DataHome::MacOs => var("HOME").map(|h| h.join("Library/Application Support/Push Check")),
        DataHome::Xdg => var("XDG_DATA_HOME")
            .or_else(|| var("HOME").map(|h| h.join(".local/share")))
            .map(|d| d.join("pushcheck")),
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
    /// One of ours this version cannot read; the reason in plain words.
    Unreadable(String),
    /// A file Push Check did not write (another name, or not a report's header): listed,
    /// never deleted.
    Foreign,
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
            Content::Unreadable(_) | Content::Foreign => None,
        }
    }

    /// Whether Push Check wrote this file (so it may delete it).
    pub fn is_own(&self) -> bool {
        !matches!(self.content, Content::Foreign)
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

/// Whether `name` is one [`file_name`] makes: `run-<digits and T, Z>-<four letters>.json`.
fn own_name(name: &str) -> bool {
    let Some(middle) = name
        .strip_prefix("run-")
        .and_then(|n| n.strip_suffix(".json"))
    else {
        return false;
    };
    let Some((stamp, tag)) = middle.rsplit_once('-') else {
        return false;
    };
    !stamp.is_empty()
        && stamp
            .chars()
            .all(|c| c.is_ascii_digit() || c == 'T' || c == 'Z')
        && tag.len() == 4
        && tag.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether the file begins as Push Check's reports do (`{` and the schema first).
fn own_header(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 256];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let read = file.read(&mut head).unwrap_or(0);
    let head = String::from_utf8_lossy(&head[..read]);
    head.trim_start().starts_with('{')
        && head.contains(&format!("\"schema\": \"{}\"", report::SCHEMA))
}

/// Creates the history folder (and the folders above it) readable by this user only.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Keeps `report` in `dir` (created when missing, 0700), then drops the oldest runs beyond
/// [`KEEP`]. Returns the new file (0600).
pub fn keep(dir: &Path, report: &Report) -> Result<PathBuf, WriteError> {
    create_private_dir(dir).map_err(|source| WriteError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let path = dir.join(file_name(report));
    report::write_atomic_as(&path, report::json::render(report).as_bytes(), Some(0o600))?;
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
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(own_name))
        .filter(|p| own_header(p))
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
            let own = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(own_name)
                && own_header(&path);
            let entry = Entry {
                content: if own { read(&path) } else { Content::Foreign },
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
            // Unreadable runs of ours before foreign files, each by name.
            (None, None) => b
                .is_own()
                .cmp(&a.is_own())
                .then_with(|| a.path.cmp(&b.path)),
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

/// Deletes one kept file: only a file of `dir` that Push Check wrote (its name pattern and a
/// report's header); anything else is left as it is.
pub fn delete(dir: &Path, path: &Path) -> std::io::Result<()> {
    let inside = path.parent().is_some_and(|p| p == dir);
    let own = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(own_name)
        && own_header(path);
    if !inside || !own {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "{} was not written by Push Check here; it is left as it is",
                path.display()
            ),
        ));
    }
    std::fs::remove_file(path)
}

/// Deletes every run Push Check kept in the folder (readable or not); foreign files stay.
/// How many went.
pub fn delete_all(dir: &Path) -> usize {
    list(dir)
        .into_iter()
        .filter(Entry::is_own)
        .filter(|e| std::fs::remove_file(&e.path).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_os_keeps_the_history_in_its_apps_data_folder() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| PathBuf::from(v))
            }
        };
        const ROAMING: &str = r"C:\Users\teacher\AppData\Roaming";
        assert_eq!(
            dir_for(DataHome::Windows, env(&[("APPDATA", ROAMING)])),
            Some(PathBuf::from(ROAMING).join("Push Check").join("history"))
        );
        assert_eq!(
            dir_for(DataHome::MacOs, env(&[("HOME", "/Users/teacher")])),
            Some(PathBuf::from(
                "/Users/teacher/Library/Application Support/Push Check/history"
            ))
        );
        assert_eq!(
            dir_for(DataHome::Xdg, env(&[("HOME", "/home/teacher")])),
            Some(PathBuf::from(
                "/home/teacher/.local/share/pushcheck/history"
            ))
        );
        // Moved: the variable wins on every OS.
        for os in [DataHome::Windows, DataHome::MacOs, DataHome::Xdg] {
            assert_eq!(
                dir_for(
                    os,
                    env(&[
                        (DIR_ENV, "/srv/pushcheck"),
                        ("HOME", "/home/t"),
                        ("APPDATA", ROAMING)
                    ])
                ),
                Some(PathBuf::from("/srv/pushcheck"))
            );
        }
        // No home folder known: none, never a relative path.
        assert_eq!(
            dir_for(DataHome::Windows, env(&[("HOME", "/home/t")])),
            None
        );
        assert_eq!(dir_for(DataHome::MacOs, env(&[])), None);
    }

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
    fn broken_foreign_and_old_files_are_listed_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        keep(dir.path(), &report_at("2026-11-01T08:00:00Z", "ok")).unwrap();
        // Ours, cut short; ours, from a version this one cannot read; not ours at all.
        std::fs::write(
            dir.path().join("run-20261101T100000Z-bbbb.json"),
            "{\"schema\": \"pushcheck.report/1\", \"tool\": ",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("run-20261101T090000Z-aaaa.json"),
            "{\"schema\": \"pushcheck.report/1\", \"overall\": \"ok\"}",
        )
        .unwrap();
        std::fs::write(dir.path().join("other.json"), "{\"name\": \"not ours\"}").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not listed").unwrap();
        let listed = list(dir.path());
        assert_eq!(listed.len(), 4);
        assert!(listed[0].report().is_some());
        let reasons: Vec<String> = listed[1..]
            .iter()
            .map(|e| match &e.content {
                Content::Unreadable(why) => format!("{}: {why}", e.name()),
                Content::Foreign => format!("{}: foreign", e.name()),
                Content::Run(_) => panic!("{} read", e.name()),
            })
            .collect();
        assert!(
            reasons[0]
                .starts_with("run-20261101T090000Z-aaaa.json: a report this version cannot read"),
            "{reasons:?}"
        );
        assert!(
            reasons[1].starts_with("run-20261101T100000Z-bbbb.json: not JSON"),
            "{reasons:?}"
        );
        assert_eq!(reasons[2], "other.json: foreign");
        assert_eq!(list(&dir.path().join("missing")), Vec::new());
    }

    #[test]
    fn deletes_only_its_own_files_and_keeps_them_private() {
        let dir = tempfile::tempdir().unwrap();
        let history = dir.path().join("shared/history");
        let a = keep(&history, &report_at("2026-11-01T08:00:00Z", "ok")).unwrap();
        keep(&history, &report_at("2026-11-02T08:00:00Z", "ok")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&history), 0o700);
            assert_eq!(mode(&a), 0o600);
        }
        // A run of ours that broke, and files that are not ours: a report under another name,
        // our name on something else, a JSON file of another program.
        let broken_own = history.join("run-20261103T080000Z-abcd.json");
        std::fs::write(
            &broken_own,
            "{\n  \"schema\": \"pushcheck.report/1\",\n  \"tool\": ",
        )
        .unwrap();
        let copied = history.join("copy of a run.json");
        std::fs::copy(&a, &copied).unwrap();
        let impostor = history.join("run-20261104T080000Z-wxyz.json");
        std::fs::write(&impostor, "{\"settings\": true}").unwrap();
        let other = history.join("package.json");
        std::fs::write(&other, "{\"name\": \"x\"}").unwrap();
        let outside = tempfile::NamedTempFile::new().unwrap();
        assert!(delete(&history, outside.path()).is_err());
        assert!(outside.path().exists());
        for foreign in [&copied, &impostor, &other] {
            assert!(delete(&history, foreign).is_err(), "{}", foreign.display());
            assert!(foreign.exists());
        }
        let listed = list(&history);
        assert_eq!(listed.len(), 6);
        let foreign: Vec<String> = listed
            .iter()
            .filter(|e| e.content == Content::Foreign)
            .map(Entry::name)
            .collect();
        assert_eq!(foreign.len(), 3, "{foreign:?}");
        assert!(matches!(
            listed
                .iter()
                .find(|e| e.path == broken_own)
                .unwrap()
                .content,
            Content::Unreadable(_)
        ));
        delete(&history, &a).unwrap();
        // Clearing takes the runs of ours, readable or not, and nothing else.
        assert_eq!(delete_all(&history), 2);
        for foreign in [&copied, &impostor, &other] {
            assert!(foreign.exists(), "{}", foreign.display());
        }
    }
}
