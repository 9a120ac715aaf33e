//! A proxy set on this computer (`proxy_configured`): does it apply to Apple's push hosts?

use super::{Code, Context, Finding, Severity, ids, ranges_text};
use crate::engine::{CheckKind, CheckResult, Evidence, Outcome};
use crate::i18n::{Arg, Text};

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
    let sources: Vec<Arg> = set
        .iter()
        .map(|p| {
            Text::new("proxy-found-in")
                .arg("source", Text::new(p.source.message()))
                .arg("setting", p.describe())
                .into()
        })
        .collect();
    let ranges = ranges_text(ctx.catalog, false);
    let (severity, state) = if applies.is_empty() {
        (Severity::Info, Text::new("proxy-exempt"))
    } else {
        (Severity::Warning, Text::new("proxy-not-exempt"))
    };
    let pac_note: Vec<Text> = pac_problems
        .first()
        .map(|c| Text::new("proxy-pac-unusable").arg("detail", c.detail.clone()))
        .into_iter()
        .collect();
    Some(Finding {
        code: Code::ProxyConfigured,
        severity,
        title: Text::new(if applies.is_empty() {
            "finding-proxy-bypassed-title"
        } else {
            "finding-proxy-not-exempt-title"
        }),
        explanation: Text::new("finding-proxy-explanation")
            .arg("sources", Arg::List(sources))
            .arg("state", state)
            .arg("pac", Arg::Sentences(pac_note)),
        fix: if applies.is_empty() {
            Text::default()
        } else {
            Text::new("finding-proxy-fix").arg("ranges", ranges)
        },
        checks: ids(checks.iter().filter(|c| c.kind == CheckKind::Pac)),
    })
}
