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
    /// The school's MDM server (`--mdm-server`): name, connection, certificate, an HTTP answer.
    Mdm,
    /// Which TLS versions and suites the school's MDM server accepts (Apple's 2026 rules).
    TlsAudit,
    /// Whether the ClientHello of Apple's 26 releases (post-quantum key share) gets through.
    LargeHello,
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
            CheckKind::Mdm => "mdm",
            CheckKind::TlsAudit => "tls_audit",
            CheckKind::LargeHello => "large_hello",
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
    /// The server's certificate as presented (DER), for the checks that judge it.
    #[serde(skip)]
    pub leaf: Option<Vec<u8>>,
    /// Why the chain was refused, when it was.
    #[serde(skip)]
    pub rejected: Option<CertRejection>,
    /// The store that accepted the chain (`trusted_by` as data).
    #[serde(skip)]
    pub store: Option<TrustStore>,
}

/// A store of trust anchors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrustStore {
    /// The public roots (Mozilla's list).
    PublicRoots,
    /// Apple Root CA, G2 and G3.
    AppleRoots,
    /// The anchors given with `--apple-root` (test beds and labs).
    AppleRootFlag,
    /// The school's own CA (`--ca-file`).
    CaFile,
}

impl TrustStore {
    /// The name `trusted_by` says (stable, English).
    pub fn name(self) -> &'static str {
        match self {
            TrustStore::PublicRoots => "public roots",
            TrustStore::AppleRoots => "Apple roots",
            TrustStore::AppleRootFlag => "--apple-root",
            TrustStore::CaFile => "--ca-file",
        }
    }

    /// The message id of its name for people.
    pub fn message(self) -> &'static str {
        match self {
            TrustStore::PublicRoots => "store-public-roots",
            TrustStore::AppleRoots => "store-apple-roots",
            TrustStore::AppleRootFlag => "store-apple-root-flag",
            TrustStore::CaFile => "store-ca-file",
        }
    }
}

/// Why a certificate chain was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertRejection {
    /// No trusted root issued it.
    UnknownIssuer,
    /// It has expired (by this computer's clock).
    Expired,
    /// It is not valid yet (by this computer's clock).
    NotYetValid,
    /// It does not name the host.
    WrongName,
    /// It is signed with an algorithm no longer accepted (SHA-1, MD5, a short RSA key).
    WeakSignature,
    /// A certificate authority's own certificate presented as the server's.
    CaAsServer,
    /// Another reason (the check's detail says it).
    Other,
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

/// The first answer to a hand-made ClientHello.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelloAnswer {
    /// A ServerHello (or a HelloRetryRequest): the hello got through and was accepted.
    ServerHello {
        /// The version it chose (from `supported_versions` when present).
        version: u16,
        /// The cipher suite it chose.
        suite: u16,
        /// It echoed Extended Master Secret (RFC 7627).
        ems: bool,
        /// The key-share group it chose or asked for (TLS 1.3).
        group: Option<u16>,
        /// It is a HelloRetryRequest (asking for another key share).
        retry: bool,
    },
    /// The server's own alert: the hello got through, and it said no (or asked for more).
    Alert {
        /// 1 warning, 2 fatal.
        level: u8,
        /// The alert (RFC 8446 6: 40 handshake_failure, 70 protocol_version, …).
        description: u8,
    },
    /// The connection was closed without a word.
    Closed,
    /// The connection was reset.
    Reset,
    /// Nothing came back before the deadline.
    Timeout,
    /// Something answered that is not TLS.
    NotTls,
    /// No connection was made.
    NoConnection(Outcome),
}

impl HelloAnswer {
    /// Whether the server itself answered the hello (a ServerHello, a HelloRetryRequest or its
    /// own alert): the hello crossed the network.
    pub fn got_through(self) -> bool {
        matches!(
            self,
            HelloAnswer::ServerHello { .. } | HelloAnswer::Alert { .. }
        )
    }

    /// The version and suite the server chose, when it accepted the hello.
    pub fn accepted(self) -> Option<(u16, u16)> {
        match self {
            HelloAnswer::ServerHello { version, suite, .. } => Some((version, suite)),
            _ => None,
        }
    }

    /// The report's word for it.
    pub fn as_str(self) -> &'static str {
        match self {
            HelloAnswer::ServerHello { retry: true, .. } => "retry_request",
            HelloAnswer::ServerHello { .. } => "server_hello",
            HelloAnswer::Alert { .. } => "alert",
            HelloAnswer::Closed => "closed",
            HelloAnswer::Reset => "reset",
            HelloAnswer::Timeout => "timeout",
            HelloAnswer::NotTls => "not_tls",
            HelloAnswer::NoConnection(_) => "no_connection",
        }
    }
}

