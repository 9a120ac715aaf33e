//! The school's own MDM server and Apple's 2026 changes: can this network reach the server
//! (`mdm_server_unreachable`), do Apple devices accept its certificate today
//! (`mdm_server_untrusted`), is it ready for the TLS rules of the next releases
//! (`mdm_server_tls_not_ready`, or the note `mdm_server_tls_ready`), and does the larger
//! post-quantum handshake of the 26 releases get through (`large_hello_blocked`, or the note
//! `large_hello_passes`). Every rule reads the catalog's rules and the engine's typed facts.

use super::{Code, Context, Finding, Severity, Subject, ids, outcome_words};
use crate::catalog::{CertificateRules, MdmTlsRules};
use crate::engine::{
    CertFacts, CertRejection, CheckKind, CheckResult, Evidence, HelloAnswer, HelloEvidence,
    KeyKind, MdmEvidence, MdmStep, Outcome, SignatureHash, TlsAudit,
};
use crate::i18n::{Arg, Text};

const DAY: i64 = 24 * 60 * 60;

fn mdm(c: &CheckResult) -> Option<&MdmEvidence> {
    match &c.evidence {
        Evidence::Mdm(m) if c.kind == CheckKind::Mdm => Some(m),
        _ => None,
    }
}

/// "1 July 2019" as a date the language writes.
fn date(d: time::Date) -> Arg {
    crate::words::day_text(d).into()
}

fn unix_day(d: time::Date) -> i64 {
    time::OffsetDateTime::new_utc(d, time::Time::MIDNIGHT).unix_timestamp()
}

/// Why Apple devices refuse this certificate today, each as words (none: they accept it).
pub(super) fn refused_today(
    check: &CheckResult,
    cert: &CertFacts,
    rules: &CertificateRules,
) -> Vec<Text> {
    let mut reasons = Vec::new();
    let rejected = check.tls.as_ref().and_then(|t| t.rejected);
    match rejected {
        Some(CertRejection::UnknownIssuer) => {
            reasons.push(Text::new("cert-reason-untrusted").arg("issuer", cert.issuer.clone()));
        }
        Some(CertRejection::Expired) => reasons.push(Text::new("cert-reason-expired")),
        Some(CertRejection::NotYetValid) => reasons.push(Text::new("cert-reason-not-yet-valid")),
        Some(CertRejection::CaAsServer) => reasons.push(Text::new("cert-reason-ca")),
        _ => {}
    }
    if !cert.names_host {
        reasons.push(Text::new("cert-reason-name").arg("host", check.host.clone()));
    }
    if let KeyKind::Rsa(bits) = cert.key
        && bits < rules.rsa_min_bits
    {
        reasons.push(
            Text::new("cert-reason-rsa")
                .arg("bits", i64::from(bits))
                .arg("min", i64::from(rules.rsa_min_bits)),
        );
    }
    match cert.signature {
        SignatureHash::Sha1 if !rules.sha1_allowed => reasons.push(Text::new("cert-reason-sha1")),
        SignatureHash::Md5 => reasons.push(Text::new("cert-reason-md5")),
        _ => {}
    }
    let days = (cert.not_after - cert.not_before) / DAY;
    if cert.not_before >= unix_day(rules.server_auth_from) {
        if cert.server_auth != Some(true) {
            reasons.push(
                Text::new("cert-reason-server-auth").arg("date", date(rules.server_auth_from)),
            );
        }
        if days > i64::from(rules.max_days) {
            reasons.push(
                Text::new("cert-reason-lifetime")
                    .arg("days", days)
                    .arg("max", i64::from(rules.max_days))
                    .arg("date", date(rules.server_auth_from)),
            );
        }
    }
    if cert.publicly_trusted
        && cert.not_before >= unix_day(rules.public_from)
        && days > i64::from(rules.public_max_days)
        && days <= i64::from(rules.max_days)
    {
        reasons.push(
            Text::new("cert-reason-public-lifetime")
                .arg("days", days)
                .arg("max", i64::from(rules.public_max_days))
                .arg("date", date(rules.public_from)),
        );
    }
    reasons
}

