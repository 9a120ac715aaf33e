//! TLS handshakes that keep the presented chain, verified against the public roots, Apple's
//! own roots and any `--ca-file`, and that recognise a filtering product's certificate.

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
use super::outcome::{Outcome, TlsInfo};
use super::tcp::classify_io;

const APPLE_ROOTS: [&[u8]; 3] = [
    include_bytes!("../../assets/apple-roots/AppleRootCA.pem"),
    include_bytes!("../../assets/apple-roots/AppleRootCA-G2.pem"),
    include_bytes!("../../assets/apple-roots/AppleRootCA-G3.pem"),
];

/// The trust anchors of a run, each store named so a report can say which one accepted a chain.
#[derive(Debug, Clone)]
pub struct Trust {
    stores: Arc<Vec<(String, Arc<WebPkiServerVerifier>)>>,
    provider: Arc<CryptoProvider>,
    vendors: Arc<Vec<String>>,
    verdicts: Arc<Verdicts>,
}

/// The chain verdicts of a run: Apple's fifty couriers present one chain, which is checked
/// once instead of once per connection. Keyed by the whole chain and the name, not a hash.
#[derive(Debug, Default)]
struct Verdicts(Mutex<HashMap<(Vec<CertificateDer<'static>>, String), Verdict>>);

/// Which store accepted a chain, or why none did.
type Verdict = Result<String, rustls::Error>;

/// Distinct chains remembered at most (a hostile network cannot grow the cache for ever).
const MOST_VERDICTS: usize = 256;

impl Trust {
    /// Public roots (Mozilla's list), Apple Root CA/G2/G3, and the extra anchors given.
    pub fn new(
        extra: Vec<CertificateDer<'static>>,
        vendors: Vec<String>,
    ) -> Result<Trust, EngineError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
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
        let mut stores = vec![
            ("public roots".to_string(), public),
            ("Apple roots".to_string(), apple),
        ];
        if !extra.is_empty() {
            let mut store = RootCertStore::empty();
            for der in extra {
                store
                    .add(der)
                    .map_err(|e| EngineError::Tls(format!("--ca-file certificate: {e}")))?;
            }
            stores.push(("--ca-file".to_string(), store));
        }
        let stores = stores
            .into_iter()
            .map(|(name, roots)| {
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
                    .build()
                    .map(|v| (name, v))
                    .map_err(|e| EngineError::Tls(e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Trust {
            stores: Arc::new(stores),
            provider,
            vendors: Arc::new(vendors),
            verdicts: Arc::new(Verdicts::default()),
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
    stores: Arc<Vec<(String, Arc<WebPkiServerVerifier>)>>,
    verdicts: Arc<Verdicts>,
    chain: Mutex<Vec<CertificateDer<'static>>>,
    trusted_by: Mutex<Option<String>>,
}

impl Recorder {
    /// Asks each store in turn; the first that accepts the chain is named.
    fn judge(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Verdict {
        let mut errors = Vec::new();
        for (name, verifier) in self.stores.iter() {
            match verifier.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ) {
                Ok(_) => return Ok(name.clone()),
                Err(e) => errors.push(e),
            }
        }
        // Prefer a specific complaint (wrong name, expired) over "unknown issuer".
        let unknown = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        Err(errors
            .iter()
            .find(|e| **e != unknown)
            .cloned()
            .unwrap_or(unknown))
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
        let key = (presented, server_name.to_str().into_owned());
        let known = self
            .verdicts
            .0
            .lock()
            .ok()
            .and_then(|cache| cache.get(&key).cloned());
        let verdict = match known {
            Some(verdict) => verdict,
            None => {
                let verdict =
                    self.judge(end_entity, intermediates, server_name, ocsp_response, now);
                if let Ok(mut cache) = self.verdicts.0.lock()
                    && cache.len() < MOST_VERDICTS
                {
                    cache.insert(key, verdict.clone());
                }
                verdict
            }
        };
        match verdict {
            Ok(store) => {
                if let Ok(mut slot) = self.trusted_by.lock() {
                    *slot = Some(store);
                }
                Ok(ServerCertVerified::assertion())
            }
            Err(e) => Err(e),
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

/// A failed handshake: the outcome, one line of detail, and what was learnt of the chain.
pub type HandshakeFailure = (Outcome, String, Option<TlsInfo>);

/// Runs a TLS handshake over `stream` for `host` with the given ALPN protocols.
///
/// A chain issued by a known filtering product counts as untrusted even when a local anchor
/// accepts it: Apple's services refuse intercepted connections.
pub async fn handshake(
    trust: &Trust,
    stream: TcpStream,
    host: &str,
    alpn: &[String],
    deadline: Instant,
) -> Result<(TlsStream<TcpStream>, TlsInfo), HandshakeFailure> {
    let peer = stream
        .peer_addr()
        .unwrap_or_else(|_| std::net::SocketAddr::from(([0, 0, 0, 0], 0)));
    let recorder = Arc::new(Recorder {
        stores: trust.stores.clone(),
        verdicts: trust.verdicts.clone(),
        chain: Mutex::new(Vec::new()),
        trusted_by: Mutex::new(None),
    });
    let config = ClientConfig::builder_with_provider(trust.provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| (Outcome::TlsFailed, e.to_string(), None))?
        .dangerous()
        .with_custom_certificate_verifier(recorder.clone())
        .with_no_client_auth();
    let mut config = config;
    config.alpn_protocols = alpn.iter().map(|p| p.as_bytes().to_vec()).collect();
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
                    let detail = match &cert_error {
                        rustls::CertificateError::UnknownIssuer => format!(
                            "certificate issued by \"{issuer}\", which is not a public root, not Apple's and not in --ca-file"
                        ),
                        other => format!("certificate from \"{issuer}\" rejected: {other:?}"),
                    };
                    Err((Outcome::TlsUntrusted, detail, Some(info)))
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

fn chain_info(trust: &Trust, recorder: &Recorder) -> TlsInfo {
    let chain = recorder.chain.lock().map(|c| c.clone()).unwrap_or_default();
    let mut subjects = Vec::new();
    let mut issuers = Vec::new();
    for der in &chain {
        match x509_parser::parse_x509_certificate(der.as_ref()) {
            Ok((_, cert)) => {
                subjects.push(readable_name(cert.subject()));
                issuers.push(readable_name(cert.issuer()));
            }
            Err(_) => subjects.push("(unreadable certificate)".to_string()),
        }
    }
    let mut names = issuers.clone();
    names.extend(subjects.iter().cloned());
    TlsInfo {
        version: None,
        alpn: None,
        issuer: issuers.first().cloned(),
        vendor: trust.vendor_in(&names),
        chain: subjects,
        trusted_by: recorder.trusted_by.lock().ok().and_then(|t| t.clone()),
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
        let trust = Trust::new(Vec::new(), vec!["Zscaler".into()]).unwrap();
        assert_eq!(trust.stores.len(), 2);
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
}
