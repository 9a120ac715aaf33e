//! The clock: this computer's time against the `Date` Apple's servers report.

use std::time::Duration;

use super::{Code, Finding, Severity};
use crate::catalog::{ProbeKind, Role};
use crate::engine::{CheckKind, CheckResult, Outcome};
use crate::i18n::{Arg, Text};
use crate::words::human_duration;

/// A clock further off than this breaks certificate checks and provider tokens.
pub const CLOCK_WARNING: Duration = Duration::from_secs(5 * 60);
const CLOCK_PROBLEM: Duration = Duration::from_secs(60 * 60);

/// This computer's clock against the servers' `Date` headers and the time server: local minus
/// server, in seconds, the middle reading.
/// When the time server agrees with the middle reading (within a minute), its reading is the
/// one named: it is the more precise, and the same every run.
pub fn clock_offset(checks: &[CheckResult]) -> Option<(i64, &CheckResult)> {
    let middle = median_offset(checks.iter())?;
    let ntp = median_offset(
        checks
            .iter()
            .filter(|c| c.kind == CheckKind::Probe(ProbeKind::Ntp)),
    );
    Some(match ntp {
        Some(reading) if (reading.0 - middle.0).abs() <= 60 => reading,
        _ => middle,
    })
}

/// The middle reading of `checks` that told the time: local minus server, in seconds.
fn median_offset<'a>(
    checks: impl Iterator<Item = &'a CheckResult>,
) -> Option<(i64, &'a CheckResult)> {
    let mut readings: Vec<(i64, &CheckResult)> = checks
        .filter_map(|c| {
            let server = c.server_date?;
            let local = c.local_date?;
            let offset = match local.duration_since(server) {
                Ok(ahead) => i64::try_from(ahead.as_secs()).ok()?,
                Err(behind) => -i64::try_from(behind.duration().as_secs()).ok()?,
            };
            Some((offset, c))
        })
        .collect();
    readings.sort_by_key(|(o, _)| *o);
    let middle = readings.len() / 2;
    readings.get(middle).copied()
}

/// Checks whose certificate was rejected for its dates: what a wrong clock here does.
fn date_rejections(checks: &[CheckResult]) -> Vec<&CheckResult> {
    checks.iter().filter(|c| c.outcome.is_cert_date()).collect()
}

/// Whether this computer's clock explains failed certificate checks (so it leads the answer).
pub(super) fn clock_explains_certificates(checks: &[CheckResult]) -> bool {
    !date_rejections(checks).is_empty()
        && clock_offset(checks).is_none_or(|(o, _)| o.unsigned_abs() > CLOCK_WARNING.as_secs())
}

/// `clock_skew`: this computer's clock is off against the servers' `Date`, or (when no server
/// told the time) Apple's certificates were rejected as expired or not valid yet.
pub(super) fn clock_finding(checks: &[CheckResult]) -> Option<Finding> {
    let rejected = date_rejections(checks);
    let fix = Text::new("finding-clock-fix");
    let Some((offset, check)) = clock_offset(checks) else {
        if rejected.is_empty() {
            return None;
        }
        return Some(Finding {
            code: Code::ClockSkew,
            severity: Severity::Problem,
            title: Text::new("finding-clock-seems-wrong-title"),
            explanation: Text::new("finding-clock-seems-wrong-explanation"),
            fix,
            checks: super::ids(rejected),
        });
    };
    let off = offset.unsigned_abs();
    if off <= CLOCK_WARNING.as_secs() {
        return None;
    }
    let title = if offset > 0 {
        "finding-clock-ahead-title"
    } else {
        "finding-clock-behind-title"
    };
    let mut evidence = vec![check.id.clone()];
    evidence.extend(super::ids(rejected.iter().copied()));
    let mut more = Vec::new();
    if !rejected.is_empty() {
        more.push(Text::new("clock-certificates"));
    }
    more.extend(second_opinion(checks));
    Some(Finding {
        code: Code::ClockSkew,
        severity: if off > CLOCK_PROBLEM.as_secs() || !rejected.is_empty() {
            Severity::Problem
        } else {
            Severity::Warning
        },
        title: Text::new(title).arg("off", Arg::Duration(off)),
        explanation: Text::new("finding-clock-explanation")
            .arg("host", check.host.clone())
            .arg("off", Arg::Duration(off))
            .arg("also", Arg::Sentences(more)),
        fix,
        checks: evidence,
    })
}

