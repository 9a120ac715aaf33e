//! The school's own MDM server (`--mdm-server`): can this network reach it (name, connection,
//! certificate, an HTTP answer), which TLS handshakes does it accept (Apple's 2026 rules), and
//! does the handshake of Apple's 26 releases get through to it. The engine gathers the facts;
//! the diagnosis judges them against the catalog's rules.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{Instant, timeout_at};

use super::dns::{self, override_for};
use super::hello::{self, Hello, SECP256R1, SECP384R1, TLS13_SUITES, X25519};
use super::outcome::{
    CertFacts, CheckKind, CheckResult, Evidence, KeyKind, MdmEvidence, MdmSource, MdmStep, Outcome,
    SignatureHash, TlsAudit,
};
use super::route::Paths;
use super::tls::{self, AskedForCertificate, Peer};
use super::{Ctx, Event};
use crate::catalog::{Port, Role};

/// The endpoint name the MDM server's checks carry (it is not one of the catalog's).
pub const MDM_ENDPOINT: &str = "mdm-server";

/// The school's MDM server as given: an https address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdmServer {
    /// The address as given, without user information.
    pub url: String,
    /// Its host name (or address).
    pub host: String,
    /// Its port (443 unless given).
    pub port: u16,
    /// The path asked for (`/` unless given).
    pub path: String,
    /// Where it came from.
    pub source: MdmSource,
}

/// Why an MDM server address cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MdmUrlError {
    /// Not an address at all.
    NotAUrl,
    /// Another scheme than https (the scheme given).
    NotHttps(String),
    /// No host name in it.
    NoHost,
}

