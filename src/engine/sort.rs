//! The fixed order of checks in every report.

use super::outcome::{CheckKind, CheckResult};
use crate::catalog::{Catalog, Hosts};

/// Sorts checks for display and reports: route, DNS, then probes in catalog order.
pub fn sort_checks(catalog: &Catalog, checks: &mut [CheckResult]) {
    let rank = |c: &CheckResult| {
        let kind = match c.kind {
            CheckKind::Route => 0,
            CheckKind::Dns => 1,
            CheckKind::Pac => 2,
            CheckKind::Probe(_) => 3,
            CheckKind::LargeHello => 4,
            CheckKind::Hold => 5,
            CheckKind::Clock => 6,
            CheckKind::Mdm => 7,
            CheckKind::TlsAudit => 8,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Port, ProbeKind, Role};

    fn c(id: &str, endpoint: &str, kind: CheckKind, host: &str, port: Option<u16>) -> CheckResult {
        let mut check = CheckResult::new(id.into(), endpoint, Role::Device, id.into(), kind);
        check.host = host.into();
        check.port = port.map(Port);
        check
    }

    #[test]
    fn route_dns_pac_probes_hold_clock_with_ports_in_catalog_order() {
        let catalog = Catalog::built_in().unwrap();
        let tls = CheckKind::Probe(ProbeKind::Tls);
        let provider = CheckKind::Probe(ProbeKind::Provider);
        let mut checks = vec![
            c(
                "clock",
                "clock",
                CheckKind::Clock,
                "captive.apple.com",
                None,
            ),
            c(
                "hold:60s@x",
                "provider",
                CheckKind::Hold,
                "api.push.apple.com",
                Some(443),
            ),
            c(
                "provider:2197",
                "provider",
                provider,
                "api.push.apple.com",
                Some(2197),
            ),
            c(
                "provider:443",
                "provider",
                provider,
                "api.push.apple.com",
                Some(443),
            ),
            c(
                "courier:443@b",
                "courier",
                tls,
                "7-courier.push.apple.com",
                Some(443),
            ),
            c(
                "courier:443@a",
                "courier",
                tls,
                "2-courier.push.apple.com",
                Some(443),
            ),
            c(
                "courier:5223@b",
                "courier",
                tls,
                "9-courier.push.apple.com",
                Some(5223),
            ),
            c("pac:KDE settings", "pac", CheckKind::Pac, "", None),
            c("dns:couriers", "courier", CheckKind::Dns, "", None),
            c("route:ipv6", "route", CheckKind::Route, "", None),
            c("route:ipv4", "route", CheckKind::Route, "", None),
        ];
        sort_checks(&catalog, &mut checks);
        let ids: Vec<&str> = checks.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            vec![
                "route:ipv4",
                "route:ipv6",
                "dns:couriers",
                "pac:KDE settings",
                // Couriers: 5223 before its fallback 443; same port by address, not by name.
                "courier:5223@b",
                "courier:443@a",
                "courier:443@b",
                "provider:443",
                "provider:2197",
                "hold:60s@x",
                "clock",
            ]
        );
    }
}
