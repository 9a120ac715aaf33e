//! The route check: does this computer have a route towards Apple's ranges, per address
//! family? Decided before any probe: a family without a route is not probed at all (an
//! IPv4-only school computer is healthy, not "IPv6 broken").

use std::net::{IpAddr, SocketAddr};

use ipnet::IpNet;
use tokio::time::Instant;

use super::outcome::{CheckKind, CheckResult, Evidence, Outcome};
use crate::catalog::{AppleRanges, Catalog, Role};
use crate::nat64::{Nat64Prefix, ipv4_behind};

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
pub(super) async fn route_checks(catalog: &Catalog) -> Vec<CheckResult> {
    let mut out = Vec::new();
    for (id, addr) in route_targets(catalog) {
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
        out.push(check);
    }
    out
}

/// What this run knows of the paths out before it probes: which address families have a
/// route towards Apple, and the NAT64 prefixes that carry IPv4 addresses inside IPv6 ones.
#[derive(Debug, Clone)]
pub(super) struct Paths {
    /// IPv4 has a route towards Apple (or no route check said otherwise).
    pub(super) v4: bool,
    /// IPv6 has a route towards Apple (or no route check said otherwise).
    pub(super) v6: bool,
    /// The well-known prefix and the network's own (RFC 7050), when it has one.
    pub(super) nat64: Vec<Nat64Prefix>,
}

impl Default for Paths {
    /// Every family routed, the well-known NAT64 prefix only.
    fn default() -> Paths {
        Paths {
            v4: true,
            v6: true,
            nat64: vec![Nat64Prefix::well_known()],
        }
    }
}

impl Paths {
    /// The families the route checks found without a route are left out; a family the
    /// catalog has no range for has no route check and stays in.
    pub(super) fn from_routes(routes: &[CheckResult]) -> Paths {
        let mut paths = Paths::default();
        for check in routes.iter().filter(|c| c.kind == CheckKind::Route) {
            let routed = check.outcome == Outcome::Ok;
            match check.address {
                Some(IpAddr::V4(_)) => paths.v4 = routed,
                Some(IpAddr::V6(_)) => paths.v6 = routed,
                None => {}
            }
        }
        paths
    }

    /// Adds the network's own NAT64 prefixes.
    pub(super) fn with_nat64(mut self, found: Vec<Nat64Prefix>) -> Paths {
        for prefix in found {
            if !self.nat64.contains(&prefix) {
                self.nat64.push(prefix);
            }
        }
        self
    }

    /// Whether this computer can send towards `addr` at all (its family has a route).
    pub(super) fn routed(&self, addr: &IpAddr) -> bool {
        if addr.is_ipv4() { self.v4 } else { self.v6 }
    }

    /// Whether `addr` is Apple's: inside Apple's ranges, or an IPv6 address of a NAT64
    /// prefix carrying an IPv4 address inside them.
    pub(super) fn inside(&self, ranges: &AppleRanges, addr: &IpAddr) -> bool {
        ranges.contains(addr)
            || ipv4_behind(addr, &self.nat64).is_some_and(|v4| ranges.contains(&IpAddr::V4(v4)))
    }
}
