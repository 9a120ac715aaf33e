//! A proxy set on this computer (`proxy_configured`): does it apply to Apple's push hosts?

use super::{Code, Context, Finding, Severity, ids, ranges_text};
use crate::engine::{CheckKind, CheckResult, Evidence, Outcome};
use crate::words::and_list;

pub(super) fn proxy_finding(checks: &[CheckResult], ctx: &Context<'_>) -> Option<Finding> {
    let set: Vec<&crate::proxy::ProxySetting> = ctx.proxies.iter().filter(|p| p.is_set()).collect();
    if set.is_empty() {
        return None;
    }
    let push_host = ctx
        .catalog
        .couriers
        .courier_hosts()
        .into_iter()
        .next()
        .unwrap_or_default();
    // A PAC file that was run decides for its source; one that could not be run, and WPAD,
    // may send Apple's hosts anywhere.
    let pac = |p: &crate::proxy::ProxySetting| {
        checks.iter().find_map(|c| match &c.evidence {
            Evidence::Pac(pac) if c.kind == CheckKind::Pac && pac.source == p.source => {
                Some((c, pac))
            }
            _ => None,
        })
    };
    let pac_problems: Vec<&CheckResult> = set
        .iter()
        .filter_map(|p| pac(p).map(|(c, _)| c))
        .filter(|c| c.outcome != Outcome::Ok)
        .collect();
    let applies: Vec<&&crate::proxy::ProxySetting> = set
        .iter()
        .filter(|p| {
            // A PAC file (named, or found by WPAD) applies unless it was run and sends every
            // push host DIRECT.
            let pac_proxies = (p.pac_url.is_some() || p.auto_discover)
                && pac(p).is_none_or(|(c, pac)| c.outcome != Outcome::Ok || pac.proxies_push());
            p.https_proxy_for(&push_host).is_some() || pac_proxies
        })
        .collect();
    let sources: Vec<String> = set
        .iter()
        .map(|p| format!("{} ({})", p.source.label(), p.describe()))
        .collect();
    let ranges = ranges_text(ctx.catalog, false);
    let (severity, state) = if applies.is_empty() {
        (
            Severity::Info,
            "Apple's push hosts are exempt from it, as Apple asks.".to_string(),
        )
    } else {
        (
            Severity::Warning,
            "Apple's push hosts are not exempt from it, so apps and services that follow these settings send Apple traffic through the proxy.".to_string(),
        )
    };
    let state = match pac_problems.first() {
        Some(c) => format!("{state} The PAC file could not be used ({}).", c.detail),
        None => state,
    };
    Some(Finding {
        code: Code::ProxyConfigured,
        severity,
        title: if applies.is_empty() {
            "A proxy is set on this computer, and Apple's push service bypasses it.".to_string()
        } else {
            "A proxy is set on this computer and Apple's push traffic is not exempt from it."
                .to_string()
        },
        explanation: format!(
            "Found in {}. {state} Apple devices use port 5223 directly and can use a proxy only for the port 443 fallback, only if it does not decrypt, and only since iOS/iPadOS 13.4 and macOS 10.15.4 when it comes from a PAC file. This version tested every connection directly.",
            and_list(&sources)
        ),
        fix: if applies.is_empty() {
            String::new()
        } else {
            format!(
                "Exempt *.push.apple.com and {ranges} from the proxy (bypass list, or DIRECT in the PAC file), and allow them through the firewall directly."
            )
        },
        checks: ids(checks.iter().filter(|c| c.kind == CheckKind::Pac)),
    })
}
