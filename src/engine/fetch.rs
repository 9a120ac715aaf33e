//! Fetching a PAC file: `file://` (regular files only, size capped, read under the deadline),
//! `http://` and `https://` with a well-kept HTTP/1 client (hyper: chunked bodies, an honoured
//! `Content-Length`, so a keep-alive server does not hold the run to its deadline), up to five
//! redirects, IPv6 literal hosts. `https://` is verified against the school's anchors.

use std::net::{IpAddr, SocketAddr};

use http_body_util::{BodyExt, Limited};
use hyper_util::rt::TokioIo;
use tokio::io::AsyncReadExt;
use tokio::time::{Instant, timeout_at};

use super::dns::{ResolveRule, override_for};
use super::tcp;
use super::tls::{Peer, Trust};

/// The largest PAC file accepted.
pub const LIMIT: usize = 1024 * 1024;
/// Redirects followed at most.
pub const REDIRECTS: usize = 5;

/// Why a fetch failed, as data: automatic discovery finding no PAC file (a name that does
/// not resolve, nothing answering, an HTTP error) is told apart from a file that is there
/// but broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchFailure {
    /// The server's name does not resolve.
    NotResolved,
    /// Nothing answered: the connection was refused, unreachable or timed out.
    NoAnswer,
    /// The server answered with this HTTP status (neither 200 nor a redirect).
    Status(u16),
    /// Anything else: encryption, a broken or oversized answer, a bad redirect, a file.
    Other,
}

/// A failed fetch: what kind of failure, and one line saying it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{detail}")]
pub struct FetchError {
    /// What failed, as data.
    pub failure: FetchFailure,
    /// One line for people (technical detail).
    pub detail: String,
}

impl FetchError {
    fn other(detail: impl Into<String>) -> FetchError {
        FetchError {
            failure: FetchFailure::Other,
            detail: detail.into(),
        }
    }
}

/// Fetches a small text file (a PAC file) under the deadline; every failure is typed, with
/// one line.
pub async fn fetch(
    url: &str,
    overrides: &[ResolveRule],
    trust: &Trust,
    deadline: Instant,
) -> Result<String, FetchError> {
    if url
        .get(..7)
        .is_some_and(|s| s.eq_ignore_ascii_case("file://"))
    {
        let path = file_path(url).map_err(FetchError::other)?;
        return read_file(&path, deadline).await.map_err(FetchError::other);
    }
    let mut current = url.to_string();
    for hop in 0..=REDIRECTS {
        // Which hop failed, after the first: "after 2 redirects, http://…: …".
        let at_hop = |e: FetchError| match hop {
            0 => e,
            n => FetchError {
                failure: e.failure,
                detail: format!(
                    "after {n} redirect{}, {}: {}",
                    if n == 1 { "" } else { "s" },
                    crate::proxy::mask_credentials(&current),
                    e.detail
                ),
            },
        };
        match get(&current, overrides, trust, deadline)
            .await
            .map_err(at_hop)?
        {
            Fetched::Body(text) => return Ok(text),
            Fetched::Redirect(location) => {
                let next = resolve_location(&current, &location).map_err(FetchError::other)?;
                // A downgrade anyone on the path could have injected.
                if is_https(&current) && !is_https(&next) {
                    return Err(FetchError::other(format!(
                        "redirect {} from https to {} refused: a PAC file fetched over https is not fetched again in the clear",
                        hop + 1,
                        crate::proxy::mask_credentials(&next)
                    )));
                }
                current = next;
            }
        }
    }
    Err(FetchError::other(format!(
        "more than {REDIRECTS} redirects"
    )))
}

fn is_https(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
}

/// The path a `file:` URL names, as the OS means it: the scheme in any case, percent-encoded
/// characters decoded; on Windows drive letters (`file:///C:/…`) and UNC shares
/// (`file://server/share/…`).
pub fn file_path(url: &str) -> Result<std::path::PathBuf, String> {
    let shown = crate::proxy::mask_credentials(url);
    let parsed =
        url::Url::parse(url).map_err(|e| format!("\"{shown}\" is not a file address: {e}"))?;
    parsed.to_file_path().map_err(|()| {
        format!(
            "\"{shown}\" names no file this computer can open (a file: address names a local path or, on Windows, a share)"
        )
    })
}

