//! Fetching PAC files the way school networks serve them: a local file (never a device or a
//! pipe), chunked answers, keep-alive servers that answer with a Content-Length and keep the
//! connection, redirects (up to five), and IPv6 literal addresses. Every failure is one clear
//! line, and none holds the run to its deadline.
//!
//! Linux only: the PAC address comes from KDE's settings, which only Linux reads; the
//! fetching itself is the same code on every OS.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

mod testbed;

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::time::{Duration, Instant};

use testbed::{Bed, Run, Setup};

const DIRECT: &str = "function FindProxyForURL(u, h) { return 'DIRECT'; }";

fn pac_run(bed: &Bed, url: &str) -> (Run, Duration) {
    bed.kde_pac(url);
    let started = Instant::now();
    let run = bed.run(&["--timeout", "5"]);
    (run, started.elapsed())
}

fn pac_check(run: &Run) -> serde_json::Value {
    let pac = run.checks("pac:");
    assert_eq!(pac.len(), 1, "{:#}", run.json["checks"]);
    pac[0].clone()
}

fn bed() -> Bed {
    let bed = Bed::new();
    bed.start(&Setup::healthy(), 0);
    bed
}

#[test]
fn devices_and_pipes_are_refused_at_once() {
    let bed = bed();
    let (run, took) = pac_run(&bed, "file:///dev/zero");
    let pac = pac_check(&run);
    assert_eq!(pac["outcome"], "proxy_failed");
    assert!(
        pac["detail"]
            .as_str()
            .unwrap()
            .contains("not a regular file"),
        "{pac:#}"
    );
    assert!(took < Duration::from_secs(3), "{took:?}");
    // A FIFO nobody writes to: reading it would wait for ever.
    let fifo = bed.dir.path().join("proxy.pac");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let (run, took) = pac_run(&bed, &format!("file://{}", fifo.display()));
        let pac = pac_check(&run);
        assert!(
            pac["detail"]
                .as_str()
                .unwrap()
                .contains("not a regular file"),
            "{pac:#}"
        );
        assert!(took < Duration::from_secs(3), "{took:?}");
    }
    // A real file is read.
    let file = bed.dir.path().join("real.pac");
    std::fs::write(&file, DIRECT).unwrap();
    let (run, _) = pac_run(&bed, &format!("file://{}", file.display()));
    assert_eq!(pac_check(&run)["outcome"], "ok");
}

#[test]
fn chunked_and_keep_alive_answers_are_read_without_waiting_for_the_deadline() {
    let bed = bed();
    // Chunked, as many web servers send dynamic files.
    let chunked = format!(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{DIRECT}\r\n0\r\n\r\n",
        DIRECT.len()
    );
    bed.serve_raw(
        SocketAddr::new(IpAddr::V4(bed.ip(75)), 18100),
        chunked.into_bytes(),
        true,
    );
    let (run, took) = pac_run(&bed, &format!("http://{}:18100/proxy.pac", bed.ip(75)));
    let pac = pac_check(&run);
    assert_eq!(pac["outcome"], "ok", "{pac:#}");
    assert!(
        pac["detail"].as_str().unwrap().contains("-> DIRECT"),
        "{pac:#}"
    );
    assert!(
        took < Duration::from_secs(3),
        "held by the open connection: {took:?}"
    );
    // Content-Length and the connection kept open: the length ends the answer.
    let sized = format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: keep-alive\r\n\r\n{DIRECT}",
        DIRECT.len()
    );
    bed.serve_raw(
        SocketAddr::new(IpAddr::V4(bed.ip(76)), 18101),
        sized.into_bytes(),
        true,
    );
    let (run, took) = pac_run(&bed, &format!("http://{}:18101/proxy.pac", bed.ip(76)));
    assert_eq!(pac_check(&run)["outcome"], "ok");
    assert!(
        took < Duration::from_secs(3),
        "held by the open connection: {took:?}"
    );
}

