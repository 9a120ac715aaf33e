//! The report's data model (`pushcheck.report/1`): plain serde types, separate from the
//! engine's, so the file format stays stable while the engine changes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::diagnosis::{Context, Diagnosis, Finding, Severity, clock_offset, diagnose};
use crate::engine::{CheckResult, Options, RunSummary, TlsInfo};

/// The schema name written into every report.
pub const SCHEMA: &str = "pushcheck.report/1";

/// A whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Always [`SCHEMA`].
    #[schemars(extend("const" = "pushcheck.report/1"))]
    pub schema: String,
    /// Which program wrote it.
    pub tool: Tool,
    /// When the run started (RFC 3339, UTC).
    pub started_at: String,
    /// How long the run took.
    pub duration_ms: u64,
    /// The site or room label the user gave.
    pub site: String,
    /// `ok | warning | problem | untested` (information never changes the answer).
    #[schemars(extend("enum" = ["ok", "info", "warning", "problem", "untested"]))]
    pub overall: String,
    /// One sentence answering the question.
    pub headline: String,
    /// Findings, root cause first.
    pub findings: Vec<FindingReport>,
    /// Every check, in a fixed order.
    pub checks: Vec<CheckReport>,
    /// Proxy settings found.
    pub proxy: ProxyReport,
    /// Where and how the test ran.
    pub environment: Environment,
}

/// The program that wrote a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Tool {
    /// "pushcheck".
    pub name: String,
    /// Its version.
    pub version: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FindingReport {
    /// Stable code (`port_blocked`, …).
    #[schemars(extend("enum" = ["all_clear", "no_network", "dns_failure", "dns_outside_apple_range", "captive_portal", "port_blocked", "device_fallback_only", "partial_allowlist", "tls_interception", "proxy_configured", "direct_blocked_proxy_only", "provider_api_blocked", "legacy_ports_closed", "clock_skew", "ipv6_broken", "idle_timeout", "service_blocked"]))]
    pub code: String,
    /// `ok | info | warning | problem | untested`.
    #[schemars(extend("enum" = ["ok", "info", "warning", "problem", "untested"]))]
    pub severity: String,
    /// One plain sentence.
    pub title: String,
    /// What it means.
    pub explanation: String,
    /// What to ask IT for.
    pub fix: String,
    /// Ids of the evidence in `checks`.
    pub checks: Vec<String>,
}

/// One check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CheckReport {
    /// Stable id.
    pub id: String,
    /// `device | server | network`.
    #[schemars(extend("enum" = ["device", "server", "network"]))]
    pub role: String,
    /// Plain name.
    pub name: String,
    /// Host name.
    pub host: String,
    /// Port, when a connection was made.
    pub port: Option<u16>,
    /// `dns | route | pac | tcp | tls | provider | captive | clock | hold`.
    #[schemars(extend("enum" = ["dns", "route", "pac", "tcp", "tls", "provider", "captive", "clock", "hold"]))]
    pub probe: String,
    /// Address probed.
    pub address: Option<String>,
    /// Where the address came from (`override | system | public_dns`).
    pub address_source: Option<String>,
    /// `direct` or the proxy URL.
    pub via: String,
    /// `ok | info | warning | problem | untested`.
    #[schemars(extend("enum" = ["ok", "info", "warning", "problem", "untested"]))]
    pub status: String,
    /// The outcome vocabulary of DESIGN.md.
    #[schemars(extend("enum" = ["ok", "refused", "timeout", "reset", "unreachable", "dns_failed", "outside_apple_range", "tls_failed", "tls_untrusted", "unexpected_response", "proxy_failed", "skipped"]))]
    pub outcome: String,
    /// Time taken.
    pub elapsed_ms: u64,
    /// One line of technical detail.
    pub detail: String,
    /// TLS facts.
    pub tls: Option<TlsReport>,
    /// Every address of a DNS answer.
    #[serde(default)]
    pub answers: Vec<String>,
    /// Hold test only: how long the connection had been quiet when it was pinged or cut.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_ms: Option<u64>,
}

/// TLS facts of a check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TlsReport {
    /// Protocol version.
    pub version: Option<String>,
    /// Negotiated ALPN.
    pub alpn: Option<String>,
    /// Issuer of the server certificate.
    pub issuer: Option<String>,
    /// Subjects of the presented chain, server first.
    pub chain: Vec<String>,
    /// The trust store that accepted it.
    pub trusted_by: Option<String>,
    /// A filtering product named in the chain.
    #[serde(default)]
    pub vendor: Option<String>,
}

