//! The provider API check: an unauthenticated HTTP/2 request that only APNs answers with
//! `403` + `apns-id` + `{"reason": ...}`. Anything else means something stands in between.

use std::time::SystemTime;

use bytes::Bytes;
use http::{Method, Request};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};
use tokio_rustls::client::TlsStream;

use super::outcome::Outcome;

/// A device token-shaped path: 64 hex digits, all zero, which no real device owns.
pub const PROBE_PATH: &str =
    "/3/device/0000000000000000000000000000000000000000000000000000000000000000";

/// What the provider API answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderAnswer {
    /// `Ok` only for APNs' own answer.
    pub outcome: Outcome,
    /// One line saying what came back.
    pub detail: String,
    /// The server's `Date`, when it sent one.
    pub server_date: Option<SystemTime>,
    /// APNs answered, but busy or failing: its status and reason.
    pub busy: Option<(u16, String)>,
}

const BODY_LIMIT: usize = 16 * 1024;

/// Sends the probe request over an established TLS connection (ALPN must be h2).
pub async fn probe(tls: TlsStream<TcpStream>, host: &str, deadline: Instant) -> ProviderAnswer {
    let negotiated = tls.get_ref().1.alpn_protocol().map(<[u8]>::to_vec);
    if negotiated.as_deref() != Some(b"h2") {
        return ProviderAnswer {
            outcome: Outcome::UnexpectedResponse,
            detail: "the server did not agree to HTTP/2 (ALPN h2), so it is not APNs".to_string(),
            server_date: None,
            busy: None,
        };
    }
    match timeout_at(deadline, exchange(tls, host)).await {
        Ok(answer) => answer,
        Err(_) => ProviderAnswer {
            outcome: Outcome::Timeout,
            detail: "the HTTP/2 request got no answer in time".to_string(),
            server_date: None,
            busy: None,
        },
    }
}

async fn exchange(tls: TlsStream<TcpStream>, host: &str) -> ProviderAnswer {
    let failed = |detail: String| ProviderAnswer {
        outcome: Outcome::UnexpectedResponse,
        detail,
        server_date: None,
        busy: None,
    };
    let (mut client, connection) = match h2::client::handshake(tls).await {
        Ok(pair) => pair,
        Err(e) => return failed(format!("HTTP/2 setup failed: {e}")),
    };
    let driver = tokio::spawn(async move {
        let _ = connection.await;
    });
    let answer = async {
        let request = Request::builder()
            .method(Method::POST)
            .uri(format!("https://{host}{PROBE_PATH}"))
            .header("apns-topic", "com.apple.mgmt.pushcheck")
            .header("content-type", "application/json")
            .body(())
            .map_err(|e| format!("cannot build the request: {e}"))?;
        let (response, mut stream) = client
            .send_request(request, false)
            .map_err(|e| format!("HTTP/2 request refused: {e}"))?;
        stream
            .send_data(Bytes::from_static(b"{\"aps\":{}}"), true)
            .map_err(|e| format!("HTTP/2 request body refused: {e}"))?;
        let response = response
            .await
            .map_err(|e| format!("no HTTP/2 answer: {e}"))?;
        let (parts, mut body) = response.into_parts();
        let mut data = Vec::new();
        while let Some(chunk) = body.data().await {
            let chunk = chunk.map_err(|e| format!("answer cut short: {e}"))?;
            let _ = body.flow_control().release_capacity(chunk.len());
            data.extend_from_slice(&chunk);
            if data.len() > BODY_LIMIT {
                break;
            }
        }
        Ok::<_, String>((parts, data))
    }
    .await;
    driver.abort();
    let (parts, data) = match answer {
        Ok(pair) => pair,
        Err(detail) => return failed(detail),
    };
    let server_date = parts
        .headers
        .get(http::header::DATE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| httpdate::parse_http_date(v).ok());
    let apns_id = parts.headers.get("apns-id").is_some();
    let reason = serde_json::from_slice::<serde_json::Value>(&data)
        .ok()
        .and_then(|v| v.get("reason").and_then(|r| r.as_str()).map(str::to_string));
    let status = parts.status.as_u16();
    match (status, apns_id, reason) {
        (403, true, Some(reason)) => ProviderAnswer {
            outcome: Outcome::Ok,
            detail: format!(
                "APNs answered 403 {reason}, as it does to a request without credentials"
            ),
            server_date,
            busy: None,
        },
        // APNs itself, overloaded or failing: the path works, Apple is busy.
        (429 | 500 | 503, true, Some(reason)) => ProviderAnswer {
            outcome: Outcome::Ok,
            detail: format!(
                "APNs answered {status} {}: Apple's server is there but busy or failing",
                clip(&reason, 60)
            ),
            server_date,
            busy: Some((status, clip(&reason, 60))),
        },
        (status, apns_id, reason) => {
            let server = parts
                .headers
                .get(http::header::SERVER)
                .and_then(|v| v.to_str().ok())
                .map(|s| format!(", server \"{}\"", clip(s, 60)))
                .unwrap_or_default();
            let what = match reason {
                Some(r) => format!("reason \"{}\"", clip(&r, 60)),
                None => format!("body \"{}\"", clip(&String::from_utf8_lossy(&data), 80)),
            };
            let id = if apns_id { "" } else { ", no apns-id header" };
            ProviderAnswer {
                outcome: Outcome::UnexpectedResponse,
                detail: format!("answered HTTP {status}{server}{id}, {what} — not APNs' answer"),
                server_date,
                busy: None,
            }
        }
    }
}

/// Shortens text for a one-line detail, on a character boundary.
pub fn clip(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.trim();
    match flat.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat.to_string(),
    }
}