impl MdmServer {
    /// Reads an address such as `https://mdm.school.example/mdm/checkin` or a bare host name
    /// (`mdm.school.example`, taken as https on 443).
    pub fn parse(text: &str, source: MdmSource) -> Result<MdmServer, MdmUrlError> {
        let text = text.trim();
        if text.is_empty() || text.chars().any(char::is_whitespace) {
            return Err(MdmUrlError::NotAUrl);
        }
        let with_scheme = if text.contains("://") {
            text.to_string()
        } else {
            format!("https://{text}")
        };
        let url = url::Url::parse(&with_scheme).map_err(|e| match e {
            url::ParseError::EmptyHost => MdmUrlError::NoHost,
            _ => MdmUrlError::NotAUrl,
        })?;
        if url.scheme() != "https" {
            return Err(MdmUrlError::NotHttps(url.scheme().to_string()));
        }
        let host = match url.host() {
            Some(url::Host::Domain(name)) if !name.is_empty() => name.to_string(),
            Some(url::Host::Ipv4(v4)) => v4.to_string(),
            Some(url::Host::Ipv6(v6)) => v6.to_string(),
            _ => return Err(MdmUrlError::NoHost),
        };
        let port = url.port().unwrap_or(443);
        let path = match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        };
        let shown_host = match url.host() {
            Some(url::Host::Ipv6(v6)) => format!("[{v6}]"),
            _ => host.clone(),
        };
        let shown = if port == 443 {
            format!("https://{shown_host}{path}")
        } else {
            format!("https://{shown_host}:{port}{path}")
        };
        Ok(MdmServer {
            url: shown,
            host,
            port,
            path,
            source,
        })
    }

    /// "host:port", as check ids name it.
    fn target(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// A check of the MDM server with nothing found yet.
fn base(server: &MdmServer, kind: CheckKind, id: String) -> CheckResult {
    let mut check = CheckResult::new(id, MDM_ENDPOINT, Role::Mdm, "MDM server".to_string(), kind);
    check.host = server.host.clone();
    check.port = Some(Port(server.port));
    check
}

/// The ids of the three checks of one MDM server: reach, TLS audit, large hello.
pub(super) fn check_ids(server: &MdmServer) -> [String; 3] {
    [
        format!("mdm:{}", server.target()),
        format!("mdm-tls:{}", server.target()),
        format!("hello:{MDM_ENDPOINT}:{}", server.target()),
    ]
}

/// The three checks of one server before anything is known (what a broken task leaves).
pub(super) fn pending_checks(server: &MdmServer) -> Vec<CheckResult> {
    let [reach, audit, hello] = check_ids(server);
    vec![
        base(server, CheckKind::Mdm, reach),
        base(server, CheckKind::TlsAudit, audit),
        base(server, CheckKind::LargeHello, hello),
    ]
}

/// Whether an address is inside a private network (the school's own server), not a public
/// (cloud) one.
fn private(addr: &IpAddr) -> bool {
    match addr {
        IpAddr::V4(v4) => {
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                // Shared address space (RFC 6598), carrier-grade NAT.
                || (v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1]))
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// The three checks of one MDM server, each reported as it ends.
pub(super) async fn check(ctx: Arc<Ctx>, server: MdmServer, paths: Paths, deadline: Instant) {
    let [reach_id, audit_id, hello_id] = check_ids(&server);
    for id in [&reach_id, &audit_id, &hello_id] {
        ctx.emit(Event::ProbeStarted {
            run: ctx.run,
            id: id.clone(),
            hold: None,
        });
    }
    super::guard::inject(super::guard::Task::Probe, &reach_id);
    let started = Instant::now();
    let mut reach = base(&server, CheckKind::Mdm, reach_id.clone());
    let mut evidence = MdmEvidence {
        url: server.url.clone(),
        source: server.source,
        failed_at: None,
        private_address: None,
        http_status: None,
        client_certificate: false,
        certificate: None,
    };
    // The name, as devices here would resolve it.
    let (addrs, source) = match override_for(&ctx.plan.options.resolve, &server.host) {
        Some(addrs) => (addrs, dns::AnswerSource::Override),
        None => match server.host.parse::<IpAddr>() {
            Ok(addr) => (vec![addr], dns::AnswerSource::Override),
            Err(_) => {
                let answer = dns::system_lookup(&server.host, deadline).await;
                (answer.addrs, answer.source)
            }
        },
    };
    reach.answers = addrs.clone();
    let usable: Vec<IpAddr> = addrs.iter().copied().filter(|a| paths.routed(a)).collect();
    let Some(&first) = usable.first() else {
        evidence.failed_at = Some(MdmStep::Dns);
        reach.outcome = Outcome::DnsFailed;
        reach.detail = if addrs.is_empty() {
            format!("{} did not resolve", server.host)
        } else {
            format!(
                "{} resolved only to addresses this computer has no route for",
                server.host
            )
        };
        reach.elapsed = started.elapsed();
        reach.evidence = Evidence::Mdm(Box::new(evidence));
        ctx.finish(reach);
        for (kind, id) in [
            (CheckKind::TlsAudit, audit_id),
            (CheckKind::LargeHello, hello_id),
        ] {
            let mut check = base(&server, kind, id);
            check.outcome = Outcome::Skipped;
            check.detail = format!("not tried: {} did not resolve", server.host);
            ctx.finish(check);
        }
        return;
    };
    evidence.private_address = Some(private(&first));
    reach.address_source = Some(source);

    // The connection, the audit and the large hello at once, on the same address.
    let connected = reach_server(&ctx, &server, &usable, deadline);
    let audited = audit(&server, SocketAddr::new(first, server.port), deadline);
    let hellos = hello::large_hello(
        &server.host,
        &[],
        SocketAddr::new(first, server.port),
        deadline,
        reach_id,
    );
    let ((address, outcome, detail, tls), audit, (hello, hello_detail)) =
        tokio::join!(connected, audited, hellos);

    reach.address = Some(address);
    reach.outcome = outcome.outcome;
    reach.detail = detail;
    evidence.failed_at = outcome.failed_at;
    evidence.http_status = outcome.http_status;
    evidence.client_certificate = outcome.client_certificate;
    if let Some(info) = &tls {
        evidence.certificate = info.leaf.as_deref().and_then(|der| {
            cert_facts(
                der,
                &server.host,
                info.store == Some(super::outcome::TrustStore::PublicRoots),
                info.issuer.clone().unwrap_or_default(),
            )
        });
    }
    reach.tls = tls;
    reach.elapsed = started.elapsed();
    reach.evidence = Evidence::Mdm(Box::new(evidence));
    ctx.finish(reach);

    let mut audit_check = base(&server, CheckKind::TlsAudit, audit_id);
    audit_check.address = Some(first);
    audit_check.address_source = Some(source);
    let answered = [
        audit.tls13,
        audit.tls12,
        audit.tls12_rsa,
        audit.tls11,
        audit.tls10,
    ]
    .iter()
    .any(|a| a.got_through());
    (audit_check.outcome, audit_check.detail) = if answered {
        (Outcome::Ok, audit_detail(&audit))
    } else {
        (
            first_failure(&[audit.tls13, audit.tls12]),
            "no handshake was answered: the server could not be asked".to_string(),
        )
    };
    audit_check.elapsed = started.elapsed();
    audit_check.evidence = Evidence::TlsAudit(audit);
    ctx.finish(audit_check);

    let mut hello_check = base(&server, CheckKind::LargeHello, hello_id);
    hello_check.address = Some(first);
    hello_check.address_source = Some(source);
    hello_check.outcome = hello::hello_outcome(&hello);
    hello_check.detail = hello_detail;
    hello_check.elapsed = started.elapsed();
    hello_check.evidence = Evidence::Hello(hello);
    ctx.finish(hello_check);
}

/// How the connection to the MDM server went.
struct Reached {
    outcome: Outcome,
    failed_at: Option<MdmStep>,
    http_status: Option<u16>,
    client_certificate: bool,
}

/// TCP to each address in turn until one answers, TLS (the public roots and `--ca-file`),
/// then `GET path`: any HTTP answer proves the path, as does a server that asked for the
/// device's certificate and then closed.
async fn reach_server(
    ctx: &Ctx,
    server: &MdmServer,
    addrs: &[IpAddr],
    deadline: Instant,
) -> (IpAddr, Reached, String, Option<super::outcome::TlsInfo>) {
    let failed = |outcome, step| Reached {
        outcome,
        failed_at: Some(step),
        http_status: None,
        client_certificate: false,
    };
    let mut last = (
        addrs[0],
        failed(Outcome::Timeout, MdmStep::Connect),
        String::new(),
    );
    let mut stream = None;
    for addr in addrs.iter().take(3) {
        match super::tcp::connect(SocketAddr::new(*addr, server.port), deadline).await {
            Ok(s) => {
                stream = Some((*addr, s));
                break;
            }
            Err((outcome, detail)) => last = (*addr, failed(outcome, MdmStep::Connect), detail),
        }
    }
    let Some((addr, stream)) = stream else {
        return (last.0, last.1, last.2, None);
    };
    // It asked for the device's certificate, got none and closed: reached, as MDM check-in
    // servers are.
    let asked_and_closed = |info: Option<super::outcome::TlsInfo>| {
        (
            addr,
            Reached {
                outcome: Outcome::Ok,
                failed_at: None,
                http_status: None,
                client_certificate: true,
            },
            format!(
                "{addr} asked for a device certificate and closed the connection without one (as MDM check-in servers do): reached"
            ),
            info,
        )
    };
    let asked = Arc::new(AskedForCertificate::default());
    let alpn = ["http/1.1".to_string()];
    let handshake = tls::handshake_noting(
        &ctx.plan.trust,
        Peer::School,
        stream,
        &server.host,
        &alpn,
        deadline,
        Some(asked.clone()),
    )
    .await;
    let mut tls_stream = match handshake {
        Ok((stream, info)) => (stream, info),
        Err((outcome, detail, info)) => {
            // A certificate refused: the server was reached, its certificate is judged.
            let certificate = matches!(
                outcome,
                Outcome::TlsUntrusted
                    | Outcome::CertExpired
                    | Outcome::CertNotYetValid
                    | Outcome::CertWrongName
            );
            if asked.asked() && !certificate {
                // TLS 1.2: the server asked for the device's certificate, got none, and said
                // so during the handshake.
                return asked_and_closed(info);
            }
            let reached = Reached {
                outcome,
                failed_at: (!certificate).then_some(MdmStep::Tls),
                http_status: None,
                client_certificate: false,
            };
            return (addr, reached, detail, info);
        }
    };
    let (stream, info) = &mut tls_stream;
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: pushcheck/{}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        server.path,
        if server.port == 443 {
            server.host.clone()
        } else {
            format!("{}:{}", server.host, server.port)
        },
        env!("CARGO_PKG_VERSION")
    );
    let answer = async {
        stream.write_all(request.as_bytes()).await?;
        stream.flush().await?;
        let mut head = Vec::new();
        let mut chunk = [0u8; 1024];
        while !head.windows(2).any(|w| w == b"\r\n") && head.len() < 8192 {
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                break;
            }
            head.extend_from_slice(&chunk[..n]);
        }
        Ok::<_, std::io::Error>(head)
    };
    let info = info.clone();
    match timeout_at(deadline, answer).await {
        Err(_) => (
            addr,
            failed(Outcome::Timeout, MdmStep::Http),
            format!(
                "{addr} completed the TLS handshake but sent no HTTP answer before the deadline"
            ),
            Some(info),
        ),
        Ok(Err(e)) => {
            let alert = e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                .cloned();
            if asked.asked() {
                return asked_and_closed(Some(info));
            }
            let detail = match alert {
                Some(alert) => format!("{addr} ended the connection after the handshake: {alert}"),
                None => format!("{addr} ended the connection after the handshake: {e}"),
            };
            (
                addr,
                failed(Outcome::Reset, MdmStep::Http),
                detail,
                Some(info),
            )
        }
        Ok(Ok(head)) => {
            let status = std::str::from_utf8(&head)
                .ok()
                .and_then(|t| t.lines().next())
                .and_then(|line| {
                    let mut parts = line.split_whitespace();
                    let version = parts.next()?;
                    let code = parts.next()?.parse::<u16>().ok()?;
                    (version.starts_with("HTTP/") && (100..600).contains(&code)).then_some(code)
                });
            match status {
                Some(code) => (
                    addr,
                    Reached {
                        outcome: Outcome::Ok,
                        failed_at: None,
                        http_status: Some(code),
                        client_certificate: asked.asked(),
                    },
                    format!(
                        "{addr} answered HTTP {code} over TLS ({}); chain trusted by {}",
                        info.version.clone().unwrap_or_default(),
                        info.trusted_by.clone().unwrap_or_default()
                    ),
                    Some(info),
                ),
                None if asked.asked() => asked_and_closed(Some(info)),
                None => (
                    addr,
                    failed(Outcome::UnexpectedResponse, MdmStep::Http),
                    format!("{addr} completed the TLS handshake but did not answer in HTTP"),
                    Some(info),
                ),
            }
        }
    }
}

