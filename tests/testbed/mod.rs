//! The loopback test bed: real TLS, HTTP/2, HTTP and DNS servers that behave like Apple's
//! (or like what schools put in front of Apple), bound to 127.x addresses only.
//!
//! Each bed owns a /24 inside 127.0.0.0/8 and a copy of the built-in catalog whose ports are
//! moved up by [`PORT_OFFSET`], so no privileges are needed and beds never collide.

#![allow(dead_code)]

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose,
};
use rustls::ServerConfig;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, UdpSocket};
use tokio_rustls::TlsAcceptor;

/// Real port + this = the port the bed's catalog uses.
pub const PORT_OFFSET: u16 = 20000;

/// How many numbered couriers, and how many distinct courier addresses, the bed serves.
pub const COURIER_ADDRS: u8 = 8;

/// What listens on one address and port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serve {
    /// Nothing: the kernel refuses the connection.
    Closed,
    /// Accepts TCP and never says a word (a stalled handshake, or a slow blackhole).
    Stall,
    /// A courier: TLS with ALPN apns-security-v3, a chain from the test CA.
    Courier,
    /// A courier-looking server whose chain comes from a "FortiGate CA".
    Forti,
    /// A server with a valid chain from the test CA, but for another name (a block page).
    OtherName,
    /// The provider API: HTTP/2 answering 403 MissingProviderToken with an apns-id.
    Apns,
    /// The provider API overloaded: this status (429, 500, 503) with an apns-id and a reason.
    ApnsBusy(u16),
    /// An ordinary HTTPS web server answering 200 to everything.
    PlainHttps,
    /// The provider API, sending GOAWAY on every connection after this many milliseconds.
    ApnsGoawayAfter(u64),
    /// A filter's block page that imitates the provider API: 403 with APNs' own reason, but
    /// no apns-id (which only APNs sends).
    ApnsWithoutId,
}

/// What a middlebox does to a connection that stays quiet too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forget {
    /// Stops forwarding without a word (a firewall that dropped its state).
    Silently,
    /// Resets both sides.
    WithReset,
}

/// What Apple's captive-portal page looks like from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Captive {
    /// Apple's "Success" page, with the server clock off by this many seconds.
    Success(i64),
    /// A login page redirect.
    Portal,
}

/// One bed's layout.
#[derive(Debug, Clone)]
pub struct Setup {
    /// What serves the primary courier port (5223) on each courier address.
    pub courier_primary: Vec<Serve>,
    /// What serves the fallback courier port (443) on each courier address.
    pub courier_fallback: Vec<Serve>,
    /// Provider API on 443 and 2197.
    pub provider: [Serve; 2],
    /// The captive page.
    pub captive: Captive,
    /// Other Apple services (enrollment and so on).
    pub services: Serve,
    /// Apple's time server answers (UDP 123), with the captive page's clock.
    pub time_server: bool,
}

impl Setup {
    /// Everything as Apple serves it.
    pub fn healthy() -> Setup {
        Setup {
            courier_primary: vec![Serve::Courier; COURIER_ADDRS as usize],
            courier_fallback: vec![Serve::Courier; COURIER_ADDRS as usize],
            provider: [Serve::Apns, Serve::Apns],
            captive: Captive::Success(0),
            services: Serve::PlainHttps,
            time_server: true,
        }
    }
}

struct Ca {
    issuer: CertifiedIssuer<'static, KeyPair>,
    /// Every courier server's configuration: Apple's numbered couriers present one chain.
    courier: std::sync::OnceLock<Arc<ServerConfig>>,
}

impl Ca {
    fn new(name: &str, org: &str) -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params
            .distinguished_name
            .push(DnType::OrganizationName, org);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let key = KeyPair::generate().unwrap();
        Ca {
            issuer: CertifiedIssuer::self_signed(params, key).unwrap(),
            courier: std::sync::OnceLock::new(),
        }
    }

    fn server_config(&self, names: &[&str], alpn: &[&str]) -> Arc<ServerConfig> {
        let mut params =
            CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
                .unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, names[0].to_string());
        // Valid for about a year around today, as real server certificates are, so a clock
        // far off makes them expired or not yet valid.
        let now = time::OffsetDateTime::now_utc();
        params.not_before = now - time::Duration::days(30);
        params.not_after = now + time::Duration::days(300);
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        let chain = vec![cert.der().clone(), self.issuer.der().clone()];
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let mut config =
            ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_no_client_auth()
                .with_single_cert(chain, key)
                .unwrap();
        config.alpn_protocols = alpn.iter().map(|p| p.as_bytes().to_vec()).collect();
        // No session tickets: the client never resumes, and in the lab benchmark the servers
        // share the client's cores.
        config.send_tls13_tickets = 0;
        Arc::new(config)
    }
}

static NEXT_BED: AtomicU8 = AtomicU8::new(1);

/// How many beds one test program may start on macOS, where each needs its loopback aliases.
pub const MACOS_BEDS: u8 = 48;

/// The service host names of the built-in catalog (all served by one HTTPS server).
pub const SERVICE_NAMES: [&str; 18] = [
    "albert.apple.com",
    "captive.apple.com",
    "gs.apple.com",
    "humb.apple.com",
    "static.ips.apple.com",
    "sq-device.apple.com",
    "tbsc.apple.com",
    "deviceenrollment.apple.com",
    "deviceservices-external.apple.com",
    "gdmf.apple.com",
    "identity.apple.com",
    "iprofiles.apple.com",
    "mdmenrollment.apple.com",
    "setup.icloud.com",
    "vpp.itunes.apple.com",
    "ocsp.apple.com",
    "crl.apple.com",
    "valid.apple.com",
];

