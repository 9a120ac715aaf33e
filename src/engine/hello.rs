//! Hand-made ClientHellos and the first answer to them.
//!
//! Two jobs need hellos rustls will not send: the handshake of Apple's 26 releases (a hybrid
//! post-quantum key share, X25519MLKEM768, beside X25519: about 1.6 KB, two TCP segments)
//! next to a classic one and a classic one padded to the same size (RFC 7685); and the MDM
//! server audit, which asks for one TLS version or one set of suites at a time (TLS 1.0, RSA
//! key exchange) to learn what the server accepts. Only the first answer is read, parsed with
//! tls-parser: a ServerHello, a HelloRetryRequest or the server's own alert proves the hello
//! got through. Nothing is ever completed, so no keys are used beyond being genuine.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{Instant, timeout_at};

use super::outcome::{CheckResult, HelloAnswer, HelloEvidence, Outcome};
use super::tcp;
use crate::catalog::{Endpoint, Port};

/// X25519 (RFC 8446).
pub(super) const X25519: u16 = 0x001d;
/// secp256r1 (P-256).
pub(super) const SECP256R1: u16 = 0x0017;
/// secp384r1 (P-384).
pub(super) const SECP384R1: u16 = 0x0018;
/// secp521r1 (P-521).
pub(super) const SECP521R1: u16 = 0x0019;
/// The hybrid post-quantum group Apple's 26 releases offer first.
pub(super) const X25519MLKEM768: u16 = 0x11ec;

/// TLS 1.3's suites.
pub(super) const TLS13_SUITES: [u16; 3] = [0x1301, 0x1302, 0x1303];

/// The random of a HelloRetryRequest (RFC 8446 4.1.3).
const RETRY_RANDOM: [u8; 32] = [
    0xcf, 0x21, 0xad, 0x74, 0xe5, 0x9a, 0x61, 0x11, 0xbe, 0x1d, 0x8c, 0x02, 0x1e, 0x65, 0xb8, 0x91,
    0xc2, 0xa2, 0x11, 0x16, 0x7a, 0xbb, 0x8c, 0x5e, 0x07, 0x9e, 0x09, 0xe2, 0xc8, 0xa8, 0x33, 0x9c,
];

/// The most bytes read while waiting for the first answer (a hostile server cannot make the
/// probe hold more).
const MOST_READ: usize = 32 * 1024;

/// A ClientHello to send.
#[derive(Debug, Clone, Default)]
pub(super) struct Hello {
    /// `legacy_version` of the hello (0x0301 TLS 1.0 … 0x0303 TLS 1.2).
    pub legacy_version: u16,
    /// The `supported_versions` extension (none when empty).
    pub versions: Vec<u16>,
    /// Cipher suites, in preference order.
    pub suites: Vec<u16>,
    /// Supported groups, in preference order.
    pub groups: Vec<u16>,
    /// Key shares (TLS 1.3).
    pub shares: Vec<(u16, Vec<u8>)>,
    /// The server name (SNI).
    pub host: Option<String>,
    /// ALPN protocols.
    pub alpn: Vec<String>,
    /// Offer Extended Master Secret (RFC 7627).
    pub ems: bool,
    /// Pad the record to this many bytes with the padding extension (RFC 7685).
    pub pad_to: Option<usize>,
    /// Shape it as Apple's and Chrome's clients do: GREASE values (RFC 8701) among suites,
    /// extensions, groups, key shares and versions; certificate compression; session tickets.
    pub browser_like: bool,
}

/// A GREASE value (RFC 8701): clients send these so servers and boxes stay tolerant of
/// values they do not know.
const GREASE: u16 = 0x0a0a;

/// Random bytes from the TLS provider's generator.
fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The provider's generator fails only when the OS has no randomness at all; the bytes
    // then stay zero, which still makes a well-formed hello.
    let _ = rustls::crypto::ring::default_provider()
        .secure_random
        .fill(&mut bytes);
    bytes
}

/// A genuine X25519 public key (32 bytes).
pub(super) fn x25519_share() -> Vec<u8> {
    match rustls::crypto::ring::kx_group::X25519.start() {
        Ok(kx) => kx.pub_key().to_vec(),
        Err(_) => random::<32>().to_vec(),
    }
}

/// A genuine X25519MLKEM768 key share: an ML-KEM-768 encapsulation key (1,184 bytes) and an
/// X25519 public key (32 bytes), in that order (draft-kwiatkowski-tls-ecdhe-mlkem).
pub(super) fn x25519_mlkem768_share(x25519: &[u8]) -> Vec<u8> {
    use ml_kem::KeyExport;
    let seed = ml_kem::Seed::from(random::<64>());
    let key = ml_kem::ml_kem_768::DecapsulationKey::from_seed(seed);
    let mut share = key.encapsulation_key().to_bytes().to_vec();
    share.extend_from_slice(x25519);
    share
}

