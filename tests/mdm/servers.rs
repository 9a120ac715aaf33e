//! The school's MDM servers of the tests: real `openssl s_server` processes with certificates
//! made by the `openssl` command (a school CA and a leaf of the strength each case needs),
//! plain TCP servers that answer garbage or trickle, and a TCP relay that plays a firewall
//! reading only the first segment of a connection. Every server listens on loopback only.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A free loopback port for a server to take: below Linux's ephemeral range (32768–60999),
/// so no client socket of a test running beside takes it before the server binds it, and
/// never the same twice in this program (a port the kernel hands out for port 0 can be handed
/// out again at once, and two servers then answer on one port).
pub fn free_port() -> u16 {
    static NEXT: std::sync::atomic::AtomicU16 = std::sync::atomic::AtomicU16::new(30000);
    loop {
        let port = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        assert!(port < 32768, "no free port left below the ephemeral range");
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// How a leaf certificate is made.
#[derive(Debug, Clone)]
pub struct Leaf {
    /// `rsa:2048`, `rsa:1024`, `ec` (P-256)…
    pub key: &'static str,
    /// `sha256`, `sha1`, …
    pub digest: &'static str,
    /// Days of validity.
    pub days: u32,
    /// With the serverAuth extended key usage.
    pub server_auth: bool,
    /// The DNS name in its subjectAltName.
    pub name: &'static str,
}

impl Default for Leaf {
    fn default() -> Self {
        Leaf {
            key: "rsa:2048",
            digest: "sha256",
            days: 397,
            server_auth: true,
            name: "mdm.school.test",
        }
    }
}

/// A school CA and one leaf it issued, as PEM files in `dir`: `ca.pem`, `leaf.pem`,
/// `leaf.key`.
pub fn certificates(dir: &Path, leaf: &Leaf) -> (PathBuf, PathBuf, PathBuf) {
    if !dir.join("ca.pem").exists() {
        openssl(
            dir,
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "3650",
                "-subj",
                "/CN=School Test CA/O=Push Check tests",
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign",
            ],
        );
    }
    let key_args: Vec<&str> = if leaf.key == "ec" {
        vec!["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
    } else {
        vec!["-newkey", leaf.key]
    };
    let mut req = vec![
        "req", "-new", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
    ];
    req.extend(key_args);
    req.extend(["-subj", "/CN=MDM server"]);
    openssl(dir, &req);
    let mut ext = format!(
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nsubjectAltName=DNS:{}\n",
        leaf.name
    );
    if leaf.server_auth {
        ext.push_str("extendedKeyUsage=serverAuth\n");
    }
    std::fs::write(dir.join("leaf.ext"), ext).unwrap();
    let days = leaf.days.to_string();
    let digest = format!("-{}", leaf.digest);
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "leaf.pem",
            "-days",
            &days,
            &digest,
            "-extfile",
            "leaf.ext",
        ],
    );
    (
        dir.join("ca.pem"),
        dir.join("leaf.pem"),
        dir.join("leaf.key"),
    )
}