/// A running bed.
pub struct Bed {
    /// The runtime the servers run on.
    pub rt: tokio::runtime::Runtime,
    /// The bed's /24: 127.a.b.0.
    pub net: [u8; 3],
    /// Files: the catalog, the CA.
    pub dir: tempfile::TempDir,
    /// The test CA's PEM file: passed as `--apple-root` (it stands in for Apple's roots).
    pub ca_file: PathBuf,
    /// Pass the test CA as `--apple-root` (true unless a test plays a school whose own CA is
    /// all that trusts the bed).
    pub apple_root: bool,
    /// The "FortiGate CA" PEM file, for tests where a school trusts its filter's CA.
    pub forti_file: PathBuf,
    /// The catalog with ports moved up.
    pub catalog_file: PathBuf,
    ca: Ca,
    forti: Ca,
    /// --resolve rules for every name the catalog uses.
    pub resolve: Vec<String>,
    /// Extra environment for the binary (proxy variables, say).
    pub env: Vec<(String, String)>,
    /// Added to every real port: [`PORT_OFFSET`] normally, 0 in the lab (real ports, as root
    /// inside a namespace).
    pub port_offset: u16,
    /// How long every server waits before it reads a new connection (distance: the client's
    /// first flight stays queued in the kernel, as it would on the way to a far server).
    pub delay: Duration,
}

/// What a run of the real binary produced.
#[derive(Debug)]
pub struct Run {
    /// Exit status.
    pub code: i32,
    /// The parsed JSON report.
    pub json: serde_json::Value,
    /// Standard error.
    pub stderr: String,
    /// Wall time.
    pub elapsed: Duration,
}

