//! Name resolution: `--resolve` overrides, the system resolver (what devices use), and a
//! DNS client (messages built and parsed by hickory-proto) for the second opinion of a public
//! resolver.

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

/// How many names are asked of the system resolver at once (each is an A and an AAAA query).
/// A burst of hundreds overflows a small resolver: dnsmasq, on many school routers, forwards
/// at most 150 queries at once and drops the rest, and in the lab its receive buffer dropped
/// 26–38 of 440 queries in two runs of eight; a dropped query holds its name until the DNS
/// deadline, a false failure. 48 names (96 queries) at a time keep the built-in catalog's 72
/// names to two rounds.
pub const SYSTEM_LOOKUPS_AT_ONCE: usize = 48;

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
    fn wire(self) -> hickory_proto::rr::RecordType {
        match self {
            RecordType::A => hickory_proto::rr::RecordType::A,
            RecordType::Aaaa => hickory_proto::rr::RecordType::AAAA,
        }
    }
}

/// Builds a recursive query for `host` (RFC 1035 section 4), with hickory-proto.
pub fn encode_query(id: u16, host: &str, kind: RecordType) -> Option<Vec<u8>> {
    use hickory_proto::op::{Message, MessageType, OpCode, Query};
    use hickory_proto::rr::Name;
    let name = Name::from_ascii(host).ok()?;
    if name.is_wildcard() || name.num_labels() == 0 {
        return None;
    }
    let mut message = Message::new();
    message
        .set_id(id)
        .set_message_type(MessageType::Query)
        .set_op_code(OpCode::Query)
        .set_recursion_desired(true)
        .add_query(Query::query(name, kind.wire()));
    message.to_vec().ok()
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

/// Reads the addresses of the given type out of a DNS response (hickory-proto parses it).
pub fn decode_answer(id: u16, kind: RecordType, msg: &[u8]) -> Result<Vec<IpAddr>, DnsWireError> {
    use hickory_proto::op::{Message, MessageType, ResponseCode};
    use hickory_proto::rr::RData;
    let message = Message::from_vec(msg).map_err(|_| DnsWireError::Malformed)?;
    if message.id() != id {
        return Err(DnsWireError::WrongId);
    }
    if message.message_type() != MessageType::Response {
        return Err(DnsWireError::Malformed);
    }
    match message.response_code() {
        ResponseCode::NoError => {}
        ResponseCode::NXDomain => return Ok(Vec::new()),
        ResponseCode::ServFail => return Err(DnsWireError::Rcode("SERVFAIL")),
        ResponseCode::Refused => return Err(DnsWireError::Rcode("REFUSED")),
        _ => return Err(DnsWireError::Rcode("an error")),
    }
    Ok(message
        .answers()
        .iter()
        .filter(|r| r.record_type() == kind.wire())
        .filter_map(|r| match r.data() {
            RData::A(a) => Some(IpAddr::V4(a.0)),
            RData::AAAA(a) => Some(IpAddr::V6(a.0)),
            _ => None,
        })
        .collect())
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

    #[test]
    fn answer_parsing_property_holds_for_random_and_mangled_answers() {
        // A property test (the fuzz target `dns_answer` needs nightly; this runs in CI):
        // for random responses carrying random addresses among other records, decoding gives
        // exactly those addresses, in order; any mangling of them (cut, bytes flipped,
        // counts raised) gives an error or a subset, and never panics.
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed_d115);
        for round in 0..2000u32 {
            let id: u16 = rng.random();
            let kind = if round % 2 == 0 {
                RecordType::A
            } else {
                RecordType::Aaaa
            };
            let mut msg = encode_query(id, "7-courier.push.apple.com", kind).unwrap();
            msg[2] |= 0x80; // a response
            msg[3] = 0x80;
            let count = rng.random_range(0..6u8);
            let mut want = Vec::new();
            msg[7] = count;
            for _ in 0..count {
                // A CNAME-typed record of the other kind now and then: skipped, not read.
                if rng.random_bool(0.2) {
                    msg.extend_from_slice(&[0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 60, 0, 2, 0xc0, 12]);
                    continue;
                }
                match kind {
                    RecordType::A => {
                        let ip: [u8; 4] = rng.random();
                        msg.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
                        msg.extend_from_slice(&ip);
                        want.push(IpAddr::from(ip));
                    }
                    RecordType::Aaaa => {
                        let ip: [u8; 16] = rng.random();
                        msg.extend_from_slice(&[0xc0, 12, 0, 28, 0, 1, 0, 0, 0, 60, 0, 16]);
                        msg.extend_from_slice(&ip);
                        want.push(IpAddr::from(ip));
                    }
                }
            }
            assert_eq!(
                decode_answer(id, kind, &msg),
                Ok(want.clone()),
                "round {round}"
            );
            let mut mangled = msg.clone();
            match rng.random_range(0..3u8) {
                0 => mangled.truncate(rng.random_range(0..msg.len())),
                1 => {
                    for _ in 0..rng.random_range(1..4) {
                        let at = rng.random_range(0..mangled.len());
                        mangled[at] = rng.random();
                    }
                }
                _ => mangled[7] = mangled[7].saturating_add(rng.random_range(1..50)),
            }
            if let Ok(got) = decode_answer(id, kind, &mangled) {
                assert!(got.len() <= 255, "round {round}");
            }
        }
    }
}
