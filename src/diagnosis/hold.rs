//! The hold test: quiet connections forgotten on the way (`idle_timeout`), and what it
//! showed when nothing was forgotten.

use std::time::Duration;

use super::{Code, Finding, Severity, ids};
use crate::engine::{CheckKind, CheckResult, Evidence, HoldEnd, Outcome};
use crate::words::human_duration;

/// Push connections sit quiet this long between messages.
pub(super) const PUSH_IDLE: Duration = Duration::from_secs(15 * 60);
/// Idle timeouts shorter than this break push on some devices (Apple's guidance: 30 min).
const IDLE_ENOUGH: Duration = Duration::from_secs(30 * 60);

/// What the hold test showed when it cut nothing, for the all-clear explanation.
pub(super) fn hold_note(checks: &[CheckResult]) -> String {
    let held: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Hold)
        .collect();
    let kept = held
        .iter()
        .filter(|c| c.outcome == Outcome::Ok)
        .filter_map(|c| c.idle)
        .max();
    let closed_by_server = held
        .iter()
        .filter(|c| c.outcome == Outcome::Skipped)
        .filter_map(|c| c.idle)
        .min();
    let mut note = String::new();
    if let Some(kept) = kept {
        note.push_str(&format!(
            " A quiet connection to Apple also stayed open for {}.",
            human_duration(kept.as_secs())
        ));
        if kept < PUSH_IDLE {
            note.push_str(" Push connections sit quiet for 10–15 minutes, so only a hold of 15 minutes or more shows the network keeps them that long.");
        }
    }
    if let Some(after) = closed_by_server {
        note.push_str(&format!(
            " Apple's server closed the held connection after {}, so longer quiet periods were not tested.",
            human_duration(after.as_secs())
        ));
    }
    note
}

/// `idle_timeout`: a held connection was forgotten (no PING answer) or cut (reset).
pub(super) fn idle_finding(checks: &[CheckResult], range_rule: &str) -> Option<Finding> {
    let held: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Hold)
        .collect();
    let cut: Vec<&CheckResult> = held
        .iter()
        .copied()
        .filter(|c| matches!(c.outcome, Outcome::Timeout | Outcome::Reset))
        .collect();
    let first = cut
        .iter()
        .filter_map(|c| c.idle.map(|d| (d, *c)))
        .min_by_key(|(d, _)| *d)?;
    let (cut_by, check) = first;
    let kept = held
        .iter()
        .filter(|c| c.outcome == Outcome::Ok)
        .filter_map(|c| c.idle)
        .filter(|d| *d < cut_by)
        .max();
    let cut_words = human_duration(cut_by.as_secs());
    let how = if check.outcome == Outcome::Reset {
        format!("was cut off after {cut_words}")
    } else {
        format!("was quiet for {cut_words} and then got no answer at all")
    };
    let survived = match kept {
        Some(k) => format!(
            ", while one quiet for {} still worked",
            human_duration(k.as_secs())
        ),
        None => String::new(),
    };
    let path = match check.via.proxy() {
        None => "A firewall or NAT".to_string(),
        Some(proxy) => format!("The proxy ({proxy}) or a firewall behind it"),
    };
    let severity = if cut_by <= PUSH_IDLE {
        Severity::Problem
    } else {
        Severity::Warning
    };
    let title = if severity == Severity::Problem {
        format!(
            "The network forgets quiet connections within {cut_words}, so push notifications will be missed."
        )
    } else {
        format!(
            "The network forgets quiet connections within {cut_words}, which can delay push notifications."
        )
    };
    Some(Finding {
        code: Code::IdleTimeout,
        severity,
        title,
        explanation: format!(
            "Apple devices keep one connection to Apple's push service open, and it can carry nothing for 10–15 minutes at a time. A test connection to Apple ({}) {how}{survived}. {path} on the way forgets quiet connections too soon: devices then miss notifications until they notice and reconnect, even though every quick test passes.",
            check.host
        ),
        fix: format!(
            "Raise the TCP idle (session) timeout for connections to {range_rule} on ports 5223, 443 and 2197 to at least {} minutes (60 is safer) on every firewall, NAT and proxy between this network and the internet. Today quiet connections are dropped within {cut_words}.",
            IDLE_ENOUGH.as_secs() / 60
        ),
        checks: ids(held
            .iter()
            .copied()
            .filter(|c| c.outcome != Outcome::Skipped)),
    })
}

/// `hold_untested`: the hold test was asked for, but no held connection measured the path
/// (Apple's server closed every one, or none could be opened). Not when the person stopped
/// the wait: then everything else is reported as it is.
pub(super) fn hold_untested(checks: &[CheckResult]) -> Option<Finding> {
    let ends: Vec<(&CheckResult, HoldEnd)> = checks
        .iter()
        .filter_map(|c| match c.evidence {
            Evidence::Hold(end) if c.kind == CheckKind::Hold => Some((c, end)),
            _ => None,
        })
        .collect();
    if ends.is_empty()
        || ends
            .iter()
            .any(|(_, e)| e.measured() || *e == HoldEnd::Stopped)
    {
        return None;
    }
    let why = if ends.iter().all(|(_, e)| *e == HoldEnd::ServerClosed) {
        "Apple's server closed every held connection before its quiet spell was over, so there was nothing to measure".to_string()
    } else if ends.iter().any(|(_, e)| *e == HoldEnd::NotTried) {
        "no connection to Apple's provider API worked, so there was none to keep open".to_string()
    } else {
        let how = ends
            .iter()
            .find(|(_, e)| *e == HoldEnd::NotOpened)
            .map(|(c, _)| c.detail.clone())
            .unwrap_or_default();
        if how.is_empty() {
            "the connections to hold could not be opened".to_string()
        } else {
            format!("the connections to hold could not be opened ({how})")
        }
    };
    Some(Finding {
        code: Code::HoldUntested,
        severity: Severity::Untested,
        title: "The idle-connection test could not run, so it is not known whether the network keeps quiet connections open.".to_string(),
        explanation: format!(
            "You asked for the idle-connection test, but {why}. Everything else above was tested; this part has no answer yet. Run it again later; if it keeps happening, send the report to IT."
        ),
        fix: String::new(),
        checks: ids(ends.iter().map(|(c, _)| *c)),
    })
}
