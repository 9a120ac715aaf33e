//! TCP connect under a deadline, with the failure told apart.

use std::io;
use std::net::SocketAddr;

use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};

use super::outcome::Outcome;

/// Connects to `addr`; on failure says whether it was refused, reset, unreachable or timed out.
pub async fn connect(addr: SocketAddr, deadline: Instant) -> Result<TcpStream, (Outcome, String)> {
    match timeout_at(deadline, TcpStream::connect(addr)).await {
        Ok(Ok(stream)) => {
            let _ = stream.set_nodelay(true);
            Ok(stream)
        }
        Ok(Err(e)) => Err(classify_io(&e, addr)),
        Err(_) => Err((
            Outcome::Timeout,
            format!("no answer from {addr} before the deadline (packets silently dropped)"),
        )),
    }
}

/// Maps a socket error to an outcome and a sentence naming the address.
pub fn classify_io(e: &io::Error, addr: SocketAddr) -> (Outcome, String) {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => (
            Outcome::Refused,
            format!("{addr} refused the connection (a firewall rejected it, or nothing listens)"),
        ),
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe => (
            Outcome::Reset,
            format!("the connection to {addr} was reset"),
        ),
        io::ErrorKind::UnexpectedEof => (
            Outcome::Reset,
            format!("{addr} closed the connection before answering"),
        ),
        io::ErrorKind::NetworkUnreachable
        | io::ErrorKind::HostUnreachable
        | io::ErrorKind::AddrNotAvailable => {
            (Outcome::Unreachable, format!("no route to {addr}: {e}"))
        }
        io::ErrorKind::TimedOut => (
            Outcome::Timeout,
            format!("no answer from {addr} (the system gave up waiting)"),
        ),
        _ => (
            Outcome::Unreachable,
            format!("cannot connect to {addr}: {e}"),
        ),
    }
}
