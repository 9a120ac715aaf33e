//! Reports: one model, one file per output format, and atomic writes.

pub mod alerts;
pub mod compare;
pub mod json;
pub mod model;
pub mod monitor;
pub mod nagios;
pub mod pdf;
pub mod prometheus;
pub mod sections;
pub mod status;
pub mod text;

pub use model::{Report, RunLabels, SCHEMA};

use std::io::Write;
use std::path::{Path, PathBuf};

/// The formats a report can be written in, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.json`
    Json,
    /// `.txt`
    Text,
    /// `.pdf`
    Pdf,
    /// `.prom`: the Prometheus text format, for node_exporter's and windows_exporter's
    /// textfile collectors.
    Prometheus,
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The extension names no known format.
    #[error("cannot tell the format of {0}: use a name ending in .json, .pdf, .txt or .prom")]
    UnknownFormat(PathBuf),
    /// The PDF could not be made.
    #[error("cannot make the PDF {path}: {source}")]
    Pdf {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: pdf::PdfError,
    },
    /// The file could not be written; an existing file is left as it was.
    #[error("cannot write {path}: {source} (nothing was changed there)")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl Format {
    /// The format for `path`'s extension.
    pub fn from_path(path: &Path) -> Result<Format, WriteError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("json") => Ok(Format::Json),
            Some("txt") | Some("text") => Ok(Format::Text),
            Some("pdf") => Ok(Format::Pdf),
            Some("prom") => Ok(Format::Prometheus),
            _ => Err(WriteError::UnknownFormat(path.to_path_buf())),
        }
    }
}

/// Renders `report` in the format of `path` and writes it atomically (PDF on the locale's paper).
pub fn save(report: &Report, path: &Path) -> Result<(), WriteError> {
    save_with(report, path, pdf::Paper::from_locale())
}

/// Like [`save`], with the paper size for PDF given.
pub fn save_with(report: &Report, path: &Path, paper: pdf::Paper) -> Result<(), WriteError> {
    let bytes = match Format::from_path(path)? {
        Format::Json => json::render(report).into_bytes(),
        Format::Text => text::render(report).into_bytes(),
        Format::Pdf => pdf::render(report, paper).map_err(|source| WriteError::Pdf {
            path: path.to_path_buf(),
            source,
        })?,
        Format::Prometheus => prometheus::render(report, &monitoring_site(report)).into_bytes(),
    };
    write_atomic(path, &bytes)
}

/// The site monitoring labels a run with: the one given, else this computer's name (left out,
/// like every network fact, when the report is redacted).
pub fn monitoring_site(report: &Report) -> String {
    if !report.site.is_empty() {
        return report.site.clone();
    }
    report
        .environment
        .network
        .as_ref()
        .map(|n| n.hostname.clone())
        .unwrap_or_default()
}

/// Writes to a temporary file beside `path`, then renames it over `path`: a reader never sees
/// half a file, and a failed write leaves an existing file untouched. The temporary file is
/// created exclusively under a random name (never following a link planted there), readable
/// only by its owner until it is complete; then it takes the permissions of the file it
/// replaces, or those the umask gives a new file (never set-user-ID, set-group-ID or sticky
/// bits, even when the replaced file had them), and the file and its folder are synced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomic_as(path, bytes, None)
}

/// Like [`write_atomic`], a new file getting `mode` instead of what the umask gives (0600 for
/// the history's files, which can name internal proxies and addresses).
pub fn write_atomic_as(path: &Path, bytes: &[u8], mode: Option<u32>) -> Result<(), WriteError> {
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".to_string());
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(new_file_permissions());
    let mut temp = builder.tempfile_in(&dir).map_err(io)?;
    // What the umask made of a new file's 0666, before it is closed to others while written.
    let fresh = file_mode(temp.as_file());
    private_while_written(temp.as_file()).map_err(io)?;
    temp.write_all(bytes).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    set_final_mode(temp.as_file(), path, mode.or(fresh)).map_err(io)?;
    // On failure the temporary file is removed when `temp` is dropped.
    temp.persist(path).map_err(|e| io(e.error))?;
    sync_dir(&dir);
    Ok(())
}

/// A new file asks for 0666; the kernel takes the umask off it.
#[cfg(unix)]
fn new_file_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o666)
}

#[cfg(unix)]
fn file_mode(file: &std::fs::File) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    file.metadata().ok().map(|m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn file_mode(_file: &std::fs::File) -> Option<u32> {
    None
}

/// Readable by its owner only while it is being written.
#[cfg(unix)]
fn private_while_written(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn private_while_written(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

/// The mode a finished report gets: the permissions of the regular file it replaces, else
/// `fresh` (the umask's, or the caller's); never set-user-ID, set-group-ID or sticky bits.
#[cfg(unix)]
fn set_final_mode(file: &std::fs::File, path: &Path, fresh: Option<u32>) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_file() => meta.permissions().mode() & 0o777,
        _ => fresh.unwrap_or(0o600) & 0o777,
    };
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_final_mode(_file: &std::fs::File, _path: &Path, _fresh: Option<u32>) -> std::io::Result<()> {
    Ok(())
}

/// Makes the rename durable: syncs the folder's entry (where the OS allows opening folders).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_write_leaves_existing_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        write_atomic(&path, b"first").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        // A directory in the way of the rename: the write fails, nothing else changes.
        let blocked = dir.path().join("d.json");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("keep"), b"x").unwrap();
        let err = write_atomic(&blocked, b"third").unwrap_err();
        assert!(err.to_string().contains("d.json"), "{err}");
        assert_eq!(std::fs::read(blocked.join("keep")).unwrap(), b"x");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn modes_links_and_planted_temp_names() {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // A new report gets what the umask gives 0666 (as any program's new file does); a
        // replaced one keeps its permissions, but never set-user-ID, set-group-ID or sticky.
        let path = dir.path().join("r.txt");
        write_atomic(&path, b"one").unwrap();
        let probe = dir.path().join("probe");
        std::fs::OpenOptions::new()
            .create_new(true)
            .write(true)
            .mode(0o666)
            .open(&probe)
            .unwrap();
        assert_eq!(mode(&path), mode(&probe), "the umask's mode");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o6755)).unwrap();
        write_atomic(&path, b"two").unwrap();
        let full = std::fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
        assert_eq!(full, 0o755, "no special bits carried");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(mode(&path), 0o600);
        // The history's files: 0600 whatever the umask.
        let private = dir.path().join("run.json");
        write_atomic_as(&private, b"{}", Some(0o600)).unwrap();
        assert_eq!(mode(&private), 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        // The old fixed temporary name, planted as a link to another file: never written.
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"keep").unwrap();
        let planted = dir
            .path()
            .join(format!(".r.txt.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        write_atomic(&path, b"three").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        // A link at the report's own path is replaced, not followed.
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        write_atomic(&link, b"four").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_file()
        );
    }

    #[test]
    fn format_follows_extension() {
        assert_eq!(
            Format::from_path(Path::new("a.JSON")).unwrap(),
            Format::Json
        );
        assert_eq!(Format::from_path(Path::new("a.txt")).unwrap(), Format::Text);
        assert!(Format::from_path(Path::new("a.docx")).is_err());
    }
}
