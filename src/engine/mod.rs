//! The probe engine: catalog + options → a plan → concurrent probes → a stream of events.
//!
//! No printing and no UI types live here; the terminal and the window are two consumers of the
//! same [`Event`]s. Every network step runs under the run's deadline, so a run ends within
//! `timeout` however many endpoints the catalog lists or however the network misbehaves.
//!
//! ```no_run
//! use pushcheck::catalog::Catalog;
//! use pushcheck::engine::{Engine, Event, Options, Plan};
//!
//! let runtime = tokio::runtime::Runtime::new().unwrap();
//! let plan = Plan::new(Catalog::built_in().unwrap(), Options::default()).unwrap();
//! let mut run = Engine::start(runtime.handle(), plan, None);
//! runtime.block_on(async {
//!     while let Some(event) = run.events.recv().await {
//!         if let Event::Finished { summary, .. } = event {
//!             println!("{} checks", summary.checks.len());
//!         }
//!     }
//! });
//! ```

mod dns;
mod error;
mod hold;
mod http;
mod outcome;
mod provider;
mod proxy_path;
mod tcp;
mod tls;

pub use dns::{
    Answer, AnswerSource, DnsWireError, PublicDns, RecordType, ResolveRule, decode_answer,
    default_public_dns, encode_query, override_for,
};
pub use error::EngineError;
pub use outcome::{CheckKind, CheckResult, Outcome, TlsInfo};
pub use proxy_path::connect_via;
pub use tls::{Trust, read_ca_file};

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use ipnet::IpNet;
use rustls_pki_types::CertificateDer;
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;
use tokio::time::{Instant, timeout_at};
use tokio_util::sync::CancellationToken;

use crate::catalog::{Catalog, Endpoint, Hosts, Port, ProbeKind, Role};

/// Identifies one run; events of older runs are dropped by their receivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RunId(pub u64);

/// Which side's endpoints to test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoleFilter {
    /// iPads and Macs only.
    Device,
    /// The MDM server only.
    Server,
    /// Both.
    #[default]
    Both,
}

impl RoleFilter {
    fn includes(self, role: Role) -> bool {
        match (self, role) {
            (_, Role::Network) | (RoleFilter::Both, _) => true,
            (RoleFilter::Device, r) => r == Role::Device,
            (RoleFilter::Server, r) => r == Role::Server,
        }
    }
}

/// What a run should do, beyond the catalog.
#[derive(Debug, Clone)]
pub struct Options {
    /// Which side's endpoints to test.
    pub roles: RoleFilter,
    /// The deadline of the whole run.
    pub timeout: Duration,
    /// `--resolve` rules.
    pub resolve: Vec<ResolveRule>,
    /// Replaces the catalog's Apple ranges when given.
    pub apple_ranges: Vec<IpNet>,
    /// Extra trust anchors (`--ca-file`).
    pub extra_roots: Vec<CertificateDer<'static>>,
    /// Treat the retired ports 2195/2196 as required.
    pub legacy: bool,
    /// Second-opinion resolvers; empty means none.
    pub public_dns: Vec<PublicDns>,
    /// How many probes may run at once.
    pub concurrency: usize,
    /// Proxy settings given by the caller, each source separately. When `None` and
    /// `read_system_proxies` is set, the run reads the system's own while names resolve.
    pub proxies: Option<Vec<crate::proxy::ProxySetting>>,
    /// Read the system's proxy settings during the run (not with `--no-proxy`).
    pub read_system_proxies: bool,
    /// The hold test: keep idle HTTP/2 connections to the provider API up to this long.
    pub hold: Option<Duration>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            roles: RoleFilter::Both,
            timeout: Duration::from_secs(10),
            resolve: Vec::new(),
            apple_ranges: Vec::new(),
            extra_roots: Vec::new(),
            legacy: false,
            public_dns: default_public_dns(),
            concurrency: open_files_budget(),
            proxies: None,
            read_system_proxies: false,
            hold: None,
        }
    }
}

/// Raises this process's limit of open files to its hard limit (at most 8192), once, at
/// start. macOS allows only 256 by default, fewer than a large catalog's probes.
pub fn raise_open_files_limit() {
    #[cfg(unix)]
    {
        let _ = rlimit::increase_nofile_limit(8192);
    }
}

/// How many sockets a run may hold open at once: up to 1024, and always 64 below the
/// process's limit of open files (left for the resolver, the window and report files), so
/// a big catalog waits for sockets instead of failing with "too many open files".
pub fn open_files_budget() -> usize {
    const MOST: usize = 1024;
    const SPARE: u64 = 64;
    #[cfg(unix)]
    {
        if let Ok((soft, _)) = rlimit::getrlimit(rlimit::Resource::NOFILE) {
            let room = usize::try_from(soft.saturating_sub(SPARE)).unwrap_or(MOST);
            return room.clamp(4, MOST);
        }
    }
    MOST
}

/// A validated run: the catalog with the options applied and the trust anchors loaded.
#[derive(Debug, Clone)]
pub struct Plan {
    catalog: Arc<Catalog>,
    options: Arc<Options>,
    trust: Trust,
}

impl Plan {
    /// Checks the options and prepares TLS verification.
    pub fn new(mut catalog: Catalog, options: Options) -> Result<Plan, EngineError> {
        let secs = options.timeout.as_secs_f64();
        if !(1.0..=300.0).contains(&secs) {
            return Err(EngineError::BadTimeout(secs));
        }
        if let Some(hold) = options.hold
            && (hold.is_zero() || hold > hold::MAX_HOLD)
        {
            return Err(EngineError::BadHold(hold.as_secs()));
        }
        if !options.apple_ranges.is_empty() {
            catalog.ranges.all = options.apple_ranges.clone();
            catalog.ranges.apns = options.apple_ranges.clone();
        }
        let trust = Trust::new(
            options.extra_roots.clone(),
            catalog.interception_vendors.clone(),
        )?;
        Ok(Plan {
            catalog: Arc::new(catalog),
            options: Arc::new(options),
            trust,
        })
    }

