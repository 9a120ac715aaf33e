//! TLS handshakes that keep the presented chain and say which anchors accepted it.
//!
//! Apple's hosts chain only to Apple's roots or the public roots bundled with the app (plus
//! `--apple-root` anchors that stand in for Apple's in test beds). Any other anchor that
//! accepts an Apple host's chain (the school's own CA from `--ca-file`) means the traffic is
//! decrypted on the way: interception, whatever its name. The school's CA is trusted for the
//! school's own servers (a PAC file over https). A filtering product's name in an Apple host's
//! chain is interception too; on the school's servers it is just their certificate.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use super::error::EngineError;
use super::outcome::{Outcome, TlsInfo, TrustStore};
use super::tcp::classify_io;

const APPLE_ROOTS: [&[u8]; 3] = [
    include_bytes!("../../assets/apple-roots/AppleRootCA.pem"),
    include_bytes!("../../assets/apple-roots/AppleRootCA-G2.pem"),
    include_bytes!("../../assets/apple-roots/AppleRootCA-G3.pem"),
];

/// Whose server a handshake is with: it decides which anchors count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Peer {
    /// One of Apple's hosts: Apple's roots and the public roots (and `--apple-root`).
    Apple,
    /// The school's own server (a PAC file): the public roots and the school's CA.
    School,
}

/// A store of anchors with its verifier.
type Store = (TrustStore, Arc<WebPkiServerVerifier>);

/// The trust anchors of a run, each store named so a report can say which one accepted a chain.
#[derive(Debug, Clone)]
pub struct Trust {
    /// For Apple's hosts.
    apple: Arc<Vec<Store>>,
    /// The school's own CA (`--ca-file`), when given.
    school: Arc<Vec<Store>>,
    /// For the school's servers: the public roots, then the school's CA.
    school_servers: Arc<Vec<Store>>,
    provider: Arc<CryptoProvider>,
    vendors: Arc<Vec<String>>,
    verdicts: Arc<Verdicts>,
    /// This computer's clock as the run sees it (a test may set it off).
    clock: super::Clock,
}

