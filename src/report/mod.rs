//! Reports: one model, one file per output format, and atomic writes.

pub mod compare;
pub mod json;
pub mod model;
pub mod pdf;
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
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The extension names no known format.
    #[error("cannot tell the format of {0}: use a name ending in .json, .pdf or .txt")]
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
    };
    write_atomic(path, &bytes)
}

/// Writes to a temporary file beside `path`, then renames it over `path`: a reader never sees
/// half a file, and a failed write leaves an existing file untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
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
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(io(e));
    }
    Ok(())
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