/// The five handshakes of the audit, at once, each on its own connection.
pub(super) async fn audit(server: &MdmServer, addr: SocketAddr, deadline: Instant) -> TlsAudit {
    let host = Some(server.host.clone());
    let groups = vec![X25519, SECP256R1, SECP384R1];
    let tls13 = Hello {
        legacy_version: 0x0303,
        versions: vec![0x0304],
        suites: TLS13_SUITES.to_vec(),
        groups: groups.clone(),
        shares: vec![(X25519, hello::x25519_share())],
        host: host.clone(),
        ..Hello::default()
    };
    let tls12 = Hello {
        legacy_version: 0x0303,
        suites: crate::catalog::ATS_TLS12_SUITES
            .iter()
            .map(|(_, n)| *n)
            .collect(),
        groups: groups.clone(),
        host: host.clone(),
        ems: true,
        ..Hello::default()
    };
    // RSA key exchange: no forward secrecy (information: devices never offer it).
    let tls12_rsa = Hello {
        legacy_version: 0x0303,
        suites: vec![0x009d, 0x009c, 0x003d, 0x003c, 0x0035, 0x002f, 0x000a],
        groups: groups.clone(),
        host: host.clone(),
        ..Hello::default()
    };
    let old = |version: u16| Hello {
        legacy_version: version,
        suites: vec![0xc014, 0xc013, 0xc00a, 0xc009, 0x0035, 0x002f, 0x000a],
        groups: groups.clone(),
        host: host.clone(),
        ..Hello::default()
    };
    let records = [
        tls13.record(),
        tls12.record(),
        tls12_rsa.record(),
        old(0x0302).record(),
        old(0x0301).record(),
    ];
    let (a, b, c, d, e) = tokio::join!(
        hello::send(addr, &records[0], deadline),
        hello::send(addr, &records[1], deadline),
        hello::send(addr, &records[2], deadline),
        hello::send(addr, &records[3], deadline),
        hello::send(addr, &records[4], deadline),
    );
    TlsAudit {
        tls13: a.0,
        tls12: b.0,
        tls12_rsa: c.0,
        tls11: d.0,
        tls10: e.0,
    }
}