    /// The catalog as this run uses it.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The options of this run.
    pub fn options(&self) -> &Options {
        &self.options
    }

    fn endpoints(&self) -> impl Iterator<Item = (usize, &Endpoint)> {
        self.catalog
            .endpoints
            .iter()
            .enumerate()
            .filter(|(_, e)| self.options.roles.includes(e.role))
    }
}

/// Everything a run reports, in order.
#[derive(Debug, Clone)]
pub enum Event {
    /// The run began; `total` is the number of checks known so far.
    Started {
        /// The run.
        run: RunId,
        /// Checks planned so far.
        total: usize,
    },
    /// Name resolution is done and the connection probes are known.
    Planned {
        /// The run.
        run: RunId,
        /// All checks of the run.
        total: usize,
    },
    /// A probe began.
    ProbeStarted {
        /// The run.
        run: RunId,
        /// The check id.
        id: String,
    },
    /// The hold test began: its connections stay idle for up to `hold`, then are pinged.
    Holding {
        /// The run.
        run: RunId,
        /// The longest idle tested.
        hold: Duration,
    },
    /// A check has its result.
    ProbeFinished {
        /// The run.
        run: RunId,
        /// The result.
        check: Box<CheckResult>,
    },
    /// The run is over (finished, timed out or stopped).
    Finished {
        /// The run.
        run: RunId,
        /// Every result, sorted.
        summary: Box<RunSummary>,
    },
}

impl Event {
    /// The run the event belongs to.
    pub fn run(&self) -> RunId {
        match self {
            Event::Started { run, .. }
            | Event::Planned { run, .. }
            | Event::ProbeStarted { run, .. }
            | Event::Holding { run, .. }
            | Event::ProbeFinished { run, .. }
            | Event::Finished { run, .. } => *run,
        }
    }
}

/// The whole result of a run.
#[derive(Debug, Clone)]
pub struct RunSummary {
    /// The run.
    pub run: RunId,
    /// Wall-clock start.
    pub started_at: SystemTime,
    /// How long it took.
    pub duration: Duration,
    /// Every check, sorted deterministically.
    pub checks: Vec<CheckResult>,
    /// True when the run was stopped before it ended.
    pub cancelled: bool,
    /// The proxy settings the run used; `None` when none were read.
    pub proxies: Option<Vec<crate::proxy::ProxySetting>>,
}

/// Called after every event, so a window can wake up and draw.
pub type Notifier = Arc<dyn Fn() + Send + Sync>;

/// A run in progress.
#[derive(Debug)]
pub struct RunHandle {
    /// The run.
    pub run: RunId,
    /// Its events, ending with [`Event::Finished`].
    pub events: mpsc::UnboundedReceiver<Event>,
    cancel: CancellationToken,
}

impl RunHandle {
    /// Stops the run at once; it still ends with [`Event::Finished`] (marked cancelled).
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// A token that stops the run when cancelled.
    pub fn cancel_token(&self) -> CancellationToken {
        self.cancel.clone()
    }
}

/// Starts runs.
pub struct Engine;

static NEXT_RUN: AtomicU64 = AtomicU64::new(1);

impl Engine {
    /// Starts a run on `runtime`; events arrive on the returned handle.
    pub fn start(
        runtime: &tokio::runtime::Handle,
        plan: Plan,
        notify: Option<Notifier>,
    ) -> RunHandle {
        let run = RunId(NEXT_RUN.fetch_add(1, Ordering::Relaxed));
        let (tx, events) = mpsc::unbounded_channel();
        let cancel = CancellationToken::new();
        let ctx = Arc::new(Ctx {
            run,
            plan,
            tx,
            notify,
            results: Mutex::new(Vec::new()),
            stop: cancel.clone(),
            only_holding: AtomicBool::new(false),
            proxies: Mutex::new(None),
        });
        let token = cancel.clone();
        runtime.spawn(async move {
            let started_at = SystemTime::now();
            let start = Instant::now();
            let work = execute(ctx.clone());
            tokio::pin!(work);
            let cancelled = tokio::select! {
                _ = token.cancelled() => {
                    // Stopping while only the hold test waits ends the wait, not the run:
                    // everything else is done and reported.
                    if ctx.only_holding.load(Ordering::SeqCst) {
                        work.await;
                        false
                    } else {
                        true
                    }
                }
                _ = &mut work => false,
            };
            let mut checks = ctx
                .results
                .lock()
                .map(|mut r| std::mem::take(&mut *r))
                .unwrap_or_default();
            sort_checks(&ctx.plan.catalog, &mut checks);
            let proxies = ctx.proxies.lock().ok().and_then(|p| p.clone());
            let summary = RunSummary {
                run,
                started_at,
                duration: start.elapsed(),
                checks,
                cancelled,
                proxies,
            };
            ctx.emit(Event::Finished {
                run,
                summary: Box::new(summary),
            });
        });
        RunHandle {
            run,
            events,
            cancel,
        }
    }
}

