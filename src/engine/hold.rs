//! The hold test: does the path keep a quiet connection open as long as push needs?
//!
//! Apple's push connections carry nothing for 10–15 minutes at a time. A firewall or NAT that
//! forgets idle connections sooner breaks push silently while every quick test passes. The
//! hold test opens HTTP/2 connections to the provider API, leaves each idle for a different
//! length (a quarter, half, three quarters and all of `--hold`), then sends an HTTP/2 PING
//! on it. An answer means the path kept the connection; silence or a reset means something
//! on the way forgot it. A GOAWAY is Apple's server closing the connection, not the network.
//! As soon as one idle length is cut, the longer ones are not waited for: they would be cut
//! too.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinSet;
use tokio::time::{Instant, sleep_until, timeout_at};
use tokio_util::sync::CancellationToken;

use std::collections::HashMap;
use std::net::IpAddr;

use super::outcome::{CheckKind, CheckResult, Evidence, HoldEnd, Outcome};
use super::plan::Plan;
use super::probe::connect;
use super::resolve::Resolution;
use super::route::Paths;
use super::targets::{Target, unresolved_check, usable_addresses};
use super::{Ctx, Event, tls};
use crate::catalog::{Endpoint, Hosts, Port, ProbeKind, Role};

/// A duration as the detail sentences write it, in English like every detail IT quotes:
/// "40 s", "7 min", "2 h 5 min", "3 days". The engine writes these itself; the language
/// layer's English (`words::human_duration`) says the same, which a test holds it to.
pub(crate) fn english_duration(secs: u64) -> String {
    const DAY: u64 = 24 * 60 * 60;
    if secs < 60 {
        return format!("{secs} s");
    }
    if secs >= 2 * DAY {
        return format!("{} days", (secs + DAY / 2) / DAY);
    }
    let minutes = (secs + 30) / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// How long a PING may take to come back before the connection counts as forgotten.
pub const PING_WAIT: Duration = Duration::from_secs(5);

/// The longest hold accepted.
pub const MAX_HOLD: Duration = Duration::from_secs(2 * 60 * 60);

/// The idle lengths tested, one connection each: a quarter, half, three quarters and all of
/// `hold`, in whole seconds, without repeats.
pub fn checkpoints(hold: Duration) -> Vec<Duration> {
    let secs = hold.as_secs().max(1);
    let mut out: Vec<Duration> = (1..=4u64)
        .map(|k| Duration::from_secs(secs * k / 4))
        .filter(|d| !d.is_zero())
        .collect();
    out.dedup();
    out
}

/// How one held connection ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum End {
    /// The PING came back.
    Answered,
    /// The PING got no answer in [`PING_WAIT`].
    Unanswered,
    /// The connection was reset or closed without a GOAWAY.
    Cut(String),
    /// Apple's server said GOAWAY.
    GoAway(String),
    /// A shorter idle was already cut.
    NotNeeded,
    /// The person running the test stopped the wait.
    Stopped,
    /// The connection could not be opened.
    NoSetup(Outcome, String),
}

/// Runs the hold test towards `target` and reports one check per idle length.
pub(super) async fn run(ctx: Arc<Ctx>, target: Target, hold: Duration, deadline: Instant) {
    ctx.emit(Event::Holding { run: ctx.run, hold });
    let lengths = checkpoints(hold);
    let stops: Vec<CancellationToken> = lengths.iter().map(|_| ctx.stop.child_token()).collect();
    let mut tasks = JoinSet::new();
    // Each task's idle length and check id, so a task that panics is reported as what it is.
    let mut holding: HashMap<tokio::task::Id, (usize, String)> = HashMap::new();
    for (index, idle) in lengths.iter().copied().enumerate() {
        let ctx = ctx.clone();
        let target = target.clone();
        let stop = stops[index].clone();
        let check_id = hold_id(&target, idle);
        let task = tasks.spawn(async move {
            let id = hold_id(&target, idle);
            super::guard::inject(super::guard::Task::Hold, &id);
            ctx.emit(Event::ProbeStarted {
                run: ctx.run,
                id: id.clone(),
                hold: Some(idle),
            });
            let started = Instant::now();
            let (end, lasted) = one(&ctx, &target, idle, deadline, stop).await;
            (index, id, end, lasted, started.elapsed())
        });
        holding.insert(task.id(), (index, check_id));
    }
    let mut cut_at: Option<Duration> = None;
    while let Some(joined) = tasks.join_next().await {
        let (index, id, end, lasted, elapsed) = match joined {
            Ok(done) => done,
            Err(e) => {
                if let (true, Some((index, id))) = (e.is_panic(), holding.get(&e.id()).cloned()) {
                    let message = super::guard::message(e.into_panic());
                    let mut check = hold_check(
                        &ctx,
                        &target,
                        id,
                        lengths[index],
                        End::NotNeeded,
                        Duration::ZERO,
                        None,
                        Duration::ZERO,
                    );
                    super::guard::failed_inside(&mut check, &message);
                    ctx.finish(check);
                }
                continue;
            }
        };
        let idle = lengths[index];
        if matches!(end, End::Unanswered | End::Cut(_)) {
            // Longer idles would be cut too: stop waiting for them.
            for (later, stop) in stops.iter().enumerate() {
                if later > index {
                    stop.cancel();
                }
            }
            cut_at = Some(cut_at.map_or(lasted, |c: Duration| c.min(lasted)));
        }
        ctx.finish(hold_check(
            &ctx, &target, id, idle, end, lasted, cut_at, elapsed,
        ));
    }
}

