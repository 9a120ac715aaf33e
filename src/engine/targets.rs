//! Which connections a run makes: addresses chosen per endpoint, proxy paths, and the
//! checks of names that had none.

use std::collections::HashMap;
use std::net::IpAddr;

use super::dns::{Answer, AnswerSource};
use super::outcome::{CheckKind, CheckResult, Outcome, Via};
use super::plan::Plan;
use super::resolve::Resolution;
use crate::catalog::{Catalog, Endpoint, Hosts, Port, ProbeKind};

/// One connection probe to run.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) endpoint: usize,
    pub(super) host: String,
    pub(super) port: Port,
    pub(super) addr: IpAddr,
    pub(super) source: AnswerSource,
    /// Through this proxy (CONNECT to `host`), instead of directly to `addr`.
    pub(super) via: Option<crate::proxy::ProxyUrl>,
}

impl Target {
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

/// The addresses to probe for one host: Apple-range answers of the system resolver; failing
/// that, the public resolver's Apple-range answers; failing that, whatever the system said.
pub(super) fn usable_addresses(
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

pub(super) fn choose_targets(
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
        }
    }
    check
}
