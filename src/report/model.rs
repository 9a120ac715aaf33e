//! The report's data model (`pushcheck.report/1`): plain serde types, separate from the
//! engine's, so the file format stays stable while the engine changes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Endpoint, Role, Wording};
use crate::diagnosis::{Code, Context, Diagnosis, Finding, Severity, diagnose};
use crate::engine::{
    AnswerSource, CheckKind, CheckResult, Evidence, HelloAnswer, KeyKind, MdmEvidence, MdmStep,
    Outcome, Plan, RunSummary, SignatureHash, TlsInfo,
};
use crate::i18n::{Arg, Lang, Text};

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
    /// The language of its human text (headline, titles, explanations, fixes, check and
    /// proxy-source names): English unless `--lang` or `PUSHCHECK_LANG` asked for another,
    /// so scripts read the same words on every computer. Codes, statuses, outcomes and ids
    /// never change with it; the checks' technical `detail` lines are always English.
    #[serde(default)]
    pub lang: Lang,
    /// When the run started (RFC 3339, UTC).
    pub started_at: String,
    /// How long the run took.
    pub duration_ms: u64,
    /// The site or room label the user gave.
    pub site: String,
    /// `ok | warning | problem | untested` (information never changes the answer).
    pub overall: Severity,
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
    pub code: Code,
    /// `ok | info | warning | problem | untested`.
    pub severity: Severity,
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
    /// The catalog endpoint it belongs to (`courier`, `provider`, `dns`, …): what monitoring
    /// groups checks by, since addresses change from run to run.
    #[serde(default)]
    pub endpoint: String,
    /// `device | server | network | mdm` (mdm: the school's own MDM server, `--mdm-server`).
    pub role: Role,
    /// Plain name.
    pub name: String,
    /// Host name.
    pub host: String,
    /// Port, when a connection was made.
    pub port: Option<u16>,
    /// `dns | route | pac | tcp | tls | provider | captive | clock | ntp | hold | mdm |
    /// tls_audit | large_hello`.
    pub probe: Probe,
    /// Address probed.
    pub address: Option<String>,
    /// Where the address came from (`override | system | public_dns`).
    pub address_source: Option<AnswerSource>,
    /// The IPv4 address behind `address` when it is a NAT64 address (an IPv6-only network's
    /// DNS64 answer, such as `64:ff9b::1139:9234` for 17.57.146.52): what was judged against
    /// Apple's ranges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat64_ipv4: Option<String>,
    /// `direct` or the proxy URL.
    pub via: String,
    /// `ok | info | warning | problem | untested`.
    pub status: Severity,
    /// The outcome vocabulary of DESIGN.md.
    pub outcome: Outcome,
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
    /// PAC file checks only: what the file answered per push host and what it saw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pac: Option<PacReport>,
    /// The school's MDM server (`mdm`) only: how far the connection got, its certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mdm: Option<MdmReport>,
    /// The MDM server's TLS audit (`tls_audit`) only: which handshakes it accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_audit: Option<TlsAuditReport>,
    /// The post-quantum handshake (`large_hello`) only: what each of the three hellos got.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub large_hello: Option<LargeHelloReport>,
}

/// The school's MDM server as the connection found it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MdmReport {
    /// The address asked for (`https://host[:port]/path`, no user information).
    pub url: String,
    /// Where it came from: `command_line | environment | options | enrollment_profile`.
    pub source: String,
    /// Whether its name resolved to a private address (a server inside the school).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_address: Option<bool>,
    /// The step that failed before the certificate could be judged: `dns | connect | tls |
    /// http`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_at: Option<String>,
    /// The HTTP status it answered with (any proves the path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// It asked for a client certificate (a device's identity), which also proves the path.
    pub client_certificate_requested: bool,
    /// Its certificate, when it presented one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateReport>,
}