fn hold_id(target: &Target, idle: Duration) -> String {
    match &target.via {
        Some(proxy) => format!("hold:{}s@via {proxy}", idle.as_secs()),
        None => format!("hold:{}s@{}", idle.as_secs(), target.addr),
    }
}

/// Opens one connection, keeps it idle for `idle`, then pings it.
async fn one(
    ctx: &Ctx,
    target: &Target,
    idle: Duration,
    deadline: Instant,
    stop: CancellationToken,
) -> (End, Duration) {
    let addr = SocketAddr::new(target.addr, target.port.0);
    let alpn = ["h2".to_string()];
    let setup = async {
        let stream = connect(target, addr, deadline).await?;
        let (tls, _) = tls::handshake(
            &ctx.plan.trust,
            tls::Peer::Apple,
            stream,
            &target.host,
            &alpn,
            deadline,
        )
        .await
        .map_err(|(outcome, detail, _)| (outcome, detail))?;
        if tls.get_ref().1.alpn_protocol() != Some(b"h2") {
            return Err((
                Outcome::UnexpectedResponse,
                "the server did not agree to HTTP/2".to_string(),
            ));
        }
        let watch = FrameWatch::new(tls);
        let seen = watch.goaway.clone();
        h2::client::handshake(watch)
            .await
            .map(|(client, connection)| (client, connection, seen))
            .map_err(|e| {
                (
                    Outcome::UnexpectedResponse,
                    format!("HTTP/2 setup failed: {e}"),
                )
            })
    };
    let (client, mut connection, goaway) = match timeout_at(deadline, setup).await {
        Ok(Ok(pair)) => pair,
        Ok(Err((outcome, detail))) => return (End::NoSetup(outcome, detail), Duration::ZERO),
        Err(_) => {
            return (
                End::NoSetup(
                    Outcome::Timeout,
                    "the connection was not set up before the deadline".to_string(),
                ),
                Duration::ZERO,
            );
        }
    };
    let Some(mut pinger) = connection.ping_pong() else {
        return (
            End::NoSetup(
                Outcome::UnexpectedResponse,
                "HTTP/2 PING is not available".to_string(),
            ),
            Duration::ZERO,
        );
    };
    let mut connection = Box::pin(connection);
    let quiet_since = Instant::now();
    // Idle: nothing is sent; the connection is only polled so frames from the server
    // (SETTINGS, GOAWAY) and a reset are noticed when they happen.
    tokio::select! {
        _ = sleep_until(quiet_since + idle) => {}
        result = &mut connection => {
            let lasted = quiet_since.elapsed();
            return (closed(result, &client, &goaway).await, lasted);
        }
        _ = stop.cancelled() => {
            let end = if ctx.stop.is_cancelled() { End::Stopped } else { End::NotNeeded };
            return (end, quiet_since.elapsed());
        }
    }
    let lasted = quiet_since.elapsed();
    tokio::select! {
        pong = pinger.ping(h2::Ping::opaque()) => match pong {
            Ok(_) => (End::Answered, lasted),
            Err(e) => (End::Cut(e.to_string()), lasted),
        },
        result = &mut connection => (closed(result, &client, &goaway).await, lasted),
        _ = tokio::time::sleep(PING_WAIT) => (End::Unanswered, lasted),
    }
}

