//! Name resolution: `--resolve` overrides, the system resolver (what devices use), and a
//! small DNS client for the second opinion of a public resolver.

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

use tokio::net::UdpSocket;
use tokio::time::{Instant, timeout_at};

use super::error::EngineError;

/// `HOST:ADDR`: answer HOST (or any subdomain, for `*.example.com`) with ADDR, without DNS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolveRule {
    /// `name` or `*.suffix`.
    pub pattern: String,
    /// The answer.
    pub addr: IpAddr,
}

impl FromStr for ResolveRule {
    type Err = EngineError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || EngineError::BadResolveRule(text.to_string());
        let (host, addr) = text.split_once(':').ok_or_else(bad)?;
        let addr = addr.trim_start_matches('[').trim_end_matches(']');
        let addr: IpAddr = addr.parse().map_err(|_| bad())?;
        let name = host.strip_prefix("*.").unwrap_or(host);
        if !crate::catalog::valid_host_name(name) {
            return Err(bad());
        }
        Ok(ResolveRule {
            pattern: host.to_ascii_lowercase(),
            addr,
        })
    }
}

/// A resolver to ask when the system's answer is missing or outside Apple's ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicDns(pub SocketAddr);

impl FromStr for PublicDns {
    type Err = EngineError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Ok(addr) = text.parse::<SocketAddr>() {
            return Ok(PublicDns(addr));
        }
        let bare = text.trim_start_matches('[').trim_end_matches(']');
        bare.parse::<IpAddr>()
            .map(|ip| PublicDns(SocketAddr::new(ip, 53)))
            .map_err(|_| EngineError::BadPublicDns(text.to_string()))
    }
}

/// Well-known public resolvers used when `--public-dns` is not given.
pub fn default_public_dns() -> Vec<PublicDns> {
    ["1.1.1.1:53", "8.8.8.8:53", "9.9.9.9:53"]
        .iter()
        .filter_map(|s| s.parse().ok())
        .map(PublicDns)
        .collect()
}

/// Where an answer came from.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AnswerSource {
    /// A `--resolve` rule.
    Override,
    /// The system resolver.
    System,
    /// The public resolver (second opinion).
    PublicDns,
}

impl AnswerSource {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerSource::Override => "override",
            AnswerSource::System => "system",
            AnswerSource::PublicDns => "public_dns",
        }
    }
}

/// The answer for one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Addresses in the order the resolver gave them, without duplicates.
    pub addrs: Vec<IpAddr>,
    /// Who answered.
    pub source: AnswerSource,
    /// Why there are no addresses, when there are none.
    pub error: Option<String>,
}

/// The answer of a `--resolve` rule for `host`, exact names winning over wildcards and longer
/// wildcards over shorter ones.
pub fn override_for(rules: &[ResolveRule], host: &str) -> Option<Vec<IpAddr>> {
    let host = host.to_ascii_lowercase();
    let exact: Vec<IpAddr> = rules
        .iter()
        .filter(|r| r.pattern == host)
        .map(|r| r.addr)
        .collect();
    if !exact.is_empty() {
        return Some(exact);
    }
    let best = rules
        .iter()
        .filter_map(|r| {
            let suffix = r.pattern.strip_prefix('*')?;
            host.ends_with(suffix).then_some(suffix.len())
        })
        .max()?;
    Some(
        rules
            .iter()
            .filter(|r| r.pattern.strip_prefix('*').map(str::len) == Some(best))
            .filter(|r| {
                r.pattern
                    .strip_prefix('*')
                    .is_some_and(|s| host.ends_with(s))
            })
            .map(|r| r.addr)
            .collect(),
    )
}

/// Asks the system resolver (getaddrinfo), as the devices on this network would.
pub async fn system_lookup(host: &str, deadline: Instant) -> Answer {
    let lookup = tokio::net::lookup_host((host.to_string(), 0u16));
    match timeout_at(deadline, lookup).await {
        Ok(Ok(addrs)) => {
            let addrs = dedup(addrs.map(|sa| sa.ip()));
            let error = addrs
                .is_empty()
                .then(|| "the resolver returned no address".to_string());
            Answer {
                addrs,
                source: AnswerSource::System,
                error,
            }
        }
        Ok(Err(e)) => Answer {
            addrs: Vec::new(),
            source: AnswerSource::System,
            error: Some(e.to_string()),
        },
        Err(_) => Answer {
            addrs: Vec::new(),
            source: AnswerSource::System,
            error: Some("the resolver did not answer in time".to_string()),
        },
    }
}