/// Appends `bytes` with a big-endian length prefix of `width` bytes.
fn put(out: &mut Vec<u8>, width: usize, bytes: &[u8]) {
    let len = bytes.len().to_be_bytes();
    out.extend_from_slice(&len[len.len() - width..]);
    out.extend_from_slice(bytes);
}

fn u16s(values: &[u16]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_be_bytes()).collect()
}

/// Signature schemes a 2026 client offers (and SHA-1 last, for the old servers the audit
/// asks about).
const SIGNATURE_SCHEMES: [u16; 11] = [
    0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601, 0x0603, 0x0201, 0x0203,
];

impl Hello {
    /// The hello as one TLS record.
    pub(super) fn record(&self) -> Vec<u8> {
        let without = self.record_padded(0);
        match self.pad_to {
            Some(target) if target >= without.len() + 4 => {
                self.record_padded(target - without.len() - 4 + 1)
            }
            _ => without,
        }
    }

    /// The record, with a padding extension of `pad - 1` zero bytes when `pad` > 0.
    fn record_padded(&self, pad: usize) -> Vec<u8> {
        let mut ext = Vec::new();
        let mut extension = |kind: u16, body: &[u8]| {
            ext.extend_from_slice(&kind.to_be_bytes());
            put(&mut ext, 2, body);
        };
        let grease = self.browser_like;
        if grease {
            extension(GREASE, &[]);
        }
        if let Some(host) = &self.host {
            let mut name = vec![0u8];
            put(&mut name, 2, host.as_bytes());
            let mut list = Vec::new();
            put(&mut list, 2, &name);
            extension(0x0000, &list);
        }
        if self.ems {
            extension(0x0017, &[]);
        }
        extension(0xff01, &[0]);
        if !self.groups.is_empty() {
            let mut groups = self.groups.clone();
            if grease {
                groups.insert(0, GREASE);
            }
            let mut body = Vec::new();
            put(&mut body, 2, &u16s(&groups));
            extension(0x000a, &body);
        }
        extension(0x000b, &[1, 0]);
        if !self.alpn.is_empty() {
            let mut list = Vec::new();
            for protocol in &self.alpn {
                put(&mut list, 1, protocol.as_bytes());
            }
            let mut body = Vec::new();
            put(&mut body, 2, &list);
            extension(0x0010, &body);
        }
        extension(0x0005, &[1, 0, 0, 0, 0]);
        let mut schemes = Vec::new();
        put(&mut schemes, 2, &u16s(&SIGNATURE_SCHEMES));
        extension(0x000d, &schemes);
        extension(0x0012, &[]);
        if !self.shares.is_empty() {
            let mut list = Vec::new();
            if grease {
                list.extend_from_slice(&GREASE.to_be_bytes());
                put(&mut list, 2, &[0]);
            }
            for (group, key) in &self.shares {
                list.extend_from_slice(&group.to_be_bytes());
                put(&mut list, 2, key);
            }
            let mut body = Vec::new();
            put(&mut body, 2, &list);
            extension(0x0033, &body);
            extension(0x002d, &[1, 1]);
        }
        if !self.versions.is_empty() {
            let mut versions = self.versions.clone();
            if grease {
                versions.insert(0, GREASE);
            }
            let mut body = Vec::new();
            put(&mut body, 1, &u16s(&versions));
            extension(0x002b, &body);
        }
        if grease {
            // Certificate compression (zlib, brotli), a session ticket, and a last GREASE.
            extension(0x001b, &[4, 0, 1, 0, 2]);
            extension(0x0023, &[]);
            extension(GREASE ^ 0x1010, &[0]);
        }
        if pad > 0 {
            extension(0x0015, &vec![0u8; pad - 1]);
        }

        let mut hello = Vec::new();
        hello.extend_from_slice(&self.legacy_version.to_be_bytes());
        hello.extend_from_slice(&random::<32>());
        put(&mut hello, 1, &random::<32>());
        let mut suites = self.suites.clone();
        if grease {
            suites.insert(0, GREASE);
        }
        put(&mut hello, 2, &u16s(&suites));
        hello.extend_from_slice(&[1, 0]);
        put(&mut hello, 2, &ext);

        let mut handshake = vec![1u8];
        put(&mut handshake, 3, &hello);
        let mut record = vec![22u8, 0x03, 0x01];
        put(&mut record, 2, &handshake);
        record
    }
}

