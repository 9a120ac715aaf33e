//! Name lookups turned into DNS checks, and the addresses each host may be probed at.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;

use super::dns::{Answer, AnswerSource};
use super::outcome::{CheckKind, CheckResult, DnsEvidence, Evidence, Outcome};
use super::plan::Plan;
use super::route::Paths;
use crate::catalog::{Hosts, Role};

/// What the system resolver (or `--resolve`) and the public resolvers answered for one host.
#[derive(Debug, Default, Clone)]
pub(super) struct Resolution {
    pub(super) system: Option<Answer>,
    pub(super) public: Option<Answer>,
    /// Push Check failed inside this name's lookup (a bug, said as one).
    pub(super) internal: Option<String>,
}

/// DNS checks: one for all couriers, one per other host name.
pub(super) fn dns_groups(plan: &Plan) -> Vec<(usize, Vec<String>, String)> {
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

pub(super) fn dns_checks_from(
    plan: &Plan,
    resolutions: &HashMap<String, Resolution>,
    paths: &Paths,
) -> Vec<CheckResult> {
    let ranges = &plan.catalog.ranges;
    dns_groups(plan)
        .into_iter()
        .map(|(index, hosts, id)| {
            let endpoint = &plan.catalog.endpoints[index];
            let mut system_addrs: Vec<IpAddr> = Vec::new();
            let mut resolved = 0usize;
            let mut errors: Vec<String> = Vec::new();
            let mut unresolved: Vec<String> = Vec::new();
            let mut public_addrs: Vec<IpAddr> = Vec::new();
            let mut public_errors: Vec<String> = Vec::new();
            let mut source = AnswerSource::System;
            for host in &hosts {
                let Some(res) = resolutions.get(host) else {
                    unresolved.push(host.clone());
                    continue;
                };
                if let Some(answer) = &res.system {
                    source = answer.source;
                    if answer.addrs.is_empty() {
                        errors.extend(answer.error.clone());
                        unresolved.push(host.clone());
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
                .filter(|a| !paths.inside(ranges, a))
                .copied()
                .collect();
            let behind_nat64: Vec<IpAddr> = system_addrs
                .iter()
                .filter_map(|a| crate::nat64::ipv4_behind(a, &paths.nat64))
                .map(IpAddr::V4)
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
                let range_note = match (endpoint.apple_range, behind_nat64.is_empty()) {
                    (true, true) => ", all inside Apple's ranges".to_string(),
                    (true, false) => format!(
                        ", all inside Apple's ranges (through NAT64: {} behind the IPv6 answers)",
                        list_addrs(&behind_nat64, 4)
                    ),
                    (false, true) => String::new(),
                    (false, false) => format!(
                        " (through NAT64: {} behind the IPv6 answers)",
                        list_addrs(&behind_nat64, 4)
                    ),
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
            let evidence = DnsEvidence {
                asked: hosts.len(),
                first: hosts.first().cloned().unwrap_or_default(),
                resolved,
                system_error: errors.first().cloned(),
                unresolved,
                outside: if endpoint.apple_range {
                    outside.clone()
                } else {
                    Vec::new()
                },
                public_answers: public_addrs.clone(),
                public_error: public_errors.first().cloned(),
            };
            let name = format!("Name lookup: {}", endpoint.name);
            let mut check = CheckResult::new(id, &endpoint.id, Role::Network, name, CheckKind::Dns);
            let internal = hosts
                .iter()
                .find_map(|h| resolutions.get(h).and_then(|r| r.internal.clone()));
            check.host = hosts_label(&hosts);
            check.address_source = Some(source);
            check.outcome = outcome;
            check.detail = detail;
            check.required = endpoint.required;
            check.answers = answers;
            check.evidence = Evidence::Dns(evidence);
            if let Some(message) = internal {
                super::guard::failed_inside(&mut check, &message);
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::test_support::{answer, plan};

    fn check<'a>(checks: &'a [CheckResult], id: &str) -> &'a CheckResult {
        checks
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no {id}"))
    }

    fn dns(c: &CheckResult) -> &DnsEvidence {
        match &c.evidence {
            Evidence::Dns(d) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn one_check_for_all_couriers_and_one_per_other_name() {
        let plan = plan();
        let groups = dns_groups(&plan);
        let ids: Vec<&str> = groups.iter().map(|(_, _, id)| id.as_str()).collect();
        assert_eq!(ids[0], "dns:couriers");
        assert_eq!(groups[0].1.len(), 50);
        assert!(ids.contains(&"dns:api.push.apple.com"));
        // captive.apple.com is both the captive page and a service: asked once.
        assert_eq!(
            ids.iter()
                .filter(|i| **i == "dns:captive.apple.com")
                .count(),
            1
        );
    }

    #[test]
    fn dns_checks_carry_what_each_resolver_said() {
        let plan = plan();
        let mut res: HashMap<String, Resolution> = HashMap::new();
        // 48 couriers inside Apple's range, two not answered at all.
        for (n, host) in (1u32..).zip(plan.catalog().couriers.courier_hosts()) {
            let system = if n <= 48 {
                answer(&["17.57.146.10"], AnswerSource::System, None)
            } else {
                answer(&[], AnswerSource::System, Some("no such name"))
            };
            res.insert(
                host,
                Resolution {
                    system: Some(system),
                    public: None,
                    internal: None,
                },
            );
        }
        // The provider API answered outside Apple's range; a public resolver knew better.
        res.insert(
            "api.push.apple.com".into(),
            Resolution {
                system: Some(answer(&["10.0.0.1"], AnswerSource::System, None)),
                public: Some(answer(&["17.188.143.34"], AnswerSource::PublicDns, None)),
                internal: None,
            },
        );
        // A --resolve rule for the captive page; nothing for gateway.push.apple.com.
        res.insert(
            "captive.apple.com".into(),
            Resolution {
                system: Some(answer(&["127.0.0.1"], AnswerSource::Override, None)),
                public: None,
                internal: None,
            },
        );
        res.insert(
            "gateway.push.apple.com".into(),
            Resolution {
                system: Some(answer(&[], AnswerSource::System, Some("timed out"))),
                public: Some(answer(&[], AnswerSource::PublicDns, Some("refused"))),
                internal: None,
            },
        );
        let checks = dns_checks_from(&plan, &res, &Paths::default());

        let couriers = check(&checks, "dns:couriers");
        assert_eq!(couriers.outcome, Outcome::Ok);
        assert_eq!((dns(couriers).asked, dns(couriers).resolved), (50, 48));
        assert_eq!(couriers.answers.len(), 1);

        let api = check(&checks, "dns:api.push.apple.com");
        assert_eq!(api.outcome, Outcome::OutsideAppleRange);
        assert_eq!(
            dns(api).outside,
            vec!["10.0.0.1".parse::<IpAddr>().unwrap()]
        );
        assert_eq!(
            dns(api).public_answers,
            vec!["17.188.143.34".parse::<IpAddr>().unwrap()]
        );

        let captive = check(&checks, "dns:captive.apple.com");
        assert_eq!(captive.outcome, Outcome::Ok);
        assert_eq!(captive.address_source, Some(AnswerSource::Override));

        let gateway = check(&checks, "dns:gateway.push.apple.com");
        assert_eq!(gateway.outcome, Outcome::DnsFailed);
        assert_eq!(dns(gateway).system_error.as_deref(), Some("timed out"));
        assert!(dns(gateway).public_answers.is_empty());
        assert_eq!(dns(gateway).public_error.as_deref(), Some("refused"));
        assert!(!gateway.required, "the retired gateway is not required");

        // Names nobody asked about (not resolved at all) fail without evidence of an answer.
        let service = check(&checks, "dns:gs.apple.com");
        assert_eq!(service.outcome, Outcome::DnsFailed);
        assert_eq!(dns(service).resolved, 0);
    }

    #[test]
    fn dns64_answers_are_inside_apples_ranges_and_say_nat64() {
        let plan = plan();
        let mut res: HashMap<String, Resolution> = HashMap::new();
        for host in plan.catalog().couriers.courier_hosts() {
            res.insert(
                host,
                Resolution {
                    system: Some(answer(&["64:ff9b::1139:9234"], AnswerSource::System, None)),
                    public: None,
                    internal: None,
                },
            );
        }
        // The well-known prefix carrying an address outside Apple's ranges is outside.
        res.insert(
            "api.push.apple.com".into(),
            Resolution {
                system: Some(answer(&["64:ff9b::a00:1"], AnswerSource::System, None)),
                public: None,
                internal: None,
            },
        );
        let checks = dns_checks_from(&plan, &res, &Paths::default());
        let couriers = check(&checks, "dns:couriers");
        assert_eq!(couriers.outcome, Outcome::Ok, "{}", couriers.detail);
        assert!(
            couriers.detail.contains("through NAT64: 17.57.146.52"),
            "{}",
            couriers.detail
        );
        assert!(dns(couriers).outside.is_empty());
        let api = check(&checks, "dns:api.push.apple.com");
        assert_eq!(api.outcome, Outcome::OutsideAppleRange);
    }
}