impl Run {
    /// The code of the headline finding.
    pub fn headline_code(&self) -> String {
        self.json["findings"][0]["code"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Every finding code.
    pub fn codes(&self) -> Vec<String> {
        self.json["findings"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|f| f["code"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The finding with this code.
    pub fn finding(&self, code: &str) -> &serde_json::Value {
        self.json["findings"]
            .as_array()
            .and_then(|a| a.iter().find(|f| f["code"] == code))
            .unwrap_or(&serde_json::Value::Null)
    }

    /// The checks whose id starts with `prefix`.
    pub fn checks(&self, prefix: &str) -> Vec<&serde_json::Value> {
        self.json["checks"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|c| c["id"].as_str().unwrap_or("").starts_with(prefix))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Bed {
    /// A bed with its own /24, a test CA and a "FortiGate" CA, servers not yet started.
    ///
    /// Linux and Windows answer on all of 127.0.0.0/8; macOS only on the loopback addresses
    /// configured on `lo0`, so there beds use 127.100.1-48.x, which the workflow aliases before
    /// the tests (`.github/workflows/release.yml`). Test programs run one after another, so
    /// the same blocks serve each in turn.
    pub fn new() -> Bed {
        let n = NEXT_BED.fetch_add(1, Ordering::Relaxed);
        let second = if cfg!(target_os = "macos") {
            assert!(
                n <= MACOS_BEDS,
                "more than {MACOS_BEDS} beds in one test program: alias more on macOS"
            );
            100
        } else {
            100 + (std::process::id() % 100) as u8
        };
        Bed::with([127, second, n], PORT_OFFSET)
    }

    /// A bed on `net` whose servers listen on real ports + `port_offset`.
    pub fn with(net: [u8; 3], port_offset: u16) -> Bed {
        let dir = tempfile::tempdir().unwrap();
        let ca = Ca::new("Push Check Test CA", "Push Check tests");
        let forti = Ca::new("FortiGate CA", "Fortinet");
        let ca_file = dir.path().join("test-ca.pem");
        std::fs::write(&ca_file, ca.issuer.pem()).unwrap();
        let forti_file = dir.path().join("fortigate-ca.pem");
        std::fs::write(&forti_file, forti.issuer.pem()).unwrap();
        let catalog_file = dir.path().join("catalog.toml");
        std::fs::write(&catalog_file, shifted_catalog(port_offset)).unwrap();
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let mut bed = Bed {
            rt,
            net,
            dir,
            ca_file,
            apple_root: true,
            forti_file,
            catalog_file,
            ca,
            forti,
            resolve: Vec::new(),
            env: Vec::new(),
            port_offset,
            delay: Duration::ZERO,
        };
        bed.resolve = bed.standard_resolve(0);
        bed
    }

    /// The bed's address ending in `last`.
    pub fn ip(&self, last: u8) -> Ipv4Addr {
        Ipv4Addr::new(self.net[0], self.net[1], self.net[2], last)
    }

    /// The address of courier address slot `i` (0-based), shifted by `base`.
    pub fn courier_ip(&self, base: u8, i: u8) -> Ipv4Addr {
        self.ip(base + 11 + i)
    }

    /// The bed's range, for --apple-range.
    pub fn range(&self) -> String {
        format!("{}.{}.{}.0/24", self.net[0], self.net[1], self.net[2])
    }

    /// --resolve rules: couriers spread over 8 addresses from `.11 + base`, the API at .21,
    /// services and the captive page at .31, the legacy hosts at .41 (nothing listens).
    pub fn standard_resolve(&self, base: u8) -> Vec<String> {
        let mut rules = Vec::new();
        for n in 1..=50u8 {
            rules.push(format!(
                "{n}-courier.push.apple.com:{}",
                self.courier_ip(base, (n - 1) % COURIER_ADDRS)
            ));
        }
        rules.push(format!("api.push.apple.com:{}", self.ip(21)));
        rules.push(format!("gateway.push.apple.com:{}", self.ip(41)));
        rules.push(format!("feedback.push.apple.com:{}", self.ip(41)));
        rules.push(format!("*.apple.com:{}", self.ip(31)));
        rules.push(format!("*.icloud.com:{}", self.ip(31)));
        rules
    }

    /// A network whose DNS (`--resolve` here) sends the couriers outside Apple's range (the
    /// lower half of the bed, from .111) while a loopback "public" resolver knows their real
    /// addresses (the upper half, from .141, where `setup`'s servers run). Returns the
    /// `--resolve` rules, the public resolver's address and Apple's range (the upper half).
    pub fn dns_outside_range(&self, setup: &Setup) -> (Vec<String>, String, String) {
        let apple_range = format!("{}.{}.{}.128/25", self.net[0], self.net[1], self.net[2]);
        self.start(setup, 130);
        let mut resolve: Vec<String> = self
            .standard_resolve(100)
            .into_iter()
            .filter(|r| r.contains("courier"))
            .collect();
        resolve.extend(
            self.standard_resolve(0)
                .into_iter()
                .filter(|r| !r.contains("courier")),
        );
        let answers = (1..=50u8)
            .map(|n| {
                (
                    format!("{n}-courier.push.apple.com"),
                    self.courier_ip(130, (n - 1) % COURIER_ADDRS),
                )
            })
            .collect();
        let public = self.dns_server(self.ip(53), answers).to_string();
        (resolve, public, apple_range)
    }

    /// Starts every server of `setup`, couriers on addresses from `.11 + base`.
    pub fn start(&self, setup: &Setup, base: u8) {
        self.start_couriers(setup, base);
        self.serve(self.ip(21), 443, setup.provider[0]);
        self.serve(self.ip(21), 2197, setup.provider[1]);
        self.serve(self.ip(31), 443, setup.services);
        self.captive(self.ip(31), 80, setup.captive);
        if setup.time_server {
            let offset = match setup.captive {
                Captive::Success(o) => o,
                Captive::Portal => 0,
            };
            self.time_server(self.ip(31), offset);
        }
    }

    /// Starts only the courier servers of `setup`, on addresses from `.11 + base`.
    pub fn start_couriers(&self, setup: &Setup, base: u8) {
        for i in 0..COURIER_ADDRS {
            let ip = self.courier_ip(base, i);
            self.serve(ip, 5223, setup.courier_primary[i as usize]);
            self.serve(ip, 443, setup.courier_fallback[i as usize]);
        }
    }

    /// Starts what `serve` says on `ip` and the bed's port for `real_port`.
    pub fn serve(&self, ip: Ipv4Addr, real_port: u16, serve: Serve) {
        self.serve_at(
            SocketAddr::new(IpAddr::V4(ip), real_port + self.port_offset),
            serve,
        );
    }

    /// Starts what `serve` says on exactly `addr` (IPv6 too).
    pub fn serve_at(&self, addr: SocketAddr, serve: Serve) {
        let courier_names = ["*.push.apple.com"];
        let config = match serve {
            Serve::Closed => return,
            Serve::Stall => {
                return self.spawn_listener(addr, |stream| async move {
                    // Hold the socket open, silent, until the client gives up.
                    let _keep = stream;
                    tokio::time::sleep(Duration::from_secs(120)).await;
                });
            }
            Serve::Courier => self
                .ca
                .courier
                .get_or_init(|| self.ca.server_config(&courier_names, &["apns-security-v3"]))
                .clone(),
            Serve::OtherName => self
                .ca
                .server_config(&["blocked.school.example"], &["apns-security-v3", "h2"]),
            Serve::Forti => self
                .forti
                .server_config(&courier_names, &["apns-security-v3", "h2"]),
            Serve::Apns | Serve::ApnsBusy(_) | Serve::ApnsGoawayAfter(_) | Serve::ApnsWithoutId => {
                self.ca.server_config(&["api.push.apple.com"], &["h2"])
            }
            Serve::PlainHttps => {
                let mut names: Vec<&str> = SERVICE_NAMES.to_vec();
                names.push("api.push.apple.com");
                self.ca.server_config(&names, &["h2", "http/1.1"])
            }
        };
        let acceptor = TlsAcceptor::from(config);
        self.spawn_listener(addr, move |stream| {
            let acceptor = acceptor.clone();
            async move {
                let Ok(mut tls) = acceptor.accept(stream).await else {
                    return;
                };
                let alpn = tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
                match (serve, alpn.as_deref()) {
                    (Serve::Apns, _) => apns_h2(tls, 403, true).await,
                    (Serve::ApnsWithoutId, _) => apns_h2(tls, 403, false).await,
                    (Serve::ApnsBusy(status), _) => apns_h2(tls, status, true).await,
                    (Serve::ApnsGoawayAfter(ms), _) => apns_h2_goaway(tls, ms).await,
                    (Serve::PlainHttps, Some(b"h2")) => apns_h2_plain(tls).await,
                    (Serve::PlainHttps, _) => {
                        let mut buf = [0u8; 2048];
                        let _ = tls.read(&mut buf).await;
                        let _ = tls
                            .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\nConnection: close\r\n\r\nIt works")
                            .await;
                        let _ = tls.shutdown().await;
                    }
                    _ => {
                        // A courier: keep the connection open like APNs, until the client leaves.
                        let mut buf = [0u8; 1024];
                        while let Ok(n) = tls.read(&mut buf).await {
                            if n == 0 {
                                break;
                            }
                        }
                    }
                }
            }
        });
    }

    /// Serves `body` over HTTPS (test CA, certificate for `name`) on `ip:port`, any path.
    pub fn https_text(&self, ip: Ipv4Addr, port: u16, name: &str, body: &'static str) {
        self.https_text_from(false, ip, port, name, body);
    }

    /// Like [`Bed::https_text`], with a certificate from the "FortiGate CA" when `forti`.
    pub fn https_text_from(
        &self,
        forti: bool,
        ip: Ipv4Addr,
        port: u16,
        name: &str,
        body: &'static str,
    ) {
        let reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        self.https_raw(forti, ip, port, name, reply.into_bytes());
    }

    /// Answers every HTTPS request on `ip:port` (certificate for `name`) with `reply`, raw.
    pub fn https_raw(&self, forti: bool, ip: Ipv4Addr, port: u16, name: &str, reply: Vec<u8>) {
        let ca = if forti { &self.forti } else { &self.ca };
        let acceptor = TlsAcceptor::from(ca.server_config(&[name], &["http/1.1"]));
        let reply = Arc::new(reply);
        self.spawn_listener(SocketAddr::new(IpAddr::V4(ip), port), move |stream| {
            let acceptor = acceptor.clone();
            let reply = reply.clone();
            async move {
                let Ok(mut tls) = acceptor.accept(stream).await else {
                    return;
                };
                let mut buf = [0u8; 2048];
                let _ = tls.read(&mut buf).await;
                let _ = tls.write_all(&reply).await;
                let _ = tls.shutdown().await;
            }
        });
    }

    /// Answers every connection on `addr` with `reply` (raw bytes, after reading the request),
    /// then closes it, or keeps it open as a keep-alive server does when `keep_open`.
    pub fn serve_raw(&self, addr: SocketAddr, reply: Vec<u8>, keep_open: bool) {
        let reply = Arc::new(reply);
        self.spawn_listener(addr, move |mut stream| {
            let reply = reply.clone();
            async move {
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf).await;
                let _ = stream.write_all(&reply).await;
                if keep_open {
                    tokio::time::sleep(Duration::from_secs(60)).await;
                }
            }
        });
    }

    /// Serves `body` as a PAC file over plain HTTP at `http://ip:port/proxy.pac`.
    pub fn serve_pac(&self, ip: Ipv4Addr, port: u16, body: &str) -> String {
        let reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/x-ns-proxy-autoconfig\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        self.serve_raw(
            SocketAddr::new(IpAddr::V4(ip), port),
            reply.into_bytes(),
            false,
        );
        format!("http://{ip}:{port}/proxy.pac")
    }

    /// Makes this bed's KDE settings (read by the binary from its HOME) name `url` as the
    /// PAC file.
    pub fn kde_pac(&self, url: &str) {
        let config = self.dir.path().join(".config");
        std::fs::create_dir_all(&config).unwrap();
        std::fs::write(
            config.join("kioslaverc"),
            format!("[Proxy Settings]\nProxyType=2\nProxy Config Script={url}\n"),
        )
        .unwrap();
    }

    /// An SNTP server on `ip` (UDP 123 + the port offset) telling the time `offset` seconds off.
    pub fn time_server(&self, ip: Ipv4Addr, offset: i64) {
        let addr = SocketAddr::new(IpAddr::V4(ip), 123 + self.port_offset);
        let socket = self
            .rt
            .block_on(tokio::net::UdpSocket::bind(addr))
            .unwrap_or_else(|e| panic!("test bed cannot listen on udp {addr}: {e}"));
        self.rt.spawn(async move {
            let mut buf = [0u8; 512];
            while let Ok((n, from)) = socket.recv_from(&mut buf).await {
                if n < 48 {
                    continue;
                }
                let now = std::time::SystemTime::now();
                let moved = if offset >= 0 {
                    now + Duration::from_secs(offset.unsigned_abs())
                } else {
                    now - Duration::from_secs(offset.unsigned_abs())
                };
                let since = moved.duration_since(std::time::UNIX_EPOCH).unwrap();
                let secs = (since.as_secs() + 2_208_988_800) as u32;
                let frac = ((u64::from(since.subsec_nanos()) << 32) / 1_000_000_000) as u32;
                let mut answer = [0u8; 48];
                answer[0] = 0b00_100_100;
                answer[1] = 1;
                answer[24..32].copy_from_slice(&buf[40..48]);
                answer[40..44].copy_from_slice(&secs.to_be_bytes());
                answer[44..48].copy_from_slice(&frac.to_be_bytes());
                let _ = socket.send_to(&answer, from).await;
            }
        });
    }

    /// Serves Apple's captive page (or a portal) on `ip` and the bed's port for `real_port`.
    pub fn captive(&self, ip: Ipv4Addr, real_port: u16, captive: Captive) {
        let addr = SocketAddr::new(IpAddr::V4(ip), real_port + self.port_offset);
        self.spawn_listener(addr, move |mut stream| async move {
            let mut buf = vec![0u8; 4096];
            let mut got = Vec::new();
            while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got.extend_from_slice(&buf[..n]),
                }
                if got.len() > 64 * 1024 {
                    break;
                }
            }
            // A TCP-only probe (revocation hosts) connects and leaves without a request.
            if got.is_empty() {
                return;
            }
            let response = match captive {
                Captive::Success(offset) => {
                    let date = if offset >= 0 {
                        SystemTime::now() + Duration::from_secs(offset as u64)
                    } else {
                        SystemTime::now() - Duration::from_secs(offset.unsigned_abs())
                    };
                    let body = "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>";
                    format!(
                        "HTTP/1.1 200 OK\r\nDate: {}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        httpdate::fmt_http_date(date),
                        body.len()
                    )
                }
                Captive::Portal => "HTTP/1.1 302 Found\r\nLocation: http://login.school.example/portal?continue=captive.apple.com\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
            };
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        });
    }

    /// A DNS server on `ip:5353` answering A queries from `answers` (name → address).
    pub fn dns_server(&self, ip: Ipv4Addr, answers: Vec<(String, Ipv4Addr)>) -> SocketAddr {
        self.slow_dns_server(ip, answers, Duration::ZERO)
    }

    /// [`Bed::dns_server`], each answer sent `wait` after its query came.
    pub fn slow_dns_server(
        &self,
        ip: Ipv4Addr,
        answers: Vec<(String, Ipv4Addr)>,
        wait: Duration,
    ) -> SocketAddr {
        let addr = SocketAddr::new(IpAddr::V4(ip), 5353);
        let socket = Arc::new(self.rt.block_on(UdpSocket::bind(addr)).unwrap());
        let answers = Arc::new(answers);
        self.rt.spawn(async move {
            let mut buf = vec![0u8; 1500];
            loop {
                let Ok((n, peer)) = socket.recv_from(&mut buf).await else {
                    return;
                };
                let Some(reply) = dns_reply(&buf[..n], &answers) else {
                    continue;
                };
                let socket = socket.clone();
                tokio::spawn(async move {
                    tokio::time::sleep(wait).await;
                    let _ = socket.send_to(&reply, peer).await;
                });
            }
        });
        addr
    }

    /// A small resolver on `ip:53`, as a school router runs: it answers each A query from
    /// `answers` after `wait` (the time its upstream takes), holds at most `most` queries at
    /// once and drops the rest, as dnsmasq does past `dns-forward-max` (150 by default).
    /// Returns the most queries it held at once and how many it dropped.
    pub fn small_resolver(
        &self,
        ip: Ipv4Addr,
        answers: Vec<(String, Ipv4Addr)>,
        most: usize,
        wait: Duration,
    ) -> (Arc<AtomicUsize>, Arc<AtomicUsize>) {
        let addr = SocketAddr::new(IpAddr::V4(ip), 53);
        let socket = Arc::new(self.rt.block_on(UdpSocket::bind(addr)).unwrap());
        let (peak, dropped) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let held = Arc::new(AtomicUsize::new(0));
        let answers = Arc::new(answers);
        let (peak_seen, dropped_seen) = (peak.clone(), dropped.clone());
        self.rt.spawn(async move {
            let mut buf = vec![0u8; 1500];
            loop {
                let Ok((n, peer)) = socket.recv_from(&mut buf).await else {
                    return;
                };
                if held.load(Ordering::SeqCst) >= most {
                    dropped.fetch_add(1, Ordering::SeqCst);
                    continue;
                }
                let now = held.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                let (socket, held, answers) = (socket.clone(), held.clone(), answers.clone());
                let query = buf[..n].to_vec();
                tokio::spawn(async move {
                    tokio::time::sleep(wait).await;
                    if let Some(reply) = dns_reply(&query, &answers) {
                        let _ = socket.send_to(&reply, peer).await;
                    }
                    held.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        (peak_seen, dropped_seen)
    }

    fn spawn_listener<F, Fut>(&self, addr: SocketAddr, handle: F)
    where
        F: Fn(tokio::net::TcpStream) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        let listener = self
            .rt
            .block_on(TcpListener::bind(addr))
            .unwrap_or_else(|e| panic!("test bed cannot listen on {addr}: {e}"));
        let delay = self.delay;
        self.rt.spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                // As real servers do (nginx, Apple's): no Nagle delay on small writes.
                let _ = stream.set_nodelay(true);
                let served = handle(stream);
                tokio::spawn(async move {
                    if !delay.is_zero() {
                        tokio::time::sleep(delay).await;
                    }
                    served.await;
                });
            }
        });
    }

    /// A middlebox on `listen` forwarding to `upstream` that forgets connections quiet for
    /// longer than `idle` (as a firewall with a short idle timeout does).
    pub fn idle_relay(
        &self,
        listen: SocketAddr,
        upstream: SocketAddr,
        idle: Duration,
        forget: Forget,
    ) {
        self.spawn_listener(listen, move |client| async move {
            let Ok(server) = tokio::net::TcpStream::connect(upstream).await else {
                return;
            };
            let (mut cr, mut cw) = client.into_split();
            let (mut sr, mut sw) = server.into_split();
            let (mut a, mut b) = (vec![0u8; 16384], vec![0u8; 16384]);
            loop {
                tokio::select! {
                    n = cr.read(&mut a) => match n {
                        Ok(0) | Err(_) => return,
                        Ok(n) => if sw.write_all(&a[..n]).await.is_err() { return },
                    },
                    n = sr.read(&mut b) => match n {
                        Ok(0) | Err(_) => return,
                        Ok(n) => if cw.write_all(&b[..n]).await.is_err() { return },
                    },
                    _ = tokio::time::sleep(idle) => break,
                }
            }
            match forget {
                Forget::WithReset => {
                    if let Ok(client) = cr.reunite(cw) {
                        let _ = client.set_zero_linger();
                    }
                }
                Forget::Silently => {
                    // Swallow whatever the client sends from now on; never answer.
                    let _keep = (sr, sw, cw);
                    while let Ok(n) = cr.read(&mut a).await {
                        if n == 0 {
                            return;
                        }
                    }
                }
            }
        });
    }

    /// The arguments that point a program at this bed: catalog, CA, Apple's range, no public
    /// resolver, and the bed's `--resolve` rules.
    pub fn args(&self) -> Vec<String> {
        let mut args = vec![
            "--catalog".to_string(),
            self.catalog_file.display().to_string(),
            "--apple-root".to_string(),
            self.ca_file.display().to_string(),
            "--apple-range".to_string(),
            self.range(),
            "--public-dns".to_string(),
            "none".to_string(),
        ];
        for rule in &self.resolve {
            args.push("--resolve".to_string());
            args.push(rule.clone());
        }
        args
    }

    /// Runs `pushcheck check --json` against this bed with the standard arguments plus `extra`.
    pub fn run(&self, extra: &[&str]) -> Run {
        self.run_with(&self.resolve, extra)
    }

    /// Like [`Bed::run`] with other --resolve rules.
    /// The bed's --resolve rules with `host` answered by `addr` instead.
    pub fn resolve_replacing(&self, host: &str, addr: &str) -> Vec<String> {
        let prefix = format!("{host}:");
        self.resolve
            .iter()
            .filter(|r| !r.starts_with(&prefix))
            .cloned()
            .chain(std::iter::once(format!("{host}:{addr}")))
            .collect()
    }

    pub fn run_with(&self, resolve: &[String], extra: &[&str]) -> Run {
        let started = Instant::now();
        let output = self.command(resolve, extra).output().unwrap();
        Run::from_output(&output, started.elapsed())
    }

    /// The `pushcheck check --json` command of [`Bed::run_with`], not yet started (with
    /// `--format` in `extra`, that format instead of JSON).
    pub fn command(&self, resolve: &[String], extra: &[&str]) -> Command {
        let program = option_env!("CARGO_BIN_EXE_pushcheck").unwrap_or("pushcheck");
        self.command_with(
            Command::new(program),
            &|p| p.as_os_str().to_owned(),
            resolve,
            extra,
        )
    }

    /// The bed's check command for the terminal's view: [`Bed::command`] without `--json`.
    pub fn plain(&self, extra: &[&str]) -> Command {
        let cmd = self.command(&self.resolve, extra);
        let args: Vec<std::ffi::OsString> = cmd
            .get_args()
            .filter(|a| *a != "--json")
            .map(|a| a.to_os_string())
            .collect();
        let mut plain = Command::new(cmd.get_program());
        for (k, v) in cmd.get_envs() {
            match v {
                Some(v) => plain.env(k, v),
                None => plain.env_remove(k),
            };
        }
        plain.args(args);
        plain
    }

    /// [`Bed::command`] for another program (`wine pushcheck.exe`, say) that names this bed's
    /// files by `path` (a Windows program under Wine: `Z:\tmp\…`).
    pub fn command_with(
        &self,
        mut cmd: Command,
        path: &dyn Fn(&std::path::Path) -> std::ffi::OsString,
        resolve: &[String],
        extra: &[&str],
    ) -> Command {
        // Hermetic: no proxy settings of the machine running the tests leak in.
        for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy"] {
            cmd.env_remove(name).env_remove(name.to_ascii_uppercase());
        }
        // The tests read English words: the language is pinned, whatever the machine's
        // (a test's own `--lang` wins over it).
        cmd.env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path())
            .env("PUSHCHECK_LANG", "en");
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        cmd.arg("check");
        // JSON unless another format is asked for.
        if !extra.contains(&"--format") {
            cmd.arg("--json");
        }
        cmd.arg("--catalog").arg(path(&self.catalog_file));
        if self.apple_root {
            cmd.arg("--apple-root").arg(path(&self.ca_file));
        }
        if !extra.contains(&"--apple-range") {
            cmd.args(["--apple-range", &self.range()]);
        }
        if !extra.contains(&"--public-dns") {
            cmd.args(["--public-dns", "none"]);
        }
        if !extra.contains(&"--timeout") {
            cmd.args(["--timeout", "5"]);
        }
        for rule in resolve {
            cmd.args(["--resolve", rule]);
        }
        cmd.args(extra);
        cmd
    }
}

impl Run {
    /// Reads a finished run of the binary.
    pub fn from_output(output: &std::process::Output, elapsed: Duration) -> Run {
        let stdout = String::from_utf8_lossy(&output.stdout);
        let json = serde_json::from_str(&stdout).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {stdout}\nstderr: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
        Run {
            code: output.status.code().unwrap_or(-1),
            json,
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            elapsed,
        }
    }
}

/// The built-in catalog with every port moved up by `offset`.
pub fn shifted_catalog(offset: u16) -> String {
    let mut value: toml::Value = toml::from_str(pushcheck::catalog::BUILT_IN).unwrap();
    for endpoint in value["endpoint"].as_array_mut().unwrap() {
        let ports = endpoint["ports"].as_array_mut().unwrap();
        for port in ports.iter_mut() {
            *port = toml::Value::Integer(port.as_integer().unwrap() + i64::from(offset));
        }
    }
    toml::to_string(&value).unwrap()
}

async fn apns_h2<S>(tls: S, status: u16, with_id: bool)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let Ok(mut conn) = h2::server::handshake(tls).await else {
        return;
    };
    while let Some(Ok((request, respond))) = conn.accept().await {
        // The accept loop keeps driving the connection while the request is answered.
        tokio::spawn(answer_like_apns(request, respond, status, with_id));
    }
}

/// Reads the request body, as APNs does, then answers with `status`, an apns-id (unless
/// `with_id` is false) and a reason.
async fn answer_like_apns(
    request: http::Request<h2::RecvStream>,
    mut respond: h2::server::SendResponse<Bytes>,
    status: u16,
    with_id: bool,
) {
    let mut body = request.into_body();
    while let Some(Ok(chunk)) = body.data().await {
        let _ = body.flow_control().release_capacity(chunk.len());
    }
    let mut response = http::Response::builder()
        .status(status)
        .header("content-type", "application/json");
    if with_id {
        response = response.header("apns-id", "8F9F6D4A-1C7E-4E0B-9A59-0D3E8C1B2A11");
    }
    let response = response.body(()).unwrap();
    let reason: &'static [u8] = match status {
        429 => b"{\"reason\":\"TooManyRequests\"}",
        500 => b"{\"reason\":\"InternalServerError\"}",
        503 => b"{\"reason\":\"ServiceUnavailable\"}",
        _ => b"{\"reason\":\"MissingProviderToken\"}",
    };
    if let Ok(mut send) = respond.send_response(response, false) {
        let _ = send.send_data(Bytes::from_static(reason), true);
    }
}

async fn apns_h2_goaway<S>(tls: S, after_ms: u64)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let Ok(mut conn) = h2::server::handshake(tls).await else {
        return;
    };
    let timer = tokio::time::sleep(Duration::from_millis(after_ms));
    tokio::pin!(timer);
    let mut closing = false;
    loop {
        tokio::select! {
            _ = &mut timer, if !closing => {
                closing = true;
                conn.graceful_shutdown();
            }
            next = conn.accept() => match next {
                Some(Ok((request, respond))) => {
                    tokio::spawn(answer_like_apns(request, respond, 403, true));
                }
                _ => return,
            },
        }
    }
}