/// The post-quantum check: Apple's 26 hello, and what tells its failure apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelloEvidence {
    /// Apple's 26 hello: X25519MLKEM768 and X25519 key shares.
    pub large: HelloAnswer,
    /// The classic hello padded to the size of the large one (RFC 7685), sent only when the
    /// large one did not get through: through, the box refuses the new key exchange; not
    /// through, it cannot take a hello of two segments.
    pub padded: Option<HelloAnswer>,
    /// Bytes of the large (and padded) hello.
    pub large_bytes: usize,
    /// Bytes of a classic hello to the same host (X25519 only).
    pub classic_bytes: usize,
    /// The check whose own TLS handshake (a classic hello) went to the same address and port:
    /// through there and not here means the size or the key exchange is what is dropped.
    pub classic_check: String,
}

/// Which handshakes the school's MDM server accepted, asked one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TlsAudit {
    /// TLS 1.3 only.
    pub tls13: HelloAnswer,
    /// TLS 1.2 with App Transport Security's ECDHE suites, Extended Master Secret offered.
    pub tls12: HelloAnswer,
    /// TLS 1.2 with RSA key exchange only (no forward secrecy).
    pub tls12_rsa: HelloAnswer,
    /// TLS 1.1.
    pub tls11: HelloAnswer,
    /// TLS 1.0.
    pub tls10: HelloAnswer,
}

/// The key of a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// RSA, of this many bits.
    Rsa(u32),
    /// An elliptic curve, of this many bits.
    Ec(u32),
    /// Ed25519 or Ed448.
    EdDsa,
    /// Something else.
    Other,
}

/// The hash of a certificate's signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureHash {
    /// MD5.
    Md5,
    /// SHA-1.
    Sha1,
    /// SHA-2 of this many bits (224, 256, 384, 512).
    Sha2(u32),
    /// A signature scheme with its own hashing (Ed25519).
    Intrinsic,
    /// Something else.
    Other,
}

/// The facts of a server's certificate that Apple's rules judge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertFacts {
    /// Its key.
    pub key: KeyKind,
    /// Its signature's hash.
    pub signature: SignatureHash,
    /// The DNS names of its subjectAltName.
    pub names: Vec<String>,
    /// Whether one of them is the host asked for (wildcards as TLS matches them).
    pub names_host: bool,
    /// Valid from (seconds since 1970).
    pub not_before: i64,
    /// Valid until (seconds since 1970).
    pub not_after: i64,
    /// Whether its extended key usage allows serverAuth (`None`: it has no EKU extension).
    pub server_auth: Option<bool>,
    /// Whether the public roots (not only the school's own CA) accepted the chain.
    pub publicly_trusted: bool,
    /// Its issuer, readable.
    pub issuer: String,
}

/// How far the connection to the school's MDM server got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MdmStep {
    /// The name did not resolve.
    Dns,
    /// No TCP connection.
    Connect,
    /// The TLS handshake failed (not for the certificate's sake).
    Tls,
    /// No HTTP answer came.
    Http,
}

/// Where the MDM server's address came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MdmSource {
    /// `--mdm-server` on the command line.
    CommandLine,
    /// `PUSHCHECK_MDM_SERVER`.
    Environment,
    /// The window's Options.
    Options,
    /// This Mac's MDM enrollment profile.
    Profile,
}

impl MdmSource {
    /// The report's word for it.
    pub fn as_str(self) -> &'static str {
        match self {
            MdmSource::CommandLine => "command_line",
            MdmSource::Environment => "environment",
            MdmSource::Options => "options",
            MdmSource::Profile => "enrollment_profile",
        }
    }
}

/// What the connection to the school's MDM server found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdmEvidence {
    /// The address as given (https://host[:port]/path).
    pub url: String,
    /// Where it came from.
    pub source: MdmSource,
    /// The step that failed, when one did before the certificate could be judged.
    pub failed_at: Option<MdmStep>,
    /// Whether the name resolved to a private (RFC 1918, ULA) address: a server inside the
    /// school, not a cloud service.
    pub private_address: Option<bool>,
    /// The HTTP status it answered with.
    pub http_status: Option<u16>,
    /// It asked for a client certificate (the device's identity) and then closed: reached.
    pub client_certificate: bool,
    /// Its certificate, when one was presented.
    pub certificate: Option<CertFacts>,
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
    /// The school's MDM server: how far the connection got, its certificate.
    Mdm(Box<MdmEvidence>),
    /// The school's MDM server: which handshakes it accepted.
    TlsAudit(TlsAudit),
    /// The three hellos of the post-quantum check.
    Hello(HelloEvidence),
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
