//! A panic in any of a run's tasks is a bug in Push Check, never the network's failure: one
//! mechanism turns it into what the report calls an internal error (untested, "this is a bug
//! in Push Check, not your network", exit 3), whichever task it was — a name lookup, the
//! public resolver's second opinion, the NAT64 lookup, a probe, a hold connection, or the
//! run itself.

use super::outcome::{CheckKind, CheckResult, Evidence, Outcome};
use crate::catalog::Role;

/// The kinds of task a run spawns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Task {
    /// A name through the system resolver (or `--resolve`).
    Lookup,
    /// A name asked of the public resolvers.
    SecondOpinion,
    /// The network's NAT64 prefix (`ipv4only.arpa`).
    Nat64,
    /// A connection probe.
    Probe,
    /// One connection of the hold test.
    Hold,
    /// The run's own work, outside any task above.
    Run,
}

impl Task {
    /// The word used in fault injection and in the check of a task that has none of its own.
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Task::Lookup => "lookup",
            Task::SecondOpinion => "second-opinion",
            Task::Nat64 => "nat64",
            Task::Probe => "probe",
            Task::Hold => "hold",
            Task::Run => "run",
        }
    }
}

/// The text a panic carried, for the report.
pub(super) fn message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(payload) => payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .unwrap_or_else(|| "an internal error".to_string()),
    }
}

/// Marks `check` as not tested because Push Check failed inside it.
pub(super) fn failed_inside(check: &mut CheckResult, message: &str) {
    check.outcome = Outcome::Skipped;
    check.detail = format!("not tested: Push Check failed inside this check ({message})");
    check.evidence = Evidence::Internal(message.to_string());
}

/// A check of its own for a task that has no check to carry its failure (the NAT64 lookup,
/// the run itself).
pub(super) fn task_check(task: Task, message: &str) -> CheckResult {
    let mut check = CheckResult::new(
        format!("internal:{}", task.as_str()),
        "internal",
        Role::Network,
        "Push Check itself".to_string(),
        CheckKind::Dns,
    );
    failed_inside(&mut check, message);
    check
}

/// For the tests of debug builds only: `PUSHCHECK_TEST_PANIC=<task>:<id prefix>` makes the
/// matching task panic, as a bug would (`probe:courier:5223`, `lookup:api.push.apple.com`,
/// `hold:`, `run:`). Release builds have no such hook: nothing set in the environment of a
/// program run as root can make it panic on purpose.
pub(super) fn inject(task: Task, id: &str) {
    #[cfg(debug_assertions)]
    {
        static WANTED: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
        let wanted = WANTED.get_or_init(|| {
            std::env::var("PUSHCHECK_TEST_PANIC")
                .ok()
                .filter(|p| !p.is_empty())
        });
        if let Some((kind, prefix)) = wanted.as_deref().and_then(|w| w.split_once(':'))
            && kind == task.as_str()
            && id.starts_with(prefix)
        {
            panic!("fault injected into {} {id}", task.as_str());
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = (task, id);
}