struct Ctx {
    run: RunId,
    plan: Plan,
    tx: mpsc::UnboundedSender<Event>,
    notify: Option<Notifier>,
    results: Mutex<Vec<CheckResult>>,
    /// Cancelled when the run is stopped.
    stop: CancellationToken,
    /// Set once every check but the hold test has its result.
    only_holding: AtomicBool,
    /// The proxy settings in use, once known.
    proxies: Mutex<Option<Vec<crate::proxy::ProxySetting>>>,
}

impl Ctx {
    fn emit(&self, event: Event) {
        // A receiver that went away (window closed) simply stops listening.
        let _ = self.tx.send(event);
        if let Some(notify) = &self.notify {
            notify();
        }
    }

    fn finish(&self, check: CheckResult) {
        if let Ok(mut results) = self.results.lock() {
            results.push(check.clone());
        }
        self.emit(Event::ProbeFinished {
            run: self.run,
            check: Box::new(check),
        });
    }
}

/// One connection probe to run.
#[derive(Debug, Clone)]
struct Target {
    endpoint: usize,
    host: String,
    port: Port,
    addr: IpAddr,
    source: AnswerSource,
    /// Through this proxy (CONNECT to `host`), instead of directly to `addr`.
    via: Option<crate::proxy::ProxyUrl>,
}

impl Target {
    fn id(&self, endpoint: &Endpoint) -> String {
        if let Some(proxy) = &self.via {
            return format!("{}:{}:{}@via {proxy}", endpoint.id, self.host, self.port);
        }
        match &endpoint.hosts {
            Hosts::Couriers => format!("{}:{}@{}", endpoint.id, self.port, self.addr),
            Hosts::Names(_) => format!("{}:{}:{}@{}", endpoint.id, self.host, self.port, self.addr),
        }
    }
}

/// Path tests through each proxy the system would use for Apple's push hosts: a courier and
/// the provider API, on the port a proxy can carry (the endpoint's lowest, 443).
fn proxy_targets(
    plan: &Plan,
    settings: Option<&[crate::proxy::ProxySetting]>,
    pac: &[(String, crate::proxy::ProxyUrl)],
) -> Vec<Target> {
    let Some(settings) = settings else {
        return Vec::new();
    };
    let mut out: Vec<Target> = Vec::new();
    for (index, endpoint) in plan.endpoints() {
        let push = endpoint.required
            && endpoint.apple_range
            && matches!(endpoint.probe, ProbeKind::Tls | ProbeKind::Provider);
        if !push {
            continue;
        }
        let host = match &endpoint.hosts {
            Hosts::Couriers => plan.catalog.couriers.courier_hosts().into_iter().next(),
            Hosts::Names(names) => names.first().cloned(),
        };
        let (Some(host), Some(port)) = (host, endpoint.ports.iter().min().copied()) else {
            continue;
        };
        let from_pac = pac.iter().filter(|(h, _)| *h == host).map(|(_, p)| p);
        let manual = settings.iter().filter_map(|s| s.https_proxy_for(&host));
        for proxy in manual.chain(from_pac) {
            let duplicate = out
                .iter()
                .any(|t| t.endpoint == index && t.via.as_ref() == Some(proxy) && t.host == host);
            if !duplicate {
                out.push(Target {
                    endpoint: index,
                    host: host.clone(),
                    port,
                    addr: IpAddr::from([0, 0, 0, 0]),
                    source: AnswerSource::System,
                    via: Some(proxy.clone()),
                });
            }
        }
    }
    out
}

/// Addresses chosen for a host, per the range rules, with where they came from.
#[derive(Debug, Default, Clone)]
struct Resolution {
    system: Option<Answer>,
    public: Option<Answer>,
}