/// The facts of a certificate that Apple's rules judge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CertificateReport {
    /// `rsa | ec | eddsa | other`.
    pub key: String,
    /// The key's size in bits (RSA, EC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_bits: Option<u32>,
    /// The signature's hash: `md5 | sha1 | sha224 | sha256 | sha384 | sha512 | intrinsic |
    /// other`.
    pub signature_hash: String,
    /// The DNS names of its subjectAltName.
    pub names: Vec<String>,
    /// Whether one of them is the server's host name.
    pub names_host: bool,
    /// Valid from (RFC 3339).
    pub not_before: String,
    /// Valid until (RFC 3339).
    pub not_after: String,
    /// Whether its extended key usage allows serverAuth (absent: it has no such extension).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_auth: Option<bool>,
    /// Whether the public roots accepted its chain (not only `--ca-file`).
    pub publicly_trusted: bool,
    /// Its issuer.
    pub issuer: String,
}

/// The answer to one hand-made handshake.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HandshakeReport {
    /// `server_hello | retry_request | alert | closed | reset | timeout | not_tls |
    /// no_connection`.
    pub answer: String,
    /// The version chosen (`TLSv1.3` …), when it answered with a ServerHello.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The suite chosen (IANA name, or its number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suite: Option<String>,
    /// Whether it echoed Extended Master Secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ems: Option<bool>,
    /// The TLS alert it sent (RFC 8446 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert: Option<u8>,
}

/// Which handshakes the MDM server accepted, asked one at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TlsAuditReport {
    /// TLS 1.3 only.
    pub tls13: HandshakeReport,
    /// TLS 1.2 with App Transport Security's ECDHE suites.
    pub tls12: HandshakeReport,
    /// TLS 1.2 with RSA key exchange only.
    pub tls12_rsa: HandshakeReport,
    /// TLS 1.1.
    pub tls11: HandshakeReport,
    /// TLS 1.0.
    pub tls10: HandshakeReport,
}

/// The post-quantum check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LargeHelloReport {
    /// Bytes of Apple's 26 hello (X25519MLKEM768 and X25519 key shares), and of the padded one.
    pub large_bytes: usize,
    /// Bytes of a classic hello to the same host.
    pub classic_bytes: usize,
    /// Apple's 26 hello.
    pub large: HandshakeReport,
    /// The classic hello padded to the large one's size: sent only when the large one did not
    /// get through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub padded: Option<HandshakeReport>,
    /// The check whose own handshake (a classic hello) went to the same address and port.
    pub classic_check: String,
}

/// "TLSv1.2" for 0x0303.
pub fn tls_version_name(version: u16) -> String {
    match version {
        0x0304 => "TLSv1.3".to_string(),
        0x0303 => "TLSv1.2".to_string(),
        0x0302 => "TLSv1.1".to_string(),
        0x0301 => "TLSv1.0".to_string(),
        0x0300 => "SSLv3".to_string(),
        other => format!("0x{other:04x}"),
    }
}

impl From<HelloAnswer> for HandshakeReport {
    fn from(answer: HelloAnswer) -> Self {
        let (version, suite, ems, alert) = match answer {
            HelloAnswer::ServerHello {
                version,
                suite,
                ems,
                ..
            } => (
                Some(tls_version_name(version)),
                Some(crate::catalog::suite_name(suite)),
                Some(ems),
                None,
            ),
            HelloAnswer::Alert { description, .. } => (None, None, None, Some(description)),
            _ => (None, None, None, None),
        };
        HandshakeReport {
            answer: answer.as_str().to_string(),
            version,
            suite,
            ems,
            alert,
        }
    }
}