/// A refused certificate that shows no fact to blame (rustls refused it for its own reason).
fn refused_for_no_known_reason(check: &CheckResult) -> bool {
    matches!(
        check.outcome,
        Outcome::TlsUntrusted
            | Outcome::CertExpired
            | Outcome::CertNotYetValid
            | Outcome::CertWrongName
    )
}

/// What an MDM server misses of the next releases' TLS rules (none: it is ready), and how a
/// device would connect when it is ready.
pub(super) struct Readiness {
    /// Each requirement missed, as words.
    pub missing: Vec<Text>,
    /// What to ask the vendor for, one per requirement missed.
    pub asks: Vec<Text>,
    /// How a device would connect (when nothing is missing).
    pub how: Option<Text>,
}

pub(super) fn readiness(
    audit: &TlsAudit,
    cert: Option<&CertFacts>,
    rules: &MdmTlsRules,
) -> Readiness {
    let mut missing = Vec::new();
    let mut asks = Vec::new();
    let tls13 = matches!(
        audit.tls13,
        HelloAnswer::ServerHello {
            version: 0x0304,
            ..
        }
    );
    let tls12 = match audit.tls12 {
        HelloAnswer::ServerHello {
            version: 0x0303,
            suite,
            ems,
            ..
        } if rules.tls12_suites.contains(&suite) => Some((suite, ems)),
        _ => None,
    };
    let mut how = None;
    if tls13 {
        how = Some(Text::new("mdm-how-tls13"));
    } else {
        match tls12 {
            None => {
                missing.push(Text::new("mdm-missing-tls"));
                asks.push(Text::new("mdm-ask-tls"));
            }
            Some((_, false)) if rules.extended_master_secret => {
                missing.push(Text::new("mdm-missing-ems"));
                asks.push(Text::new("mdm-ask-ems"));
            }
            Some((suite, _)) => {
                how = Some(
                    Text::new("mdm-how-tls12").arg("suite", crate::catalog::suite_name(suite)),
                );
            }
        }
    }
    if let Some(cert) = cert {
        if let KeyKind::Ec(bits) = cert.key
            && bits < rules.ec_min_bits
        {
            missing.push(
                Text::new("mdm-missing-ec")
                    .arg("bits", i64::from(bits))
                    .arg("min", i64::from(rules.ec_min_bits)),
            );
            asks.push(Text::new("mdm-ask-ec").arg("min", i64::from(rules.ec_min_bits)));
        }
        if let KeyKind::Rsa(bits) = cert.key
            && bits < rules.rsa_min_bits
        {
            missing.push(
                Text::new("mdm-missing-rsa")
                    .arg("bits", i64::from(bits))
                    .arg("min", i64::from(rules.rsa_min_bits)),
            );
            asks.push(Text::new("mdm-ask-rsa").arg("min", i64::from(rules.rsa_min_bits)));
        }
        let weak = match cert.signature {
            SignatureHash::Sha2(bits) => bits < rules.hash_min_bits,
            SignatureHash::Sha1 | SignatureHash::Md5 | SignatureHash::Other => true,
            SignatureHash::Intrinsic => false,
        };
        if weak {
            missing.push(Text::new("mdm-missing-hash").arg("min", i64::from(rules.hash_min_bits)));
            asks.push(Text::new("mdm-ask-hash").arg("min", i64::from(rules.hash_min_bits)));
        }
    }
    if !missing.is_empty() {
        how = None;
    }
    Readiness { missing, asks, how }
}