/// "TLS 1.3 accepted; TLS 1.2: TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 with EMS; …"
fn audit_detail(audit: &TlsAudit) -> String {
    let said = |answer: super::outcome::HelloAnswer, wanted: u16| match answer.accepted() {
        Some((version, _)) if version == wanted => "accepted".to_string(),
        Some((version, _)) => format!("answered with version 0x{version:04x}"),
        None => answer.as_str().replace('_', " "),
    };
    let tls12 = match audit.tls12 {
        super::outcome::HelloAnswer::ServerHello {
            version: 0x0303,
            suite,
            ems,
            ..
        } => {
            let name = crate::catalog::ATS_TLS12_SUITES
                .iter()
                .find(|(_, n)| *n == suite)
                .map_or_else(|| format!("suite 0x{suite:04x}"), |(n, _)| (*n).to_string());
            format!("{name}, {}", if ems { "with EMS" } else { "without EMS" })
        }
        other => said(other, 0x0303),
    };
    format!(
        "TLS 1.3 {}; TLS 1.2 with ATS suites: {tls12}; RSA key exchange {}; TLS 1.1 {}; TLS 1.0 {}",
        said(audit.tls13, 0x0304),
        said(audit.tls12_rsa, 0x0303),
        said(audit.tls11, 0x0302),
        said(audit.tls10, 0x0301),
    )
}

