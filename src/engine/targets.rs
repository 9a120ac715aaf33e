//! Which connections a run makes: addresses chosen per endpoint, proxy paths, and the
//! checks of names that had none.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};

use super::dns::{Answer, AnswerSource};
use super::outcome::{CheckKind, CheckResult, Outcome, Via};
use super::plan::Plan;
use super::resolve::Resolution;
use super::route::Paths;
use crate::catalog::{Catalog, Endpoint, Hosts, Port, ProbeKind};
use crate::proxy::ProxyUrl;

/// One connection probe to run.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) endpoint: usize,
    pub(super) host: String,
    pub(super) port: Port,
    pub(super) addr: IpAddr,
    pub(super) source: AnswerSource,
    /// Through this proxy (CONNECT to `host`), instead of directly to `addr`.
    pub(super) via: Option<ProxyUrl>,
    /// The IPv4 address behind `addr` when it is a NAT64 address.
    pub(super) nat64: Option<Ipv4Addr>,
}

impl Target {
    /// A probe straight to `addr`.
    pub(super) fn direct(
        endpoint: usize,
        host: &str,
        port: Port,
        addr: IpAddr,
        source: AnswerSource,
    ) -> Target {
        Target {
            endpoint,
            host: host.to_string(),
            port,
            addr,
            source,
            via: None,
            nat64: None,
        }
    }

    /// The same target, knowing the IPv4 address behind a NAT64 address.
    pub(super) fn behind(mut self, paths: &Paths) -> Target {
        self.nat64 = crate::nat64::ipv4_behind(&self.addr, &paths.nat64);
        self
    }

    /// A probe through `proxy`'s CONNECT tunnel to `host`.
    pub(super) fn through(endpoint: usize, host: &str, port: Port, proxy: ProxyUrl) -> Target {
        Target {
            endpoint,
            host: host.to_string(),
            port,
            addr: IpAddr::from([0, 0, 0, 0]),
            source: AnswerSource::System,
            via: Some(proxy),
            nat64: None,
        }
    }

    pub(super) fn id(&self, endpoint: &Endpoint) -> String {
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
pub(super) fn proxy_targets(
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
                out.push(Target::through(index, &host, port, proxy.clone()));
            }
        }
    }
    out
}