/// Asks each public resolver in turn (A and AAAA) until one answers.
pub async fn public_lookup(servers: &[PublicDns], host: &str, deadline: Instant) -> Answer {
    let mut errors = Vec::new();
    for server in servers {
        let (a, aaaa) = tokio::join!(
            query(server.0, host, RecordType::A, deadline),
            query(server.0, host, RecordType::Aaaa, deadline)
        );
        match (a, aaaa) {
            (Err(e), Err(_)) => {
                if !errors.contains(&e) {
                    errors.push(e);
                }
            }
            (a, aaaa) => {
                let addrs = dedup(
                    a.unwrap_or_default()
                        .into_iter()
                        .chain(aaaa.unwrap_or_default()),
                );
                let error = addrs
                    .is_empty()
                    .then(|| format!("{} knows no address for {host}", server.0));
                return Answer {
                    addrs,
                    source: AnswerSource::PublicDns,
                    error,
                };
            }
        }
        if Instant::now() >= deadline {
            break;
        }
    }
    Answer {
        addrs: Vec::new(),
        source: AnswerSource::PublicDns,
        error: Some(if errors.is_empty() {
            "no public resolver configured".to_string()
        } else {
            errors.join("; ")
        }),
    }
}

fn dedup(addrs: impl Iterator<Item = IpAddr>) -> Vec<IpAddr> {
    let mut seen = HashSet::new();
    addrs.filter(|a| seen.insert(*a)).collect()
}

/// DNS record types this client asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordType {
    /// IPv4 address.
    A,
    /// IPv6 address.
    Aaaa,
}

impl RecordType {
    fn code(self) -> u16 {
        match self {
            RecordType::A => 1,
            RecordType::Aaaa => 28,
        }
    }
}

/// Builds a recursive query for `host` (RFC 1035 section 4).
pub fn encode_query(id: u16, host: &str, kind: RecordType) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(32 + host.len());
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in host.trim_end_matches('.').split('.') {
        let len = u8::try_from(label.len())
            .ok()
            .filter(|l| (1..64).contains(l))?;
        out.push(len);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
    out.extend_from_slice(&kind.code().to_be_bytes());
    out.extend_from_slice(&1u16.to_be_bytes());
    Some(out)
}

/// Why a DNS answer could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DnsWireError {
    /// The message is cut short or malformed.
    #[error("malformed DNS answer")]
    Malformed,
    /// The answer belongs to another query.
    #[error("DNS answer for another query")]
    WrongId,
    /// The server answered with an error code.
    #[error("DNS server answered {0}")]
    Rcode(&'static str),
}

/// Reads the addresses of the given type out of a DNS response.
pub fn decode_answer(id: u16, kind: RecordType, msg: &[u8]) -> Result<Vec<IpAddr>, DnsWireError> {
    let header = msg.get(..12).ok_or(DnsWireError::Malformed)?;
    if u16::from_be_bytes([header[0], header[1]]) != id {
        return Err(DnsWireError::WrongId);
    }
    match header[3] & 0x0f {
        0 => {}
        3 => return Ok(Vec::new()),
        2 => return Err(DnsWireError::Rcode("SERVFAIL")),
        5 => return Err(DnsWireError::Rcode("REFUSED")),
        _ => return Err(DnsWireError::Rcode("an error")),
    }
    let questions = u16::from_be_bytes([header[4], header[5]]);
    let answers = u16::from_be_bytes([header[6], header[7]]);
    let mut pos = 12;
    for _ in 0..questions {
        pos = skip_name(msg, pos)? + 4;
    }
    let mut out = Vec::new();
    for _ in 0..answers {
        pos = skip_name(msg, pos)?;
        let fixed = msg.get(pos..pos + 10).ok_or(DnsWireError::Malformed)?;
        let rtype = u16::from_be_bytes([fixed[0], fixed[1]]);
        let len = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
        pos += 10;
        let data = msg.get(pos..pos + len).ok_or(DnsWireError::Malformed)?;
        pos += len;
        if rtype != kind.code() {
            continue;
        }
        match (kind, data.len()) {
            (RecordType::A, 4) => out.push(IpAddr::from([data[0], data[1], data[2], data[3]])),
            (RecordType::Aaaa, 16) => {
                let mut octets = [0u8; 16];
                octets.copy_from_slice(data);
                out.push(IpAddr::from(octets));
            }
            _ => return Err(DnsWireError::Malformed),
        }
    }
    Ok(out)
}

fn skip_name(msg: &[u8], mut pos: usize) -> Result<usize, DnsWireError> {
    loop {
        let len = *msg.get(pos).ok_or(DnsWireError::Malformed)?;
        match len {
            0 => return Ok(pos + 1),
            l if l & 0xc0 == 0xc0 => return Ok(pos + 2),
            l if l < 64 => pos += 1 + usize::from(l),
            _ => return Err(DnsWireError::Malformed),
        }
    }
}

