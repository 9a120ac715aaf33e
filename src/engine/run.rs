//! The run's phases: resolve, second opinion, probes and proxy paths, the hold test.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio::time::{Instant, timeout_at};

use super::dns::{self, Answer, AnswerSource, override_for};
use super::guard::{self, Task};
use super::hello;
use super::hold::{self, hold_endpoint, hold_target, working_path};
use super::mdm;
use super::outcome::CheckResult;
use super::outcome::Outcome;
use super::pac_run::run_pac_files;
use super::probe::probe;
use super::resolve::{Resolution, dns_checks_from, dns_groups};
use super::route::{Paths, route_checks};
use super::targets::{Planner, Target, base_check, proxy_targets};
use super::{Ctx, Event};
use crate::catalog::Hosts;

/// A finished lookup: the system resolver's answer, or the public resolvers'.
enum Looked {
    System(String, Answer),
    Public(String, Answer),
}

/// The second opinion for `host`, when its system answer calls for one: no address, or an
/// Apple name answered outside Apple's ranges (and public resolvers are configured).
fn second_opinion(
    ctx: &Ctx,
    host: &str,
    resolutions: &HashMap<String, Resolution>,
    apple_names: &HashSet<String>,
    paths: &Paths,
    sockets: &Arc<Semaphore>,
    deadline: Instant,
) -> Option<impl std::future::Future<Output = Looked> + Send + 'static> {
    let options = &ctx.plan.options;
    if options.public_dns.is_empty() {
        return None;
    }
    let answer = resolutions.get(host)?.system.as_ref()?;
    let outside = apple_names.contains(host)
        && answer
            .addrs
            .iter()
            .any(|a| !paths.inside(&ctx.plan.catalog.ranges, a));
    if !answer.addrs.is_empty() && !outside {
        return None;
    }
    let servers = options.public_dns.clone();
    let sockets = sockets.clone();
    let host = host.to_string();
    Some(async move {
        guard::inject(Task::SecondOpinion, &host);
        let _permit = sockets.acquire_owned().await.ok();
        let answer = dns::public_lookup(&servers, &host, deadline).await;
        Looked::Public(host, answer)
    })
}

