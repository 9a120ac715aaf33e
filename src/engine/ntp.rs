//! The time check: one SNTP request to Apple's time server (UDP 123) under the deadline. An
//! answer is a second opinion on this computer's clock beside the servers' `Date` headers;
//! none means devices cannot set their clocks from Apple.

use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::time::{Instant, timeout_at};

use super::outcome::Outcome;

/// Seconds from 1900 (NTP's era) to 1970.
const NTP_TO_UNIX: u64 = 2_208_988_800;

/// What the time server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeAnswer {
    /// `Ok` for a valid server answer.
    pub outcome: Outcome,
    /// One line saying what came back.
    pub detail: String,
    /// The server's time, when it answered.
    pub server_time: Option<SystemTime>,
}

/// An NTP timestamp: seconds since 1900 and a binary fraction.
fn timestamp(t: SystemTime) -> [u8; 8] {
    let since = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = u32::try_from((since.as_secs() + NTP_TO_UNIX) & 0xffff_ffff).unwrap_or(0);
    let frac = u32::try_from((u64::from(since.subsec_nanos()) << 32) / 1_000_000_000).unwrap_or(0);
    let mut out = [0u8; 8];
    out[..4].copy_from_slice(&secs.to_be_bytes());
    out[4..].copy_from_slice(&frac.to_be_bytes());
    out
}

fn time_of(bytes: &[u8]) -> Option<SystemTime> {
    let secs = u64::from(u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?));
    let frac = u64::from(u32::from_be_bytes(bytes.get(4..8)?.try_into().ok()?));
    let unix = secs.checked_sub(NTP_TO_UNIX)?;
    let nanos = (frac * 1_000_000_000) >> 32;
    UNIX_EPOCH.checked_add(Duration::new(unix, u32::try_from(nanos).ok()?))
}

/// A client request (version 4, mode 3) carrying `now` as its transmit time.
pub fn request(now: SystemTime) -> [u8; 48] {
    let mut packet = [0u8; 48];
    packet[0] = 0b00_100_011;
    packet[40..48].copy_from_slice(&timestamp(now));
    packet
}

/// The server's transmit time of an answer to `sent`, or why it is not one.
pub fn read_answer(answer: &[u8], sent: &[u8; 48]) -> Result<SystemTime, String> {
    if answer.len() < 48 {
        return Err(format!("a short answer ({} bytes)", answer.len()));
    }
    if answer[0] & 0b111 != 4 {
        return Err("an answer that is not from a time server".to_string());
    }
    if answer[1] == 0 {
        return Err("a refusal (kiss-of-death)".to_string());
    }
    // The server echoes our transmit time as its origin time: anything else is not ours.
    if answer[24..32] != sent[40..48] {
        return Err("an answer to another request".to_string());
    }
    time_of(&answer[40..48]).ok_or_else(|| "an answer without a valid time".to_string())
}

/// Asks the time server at `addr` once, `now` being this run's clock.
pub async fn probe(addr: SocketAddr, now: SystemTime, deadline: Instant) -> TimeAnswer {
    let failed = |outcome, detail: String| TimeAnswer {
        outcome,
        detail,
        server_time: None,
    };
    let bind: SocketAddr = if addr.is_ipv4() {
        ([0, 0, 0, 0], 0).into()
    } else {
        ([0u16; 8], 0).into()
    };
    let socket = match tokio::net::UdpSocket::bind(bind).await {
        Ok(s) => s,
        Err(e) => {
            return failed(
                Outcome::Unreachable,
                format!("cannot open a UDP socket: {e}"),
            );
        }
    };
    if let Err(e) = socket.connect(addr).await {
        return failed(Outcome::Unreachable, format!("no route to {addr}: {e}"));
    }
    let sent = request(now);
    let exchange = async {
        socket.send(&sent).await?;
        let mut buf = [0u8; 512];
        let n = socket.recv(&mut buf).await?;
        Ok::<_, std::io::Error>(buf[..n].to_vec())
    };
    match timeout_at(deadline, exchange).await {
        Err(_) => failed(
            Outcome::Timeout,
            format!(
                "no answer from {addr} on UDP port {} before the deadline",
                addr.port()
            ),
        ),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => failed(
            Outcome::Refused,
            format!(
                "{addr} refused UDP port {} (a firewall rejected it, or nothing listens)",
                addr.port()
            ),
        ),
        Ok(Err(e)) => failed(Outcome::Unreachable, format!("{addr}: {e}")),
        Ok(Ok(answer)) => match read_answer(&answer, &sent) {
            Ok(time) => TimeAnswer {
                outcome: Outcome::Ok,
                detail: format!("{addr} answered with the time"),
                server_time: Some(time),
            },
            Err(what) => failed(Outcome::UnexpectedResponse, format!("{addr} sent {what}")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_and_answers_are_checked() {
        let now = UNIX_EPOCH + Duration::from_millis(1_764_000_000_123);
        let back = time_of(&timestamp(now)).unwrap();
        let diff = now.duration_since(back).unwrap_or_else(|e| e.duration());
        assert!(diff < Duration::from_micros(1), "{diff:?}");
        let sent = request(now);
        let mut answer = [0u8; 48];
        answer[0] = 0b00_100_100;
        answer[1] = 2;
        answer[24..32].copy_from_slice(&sent[40..48]);
        answer[40..48].copy_from_slice(&timestamp(now + Duration::from_secs(90)));
        let server = read_answer(&answer, &sent).unwrap();
        let ahead = server.duration_since(now).unwrap().as_secs_f64();
        assert!((ahead - 90.0).abs() < 0.001, "{ahead}");
        // Someone else's answer, a refusal, a short packet: not a time.
        let mut other = answer;
        other[24] ^= 1;
        assert!(read_answer(&other, &sent).is_err());
        let mut kod = answer;
        kod[1] = 0;
        assert!(read_answer(&kod, &sent).is_err());
        assert!(read_answer(&answer[..20], &sent).is_err());
    }
}