async fn execute(ctx: Arc<Ctx>) {
    let plan = &ctx.plan;
    let options = &plan.options;
    let start = Instant::now();
    let deadline = start + options.timeout;
    let dns_deadline = start + options.timeout.mul_f64(0.4);
    let public_deadline = start + options.timeout.mul_f64(0.6);

    // Every host name this run needs, couriers expanded.
    let mut names: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    let courier_hosts = plan.catalog.couriers.courier_hosts();
    for (_, endpoint) in plan.endpoints() {
        let hosts: Vec<String> = match &endpoint.hosts {
            Hosts::Couriers => courier_hosts.clone(),
            Hosts::Names(list) => list.clone(),
        };
        for host in hosts {
            if seen.insert(host.clone()) {
                names.push(host);
            }
        }
    }
    let hold_endpoint = options.hold.and_then(|_| hold_endpoint(plan));
    if let Some((_, host)) = &hold_endpoint
        && seen.insert(host.clone())
    {
        names.push(host.clone());
    }
    // The system's proxy settings are read (which may start programs such as gsettings)
    // while names resolve; they are needed only after.
    let reading = (options.proxies.is_none() && options.read_system_proxies)
        .then(|| tokio::task::spawn_blocking(crate::proxy::read_system));
    let dns_checks = dns_groups(plan).len();
    let route_checks = route_targets(&plan.catalog).len();
    ctx.emit(Event::Started {
        run: ctx.run,
        total: dns_checks + route_checks,
    });

    // Phase 1: the system resolver (or --resolve), all names at once, as many at a time as
    // sockets may be open.
    let sockets = Arc::new(Semaphore::new(options.concurrency.max(1)));
    let mut lookups = JoinSet::new();
    for host in names {
        let rules = options.resolve.clone();
        let sockets = sockets.clone();
        lookups.spawn(async move {
            let _permit = sockets.acquire_owned().await.ok();
            let answer = match override_for(&rules, &host) {
                Some(addrs) => Answer {
                    addrs,
                    source: AnswerSource::Override,
                    error: None,
                },
                None => dns::system_lookup(&host, dns_deadline).await,
            };
            (host, answer)
        });
    }
    let route = tokio::spawn(route_checks_run(ctx.clone()));
    let mut resolutions: HashMap<String, Resolution> = HashMap::new();
    while let Some(joined) = lookups.join_next().await {
        if let Ok((host, answer)) = joined {
            resolutions.entry(host).or_default().system = Some(answer);
        }
    }

    // Phase 2: a second opinion where the system failed or answered outside Apple's ranges.
    if !options.public_dns.is_empty() {
        let ranges = &plan.catalog.ranges;
        let mut needs: Vec<String> = Vec::new();
        for (_, endpoint) in plan.endpoints() {
            let hosts = match &endpoint.hosts {
                Hosts::Couriers => courier_hosts.clone(),
                Hosts::Names(list) => list.clone(),
            };
            for host in hosts {
                let Some(answer) = resolutions.get(&host).and_then(|r| r.system.as_ref()) else {
                    continue;
                };
                let outside =
                    endpoint.apple_range && answer.addrs.iter().any(|a| !ranges.contains(a));
                if (answer.addrs.is_empty() || outside) && !needs.contains(&host) {
                    needs.push(host);
                }
            }
        }
        let mut asks = JoinSet::new();
        for host in needs {
            let servers = options.public_dns.clone();
            let sockets = sockets.clone();
            asks.spawn(async move {
                let _permit = sockets.acquire_owned().await.ok();
                let answer = dns::public_lookup(&servers, &host, public_deadline).await;
                (host, answer)
            });
        }
        while let Some(joined) = asks.join_next().await {
            if let Ok((host, answer)) = joined {
                resolutions.entry(host).or_default().public = Some(answer);
            }
        }
    }

    for check in dns_checks_from(plan, &resolutions) {
        ctx.finish(check);
    }

    // Phase 3: direct connection probes start at once; the proxy paths (and the PAC files
    // that name them) follow as soon as the proxy settings are known.
    let (targets, unresolved) = choose_targets(plan, &resolutions);
    let known = dns_checks + route_checks + targets.len() + unresolved.len();
    ctx.emit(Event::Planned {
        run: ctx.run,
        total: known,
    });
    for check in unresolved {
        ctx.finish(check);
    }
    let semaphore = sockets;
    let mut probes = JoinSet::new();
    let mut pending: BTreeMap<String, Target> = BTreeMap::new();
    // Every probe's target by check id, so the hold test can reuse a path that worked.
    let mut launched: HashMap<String, Target> = HashMap::new();
    let mut launch = |target: Target, probes: &mut JoinSet<String>| {
        let endpoint = &plan.catalog.endpoints[target.endpoint];
        pending.insert(target.id(endpoint), target.clone());
        launched.insert(target.id(endpoint), target.clone());
        let ctx = ctx.clone();
        let semaphore = semaphore.clone();
        probes.spawn(async move {
            let _permit = semaphore.acquire_owned().await.ok();
            let check = probe(&ctx, &target, deadline).await;
            ctx.finish(check.clone());
            check.id
        });
    };
    for target in targets {
        launch(target, &mut probes);
    }

    let proxies = match reading {
        Some(task) => match timeout_at(deadline, task).await {
            Ok(Ok(settings)) => Some(settings),
            _ => Some(Vec::new()),
        },
        None => options.proxies.clone(),
    };
    if let Ok(mut slot) = ctx.proxies.lock() {
        slot.clone_from(&proxies);
    }
    let settings = proxies.as_deref();
    let (pac_checks, pac_routes) = run_pac_files(plan, settings, &resolutions, deadline).await;
    let pac_count = pac_checks.len();
    for check in pac_checks {
        ctx.finish(check);
    }
    let via_proxy = proxy_targets(plan, settings, &pac_routes);
    let later = pac_count + via_proxy.len();
    if later > 0 {
        ctx.emit(Event::Planned {
            run: ctx.run,
            total: known + later,
        });
    }
    for target in via_proxy {
        launch(target, &mut probes);
    }
    // A small grace past the deadline lets probes report their own timeouts first.
    let grace = deadline + Duration::from_millis(150);
    loop {
        match tokio::time::timeout_at(grace, probes.join_next()).await {
            Ok(Some(Ok(id))) => {
                pending.remove(&id);
            }
            Ok(Some(Err(_))) => {}
            Ok(None) => break,
            Err(_) => {
                probes.abort_all();
                break;
            }
        }
    }
    for (id, target) in pending {
        let endpoint = &plan.catalog.endpoints[target.endpoint];
        let mut check = base_check(endpoint, &target, id);
        check.outcome = Outcome::Timeout;
        check.elapsed = options.timeout;
        check.detail = "still waiting when the run's deadline passed".to_string();
        ctx.finish(check);
    }
    let _ = route.await;

    // Phase 4: the hold test, over a path to the provider API that just worked.
    if let (Some(hold), Some((index, host))) = (options.hold, &hold_endpoint) {
        let results = ctx.results.lock().map(|r| r.clone()).unwrap_or_default();
        let target = match working_path(plan, *index, &results, &launched) {
            Some(found) => found,
            None => hold_target(plan, settings, *index, host, &resolutions, &pac_routes),
        };
        ctx.emit(Event::Planned {
            run: ctx.run,
            total: known + later + hold::checkpoints(hold).len(),
        });
        ctx.only_holding.store(true, Ordering::SeqCst);
        match target {
            // Its own setup deadline: the run's may be spent by now.
            Ok(target) => {
                hold::run(ctx.clone(), target, hold, Instant::now() + options.timeout).await
            }
            Err(check) => ctx.finish(*check),
        }
    }
}