pub(super) async fn execute(ctx: Arc<Ctx>) {
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
    // The named hosts first, then the numbered couriers: when lookups wait their turn (at
    // most `SYSTEM_LOOKUPS_AT_ONCE`), the provider API and the services, one name each, do
    // not wait behind fifty couriers that share a few addresses.
    let named = plan.endpoints().filter_map(|(_, e)| match &e.hosts {
        Hosts::Names(list) => Some(list.clone()),
        Hosts::Couriers => None,
    });
    let couriers = plan
        .endpoints()
        .any(|(_, e)| e.hosts == Hosts::Couriers)
        .then(|| courier_hosts.clone());
    for host in named.chain(couriers).flatten() {
        if seen.insert(host.clone()) {
            names.push(host);
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
    // The route checks take microseconds and decide which address families are probed at
    // all: a family this computer has no route for is left out, not reported as failing.
    let routes = route_checks(plan.catalog()).await;
    let paths = Paths::from_routes(&routes);
    let dns_checks = dns_groups(plan).len();
    let route_count = routes.len();
    ctx.emit(Event::Started {
        run: ctx.run,
        total: dns_checks + route_count,
    });
    for check in routes {
        ctx.finish(check);
    }
    // The school's MDM servers, beside everything else: each resolves its own name.
    let mut extra: JoinSet<()> = JoinSet::new();
    let mut extra_ids: HashMap<tokio::task::Id, Vec<CheckResult>> = HashMap::new();
    for server in options.mdm_servers.clone() {
        let pending = mdm::pending_checks(&server);
        let task = extra.spawn(mdm::check(ctx.clone(), server, paths.clone(), deadline));
        extra_ids.insert(task.id(), pending);
    }
    // None given: a Mac enrolled in an MDM names its server in its enrollment profile.
    if options.find_mdm_server && cfg!(target_os = "macos") {
        let limit = options.timeout.mul_f64(0.3).min(Duration::from_secs(5));
        let (ctx, paths) = (ctx.clone(), paths.clone());
        extra.spawn(async move {
            let found =
                tokio::task::spawn_blocking(move || crate::netinfo::mdm_server_from_profile(limit))
                    .await
                    .ok()
                    .flatten()
                    .and_then(|url| {
                        mdm::MdmServer::parse(&url, super::outcome::MdmSource::Profile).ok()
                    });
            if let Some(server) = found {
                mdm::check(ctx, server, paths, deadline).await;
            }
        });
    }

    // Names resolve as they come, each holding a socket (the system resolver
    // `SYSTEM_LOOKUPS_AT_ONCE` at a time); the public resolvers' second opinion is asked beside them for a
    // name the system failed or answered outside Apple's ranges. There is no phase barrier:
    // each probe starts as soon as its own name is decided (the planner), the DNS checks are
    // written once every answer is in.
    let sockets = Arc::new(Semaphore::new(options.concurrency.max(1)));
    let asking = Arc::new(Semaphore::new(dns::SYSTEM_LOOKUPS_AT_ONCE));
    let mut lookups: JoinSet<Looked> = JoinSet::new();
    // DNS64 lives in the system resolver: where it answers Apple's names, it also reveals the
    // network's NAT64 prefix through ipv4only.arpa (RFC 7050).
    let asks_system = names
        .iter()
        .any(|host| override_for(&options.resolve, host).is_none());
    let mut nat64 = asks_system.then(|| {
        tokio::spawn(async move {
            guard::inject(Task::Nat64, crate::nat64::DISCOVERY_NAME);
            let answer = dns::system_lookup(crate::nat64::DISCOVERY_NAME, dns_deadline).await;
            crate::nat64::discover(&answer.addrs)
        })
    });
    // Each task's host, so a task that panics is reported as what it is.
    let mut looking: HashMap<tokio::task::Id, String> = HashMap::new();
    for host in names {
        let rules = options.resolve.clone();
        let sockets = sockets.clone();
        let asking = asking.clone();
        let name = host.clone();
        let task = lookups.spawn(async move {
            guard::inject(Task::Lookup, &host);
            // A socket, then a turn with the resolver. (Turn first was measured slower at 200
            // couriers, 216 against 203 ms, and no faster under 256 open files.)
            let _permit = sockets.acquire_owned().await.ok();
            let answer = match override_for(&rules, &host) {
                Some(addrs) => Answer {
                    addrs,
                    source: AnswerSource::Override,
                    error: None,
                },
                None => {
                    let _asking = asking.acquire_owned().await.ok();
                    dns::system_lookup(&host, dns_deadline).await
                }
            };
            Looked::System(host, answer)
        });
        looking.insert(task.id(), name);
    }
    // The names whose DNS answers must fall inside Apple's ranges.
    let apple_names: HashSet<String> = plan
        .endpoints()
        .filter(|(_, e)| e.apple_range)
        .flat_map(|(_, e)| match &e.hosts {
            Hosts::Couriers => courier_hosts.clone(),
            Hosts::Names(list) => list.clone(),
        })
        .collect();
    let mut resolutions: HashMap<String, Resolution> = HashMap::new();
    // Names whose second opinion was asked and has not come, and names whose system answer
    // waits for the NAT64 prefix before it can be judged.
    let mut asked: HashSet<String> = HashSet::new();
    let mut waiting_nat64: Vec<String> = Vec::new();
    let mut paths = paths;
    let mut planner = Planner::new();

    let semaphore = sockets.clone();
    let mut probes = JoinSet::new();
    let mut pending: BTreeMap<String, Target> = BTreeMap::new();
    // Every probe's target by check id, so the hold test can reuse a path that worked.
    let mut launched: HashMap<String, Target> = HashMap::new();
    // Each probe task's check id, so a task that panics is reported as what it is.
    let mut tasks: HashMap<tokio::task::Id, String> = HashMap::new();
    let mut launch = |target: Target, probes: &mut JoinSet<String>| {
        let endpoint = &plan.catalog.endpoints[target.endpoint];
        let id = target.id(endpoint);
        pending.insert(id.clone(), target.clone());
        launched.insert(target.id(endpoint), target.clone());
        let ctx = ctx.clone();
        let semaphore = semaphore.clone();
        let task = probes.spawn(async move {
            let _permit = semaphore.acquire_owned().await.ok();
            let check = probe(&ctx, &target, deadline).await;
            ctx.finish(check.clone());
            check.id
        });
        tasks.insert(task.id(), id);
    };
    let mut known = dns_checks + route_count + 3 * options.mdm_servers.len();
    guard::inject(Task::Run, "probes");
    loop {
        tokio::select! {
            joined = lookups.join_next(), if !lookups.is_empty() => match joined {
                Some(Ok(Looked::System(host, answer))) => {
                    asked.remove(&host);
                    let entry = resolutions.entry(host.clone()).or_default();
                    entry.system = Some(answer);
                    // NAT64 addresses are judged once the network's prefix is known.
                    let unsure = nat64.is_some()
                        && entry.system.as_ref().is_some_and(|a| {
                            a.addrs.iter().any(|x| x.is_ipv6() && !plan.catalog.ranges.contains(x))
                        });
                    if unsure {
                        waiting_nat64.push(host);
                    } else if let Some(task) =
                        second_opinion(&ctx, &host, &resolutions, &apple_names, &paths, &sockets, public_deadline)
                    {
                        asked.insert(host.clone());
                        looking.insert(lookups.spawn(task).id(), host);
                    }
                }
                Some(Ok(Looked::Public(host, answer))) => {
                    asked.remove(&host);
                    resolutions.entry(host).or_default().public = Some(answer);
                }
                Some(Err(e)) => {
                    if e.is_panic()
                        && let Some(host) = looking.get(&e.id())
                    {
                        asked.remove(host);
                        resolutions.entry(host.clone()).or_default().internal =
                            Some(guard::message(e.into_panic()));
                    }
                }
                None => {}
            },
            found = async {
                match nat64.as_mut() {
                    Some(task) => task.await,
                    None => std::future::pending().await,
                }
            }, if nat64.is_some() => {
                nat64 = None;
                match found {
                    Ok(prefixes) => paths = paths.with_nat64(prefixes),
                    Err(e) if e.is_panic() => {
                        let message = guard::message(e.into_panic());
                        ctx.finish(guard::task_check(Task::Nat64, &message));
                    }
                    Err(_) => {}
                }
                for host in std::mem::take(&mut waiting_nat64) {
                    if let Some(task) = second_opinion(&ctx, &host, &resolutions, &apple_names, &paths, &sockets, public_deadline) {
                        asked.insert(host.clone());
                        looking.insert(lookups.spawn(task).id(), host);
                    }
                }
            },
        }
        // Start every probe whose name is now decided.
        let ready = |host: &str, apple_range: bool| {
            let Some(res) = resolutions.get(host) else {
                return false;
            };
            if waiting_nat64.iter().any(|h| h == host) {
                return false;
            }
            if asked.contains(host) {
                // A name waits for its second opinion only when its own answer gives nothing
                // to probe: an answer with Apple's addresses is used at once.
                return res.system.as_ref().is_some_and(|a| {
                    a.addrs.iter().any(|x| {
                        paths.routed(x) && (!apple_range || paths.inside(&plan.catalog.ranges, x))
                    })
                });
            }
            res.system.is_some() || res.internal.is_some()
        };
        let decided = planner.decide(plan, &resolutions, &paths, &ready);
        if !decided.is_empty() {
            known += decided.targets.len() + decided.unresolved.len() + decided.hellos.len();
            ctx.emit(Event::Planned {
                run: ctx.run,
                total: known,
            });
            for check in decided.unresolved {
                ctx.finish(check);
            }
            for target in decided.targets {
                launch(target, &mut probes);
            }
            for target in decided.hellos {
                let endpoint = &plan.catalog.endpoints[target.endpoint];
                let pending = vec![hello::base_check(endpoint, &target, target.id(endpoint))];
                let ctx = ctx.clone();
                let task = extra.spawn(async move {
                    let check = hello::probe(&ctx, &target, deadline).await;
                    ctx.finish(check);
                });
                extra_ids.insert(task.id(), pending);
            }
        }
        if lookups.is_empty() && nat64.is_none() {
            break;
        }
    }
    // Whatever is still undecided (a name whose task broke) is decided with what there is.
    let rest = planner.decide(plan, &resolutions, &paths, &|_, _| true);
    known += rest.targets.len() + rest.unresolved.len() + rest.hellos.len();
    for check in rest.unresolved {
        ctx.finish(check);
    }
    for target in rest.targets {
        launch(target, &mut probes);
    }
    for check in dns_checks_from(plan, &resolutions, &paths) {
        ctx.finish(check);
    }
    ctx.emit(Event::Planned {
        run: ctx.run,
        total: known,
    });

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
            Ok(Some(Err(e))) => {
                // A bug in a probe, not the network: untested, with the message.
                let id = tasks.get(&e.id()).cloned();
                if let (true, Some(target)) =
                    (e.is_panic(), id.and_then(|id| pending.remove_entry(&id)))
                {
                    let (id, target) = target;
                    let message = guard::message(e.into_panic());
                    let endpoint = &plan.catalog.endpoints[target.endpoint];
                    let mut check = base_check(endpoint, &target, id);
                    guard::failed_inside(&mut check, &message);
                    ctx.finish(check);
                }
            }
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
    // The MDM servers and the large hellos: a panic is a bug, a check still going at the
    // deadline timed out; each is reported once.
    let mut broken: Vec<(Vec<CheckResult>, Option<String>)> = Vec::new();
    loop {
        match tokio::time::timeout_at(grace, extra.join_next_with_id()).await {
            Ok(Some(Ok((id, ())))) => {
                extra_ids.remove(&id);
            }
            Ok(Some(Err(e))) => {
                let checks = extra_ids.remove(&e.id()).unwrap_or_default();
                let message = e.is_panic().then(|| guard::message(e.into_panic()));
                broken.push((checks, message));
            }
            Ok(None) => break,
            Err(_) => {
                extra.abort_all();
                broken.extend(extra_ids.drain().map(|(_, checks)| (checks, None)));
                break;
            }
        }
    }
    let done: HashSet<String> = ctx
        .results
        .lock()
        .map(|r| r.iter().map(|c| c.id.clone()).collect())
        .unwrap_or_default();
    for (checks, message) in broken {
        for mut check in checks.into_iter().filter(|c| !done.contains(&c.id)) {
            match &message {
                Some(message) => guard::failed_inside(&mut check, message),
                None => {
                    check.outcome = Outcome::Timeout;
                    check.elapsed = options.timeout;
                    check.detail = "still waiting when the run's deadline passed".to_string();
                }
            }
            ctx.finish(check);
        }
    }

    // Phase 4: the hold test, over a path to the provider API that just worked.
    if let (Some(hold), Some((index, host))) = (options.hold, &hold_endpoint) {
        let results = ctx.results.lock().map(|r| r.clone()).unwrap_or_default();
        let target = match working_path(plan, *index, &results, &launched) {
            Some(found) => found,
            None => hold_target(
                plan,
                settings,
                *index,
                host,
                &resolutions,
                &paths,
                &pac_routes,
            ),
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
