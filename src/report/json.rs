//! The report as JSON (`pushcheck.report/1`).

use super::model::{Report, SCHEMA};

/// Pretty JSON with a final newline.
pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|e| {
        format!("{{\"schema\":\"{SCHEMA}\",\"error\":\"cannot write the report: {e}\"}}")
    });
    text.push('\n');
    text
}

/// Why a JSON report could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not JSON, or not a report.
    #[error("{path} is not a Push Check report: {reason}")]
    NotAReport {
        /// The file.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// A report of another schema version.
    #[error("{path} is a \"{found}\" report; this version of Push Check reads \"{SCHEMA}\"")]
    OtherSchema {
        /// The file.
        path: String,
        /// Its schema.
        found: String,
    },
}

/// Parses a report, telling "not a report" from "another schema version".
pub fn parse(text: &str, path: &str) -> Result<Report, ReadError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ReadError::NotAReport {
            path: path.to_string(),
            reason: e.to_string(),
        })?;
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(SCHEMA) => {}
        Some(other) => {
            return Err(ReadError::OtherSchema {
                path: path.to_string(),
                found: other.to_string(),
            });
        }
        None => {
            return Err(ReadError::NotAReport {
                path: path.to_string(),
                reason: "it has no \"schema\" field".to_string(),
            });
        }
    }
    serde_json::from_value(value).map_err(|e| ReadError::NotAReport {
        path: path.to_string(),
        reason: e.to_string(),
    })
}