async fn apns_h2_plain<S>(tls: S)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let Ok(mut conn) = h2::server::handshake(tls).await else {
        return;
    };
    while let Some(Ok((_request, mut respond))) = conn.accept().await {
        let response = http::Response::builder()
            .status(200)
            .header("server", "nginx")
            .body(())
            .unwrap();
        if let Ok(mut send) = respond.send_response(response, false) {
            let _ = send.send_data(Bytes::from_static(b"<html>It works</html>"), true);
        }
    }
}

/// Answers a DNS query for a name in `answers` with one A record; NXDOMAIN otherwise.
fn dns_reply(query: &[u8], answers: &[(String, Ipv4Addr)]) -> Option<Vec<u8>> {
    let mut pos = 12;
    let mut labels = Vec::new();
    loop {
        let len = *query.get(pos)? as usize;
        pos += 1;
        if len == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(pos..pos + len)?).to_string());
        pos += len;
    }
    let qtype = u16::from_be_bytes([*query.get(pos)?, *query.get(pos + 1)?]);
    let question_end = pos + 4;
    let name = labels.join(".").to_ascii_lowercase();
    let found = answers.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    let mut reply = query.get(..question_end)?.to_vec();
    reply[2] = 0x81;
    reply[3] = if found.is_some() { 0x80 } else { 0x83 };
    reply[6] = 0;
    reply[7] = 0;
    reply[8..12].fill(0);
    if let (Some(addr), 1) = (found, qtype) {
        reply[7] = 1;
        reply.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
        reply.extend_from_slice(&addr.octets());
    }
    Some(reply)
}

