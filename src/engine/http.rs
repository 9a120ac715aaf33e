//! Plain HTTP: Apple's captive-portal page, and the server `Date` for the clock check.

use std::net::SocketAddr;
use std::time::SystemTime;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{Instant, timeout_at};

use super::outcome::{CaptiveAnswerer, Outcome};
use super::provider::clip;
use super::tcp;

/// What the captive-portal page looked like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptiveAnswer {
    /// `Ok` when the page holds the expected text.
    pub outcome: Outcome,
    /// One line saying what came back.
    pub detail: String,
    /// The server's `Date`.
    pub server_date: Option<SystemTime>,
    /// What answered instead of Apple's page, when something did.
    pub answerer: Option<CaptiveAnswerer>,
}

const LIMIT: usize = 64 * 1024;

/// Fetches `http://host{path}` from `addr` and looks for `expect` in the body.
pub async fn captive(
    addr: SocketAddr,
    host: &str,
    path: &str,
    expect: &str,
    deadline: Instant,
) -> CaptiveAnswer {
    let mut stream = match tcp::connect(addr, deadline).await {
        Ok(s) => s,
        Err((outcome, detail)) => {
            return CaptiveAnswer {
                outcome,
                detail,
                server_date: None,
                answerer: None,
            };
        }
    };
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: CaptiveNetworkSupport wispr\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    );
    let exchange = async {
        stream.write_all(request.as_bytes()).await?;
        let mut data = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            data.extend_from_slice(buf.get(..n).unwrap_or_default());
            if data.len() >= LIMIT {
                break;
            }
        }
        Ok::<_, std::io::Error>(data)
    };
    let data = match timeout_at(deadline, exchange).await {
        Err(_) => {
            return CaptiveAnswer {
                outcome: Outcome::Timeout,
                detail: format!("{addr} accepted the connection but sent no page in time"),
                server_date: None,
                answerer: None,
            };
        }
        Ok(Err(e)) => {
            let (outcome, detail) = tcp::classify_io(&e, addr);
            return CaptiveAnswer {
                outcome,
                detail,
                server_date: None,
                answerer: None,
            };
        }
        Ok(Ok(data)) => data,
    };
    read_page(&data, expect)
}

/// Judges a raw HTTP answer: the status, the `Location` of a redirect, the expected text.
pub fn read_page(data: &[u8], expect: &str) -> CaptiveAnswer {
    let text = String::from_utf8_lossy(data);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok());
    let header = |name: &str| {
        head.lines().skip(1).find_map(|line| {
            let (k, v) = line.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    };
    let server_date = header("date").and_then(|d| httpdate::parse_http_date(&d).ok());
    let Some(status) = status.filter(|_| status_line.starts_with("HTTP/")) else {
        let text = clip(&text, 60);
        return CaptiveAnswer {
            outcome: Outcome::UnexpectedResponse,
            detail: format!("the answer is not HTTP: \"{text}\""),
            server_date,
            answerer: Some(CaptiveAnswerer::NotHttp { text }),
        };
    };
    if status == 200 && body.contains(expect) {
        return CaptiveAnswer {
            outcome: Outcome::Ok,
            detail: format!("Apple's page answered \"{expect}\": no login page in the way"),
            server_date,
            answerer: None,
        };
    }
    let (detail, answerer) = match header("location") {
        Some(location) if (300..400).contains(&status) => {
            let location = clip(&location, 80);
            (
                format!(
                    "answered HTTP {status}, sending the browser to {location} instead of Apple's page"
                ),
                CaptiveAnswerer::Redirect { status, location },
            )
        }
        _ => {
            let body = clip(body, 60);
            (
                format!("answered HTTP {status} with a page that is not Apple's (\"{body}\")"),
                CaptiveAnswerer::Page { status, body },
            )
        }
    };
    CaptiveAnswer {
        outcome: Outcome::UnexpectedResponse,
        detail,
        server_date,
        answerer: Some(answerer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apple_success_page_is_ok() {
        let page = b"HTTP/1.1 200 OK\r\nDate: Sat, 28 Nov 2026 10:00:00 GMT\r\nContent-Type: text/html\r\n\r\n<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>";
        let answer = read_page(page, "Success");
        assert_eq!(answer.outcome, Outcome::Ok);
        assert!(answer.server_date.is_some());
    }

    #[test]
    fn redirect_names_the_portal() {
        let page =
            b"HTTP/1.1 302 Found\r\nLocation: http://portal.school.example/login?x=1\r\n\r\n";
        let answer = read_page(page, "Success");
        assert_eq!(answer.outcome, Outcome::UnexpectedResponse);
        assert!(
            answer.detail.contains("portal.school.example/login"),
            "{}",
            answer.detail
        );
    }

    #[test]
    fn garbage_is_not_http() {
        let answer = read_page(b"\x00\x01garbage", "Success");
        assert_eq!(answer.outcome, Outcome::UnexpectedResponse);
        assert!(read_page(b"", "Success").detail.contains("not HTTP"));
    }
}
