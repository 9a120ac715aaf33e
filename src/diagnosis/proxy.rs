//! A proxy set on this computer (`proxy_configured`): does it apply to Apple's push hosts?

use super::{Code, Context, Finding, Severity, ids, ranges_text};
use crate::engine::{CheckKind, CheckResult, Evidence, Outcome};
use crate::i18n::{Arg, Text};

pub(super) fn proxy_finding(checks: &[CheckResult], ctx: &Context<'_>) -> Option<Finding> {
    // A source whose PAC file Push Check failed inside of was not tested: the internal error
    // says so, and nothing is concluded from it.
    let untested = |p: &crate::proxy::ProxySetting| {
        p.https.is_none()
            && p.http.is_none()
            && p.socks.is_none()
            && checks.iter().any(|c| {
                matches!(&c.evidence, Evidence::Pac(pac)
                    if pac.source == p.source
                        && pac.failure == Some(crate::engine::PacFailure::Internal))
            })
    };
    let set: Vec<&crate::proxy::ProxySetting> = ctx
        .proxies
        .iter()
        .filter(|p| p.is_set() && !untested(p))
        .collect();
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
    // Automatic discovery (WPAD) that found no PAC file: browsers and Apple devices go
    // direct, so it puts no proxy in the path.
    let found_nothing =
        |p: &crate::proxy::ProxySetting| pac(p).is_some_and(|(_, pac)| pac.found_nothing());
    let pac_problems: Vec<&CheckResult> = set
        .iter()
        .filter(|p| !found_nothing(p))
        .filter_map(|p| pac(p).map(|(c, _)| c))
        .filter(|c| c.outcome != Outcome::Ok)
        .collect();
    let wpad_empty: Vec<&CheckResult> = set
        .iter()
        .filter(|p| found_nothing(p))
        .filter_map(|p| pac(p).map(|(c, _)| c))
        .collect();
    let applies: Vec<&&crate::proxy::ProxySetting> = set
        .iter()
        .filter(|p| {
            // A PAC file (named, or found by WPAD) applies unless it was run and sends every
            // push host DIRECT, or automatic discovery found none.
            let pac_proxies = (p.pac_url.is_some() || p.auto_discover)
                && !found_nothing(p)
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
    // Only automatic discovery is set, and it found nothing: there is no proxy at all.
    let only_wpad_empty = set.iter().all(|p| {
        found_nothing(p) && p.pac_url.is_none() && p.https_proxy_for(&push_host).is_none()
    });
    let (severity, state) = if applies.is_empty() {
        (Severity::Info, Text::new("proxy-exempt"))
    } else {
        (Severity::Warning, Text::new("proxy-not-exempt"))
    };
    let mut pac_note: Vec<Text> = wpad_empty
        .first()
        .map(|c| wpad_nothing(c))
        .into_iter()
        .collect();
    pac_note.extend(
        pac_problems
            .first()
            .map(|c| Text::new("proxy-pac-unusable").arg("detail", pac_failure(c))),
    );
    Some(Finding {
        code: Code::ProxyConfigured,
        severity,
        title: Text::new(if only_wpad_empty {
            "finding-proxy-detect-nothing-title"
        } else if applies.is_empty() {
            "finding-proxy-bypassed-title"
        } else {
            "finding-proxy-not-exempt-title"
        }),
        explanation: Text::new(if only_wpad_empty {
            "finding-proxy-detect-nothing-explanation"
        } else {
            "finding-proxy-explanation"
        })
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

/// "Automatic proxy detection is on but found no PAC file (…)", saying why from the typed
/// failure.
fn wpad_nothing(c: &CheckResult) -> Text {
    use crate::engine::{FetchFailure, PacFailure};
    let Evidence::Pac(pac) = &c.evidence else {
        return Text::default();
    };
    let url = pac.url.clone();
    let why = match pac.failure {
        Some(PacFailure::NoSearchDomain) => Text::new("proxy-wpad-why-no-domain"),
        Some(PacFailure::Fetch(FetchFailure::NotResolved)) => {
            Text::new("proxy-wpad-why-not-resolved").arg("url", url)
        }
        Some(PacFailure::Fetch(FetchFailure::Status(status))) => Text::new("proxy-wpad-why-status")
            .arg("url", url)
            .arg("status", Arg::Num(i64::from(status))),
        _ => Text::new("proxy-wpad-why-no-answer").arg("url", url),
    };
    Text::new("proxy-wpad-nothing").arg("why", why)
}

/// Why a PAC file could not be used, from its evidence: the first host's error (with the
/// line the JavaScript engine names), or the file's own failure. The engine's words stay
/// technical (what IT looks up).
fn pac_failure(c: &CheckResult) -> String {
    let Evidence::Pac(pac) = &c.evidence else {
        return c.detail.clone();
    };
    let host_error = pac.run.iter().flat_map(|r| &r.answers).find_map(|a| {
        a.result
            .as_ref()
            .err()
            .map(|e| format!("{} for {}", e, a.host))
    });
    host_error
        .or_else(|| pac.error.clone())
        .unwrap_or_else(|| c.detail.clone())
}
