//! What a probe found: typed outcomes, never strings to be parsed again.

use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::catalog::{Port, ProbeKind, Role};
use crate::proxy::pac::{PacRoute, PacRun};
use crate::proxy::{ProxyUrl, Source};

use super::dns::AnswerSource;

/// The result vocabulary of the report (`outcome` in `checks[]`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The endpoint answered as Apple's would.
    Ok,
    /// The connection was actively refused.
    Refused,
    /// Nothing answered before the deadline.
    Timeout,
    /// The connection was reset or closed early.
    Reset,
    /// No route to the address.
    Unreachable,
    /// The name did not resolve.
    DnsFailed,
    /// The name resolved outside Apple's ranges.
    OutsideAppleRange,
    /// The TLS handshake failed.
    TlsFailed,
    /// The TLS chain was not trusted: an unknown issuer (interception).
    TlsUntrusted,
    /// The certificate was rejected as expired (or this computer's clock is ahead).
    CertExpired,
    /// The certificate was rejected as not valid yet (or this computer's clock is behind).
    CertNotYetValid,
    /// A trusted certificate for another name: another server answers at this address.
    CertWrongName,
    /// Something answered, but not as Apple does.
    UnexpectedResponse,
    /// The proxy refused or failed.
    ProxyFailed,
    /// The probe did not run.
    Skipped,
}

impl Outcome {
    /// Whether a certificate was rejected for its dates (a wrong clock, here or there).
    pub fn is_cert_date(self) -> bool {
        matches!(self, Outcome::CertExpired | Outcome::CertNotYetValid)
    }

    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Refused => "refused",
            Outcome::Timeout => "timeout",
            Outcome::Reset => "reset",
            Outcome::Unreachable => "unreachable",
            Outcome::DnsFailed => "dns_failed",
            Outcome::OutsideAppleRange => "outside_apple_range",
            Outcome::TlsFailed => "tls_failed",
            Outcome::TlsUntrusted => "tls_untrusted",
            Outcome::CertExpired => "cert_expired",
            Outcome::CertNotYetValid => "cert_not_yet_valid",
            Outcome::CertWrongName => "cert_wrong_name",
            Outcome::UnexpectedResponse => "unexpected_response",
            Outcome::ProxyFailed => "proxy_failed",
            Outcome::Skipped => "skipped",
        }
    }

    /// The message id of the outcome's word for people (the table's outcome column).
    pub fn message(self) -> &'static str {
        match self {
            Outcome::Ok => "outcome-code-ok",
            Outcome::Refused => "outcome-code-refused",
            Outcome::Timeout => "outcome-code-timeout",
            Outcome::Reset => "outcome-code-reset",
            Outcome::Unreachable => "outcome-code-unreachable",
            Outcome::DnsFailed => "outcome-code-dns-failed",
            Outcome::OutsideAppleRange => "outcome-code-outside-apple-range",
            Outcome::TlsFailed => "outcome-code-tls-failed",
            Outcome::TlsUntrusted => "outcome-code-tls-untrusted",
            Outcome::CertExpired => "outcome-code-cert-expired",
            Outcome::CertNotYetValid => "outcome-code-cert-not-yet-valid",
            Outcome::CertWrongName => "outcome-code-cert-wrong-name",
            Outcome::UnexpectedResponse => "outcome-code-unexpected-response",
            Outcome::ProxyFailed => "outcome-code-proxy-failed",
            Outcome::Skipped => "outcome-code-skipped",
        }
    }

    /// Whether some machine on the path answered at all (so the network itself works).
    pub fn got_an_answer(self) -> bool {
        matches!(
            self,
            Outcome::Ok
                | Outcome::Refused
                | Outcome::Reset
                | Outcome::TlsFailed
                | Outcome::TlsUntrusted
                | Outcome::CertExpired
                | Outcome::CertNotYetValid
                | Outcome::CertWrongName
                | Outcome::UnexpectedResponse
                | Outcome::OutsideAppleRange
        )
    }

    /// Whether the connection was stopped on the way (a firewall, typically).
    pub fn is_blocked(self) -> bool {
        matches!(
            self,
            Outcome::Refused | Outcome::Timeout | Outcome::Reset | Outcome::Unreachable
        )
    }
}

/// What kind of check a result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// Name resolution of an endpoint's hosts.
    Dns,
    /// Whether the system has a route towards Apple's addresses.
    Route,
    /// A PAC file fetched and run.
    Pac,
    /// A connection probe of the catalog's kind.
    Probe(ProbeKind),
    /// The hold test: an idle HTTP/2 connection, pinged after a while.
    Hold,
    /// This computer's clock against the servers' (decided by the diagnosis).
    Clock,
}

impl CheckKind {
    /// The word used in reports (`probe` in `checks[]`).
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Dns => "dns",
            CheckKind::Route => "route",
            CheckKind::Pac => "pac",
            CheckKind::Probe(kind) => kind.as_str(),
            CheckKind::Hold => "hold",
            CheckKind::Clock => "clock",
        }
    }
}