/// A local PAC file: a regular file, at most [`LIMIT`] bytes, read before the deadline.
async fn read_file(path: &std::path::Path, deadline: Instant) -> Result<String, String> {
    let path = path.display();
    let work = async {
        let meta = tokio::fs::metadata(path.to_string())
            .await
            .map_err(|e| format!("{path}: {e}"))?;
        if !meta.file_type().is_file() {
            return Err(format!(
                "{path} is not a regular file (a device, a pipe or a folder cannot be a PAC file)"
            ));
        }
        if meta.len() > LIMIT as u64 {
            return Err(format!("{path} is larger than 1 MiB"));
        }
        let file = tokio::fs::File::open(path.to_string())
            .await
            .map_err(|e| format!("{path}: {e}"))?;
        let mut bytes = Vec::new();
        file.take(LIMIT as u64 + 1)
            .read_to_end(&mut bytes)
            .await
            .map_err(|e| format!("{path}: {e}"))?;
        if bytes.len() > LIMIT {
            return Err(format!("{path} is larger than 1 MiB"));
        }
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    timeout_at(deadline, work)
        .await
        .map_err(|_| format!("{path} could not be read in time"))?
}

enum Fetched {
    Body(String),
    Redirect(String),
}

/// One GET: the body of a 200, or where a redirect points.
async fn get(
    url: &str,
    overrides: &[ResolveRule],
    trust: &Trust,
    deadline: Instant,
) -> Result<Fetched, FetchError> {
    let uri: http::Uri = url.parse().map_err(|_| {
        FetchError::other(format!(
            "\"{}\" is not an address",
            crate::proxy::mask_credentials(url)
        ))
    })?;
    let secure = match uri.scheme_str() {
        Some("https") => true,
        Some("http") => false,
        _ => {
            return Err(FetchError::other(
                "only http://, https:// and file:// addresses can be fetched",
            ));
        }
    };
    let host = uri
        .host()
        .ok_or_else(|| FetchError::other("the address names no host"))?;
    // IPv6 literals come bracketed: [::1].
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let port = uri.port_u16().unwrap_or(if secure { 443 } else { 80 });
    let addr = address(bare, port, overrides, deadline).await?;
    let stream = tcp::connect(addr, deadline)
        .await
        .map_err(|(outcome, detail)| FetchError {
            failure: if outcome.is_blocked() {
                FetchFailure::NoAnswer
            } else {
                FetchFailure::Other
            },
            detail,
        })?;
    let path = uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".to_string());
    let authority = match uri.port_u16() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    };
    let request = http::Request::get(path)
        .header(http::header::HOST, authority)
        .header(http::header::USER_AGENT, "pushcheck")
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .map_err(|e| FetchError::other(e.to_string()))?;
    let exchange = async {
        if secure {
            let (tls, _) = super::tls::handshake(
                trust,
                Peer::School,
                stream,
                bare,
                &["http/1.1".to_string()],
                deadline,
            )
            .await
            .map_err(|(_, detail, _)| FetchError::other(detail))?;
            send(TokioIo::new(tls), request).await
        } else {
            send(TokioIo::new(stream), request).await
        }
    };
    timeout_at(deadline, exchange)
        .await
        .map_err(|_| FetchError {
            failure: FetchFailure::NoAnswer,
            detail: "the server did not answer in time".to_string(),
        })?
}

async fn address(
    host: &str,
    port: u16,
    overrides: &[ResolveRule],
    deadline: Instant,
) -> Result<SocketAddr, FetchError> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(SocketAddr::new(ip, port));
    }
    if let Some(ip) = override_for(overrides, host).and_then(|a| a.first().copied()) {
        return Ok(SocketAddr::new(ip, port));
    }
    let unresolved = |detail: String| FetchError {
        failure: FetchFailure::NotResolved,
        detail,
    };
    timeout_at(deadline, tokio::net::lookup_host((host.to_string(), port)))
        .await
        .map_err(|_| unresolved(format!("{host} did not resolve in time")))?
        .map_err(|e| unresolved(format!("{host} does not resolve: {e}")))?
        .next()
        .ok_or_else(|| unresolved(format!("{host} has no address")))
}