/// Sends `hello` to `addr` on a fresh connection and reads the first answer, before
/// `deadline`. Returns the answer and how long it took.
pub(super) async fn send(
    addr: SocketAddr,
    record: &[u8],
    deadline: Instant,
) -> (HelloAnswer, Duration) {
    let started = Instant::now();
    let mut stream = match tcp::connect(addr, deadline).await {
        Ok(stream) => stream,
        Err((outcome, _)) => return (HelloAnswer::NoConnection(outcome), started.elapsed()),
    };
    match timeout_at(deadline, stream.write_all(record)).await {
        Err(_) => return (HelloAnswer::Timeout, started.elapsed()),
        Ok(Err(e)) => return (io_answer(&e, addr), started.elapsed()),
        Ok(Ok(())) => {}
    }
    let mut buffer = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(answer) = parse(&buffer) {
            return (answer, started.elapsed());
        }
        if buffer.len() >= MOST_READ {
            return (HelloAnswer::NotTls, started.elapsed());
        }
        match timeout_at(deadline, stream.read(&mut chunk)).await {
            Err(_) => return (HelloAnswer::Timeout, started.elapsed()),
            Ok(Err(e)) => return (io_answer(&e, addr), started.elapsed()),
            Ok(Ok(0)) => {
                let answer = if buffer.is_empty() {
                    HelloAnswer::Closed
                } else {
                    HelloAnswer::NotTls
                };
                return (answer, started.elapsed());
            }
            Ok(Ok(n)) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
}

fn io_answer(e: &std::io::Error, addr: SocketAddr) -> HelloAnswer {
    match tcp::classify_io(e, addr).0 {
        Outcome::Reset => HelloAnswer::Reset,
        Outcome::Timeout => HelloAnswer::Timeout,
        other => HelloAnswer::NoConnection(other),
    }
}

/// The answer in `bytes`, once a whole first record is there: `None` while more is needed.
fn parse(bytes: &[u8]) -> Option<HelloAnswer> {
    use tls_parser::{
        TlsMessage, TlsMessageHandshake, TlsRecordType, parse_tls_plaintext, parse_tls_raw_record,
    };
    if bytes.len() < 5 {
        // Not even a record header yet, unless what came already cannot be TLS.
        return match bytes.first() {
            Some(first) if !matches!(*first, 21 | 22) => Some(HelloAnswer::NotTls),
            Some(_) if bytes.len() >= 2 && bytes[1] != 3 => Some(HelloAnswer::NotTls),
            _ => None,
        };
    }
    if !matches!(bytes[0], 21 | 22) || bytes[1] != 3 {
        return Some(HelloAnswer::NotTls);
    }
    let length = usize::from(u16::from_be_bytes([bytes[3], bytes[4]]));
    if length > 16384 + 2048 {
        return Some(HelloAnswer::NotTls);
    }
    if bytes.len() < 5 + length {
        return None;
    }
    let record = &bytes[..5 + length];
    let Ok((_, raw)) = parse_tls_raw_record(record) else {
        return Some(HelloAnswer::NotTls);
    };
    if raw.hdr.record_type == TlsRecordType::Alert {
        return Some(match raw.data {
            [level, description, ..] => HelloAnswer::Alert {
                level: *level,
                description: *description,
            },
            _ => HelloAnswer::NotTls,
        });
    }
    let Ok((_, plain)) = parse_tls_plaintext(record) else {
        return Some(HelloAnswer::NotTls);
    };
    for message in &plain.msg {
        match message {
            TlsMessage::Handshake(TlsMessageHandshake::ServerHello(hello)) => {
                return Some(server_hello(
                    hello.version.0,
                    hello.random,
                    hello.cipher.0,
                    hello.ext,
                ));
            }
            TlsMessage::Alert(alert) => {
                return Some(HelloAnswer::Alert {
                    level: alert.severity.0,
                    description: alert.code.0,
                });
            }
            _ => {}
        }
    }
    Some(HelloAnswer::NotTls)
}

/// What a ServerHello chose: the version (from `supported_versions` when present), the suite,
/// Extended Master Secret, the key-share group, and whether it is a HelloRetryRequest.
fn server_hello(legacy: u16, random: &[u8], suite: u16, ext: Option<&[u8]>) -> HelloAnswer {
    use tls_parser::TlsExtension;
    let mut version = legacy;
    let mut ems = false;
    let mut group = None;
    let extensions = ext
        .and_then(|e| tls_parser::parse_tls_server_hello_extensions(e).ok())
        .map(|(_, list)| list)
        .unwrap_or_default();
    for extension in extensions {
        match extension {
            TlsExtension::SupportedVersions(versions) => {
                if let Some(v) = versions.first() {
                    version = v.0;
                }
            }
            TlsExtension::ExtendedMasterSecret => ems = true,
            TlsExtension::KeyShare(share) if share.len() >= 2 => {
                group = Some(u16::from_be_bytes([share[0], share[1]]));
            }
            _ => {}
        }
    }
    HelloAnswer::ServerHello {
        version,
        suite,
        ems,
        group,
        retry: random == RETRY_RANDOM,
    }
}

/// The three hellos of the post-quantum check for `host`: Apple's 26 shape (X25519MLKEM768
/// and X25519 shares), the classic one (X25519 only), and the classic one padded to the size
/// of the first.
pub(super) fn apple_26_hellos(host: &str, alpn: &[String]) -> [Vec<u8>; 3] {
    let x25519 = x25519_share();
    let base = Hello {
        legacy_version: 0x0303,
        versions: vec![0x0304, 0x0303],
        suites: TLS13_SUITES
            .into_iter()
            .chain([
                0xc02c, 0xc02b, 0xcca9, 0xc030, 0xc02f, 0xcca8, 0xc024, 0xc023, 0xc00a,
            ])
            .chain([0xc009, 0xc028, 0xc027, 0xc014, 0xc013])
            .collect(),
        groups: vec![X25519, SECP256R1, SECP384R1, SECP521R1],
        shares: vec![(X25519, x25519.clone())],
        host: Some(host.to_string()),
        alpn: alpn.to_vec(),
        ems: true,
        pad_to: None,
        browser_like: true,
    };
    let mut large = base.clone();
    large.groups.insert(0, X25519MLKEM768);
    large
        .shares
        .insert(0, (X25519MLKEM768, x25519_mlkem768_share(&x25519)));
    let large = large.record();
    let classic = base.record();
    let mut padded = base;
    padded.pad_to = Some(large.len());
    [large, classic, padded.record()]
}

/// The post-quantum check of one address: Apple's 26 hello; only when it does not get
/// through, the classic hello padded to its size (leaving it a part of the time), to tell why.
/// The classic hello itself is the check `classic_check`'s own handshake to the same place.
pub(super) async fn large_hello(
    host: &str,
    alpn: &[String],
    addr: SocketAddr,
    deadline: Instant,
    classic_check: String,
) -> (HelloEvidence, String) {
    let [large, classic, padded] = apple_26_hellos(host, alpn);
    let now = Instant::now();
    let reserve = deadline
        .saturating_duration_since(now)
        .div_f64(4.0)
        .min(Duration::from_secs(2));
    let (answer, _) = send(addr, &large, deadline - reserve).await;
    let padded_answer = if answer.got_through() {
        None
    } else {
        Some(send(addr, &padded, deadline).await.0)
    };
    let detail = match padded_answer {
        None => format!(
            "{addr}: the {}-byte hello of iOS 26 (X25519MLKEM768): {}",
            large.len(),
            words(answer)
        ),
        Some(p) => format!(
            "{addr}: the {}-byte hello of iOS 26 (X25519MLKEM768): {}; a classic hello padded to the same size: {}",
            large.len(),
            words(answer),
            words(p)
        ),
    };
    let evidence = HelloEvidence {
        large: answer,
        padded: padded_answer,
        large_bytes: large.len(),
        classic_bytes: classic.len(),
        classic_check,
    };
    (evidence, detail)
}

/// A hello's answer in a detail line.
fn words(answer: HelloAnswer) -> String {
    use HelloAnswer as A;
    match answer {
        A::ServerHello { retry: true, .. } => "answered (HelloRetryRequest)".to_string(),
        A::ServerHello { .. } => "answered (ServerHello)".to_string(),
        A::Alert { description, .. } => format!("answered (the server's alert {description})"),
        A::Closed => "closed without an answer".to_string(),
        A::Reset => "reset".to_string(),
        A::Timeout => "no answer before the deadline".to_string(),
        A::NotTls => "answered with something that is not TLS".to_string(),
        A::NoConnection(outcome) => format!("no connection ({})", outcome.as_str()),
    }
}

/// The check's outcome: the large hello's.
pub(super) fn hello_outcome(hello: &HelloEvidence) -> Outcome {
    use HelloAnswer as A;
    match hello.large {
        A::ServerHello { .. } | A::Alert { .. } => Outcome::Ok,
        A::Closed | A::Reset => Outcome::Reset,
        A::Timeout => Outcome::Timeout,
        A::NotTls => Outcome::UnexpectedResponse,
        A::NoConnection(outcome) => outcome,
    }
}

/// One endpoint's host and port where the hello of Apple's 26 releases is tried.
#[derive(Debug, Clone)]
pub(super) struct HelloTarget {
    /// The catalog endpoint.
    pub endpoint: usize,
    /// Its first host.
    pub host: String,
    /// The port.
    pub port: Port,
    /// The address devices would use.
    pub addr: std::net::IpAddr,
    /// Where the address came from.
    pub source: super::dns::AnswerSource,
}

impl HelloTarget {
    /// `hello:courier:5223@17.57.146.52`
    pub(super) fn id(&self, endpoint: &Endpoint) -> String {
        format!("hello:{}:{}@{}", endpoint.id, self.port, self.addr)
    }
}

/// The post-quantum check of one catalog target.
pub(super) async fn probe(
    ctx: &super::Ctx,
    target: &HelloTarget,
    deadline: Instant,
) -> CheckResult {
    let endpoint = &ctx.plan.catalog.endpoints[target.endpoint];
    let id = target.id(endpoint);
    ctx.emit(super::Event::ProbeStarted {
        run: ctx.run,
        id: id.clone(),
        hold: None,
    });
    super::guard::inject(super::guard::Task::Probe, &id);
    let mut check = base_check(endpoint, target, id);
    // The classic hello is the connection probe's own handshake to the same place.
    let classic = super::targets::Target::direct(
        target.endpoint,
        &target.host,
        target.port,
        target.addr,
        target.source,
    )
    .id(endpoint);
    let (evidence, detail) = large_hello(
        &target.host,
        &endpoint.alpn,
        SocketAddr::new(target.addr, target.port.0),
        deadline,
        classic,
    )
    .await;
    check.outcome = hello_outcome(&evidence);
    check.detail = detail;
    check.evidence = super::outcome::Evidence::Hello(evidence);
    check
}

/// A catalog target's check with nothing found yet.
pub(super) fn base_check(endpoint: &Endpoint, target: &HelloTarget, id: String) -> CheckResult {
    let mut check = CheckResult::new(
        id,
        &endpoint.id,
        endpoint.role,
        endpoint.name.clone(),
        super::outcome::CheckKind::LargeHello,
    );
    check.host = target.host.clone();
    check.port = Some(target.port);
    check.address = Some(target.addr);
    check.address_source = Some(target.source);
    check
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_hello_is_apples_size_and_the_padded_one_matches_it() {
        let [large, classic, padded] = apple_26_hellos("1-courier.push.apple.com", &[]);
        // 1,216 bytes of hybrid key share make a hello of about 1.6 KB: two segments at a
        // 1,460-byte MSS.
        assert!((1461..1800).contains(&large.len()), "{}", large.len());
        assert!(classic.len() < 500, "{}", classic.len());
        assert_eq!(padded.len(), large.len());
        // Each one parses as a ClientHello with its key shares.
        for record in [&large, &classic, &padded] {
            let (_, plain) = tls_parser::parse_tls_plaintext(record).unwrap();
            let Some(tls_parser::TlsMessage::Handshake(
                tls_parser::TlsMessageHandshake::ClientHello(hello),
            )) = plain.msg.first()
            else {
                panic!("not a ClientHello")
            };
            let (_, extensions) =
                tls_parser::parse_tls_client_hello_extensions(hello.ext.unwrap()).unwrap();
            let shares = extensions
                .iter()
                .find_map(|e| match e {
                    tls_parser::TlsExtension::KeyShare(raw) => Some(raw.len()),
                    _ => None,
                })
                .unwrap();
            // A GREASE share of one byte leads, as Apple's and Chrome's clients send it.
            let expected = if std::ptr::eq(record, &large) {
                2 + (4 + 1) + (4 + 1216) + (4 + 32)
            } else {
                2 + (4 + 1) + 4 + 32
            };
            assert_eq!(shares, expected);
        }
    }

    #[test]
    fn answers_are_read_from_the_first_record() {
        // An alert: the server's own word, so the hello got through.
        assert_eq!(
            parse(&[21, 3, 3, 0, 2, 2, 40]),
            Some(HelloAnswer::Alert {
                level: 2,
                description: 40
            })
        );
        // Half a record: wait for more.
        assert_eq!(parse(&[22, 3, 3, 0, 90, 2]), None);
        // Not TLS at all.
        assert_eq!(
            parse(b"HTTP/1.1 400 Bad Request\r\n"),
            Some(HelloAnswer::NotTls)
        );
        assert_eq!(parse(b"SSH-2.0-OpenSSH"), Some(HelloAnswer::NotTls));
    }
}