/// The TLS facts of a handshake, kept even when it failed verification.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TlsInfo {
    /// "TLSv1.3" or "TLSv1.2".
    pub version: Option<String>,
    /// The negotiated ALPN protocol.
    pub alpn: Option<String>,
    /// Issuer of the server's certificate, readable.
    pub issuer: Option<String>,
    /// Subject of every presented certificate, server first.
    pub chain: Vec<String>,
    /// The trust store that accepted the chain ("public roots", "Apple roots",
    /// "--apple-root"), or "--ca-file" when only the school's CA did (interception).
    pub trusted_by: Option<String>,
    /// The filtering product named in the chain, if any.
    pub vendor: Option<String>,
}

/// How a check reached its target.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Via {
    /// Straight to the address.
    #[default]
    Direct,
    /// Through this proxy's CONNECT tunnel.
    Proxy(ProxyUrl),
}

impl Via {
    /// Whether the check went straight to its address.
    pub fn is_direct(&self) -> bool {
        matches!(self, Via::Direct)
    }

    /// The proxy, when it went through one.
    pub fn proxy(&self) -> Option<&ProxyUrl> {
        match self {
            Via::Direct => None,
            Via::Proxy(p) => Some(p),
        }
    }
}

/// `direct`, or the proxy's address with credentials masked (the report's `via`).
impl std::fmt::Display for Via {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Via::Direct => f.write_str("direct"),
            Via::Proxy(p) => write!(f, "{p}"),
        }
    }
}

/// What a name lookup found, as data: later layers decide on this, never on the detail text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DnsEvidence {
    /// How many names were asked (50 for the couriers).
    pub asked: usize,
    /// The first of them (the check's `host` names it, and how many more).
    pub first: String,
    /// How many of them the system resolver (or `--resolve`) answered.
    pub resolved: usize,
    /// Why the system resolver gave nothing, when it gave nothing.
    pub system_error: Option<String>,
    /// Answers outside Apple's ranges (for endpoints that must be inside them).
    pub outside: Vec<IpAddr>,
    /// The names that got no address from the system resolver (or `--resolve`).
    pub unresolved: Vec<String>,
    /// What the public resolvers (the second opinion) answered.
    pub public_answers: Vec<IpAddr>,
    /// Why the public resolvers gave nothing, when they were asked and failed.
    pub public_error: Option<String>,
}

/// What running a PAC file found, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PacEvidence {
    /// The proxy settings the PAC file belongs to.
    pub source: Source,
    /// Its address, credentials masked.
    pub url: String,
    /// Why it could not be fetched or run at all (technical, one line).
    pub error: Option<String>,
    /// Found by automatic discovery (WPAD), not named in the settings.
    pub discovered: bool,
    /// Why it could not be fetched or run, as data.
    pub failure: Option<PacFailure>,
    /// What the file answered per push host, and what it saw (its `myIpAddress`, the names
    /// it looked up, its alerts), when it ran.
    pub run: Option<PacRun>,
}

/// Why a PAC file could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PacFailure {
    /// Automatic discovery is on, but this computer has no DNS search domain to look in.
    NoSearchDomain,
    /// The file could not be fetched.
    Fetch(super::fetch::FetchFailure),
    /// It was fetched but could not be run (a script error, an answer that is not PAC, too
    /// slow, or the sandbox failed).
    Run,
    /// Push Check failed inside the sandbox: a bug, not the file or the network.
    Internal,
}

impl PacEvidence {
    /// The routes the file gave `host`, when it answered for it.
    pub fn routes_for(&self, host: &str) -> Option<&[PacRoute]> {
        let run = self.run.as_ref()?;
        let answer = run.answers.iter().find(|a| a.host == host)?;
        answer.result.as_ref().ok().map(|a| a.routes.as_slice())
    }

    /// Whether the file sends some push host to a proxy first (not DIRECT).
    pub fn proxies_push(&self) -> bool {
        self.run.iter().flat_map(|r| &r.answers).any(|a| {
            matches!(
                a.result.as_ref().map(|x| x.routes.first()),
                Ok(Some(PacRoute::Proxy(_) | PacRoute::Socks(_)))
            )
        })
    }

    /// Whether some push host got no answer (its call threw or answered nonsense).
    pub fn some_host_failed(&self) -> bool {
        self.run
            .iter()
            .flat_map(|r| &r.answers)
            .any(|a| a.result.is_err())
    }

    /// Automatic discovery (WPAD) is on but found no PAC file: no search domain, a name that
    /// does not resolve, nothing answering, or an HTTP error. Browsers and Apple devices then
    /// connect directly.
    pub fn found_nothing(&self) -> bool {
        use super::fetch::FetchFailure;
        self.discovered
            && matches!(
                self.failure,
                Some(
                    PacFailure::NoSearchDomain
                        | PacFailure::Fetch(
                            FetchFailure::NotResolved
                                | FetchFailure::NoAnswer
                                | FetchFailure::Status(_)
                        )
                )
            )
    }
}