/// Waits until something accepts connections at `addr`.
pub fn wait_listening(addr: SocketAddr) {
    let until = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
        assert!(Instant::now() < until, "nothing listens at {addr}");
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// A running `openssl s_server`, killed when dropped.
pub struct OpensslServer {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    _dir: tempfile::TempDir,
    /// The school CA that issued its certificate (for `--ca-file`).
    pub ca: PathBuf,
}

impl OpensslServer {
    /// Starts `openssl s_server -www` with a certificate made as `leaf` says, and `extra`
    /// options (`-no_tls1_3`, `-cipher …`); `conf` is an OpenSSL configuration for what has no
    /// option (`Options = -ExtendedMasterSecret`).
    pub fn start(leaf: &Leaf, extra: &[&str], conf: Option<&str>) -> OpensslServer {
        let dir = tempfile::tempdir().unwrap();
        let (ca, cert, key) = certificates(dir.path(), leaf);
        let port = free_port();
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let mut cmd = Command::new("openssl");
        cmd.args(["s_server", "-accept", &addr.to_string(), "-quiet"])
            .arg("-cert")
            .arg(&cert)
            .arg("-key")
            .arg(&key)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(conf) = conf {
            let path = dir.path().join("openssl.cnf");
            std::fs::write(
                &path,
                format!(
                    "openssl_conf = openssl_init\n[openssl_init]\nssl_conf = ssl_sect\n[ssl_sect]\nsystem_default = system_default_sect\n[system_default_sect]\n{conf}\n"
                ),
            )
            .unwrap();
            cmd.env("OPENSSL_CONF", path);
        }
        let child = cmd.spawn().unwrap();
        wait_listening(addr);
        OpensslServer {
            child,
            addr,
            _dir: dir,
            ca,
        }
    }

    /// `https://mdm.school.test:PORT/`
    pub fn url(&self) -> String {
        format!("https://mdm.school.test:{}/", self.addr.port())
    }
}

impl Drop for OpensslServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain TCP server that answers each connection with `answer` (its own thread per
/// connection), stopped when dropped.
pub struct TcpServer {
    /// Where it listens.
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

/// What a [`TcpServer`] does with a connection.
#[derive(Debug, Clone, Copy)]
pub enum Answer {
    /// Writes something that is not TLS, then closes.
    Garbage,
    /// Writes one byte of a TLS record header every second, for ever.
    Trickle,
}

impl TcpServer {
    /// Starts the server.
    pub fn start(answer: Answer) -> TcpServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        std::thread::spawn(move || {
            while !stopping.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        let stopping = stopping.clone();
                        std::thread::spawn(move || match answer {
                            Answer::Garbage => {
                                let _ = stream.write_all(b"SSH-2.0-OpenSSH_9.2\r\n");
                            }
                            Answer::Trickle => {
                                for byte in [22u8, 3, 3, 0x40, 0].iter().cycle() {
                                    if stopping.load(Ordering::SeqCst)
                                        || stream.write_all(&[*byte]).is_err()
                                    {
                                        break;
                                    }
                                    std::thread::sleep(Duration::from_secs(1));
                                }
                            }
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        TcpServer { addr, stop }
    }
}

impl Drop for TcpServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// How the relay treats the first segment of a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Firewall {
    /// Passes everything.
    Open,
    /// Reads at most 1,460 bytes first (one segment) and resets the connection when the
    /// ClientHello record is longer: a box that inspects only the first segment.
    FirstSegmentOnly,
    /// Resets a ClientHello that offers the hybrid group X25519MLKEM768 (0x11EC): a box that
    /// refuses the new key exchange whatever its size.
    NoPostQuantum,
}

/// A TCP relay in front of `upstream`, playing a firewall; stopped when dropped.
pub struct Relay {
    /// Where it listens.
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
}

const SEGMENT: usize = 1460;

impl Relay {
    /// Starts the relay at `listen` (a loopback address and port of the test's choice).
    pub fn start(listen: SocketAddr, upstream: SocketAddr, firewall: Firewall) -> Relay {
        let listener = TcpListener::bind(listen).unwrap();
        let addr = listener.local_addr().unwrap();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        std::thread::spawn(move || {
            while !stopping.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((client, _)) => {
                        std::thread::spawn(move || relay(client, upstream, firewall));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Relay { addr, stop }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Resets a connection (SO_LINGER 0), as a firewall does.
fn reset(stream: TcpStream) {
    let socket = socket2::Socket::from(stream);
    let _ = socket.set_linger(Some(Duration::ZERO));
    drop(socket);
}

fn relay(mut client: TcpStream, upstream: SocketAddr, firewall: Firewall) {
    let _ = client.set_nonblocking(false);
    let _ = client.set_read_timeout(Some(Duration::from_secs(10)));
    // The first read, capped at one segment: on loopback the whole hello would come at once.
    let cap = if firewall == Firewall::FirstSegmentOnly {
        SEGMENT
    } else {
        64 * 1024
    };
    let mut first = vec![0u8; cap];
    let n = match client.read(&mut first) {
        Ok(n) if n > 0 => n,
        _ => return,
    };
    first.truncate(n);
    let record = if first.len() >= 5 && first[0] == 22 {
        5 + usize::from(u16::from_be_bytes([first[3], first[4]]))
    } else {
        0
    };
    match firewall {
        Firewall::FirstSegmentOnly if record > first.len() => return reset(client),
        // The hybrid key share: group 0x11EC and its length, 1,216 bytes.
        Firewall::NoPostQuantum if first.windows(4).any(|w| w == [0x11, 0xec, 0x04, 0xc0]) => {
            return reset(client);
        }
        _ => {}
    }
    let Ok(mut server) = TcpStream::connect(upstream) else {
        return reset(client);
    };
    if server.write_all(&first).is_err() {
        return;
    }
    let (Ok(mut client_read), Ok(mut server_write)) = (client.try_clone(), server.try_clone())
    else {
        return;
    };
    let up = std::thread::spawn(move || {
        let _ = std::io::copy(&mut client_read, &mut server_write);
        let _ = server_write.shutdown(Shutdown::Write);
    });
    let _ = std::io::copy(&mut server, &mut client);
    let _ = client.shutdown(Shutdown::Write);
    let _ = up.join();
}