impl MdmReport {
    fn new(m: &MdmEvidence) -> MdmReport {
        let seconds = |s: i64| {
            time::OffsetDateTime::from_unix_timestamp(s)
                .ok()
                .and_then(|t| {
                    t.format(&time::format_description::well_known::Rfc3339)
                        .ok()
                })
                .unwrap_or_default()
        };
        MdmReport {
            url: m.url.clone(),
            source: m.source.as_str().to_string(),
            private_address: m.private_address,
            failed_at: m.failed_at.map(|step| {
                match step {
                    MdmStep::Dns => "dns",
                    MdmStep::Connect => "connect",
                    MdmStep::Tls => "tls",
                    MdmStep::Http => "http",
                }
                .to_string()
            }),
            http_status: m.http_status,
            client_certificate_requested: m.client_certificate,
            certificate: m.certificate.as_ref().map(|c| {
                let (key, key_bits) = match c.key {
                    KeyKind::Rsa(bits) => ("rsa", Some(bits)),
                    KeyKind::Ec(bits) => ("ec", Some(bits)),
                    KeyKind::EdDsa => ("eddsa", None),
                    KeyKind::Other => ("other", None),
                };
                CertificateReport {
                    key: key.to_string(),
                    key_bits,
                    signature_hash: match c.signature {
                        SignatureHash::Md5 => "md5".to_string(),
                        SignatureHash::Sha1 => "sha1".to_string(),
                        SignatureHash::Sha2(bits) => format!("sha{bits}"),
                        SignatureHash::Intrinsic => "intrinsic".to_string(),
                        SignatureHash::Other => "other".to_string(),
                    },
                    names: c.names.clone(),
                    names_host: c.names_host,
                    not_before: seconds(c.not_before),
                    not_after: seconds(c.not_after),
                    server_auth: c.server_auth,
                    publicly_trusted: c.publicly_trusted,
                    issuer: c.issuer.clone(),
                }
            }),
        }
    }
}

/// A PAC file's run, as data: per host the URL asked, the answer as written, the routes as
/// browsers read it, entries skipped and errors with their line; what `myIpAddress()` gave;
/// the names it looked up; its `alert()`s.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PacReport {
    /// Its address, credentials masked.
    pub url: String,
    /// Found by automatic detection (WPAD), not named in the settings.
    pub discovered: bool,
    /// The function asked: `FindProxyForURL`, or `FindProxyForURLEx` where the OS asks it
    /// (Windows' WinHTTP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// What `myIpAddress()` answered (absent with `--redact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_ip: Option<String>,
    /// Why the file could not be fetched or run at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<PacErrorReport>,
    /// Per push host asked about.
    #[serde(default)]
    pub hosts: Vec<PacHostReport>,
    /// The names the file looked up, with what it got (none: it did not resolve).
    #[serde(default)]
    pub lookups: Vec<PacLookupReport>,
    /// What the file passed to `alert()`.
    #[serde(default)]
    pub alerts: Vec<String>,
}

/// What a PAC file answered for one host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PacHostReport {
    /// The host.
    pub host: String,
    /// The URL passed to the function (`https://HOST/`, as browsers pass it).
    pub url: String,
    /// The answer as written (credentials masked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// The routes as browsers read the answer, in order (`DIRECT`, `PROXY http://h:p`,
    /// `SOCKS socks4://h:p`, …).
    #[serde(default)]
    pub routes: Vec<String>,
    /// Entries of the answer browsers skip (not PAC syntax), as written.
    #[serde(default)]
    pub skipped: Vec<String>,
    /// Why there is no answer for this host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<PacErrorReport>,
}

/// A PAC failure: what happened, and the line of the PAC file the JavaScript engine names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PacErrorReport {
    /// What happened (technical, English).
    pub message: String,
    /// The line of the PAC file, when the engine says one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// A name a PAC file looked up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PacLookupReport {
    /// The name.
    pub name: String,
    /// Its addresses (none: it did not resolve).
    pub addresses: Vec<String>,
}

impl PacErrorReport {
    fn new(e: &crate::proxy::pac::PacError) -> PacErrorReport {
        let line = match e {
            crate::proxy::pac::PacError::Script { line, .. } => *line,
            _ => None,
        };
        let message = match e {
            crate::proxy::pac::PacError::Script { message, .. } => message.clone(),
            other => other.to_string(),
        };
        PacErrorReport { message, line }
    }
}

