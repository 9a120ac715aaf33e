//! The hold test: quiet connections forgotten on the way (`idle_timeout`), and what it
//! showed when nothing was forgotten.

use std::time::Duration;

use super::{Code, Finding, Severity, ids};
use crate::engine::{CheckKind, CheckResult, Evidence, HoldEnd, Outcome};
use crate::i18n::{Arg, Text};

/// Push connections sit quiet this long between messages.
pub(super) const PUSH_IDLE: Duration = Duration::from_secs(15 * 60);
/// Idle timeouts shorter than this break push on some devices (Apple's guidance: 30 min).
const IDLE_ENOUGH: Duration = Duration::from_secs(30 * 60);

/// What the hold test showed when it cut nothing, for the all-clear explanation.
pub(super) fn hold_note(checks: &[CheckResult]) -> Arg {
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
    let mut note = Vec::new();
    if let Some(kept) = kept {
        note.push(Text::new("hold-kept").arg("idle", Arg::Duration(kept.as_secs())));
        if kept < PUSH_IDLE {
            note.push(Text::new("hold-too-short"));
        }
    }
    if let Some(after) = closed_by_server {
        note.push(Text::new("hold-closed-by-apple").arg("after", Arg::Duration(after.as_secs())));
    }
    Arg::Sentences(note)
}

/// `idle_timeout`: a held connection was forgotten (no PING answer) or cut (reset).
pub(super) fn idle_finding(checks: &[CheckResult], range_rule: &Text) -> Option<Finding> {
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
    let cut_words = Arg::Duration(cut_by.as_secs());
    let how = Text::new(if check.outcome == Outcome::Reset {
        "idle-cut-off"
    } else {
        "idle-no-answer"
    })
    .arg("after", cut_words.clone());
    let survived = match kept {
        Some(k) => Text::new("idle-survived").arg("idle", Arg::Duration(k.as_secs())),
        None => Text::default(),
    };
    let path = match check.via.proxy() {
        None => Text::new("idle-path-firewall"),
        Some(proxy) => Text::new("idle-path-proxy").arg("proxy", proxy.to_string()),
    };
    let severity = if cut_by <= PUSH_IDLE {
        Severity::Problem
    } else {
        Severity::Warning
    };
    let title = Text::new(if severity == Severity::Problem {
        "finding-idle-missed-title"
    } else {
        "finding-idle-delayed-title"
    })
    .arg("within", cut_words.clone());
    Some(Finding {
        code: Code::IdleTimeout,
        severity,
        title,
        explanation: Text::new("finding-idle-explanation")
            .arg("host", check.host.clone())
            .arg("how", how)
            .arg("survived", survived)
            .arg("path", path),
        fix: Text::new("finding-idle-fix")
            .arg("range", range_rule.clone())
            .arg("minutes", IDLE_ENOUGH.as_secs() / 60)
            .arg("within", cut_words),
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
            Evidence::Hold(end, _) if c.kind == CheckKind::Hold => Some((c, end)),
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
        Text::new("hold-why-closed")
    } else if ends.iter().any(|(_, e)| *e == HoldEnd::NotTried) {
        Text::new("hold-why-not-tried")
    } else {
        let how = ends
            .iter()
            .find(|(_, e)| *e == HoldEnd::NotOpened)
            .map(|(c, _)| c.detail.clone())
            .unwrap_or_default();
        if how.is_empty() {
            Text::new("hold-why-not-opened")
        } else {
            Text::new("hold-why-not-opened-detail").arg("detail", how)
        }
    };
    Some(Finding {
        code: Code::HoldUntested,
        severity: Severity::Untested,
        title: Text::new("finding-hold-untested-title"),
        explanation: Text::new("finding-hold-untested-explanation").arg("why", why),
        fix: Text::default(),
        checks: ids(ends.iter().map(|(c, _)| *c)),
    })
}