/// How one held connection of the hold test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoldEnd {
    /// The PING after the idle spell was answered: the path kept the connection.
    Answered,
    /// The PING got no answer: something on the path forgot the connection.
    Unanswered,
    /// The connection was reset or closed during the idle spell.
    Cut,
    /// Apple's server closed it (GOAWAY): not the network, and not tested.
    ServerClosed,
    /// Not waited for: a shorter idle spell was already cut.
    NotNeeded,
    /// The person running the test stopped the wait.
    Stopped,
    /// The connection to hold could not be opened.
    NotOpened,
    /// No path to the provider API worked (or it has no address): nothing to hold.
    NotTried,
}

impl HoldEnd {
    /// Whether this connection measured the path (kept, forgotten or cut).
    pub fn measured(self) -> bool {
        matches!(self, HoldEnd::Answered | HoldEnd::Unanswered | HoldEnd::Cut)
    }
}

/// Typed facts a check carries beyond its outcome, by kind of check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Evidence {
    /// Nothing beyond the common fields.
    #[default]
    None,
    /// A name lookup.
    Dns(DnsEvidence),
    /// A PAC file run.
    Pac(PacEvidence),
    /// One connection of the hold test: how it ended, and how long it was to stay quiet
    /// (none when no connection could be tried).
    Hold(HoldEnd, Option<std::time::Duration>),
    /// The route check: the local address the kernel would send from. Reports add it to the
    /// detail line, except with `--redact`.
    Route {
        /// This computer's address towards Apple.
        local: IpAddr,
    },
    /// Push Check itself failed inside the check (a bug): untested, with the message.
    Internal(String),
    /// Apple's test page was answered by something else: what answered, as data (the
    /// diagnosis says it in the report's language).
    Captive(CaptiveAnswerer),
    /// The provider API: APNs answered itself, but busy or failing.
    AppleBusy {
        /// The HTTP status (429, 500, 503).
        status: u16,
        /// APNs' reason ("ServiceUnavailable").
        reason: String,
    },
}

/// What answered in place of Apple's test page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaptiveAnswerer {
    /// An HTTP redirect elsewhere (a login page).
    Redirect {
        /// The HTTP status (302, …).
        status: u16,
        /// Where it sends the browser, clipped.
        location: String,
    },
    /// A page that is not Apple's.
    Page {
        /// The HTTP status.
        status: u16,
        /// The start of its body, clipped.
        body: String,
    },
    /// Something that does not speak HTTP.
    NotHttp {
        /// The start of what came back, clipped.
        text: String,
    },
}

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckResult {
    /// Stable id, e.g. `courier:5223@17.57.146.52` or `dns:api.push.apple.com`.
    pub id: String,
    /// The catalog endpoint it belongs to.
    pub endpoint: String,
    /// Who needs it.
    pub role: Role,
    /// Plain name ("Push", "Push provider API").
    pub name: String,
    /// What was checked.
    pub kind: CheckKind,
    /// Host name (with the SNI used).
    pub host: String,
    /// Port, for connection probes.
    pub port: Option<Port>,
    /// The address probed.
    pub address: Option<IpAddr>,
    /// Where the address came from.
    pub address_source: Option<AnswerSource>,
    /// The IPv4 address behind `address` when it is a NAT64 address (an IPv6-only network's
    /// DNS64 answer): what was judged against Apple's ranges.
    pub nat64: Option<std::net::Ipv4Addr>,
    /// Directly, or through which proxy.
    pub via: Via,
    /// What happened.
    pub outcome: Outcome,
    /// How long it took.
    pub elapsed: Duration,
    /// One line of technical detail.
    pub detail: String,
    /// TLS facts, when a handshake happened.
    pub tls: Option<TlsInfo>,
    /// False for retired rules (information only).
    pub required: bool,
    /// Every address of a DNS answer.
    pub answers: Vec<IpAddr>,
    /// The `Date` an HTTP server reported, for the clock check.
    pub server_date: Option<SystemTime>,
    /// Local time when that answer came in.
    pub local_date: Option<SystemTime>,
    /// For the hold test: how long the connection had been idle when it was pinged or cut.
    pub idle: Option<Duration>,
    /// Typed facts of DNS and PAC checks.
    pub evidence: Evidence,
}

impl CheckResult {
    /// A check of `kind` with nothing found yet: skipped, direct, required, no address, host,
    /// port or TLS facts. Each probe fills in what it learns.
    pub fn new(
        id: String,
        endpoint: &str,
        role: Role,
        name: String,
        kind: CheckKind,
    ) -> CheckResult {
        CheckResult {
            id,
            endpoint: endpoint.to_string(),
            role,
            name,
            kind,
            host: String::new(),
            port: None,
            address: None,
            address_source: None,
            nat64: None,
            via: Via::Direct,
            outcome: Outcome::Skipped,
            elapsed: Duration::ZERO,
            detail: String::new(),
            tls: None,
            required: true,
            answers: Vec::new(),
            server_date: None,
            local_date: None,
            idle: None,
            evidence: Evidence::None,
        }
    }
}
