//! The catalog of Apple endpoints, ports and address ranges that every check rests on.
//!
//! The built-in catalog is `assets/catalog.toml`, compiled in; `--catalog FILE` replaces it.
//! Loading validates everything up front so that a broken file is reported once, with the
//! line and the problem, instead of surfacing later as a strange probe result.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

/// The catalog shipped inside the binary.
pub const BUILT_IN: &str = include_str!("../assets/catalog.toml");

/// A TCP port number, never zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Port(pub u16);

impl fmt::Display for Port {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Who needs an endpoint: the devices, the MDM server, or the network itself.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// iPads, iPhones and Macs.
    Device,
    /// The MDM server that sends push notifications.
    Server,
    /// Facts about the network as a whole (DNS, captive portal, clock).
    Network,
    /// The school's own MDM server, as devices on this network reach it (`--mdm-server`).
    Mdm,
}

impl Role {
    /// The word used in reports and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Device => "device",
            Role::Server => "server",
            Role::Network => "network",
            Role::Mdm => "mdm",
        }
    }
}

/// How an endpoint is proven reachable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProbeKind {
    /// TCP connect only.
    Tcp,
    /// TCP connect and a TLS handshake whose chain must be trusted.
    Tls,
    /// TLS with ALPN h2 and an unauthenticated APNs request that must get APNs' own answer.
    Provider,
    /// A plain HTTP GET whose body must contain the expected text.
    Captive,
    /// One SNTP request over UDP that a time server must answer.
    Ntp,
}

impl ProbeKind {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ProbeKind::Tcp => "tcp",
            ProbeKind::Tls => "tls",
            ProbeKind::Provider => "provider",
            ProbeKind::Captive => "captive",
            ProbeKind::Ntp => "ntp",
        }
    }
}

/// Which host names an endpoint stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hosts {
    /// The numbered courier hosts of [`CourierSpec`].
    Couriers,
    /// Fixed host names.
    Names(Vec<String>),
}

/// Whose words a catalog's text is: Push Check's own wording for that endpoint (shown in the
/// reader's language), or a custom catalog's own (shown as written, in any language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// The built-in catalog's text for the same endpoint.
    BuiltIn,
    /// The catalog's own text.
    Own,
}

/// One rule of the catalog: hosts, ports and how to probe them.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// Stable identifier, used in check ids.
    pub id: String,
    /// Who needs it.
    pub role: Role,
    /// Plain name shown to people ("Push", "Push provider API").
    pub name: String,
    /// Whether `name` is the built-in one (translated) or the catalog's own.
    pub name_wording: Wording,
    /// The hosts probed.
    pub hosts: Hosts,
    /// The ports probed on every host.
    pub ports: Vec<Port>,
    /// How reachability is proven.
    pub probe: ProbeKind,
    /// ALPN protocols offered in the TLS handshake.
    pub alpn: Vec<String>,
    /// False for retired rules whose failure is information only.
    pub required: bool,
    /// Whether DNS answers for these hosts must fall inside Apple's ranges.
    pub apple_range: bool,
    /// One sentence saying why the endpoint matters.
    pub purpose: String,
    /// Key into [`Catalog::sources`].
    pub source: String,
    /// When the rule last changed, if it did.
    pub changed_on: Option<String>,
    /// What changed then.
    pub change: Option<String>,
    /// Whether `change` is the built-in note (translated) or the catalog's own.
    pub change_wording: Wording,
    /// HTTP path for captive checks.
    pub path: String,
    /// Text the captive page must contain.
    pub expect: String,
}

/// A document the catalog cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Its title.
    pub title: String,
    /// Where to read it (may be empty for documents without an address).
    #[serde(default)]
    pub url: String,
    /// When the catalog was last checked against it.
    pub checked_on: String,
}

/// Apple's address ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppleRanges {
    /// Every range Apple promises for push hosts (IPv4 and IPv6).
    pub all: Vec<IpNet>,
    /// Apple's narrower APNs ranges, for firewalls that cannot allow the whole block.
    pub apns: Vec<IpNet>,
    /// Key into [`Catalog::sources`].
    pub source: String,
}

impl AppleRanges {
    /// Whether `addr` falls inside any of Apple's ranges.
    pub fn contains(&self, addr: &std::net::IpAddr) -> bool {
        self.all.iter().any(|net| net.contains(addr))
    }
}

