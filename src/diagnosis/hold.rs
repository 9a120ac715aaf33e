//! The hold test: quiet connections forgotten on the way (`idle_timeout`), and what it
//! showed when nothing was forgotten.

use std::time::Duration;

use super::{Code, Finding, Severity, ids};
use crate::engine::{CheckKind, CheckResult, Outcome};
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
