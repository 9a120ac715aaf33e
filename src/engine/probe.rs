//! One connection probe: TCP, TLS, the provider API's HTTP/2 or the captive page.

use std::net::SocketAddr;

use tokio::time::Instant;

use super::outcome::{CheckResult, Evidence, Outcome};
use super::targets::{Target, base_check};
use super::{Ctx, Event, http, ntp, provider, proxy_path, tcp, tls};
use crate::catalog::ProbeKind;

pub(super) async fn probe(ctx: &Ctx, target: &Target, deadline: Instant) -> CheckResult {
    let plan = &ctx.plan;
    let endpoint = &plan.catalog.endpoints[target.endpoint];
    let id = target.id(endpoint);
    ctx.emit(Event::ProbeStarted {
        run: ctx.run,
        id: id.clone(),
        hold: None,
    });
    super::guard::inject(super::guard::Task::Probe, &id);
    let mut check = base_check(endpoint, target, id);
    let started = Instant::now();
    let addr = SocketAddr::new(target.addr, target.port.0);
    let (outcome, detail) = match endpoint.probe {
        ProbeKind::Tcp => match tcp::connect(addr, deadline).await {
            Ok(_) => (Outcome::Ok, format!("{addr} accepted the connection")),
            Err(failure) => failure,
        },
        ProbeKind::Ntp => {
            let answer = ntp::probe(addr, plan.options.clock.now(), deadline).await;
            check.server_date = answer.server_time;
            check.local_date = answer.server_time.map(|_| plan.options.clock.now());
            (answer.outcome, answer.detail)
        }
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
            check.local_date = answer.server_date.map(|_| plan.options.clock.now());
            if let Some(answerer) = answer.answerer {
                check.evidence = Evidence::Captive(answerer);
            }
            (answer.outcome, answer.detail)
        }
        ProbeKind::Tls | ProbeKind::Provider => match connect(target, addr, deadline).await {
            Err(failure) => failure,
            Ok(stream) => {
                match tls::handshake(
                    &plan.trust,
                    tls::Peer::Apple,
                    stream,
                    &target.host,
                    &endpoint.alpn,
                    deadline,
                )
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
                            check.local_date = answer.server_date.map(|_| plan.options.clock.now());
                            if let Some((status, reason)) = answer.busy {
                                check.evidence = Evidence::AppleBusy { status, reason };
                            }
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
    check.detail = match target.nat64 {
        Some(v4) => format!("{detail} (through the network's NAT64 to {v4})"),
        None => detail,
    };
    check.elapsed = started.elapsed();
    check
}

/// A TCP stream to the target: directly, or through its proxy's CONNECT tunnel.
pub(super) async fn connect(
    target: &Target,
    addr: SocketAddr,
    deadline: Instant,
) -> Result<tokio::net::TcpStream, (Outcome, String)> {
    match &target.via {
        Some(proxy) => proxy_path::connect_via(proxy, &target.host, target.port.0, deadline).await,
        None => tcp::connect(addr, deadline).await,
    }
}
