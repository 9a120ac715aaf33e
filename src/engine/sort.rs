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
            CheckKind::Hold => 4,
            CheckKind::Clock => 5,
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