/// The addresses to probe for one host: Apple-range answers of the system resolver; failing
/// that, the public resolver's Apple-range answers; failing that, whatever the system said.
/// Addresses of a family this computer has no route for are never probed.
pub(super) fn usable_addresses(
    res: Option<&Resolution>,
    apple_range: bool,
    catalog: &Catalog,
    paths: &Paths,
) -> Vec<(IpAddr, AnswerSource)> {
    let Some(res) = res else {
        return Vec::new();
    };
    let ranges = &catalog.ranges;
    let system = res.system.as_ref();
    let fits = |a: &IpAddr| !apple_range || paths.inside(ranges, a);
    let pick = |answer: Option<&Answer>, only_fitting: bool| -> Vec<(IpAddr, AnswerSource)> {
        answer
            .map(|ans| {
                ans.addrs
                    .iter()
                    .filter(|a| paths.routed(a))
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

/// Whether the name had addresses, but none this computer has a route for.
fn only_unrouted(res: Option<&Resolution>, paths: &Paths) -> bool {
    let Some(answer) = res.and_then(|r| r.system.as_ref()) else {
        return false;
    };
    !answer.addrs.is_empty() && !answer.addrs.iter().any(|a| paths.routed(a))
}

/// What the planner decided as names resolved: probes to start, checks of names that had
/// nothing to probe, and the large hellos of Apple's 26 releases.
#[derive(Debug, Default)]
pub(super) struct Decided {
    /// Connection probes to start now.
    pub(super) targets: Vec<Target>,
    /// Checks of names with no usable address (reported at once).
    pub(super) unresolved: Vec<CheckResult>,
    /// Large-hello probes to start now.
    pub(super) hellos: Vec<super::hello::HelloTarget>,
}

impl Decided {
    pub(super) fn is_empty(&self) -> bool {
        self.targets.is_empty() && self.unresolved.is_empty() && self.hellos.is_empty()
    }
}

/// Chooses each endpoint's addresses as its names resolve, so a probe starts as soon as its
/// own name has an answer, never waiting for the whole DNS phase. The numbered couriers are
/// taken in number order (a courier is decided once all before it are), so the distinct
/// addresses chosen are the same as when all names are known at once.
pub(super) struct Planner {
    /// Per endpoint: the names decided (by index), and for couriers the next to decide.
    names: HashMap<usize, Vec<bool>>,
    couriers: HashMap<usize, CourierPick>,
}

/// The couriers' distinct addresses, chosen in number order.
#[derive(Default)]
struct CourierPick {
    next: usize,
    picked: Vec<(String, IpAddr, AnswerSource)>,
    v4: usize,
    v6: usize,
    done: bool,
}

impl Planner {
    pub(super) fn new() -> Planner {
        Planner {
            names: HashMap::new(),
            couriers: HashMap::new(),
        }
    }

    /// Decides what `ready` allows: `ready(host, apple_range)` says whether a name's answer is
    /// final enough to choose its addresses (its own answer has usable addresses, or its
    /// second opinion, when one was asked, is in).
    pub(super) fn decide(
        &mut self,
        plan: &Plan,
        resolutions: &HashMap<String, Resolution>,
        paths: &Paths,
        ready: &dyn Fn(&str, bool) -> bool,
    ) -> Decided {
        let catalog = &plan.catalog;
        let mut out = Decided::default();
        let hello_endpoint = |e: &Endpoint| catalog.large_hello.endpoints.contains(&e.id);
        for (index, endpoint) in plan.endpoints() {
            match &endpoint.hosts {
                Hosts::Couriers => {
                    let hosts = catalog.couriers.courier_hosts();
                    let want = catalog.couriers.distinct_addresses;
                    let pick = self.couriers.entry(index).or_default();
                    if pick.done {
                        continue;
                    }
                    let before = pick.picked.len();
                    while pick.next < hosts.len() && ready(&hosts[pick.next], endpoint.apple_range)
                    {
                        let host = &hosts[pick.next];
                        let usable = usable_addresses(
                            resolutions.get(host),
                            endpoint.apple_range,
                            catalog,
                            paths,
                        );
                        if pick.next == 0
                            && hello_endpoint(endpoint)
                            && let Some((addr, source)) = usable.first().copied()
                        {
                            push_hellos(
                                &mut out.hellos,
                                index,
                                host,
                                &endpoint.ports,
                                addr,
                                source,
                            );
                        }
                        for (addr, source) in usable {
                            if pick.picked.iter().any(|(_, a, _)| *a == addr) {
                                continue;
                            }
                            let count = if addr.is_ipv4() {
                                &mut pick.v4
                            } else {
                                &mut pick.v6
                            };
                            if *count < want {
                                *count += 1;
                                pick.picked.push((host.clone(), addr, source));
                            }
                        }
                        pick.next += 1;
                        // Enough addresses of every routed family: the rest cannot add any.
                        let full = (pick.v4 >= want || !paths.v4) && (pick.v6 >= want || !paths.v6);
                        if full && pick.next > 0 {
                            pick.next = hosts.len();
                        }
                    }
                    for port in &endpoint.ports {
                        for (host, addr, source) in &pick.picked[before..] {
                            out.targets.push(
                                Target::direct(index, host, *port, *addr, *source).behind(paths),
                            );
                        }
                    }
                    if pick.next >= hosts.len() {
                        pick.done = true;
                        if pick.picked.is_empty() {
                            let unrouted = hosts
                                .iter()
                                .any(|h| only_unrouted(resolutions.get(h), paths));
                            for port in &endpoint.ports {
                                let mut check = unresolved_check(endpoint, &hosts[0], *port);
                                if unrouted {
                                    unrouted_instead(&mut check);
                                }
                                out.unresolved.push(check);
                            }
                        }
                    }
                }
                Hosts::Names(list) => {
                    let decided = self
                        .names
                        .entry(index)
                        .or_insert_with(|| vec![false; list.len()]);
                    for (i, host) in list.iter().enumerate() {
                        if decided[i] || !ready(host, endpoint.apple_range) {
                            continue;
                        }
                        decided[i] = true;
                        let addrs = usable_addresses(
                            resolutions.get(host),
                            endpoint.apple_range,
                            catalog,
                            paths,
                        );
                        if i == 0
                            && hello_endpoint(endpoint)
                            && let Some((addr, source)) = addrs.first().copied()
                        {
                            // The provider API and a service host on their first port; the
                            // couriers (above) on both, 5223 and its fallback 443.
                            let first = &endpoint.ports[..endpoint.ports.len().min(1)];
                            push_hellos(&mut out.hellos, index, host, first, addr, source);
                        }
                        // One address per family: enough to tell IPv4 from IPv6 trouble.
                        let mut chosen: Vec<(IpAddr, AnswerSource)> = Vec::new();
                        for (addr, source) in addrs {
                            if !chosen.iter().any(|(a, _)| a.is_ipv4() == addr.is_ipv4()) {
                                chosen.push((addr, source));
                            }
                        }
                        let unrouted = only_unrouted(resolutions.get(host), paths);
                        for port in &endpoint.ports {
                            if chosen.is_empty() {
                                let mut check = unresolved_check(endpoint, host, *port);
                                if unrouted {
                                    unrouted_instead(&mut check);
                                }
                                out.unresolved.push(check);
                            }
                            for (addr, source) in &chosen {
                                out.targets.push(
                                    Target::direct(index, host, *port, *addr, *source)
                                        .behind(paths),
                                );
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

pub(super) fn unresolved_check(endpoint: &Endpoint, host: &str, port: Port) -> CheckResult {
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

/// A name whose every address is of a family this computer has no route for: not tried,
/// and no device here could reach it either.
fn unrouted_instead(check: &mut CheckResult) {
    check.outcome = Outcome::Unreachable;
    check.detail =
        "not tried: this computer has no route to any address of this name (its only addresses are of the other IP version)"
            .to_string();
}

/// A probe check of `endpoint`, nothing found yet.
fn endpoint_check(endpoint: &Endpoint, id: String) -> CheckResult {
    let kind = CheckKind::Probe(endpoint.probe);
    let mut check = CheckResult::new(id, &endpoint.id, endpoint.role, endpoint.name.clone(), kind);
    check.required = endpoint.required;
    check
}

pub(super) fn base_check(endpoint: &Endpoint, target: &Target, id: String) -> CheckResult {
    let mut check = endpoint_check(endpoint, id);
    check.host = target.host.clone();
    check.port = Some(target.port);
    match &target.via {
        Some(proxy) => check.via = Via::Proxy(proxy.clone()),
        None => {
            check.address = Some(target.addr);
            check.address_source = Some(target.source);
            check.nat64 = target.nat64;
        }
    }
    check
}

/// The large hello to `addr` on each of `ports` of catalog endpoint `endpoint`.
fn push_hellos(
    hellos: &mut Vec<super::hello::HelloTarget>,
    endpoint: usize,
    host: &str,
    ports: &[Port],
    addr: IpAddr,
    source: AnswerSource,
) {
    hellos.extend(ports.iter().map(|port| super::hello::HelloTarget {
        endpoint,
        host: host.to_string(),
        port: *port,
        addr,
        source,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every endpoint decided at once, with every answer in.
    fn choose_targets(
        plan: &Plan,
        resolutions: &HashMap<String, Resolution>,
        paths: &Paths,
    ) -> (Vec<Target>, Vec<CheckResult>) {
        let decided = Planner::new().decide(plan, resolutions, paths, &|_, _| true);
        (decided.targets, decided.unresolved)
    }
    use crate::engine::test_support::{answer as answer_with, plan};

    fn answer(addrs: &[&str], source: AnswerSource) -> Answer {
        answer_with(addrs, source, None)
    }

    fn system(addrs: &[&str]) -> Resolution {
        Resolution {
            system: Some(answer(addrs, AnswerSource::System)),
            public: None,
            internal: None,
        }
    }

    /// Every name of the built-in catalog answered with `addr`, couriers with `courier(n)`.
    fn resolved(courier: impl Fn(u8) -> Vec<String>, addr: &str) -> HashMap<String, Resolution> {
        let plan = plan();
        let mut out = HashMap::new();
        for (n, host) in (1u8..).zip(plan.catalog().couriers.courier_hosts()) {
            let addrs = courier(n);
            let addrs: Vec<&str> = addrs.iter().map(String::as_str).collect();
            out.insert(host, system(&addrs));
        }
        for endpoint in &plan.catalog().endpoints {
            if let Hosts::Names(names) = &endpoint.hosts {
                for name in names {
                    out.insert(name.clone(), system(&[addr]));
                }
            }
        }
        out
    }

    fn of<'a>(targets: &'a [Target], plan: &Plan, id: &str) -> Vec<&'a Target> {
        targets
            .iter()
            .filter(|t| plan.catalog().endpoints[t.endpoint].id == id)
            .collect()
    }

    #[test]
    fn couriers_get_eight_distinct_addresses_per_family_on_every_port() {
        let plan = plan();
        // 50 names over 12 IPv4 addresses (several names share one) and one IPv6 address.
        let res = resolved(
            |n| {
                vec![
                    format!("17.57.146.{}", 10 + n % 12),
                    "2620:149:a44::1".to_string(),
                ]
            },
            "17.188.143.34",
        );
        let (targets, unresolved) = choose_targets(&plan, &res, &Paths::default());
        assert!(unresolved.is_empty());
        let couriers = of(&targets, &plan, "courier");
        for port in [5223, 443] {
            let on: Vec<&&Target> = couriers.iter().filter(|t| t.port.0 == port).collect();
            let v4: std::collections::BTreeSet<IpAddr> =
                on.iter().map(|t| t.addr).filter(IpAddr::is_ipv4).collect();
            let v6: Vec<IpAddr> = on.iter().map(|t| t.addr).filter(IpAddr::is_ipv6).collect();
            assert_eq!(v4.len(), 8, "port {port}: {v4:?}");
            assert_eq!(on.len(), 9, "8 IPv4 and the one IPv6 address, no repeats");
            assert_eq!(v6.len(), 1);
        }
        // In courier-number order: 1-courier's address comes first.
        assert_eq!(couriers[0].host, "1-courier.push.apple.com");
        assert_eq!(couriers[0].addr, "17.57.146.11".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn named_hosts_get_one_address_per_family() {
        let plan = plan();
        let mut res = resolved(|_| vec!["17.57.146.10".to_string()], "17.188.143.34");
        res.insert(
            "api.push.apple.com".into(),
            system(&["17.188.143.34", "17.188.143.35", "2620:149:a44::2"]),
        );
        let (targets, _) = choose_targets(&plan, &res, &Paths::default());
        let provider = of(&targets, &plan, "provider");
        // Two ports × (one IPv4 + one IPv6).
        assert_eq!(provider.len(), 4, "{provider:?}");
        assert!(
            provider
                .iter()
                .all(|t| t.addr.to_string() != "17.188.143.35")
        );
    }

    #[test]
    fn answers_outside_apple_give_way_to_the_public_resolvers() {
        let plan = plan();
        let mut res = resolved(|_| vec!["17.57.146.10".to_string()], "17.188.143.34");
        res.insert(
            "api.push.apple.com".into(),
            Resolution {
                system: Some(answer(&["10.9.9.9"], AnswerSource::System)),
                public: Some(answer(&["17.188.143.34"], AnswerSource::PublicDns)),
                internal: None,
            },
        );
        let (targets, _) = choose_targets(&plan, &res, &Paths::default());
        let provider = of(&targets, &plan, "provider");
        assert!(!provider.is_empty());
        for t in provider {
            assert_eq!(t.addr.to_string(), "17.188.143.34");
            assert_eq!(t.source, AnswerSource::PublicDns);
        }
        // Without a public answer the system's own (outside) address is still probed.
        res.get_mut("api.push.apple.com").unwrap().public = None;
        let (targets, _) = choose_targets(&plan, &res, &Paths::default());
        assert!(
            of(&targets, &plan, "provider")
                .iter()
                .all(|t| t.addr.to_string() == "10.9.9.9" && t.source == AnswerSource::System)
        );
    }

    #[test]
    fn names_without_an_address_become_untried_checks_per_port() {
        let plan = plan();
        let mut res = resolved(|_| Vec::new(), "17.188.143.34");
        res.insert("api.push.apple.com".into(), system(&[]));
        let (targets, unresolved) = choose_targets(&plan, &res, &Paths::default());
        assert!(of(&targets, &plan, "courier").is_empty());
        assert!(of(&targets, &plan, "provider").is_empty());
        let ids: Vec<&str> = unresolved.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            vec![
                "courier:5223",
                "courier:443",
                "provider:api.push.apple.com:443",
                "provider:api.push.apple.com:2197"
            ]
        );
        assert!(unresolved.iter().all(|c| c.outcome == Outcome::DnsFailed));
        assert_eq!(unresolved[0].host, "1-courier.push.apple.com");
    }

    #[test]
    fn proxy_paths_follow_the_settings_and_the_pac_file() {
        let plan = plan();
        let mut manual = crate::proxy::ProxySetting::empty(crate::proxy::Source::Environment);
        manual.https = Some("http://proxy.school.example:3128".parse().unwrap());
        let pac_proxy: crate::proxy::ProxyUrl = "http://pac-proxy.example:8080".parse().unwrap();
        let pac = vec![("api.push.apple.com".to_string(), pac_proxy.clone())];
        let targets = proxy_targets(&plan, Some(&[manual]), &pac);
        let described: Vec<(String, String, u16)> = targets
            .iter()
            .map(|t| {
                (
                    t.host.clone(),
                    t.via.as_ref().map(ToString::to_string).unwrap_or_default(),
                    t.port.0,
                )
            })
            .collect();
        assert_eq!(
            described,
            vec![
                (
                    "1-courier.push.apple.com".into(),
                    "http://proxy.school.example:3128".into(),
                    443
                ),
                (
                    "api.push.apple.com".into(),
                    "http://proxy.school.example:3128".into(),
                    443
                ),
                (
                    "api.push.apple.com".into(),
                    "http://pac-proxy.example:8080".into(),
                    443
                ),
            ]
        );
        // Not read at all: no proxy paths.
        assert!(proxy_targets(&plan, None, &pac).is_empty());
    }

    #[test]
    fn a_family_without_a_route_is_not_probed() {
        let plan = plan();
        let res = resolved(
            |n| vec![format!("17.57.146.{n}"), format!("2620:149:a44::{n}")],
            "17.188.143.34",
        );
        let ipv4_only = Paths {
            v6: false,
            ..Paths::default()
        };
        let (targets, unresolved) = choose_targets(&plan, &res, &ipv4_only);
        assert!(unresolved.is_empty());
        assert!(!targets.is_empty());
        assert!(targets.iter().all(|t| t.addr.is_ipv4()), "{targets:?}");
        // Routed, both families are probed.
        let (both, _) = choose_targets(&plan, &res, &Paths::default());
        assert!(both.iter().any(|t| t.addr.is_ipv6()));
        // A name with IPv6 addresses only is not tried, and says why.
        let mut only_v6 = res.clone();
        only_v6.insert("api.push.apple.com".into(), system(&["2620:149:a44::9"]));
        let (_, unresolved) = choose_targets(&plan, &only_v6, &ipv4_only);
        let provider: Vec<&CheckResult> = unresolved
            .iter()
            .filter(|c| c.endpoint == "provider")
            .collect();
        assert_eq!(provider.len(), 2, "{unresolved:?}");
        assert!(provider.iter().all(|c| c.outcome == Outcome::Unreachable));
        assert!(
            provider[0].detail.contains("no route"),
            "{}",
            provider[0].detail
        );
    }

    #[test]
    fn nat64_addresses_are_judged_by_the_ipv4_address_inside() {
        let plan = plan();
        // An IPv6-only network: DNS64 answers in the well-known prefix and in the network's
        // own /96; there is no IPv4 route.
        let own = crate::nat64::Nat64Prefix::new("2001:db8:64::/96".parse().unwrap()).unwrap();
        let res = resolved(
            |n| vec![format!("64:ff9b::17.57.146.{n}")],
            "2001:db8:64::17.188.143.34",
        );
        let ipv6_only = Paths {
            v4: false,
            ..Paths::default()
        }
        .with_nat64(vec![own]);
        let (targets, unresolved) = choose_targets(&plan, &res, &ipv6_only);
        assert!(unresolved.is_empty(), "{unresolved:?}");
        let courier = of(&targets, &plan, "courier")[0];
        assert_eq!(courier.nat64, Some("17.57.146.1".parse().unwrap()));
        let provider = of(&targets, &plan, "provider")[0];
        assert_eq!(provider.nat64, Some("17.188.143.34".parse().unwrap()));
        assert_eq!(provider.source, AnswerSource::System);
        // A NAT64 address carrying an address outside Apple's ranges is outside them.
        assert!(!ipv6_only.inside(
            &plan.catalog().ranges,
            &"64:ff9b::10.0.0.1".parse().unwrap()
        ));
        assert!(ipv6_only.inside(
            &plan.catalog().ranges,
            &"64:ff9b::17.0.0.1".parse().unwrap()
        ));
        // Without the network's own prefix, its addresses are just addresses (outside).
        assert!(!Paths::default().inside(
            &plan.catalog().ranges,
            &"2001:db8:64::17.188.143.34".parse().unwrap()
        ));
    }
}