/// The check's own light (before the findings settle it): `None` leaves the generic rule.
pub(super) fn status(
    check: &CheckResult,
    checks: &[CheckResult],
    ctx: &Context<'_>,
) -> Option<Severity> {
    match check.kind {
        CheckKind::Mdm => {
            let m = mdm(check)?;
            if m.failed_at.is_some() {
                return Some(Severity::Problem);
            }
            let refused = m
                .certificate
                .as_ref()
                .map(|cert| !refused_today(check, cert, &ctx.catalog.certificates).is_empty())
                .unwrap_or(false)
                || refused_for_no_known_reason(check);
            Some(if refused {
                Severity::Problem
            } else {
                Severity::Ok
            })
        }
        CheckKind::TlsAudit => {
            let Evidence::TlsAudit(audit) = &check.evidence else {
                return Some(Severity::Untested);
            };
            if check.outcome != Outcome::Ok {
                return Some(Severity::Untested);
            }
            let cert = reach_of(check, checks).and_then(|m| m.certificate.as_ref());
            let ready = readiness(audit, cert, &ctx.catalog.mdm_tls);
            Some(if ready.missing.is_empty() {
                Severity::Ok
            } else {
                Severity::Warning
            })
        }
        CheckKind::LargeHello => {
            let Evidence::Hello(hello) = &check.evidence else {
                return Some(Severity::Untested);
            };
            Some(if hello.large.got_through() {
                Severity::Ok
            } else if classic_through(hello, checks) {
                Severity::Problem
            } else {
                // Nothing got through: the path itself is blocked, which other checks say.
                Severity::Untested
            })
        }
        _ => None,
    }
}

/// The MDM reach check of the same server as `check`.
fn reach_of<'a>(check: &CheckResult, checks: &'a [CheckResult]) -> Option<&'a MdmEvidence> {
    checks
        .iter()
        .filter(|c| c.host == check.host && c.port == check.port)
        .find_map(mdm)
}

fn port(check: &CheckResult) -> i64 {
    check.port.map_or(443, |p| i64::from(p.0))
}

/// `mdm_server_unreachable` and `mdm_server_untrusted`, per server.
pub(super) fn reach(checks: &[CheckResult], ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for check in checks {
        let Some(m) = mdm(check) else {
            continue;
        };
        if let Some(step) = m.failed_at {
            let step_key = match step {
                MdmStep::Dns => "dns",
                MdmStep::Connect => "connect",
                MdmStep::Tls => "tls",
                MdmStep::Http => "http",
            };
            out.push(Finding {
                code: Code::MdmServerUnreachable,
                severity: Severity::Problem,
                title: Text::new("finding-mdm-unreachable-title").arg("host", check.host.clone()),
                explanation: Text::new("finding-mdm-unreachable-explanation")
                    .arg("step", step_key)
                    .arg("host", check.host.clone())
                    .arg("port", port(check))
                    .arg("outcomes", outcome_words(&[check], Subject::Connection))
                    .arg("where", where_it_is(m)),
                fix: Text::new("finding-mdm-unreachable-fix")
                    .arg("step", step_key)
                    .arg("host", check.host.clone())
                    .arg("port", port(check))
                    .arg(
                        "address",
                        check.address.map(|a| a.to_string()).unwrap_or_default(),
                    ),
                checks: ids([check]),
            });
            continue;
        }
        let mut reasons = m
            .certificate
            .as_ref()
            .map(|cert| refused_today(check, cert, &ctx.catalog.certificates))
            .unwrap_or_default();
        if reasons.is_empty() && refused_for_no_known_reason(check) {
            reasons.push(Text::new("cert-reason-other"));
        }
        if !reasons.is_empty() {
            out.push(Finding {
                code: Code::MdmServerUntrusted,
                severity: Severity::Problem,
                title: Text::new("finding-mdm-untrusted-title").arg("host", check.host.clone()),
                explanation: Text::new("finding-mdm-untrusted-explanation")
                    .arg("host", check.host.clone())
                    .arg("count", reasons.len())
                    .arg(
                        "reasons",
                        Arg::List(reasons.into_iter().map(Arg::from).collect()),
                    ),
                fix: Text::new("finding-mdm-untrusted-fix")
                    .arg("host", check.host.clone())
                    .arg("rsa", i64::from(ctx.catalog.certificates.rsa_min_bits))
                    .arg("days", i64::from(ctx.catalog.certificates.public_max_days)),
                checks: ids([check]),
            });
        }
    }
    out
}