async fn query(
    server: SocketAddr,
    host: &str,
    kind: RecordType,
    deadline: Instant,
) -> Result<Vec<IpAddr>, String> {
    let id: u16 = rand::random();
    let packet = encode_query(id, host, kind).ok_or("not a host name")?;
    let bind: SocketAddr = if server.is_ipv4() {
        ([0, 0, 0, 0], 0).into()
    } else {
        ([0u16; 8], 0).into()
    };
    let exchange = async {
        let socket = UdpSocket::bind(bind).await.map_err(|e| e.to_string())?;
        socket.connect(server).await.map_err(|e| e.to_string())?;
        socket.send(&packet).await.map_err(|e| e.to_string())?;
        let mut buf = vec![0u8; 1500];
        loop {
            let n = socket.recv(&mut buf).await.map_err(|e| e.to_string())?;
            match decode_answer(id, kind, buf.get(..n).unwrap_or_default()) {
                Err(DnsWireError::WrongId) => continue,
                other => return other.map_err(|e| e.to_string()),
            }
        }
    };
    timeout_at(deadline, exchange)
        .await
        .unwrap_or_else(|_| Err("no answer in time".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(list: &[&str]) -> Vec<ResolveRule> {
        list.iter().map(|s| s.parse().unwrap()).collect()
    }

    #[test]
    fn resolve_rules_parse_v4_v6_and_wildcards() {
        let r: ResolveRule = "api.push.apple.com:[::1]".parse().unwrap();
        assert_eq!(r.addr, "::1".parse::<IpAddr>().unwrap());
        let r: ResolveRule = "*.push.apple.com:127.0.0.2".parse().unwrap();
        assert_eq!(r.pattern, "*.push.apple.com");
        assert!("nohost".parse::<ResolveRule>().is_err());
        assert!("a.b:300.1.1.1".parse::<ResolveRule>().is_err());
        assert!(":127.0.0.1".parse::<ResolveRule>().is_err());
    }

    #[test]
    fn exact_names_win_over_wildcards_and_longer_wildcards_win() {
        let r = rules(&[
            "*.apple.com:127.0.0.9",
            "*.push.apple.com:127.0.0.2",
            "api.push.apple.com:127.0.0.3",
            "api.push.apple.com:[::1]",
        ]);
        let v = |s: &str| -> IpAddr { s.parse().unwrap() };
        assert_eq!(
            override_for(&r, "API.push.apple.com"),
            Some(vec![v("127.0.0.3"), v("::1")])
        );
        assert_eq!(
            override_for(&r, "1-courier.push.apple.com"),
            Some(vec![v("127.0.0.2")])
        );
        assert_eq!(override_for(&r, "gs.apple.com"), Some(vec![v("127.0.0.9")]));
        assert_eq!(override_for(&r, "apple.com"), None);
        assert_eq!(override_for(&r, "example.org"), None);
    }

    #[test]
    fn public_dns_accepts_bare_and_port_forms() {
        assert_eq!(
            "127.0.0.1".parse::<PublicDns>().unwrap().0,
            "127.0.0.1:53".parse::<SocketAddr>().unwrap()
        );
        assert_eq!("[::1]:5353".parse::<PublicDns>().unwrap().0.port(), 5353);
        assert!("dns.example".parse::<PublicDns>().is_err());
    }

    #[test]
    fn query_round_trip_with_compressed_answers() {
        let q = encode_query(0x1234, "1-courier.push.apple.com", RecordType::A).unwrap();
        // A response: header with 1 answer, the question echoed, an answer using a name pointer.
        let mut r = q.clone();
        r[2] = 0x81;
        r[3] = 0x80;
        r[7] = 2;
        for ip in [[17, 57, 146, 52], [17, 57, 146, 53]] {
            r.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
            r.extend_from_slice(&ip);
        }
        let addrs = decode_answer(0x1234, RecordType::A, &r).unwrap();
        assert_eq!(
            addrs,
            vec![
                "17.57.146.52".parse::<IpAddr>().unwrap(),
                "17.57.146.53".parse().unwrap()
            ]
        );
        assert_eq!(
            decode_answer(0x9999, RecordType::A, &r),
            Err(DnsWireError::WrongId)
        );
        assert_eq!(
            decode_answer(0x1234, RecordType::A, &r[..r.len() - 2]),
            Err(DnsWireError::Malformed)
        );
    }

    #[test]
    fn hostile_answers_never_panic() {
        let q = encode_query(7, "a.b", RecordType::Aaaa).unwrap();
        for cut in 0..q.len() {
            let _ = decode_answer(7, RecordType::Aaaa, &q[..cut]);
        }
        let mut looped = q.clone();
        looped[7] = 200;
        assert!(decode_answer(7, RecordType::Aaaa, &looped).is_err());
    }
}