/// Why a connection ended: a GOAWAY from the server, or a cut on the path.
async fn closed(
    result: Result<(), h2::Error>,
    client: &h2::client::SendRequest<bytes::Bytes>,
    goaway: &GoawaySeen,
) -> End {
    if let Some(code) = goaway.get() {
        return End::GoAway(format!("{:?}", h2::Reason::from(code)));
    }
    let error = match result {
        Err(e) => e,
        // The connection task ended cleanly: the sender knows whether a GOAWAY came.
        Ok(()) => match client.clone().ready().await {
            Ok(_) => return End::Cut("the connection ended".to_string()),
            Err(e) => e,
        },
    };
    if error.is_go_away() && error.is_remote() {
        let reason = error
            .reason()
            .map(|r| format!("{r:?}"))
            .unwrap_or_else(|| "no reason".to_string());
        return End::GoAway(reason);
    }
    match error.get_io().map(std::io::Error::kind) {
        Some(std::io::ErrorKind::ConnectionReset) => End::Cut("reset".to_string()),
        Some(std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::UnexpectedEof) => {
            End::Cut("closed without a GOAWAY".to_string())
        }
        _ => End::Cut(error.to_string()),
    }
}

/// The error code of a GOAWAY frame the server sent, once one arrived.
#[derive(Debug, Clone, Default)]
struct GoawaySeen(Arc<std::sync::Mutex<Option<u32>>>);

impl GoawaySeen {
    fn get(&self) -> Option<u32> {
        self.0.lock().ok().and_then(|g| *g)
    }

    fn set(&self, code: u32) {
        if let Ok(mut g) = self.0.lock() {
            g.get_or_insert(code);
        }
    }
}

/// Passes a stream through while reading the HTTP/2 frame headers the server sends, so a
/// GOAWAY is known for certain even when the connection closes right after it.
struct FrameWatch<S> {
    inner: S,
    /// Bytes of the current frame header (9) or GOAWAY payload start (8) gathered so far.
    head: Vec<u8>,
    /// Payload bytes still to pass before the next frame header.
    skip: usize,
    /// Reading the first 8 payload bytes of a GOAWAY frame.
    in_goaway: bool,
    goaway: GoawaySeen,
}

const GOAWAY: u8 = 0x7;

impl<S> FrameWatch<S> {
    fn new(inner: S) -> Self {
        FrameWatch {
            inner,
            head: Vec::with_capacity(9),
            skip: 0,
            in_goaway: false,
            goaway: GoawaySeen::default(),
        }
    }

    fn scan(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            if self.in_goaway {
                let take = (8 - self.head.len()).min(bytes.len()).min(self.skip);
                self.head.extend_from_slice(&bytes[..take]);
                bytes = &bytes[take..];
                self.skip -= take;
                if self.head.len() == 8 || self.skip == 0 {
                    let code = match self.head.get(4..8) {
                        Some(&[a, b, c, d]) => u32::from_be_bytes([a, b, c, d]),
                        _ => 0,
                    };
                    self.goaway.set(code);
                    self.in_goaway = false;
                    self.head.clear();
                }
            } else if self.skip > 0 {
                let take = self.skip.min(bytes.len());
                bytes = &bytes[take..];
                self.skip -= take;
            } else {
                let take = (9 - self.head.len()).min(bytes.len());
                self.head.extend_from_slice(&bytes[..take]);
                bytes = &bytes[take..];
                if self.head.len() == 9 {
                    let length = (usize::from(self.head[0]) << 16)
                        | (usize::from(self.head[1]) << 8)
                        | usize::from(self.head[2]);
                    let kind = self.head[3];
                    self.head.clear();
                    self.skip = length;
                    if kind == GOAWAY {
                        if length == 0 {
                            self.goaway.set(0);
                        } else {
                            self.in_goaway = true;
                        }
                    }
                }
            }
        }
    }
}

impl<S: tokio::io::AsyncRead + Unpin> tokio::io::AsyncRead for FrameWatch<S> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = std::pin::Pin::new(&mut self.inner).poll_read(cx, buf);
        if polled.is_ready() {
            let fresh = buf.filled()[before..].to_vec();
            self.scan(&fresh);
        }
        polled
    }
}