/// The chain verdicts of a run: Apple's fifty couriers present one chain, which is checked
/// once instead of once per connection. Keyed by the whole chain and the name, not a hash;
/// and by the chain alone for a chain a store accepted, so another name on the same chain
/// (the next numbered courier) needs only the name checked against the certificate, not
/// the chain's signatures again. Each handshake still checks the server's own signature.
#[derive(Debug, Default)]
struct Verdicts {
    by_name: Mutex<HashMap<VerdictKey, Verdict>>,
    trusted: Mutex<HashMap<(Vec<CertificateDer<'static>>, Peer), TrustStore>>,
    /// Each chain's certificates read once: their subjects and issuers, for display.
    names: Mutex<HashMap<Vec<CertificateDer<'static>>, ChainNames>>,
    /// How many chains were verified in full (signatures, path to a root).
    full: std::sync::atomic::AtomicUsize,
}

/// A chain's subjects and issuers, leaf first ("Common Name (Organization)").
#[derive(Debug, Clone, Default)]
struct ChainNames {
    subjects: Vec<String>,
    issuers: Vec<String>,
}

/// A presented chain, the name asked for, and whose host it is.
type VerdictKey = (Vec<CertificateDer<'static>>, String, Peer);

/// Which store accepted a chain, or why none did.
#[derive(Debug, Clone, PartialEq)]
enum Verdict {
    /// This store accepted it.
    Trusted(TrustStore),
    /// An Apple host's chain that only the school's own CA accepts: decrypted on the way.
    SchoolCa,
    /// No store accepted it.
    Rejected(rustls::Error),
}

/// Distinct chains remembered at most (a hostile network cannot grow the cache for ever).
const MOST_VERDICTS: usize = 256;

impl Trust {
    /// Public roots (Mozilla's list) and Apple Root CA/G2/G3 for Apple's hosts, with the
    /// `apple_roots` standing in for Apple's; the school's CA (`school_roots`) for its own
    /// servers only.
    pub fn new(
        apple_roots: Vec<CertificateDer<'static>>,
        school_roots: Vec<CertificateDer<'static>>,
        vendors: Vec<String>,
        clock: super::Clock,
    ) -> Result<Trust, EngineError> {
        // TLS_AES_128_GCM_SHA256 first, as Apple's devices and browsers offer it: the same
        // suites, but SHA-256 rather than SHA-384 for the handshake's hashing where the
        // server follows the client's order.
        let mut provider = rustls::crypto::ring::default_provider();
        provider
            .cipher_suites
            .sort_by_key(|s| s.suite() != rustls::CipherSuite::TLS13_AES_128_GCM_SHA256);
        let provider = Arc::new(provider);
        let store = |name: TrustStore, roots: RootCertStore| -> Result<Store, EngineError> {
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                .build()
                .map(|v| (name, v))
                .map_err(|e| EngineError::Tls(e.to_string()))
        };
        let anchors = |ders: Vec<CertificateDer<'static>>, what: &str| {
            let mut roots = RootCertStore::empty();
            for der in ders {
                roots
                    .add(der)
                    .map_err(|e| EngineError::Tls(format!("{what} certificate: {e}")))?;
            }
            Ok::<_, EngineError>(roots)
        };
        let mut public = RootCertStore::empty();
        public.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let mut apple = RootCertStore::empty();
        for pem in APPLE_ROOTS {
            for der in CertificateDer::pem_slice_iter(pem).flatten() {
                apple
                    .add(der)
                    .map_err(|e| EngineError::Tls(format!("built-in Apple root: {e}")))?;
            }
        }
        let public = store(TrustStore::PublicRoots, public)?;
        let mut for_apple = vec![public.clone(), store(TrustStore::AppleRoots, apple)?];
        if !apple_roots.is_empty() {
            for_apple.push(store(
                TrustStore::AppleRootFlag,
                anchors(apple_roots, "--apple-root")?,
            )?);
        }
        let mut school = Vec::new();
        if !school_roots.is_empty() {
            school.push(store(
                TrustStore::CaFile,
                anchors(school_roots, "--ca-file")?,
            )?);
        }
        let mut school_servers = vec![public];
        school_servers.extend(school.iter().cloned());
        Ok(Trust {
            apple: Arc::new(for_apple),
            school: Arc::new(school),
            school_servers: Arc::new(school_servers),
            provider,
            vendors: Arc::new(vendors),
            verdicts: Arc::new(Verdicts::default()),
            clock,
        })
    }

    /// The filtering product whose name appears in these issuer/subject names, if any.
    pub fn vendor_in(&self, names: &[String]) -> Option<String> {
        names.iter().find_map(|name| {
            let lower = name.to_ascii_lowercase();
            self.vendors
                .iter()
                .find(|v| lower.contains(&v.to_ascii_lowercase()))
                .cloned()
        })
    }
}

/// Reads every certificate of a PEM file, for `--ca-file`.
pub fn read_ca_file(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, EngineError> {
    let bad = |reason: String| EngineError::BadCaFile {
        path: path.display().to_string(),
        reason,
    };
    let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad(format!("not a PEM certificate file ({e})")))?;
    if certs.is_empty() {
        return Err(bad(
            "holds no certificate (expected -----BEGIN CERTIFICATE-----)".to_string(),
        ));
    }
    Ok(certs)
}

#[derive(Debug)]
struct Recorder {
    peer: Peer,
    stores: Arc<Vec<Store>>,
    school: Arc<Vec<Store>>,
    verdicts: Arc<Verdicts>,
    chain: Mutex<Vec<CertificateDer<'static>>>,
    verdict: Mutex<Option<Verdict>>,
}

impl Recorder {
    /// Asks each store in turn; the first that accepts the chain is named. For an Apple host
    /// that none accepts, asks the school's CA: if it accepts, the traffic is intercepted.
    fn judge(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Verdict {
        let verify = |(_, verifier): &Store| {
            verifier.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        };
        let mut errors = Vec::new();
        for store in self.stores.iter() {
            match verify(store) {
                Ok(_) => return Verdict::Trusted(store.0),
                Err(e) => errors.push(e),
            }
        }
        let unknown = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let only_unknown = errors.iter().all(|e| *e == unknown);
        if self.peer == Peer::Apple && only_unknown && self.school.iter().any(|s| verify(s).is_ok())
        {
            return Verdict::SchoolCa;
        }
        // Prefer a specific complaint (wrong name, expired) over "unknown issuer".
        Verdict::Rejected(
            errors
                .iter()
                .find(|e| **e != unknown)
                .cloned()
                .unwrap_or(unknown),
        )
    }
}

impl ServerCertVerifier for Recorder {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let presented: Vec<CertificateDer<'static>> = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.clone().into_owned())
            .collect();
        if let Ok(mut chain) = self.chain.lock() {
            chain.clone_from(&presented);
        }
        let chain_key = (presented.clone(), self.peer);
        let key = (presented, server_name.to_str().into_owned(), self.peer);
        let known = self
            .verdicts
            .by_name
            .lock()
            .ok()
            .and_then(|cache| cache.get(&key).cloned());
        let trusted_chain = self
            .verdicts
            .trusted
            .lock()
            .ok()
            .and_then(|cache| cache.get(&chain_key).copied());
        let verdict = match (known, trusted_chain) {
            (Some(verdict), _) => verdict,
            // A chain already accepted: only the name is new.
            (None, Some(store)) => match webpki::EndEntityCert::try_from(end_entity)
                .map(|cert| cert.verify_is_valid_for_subject_name(server_name))
            {
                Ok(Ok(())) => Verdict::Trusted(store),
                _ => Verdict::Rejected(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::NotValidForName,
                )),
            },
            (None, None) => {
                self.verdicts
                    .full
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let verdict =
                    self.judge(end_entity, intermediates, server_name, ocsp_response, now);
                if let Verdict::Trusted(store) = &verdict
                    && let Ok(mut cache) = self.verdicts.trusted.lock()
                    && cache.len() < MOST_VERDICTS
                {
                    cache.insert(chain_key, *store);
                }
                verdict
            }
        };
        if let Ok(mut cache) = self.verdicts.by_name.lock()
            && cache.len() < MOST_VERDICTS
        {
            cache.entry(key).or_insert_with(|| verdict.clone());
        }
        if let Ok(mut slot) = self.verdict.lock() {
            *slot = Some(verdict.clone());
        }
        match verdict {
            Verdict::Trusted(_) => Ok(ServerCertVerified::assertion()),
            Verdict::SchoolCa => Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::UnknownIssuer,
            )),
            Verdict::Rejected(e) => Err(e),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        match self.stores.first() {
            Some((_, v)) => v.verify_tls12_signature(message, cert, dss),
            None => Err(rustls::Error::General("no trust store".into())),
        }
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        match self.stores.first() {
            Some((_, v)) => v.verify_tls13_signature(message, cert, dss),
            None => Err(rustls::Error::General("no trust store".into())),
        }
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.stores
            .first()
            .map(|(_, v)| v.supported_verify_schemes())
            .unwrap_or_default()
    }
}