/// "a server inside the school" or "a cloud service", from the address it resolved to.
fn where_it_is(m: &MdmEvidence) -> Text {
    match m.private_address {
        Some(true) => Text::new("mdm-where-inside"),
        Some(false) => Text::new("mdm-where-cloud"),
        None => Text::new("mdm-where-unknown"),
    }
}

/// `mdm_server_tls_not_ready`, or the note `mdm_server_tls_ready`, per server whose
/// handshakes were answered and whose certificate devices accept today.
pub(super) fn tls(checks: &[CheckResult], ctx: &Context<'_>) -> Vec<Finding> {
    let rules = &ctx.catalog.mdm_tls;
    let mut out = Vec::new();
    for check in checks.iter().filter(|c| c.kind == CheckKind::TlsAudit) {
        let Evidence::TlsAudit(audit) = &check.evidence else {
            continue;
        };
        if check.outcome != Outcome::Ok {
            continue;
        }
        let reach = checks
            .iter()
            .find(|c| c.kind == CheckKind::Mdm && c.host == check.host && c.port == check.port);
        let cert = reach.and_then(mdm).and_then(|m| m.certificate.as_ref());
        let ready = readiness(audit, cert, rules);
        let release = rules.applies_from.clone();
        if !ready.missing.is_empty() {
            out.push(Finding {
                code: Code::MdmServerTlsNotReady,
                severity: Severity::Warning,
                title: Text::new("finding-mdm-tls-not-ready-title")
                    .arg("host", check.host.clone())
                    .arg("release", release.clone()),
                explanation: Text::new("finding-mdm-tls-not-ready-explanation")
                    .arg("host", check.host.clone())
                    .arg("release", release)
                    .arg("date", date(rules.announced_on))
                    .arg("count", ready.missing.len())
                    .arg(
                        "missing",
                        Arg::List(ready.missing.into_iter().map(Arg::from).collect()),
                    ),
                fix: Text::new("finding-mdm-tls-not-ready-fix")
                    .arg("host", check.host.clone())
                    .arg(
                        "asks",
                        Arg::List(ready.asks.into_iter().map(Arg::from).collect()),
                    ),
                checks: ids(reach.into_iter().chain([check])),
            });
            continue;
        }
        // Ready only when devices accept it today as well.
        let accepted_today = reach.is_some_and(|r| {
            mdm(r).is_some_and(|m| {
                m.failed_at.is_none()
                    && !refused_for_no_known_reason(r)
                    && m.certificate
                        .as_ref()
                        .is_some_and(|c| refused_today(r, c, &ctx.catalog.certificates).is_empty())
            })
        });
        let Some(how) = ready.how else {
            continue;
        };
        if !accepted_today {
            continue;
        }
        let mut extras = Vec::new();
        let accepted = |answer: HelloAnswer, version: u16| matches!(answer.accepted(), Some((v, _)) if v == version);
        let old: Vec<&str> = [
            (audit.tls10, 0x0301, "TLS 1.0"),
            (audit.tls11, 0x0302, "TLS 1.1"),
        ]
        .into_iter()
        .filter(|(answer, version, _)| accepted(*answer, *version))
        .map(|(_, _, name)| name)
        .collect();
        if !old.is_empty() {
            extras.push(Text::new("mdm-extra-old-versions").arg("versions", Arg::list(&old)));
        }
        if accepted(audit.tls12_rsa, 0x0303) {
            extras.push(Text::new("mdm-extra-rsa"));
        }
        out.push(Finding {
            code: Code::MdmServerTlsReady,
            severity: Severity::Info,
            title: Text::new("finding-mdm-tls-ready-title")
                .arg("host", check.host.clone())
                .arg("release", release.clone()),
            explanation: Text::new("finding-mdm-tls-ready-explanation")
                .arg("host", check.host.clone())
                .arg("how", how)
                .arg("release", release)
                .arg("date", date(rules.announced_on))
                .arg("extras", Arg::Sentences(extras)),
            fix: Text::default(),
            checks: ids(reach.into_iter().chain([check])),
        });
    }
    out
}