/// The path the hold test takes when the provider API was probed: the first that answered
/// like APNs on the endpoint's first port (direct IPv4, direct IPv6, then a proxy), or a
/// "not tried" check when none did. `None` when the provider API was not probed (`--role
/// device`).
fn working_path(
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
    Box::new(check)
}

/// The endpoint the hold test connects to (the provider API, whatever the role filter) and
/// its first host name.
fn hold_endpoint(plan: &Plan) -> Option<(usize, String)> {
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
fn hold_target(
    plan: &Plan,
    settings: Option<&[crate::proxy::ProxySetting]>,
    index: usize,
    host: &str,
    resolutions: &HashMap<String, Resolution>,
    pac: &[(String, crate::proxy::ProxyUrl)],
) -> Result<Target, Box<CheckResult>> {
    let endpoint = &plan.catalog.endpoints[index];
    let port = endpoint.ports.first().copied().unwrap_or(Port(443));
    let mut addrs = usable_addresses(resolutions.get(host), endpoint.apple_range, &plan.catalog);
    addrs.sort_by_key(|(a, _)| a.is_ipv6());
    if let Some((addr, source)) = addrs.first() {
        return Ok(Target {
            endpoint: index,
            host: host.to_string(),
            port,
            addr: *addr,
            source: *source,
            via: None,
        });
    }
    let proxy = settings
        .into_iter()
        .flatten()
        .find_map(|s| s.https_proxy_for(host))
        .or_else(|| pac.iter().find(|(h, _)| h == host).map(|(_, p)| p))
        .cloned();
    match proxy {
        Some(proxy) => Ok(Target {
            endpoint: index,
            host: host.to_string(),
            port,
            addr: IpAddr::from([0, 0, 0, 0]),
            source: AnswerSource::System,
            via: Some(proxy),
        }),
        None => Err(hold_not_tried(
            endpoint,
            host,
            port,
            format!("not tried: {host} has no address to hold a connection to"),
        )),
    }
}

/// DNS checks: one for all couriers, one per other host name.
fn dns_groups(plan: &Plan) -> Vec<(usize, Vec<String>, String)> {
    let mut groups = Vec::new();
    let mut seen = HashSet::new();
    for (index, endpoint) in plan.endpoints() {
        match &endpoint.hosts {
            Hosts::Couriers => {
                if seen.insert("couriers".to_string()) {
                    groups.push((
                        index,
                        plan.catalog.couriers.courier_hosts(),
                        "dns:couriers".to_string(),
                    ));
                }
            }
            Hosts::Names(list) => {
                for host in list {
                    if seen.insert(host.clone()) {
                        groups.push((index, vec![host.clone()], format!("dns:{host}")));
                    }
                }
            }
        }
    }
    groups
}

fn dns_checks_from(plan: &Plan, resolutions: &HashMap<String, Resolution>) -> Vec<CheckResult> {
    let ranges = &plan.catalog.ranges;
    dns_groups(plan)
        .into_iter()
        .map(|(index, hosts, id)| {
            let endpoint = &plan.catalog.endpoints[index];
            let mut system_addrs: Vec<IpAddr> = Vec::new();
            let mut resolved = 0usize;
            let mut errors: Vec<String> = Vec::new();
            let mut public_addrs: Vec<IpAddr> = Vec::new();
            let mut public_errors: Vec<String> = Vec::new();
            let mut source = AnswerSource::System;
            for host in &hosts {
                let Some(res) = resolutions.get(host) else {
                    continue;
                };
                if let Some(answer) = &res.system {
                    source = answer.source;
                    if answer.addrs.is_empty() {
                        errors.extend(answer.error.clone());
                    } else {
                        resolved += 1;
                    }
                    for a in &answer.addrs {
                        if !system_addrs.contains(a) {
                            system_addrs.push(*a);
                        }
                    }
                }
                if let Some(answer) = &res.public {
                    public_errors.extend(answer.error.clone());
                    for a in &answer.addrs {
                        if !public_addrs.contains(a) {
                            public_addrs.push(*a);
                        }
                    }
                }
            }
            let outside: Vec<IpAddr> = system_addrs
                .iter()
                .filter(|a| !ranges.contains(a))
                .copied()
                .collect();
            let who = match source {
                AnswerSource::Override => "--resolve",
                _ => "this network's DNS",
            };
            let subject = if hosts.len() == 1 {
                hosts[0].clone()
            } else {
                format!("{} of {} courier names", resolved, hosts.len())
            };
            let (outcome, mut detail) = if system_addrs.is_empty() {
                let reason = errors.first().cloned().unwrap_or_default();
                (
                    Outcome::DnsFailed,
                    format!(
                        "{who} gave no address for {}: {reason}",
                        hosts_label(&hosts)
                    ),
                )
            } else if endpoint.apple_range && !outside.is_empty() {
                (
                    Outcome::OutsideAppleRange,
                    format!(
                        "{who} answered {subject} with {} outside Apple's ranges ({})",
                        plural(outside.len(), "address", "addresses"),
                        list_addrs(&outside, 4)
                    ),
                )
            } else {
                let range_note = if endpoint.apple_range {
                    ", all inside Apple's ranges"
                } else {
                    ""
                };
                (
                    Outcome::Ok,
                    format!(
                        "{who} resolved {subject}: {}{range_note}",
                        plural(system_addrs.len(), "distinct address", "distinct addresses")
                    ),
                )
            };
            if outcome != Outcome::Ok {
                if !public_addrs.is_empty() {
                    detail.push_str(&format!(
                        "; a public resolver answered {}",
                        list_addrs(&public_addrs, 4)
                    ));
                } else if let Some(e) = public_errors.first() {
                    detail.push_str(&format!("; the public resolvers failed too ({e})"));
                }
            }
            let mut answers = system_addrs.clone();
            answers.sort();
            let name = format!("Name lookup: {}", endpoint.name);
            let mut check = CheckResult::new(id, &endpoint.id, Role::Network, name, CheckKind::Dns);
            check.host = hosts_label(&hosts);
            check.address_source = Some(source);
            check.outcome = outcome;
            check.detail = detail;
            check.required = endpoint.required;
            check.answers = answers;
            check
        })
        .collect()
}

fn hosts_label(hosts: &[String]) -> String {
    match hosts {
        [one] => one.clone(),
        [first, ..] => format!("{first} (and {} more)", hosts.len() - 1),
        [] => String::new(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn list_addrs(addrs: &[IpAddr], max: usize) -> String {
    let shown: Vec<String> = addrs.iter().take(max).map(IpAddr::to_string).collect();
    if addrs.len() > max {
        format!("{}, …", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The addresses to probe for one host: Apple-range answers of the system resolver; failing
/// that, the public resolver's Apple-range answers; failing that, whatever the system said.
fn usable_addresses(
    res: Option<&Resolution>,
    apple_range: bool,
    catalog: &Catalog,
) -> Vec<(IpAddr, AnswerSource)> {
    let Some(res) = res else {
        return Vec::new();
    };
    let ranges = &catalog.ranges;
    let system = res.system.as_ref();
    let fits = |a: &IpAddr| !apple_range || ranges.contains(a);
    let pick = |answer: Option<&Answer>, only_fitting: bool| -> Vec<(IpAddr, AnswerSource)> {
        answer
            .map(|ans| {
                ans.addrs
                    .iter()
                    .filter(|a| !only_fitting || fits(a))
                    .map(|a| (*a, ans.source))
                    .collect()
            })
            .unwrap_or_default()
    };
    let inside = pick(system, true);
    if !inside.is_empty() {
        return inside;
    }
    let public = pick(res.public.as_ref(), true);
    if !public.is_empty() {
        return public;
    }
    pick(system, false)
}

fn choose_targets(
    plan: &Plan,
    resolutions: &HashMap<String, Resolution>,
) -> (Vec<Target>, Vec<CheckResult>) {
    let catalog = &plan.catalog;
    let mut targets = Vec::new();
    let mut unresolved = Vec::new();
    for (index, endpoint) in plan.endpoints() {
        match &endpoint.hosts {
            Hosts::Couriers => {
                // Distinct addresses per family, in courier-number order, so a partial
                // allow-list shows up.
                let want = catalog.couriers.distinct_addresses;
                let mut picked: Vec<(String, IpAddr, AnswerSource)> = Vec::new();
                let (mut v4, mut v6) = (0usize, 0usize);
                for host in catalog.couriers.courier_hosts() {
                    for (addr, source) in
                        usable_addresses(resolutions.get(&host), endpoint.apple_range, catalog)
                    {
                        if picked.iter().any(|(_, a, _)| *a == addr) {
                            continue;
                        }
                        let count = if addr.is_ipv4() { &mut v4 } else { &mut v6 };
                        if *count < want {
                            *count += 1;
                            picked.push((host.clone(), addr, source));
                        }
                    }
                }
                if picked.is_empty() {
                    for port in &endpoint.ports {
                        unresolved.push(unresolved_check(
                            endpoint,
                            &catalog.couriers.courier_hosts()[0],
                            *port,
                        ));
                    }
                }
                for port in &endpoint.ports {
                    for (host, addr, source) in &picked {
                        targets.push(Target {
                            endpoint: index,
                            host: host.clone(),
                            port: *port,
                            addr: *addr,
                            source: *source,
                            via: None,
                        });
                    }
                }
            }
            Hosts::Names(list) => {
                for host in list {
                    let addrs =
                        usable_addresses(resolutions.get(host), endpoint.apple_range, catalog);
                    // One address per family: enough to tell IPv4 from IPv6 trouble.
                    let mut chosen: Vec<(IpAddr, AnswerSource)> = Vec::new();
                    for (addr, source) in addrs {
                        if !chosen.iter().any(|(a, _)| a.is_ipv4() == addr.is_ipv4()) {
                            chosen.push((addr, source));
                        }
                    }
                    for port in &endpoint.ports {
                        if chosen.is_empty() {
                            unresolved.push(unresolved_check(endpoint, host, *port));
                        }
                        for (addr, source) in &chosen {
                            targets.push(Target {
                                endpoint: index,
                                host: host.clone(),
                                port: *port,
                                addr: *addr,
                                source: *source,
                                via: None,
                            });
                        }
                    }
                }
            }
        }
    }
    (targets, unresolved)
}

fn unresolved_check(endpoint: &Endpoint, host: &str, port: Port) -> CheckResult {
    let id = match &endpoint.hosts {
        Hosts::Couriers => format!("{}:{port}", endpoint.id),
        Hosts::Names(_) => format!("{}:{host}:{port}", endpoint.id),
    };
    let mut check = endpoint_check(endpoint, id);
    check.host = host.to_string();
    check.port = Some(port);
    check.outcome = Outcome::DnsFailed;
    check.detail = "not tried: no address for this name".to_string();
    check
}

/// A probe check of `endpoint`, nothing found yet.
fn endpoint_check(endpoint: &Endpoint, id: String) -> CheckResult {
    let kind = CheckKind::Probe(endpoint.probe);
    let mut check = CheckResult::new(id, &endpoint.id, endpoint.role, endpoint.name.clone(), kind);
    check.required = endpoint.required;
    check
}

fn base_check(endpoint: &Endpoint, target: &Target, id: String) -> CheckResult {
    let mut check = endpoint_check(endpoint, id);
    check.host = target.host.clone();
    check.port = Some(target.port);
    match &target.via {
        Some(proxy) => check.via = proxy.to_string(),
        None => {
            check.address = Some(target.addr);
            check.address_source = Some(target.source);
        }
    }
    check
}

async fn probe(ctx: &Ctx, target: &Target, deadline: Instant) -> CheckResult {
    let plan = &ctx.plan;
    let endpoint = &plan.catalog.endpoints[target.endpoint];
    let id = target.id(endpoint);
    ctx.emit(Event::ProbeStarted {
        run: ctx.run,
        id: id.clone(),
    });
    let mut check = base_check(endpoint, target, id);
    let started = Instant::now();
    let addr = SocketAddr::new(target.addr, target.port.0);
    let (outcome, detail) = match endpoint.probe {
        ProbeKind::Tcp => match tcp::connect(addr, deadline).await {
            Ok(_) => (Outcome::Ok, format!("{addr} accepted the connection")),
            Err(failure) => failure,
        },
        ProbeKind::Captive => {
            let answer = http::captive(
                addr,
                &target.host,
                &endpoint.path,
                &endpoint.expect,
                deadline,
            )
            .await;
            check.server_date = answer.server_date;
            check.local_date = answer.server_date.map(|_| SystemTime::now());
            (answer.outcome, answer.detail)
        }
        ProbeKind::Tls | ProbeKind::Provider => match connect(target, addr, deadline).await {
            Err(failure) => failure,
            Ok(stream) => {
                match tls::handshake(&plan.trust, stream, &target.host, &endpoint.alpn, deadline)
                    .await
                {
                    Err((outcome, detail, info)) => {
                        check.tls = info;
                        (outcome, detail)
                    }
                    Ok((tls_stream, info)) => {
                        let trusted = info.trusted_by.clone().unwrap_or_default();
                        check.tls = Some(info);
                        if endpoint.probe == ProbeKind::Provider {
                            let answer = provider::probe(tls_stream, &target.host, deadline).await;
                            check.server_date = answer.server_date;
                            check.local_date = answer.server_date.map(|_| SystemTime::now());
                            (answer.outcome, answer.detail)
                        } else {
                            (
                                Outcome::Ok,
                                format!("TLS handshake completed; chain trusted by {trusted}"),
                            )
                        }
                    }
                }
            }
        },
    };
    check.outcome = outcome;
    check.detail = detail;
    check.elapsed = started.elapsed();
    check
}

/// The push hosts a PAC file is asked about: the first courier and the provider API.
fn pac_hosts(plan: &Plan) -> Vec<String> {
    let mut hosts = Vec::new();
    for (_, endpoint) in plan.endpoints() {
        if !(endpoint.required && endpoint.apple_range) {
            continue;
        }
        let host = match &endpoint.hosts {
            Hosts::Couriers => plan.catalog.couriers.courier_hosts().into_iter().next(),
            Hosts::Names(names) => names.first().cloned(),
        };
        if let Some(host) = host
            && !hosts.contains(&host)
        {
            hosts.push(host);
        }
    }
    hosts
}

/// Fetches and runs each PAC file of the system's settings; returns one check per file and
/// the proxies it names for push hosts. `dnsResolve` answers only from this run's lookups.
async fn run_pac_files(
    plan: &Plan,
    settings: Option<&[crate::proxy::ProxySetting]>,
    resolutions: &HashMap<String, Resolution>,
    deadline: Instant,
) -> (Vec<CheckResult>, Vec<(String, crate::proxy::ProxyUrl)>) {
    let Some(settings) = settings else {
        return (Vec::new(), Vec::new());
    };
    let mut checks = Vec::new();
    let mut routes = Vec::new();
    let hosts = pac_hosts(plan);
    let known: HashMap<String, IpAddr> = resolutions
        .iter()
        .filter_map(|(h, r)| {
            let first = r.system.as_ref().and_then(|a| a.addrs.first().copied());
            first.map(|a| (h.to_ascii_lowercase(), a))
        })
        .collect();
    let known = Arc::new(known);
    for setting in settings {
        let Some(url) = &setting.pac_url else {
            continue;
        };
        let started = Instant::now();
        let shown = crate::proxy::mask_credentials(url);
        let (outcome, detail) = match http::fetch(url, &plan.options.resolve, &plan.trust, deadline)
            .await
        {
            Err(e) => (
                Outcome::ProxyFailed,
                format!("the PAC file {shown} could not be fetched: {e}"),
            ),
            Ok(script) => {
                let known = known.clone();
                let resolver: crate::proxy::pac::Resolver =
                    Arc::new(move |h: &str| known.get(&h.to_ascii_lowercase()).copied());
                let remaining = deadline.saturating_duration_since(Instant::now());
                let limits = crate::proxy::pac::PacLimits {
                    time: remaining.min(std::time::Duration::from_secs(2)),
                    ..Default::default()
                };
                let hosts = hosts.clone();
                let my_ip = local_ip_towards(&plan.catalog).await;
                let evaluated = tokio::task::spawn_blocking(move || {
                    crate::proxy::pac::evaluate(&script, &hosts, resolver, my_ip, limits)
                })
                .await;
                match evaluated {
                    Ok(Ok(answers)) => {
                        let mut lines = Vec::new();
                        for (host, answer) in answers {
                            let words: Vec<String> =
                                answer.iter().map(ToString::to_string).collect();
                            lines.push(format!("{host} → {}", words.join("; ")));
                            if let Some(crate::proxy::pac::PacRoute::Proxy(p)) = answer.first() {
                                routes.push((host, p.clone()));
                            }
                        }
                        (
                            Outcome::Ok,
                            format!("the PAC file {shown} answers: {}", lines.join(", ")),
                        )
                    }
                    Ok(Err(e)) => (Outcome::ProxyFailed, format!("{shown}: {e}")),
                    Err(e) => (
                        Outcome::ProxyFailed,
                        format!("{shown}: the PAC run failed: {e}"),
                    ),
                }
            }
        };
        checks.push(pac_check(
            setting,
            shown,
            outcome,
            started.elapsed(),
            detail,
        ));
    }
    (checks, routes)
}

fn pac_check(
    setting: &crate::proxy::ProxySetting,
    host: String,
    outcome: Outcome,
    elapsed: Duration,
    detail: String,
) -> CheckResult {
    let label = setting.source.label();
    let name = format!("PAC file ({label})");
    let mut check = CheckResult::new(
        format!("pac:{label}"),
        "pac",
        Role::Network,
        name,
        CheckKind::Pac,
    );
    check.host = host;
    check.outcome = outcome;
    check.elapsed = elapsed;
    check.detail = detail;
    check
}

/// This computer's address towards Apple (for `myIpAddress()`); no packet is sent.
async fn local_ip_towards(catalog: &Catalog) -> IpAddr {
    for (_, addr) in route_targets(catalog) {
        let bind: SocketAddr = if addr.is_ipv4() {
            ([0, 0, 0, 0], 0).into()
        } else {
            ([0u16; 8], 0).into()
        };
        if let Ok(socket) = tokio::net::UdpSocket::bind(bind).await
            && socket.connect(SocketAddr::new(addr, 443)).await.is_ok()
            && let Ok(local) = socket.local_addr()
        {
            return local.ip();
        }
    }
    IpAddr::from([127, 0, 0, 1])
}

/// A TCP stream to the target: directly, or through its proxy's CONNECT tunnel.
async fn connect(
    target: &Target,
    addr: SocketAddr,
    deadline: Instant,
) -> Result<tokio::net::TcpStream, (Outcome, String)> {
    match &target.via {
        Some(proxy) => proxy_path::connect_via(proxy, &target.host, target.port.0, deadline).await,
        None => tcp::connect(addr, deadline).await,
    }
}

/// Representative addresses of Apple's ranges, one per family, for the route check.
fn route_targets(catalog: &Catalog) -> Vec<(String, IpAddr)> {
    let mut out = Vec::new();
    for want_v4 in [true, false] {
        if let Some(net) = catalog
            .ranges
            .all
            .iter()
            .find(|n| matches!(n, IpNet::V4(_)) == want_v4)
        {
            let addr = net.hosts().next().unwrap_or(net.network());
            let family = if want_v4 { "ipv4" } else { "ipv6" };
            out.push((format!("route:{family}"), addr));
        }
    }
    out
}

/// Asks the kernel for a route towards Apple's ranges. A UDP `connect` sends no packet.
async fn route_checks_run(ctx: Arc<Ctx>) {
    for (id, addr) in route_targets(&ctx.plan.catalog) {
        let started = Instant::now();
        let bind: SocketAddr = if addr.is_ipv4() {
            ([0, 0, 0, 0], 0).into()
        } else {
            ([0u16; 8], 0).into()
        };
        let result = async {
            let socket = tokio::net::UdpSocket::bind(bind).await?;
            socket.connect(SocketAddr::new(addr, 443)).await?;
            socket.local_addr()
        }
        .await;
        let (outcome, detail) = match result {
            Ok(local) => (
                Outcome::Ok,
                format!(
                    "this machine has a route towards {addr} (from {})",
                    local.ip()
                ),
            ),
            Err(e) => (
                Outcome::Unreachable,
                format!("this machine has no route towards Apple's network ({addr}): {e}"),
            ),
        };
        let name = "Route to Apple's network".to_string();
        let mut check = CheckResult::new(id, "route", Role::Network, name, CheckKind::Route);
        check.address = Some(addr);
        check.outcome = outcome;
        check.elapsed = started.elapsed();
        check.detail = detail;
        ctx.finish(check);
    }
}

/// Sorts checks for display and reports: route, DNS, then probes in catalog order.
fn sort_checks(catalog: &Catalog, checks: &mut [CheckResult]) {
    let rank = |c: &CheckResult| {
        let kind = match c.kind {
            CheckKind::Route => 0,
            CheckKind::Dns => 1,
            CheckKind::Pac => 2,
            CheckKind::Probe(_) => 3,
            CheckKind::Hold => 4,
        };
        let position = catalog.endpoints.iter().position(|e| e.id == c.endpoint);
        let endpoint = position.and_then(|i| catalog.endpoints.get(i));
        let couriers = endpoint.is_some_and(|e| e.hosts == Hosts::Couriers);
        // Ports in the catalog's order: the primary port before its fallback.
        let port = c
            .port
            .and_then(|p| endpoint.and_then(|e| e.ports.iter().position(|q| *q == p)));
        // Courier rows differ by address, not by which numbered name led there.
        let host = if couriers {
            String::new()
        } else {
            c.host.clone()
        };
        (kind, position.unwrap_or(usize::MAX), host, port, c.address)
    };
    checks.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.id.cmp(&b.id)));
}