/// The outcome of the first hello that failed, as a connection outcome.
fn first_failure(answers: &[super::outcome::HelloAnswer]) -> Outcome {
    use super::outcome::HelloAnswer as A;
    answers
        .iter()
        .find_map(|a| match a {
            A::NoConnection(outcome) => Some(*outcome),
            A::Reset | A::Closed => Some(Outcome::Reset),
            A::Timeout => Some(Outcome::Timeout),
            A::NotTls => Some(Outcome::UnexpectedResponse),
            _ => None,
        })
        .unwrap_or(Outcome::TlsFailed)
}

/// The facts of a certificate (DER) that Apple's rules judge; `None` when it cannot be read.
pub(super) fn cert_facts(
    der: &[u8],
    host: &str,
    publicly_trusted: bool,
    issuer: String,
) -> Option<CertFacts> {
    use x509_parser::prelude::*;
    let (_, cert) = parse_x509_certificate(der).ok()?;
    let key = match cert.public_key().parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => {
            KeyKind::Rsa(u32::try_from(rsa.key_size()).unwrap_or(0))
        }
        Ok(x509_parser::public_key::PublicKey::EC(ec)) => {
            KeyKind::Ec(u32::try_from(ec.key_size()).unwrap_or(0))
        }
        _ => {
            let oid = cert.public_key().algorithm.algorithm.to_id_string();
            if oid == "1.3.101.112" || oid == "1.3.101.113" {
                KeyKind::EdDsa
            } else {
                KeyKind::Other
            }
        }
    };
    let signature = match cert.signature_algorithm.algorithm.to_id_string().as_str() {
        "1.2.840.113549.1.1.4" => SignatureHash::Md5,
        "1.2.840.113549.1.1.5" | "1.2.840.10045.4.1" | "1.3.14.3.2.29" => SignatureHash::Sha1,
        "1.2.840.113549.1.1.14" | "1.2.840.10045.4.3.1" => SignatureHash::Sha2(224),
        "1.2.840.113549.1.1.11" | "1.2.840.10045.4.3.2" => SignatureHash::Sha2(256),
        "1.2.840.113549.1.1.12" | "1.2.840.10045.4.3.3" => SignatureHash::Sha2(384),
        "1.2.840.113549.1.1.13" | "1.2.840.10045.4.3.4" => SignatureHash::Sha2(512),
        // RSASSA-PSS: the hash is in its parameters; certificates use SHA-256 and up.
        "1.2.840.113549.1.1.10" => SignatureHash::Sha2(256),
        "1.3.101.112" | "1.3.101.113" => SignatureHash::Intrinsic,
        _ => SignatureHash::Other,
    };
    let mut names = Vec::new();
    let mut addresses = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            match name {
                GeneralName::DNSName(dns) => names.push(dns.to_ascii_lowercase()),
                GeneralName::IPAddress(bytes) => addresses.push(bytes.to_vec()),
                _ => {}
            }
        }
    }
    let host_lower = host.to_ascii_lowercase();
    let names_host = match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => addresses.iter().any(|a| a[..] == v4.octets()),
        Ok(IpAddr::V6(v6)) => addresses.iter().any(|a| a[..] == v6.octets()),
        Err(_) => names.iter().any(|name| match name.strip_prefix("*.") {
            Some(rest) => host_lower
                .split_once('.')
                .is_some_and(|(label, parent)| !label.is_empty() && parent == rest),
            None => *name == host_lower,
        }),
    };
    let server_auth = match cert.extended_key_usage() {
        Ok(Some(eku)) => Some(eku.value.server_auth),
        _ => None,
    };
    Some(CertFacts {
        key,
        signature,
        names,
        names_host,
        not_before: cert.validity().not_before.timestamp(),
        not_after: cert.validity().not_after.timestamp(),
        server_auth,
        publicly_trusted,
        issuer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_of_mdm_servers_are_read_and_bad_ones_told_apart() {
        let ok = |text: &str| MdmServer::parse(text, MdmSource::CommandLine).unwrap();
        let server = ok("https://mdm.school.example/mdm/checkin?x=1");
        assert_eq!(
            (server.host.as_str(), server.port, server.path.as_str()),
            ("mdm.school.example", 443, "/mdm/checkin?x=1")
        );
        assert_eq!(server.url, "https://mdm.school.example/mdm/checkin?x=1");
        let bare = ok("school.jamfcloud.com");
        assert_eq!((bare.port, bare.path.as_str()), (443, "/"));
        let ported = ok("HTTPS://MDM.School.Example:8443");
        assert_eq!(
            (ported.host.as_str(), ported.port),
            ("mdm.school.example", 8443)
        );
        assert_eq!(ported.url, "https://mdm.school.example:8443/");
        let v6 = ok("https://[::1]:9443/x");
        assert_eq!(
            (v6.host.as_str(), v6.url.as_str()),
            ("::1", "https://[::1]:9443/x")
        );
        // User information never reaches a report.
        assert_eq!(
            ok("https://admin:secret@mdm.school.example/").url,
            "https://mdm.school.example/"
        );
        let bad = |text: &str| MdmServer::parse(text, MdmSource::CommandLine).unwrap_err();
        assert_eq!(
            bad("http://mdm.school.example"),
            MdmUrlError::NotHttps("http".into())
        );
        assert_eq!(bad("https://"), MdmUrlError::NoHost);
        assert_eq!(bad(""), MdmUrlError::NotAUrl);
        assert_eq!(bad("mdm school example"), MdmUrlError::NotAUrl);
        assert_eq!(bad("https://exa mple.com"), MdmUrlError::NotAUrl);
    }

    #[test]
    fn private_and_public_addresses() {
        for private_one in [
            "10.1.2.3",
            "192.168.0.1",
            "172.16.5.5",
            "100.64.1.1",
            "fd00::1",
            "127.0.0.1",
        ] {
            assert!(private(&private_one.parse().unwrap()), "{private_one}");
        }
        for public in ["17.57.146.52", "8.8.8.8", "2620:149::1", "100.128.0.1"] {
            assert!(!private(&public.parse().unwrap()), "{public}");
        }
    }
}