/// The run's clock, for rustls's certificate validity checks.
#[derive(Debug)]
struct RunTime(super::Clock);

impl rustls::time_provider::TimeProvider for RunTime {
    fn current_time(&self) -> Option<UnixTime> {
        let since = self.0.now().duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(UnixTime::since_unix_epoch(since))
    }
}

/// A failed handshake: the outcome, one line of detail, and what was learnt of the chain.
pub type HandshakeFailure = (Outcome, String, Option<TlsInfo>);

/// Runs a TLS handshake over `stream` for `host` with the given ALPN protocols.
///
/// A chain issued by a known filtering product counts as untrusted even when a local anchor
/// accepts it: Apple's services refuse intercepted connections.
pub async fn handshake(
    trust: &Trust,
    peer_kind: Peer,
    stream: TcpStream,
    host: &str,
    alpn: &[String],
    deadline: Instant,
) -> Result<(TlsStream<TcpStream>, TlsInfo), HandshakeFailure> {
    handshake_noting(trust, peer_kind, stream, host, alpn, deadline, None).await
}

/// Notes whether a server asked for a client certificate (a device's identity); none is sent.
#[derive(Debug, Default)]
pub(super) struct AskedForCertificate(std::sync::atomic::AtomicBool);

impl AskedForCertificate {
    /// Whether the server asked.
    pub(super) fn asked(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl rustls::client::ResolvesClientCert for AskedForCertificate {
    fn resolve(
        &self,
        _root_hint_subjects: &[&[u8]],
        _sigschemes: &[SignatureScheme],
    ) -> Option<Arc<rustls::sign::CertifiedKey>> {
        self.0.store(true, std::sync::atomic::Ordering::SeqCst);
        None
    }

    fn has_certs(&self) -> bool {
        true
    }
}

/// [`handshake`], noting in `asked` whether the server asked for a client certificate.
pub(super) async fn handshake_noting(
    trust: &Trust,
    peer_kind: Peer,
    stream: TcpStream,
    host: &str,
    alpn: &[String],
    deadline: Instant,
    asked: Option<Arc<AskedForCertificate>>,
) -> Result<(TlsStream<TcpStream>, TlsInfo), HandshakeFailure> {
    let peer = stream
        .peer_addr()
        .unwrap_or_else(|_| std::net::SocketAddr::from(([0, 0, 0, 0], 0)));
    let recorder = Arc::new(Recorder {
        peer: peer_kind,
        stores: match peer_kind {
            Peer::Apple => trust.apple.clone(),
            Peer::School => trust.school_servers.clone(),
        },
        school: trust.school.clone(),
        verdicts: trust.verdicts.clone(),
        chain: Mutex::new(Vec::new()),
        verdict: Mutex::new(None),
    });
    let time = Arc::new(RunTime(trust.clock));
    let config = ClientConfig::builder_with_details(trust.provider.clone(), time)
        .with_safe_default_protocol_versions()
        .map_err(|e| (Outcome::TlsFailed, e.to_string(), None))?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    let mut config = config;
    config.alpn_protocols = alpn.iter().map(|p| p.as_bytes().to_vec()).collect();
    if let Some(asked) = asked {
        config.client_auth_cert_resolver = asked;
    }
    let name = ServerName::try_from(host.to_string()).map_err(|_| {
        (
            Outcome::TlsFailed,
            format!("\"{host}\" is not a TLS server name"),
            None,
        )
    })?;
    let connector = TlsConnector::from(Arc::new(config));
    let result = timeout_at(deadline, connector.connect(name, stream)).await;
    let mut info = chain_info(trust, &recorder);
    let school_ca = recorder
        .verdict
        .lock()
        .ok()
        .is_some_and(|v| *v == Some(Verdict::SchoolCa));
    // Vendors are matched in the chains of Apple's hosts only: the school's own server may
    // well carry its filter vendor's certificate.
    if peer_kind != Peer::Apple {
        info.vendor = None;
    }
    match result {
        Err(_) => Err((
            Outcome::Timeout,
            format!("{peer} accepted the connection but the TLS handshake did not finish in time"),
            Some(info),
        )),
        Ok(Err(e)) => {
            let rustls_error = e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                .cloned();
            match rustls_error {
                Some(rustls::Error::InvalidCertificate(cert_error)) => {
                    let issuer = info
                        .issuer
                        .clone()
                        .unwrap_or_else(|| "an unknown issuer".into());
                    use rustls::CertificateError as E;
                    let (outcome, detail) = match &cert_error {
                        E::UnknownIssuer if school_ca => (
                            Outcome::TlsUntrusted,
                            format!(
                                "certificate issued by \"{issuer}\", trusted only by this school's own CA (--ca-file): something on the network decrypts this traffic"
                            ),
                        ),
                        E::UnknownIssuer => (
                            Outcome::TlsUntrusted,
                            format!(
                                "certificate issued by \"{issuer}\", which is not a public root, not Apple's and not in --ca-file"
                            ),
                        ),
                        E::Expired | E::ExpiredContext { .. } => (
                            Outcome::CertExpired,
                            format!(
                                "certificate from \"{issuer}\" rejected as expired (or this computer's clock is ahead)"
                            ),
                        ),
                        E::NotValidYet | E::NotValidYetContext { .. } => (
                            Outcome::CertNotYetValid,
                            format!(
                                "certificate from \"{issuer}\" rejected as not valid yet (or this computer's clock is behind)"
                            ),
                        ),
                        E::NotValidForName | E::NotValidForNameContext { .. } => (
                            Outcome::CertWrongName,
                            format!(
                                "certificate from \"{issuer}\" is for another name, not {host}: another server answers here"
                            ),
                        ),
                        other => (
                            Outcome::TlsUntrusted,
                            match rejection(other) {
                                super::outcome::CertRejection::CaAsServer => format!(
                                    "the certificate presented is \"{issuer}\"'s own certificate-authority certificate, not one issued to {host}"
                                ),
                                super::outcome::CertRejection::WeakSignature => format!(
                                    "certificate from \"{issuer}\" rejected: signed with an algorithm no longer accepted (SHA-1, MD5 or a short key)"
                                ),
                                _ => format!("certificate from \"{issuer}\" rejected: {other:?}"),
                            },
                        ),
                    };
                    if school_ca {
                        info.trusted_by = Some(TrustStore::CaFile.name().to_string());
                        info.store = Some(TrustStore::CaFile);
                    }
                    info.rejected = Some(rejection(&cert_error));
                    Err((outcome, detail, Some(info)))
                }
                Some(other) => Err((
                    Outcome::TlsFailed,
                    format!("TLS handshake with {peer} failed: {other}"),
                    Some(info),
                )),
                None => {
                    let (outcome, detail) = classify_io(&e, peer);
                    let outcome = if outcome == Outcome::Unreachable {
                        Outcome::TlsFailed
                    } else {
                        outcome
                    };
                    Err((
                        outcome,
                        format!("during the TLS handshake: {detail}"),
                        Some(info),
                    ))
                }
            }
        }
        Ok(Ok(tls)) => {
            let (_, conn) = tls.get_ref();
            info.version = conn.protocol_version().map(|v| match v {
                rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3".to_string(),
                rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2".to_string(),
                other => format!("{other:?}"),
            });
            info.alpn = conn
                .alpn_protocol()
                .map(|p| String::from_utf8_lossy(p).into_owned());
            if let Some(vendor) = info.vendor.clone() {
                let issuer = info.issuer.clone().unwrap_or_default();
                return Err((
                    Outcome::TlsUntrusted,
                    format!(
                        "certificate issued by \"{issuer}\": {vendor} is decrypting this traffic (TLS inspection)"
                    ),
                    Some(info),
                ));
            }
            Ok((tls, info))
        }
    }
}

/// Why rustls refused a chain, as data.
fn rejection(e: &rustls::CertificateError) -> super::outcome::CertRejection {
    use super::outcome::CertRejection as R;
    use rustls::CertificateError as E;
    match e {
        E::UnknownIssuer => R::UnknownIssuer,
        E::Expired | E::ExpiredContext { .. } => R::Expired,
        E::NotValidYet | E::NotValidYetContext { .. } => R::NotYetValid,
        E::NotValidForName | E::NotValidForNameContext { .. } => R::WrongName,
        E::UnsupportedSignatureAlgorithmContext { .. }
        | E::UnsupportedSignatureAlgorithmForPublicKeyContext { .. }
        | E::BadSignature => R::WeakSignature,
        E::Other(other) => match other.0.downcast_ref::<webpki::Error>() {
            Some(webpki::Error::CaUsedAsEndEntity) => R::CaAsServer,
            Some(
                webpki::Error::UnsupportedSignatureAlgorithmContext(_)
                | webpki::Error::UnsupportedSignatureAlgorithmForPublicKeyContext(_)
                | webpki::Error::InvalidSignatureForPublicKey,
            ) => R::WeakSignature,
            _ => R::Other,
        },
        _ => R::Other,
    }
}

fn chain_info(trust: &Trust, recorder: &Recorder) -> TlsInfo {
    let chain = recorder.chain.lock().map(|c| c.clone()).unwrap_or_default();
    let known = trust
        .verdicts
        .names
        .lock()
        .ok()
        .and_then(|cache| cache.get(&chain).cloned());
    let ChainNames { subjects, issuers } = match known {
        Some(names) => names,
        None => {
            let mut names = ChainNames::default();
            for der in &chain {
                match x509_parser::parse_x509_certificate(der.as_ref()) {
                    Ok((_, cert)) => {
                        names.subjects.push(readable_name(cert.subject()));
                        names.issuers.push(readable_name(cert.issuer()));
                    }
                    Err(_) => names.subjects.push("(unreadable certificate)".to_string()),
                }
            }
            if let Ok(mut cache) = trust.verdicts.names.lock()
                && cache.len() < MOST_VERDICTS
            {
                cache.insert(chain.clone(), names.clone());
            }
            names
        }
    };
    let mut names = issuers.clone();
    names.extend(subjects.iter().cloned());
    TlsInfo {
        version: None,
        alpn: None,
        leaf: chain.first().map(|c| c.as_ref().to_vec()),
        rejected: None,
        store: recorder.verdict.lock().ok().and_then(|v| match v.as_ref() {
            Some(Verdict::Trusted(store)) => Some(*store),
            _ => None,
        }),
        issuer: issuers.first().cloned(),
        vendor: trust.vendor_in(&names),
        chain: subjects,
        trusted_by: recorder.verdict.lock().ok().and_then(|v| match v.as_ref() {
            Some(Verdict::Trusted(store)) => Some(store.name().to_string()),
            _ => None,
        }),
    }
}

/// "Common Name (Organization)", or the whole distinguished name when it has neither.
fn readable_name(name: &x509_parser::x509::X509Name<'_>) -> String {
    let cn = name
        .iter_common_name()
        .next()
        .and_then(|a| a.as_str().ok())
        .map(str::to_string);
    let org = name
        .iter_organization()
        .next()
        .and_then(|a| a.as_str().ok())
        .map(str::to_string);
    match (cn, org) {
        (Some(cn), Some(org)) if !cn.contains(&org) => format!("{cn} ({org})"),
        (Some(cn), _) => cn,
        (None, Some(org)) => org,
        (None, None) => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_trust_has_three_stores_with_extra() {
        let trust = Trust::new(
            Vec::new(),
            Vec::new(),
            vec!["Zscaler".into()],
            super::super::Clock::default(),
        )
        .unwrap();
        assert_eq!(trust.apple.len(), 2);
        assert!(trust.school.is_empty());
        assert_eq!(
            trust.vendor_in(&["Zscaler Intermediate Root CA (zscaler.net)".into()]),
            Some("Zscaler".into())
        );
        assert_eq!(
            trust.vendor_in(&["USERTrust RSA Certification Authority".into()]),
            None
        );
    }

    #[test]
    fn apple_roots_parse() {
        let count: usize = APPLE_ROOTS
            .iter()
            .map(|pem| CertificateDer::pem_slice_iter(pem).flatten().count())
            .sum();
        assert_eq!(count, 3);
    }

    /// A test CA and a `*.push.test` leaf it issued: the trust that accepts it, the chain
    /// (leaf first) and the leaf's key.
    fn couriers_chain() -> (Trust, Vec<CertificateDer<'static>>, rcgen::KeyPair) {
        use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let issuer = CertifiedIssuer::self_signed(ca, KeyPair::generate().unwrap()).unwrap();
        let mut leaf = CertificateParams::new(vec!["*.push.test".to_string()]).unwrap();
        let now = time::OffsetDateTime::now_utc();
        leaf.not_before = now - time::Duration::days(1);
        leaf.not_after = now + time::Duration::days(90);
        let leaf_key = KeyPair::generate().unwrap();
        let leaf = leaf.signed_by(&leaf_key, &issuer).unwrap();
        let trust = Trust::new(
            vec![issuer.der().clone()],
            Vec::new(),
            Vec::new(),
            super::super::Clock::default(),
        )
        .unwrap();
        (
            trust,
            vec![leaf.der().clone(), issuer.der().clone()],
            leaf_key,
        )
    }

    #[test]
    fn a_chain_already_trusted_still_needs_each_servers_own_signature() {
        // Two servers present the same trusted chain; the second signs its handshake with a
        // key that is not the certificate's (a replayed certificate). The chain's verdict is
        // reused, the handshake's signature is not: the second handshake fails.
        use rcgen::KeyPair;
        use rustls::server::{ClientHello, ResolvesServerCert};
        use rustls::sign::CertifiedKey;
        use rustls_pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

        #[derive(Debug)]
        struct Always(Arc<CertifiedKey>);
        impl ResolvesServerCert for Always {
            fn resolve(&self, _: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
                Some(self.0.clone())
            }
        }

        let (trust, chain, leaf_key) = couriers_chain();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let serve = |key: &KeyPair| {
                let provider = Arc::new(rustls::crypto::ring::default_provider());
                let der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
                let signing = provider.key_provider.load_private_key(der).unwrap();
                let certified = Arc::new(CertifiedKey::new(chain.clone(), signing));
                let config = rustls::ServerConfig::builder_with_provider(provider)
                    .with_safe_default_protocol_versions()
                    .unwrap()
                    .with_no_client_auth()
                    .with_cert_resolver(Arc::new(Always(certified)));
                let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
                let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
                listener.set_nonblocking(true).unwrap();
                let addr = listener.local_addr().unwrap();
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                tokio::spawn(async move {
                    while let Ok((stream, _)) = listener.accept().await {
                        let acceptor = acceptor.clone();
                        tokio::spawn(async move {
                            let _ = acceptor.accept(stream).await;
                        });
                    }
                });
                addr
            };
            let genuine = serve(&leaf_key);
            let replayed = serve(&KeyPair::generate().unwrap());
            let deadline = Instant::now() + std::time::Duration::from_secs(5);
            let stream = TcpStream::connect(genuine).await.unwrap();
            let first = handshake(
                &trust,
                Peer::Apple,
                stream,
                "1-courier.push.test",
                &[],
                deadline,
            );
            assert!(first.await.is_ok(), "the genuine server was refused");
            let stream = TcpStream::connect(replayed).await.unwrap();
            let second = handshake(
                &trust,
                Peer::Apple,
                stream,
                "2-courier.push.test",
                &[],
                deadline,
            );
            let failure = second
                .await
                .err()
                .map(|(outcome, detail, _)| (outcome, detail));
            assert!(
                failure.is_some(),
                "a handshake signed with another key was accepted"
            );
        });
        // One full verification of the chain: the second server was refused for its
        // signature, not for its chain.
        assert_eq!(
            trust
                .verdicts
                .full
                .load(std::sync::atomic::Ordering::Relaxed),
            1
        );
    }

    #[test]
    fn a_chain_is_verified_once_and_each_name_on_it_checked() {
        let (trust, chain, _) = couriers_chain();
        let recorder = Recorder {
            peer: Peer::Apple,
            stores: trust.apple.clone(),
            school: trust.school.clone(),
            verdicts: trust.verdicts.clone(),
            chain: Mutex::new(Vec::new()),
            verdict: Mutex::new(None),
        };
        let verify = |name: &str| {
            recorder.verify_server_cert(
                &chain[0],
                &[],
                &ServerName::try_from(name.to_string()).unwrap(),
                &[],
                UnixTime::now(),
            )
        };
        // Fifty numbered couriers on one chain: one full verification.
        for n in 1..=50 {
            assert!(verify(&format!("{n}-courier.push.test")).is_ok(), "{n}");
        }
        assert_eq!(
            trust
                .verdicts
                .full
                .load(std::sync::atomic::Ordering::Relaxed),
            1
        );
        // A name the certificate does not cover is still refused, without a new verification.
        assert_eq!(
            verify("api.other.test").unwrap_err(),
            rustls::Error::InvalidCertificate(rustls::CertificateError::NotValidForName)
        );
        assert_eq!(
            trust
                .verdicts
                .full
                .load(std::sync::atomic::Ordering::Relaxed),
            1
        );
    }
}