impl<S: tokio::io::AsyncWrite + Unpin> tokio::io::AsyncWrite for FrameWatch<S> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        data: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.inner).poll_write(cx, data)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[allow(clippy::too_many_arguments)]
fn hold_check(
    ctx: &Ctx,
    target: &Target,
    id: String,
    idle: Duration,
    end: End,
    lasted: Duration,
    cut_at: Option<Duration>,
    elapsed: Duration,
) -> CheckResult {
    let wanted = english_duration(idle.as_secs());
    let after = english_duration(lasted.as_secs());
    let typed = match &end {
        End::Answered => HoldEnd::Answered,
        End::Unanswered => HoldEnd::Unanswered,
        End::Cut(_) => HoldEnd::Cut,
        End::GoAway(_) => HoldEnd::ServerClosed,
        End::NotNeeded => HoldEnd::NotNeeded,
        End::Stopped => HoldEnd::Stopped,
        End::NoSetup(..) => HoldEnd::NotOpened,
    };
    let (outcome, detail, tested) = match end {
        End::Answered => (
            Outcome::Ok,
            format!(
                "idle for {wanted}, then an HTTP/2 PING was answered: the path kept the connection"
            ),
            Some(lasted),
        ),
        End::Unanswered => (
            Outcome::Timeout,
            format!(
                "idle for {wanted}, then an HTTP/2 PING got no answer in {} s: something on the path forgot the connection",
                PING_WAIT.as_secs()
            ),
            Some(lasted),
        ),
        End::Cut(how) => (
            Outcome::Reset,
            format!("cut after {after} idle ({how}), before the PING planned at {wanted}"),
            Some(lasted),
        ),
        End::GoAway(reason) => (
            Outcome::Skipped,
            format!(
                "Apple's server closed the connection after {after} idle (GOAWAY {reason}); that is the server, not the network, so {wanted} was not tested"
            ),
            Some(lasted),
        ),
        End::NotNeeded => (
            Outcome::Skipped,
            format!(
                "not waited for: a connection idle for {} was already cut",
                english_duration(cut_at.unwrap_or_default().as_secs())
            ),
            None,
        ),
        End::Stopped => (
            Outcome::Skipped,
            format!("stopped after {after} idle, before the PING planned at {wanted}"),
            None,
        ),
        End::NoSetup(how, detail) => (
            Outcome::Skipped,
            format!(
                "could not open the connection to hold ({}: {detail})",
                how.as_str()
            ),
            None,
        ),
    };
    let endpoint = &ctx.plan.catalog.endpoints[target.endpoint];
    let mut check = super::targets::base_check(endpoint, target, id);
    check.role = Role::Network;
    check.name = format!("Kept quiet {wanted}");
    check.kind = CheckKind::Hold;
    check.outcome = outcome;
    check.elapsed = elapsed;
    check.detail = detail;
    check.required = true;
    check.idle = tested;
    check.evidence = Evidence::Hold(typed, Some(idle));
    check
}

/// The path the hold test takes when the provider API was probed: the first that answered
/// like APNs on the endpoint's first port (direct IPv4, direct IPv6, then a proxy), or a
/// "not tried" check when none did. `None` when the provider API was not probed (`--role
/// device`).
pub(super) fn working_path(
    plan: &Plan,
    index: usize,
    results: &[CheckResult],
    launched: &HashMap<String, Target>,
) -> Option<Result<Target, Box<CheckResult>>> {
    let endpoint = &plan.catalog.endpoints[index];
    let port = endpoint.ports.first().copied()?;
    let probed: Vec<&CheckResult> = results
        .iter()
        .filter(|c| c.endpoint == endpoint.id && c.kind == CheckKind::Probe(ProbeKind::Provider))
        .collect();
    if probed.is_empty() {
        return None;
    }
    let rank = |c: &CheckResult| match c.address {
        Some(IpAddr::V4(_)) => 0,
        Some(IpAddr::V6(_)) => 1,
        None => 2,
    };
    let best = probed
        .iter()
        .filter(|c| c.port == Some(port) && c.outcome == Outcome::Ok)
        .min_by_key(|c| rank(c))
        .and_then(|c| launched.get(&c.id).cloned());
    Some(best.ok_or_else(|| {
        let host = &probed[0].host;
        hold_not_tried(
            endpoint,
            host,
            port,
            format!(
                "not tried: no connection to {host} on port {port} worked (see the provider API checks), so there was none to keep open"
            ),
        )
    }))
}

