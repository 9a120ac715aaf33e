//! PAC files of the system's proxy settings: fetched, run in the sandbox, reported.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use tokio::time::Instant;

use super::fetch;
use super::outcome::{CheckKind, CheckResult, Evidence, Outcome, PacEvidence, PacFailure};
use super::plan::Plan;
use super::resolve::Resolution;
use super::route::local_ip_towards;
use crate::catalog::{Hosts, Role};

/// The push hosts a PAC file is asked about: the first courier and the provider API.
/// Automatic discovery is on but there is no search domain to look for the PAC file in.
const NO_SEARCH_DOMAIN: &str = "automatic proxy discovery (WPAD) is on, but this computer has no DNS search domain, so there is no wpad.<domain> to ask for a PAC file";

/// Where WPAD finds the PAC file for this run, as browsers look: the address the DHCP server
/// handed out (option 252), where the OS keeps it; else `http://wpad.<first search
/// domain>/wpad.dat`.
fn wpad_url(plan: &Plan) -> Option<String> {
    let domains = match &plan.options.search_domains {
        Some(domains) => domains.clone(),
        None => {
            if let Some(url) = crate::netinfo::dhcp_wpad_url() {
                return Some(url);
            }
            crate::netinfo::search_domains()
        }
    };
    domains.first().map(|d| crate::netinfo::wpad_url_in(d))
}

pub(super) fn pac_hosts(plan: &Plan) -> Vec<String> {
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
/// the proxies it names for push hosts. `dnsResolve` answers from this run's lookups first;
/// other names the file looks up go to the system resolver under the deadline.
pub(super) async fn run_pac_files(
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
    let known: HashMap<String, Vec<IpAddr>> = resolutions
        .iter()
        .filter_map(|(h, r)| {
            let answer = r.system.as_ref()?;
            (!answer.addrs.is_empty()).then(|| (h.to_ascii_lowercase(), answer.addrs.clone()))
        })
        .collect();
    let helper = plan
        .options
        .pac_helper
        .clone()
        .or_else(|| std::env::current_exe().ok());
    for setting in settings {
        let url = match (&setting.pac_url, setting.auto_discover) {
            (Some(url), _) => url.clone(),
            // Automatic discovery: the DNS variant of WPAD, wpad.<search domain>.
            (None, true) => match wpad_url(plan) {
                Some(url) => url,
                None => {
                    let mut check = pac_check(
                        setting,
                        "wpad".to_string(),
                        Outcome::ProxyFailed,
                        Duration::ZERO,
                        NO_SEARCH_DOMAIN.to_string(),
                    );
                    check.evidence = Evidence::Pac(PacEvidence {
                        source: setting.source,
                        url: String::new(),
                        error: Some(NO_SEARCH_DOMAIN.to_string()),
                        discovered: true,
                        failure: Some(PacFailure::NoSearchDomain),
                        run: None,
                    });
                    checks.push(check);
                    continue;
                }
            },
            (None, false) => continue,
        };
        let url = &url;
        let started = Instant::now();
        let shown = crate::proxy::mask_credentials(url);
        let mut evidence = PacEvidence {
            source: setting.source,
            url: shown.clone(),
            error: None,
            discovered: setting.pac_url.is_none(),
            failure: None,
            run: None,
        };
        let (outcome, detail) =
            match fetch::fetch(url, &plan.options.resolve, &plan.trust, deadline).await {
                Err(e) => {
                    evidence.error = Some(e.to_string());
                    evidence.failure = Some(PacFailure::Fetch(e.failure));
                    (
                        Outcome::ProxyFailed,
                        format!("the PAC file {shown} could not be fetched: {e}"),
                    )
                }
                Ok(script) => {
                    let remaining = deadline.saturating_duration_since(Instant::now());
                    let request = crate::proxy::pac_process::Request {
                        script,
                        hosts: hosts.clone(),
                        known: known.clone(),
                        my_ip: vec![local_ip_towards(plan.catalog()).await],
                        // WinHTTP (Windows services) asks FindProxyForURLEx when a file
                        // defines it; browsers and Apple's systems ask FindProxyForURL.
                        prefer_ex: setting.source == crate::proxy::Source::WinHttp,
                        time_ms: u64::try_from(remaining.min(Duration::from_secs(2)).as_millis())
                            .unwrap_or(2000),
                        memory: crate::proxy::pac::PacLimits::default().memory,
                    };
                    let evaluated = match helper.as_deref() {
                        Some(program) => {
                            crate::proxy::pac_process::evaluate_in_child(
                                program, &request, deadline,
                            )
                            .await
                        }
                        None => Err(crate::proxy::pac::PacError::Sandbox(
                            "this program's own path is unknown".to_string(),
                        )),
                    };
                    match evaluated {
                        Ok(run) => {
                            let mut lines = Vec::new();
                            for answer in &run.answers {
                                match &answer.result {
                                    Ok(a) => {
                                        let words: Vec<String> =
                                            a.routes.iter().map(ToString::to_string).collect();
                                        lines.push(format!(
                                            "{} -> {}",
                                            answer.host,
                                            words.join("; ")
                                        ));
                                        if let Some(crate::proxy::pac::PacRoute::Proxy(p)) =
                                            a.routes.first()
                                        {
                                            routes.push((answer.host.clone(), p.clone()));
                                        }
                                    }
                                    Err(e) => lines.push(format!("{} -> {e}", answer.host)),
                                }
                            }
                            let failed = run.answers.iter().any(|a| a.result.is_err());
                            if failed {
                                evidence.failure = Some(PacFailure::Run);
                            }
                            let said = format!(
                                "the PAC file {shown} ({}) answers: {}",
                                run.entry.name(),
                                lines.join(", ")
                            );
                            evidence.run = Some(run);
                            if failed {
                                (Outcome::ProxyFailed, said)
                            } else {
                                (Outcome::Ok, said)
                            }
                        }
                        Err(e) => {
                            evidence.error = Some(e.to_string());
                            evidence.failure =
                                Some(if matches!(e, crate::proxy::pac::PacError::Internal(_)) {
                                    PacFailure::Internal
                                } else {
                                    PacFailure::Run
                                });
                            (Outcome::ProxyFailed, format!("{shown}: {e}"))
                        }
                    }
                }
            };
        let mut check = pac_check(setting, shown, outcome, started.elapsed(), detail);
        check.evidence = Evidence::Pac(evidence);
        checks.push(check);
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