impl PacReport {
    fn new(pac: &crate::engine::PacEvidence, redact: bool) -> PacReport {
        let run = pac.run.as_ref();
        PacReport {
            url: pac.url.clone(),
            discovered: pac.discovered,
            function: run.map(|r| r.entry.name().to_string()),
            my_ip: run.filter(|_| !redact).map(|r| r.my_ip.clone()),
            error: pac
                .error
                .as_ref()
                .filter(|_| run.is_none())
                .map(|e| PacErrorReport {
                    message: e.clone(),
                    line: None,
                }),
            hosts: run
                .map(|r| {
                    r.answers
                        .iter()
                        .map(|a| PacHostReport {
                            host: a.host.clone(),
                            url: a.url.clone(),
                            answer: a.result.as_ref().ok().map(|x| x.raw.clone()),
                            routes: a
                                .result
                                .as_ref()
                                .map(|x| x.routes.iter().map(ToString::to_string).collect())
                                .unwrap_or_default(),
                            skipped: a
                                .result
                                .as_ref()
                                .map(|x| x.skipped.clone())
                                .unwrap_or_default(),
                            error: a.result.as_ref().err().map(PacErrorReport::new),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            lookups: run
                .map(|r| {
                    r.lookups
                        .iter()
                        .map(|l| PacLookupReport {
                            name: l.name.clone(),
                            addresses: l.addresses.iter().map(ToString::to_string).collect(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            alerts: run.map(|r| r.alerts.clone()).unwrap_or_default(),
        }
    }
}

/// What kind of check a row is (`probe` in `checks[]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Probe {
    /// Name resolution.
    Dns,
    /// A route towards Apple's ranges.
    Route,
    /// A PAC file fetched and run.
    Pac,
    /// A TCP connection.
    Tcp,
    /// A TLS handshake with a trusted chain.
    Tls,
    /// The provider API's HTTP/2 answer.
    Provider,
    /// Apple's captive-portal page.
    Captive,
    /// This computer's clock.
    Clock,
    /// Apple's time server (SNTP).
    Ntp,
    /// The hold test.
    Hold,
    /// The school's MDM server.
    Mdm,
    /// Which TLS handshakes the MDM server accepts.
    #[serde(rename = "tls_audit")]
    TlsAudit,
    /// The post-quantum handshake of Apple's 26 releases.
    #[serde(rename = "large_hello")]
    LargeHello,
}

impl Probe {
    /// The word of `checks[].probe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Probe::Dns => "dns",
            Probe::Route => "route",
            Probe::Pac => "pac",
            Probe::Tcp => "tcp",
            Probe::Tls => "tls",
            Probe::Provider => "provider",
            Probe::Captive => "captive",
            Probe::Clock => "clock",
            Probe::Ntp => "ntp",
            Probe::Hold => "hold",
            Probe::Mdm => "mdm",
            Probe::TlsAudit => "tls_audit",
            Probe::LargeHello => "large_hello",
        }
    }
}

impl From<CheckKind> for Probe {
    fn from(kind: CheckKind) -> Self {
        use crate::catalog::ProbeKind;
        match kind {
            CheckKind::Dns => Probe::Dns,
            CheckKind::Route => Probe::Route,
            CheckKind::Pac => Probe::Pac,
            CheckKind::Probe(ProbeKind::Tcp) => Probe::Tcp,
            CheckKind::Probe(ProbeKind::Tls) => Probe::Tls,
            CheckKind::Probe(ProbeKind::Provider) => Probe::Provider,
            CheckKind::Probe(ProbeKind::Captive) => Probe::Captive,
            CheckKind::Probe(ProbeKind::Ntp) => Probe::Ntp,
            CheckKind::Clock => Probe::Clock,
            CheckKind::Hold => Probe::Hold,
            CheckKind::Mdm => Probe::Mdm,
            CheckKind::TlsAudit => Probe::TlsAudit,
            CheckKind::LargeHello => Probe::LargeHello,
        }
    }
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
    /// `trusted_by` as data: `public_roots | apple_roots | apple_root_flag | ca_file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<crate::engine::TrustStore>,
}

impl TlsReport {
    /// The store that accepted the chain, in a language (as written by an older report).
    pub fn trusted_by_in(&self, lang: Lang) -> Option<String> {
        match self.store {
            Some(store) => Some(lang.t(store.message())),
            None => self.trusted_by.clone(),
        }
    }
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
    /// The operating system as people write it, with its version: "Linux (Debian 13)",
    /// "macOS 15.1", "Windows 11 24H2".
    pub fn os_shown(&self) -> String {
        let name = match self.os.as_str() {
            "linux" => "Linux",
            "macos" => "macOS",
            "windows" => "Windows",
            "freebsd" => "FreeBSD",
            "openbsd" => "OpenBSD",
            other => other,
        };
        if self.os_version.is_empty() {
            name.to_string()
        } else if self.os_version.starts_with(name) {
            self.os_version.clone()
        } else {
            format!("{name} ({})", self.os_version)
        }
    }

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

impl FindingReport {
    /// A finding in words of a language.
    pub fn new(f: &Finding, lang: Lang) -> Self {
        FindingReport {
            code: f.code,
            severity: f.severity,
            title: f.title.render(lang),
            explanation: f.explanation.render(lang),
            fix: f.fix.render(lang),
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
            store: t.store,
        }
    }
}

/// The detail line of a check as a report shows it: this computer's own address only when
/// the report is not redacted.
fn detail(c: &CheckResult, redact: bool) -> String {
    match &c.evidence {
        Evidence::Route { local } if !redact => format!("{} (from {local})", c.detail),
        _ => c.detail.clone(),
    }
}

/// The name of an endpoint in a language: the built-in names by key; a custom catalog's own
/// names as written.
pub fn endpoint_name(catalog: &Catalog, id: &str, lang: Lang) -> Option<String> {
    let endpoint = catalog.endpoint(id)?;
    let key = endpoint_key(id)?;
    Some(match endpoint.name_wording {
        Wording::BuiltIn => lang.tr(key, &[]),
        Wording::Own => endpoint.name.clone(),
    })
}

/// An endpoint's note of what changed, in a language when it is the built-in note (as
/// written when it is a custom catalog's own).
pub fn catalog_change(endpoint: &Endpoint, lang: Lang) -> Option<String> {
    let change = endpoint.change.as_ref()?;
    let key = match endpoint.id.as_str() {
        "courier" => Some("catalog-change-courier"),
        "legacy-gateway" | "legacy-feedback" => Some("catalog-change-legacy"),
        _ => None,
    };
    Some(match (endpoint.change_wording, key) {
        (Wording::BuiltIn, Some(key)) => lang.t(key),
        _ => change.clone(),
    })
}

fn endpoint_key(id: &str) -> Option<&'static str> {
    Some(match id {
        "courier" => "endpoint-courier",
        "provider" => "endpoint-provider",
        "legacy-gateway" => "endpoint-legacy-gateway",
        "legacy-feedback" => "endpoint-legacy-feedback",
        "captive" => "endpoint-captive",
        "service" => "endpoint-service",
        "time" => "endpoint-time",
        "revocation" => "endpoint-revocation",
        _ => return None,
    })
}

/// A check's plain name in a language, from its kind and endpoint; the engine's own name
/// when it is of a catalog's own endpoint.
pub fn check_name(c: &CheckResult, catalog: &Catalog, lang: Lang) -> String {
    let endpoint = || endpoint_name(catalog, &c.endpoint, lang);
    let text = match c.kind {
        CheckKind::Route => Text::new("check-route"),
        CheckKind::Clock => Text::new("check-clock"),
        CheckKind::Pac => match &c.evidence {
            Evidence::Pac(pac) => {
                Text::new("check-pac").arg("source", Text::new(pac.source.message()))
            }
            _ => return c.name.clone(),
        },
        CheckKind::Hold => match &c.evidence {
            Evidence::Hold(_, Some(idle)) => {
                Text::new("check-hold").arg("idle", Arg::Duration(idle.as_secs()))
            }
            _ => Text::new("check-hold-not-tried"),
        },
        CheckKind::Dns => match endpoint() {
            Some(name) => Text::new("check-dns").arg("name", name),
            None => return c.name.clone(),
        },
        CheckKind::Probe(_) => return endpoint().unwrap_or_else(|| c.name.clone()),
        CheckKind::Mdm => Text::new("check-mdm"),
        CheckKind::TlsAudit => {
            Text::new("check-mdm-tls").arg("release", catalog.mdm_tls.applies_from.clone())
        }
        CheckKind::LargeHello => match endpoint() {
            Some(name) => Text::new("check-large-hello").arg("name", name),
            None => Text::new("check-large-hello").arg("name", Text::new("check-mdm")),
        },
    };
    text.render(lang)
}

fn check_report(
    c: &CheckResult,
    status: Severity,
    labels: &RunLabels,
    catalog: &Catalog,
) -> CheckReport {
    let redact = labels.redact;
    CheckReport {
        id: c.id.clone(),
        endpoint: c.endpoint.clone(),
        role: c.role,
        name: check_name(c, catalog, labels.lang),
        host: crate::diagnosis::host_label(c).render(labels.lang),
        port: c.port.map(|p| p.0),
        probe: Probe::from(c.kind),
        address: c.address.map(|a| a.to_string()),
        address_source: c.address_source,
        nat64_ipv4: c.nat64.map(|a| a.to_string()),
        via: c.via.to_string(),
        status,
        outcome: c.outcome,
        elapsed_ms: millis(c.elapsed),
        detail: detail(c, redact),
        tls: c.tls.as_ref().map(TlsReport::from),
        answers: c.answers.iter().map(ToString::to_string).collect(),
        idle_ms: c.idle.map(millis),
        pac: match &c.evidence {
            Evidence::Pac(pac) => Some(PacReport::new(pac, redact)),
            _ => None,
        },
        mdm: match &c.evidence {
            Evidence::Mdm(m) => Some(MdmReport::new(m)),
            _ => None,
        },
        tls_audit: match &c.evidence {
            Evidence::TlsAudit(a) => Some(TlsAuditReport {
                tls13: a.tls13.into(),
                tls12: a.tls12.into(),
                tls12_rsa: a.tls12_rsa.into(),
                tls11: a.tls11.into(),
                tls10: a.tls10.into(),
            }),
            _ => None,
        },
        large_hello: match &c.evidence {
            Evidence::Hello(h) => Some(LargeHelloReport {
                large_bytes: h.large_bytes,
                classic_bytes: h.classic_bytes,
                large: h.large.into(),
                padded: h.padded.map(Into::into),
                classic_check: h.classic_check.clone(),
            }),
            _ => None,
        },
    }
}

/// What the user asked for, beyond the engine's options.
#[derive(Debug, Clone, Default)]
pub struct RunLabels {
    /// Site or room.
    pub site: String,
    /// Leave this computer's network facts out of the report.
    pub redact: bool,
    /// The language of the report's words.
    pub lang: Lang,
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
    /// Builds the report of a finished run, diagnosing it on the way. Pure: everything it
    /// needs (this computer's facts included) came with the run.
    pub fn build(summary: &RunSummary, plan: &Plan, labels: &RunLabels) -> (Report, Diagnosis) {
        let catalog = plan.catalog();
        let options = plan.options();
        let ctx = Context {
            catalog,
            legacy: options.legacy,
            cancelled: summary.cancelled,
            proxies: summary.proxies.as_deref().unwrap_or_default(),
        };
        let diagnosis = diagnose(&summary.checks, &ctx);
        let checks: Vec<CheckReport> = summary
            .checks
            .iter()
            .chain(&diagnosis.derived)
            .map(|c| {
                let status = diagnosis
                    .statuses
                    .get(&c.id)
                    .copied()
                    .unwrap_or(Severity::Untested);
                check_report(c, status, labels, catalog)
            })
            .collect();
        let report = Report {
            schema: SCHEMA.to_string(),
            tool: Tool {
                name: "pushcheck".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            lang: labels.lang,
            started_at: rfc3339(summary.started_at),
            duration_ms: millis(summary.duration),
            site: labels.site.clone(),
            overall: diagnosis.overall,
            headline: diagnosis.headline.render(labels.lang),
            findings: diagnosis
                .findings
                .iter()
                .map(|f| FindingReport::new(f, labels.lang))
                .collect(),
            checks,
            proxy: ProxyReport {
                read: summary.proxies.is_some(),
                sources: summary
                    .proxies
                    .iter()
                    .flatten()
                    .map(|p| ProxySource {
                        source: labels.lang.t(p.source.message()),
                        setting: p.describe(),
                    })
                    .collect(),
                used_for_checks: summary.checks.iter().any(|c| !c.via.is_direct()),
            },
            environment: Environment {
                os: std::env::consts::OS.to_string(),
                os_version: summary.host.os_version.clone(),
                arch: std::env::consts::ARCH.to_string(),
                role: options.roles.as_str().to_string(),
                timeout_ms: millis(options.timeout),
                hold_ms: options.hold.map(millis),
                legacy: options.legacy,
                apple_ranges: catalog.ranges.all.iter().map(ToString::to_string).collect(),
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
                network: (!labels.redact).then(|| summary.host.network.clone()),
                redacted: labels.redact,
            },
        };
        (report, diagnosis)
    }
}

/// Milliseconds, saturating.
fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The JSON Schema of the report, as checked in at `assets/report.schema.json`.
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_names_are_translated_and_a_custom_catalogs_own_names_kept() {
        let catalog = Catalog::built_in().unwrap();
        assert_eq!(
            endpoint_name(&catalog, "time", Lang::De).as_deref(),
            Some("Zeitserver")
        );
        assert_eq!(
            endpoint_name(&catalog, "provider", Lang::Fr).as_deref(),
            Some("API fournisseur push")
        );
        // A copy of the built-in catalog with a host changed keeps the built-in wording.
        let copy = crate::catalog::BUILT_IN.replace("time.apple.com", "ntp.schule.example");
        let copy = Catalog::parse(&copy, "copy.toml").unwrap();
        assert_eq!(
            endpoint_name(&copy, "time", Lang::De).as_deref(),
            Some("Zeitserver")
        );
        // A catalog that names its endpoint its own way is shown as written, in any language,
        // and so is its own note of a change.
        let own = crate::catalog::BUILT_IN
            .replace(
                "name = \"Time server\"",
                "name = \"Zeitserver der Schule (ntp.schule.example)\"",
            )
            .replace(
                "change = \"Apple retired the legacy binary provider protocol (ports 2195 and 2196) on 2021-03-31.\"",
                "change = \"Notre passerelle a été retirée.\"",
            );
        let own = Catalog::parse(&own, "own.toml").unwrap();
        assert_eq!(
            endpoint_name(&own, "time", Lang::Fr).as_deref(),
            Some("Zeitserver der Schule (ntp.schule.example)")
        );
        let legacy = own.endpoint("legacy-gateway").unwrap();
        assert_eq!(
            catalog_change(legacy, Lang::De).as_deref(),
            Some("Notre passerelle a été retirée.")
        );
        let courier = own.endpoint("courier").unwrap();
        assert_eq!(
            catalog_change(courier, Lang::De),
            Some(Lang::De.t("catalog-change-courier"))
        );
        assert_ne!(
            Lang::De.t("catalog-change-courier"),
            Lang::En.t("catalog-change-courier")
        );
        let time = catalog.endpoint("time").unwrap();
        assert_eq!(catalog_change(time, Lang::De), None);
        assert_eq!(endpoint_name(&catalog, "no-such-endpoint", Lang::De), None);
    }
}