#[test]
fn redirects_are_followed_up_to_five() {
    let bed = bed();
    let ip = bed.ip(77);
    let pac = bed.serve_pac(ip, 18110, DIRECT);
    // A chain of n redirects ending at the PAC file.
    let chain = |first_port: u16, n: u16| {
        for i in 0..n {
            let next = if i + 1 == n {
                pac.clone()
            } else {
                format!("http://{ip}:{}/p.pac", first_port + i + 1)
            };
            let reply = format!(
                "HTTP/1.1 302 Found\r\nLocation: {next}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            bed.serve_raw(
                SocketAddr::new(IpAddr::V4(ip), first_port + i),
                reply.into_bytes(),
                false,
            );
        }
        format!("http://{ip}:{first_port}/p.pac")
    };
    let (run, _) = pac_run(&bed, &chain(18120, 5));
    assert_eq!(pac_check(&run)["outcome"], "ok", "{:#}", pac_check(&run));
    let (run, took) = pac_run(&bed, &chain(18130, 6));
    let failed = pac_check(&run);
    assert_eq!(failed["outcome"], "proxy_failed");
    assert!(
        failed["detail"]
            .as_str()
            .unwrap()
            .contains("more than 5 redirects"),
        "{failed:#}"
    );
    assert!(took < Duration::from_secs(3), "{took:?}");
}

/// A redirect answer to `location`, as a web server sends it.
fn redirect_to(location: &str) -> Vec<u8> {
    format!("HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        .into_bytes()
}

#[test]
fn redirects_never_go_from_https_to_http_and_say_which_hop_failed() {
    let bed = bed();
    let ip = bed.ip(78);
    let plain = bed.serve_pac(ip, 18150, DIRECT);
    // An https PAC address redirected to http: a downgrade anyone on the path could inject.
    bed.https_raw(false, ip, 18151, "pac.school.example", redirect_to(&plain));
    bed.kde_pac("https://pac.school.example:18151/proxy.pac");
    let mut resolve = bed.resolve.clone();
    resolve.push(format!("pac.school.example:{ip}"));
    let ca = bed.ca_file.to_str().unwrap().to_string();
    let run = bed.run_with(&resolve, &["--ca-file", &ca]);
    let pac = pac_check(&run);
    assert_eq!(pac["outcome"], "proxy_failed", "{pac:#}");
    let detail = pac["detail"].as_str().unwrap();
    assert!(detail.contains("from https to http"), "{detail}");
    assert!(detail.contains("refused"), "{detail}");
    // A scheme-relative Location names a host: //other:port/path is followed there.
    bed.serve_raw(
        SocketAddr::new(IpAddr::V4(ip), 18152),
        redirect_to(&format!("//{ip}:18150/proxy.pac")),
        false,
    );
    let (run, _) = pac_run(&bed, &format!("http://{ip}:18152/start.pac"));
    assert_eq!(pac_check(&run)["outcome"], "ok", "{:#}", pac_check(&run));
    // The second hop fails: the answer says after how many redirects, and where.
    bed.serve_raw(
        SocketAddr::new(IpAddr::V4(ip), 18153),
        redirect_to(&format!("http://{ip}:18159/gone.pac")),
        false,
    );
    let (run, _) = pac_run(&bed, &format!("http://{ip}:18153/start.pac"));
    let failed = pac_check(&run);
    let detail = failed["detail"].as_str().unwrap();
    assert!(
        detail.contains(&format!("after 1 redirect, http://{ip}:18159/gone.pac")),
        "{detail}"
    );
}

#[test]
fn file_addresses_are_read_as_the_os_means_them() {
    // Any case of scheme, and a space written as %20, as settings pages write it.
    let bed = bed();
    let file = bed.dir.path().join("school proxy.pac");
    std::fs::write(&file, DIRECT).unwrap();
    let url = format!("FILE://{}", file.display().to_string().replace(' ', "%20"));
    let (run, _) = pac_run(&bed, &url);
    assert_eq!(pac_check(&run)["outcome"], "ok", "{:#}", pac_check(&run));
}

#[test]
fn an_ipv6_literal_address_is_fetched() {
    let bed = bed();
    let reply = format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{DIRECT}",
        DIRECT.len()
    );
    let port = 18140 + (std::process::id() % 500) as u16;
    bed.serve_raw(
        SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port),
        reply.into_bytes(),
        false,
    );
    let (run, _) = pac_run(&bed, &format!("http://[::1]:{port}/proxy.pac"));
    assert_eq!(pac_check(&run)["outcome"], "ok", "{:#}", pac_check(&run));
}