/// Proxy settings found on this computer; `read` is false with `--no-proxy`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ProxyReport {
    /// Whether proxy settings were read at all.
    pub read: bool,
    /// Each place settings were found, credentials removed.
    pub sources: Vec<ProxySource>,
    /// Whether some checks went through a proxy (their `via` names it).
    #[serde(default)]
    pub used_for_checks: bool,
}

/// One place proxy settings come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ProxySource {
    /// Where ("environment", "GNOME", "WinHTTP", …).
    pub source: String,
    /// What it says.
    pub setting: String,
}

/// Where and how the test ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Environment {
    /// Operating system family.
    pub os: String,
    /// Its version, when known.
    pub os_version: String,
    /// CPU architecture.
    pub arch: String,
    /// What was tested: `device | server | both`.
    pub role: String,
    /// The run's deadline.
    pub timeout_ms: u64,
    /// The hold test's longest idle, when it ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_ms: Option<u64>,
    /// Whether the retired ports counted as required.
    pub legacy: bool,
    /// The Apple ranges used.
    pub apple_ranges: Vec<String>,
    /// When the catalog was last checked against its sources.
    pub catalog_checked_on: String,
    /// The documents the rules come from.
    pub sources: Vec<SourceReport>,
    /// This computer's network (host name, addresses, gateway, DNS servers); absent when
    /// the report was made with `--redact`.
    #[serde(default)]
    pub network: Option<crate::netinfo::NetworkFacts>,
    /// True when network facts were left out on purpose.
    #[serde(default)]
    pub redacted: bool,
}

/// A document a rule rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SourceReport {
    /// Catalog key.
    pub id: String,
    /// Title.
    pub title: String,
    /// Address.
    pub url: String,
    /// When last checked.
    pub checked_on: String,
}

impl Environment {
    /// An environment with nothing known, for documents that are not a run's report.
    pub fn empty() -> Environment {
        Environment {
            os: std::env::consts::OS.to_string(),
            os_version: String::new(),
            arch: std::env::consts::ARCH.to_string(),
            role: String::new(),
            timeout_ms: 0,
            hold_ms: None,
            legacy: false,
            apple_ranges: Vec::new(),
            catalog_checked_on: String::new(),
            sources: Vec::new(),
            network: None,
            redacted: true,
        }
    }
}

impl From<&Finding> for FindingReport {
    fn from(f: &Finding) -> Self {
        FindingReport {
            code: f.code.as_str().to_string(),
            severity: f.severity.as_str().to_string(),
            title: f.title.clone(),
            explanation: f.explanation.clone(),
            fix: f.fix.clone(),
            checks: f.checks.clone(),
        }
    }
}

impl From<&TlsInfo> for TlsReport {
    fn from(t: &TlsInfo) -> Self {
        TlsReport {
            version: t.version.clone(),
            alpn: t.alpn.clone(),
            issuer: t.issuer.clone(),
            chain: t.chain.clone(),
            trusted_by: t.trusted_by.clone(),
            vendor: t.vendor.clone(),
        }
    }
}

fn check_report(c: &CheckResult, status: Severity) -> CheckReport {
    CheckReport {
        id: c.id.clone(),
        role: c.role.as_str().to_string(),
        name: c.name.clone(),
        host: c.host.clone(),
        port: c.port.map(|p| p.0),
        probe: c.kind.as_str().to_string(),
        address: c.address.map(|a| a.to_string()),
        address_source: c.address_source.map(|s| {
            serde_json::to_value(s)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        }),
        via: c.via.clone(),
        status: status.as_str().to_string(),
        outcome: c.outcome.as_str().to_string(),
        elapsed_ms: u64::try_from(c.elapsed.as_millis()).unwrap_or(u64::MAX),
        detail: c.detail.clone(),
        tls: c.tls.as_ref().map(TlsReport::from),
        answers: c.answers.iter().map(ToString::to_string).collect(),
        idle_ms: c
            .idle
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
    }
}

/// What the user asked for, beyond the engine's options.
#[derive(Debug, Clone, Default)]
pub struct RunLabels {
    /// Site or room.
    pub site: String,
    /// Leave this computer's network facts out of the report.
    pub redact: bool,
}

