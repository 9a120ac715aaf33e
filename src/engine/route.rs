//! The route check: does this computer have a route towards Apple's ranges?

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use ipnet::IpNet;
use tokio::time::Instant;

use super::Ctx;
use super::outcome::{CheckKind, CheckResult, Evidence, Outcome};
use crate::catalog::{Catalog, Role};

/// The local address the kernel would send from towards `addr`. A UDP `connect` only picks
/// a route: no packet is sent.
async fn local_address_towards(addr: IpAddr) -> std::io::Result<IpAddr> {
    let bind: SocketAddr = if addr.is_ipv4() {
        ([0, 0, 0, 0], 0).into()
    } else {
        ([0u16; 8], 0).into()
    };
    let socket = tokio::net::UdpSocket::bind(bind).await?;
    socket.connect(SocketAddr::new(addr, 443)).await?;
    Ok(socket.local_addr()?.ip())
}

/// This computer's address towards Apple (for `myIpAddress()`); no packet is sent.
pub(super) async fn local_ip_towards(catalog: &Catalog) -> IpAddr {
    for (_, addr) in route_targets(catalog) {
        if let Ok(local) = local_address_towards(addr).await {
            return local;
        }
    }
    IpAddr::from([127, 0, 0, 1])
}

/// Representative addresses of Apple's ranges, one per family, for the route check.
pub(super) fn route_targets(catalog: &Catalog) -> Vec<(String, IpAddr)> {
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

/// Asks the kernel for a route towards Apple's ranges, one check per address family.
pub(super) async fn route_checks_run(ctx: Arc<Ctx>) {
    for (id, addr) in route_targets(ctx.plan.catalog()) {
        let started = Instant::now();
        let mut evidence = Evidence::None;
        let (outcome, detail) = match local_address_towards(addr).await {
            Ok(local) => {
                evidence = Evidence::Route { local };
                (
                    Outcome::Ok,
                    format!("this machine has a route towards {addr}"),
                )
            }
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
        check.evidence = evidence;
        ctx.finish(check);
    }
}