/// The hold test's one check when it could not start.
fn hold_not_tried(endpoint: &Endpoint, host: &str, port: Port, detail: String) -> Box<CheckResult> {
    let mut check = unresolved_check(endpoint, host, port);
    check.id = format!("hold:{host}");
    check.role = Role::Network;
    check.name = "Idle connection test".to_string();
    check.kind = CheckKind::Hold;
    check.outcome = Outcome::Skipped;
    check.detail = detail;
    check.evidence = Evidence::Hold(HoldEnd::NotTried, None);
    Box::new(check)
}

/// The endpoint the hold test connects to (the provider API, whatever the role filter) and
/// its first host name.
pub(super) fn hold_endpoint(plan: &Plan) -> Option<(usize, String)> {
    plan.catalog
        .endpoints
        .iter()
        .enumerate()
        .find(|(_, e)| e.probe == ProbeKind::Provider && e.required)
        .and_then(|(i, e)| match &e.hosts {
            Hosts::Names(names) => names.first().map(|h| (i, h.clone())),
            Hosts::Couriers => None,
        })
}

/// Where the hold test connects when the provider API was not probed (`--role device`): its
/// first usable address on its first port (IPv4 first), or, when the name has no address,
/// through a proxy the system names for it.
pub(super) fn hold_target(
    plan: &Plan,
    settings: Option<&[crate::proxy::ProxySetting]>,
    index: usize,
    host: &str,
    resolutions: &HashMap<String, Resolution>,
    paths: &Paths,
    pac: &[(String, crate::proxy::ProxyUrl)],
) -> Result<Target, Box<CheckResult>> {
    let endpoint = &plan.catalog.endpoints[index];
    let port = endpoint.ports.first().copied().unwrap_or(Port(443));
    let mut addrs = usable_addresses(
        resolutions.get(host),
        endpoint.apple_range,
        &plan.catalog,
        paths,
    );
    addrs.sort_by_key(|(a, _)| a.is_ipv6());
    if let Some((addr, source)) = addrs.first() {
        return Ok(Target::direct(index, host, port, *addr, *source).behind(paths));
    }
    let proxy = settings
        .into_iter()
        .flatten()
        .find_map(|s| s.https_proxy_for(host))
        .or_else(|| pac.iter().find(|(h, _)| h == host).map(|(_, p)| p))
        .cloned();
    match proxy {
        Some(proxy) => Ok(Target::through(index, host, port, proxy)),
        None => Err(hold_not_tried(
            endpoint,
            host,
            port,
            format!("not tried: {host} has no address to hold a connection to"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_watch_finds_a_goaway_split_across_reads() {
        let mut watch = FrameWatch::new(());
        // SETTINGS (6 bytes of payload), then GOAWAY (last stream 0, ENHANCE_YOUR_CALM).
        let mut bytes = vec![0, 0, 6, 0x4, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 100];
        bytes.extend_from_slice(&[0, 0, 8, GOAWAY, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xb]);
        for chunk in bytes.chunks(4) {
            assert_eq!(watch.goaway.get(), None);
            watch.scan(chunk);
        }
        assert_eq!(watch.goaway.get(), Some(0xb));
        // DATA frames whose payload looks like a GOAWAY header are not one.
        let mut other = FrameWatch::new(());
        other.scan(&[0, 0, 9, 0x0, 0, 0, 0, 0, 1, 0, 0, 8, GOAWAY, 0, 0, 0, 0, 0]);
        assert_eq!(other.goaway.get(), None);
    }

    #[test]
    fn checkpoints_split_the_hold_in_quarters() {
        let secs = |v: Vec<Duration>| v.iter().map(Duration::as_secs).collect::<Vec<_>>();
        assert_eq!(
            secs(checkpoints(Duration::from_secs(900))),
            [225, 450, 675, 900]
        );
        assert_eq!(secs(checkpoints(Duration::from_secs(8))), [2, 4, 6, 8]);
        assert_eq!(secs(checkpoints(Duration::from_secs(2))), [1, 2]);
        assert_eq!(secs(checkpoints(Duration::from_secs(1))), [1]);
    }
}