/// The numbered courier hosts devices connect to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourierSpec {
    /// Host pattern with `{n}` for the number.
    pub pattern: String,
    /// First number.
    pub first: u32,
    /// Last number (inclusive).
    pub last: u32,
    /// How many distinct addresses to probe per port and family.
    pub distinct_addresses: usize,
}

impl CourierSpec {
    /// Every courier host name, in number order.
    pub fn courier_hosts(&self) -> Vec<String> {
        (self.first..=self.last)
            .map(|n| self.pattern.replace("{n}", &n.to_string()))
            .collect()
    }
}

/// A TLS 1.2 cipher suite of App Transport Security's list, by its IANA name and number.
pub const ATS_TLS12_SUITES: [(&str, u16); 11] = [
    ("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", 0xc02c),
    ("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", 0xc02b),
    ("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", 0xc024),
    ("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", 0xc00a),
    ("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", 0xc023),
    ("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", 0xc009),
    ("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", 0xc030),
    ("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 0xc02f),
    ("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", 0xc028),
    ("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", 0xc027),
    ("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", 0xc013),
];

/// A suite's IANA name where Push Check knows it.
pub fn suite_name(suite: u16) -> String {
    const OTHERS: [(&str, u16); 10] = [
        ("TLS_AES_128_GCM_SHA256", 0x1301),
        ("TLS_AES_256_GCM_SHA384", 0x1302),
        ("TLS_CHACHA20_POLY1305_SHA256", 0x1303),
        ("TLS_RSA_WITH_AES_256_GCM_SHA384", 0x009d),
        ("TLS_RSA_WITH_AES_128_GCM_SHA256", 0x009c),
        ("TLS_RSA_WITH_AES_256_CBC_SHA256", 0x003d),
        ("TLS_RSA_WITH_AES_128_CBC_SHA256", 0x003c),
        ("TLS_RSA_WITH_AES_256_CBC_SHA", 0x0035),
        ("TLS_RSA_WITH_AES_128_CBC_SHA", 0x002f),
        ("TLS_RSA_WITH_3DES_EDE_CBC_SHA", 0x000a),
    ];
    ATS_TLS12_SUITES
        .iter()
        .chain(OTHERS.iter())
        .chain([("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", 0xc014)].iter())
        .find(|(_, n)| *n == suite)
        .map_or_else(|| format!("0x{suite:04x}"), |(name, _)| (*name).to_string())
}

/// The certificate rules Apple devices enforce today for every TLS server (since iOS 13 and
/// macOS 10.15), private CAs included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateRules {
    /// The document they come from (a key of [`Catalog::sources`]).
    pub source: String,
    /// Smallest RSA key accepted.
    pub rsa_min_bits: u32,
    /// Whether SHA-1 signatures are still accepted.
    pub sha1_allowed: bool,
    /// Certificates issued on or after this day need the serverAuth purpose and at most
    /// `max_days` of validity.
    pub server_auth_from: time::Date,
    /// Longest validity of such a certificate, in days.
    pub max_days: u32,
    /// The document of the limit for publicly trusted certificates.
    pub public_source: String,
    /// Publicly trusted certificates issued on or after this day live at most
    /// `public_max_days`.
    pub public_from: time::Date,
    /// Longest validity of such a certificate, in days.
    pub public_max_days: u32,
}

/// What devices of the next major releases may require of device-management servers (Apple's
/// App Transport Security rules).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdmTlsRules {
    /// The document they come from.
    pub source: String,
    /// When Apple announced them.
    pub announced_on: time::Date,
    /// The release that may enforce them ("27").
    pub applies_from: String,
    /// The TLS 1.2 suites accepted, by number, in ATS's order.
    pub tls12_suites: Vec<u16>,
    /// Whether TLS 1.2 needs Extended Master Secret (RFC 7627).
    pub extended_master_secret: bool,
    /// Smallest RSA key accepted.
    pub rsa_min_bits: u32,
    /// Smallest elliptic-curve key accepted.
    pub ec_min_bits: u32,
    /// Smallest signature hash accepted, in bits.
    pub hash_min_bits: u32,
}

/// Where the handshake of Apple's 26 releases (the hybrid post-quantum key share) is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LargeHelloRules {
    /// The document it comes from.
    pub source: String,
    /// The endpoints whose first host gets it, on each of their ports.
    pub endpoints: Vec<String>,
}