/// Whether this process may create network namespaces (root on Linux with unshare).
pub fn can_unshare() -> bool {
    Command::new("unshare")
        .args(["--net", "true"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Type alias to keep the public surface tidy.
pub type Der = CertificateDer<'static>;

/// A helper process of the bed (Squid, mitmproxy), stopped when dropped.
pub struct Helper {
    child: std::process::Child,
    /// Its address as a proxy URL, for `http_proxy`/`https_proxy`.
    pub url: String,
}

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Bed {
    /// Starts Squid on `ip:13128` with CONNECT allowed only to `ssl_ports` (as Squid's
    /// default `SSL_ports` allows only 443), resolving names from `hosts`. `None` when Squid is
    /// not installed (the caller says it skipped).
    pub fn squid(
        &self,
        ip: Ipv4Addr,
        ssl_ports: &[u16],
        hosts: &[(&str, Ipv4Addr)],
    ) -> Option<Helper> {
        let binary = ["/usr/sbin/squid", "/usr/bin/squid"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())?;
        let dir = self.dir.path().join(format!("squid-{ip}"));
        std::fs::create_dir_all(&dir).unwrap();
        // Squid drops to its own user: let it write its logs here.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        }
        let hosts_text: String = hosts.iter().map(|(n, a)| format!("{a} {n}\n")).collect();
        std::fs::write(dir.join("hosts"), hosts_text).unwrap();
        let ports: Vec<String> = ssl_ports.iter().map(u16::to_string).collect();
        let config = format!(
            "http_port {ip}:13128\n\
             acl SSL_ports port {ports}\n\
             acl CONNECT method CONNECT\n\
             http_access deny CONNECT !SSL_ports\n\
             http_access allow all\n\
             hosts_file {hosts}\n\
             dns_nameservers 127.0.0.1\n\
             cache deny all\n\
             pid_filename {dir}/squid.pid\n\
             cache_log {dir}/cache.log\n\
             access_log {dir}/access.log\n\
             coredump_dir {dir}\n\
             shutdown_lifetime 0 seconds\n",
            ports = ports.join(" "),
            hosts = dir.join("hosts").display(),
            dir = dir.display(),
        );
        std::fs::write(dir.join("squid.conf"), config).unwrap();
        let child = Command::new(binary)
            .args(["-N", "-f"])
            .arg(dir.join("squid.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let squid = Helper {
            child,
            url: format!("http://{ip}:13128"),
        };
        wait_listening(ip, 13128, Duration::from_secs(15), &dir.join("cache.log"));
        Some(squid)
    }
}

impl Bed {
    /// Starts mitmdump on `ip:18081` as a decrypting proxy that sends the named hosts to the
    /// given addresses. `None` when mitmproxy is not installed (the caller says it skipped).
    pub fn mitmproxy(&self, ip: Ipv4Addr, hosts: &[(&str, Ipv4Addr)]) -> Option<Helper> {
        let binary = std::env::var_os("PATH")
            .into_iter()
            .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
            .map(|d| d.join("mitmdump"))
            .find(|p| p.exists())?;
        let dir = self.dir.path().join(format!("mitm-{ip}"));
        std::fs::create_dir_all(&dir).unwrap();
        let map: Vec<String> = hosts
            .iter()
            .map(|(n, a)| format!("{n:?}: {:?}", a.to_string()))
            .collect();
        let addon = format!(
            "MAP = {{{}}}\n\
             class Redirect:\n\
             \x20   def http_connect(self, flow):\n\
             \x20       if flow.request.host in MAP:\n\
             \x20           flow.request.host = MAP[flow.request.host]\n\
             addons = [Redirect()]\n",
            map.join(", ")
        );
        std::fs::write(dir.join("redirect.py"), addon).unwrap();
        let child = Command::new(binary)
            .args(["--mode", "regular", "--listen-host"])
            .arg(ip.to_string())
            .args(["--listen-port", "18081", "--set"])
            .arg(format!("confdir={}", dir.display()))
            .args(["--set", "ssl_insecure=true", "-q", "-s"])
            .arg(dir.join("redirect.py"))
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(dir.join("mitm.log")).unwrap())
            .spawn()
            .unwrap();
        let mitm = Helper {
            child,
            url: format!("http://{ip}:18081"),
        };
        wait_listening(ip, 18081, Duration::from_secs(30), &dir.join("mitm.log"));
        Some(mitm)
    }
}

/// Waits until a helper process listens on `ip:port`; fails with its log when it never does.
fn wait_listening(ip: Ipv4Addr, port: u16, limit: Duration, log: &std::path::Path) {
    let started = Instant::now();
    while std::net::TcpStream::connect((ip, port)).is_err() {
        assert!(
            started.elapsed() < limit,
            "nothing listens on {ip}:{port} after {limit:?}: {}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A bed whose push ports are all closed (5223 and 443 refused on every courier address).
pub fn blocked_bed() -> Bed {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    setup.courier_fallback = vec![Serve::Closed; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    bed
}

/// English left in text shown in the pseudo-language: every word of two or more ASCII
/// letters outside the pseudo-language's brackets, once the report's data (host names,
/// addresses, technical detail lines, ids: shown as written in every language) and the
/// product's own name are taken out. Empty when everything a person reads was translated.
pub fn untranslated(text: &str, data: &[String]) -> Vec<String> {
    // Wrapping only ever breaks at spaces: compare with every run of space as one.
    let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut rest = squeeze(text);
    let mut data: Vec<String> = data
        .iter()
        .map(|d| squeeze(d))
        .filter(|d| d.len() > 1)
        .collect();
    // Longest first, so a host name goes before the part of it that is another's.
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for d in &data {
        rest = rest.replace(d.as_str(), " ");
    }
    // Brackets nest (a sentence inside a sentence): take out the innermost first.
    while let Some(open) = rest.rfind('[') {
        match rest[open..].find(']') {
            Some(close) => rest.replace_range(open..=open + close, " "),
            None => break,
        }
    }
    // A line of a wrapped label carries only one of its brackets.
    if let Some(close) = rest.rfind(']') {
        rest.replace_range(..=close, " ");
    }
    if let Some(open) = rest.find('[') {
        rest.truncate(open);
    }
    // egui's own labels of a window's close button and edges: read by screen readers,
    // never drawn.
    if rest.trim() == "Close window" || rest.trim_start().starts_with("Resize window") {
        return Vec::new();
    }
    // The product's name and units.
    const KEPT: [&str; 6] = ["Push Check", "pushcheck", "ms", "min", "UTC", "ALPN"];
    for k in KEPT {
        rest = rest.replace(k, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_string)
        .collect()
}

/// The strings of a report that are data rather than words: shown as written whatever the
/// language (host names, addresses, ids, technical details, the catalog's document titles).
pub fn report_data(report: &serde_json::Value) -> Vec<String> {
    // Words are translated: the headline, the findings, check names, proxy source names.
    let mut data = report.clone();
    data["headline"] = serde_json::Value::Null;
    data["findings"] = serde_json::Value::Null;
    for check in data["checks"].as_array_mut().into_iter().flatten() {
        check["name"] = serde_json::Value::Null;
    }
    for source in data["proxy"]["sources"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        source["source"] = serde_json::Value::Null;
    }
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&data, &mut out);
    out
}