/// Whether a classic hello got through to the same address and port: the check named as the
/// classic one completed its TLS handshake with the server there (trusted or not).
fn classic_through(hello: &HelloEvidence, checks: &[CheckResult]) -> bool {
    checks
        .iter()
        .find(|c| c.id == hello.classic_check)
        .is_some_and(|c| {
            matches!(
                c.outcome,
                Outcome::Ok
                    | Outcome::TlsUntrusted
                    | Outcome::CertExpired
                    | Outcome::CertNotYetValid
                    | Outcome::CertWrongName
                    | Outcome::UnexpectedResponse
            )
        })
}

fn hello(c: &CheckResult) -> Option<&HelloEvidence> {
    match &c.evidence {
        Evidence::Hello(h) if c.kind == CheckKind::LargeHello => Some(h),
        _ => None,
    }
}

/// "1-courier.push.apple.com:5223"
fn target(c: &CheckResult) -> String {
    match c.port {
        Some(p) => format!("{}:{p}", c.host),
        None => c.host.clone(),
    }
}

/// `large_hello_blocked`: the classic hello got through and the large one did not; or the
/// note `large_hello_passes` when every large hello that could be judged got through.
pub(super) fn large_hello(checks: &[CheckResult]) -> Option<Finding> {
    let judged: Vec<(&CheckResult, &HelloEvidence)> = checks
        .iter()
        .filter_map(|c| hello(c).map(|h| (c, h)))
        .filter(|(_, h)| classic_through(h, checks) || h.large.got_through())
        .collect();
    let blocked: Vec<&(&CheckResult, &HelloEvidence)> = judged
        .iter()
        .filter(|(_, h)| classic_through(h, checks) && !h.large.got_through())
        .collect();
    // "About 1,600 bytes": the size varies with the host's name.
    let bytes = judged
        .iter()
        .map(|(_, h)| h.large_bytes)
        .max()
        .map(|b| (b + 50) / 100 * 100)
        .unwrap_or_default();
    let mut targets: Vec<String> = blocked.iter().map(|(c, _)| target(c)).collect();
    targets.dedup();
    if let Some((_, first)) = blocked.first() {
        let padded_passes = blocked
            .iter()
            .all(|(_, h)| h.padded.is_some_and(HelloAnswer::got_through));
        let failed: Vec<&CheckResult> = blocked.iter().map(|(c, _)| *c).collect();
        return Some(Finding {
            code: Code::LargeHelloBlocked,
            severity: Severity::Problem,
            title: Text::new("finding-large-hello-blocked-title"),
            explanation: Text::new("finding-large-hello-blocked-explanation")
                .arg("bytes", i64::try_from(bytes).unwrap_or(0))
                .arg("classic", i64::try_from(first.classic_bytes).unwrap_or(0))
                .arg("count", targets.len())
                .arg("targets", Arg::list(&targets))
                .arg("outcomes", outcome_words(&failed, Subject::Connections))
                .arg(
                    "cause",
                    Text::new(if padded_passes {
                        "large-hello-cause-group"
                    } else {
                        "large-hello-cause-size"
                    }),
                ),
            fix: Text::new("finding-large-hello-blocked-fix")
                .arg("count", targets.len())
                .arg("targets", Arg::list(&targets)),
            checks: ids(failed),
        });
    }
    if judged.is_empty() {
        return None;
    }
    let mut passed: Vec<String> = judged.iter().map(|(c, _)| target(c)).collect();
    passed.dedup();
    Some(Finding {
        code: Code::LargeHelloPasses,
        severity: Severity::Info,
        title: Text::new("finding-large-hello-passes-title"),
        explanation: Text::new("finding-large-hello-passes-explanation")
            .arg("bytes", i64::try_from(bytes).unwrap_or(0))
            .arg("count", passed.len())
            .arg("targets", Arg::list(&passed)),
        fix: Text::default(),
        checks: ids(judged.iter().map(|(c, _)| *c)),
    })
}