/// RFC 3339 in UTC, to the second.
pub fn rfc3339(t: std::time::SystemTime) -> String {
    time::OffsetDateTime::from(t)
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

impl Report {
    /// Builds the report of a finished run, diagnosing it on the way.
    pub fn build(
        summary: &RunSummary,
        catalog: &Catalog,
        options: &Options,
        labels: &RunLabels,
    ) -> (Report, Diagnosis) {
        let ctx = Context {
            catalog,
            legacy: options.legacy,
            cancelled: summary.cancelled,
            proxies: summary.proxies.as_deref().unwrap_or_default(),
        };
        let diagnosis = diagnose(&summary.checks, &ctx);
        let mut checks: Vec<CheckReport> = summary
            .checks
            .iter()
            .map(|c| {
                let status = diagnosis
                    .statuses
                    .get(&c.id)
                    .copied()
                    .unwrap_or(Severity::Untested);
                check_report(c, status)
            })
            .collect();
        if let Some((offset, source)) = clock_offset(&summary.checks) {
            let off = offset.unsigned_abs();
            let status = if off > crate::diagnosis::CLOCK_WARNING.as_secs() {
                diagnosis
                    .findings
                    .iter()
                    .find(|f| f.code == crate::diagnosis::Code::ClockSkew)
                    .map(|f| f.severity)
                    .unwrap_or(Severity::Warning)
            } else {
                Severity::Ok
            };
            checks.push(CheckReport {
                id: "clock".to_string(),
                role: "network".to_string(),
                name: "Clock".to_string(),
                host: source.host.clone(),
                port: source.port.map(|p| p.0),
                probe: "clock".to_string(),
                address: source.address.map(|a| a.to_string()),
                address_source: None,
                via: source.via.clone(),
                status: status.as_str().to_string(),
                outcome: if status == Severity::Ok {
                    "ok"
                } else {
                    "unexpected_response"
                }
                .to_string(),
                elapsed_ms: 0,
                detail: format!(
                    "this computer's clock is {} {} the time {} reported",
                    crate::diagnosis::human_duration(off),
                    if offset >= 0 { "ahead of" } else { "behind" },
                    source.host
                ),
                tls: None,
                answers: Vec::new(),
                idle_ms: None,
            });
        }
        let mut ranges: Vec<String> = catalog.ranges.all.iter().map(ToString::to_string).collect();
        if !options.apple_ranges.is_empty() {
            ranges = options
                .apple_ranges
                .iter()
                .map(ToString::to_string)
                .collect();
        }
        let report = Report {
            schema: SCHEMA.to_string(),
            tool: Tool {
                name: "pushcheck".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            started_at: rfc3339(summary.started_at),
            duration_ms: u64::try_from(summary.duration.as_millis()).unwrap_or(u64::MAX),
            site: labels.site.clone(),
            overall: diagnosis.overall.as_str().to_string(),
            headline: diagnosis.headline.clone(),
            findings: diagnosis.findings.iter().map(FindingReport::from).collect(),
            checks,
            proxy: ProxyReport {
                read: summary.proxies.is_some(),
                sources: summary
                    .proxies
                    .iter()
                    .flatten()
                    .map(|p| ProxySource {
                        source: p.source.label().to_string(),
                        setting: p.describe(),
                    })
                    .collect(),
                used_for_checks: summary.checks.iter().any(|c| c.via != "direct"),
            },
            environment: Environment {
                os: std::env::consts::OS.to_string(),
                os_version: os_version(),
                arch: std::env::consts::ARCH.to_string(),
                role: serde_json::to_value(options.roles)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                timeout_ms: u64::try_from(options.timeout.as_millis()).unwrap_or(u64::MAX),
                hold_ms: options
                    .hold
                    .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
                legacy: options.legacy,
                apple_ranges: ranges,
                catalog_checked_on: catalog.checked_on.clone(),
                sources: catalog
                    .sources
                    .iter()
                    .map(|(id, s)| SourceReport {
                        id: id.clone(),
                        title: s.title.clone(),
                        url: s.url.clone(),
                        checked_on: s.checked_on.clone(),
                    })
                    .collect(),
                network: (!labels.redact).then(crate::netinfo::read),
                redacted: labels.redact,
            },
        };
        (report, diagnosis)
    }

    /// The overall severity as a value.
    pub fn overall_severity(&self) -> Severity {
        match self.overall.as_str() {
            "ok" => Severity::Ok,
            "info" => Severity::Info,
            "warning" => Severity::Warning,
            "problem" => Severity::Problem,
            _ => Severity::Untested,
        }
    }
}

/// The operating system's own name for its version, when it can be read cheaply.
fn os_version() -> String {
    if cfg!(target_os = "linux") {
        std::fs::read_to_string("/etc/os-release")
            .ok()
            .and_then(|text| {
                text.lines().find_map(|l| {
                    l.strip_prefix("PRETTY_NAME=")
                        .map(|v| v.trim_matches('"').to_string())
                })
            })
            .unwrap_or_default()
    } else {
        String::new()
    }
}

/// The JSON Schema of the report, as checked in at `assets/report.schema.json`.
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).unwrap_or_default()
}
