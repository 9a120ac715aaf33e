//! The path through a proxy: HTTP CONNECT to an Apple host, after which the caller runs the
//! TLS handshake through the tunnel (and learns whether the proxy re-signs the traffic).

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};

use super::outcome::Outcome;
use super::provider::clip;
use super::tcp;
use crate::proxy::ProxyUrl;

const HEAD_LIMIT: usize = 16 * 1024;

/// Opens a tunnel to `host:port` through `proxy`.
pub async fn connect_via(
    proxy: &ProxyUrl,
    host: &str,
    port: u16,
    deadline: Instant,
) -> Result<TcpStream, (Outcome, String)> {
    if proxy.scheme != "http" {
        return Err((
            Outcome::Skipped,
            format!(
                "{proxy} is a {} proxy; only HTTP proxies are tested",
                proxy.scheme
            ),
        ));
    }
    let lookup = tokio::net::lookup_host((proxy.host.clone(), proxy.port));
    let addrs: Vec<SocketAddr> = match timeout_at(deadline, lookup).await {
        Ok(Ok(addrs)) => addrs.collect(),
        Ok(Err(e)) => {
            return Err((
                Outcome::ProxyFailed,
                format!("the proxy's name {} does not resolve: {e}", proxy.host),
            ));
        }
        Err(_) => {
            return Err((
                Outcome::Timeout,
                format!("the proxy's name {} did not resolve in time", proxy.host),
            ));
        }
    };
    let Some(addr) = addrs.first().copied() else {
        return Err((
            Outcome::ProxyFailed,
            format!("the proxy's name {} has no address", proxy.host),
        ));
    };
    let mut stream = tcp::connect(addr, deadline)
        .await
        .map_err(|(outcome, detail)| {
            let outcome = if outcome == Outcome::Refused {
                Outcome::ProxyFailed
            } else {
                outcome
            };
            (
                outcome,
                format!("the proxy {proxy} cannot be reached: {detail}"),
            )
        })?;
    let request = format!(
        "CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: pushcheck/{}\r\nProxy-Connection: keep-alive\r\n\r\n",
        env!("CARGO_PKG_VERSION")
    );
    let exchange = async {
        stream.write_all(request.as_bytes()).await?;
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        // Byte by byte, so nothing of the tunnel behind the answer is consumed.
        while !head.ends_with(b"\r\n\r\n") && head.len() < HEAD_LIMIT {
            let n = stream.read(&mut byte).await?;
            if n == 0 {
                break;
            }
            head.push(byte[0]);
        }
        Ok::<_, std::io::Error>(head)
    };
    let head = match timeout_at(deadline, exchange).await {
        Err(_) => {
            return Err((
                Outcome::Timeout,
                format!("the proxy {proxy} did not answer CONNECT in time"),
            ));
        }
        Ok(Err(e)) => {
            let (outcome, detail) = tcp::classify_io(&e, addr);
            return Err((outcome, format!("through the proxy {proxy}: {detail}")));
        }
        Ok(Ok(head)) => head,
    };
    let text = String::from_utf8_lossy(&head);
    let status_line = text.lines().next().unwrap_or("");
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok());
    match status {
        Some(200..=299) => Ok(stream),
        Some(407) => Err((
            Outcome::ProxyFailed,
            format!(
                "the proxy {proxy} asks for a user name and password (HTTP 407) before it lets {host}:{port} through"
            ),
        )),
        Some(code) => Err((
            Outcome::ProxyFailed,
            format!(
                "the proxy {proxy} refused the tunnel to {host}:{port} (\"{}\", HTTP {code})",
                clip(status_line, 60)
            ),
        )),
        None => Err((
            Outcome::ProxyFailed,
            format!(
                "the proxy {proxy} did not answer CONNECT with HTTP (\"{}\")",
                clip(&text, 60)
            ),
        )),
    }
}