/// The clock check the diagnosis adds to the run's checks: this computer's clock against the
/// servers' `Date`, with its status (the `clock_skew` finding's severity when it is off).
pub(super) fn clock_check(
    checks: &[CheckResult],
    findings: &[Finding],
) -> Option<(CheckResult, Severity)> {
    let (offset, source) = clock_offset(checks)?;
    let off = offset.unsigned_abs();
    let status = if off > CLOCK_WARNING.as_secs() {
        findings
            .iter()
            .find(|f| f.code == Code::ClockSkew)
            .map(|f| f.severity)
            .unwrap_or(Severity::Warning)
    } else {
        Severity::Ok
    };
    let mut check = CheckResult::new(
        "clock".to_string(),
        "clock",
        Role::Network,
        "Clock".to_string(),
        CheckKind::Clock,
    );
    check.host = source.host.clone();
    check.port = source.port;
    check.address = source.address;
    check.via = source.via.clone();
    check.outcome = if status == Severity::Ok {
        Outcome::Ok
    } else {
        Outcome::UnexpectedResponse
    };
    check.detail = format!(
        "this computer's clock is {} {} the time {} reported",
        human_duration(off),
        if offset >= 0 { "ahead of" } else { "behind" },
        source.host
    );
    Some((check, status))
}

/// `ntp_blocked`: Apple's time server did not answer (UDP 123), so devices' clocks drift.
pub(super) fn ntp_blocked(checks: &[CheckResult]) -> Option<Finding> {
    let failed: Vec<&CheckResult> = checks
        .iter()
        .filter(|c| c.kind == CheckKind::Probe(ProbeKind::Ntp))
        // Not found in DNS counts too: devices cannot ask a server they cannot find; unless
        // the lookup itself was not tested (Push Check failed inside it).
        .filter(|c| !matches!(c.outcome, Outcome::Ok | Outcome::Skipped))
        .filter(|c| {
            c.outcome != Outcome::DnsFailed
                || !checks.iter().any(|d| {
                    d.kind == CheckKind::Dns
                        && d.endpoint == c.endpoint
                        && d.outcome == Outcome::Skipped
                })
        })
        .collect();
    let first = failed.first()?;
    Some(Finding {
        code: Code::NtpBlocked,
        severity: Severity::Warning,
        title: Text::new("finding-ntp-title"),
        explanation: Text::new("finding-ntp-explanation")
            .arg("host", first.host.clone())
            .arg(
                "outcomes",
                super::outcome_words(&failed, super::Subject::Port),
            ),
        fix: Text::new("finding-ntp-fix").arg("host", first.host.clone()),
        checks: super::ids(failed.iter().copied()),
    })
}

/// The time server's reading, and the web servers' (`Date` headers), apart.
fn by_source(checks: &[CheckResult]) -> (Option<i64>, Option<(i64, &CheckResult)>) {
    let ntp = |c: &&CheckResult| c.kind == CheckKind::Probe(ProbeKind::Ntp);
    (
        median_offset(checks.iter().filter(ntp)).map(|(o, _)| o),
        median_offset(checks.iter().filter(|c| !ntp(c))),
    )
}

/// When the time server and the web servers disagree by more than a minute, both readings
/// in words; when they agree (or only one spoke), nothing: the time is said once.
fn second_opinion(checks: &[CheckResult]) -> Option<Text> {
    let (Some(ntp), Some((date, source))) = by_source(checks) else {
        return None;
    };
    if (ntp - date).abs() <= 60 {
        return None;
    }
    let words = |o: i64| {
        Text::new(if o >= 0 {
            "clock-ahead"
        } else {
            "clock-behind"
        })
        .arg("off", Arg::Duration(o.unsigned_abs()))
    };
    Some(
        Text::new("clock-two-opinions")
            .arg("ntp", words(ntp))
            .arg("host", source.host.clone())
            .arg("date", words(date)),
    )
}