async fn send<T>(
    io: T,
    request: http::Request<http_body_util::Empty<bytes::Bytes>>,
) -> Result<Fetched, FetchError>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(|e| FetchError::other(format!("HTTP failed: {e}")))?;
    let driver = tokio::spawn(async move {
        let _ = connection.await;
    });
    let result = async {
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| FetchError::other(format!("HTTP failed: {e}")))?;
        let status = response.status();
        if status.is_redirection() {
            let location = response
                .headers()
                .get(http::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| {
                    FetchError::other(format!(
                        "the server answered HTTP {} without a Location",
                        status.as_u16()
                    ))
                })?;
            return Ok(Fetched::Redirect(location.to_string()));
        }
        if status != http::StatusCode::OK {
            return Err(FetchError {
                failure: FetchFailure::Status(status.as_u16()),
                detail: format!("the server answered HTTP {}", status.as_u16()),
            });
        }
        let body = Limited::new(response.into_body(), LIMIT)
            .collect()
            .await
            .map_err(|e| {
                FetchError::other(if e.is::<http_body_util::LengthLimitError>() {
                    "larger than 1 MiB".to_string()
                } else {
                    format!("the answer was cut short: {e}")
                })
            })?
            .to_bytes();
        Ok(Fetched::Body(String::from_utf8_lossy(&body).into_owned()))
    }
    .await;
    driver.abort();
    result
}

/// Where a `Location` points, from the address that answered with it: an address of its
/// own (any case of scheme), one without a scheme (`//host/path`, the base's scheme), an
/// absolute path, or a path beside the base's.
fn resolve_location(base: &str, location: &str) -> Result<String, String> {
    let location = location.trim();
    let lower = location.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let (scheme, rest) = location.split_at(location.find("://").unwrap_or(0));
        return Ok(format!("{}{rest}", scheme.to_ascii_lowercase()));
    }
    if lower.contains("://") {
        return Err(format!(
            "a redirect to \"{}\", which is not http or https",
            crate::proxy::mask_credentials(location)
        ));
    }
    let uri: http::Uri = base.parse().map_err(|_| "bad redirect".to_string())?;
    let (scheme, authority) = (
        uri.scheme_str().unwrap_or("http"),
        uri.authority().map(|a| a.as_str()).unwrap_or(""),
    );
    if let Some(elsewhere) = location.strip_prefix("//") {
        return Ok(format!("{scheme}://{elsewhere}"));
    }
    if location.starts_with('/') {
        return Ok(format!("{scheme}://{authority}{location}"));
    }
    let dir = uri.path().rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    Ok(format!("{scheme}://{authority}{dir}/{location}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_locations_resolve_like_a_browser() {
        let base = "http://pac.school.example:8080/dir/proxy.pac";
        assert_eq!(
            resolve_location(base, "https://other.example/p.pac").unwrap(),
            "https://other.example/p.pac"
        );
        assert_eq!(
            resolve_location(base, "/root.pac").unwrap(),
            "http://pac.school.example:8080/root.pac"
        );
        assert_eq!(
            resolve_location(base, "next.pac").unwrap(),
            "http://pac.school.example:8080/dir/next.pac"
        );
        // A scheme-relative Location names a host, not a path.
        assert_eq!(
            resolve_location("https://pac.school.example/p.pac", "//other.example/q.pac").unwrap(),
            "https://other.example/q.pac"
        );
        assert_eq!(
            resolve_location(base, "HTTPS://Other.example/p.pac").unwrap(),
            "https://Other.example/p.pac"
        );
        assert!(resolve_location(base, "ftp://x/p.pac").is_err());
    }

    #[test]
    fn file_addresses_read_as_the_os_means_them() {
        #[cfg(unix)]
        {
            assert_eq!(
                file_path("FILE:///etc/pac%20files/school.pac").unwrap(),
                std::path::PathBuf::from("/etc/pac files/school.pac")
            );
            assert_eq!(
                file_path("file://localhost/etc/proxy.pac").unwrap(),
                std::path::PathBuf::from("/etc/proxy.pac")
            );
            // A share on another computer is not a local file on Linux or macOS.
            assert!(file_path("file://server/share/proxy.pac").is_err());
        }
        #[cfg(windows)]
        {
            assert_eq!(
                file_path("file:///C:/ProgramData/School/proxy%20file.pac").unwrap(),
                std::path::PathBuf::from(r"C:\ProgramData\School\proxy file.pac")
            );
            assert_eq!(
                file_path("file://server/share/proxy.pac").unwrap(),
                std::path::PathBuf::from(r"\\server\share\proxy.pac")
            );
        }
    }
}