/// The validated catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// When the catalog as a whole was last checked.
    pub checked_on: String,
    /// Cited documents by key, sorted.
    pub sources: BTreeMap<String, Source>,
    /// Apple's address ranges.
    pub ranges: AppleRanges,
    /// The courier host pattern.
    pub couriers: CourierSpec,
    /// Issuer words that reveal a TLS-inspecting product.
    pub interception_vendors: Vec<String>,
    /// Every endpoint, in file order.
    pub endpoints: Vec<Endpoint>,
    /// The certificate rules of today (for the school's MDM server).
    pub certificates: CertificateRules,
    /// The TLS rules of the next releases (for the school's MDM server).
    pub mdm_tls: MdmTlsRules,
    /// Where the large handshake is tried.
    pub large_hello: LargeHelloRules,
}

/// Why a catalog could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The file could not be read.
    #[error("cannot read the catalog {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has the wrong shape.
    #[error("catalog {origin}, line {line}: {message}")]
    Syntax {
        /// The file (or "built-in").
        origin: String,
        /// 1-based line of the problem.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A value is well-formed but wrong (an unknown source, a zero port …).
    #[error("catalog {origin}: {message}")]
    Invalid {
        /// The file (or "built-in").
        origin: String,
        /// What is wrong, naming the endpoint.
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    schema: String,
    checked_on: String,
    #[serde(default)]
    sources: BTreeMap<String, Source>,
    apple_ranges: RawRanges,
    couriers: RawCouriers,
    #[serde(default)]
    interception: Option<RawInterception>,
    #[serde(default)]
    endpoint: Vec<RawEndpoint>,
    #[serde(default)]
    trusted_certificates: Option<RawCertificateRules>,
    #[serde(default)]
    mdm_tls: Option<RawMdmTls>,
    #[serde(default)]
    large_hello: Option<RawLargeHello>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCertificateRules {
    source: String,
    rsa_min_bits: u32,
    sha1_allowed: bool,
    server_auth_from: String,
    max_days: u32,
    public_source: String,
    public_from: String,
    public_max_days: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMdmTls {
    source: String,
    announced_on: String,
    applies_from: String,
    tls12_suites: Vec<String>,
    extended_master_secret: bool,
    rsa_min_bits: u32,
    ec_min_bits: u32,
    hash_min_bits: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLargeHello {
    source: String,
    endpoints: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRanges {
    ipv4: Vec<String>,
    #[serde(default)]
    ipv6: Vec<String>,
    #[serde(default)]
    apns_ipv4: Vec<String>,
    #[serde(default)]
    apns_ipv6: Vec<String>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCouriers {
    pattern: String,
    first: u32,
    last: u32,
    distinct_addresses: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInterception {
    vendors: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEndpoint {
    id: String,
    role: Role,
    name: String,
    host: Option<String>,
    hosts: Option<Vec<String>>,
    ports: Vec<u16>,
    probe: ProbeKind,
    #[serde(default)]
    alpn: Vec<String>,
    required: bool,
    apple_range: bool,
    purpose: String,
    source: String,
    changed_on: Option<String>,
    change: Option<String>,
    path: Option<String>,
    expect: Option<String>,
}

const SCHEMA: &str = "pushcheck.catalog/1";

impl Catalog {
    /// The catalog compiled into the binary.
    pub fn built_in() -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog::parse_text(BUILT_IN, "built-in")?;
        for endpoint in &mut catalog.endpoints {
            endpoint.name_wording = Wording::BuiltIn;
            endpoint.change_wording = Wording::BuiltIn;
        }
        Ok(catalog)
    }

    /// Reads and validates a catalog file.
    pub fn from_file(path: &Path) -> Result<Catalog, CatalogError> {
        let text = std::fs::read_to_string(path).map_err(|source| CatalogError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Catalog::parse(&text, &path.display().to_string())
    }

    /// Parses and validates catalog text; `origin` names it in error messages. A name or
    /// change note that is the built-in catalog's for the same endpoint is marked as built-in
    /// wording (so a copy of the built-in catalog with one host changed still speaks the
    /// reader's language); any other text is the catalog's own.
    pub fn parse(text: &str, origin: &str) -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog::parse_text(text, origin)?;
        static BUILT_IN_CATALOG: std::sync::OnceLock<Option<Catalog>> = std::sync::OnceLock::new();
        if let Some(built_in) = BUILT_IN_CATALOG
            .get_or_init(|| Catalog::built_in().ok())
            .as_ref()
        {
            for endpoint in &mut catalog.endpoints {
                let Some(theirs) = built_in.endpoint(&endpoint.id) else {
                    continue;
                };
                if endpoint.name == theirs.name {
                    endpoint.name_wording = Wording::BuiltIn;
                }
                if endpoint.change.is_some() && endpoint.change == theirs.change {
                    endpoint.change_wording = Wording::BuiltIn;
                }
            }
        }
        Ok(catalog)
    }

    fn parse_text(text: &str, origin: &str) -> Result<Catalog, CatalogError> {
        let raw: RawCatalog = toml::from_str(text).map_err(|e| CatalogError::Syntax {
            origin: origin.to_string(),
            line: e.span().map(|span| line_of(text, span.start)).unwrap_or(1),
            message: e.message().trim().to_string(),
        })?;
        let invalid = |message: String| CatalogError::Invalid {
            origin: origin.to_string(),
            message,
        };
        if raw.schema != SCHEMA {
            return Err(invalid(format!(
                "schema is \"{}\", this version of Push Check reads \"{SCHEMA}\"",
                raw.schema
            )));
        }
        let parse_nets = |list: &[String], family: &str| -> Result<Vec<IpNet>, CatalogError> {
            list.iter()
                .map(|text| {
                    let net: IpNet = text.parse().map_err(|_| {
                        invalid(format!(
                            "apple_ranges.{family}: \"{text}\" is not an address range like 17.0.0.0/8"
                        ))
                    })?;
                    let right_family = match family {
                        "ipv4" | "apns_ipv4" => matches!(net, IpNet::V4(_)),
                        _ => matches!(net, IpNet::V6(_)),
                    };
                    if !right_family {
                        return Err(invalid(format!(
                            "apple_ranges.{family}: \"{text}\" belongs to the other address family"
                        )));
                    }
                    Ok(net)
                })
                .collect()
        };
        let mut all = parse_nets(&raw.apple_ranges.ipv4, "ipv4")?;
        all.extend(parse_nets(&raw.apple_ranges.ipv6, "ipv6")?);
        if all.is_empty() {
            return Err(invalid("apple_ranges lists no range".to_string()));
        }
        let mut apns = parse_nets(&raw.apple_ranges.apns_ipv4, "apns_ipv4")?;
        apns.extend(parse_nets(&raw.apple_ranges.apns_ipv6, "apns_ipv6")?);
        let check_source = |key: &str, owner: &str| -> Result<(), CatalogError> {
            if raw.sources.contains_key(key) {
                Ok(())
            } else {
                Err(invalid(format!(
                    "{owner} cites source \"{key}\", which [sources] does not list"
                )))
            }
        };
        check_source(&raw.apple_ranges.source, "apple_ranges")?;

        let c = raw.couriers;
        if !c.pattern.contains("{n}") {
            return Err(invalid(format!(
                "couriers.pattern \"{}\" needs {{n}} where the number goes",
                c.pattern
            )));
        }
        if c.first > c.last || c.last - c.first > 10_000 {
            return Err(invalid(format!(
                "couriers: first ({}) must not be above last ({}), and at most 10000 hosts",
                c.first, c.last
            )));
        }
        if c.distinct_addresses == 0 {
            return Err(invalid(
                "couriers.distinct_addresses must be at least 1".to_string(),
            ));
        }

        let mut seen = BTreeSet::new();
        let mut endpoints = Vec::with_capacity(raw.endpoint.len());
        for e in raw.endpoint {
            let owner = format!("endpoint \"{}\"", e.id);
            if e.id.is_empty() || !seen.insert(e.id.clone()) {
                return Err(invalid(format!("{owner}: the id is empty or used twice")));
            }
            check_source(&e.source, &owner)?;
            let hosts = match (e.host, e.hosts) {
                (Some(h), None) if h == "couriers" => Hosts::Couriers,
                (Some(h), None) => Hosts::Names(vec![h]),
                (None, Some(list)) if !list.is_empty() => Hosts::Names(list),
                _ => {
                    return Err(invalid(format!(
                        "{owner}: give either host = \"name\" (or \"couriers\") or a non-empty hosts = [...]"
                    )));
                }
            };
            if let Hosts::Names(names) = &hosts
                && let Some(bad) = names.iter().find(|n| !valid_host_name(n))
            {
                return Err(invalid(format!("{owner}: \"{bad}\" is not a host name")));
            }
            if e.ports.is_empty() || e.ports.contains(&0) {
                return Err(invalid(format!(
                    "{owner}: ports must list at least one port, none of them 0"
                )));
            }
            if e.probe == ProbeKind::Captive && e.expect.as_deref().unwrap_or("").is_empty() {
                return Err(invalid(format!(
                    "{owner}: a captive probe needs expect = \"text the page must contain\""
                )));
            }
            endpoints.push(Endpoint {
                id: e.id,
                role: e.role,
                name: e.name,
                name_wording: Wording::Own,
                hosts,
                ports: e.ports.into_iter().map(Port).collect(),
                probe: e.probe,
                alpn: e.alpn,
                required: e.required,
                apple_range: e.apple_range,
                purpose: e.purpose,
                source: e.source,
                changed_on: e.changed_on,
                change: e.change,
                change_wording: Wording::Own,
                path: e.path.unwrap_or_else(|| "/".to_string()),
                expect: e.expect.unwrap_or_default(),
            });
        }
        if endpoints.is_empty() {
            return Err(invalid("the catalog lists no [[endpoint]]".to_string()));
        }
        let date = |text: &str, owner: &str| -> Result<time::Date, CatalogError> {
            time::Date::parse(
                text,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .map_err(|_| invalid(format!("{owner}: \"{text}\" is not a date like 2026-04-21")))
        };
        // A catalog without these sections (an older custom one) gets the built-in rules.
        let built_in = || {
            Catalog::parse_text(BUILT_IN, "built-in")
                .map_err(|e| invalid(format!("the built-in catalog: {e}")))
        };
        let certificates = match raw.trusted_certificates {
            Some(r) => {
                check_source(&r.source, "trusted_certificates")?;
                check_source(&r.public_source, "trusted_certificates")?;
                CertificateRules {
                    server_auth_from: date(
                        &r.server_auth_from,
                        "trusted_certificates.server_auth_from",
                    )?,
                    public_from: date(&r.public_from, "trusted_certificates.public_from")?,
                    source: r.source,
                    rsa_min_bits: r.rsa_min_bits,
                    sha1_allowed: r.sha1_allowed,
                    max_days: r.max_days,
                    public_source: r.public_source,
                    public_max_days: r.public_max_days,
                }
            }
            None => built_in()?.certificates,
        };
        let mdm_tls = match raw.mdm_tls {
            Some(r) => {
                check_source(&r.source, "mdm_tls")?;
                let mut suites = Vec::new();
                for name in &r.tls12_suites {
                    let Some((_, number)) = ATS_TLS12_SUITES.iter().find(|(n, _)| n == name) else {
                        return Err(invalid(format!(
                            "mdm_tls.tls12_suites: \"{name}\" is not one of App Transport Security's TLS 1.2 suites"
                        )));
                    };
                    suites.push(*number);
                }
                if suites.is_empty() {
                    return Err(invalid("mdm_tls.tls12_suites lists no suite".to_string()));
                }
                MdmTlsRules {
                    announced_on: date(&r.announced_on, "mdm_tls.announced_on")?,
                    source: r.source,
                    applies_from: r.applies_from,
                    tls12_suites: suites,
                    extended_master_secret: r.extended_master_secret,
                    rsa_min_bits: r.rsa_min_bits,
                    ec_min_bits: r.ec_min_bits,
                    hash_min_bits: r.hash_min_bits,
                }
            }
            None => built_in()?.mdm_tls,
        };
        let large_hello = match raw.large_hello {
            Some(r) => {
                check_source(&r.source, "large_hello")?;
                if let Some(unknown) = r
                    .endpoints
                    .iter()
                    .find(|id| !endpoints.iter().any(|e| &e.id == *id))
                {
                    return Err(invalid(format!(
                        "large_hello names endpoint \"{unknown}\", which no [[endpoint]] has"
                    )));
                }
                LargeHelloRules {
                    source: r.source,
                    endpoints: r.endpoints,
                }
            }
            None => {
                let mut rules = built_in()?.large_hello;
                rules
                    .endpoints
                    .retain(|id| endpoints.iter().any(|e| &e.id == id));
                rules
            }
        };
        // Rules taken from the built-in catalog bring their sources along.
        let mut sources = raw.sources;
        for key in [
            &certificates.source,
            &certificates.public_source,
            &mdm_tls.source,
            &large_hello.source,
        ] {
            if !sources.contains_key(key) {
                if let Some(source) = built_in()?.sources.get(key) {
                    sources.insert(key.clone(), source.clone());
                }
            }
        }
        Ok(Catalog {
            checked_on: raw.checked_on,
            sources,
            ranges: AppleRanges {
                all,
                apns,
                source: raw.apple_ranges.source,
            },
            couriers: CourierSpec {
                pattern: c.pattern,
                first: c.first,
                last: c.last,
                distinct_addresses: c.distinct_addresses,
            },
            interception_vendors: raw.interception.map(|i| i.vendors).unwrap_or_default(),
            endpoints,
            certificates,
            mdm_tls,
            large_hello,
        })
    }

    /// The endpoint with this id.
    pub fn endpoint(&self, id: &str) -> Option<&Endpoint> {
        self.endpoints.iter().find(|e| e.id == id)
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map(|before| before.matches('\n').count() + 1)
        .unwrap_or(1)
}

/// Whether `name` looks like a DNS host name (letters, digits, hyphens, dots).
pub fn valid_host_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_catalog_is_valid_and_complete() {
        let catalog = Catalog::built_in().unwrap();
        let courier = catalog.endpoint("courier").unwrap();
        assert_eq!(courier.ports, vec![Port(5223), Port(443)]);
        assert_eq!(courier.hosts, Hosts::Couriers);
        assert_eq!(catalog.couriers.courier_hosts().len(), 50);
        assert_eq!(
            catalog.couriers.courier_hosts()[16],
            "17-courier.push.apple.com"
        );
        let provider = catalog.endpoint("provider").unwrap();
        assert_eq!(provider.ports, vec![Port(443), Port(2197)]);
        assert!(!catalog.endpoint("legacy-gateway").unwrap().required);
        assert!(catalog.ranges.contains(&"17.57.146.52".parse().unwrap()));
        assert!(catalog.ranges.contains(&"2620:149:a44::1".parse().unwrap()));
        assert!(!catalog.ranges.contains(&"23.1.2.3".parse().unwrap()));
        assert!(catalog.interception_vendors.iter().any(|v| v == "Zscaler"));
    }

    #[test]
    fn syntax_error_names_the_line() {
        let text = BUILT_IN.replacen("last = 50", "last = fifty", 1);
        let err = Catalog::parse(&text, "x.toml").unwrap_err();
        let line = BUILT_IN
            .lines()
            .position(|l| l.starts_with("last = 50"))
            .unwrap()
            + 1;
        let message = err.to_string();
        assert!(
            message.starts_with(&format!("catalog x.toml, line {line}:")),
            "{message}"
        );
    }

    #[test]
    fn unknown_source_is_named() {
        let text = BUILT_IN.replacen("source = \"apple-provider-api\"", "source = \"nope\"", 1);
        let message = Catalog::parse(&text, "x.toml").unwrap_err().to_string();
        assert!(message.contains("endpoint \"provider\""), "{message}");
        assert!(message.contains("\"nope\""), "{message}");
    }

    #[test]
    fn bad_range_and_zero_port_are_rejected() {
        let text = BUILT_IN.replacen("\"17.0.0.0/8\"", "\"17.0.0.0/99\"", 1);
        let message = Catalog::parse(&text, "x").unwrap_err().to_string();
        assert!(message.contains("17.0.0.0/99"), "{message}");
        let text = BUILT_IN.replacen("ports = [443, 2197]", "ports = [0]", 1);
        let message = Catalog::parse(&text, "x").unwrap_err().to_string();
        assert!(message.contains("provider"), "{message}");
    }

    #[test]
    fn wrong_schema_is_rejected() {
        let text = BUILT_IN.replacen("pushcheck.catalog/1", "pushcheck.catalog/9", 1);
        let message = Catalog::parse(&text, "x").unwrap_err().to_string();
        assert!(message.contains("pushcheck.catalog/9"), "{message}");
    }
}
