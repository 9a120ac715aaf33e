//! The window's state: a pure reducer over engine events. Views only read it; tests drive it
//! without a window.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::diagnosis::{Context, Severity, diagnose};
use crate::engine::{CheckResult, Event, Outcome, Plan, RunId, RunSummary};
use crate::i18n::{Arg, Lang, Text};
use crate::report::{Report, RunLabels};

/// One row while a run is in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveRow {
    /// Check id.
    pub id: String,
    /// Plain name and target ("Push, 1-courier.push.apple.com:5223").
    pub label: String,
    /// `None` while the probe runs; then its light.
    pub status: Option<Severity>,
    /// The outcome once finished.
    pub outcome: Option<Outcome>,
}

/// What a row says while its probe runs: the id, except for the hold test's connections,
/// which say how long they stay quiet.
fn pending_label(id: &str, hold: Option<Duration>, lang: Lang) -> String {
    match hold {
        Some(idle) => Text::new("running-hold-row")
            .arg("idle", Arg::Duration(idle.as_secs()))
            .render(lang),
        None => id.to_string(),
    }
}

/// A finished run, kept so its report can be written again in another language.
#[derive(Debug, Clone)]
pub struct Finished {
    /// What the engine found.
    pub summary: RunSummary,
    /// The plan it ran.
    pub plan: Plan,
    /// The labels of its report.
    pub labels: RunLabels,
}

impl Finished {
    /// The run's report in a language.
    pub fn report(&self, lang: Lang) -> Report {
        let labels = RunLabels {
            lang,
            ..self.labels.clone()
        };
        Report::build(&self.summary, &self.plan, &labels).0
    }
}

/// A run in progress.
#[derive(Debug, Clone)]
pub struct Running {
    /// The run whose events are accepted.
    pub run: RunId,
    /// The plan (catalog and options) of the run, to build its report.
    pub plan: Plan,
    /// Labels for the report.
    pub labels: RunLabels,
    /// Checks known so far.
    pub total: usize,
    /// Checks finished.
    pub finished: usize,
    /// Rows by id, in arrival order.
    pub rows: Vec<LiveRow>,
    /// The hold test's end, once it began: when, and the longest idle it tests.
    pub holding: Option<(std::time::Instant, Duration)>,
    index: BTreeMap<String, usize>,
    /// The checks finished so far, diagnosed again at every arrival for the rows' lights.
    checks: Vec<CheckResult>,
}

/// What the window shows.
#[derive(Debug, Clone, Default)]
pub enum Phase {
    /// Before the first run.
    #[default]
    Idle,
    /// A run is going on.
    Running(Box<Running>),
    /// A run ended; its report.
    Done(Box<Report>),
}

/// The whole state.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// What is shown.
    pub phase: Phase,
    /// The run behind the report shown, when it ran in this window (a run opened from the
    /// history has none: it is shown and saved as it was written).
    pub finished: Option<Box<Finished>>,
}

impl State {
    /// Begins showing a new run; events of any other run are ignored from now on.
    pub fn start(&mut self, run: RunId, plan: Plan, labels: RunLabels) {
        self.finished = None;
        self.phase = Phase::Running(Box::new(Running {
            run,
            plan,
            labels,
            total: 0,
            finished: 0,
            rows: Vec::new(),
            holding: None,
            index: BTreeMap::new(),
            checks: Vec::new(),
        }));
    }

    /// The run whose events are accepted, if any.
    pub fn current_run(&self) -> Option<RunId> {
        match &self.phase {
            Phase::Running(r) => Some(r.run),
            _ => None,
        }
    }

    /// Applies one engine event; returns false when it was dropped (another run's).
    pub fn apply(&mut self, event: Event) -> bool {
        let Phase::Running(running) = &mut self.phase else {
            return false;
        };
        if event.run() != running.run {
            return false;
        }
        match event {
            Event::Started { total, .. } | Event::Planned { total, .. } => {
                running.total = total.max(running.finished);
            }
            Event::Holding { hold, .. } => {
                running.holding = Some((std::time::Instant::now() + hold, hold));
            }
            Event::ProbeStarted { id, hold, .. } => {
                if !running.index.contains_key(&id) {
                    running.index.insert(id.clone(), running.rows.len());
                    running.rows.push(LiveRow {
                        label: pending_label(&id, hold, running.labels.lang),
                        id,
                        status: None,
                        outcome: None,
                    });
                }
            }
            Event::ProbeFinished { check, .. } => {
                let name = crate::report::model::check_name(
                    &check,
                    running.plan.catalog(),
                    running.labels.lang,
                );
                let row = LiveRow {
                    id: check.id.clone(),
                    label: row_label(&name, &check, running.labels.lang),
                    status: None,
                    outcome: Some(check.outcome),
                };
                match running.index.get(&check.id) {
                    Some(&i) => running.rows[i] = row,
                    None => {
                        running.index.insert(check.id.clone(), running.rows.len());
                        running.rows.push(row);
                    }
                }
                running.checks.push(*check);
                running.settle_lights();
                running.finished += 1;
                running.total = running.total.max(running.finished);
            }
            Event::Finished { summary, .. } => {
                let finished = Finished {
                    summary: *summary,
                    plan: running.plan.clone(),
                    labels: running.labels.clone(),
                };
                let report = finished.report(finished.labels.lang);
                self.phase = Phase::Done(Box::new(report));
                self.finished = Some(Box::new(finished));
            }
        }
        true
    }

    /// Progress as "finished of total".
    pub fn progress(&self) -> Option<(usize, usize)> {
        match &self.phase {
            Phase::Running(r) => Some((r.finished, r.total)),
            _ => None,
        }
    }

    /// How long the last run took.
    pub fn took(&self) -> Option<Duration> {
        match &self.phase {
            Phase::Done(report) => Some(Duration::from_millis(report.duration_ms)),
            _ => None,
        }
    }

    /// Shows the report of this window's run in another language (a report opened from the
    /// history stays as it was written).
    pub fn set_lang(&mut self, lang: Lang) {
        if let (Phase::Done(report), Some(finished)) = (&mut self.phase, &self.finished)
            && report.lang != lang
        {
            **report = finished.report(lang);
        }
    }
}

impl Running {
    /// Every finished row's light as the diagnosis of the checks so far decides it, the way
    /// the report will: the live rows and the answer never tell two stories.
    fn settle_lights(&mut self) {
        let diagnosis = diagnose(
            &self.checks,
            &Context {
                catalog: self.plan.catalog(),
                legacy: self.plan.options().legacy,
                cancelled: false,
                proxies: &[],
            },
        );
        for row in self.rows.iter_mut().filter(|r| r.outcome.is_some()) {
            row.status = diagnosis.statuses.get(&row.id).copied();
        }
    }
}

/// "Push — 1-courier.push.apple.com:5223" for a row; a lookup of many names says how many
/// more in the window's language, as the report does.
pub fn row_label(name: &str, check: &CheckResult, lang: Lang) -> String {
    let host = crate::diagnosis::host_label(check).render(lang);
    match check.port {
        Some(port) => format!("{name} — {host}:{port}"),
        None => format!("{name} — {host}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::engine::{CheckKind, Options, Outcome, RunSummary};
    use std::time::SystemTime;

    #[test]
    fn hold_rows_say_what_they_wait_for() {
        // The idle length comes from the event's typed field, not from the id.
        assert_eq!(
            pending_label(
                "hold:450s@17.188.143.34",
                Some(Duration::from_secs(450)),
                Lang::En
            ),
            "A connection to Apple kept quiet for 8 min, then checked"
        );
        assert_eq!(
            pending_label("any id at all", Some(Duration::from_secs(450)), Lang::En),
            "A connection to Apple kept quiet for 8 min, then checked"
        );
        assert_eq!(
            pending_label("courier:5223@17.1.1.1", None, Lang::En),
            "courier:5223@17.1.1.1"
        );
    }

    fn plan() -> Plan {
        Plan::new(
            Catalog::built_in().unwrap(),
            Options {
                public_dns: Vec::new(),
                ..Options::default()
            },
        )
        .unwrap()
    }

    fn check(id: &str, outcome: Outcome) -> CheckResult {
        CheckResult {
            id: id.into(),
            endpoint: "courier".into(),
            role: crate::catalog::Role::Device,
            name: "Push".into(),
            kind: CheckKind::Probe(crate::catalog::ProbeKind::Tls),
            host: "1-courier.push.apple.com".into(),
            port: Some(crate::catalog::Port(5223)),
            address: Some("17.57.146.52".parse().unwrap()),
            address_source: None,
            nat64: None,
            via: crate::engine::Via::Direct,
            outcome,
            elapsed: Duration::from_millis(30),
            detail: String::new(),
            tls: None,
            required: true,
            answers: vec![],
            server_date: None,
            local_date: None,
            idle: None,
            evidence: crate::engine::Evidence::None,
        }
    }

    #[test]
    fn a_live_lookup_row_counts_its_names_in_the_windows_language() {
        let mut c = check("dns:courier", Outcome::Ok);
        c.kind = CheckKind::Dns;
        c.port = None;
        c.host = "1-courier.push.apple.com (and 49 more)".into();
        c.evidence = crate::engine::Evidence::Dns(crate::engine::DnsEvidence {
            asked: 50,
            first: "1-courier.push.apple.com".into(),
            ..Default::default()
        });
        assert_eq!(
            row_label("Namensauflösung: Push", &c, Lang::De),
            "Namensauflösung: Push — 1-courier.push.apple.com (und 49 weitere)"
        );
        assert_eq!(
            row_label("Name lookup: Push", &c, Lang::En),
            "Name lookup: Push — 1-courier.push.apple.com (and 49 more)"
        );
    }

    #[test]
    fn reducer_tracks_progress_and_drops_stale_runs() {
        let mut state = State::default();
        assert!(!state.apply(Event::Started {
            run: RunId(1),
            total: 3
        }));
        state.start(RunId(2), plan(), RunLabels::default());
        assert!(!state.apply(Event::Started {
            run: RunId(1),
            total: 99
        }));
        assert!(state.apply(Event::Started {
            run: RunId(2),
            total: 3
        }));
        assert!(state.apply(Event::ProbeStarted {
            run: RunId(2),
            id: "a".into(),
            hold: None,
        }));
        assert_eq!(state.progress(), Some((0, 3)));
        let Phase::Running(r) = &state.phase else {
            panic!()
        };
        assert_eq!(r.rows[0].status, None);
        state.apply(Event::ProbeFinished {
            run: RunId(2),
            check: Box::new(check("a", Outcome::Refused)),
        });
        state.apply(Event::Planned {
            run: RunId(2),
            total: 5,
        });
        assert_eq!(state.progress(), Some((1, 5)));
        let Phase::Running(r) = &state.phase else {
            panic!()
        };
        assert_eq!(r.rows.len(), 1);
        assert_eq!(r.rows[0].status, Some(Severity::Problem));
        assert_eq!(r.rows[0].label, "Push — 1-courier.push.apple.com:5223");
        // A stale run's end does not end this one.
        let summary = RunSummary {
            run: RunId(1),
            started_at: SystemTime::now(),
            duration: Duration::from_millis(10),
            checks: vec![],
            cancelled: false,
            proxies: None,
            host: crate::netinfo::HostFacts::default(),
        };
        assert!(!state.apply(Event::Finished {
            run: RunId(1),
            summary: Box::new(summary.clone())
        }));
        assert!(matches!(state.phase, Phase::Running(_)));
        let summary = RunSummary {
            run: RunId(2),
            checks: vec![check("a", Outcome::Ok)],
            ..summary
        };
        assert!(state.apply(Event::Finished {
            run: RunId(2),
            summary: Box::new(summary)
        }));
        let Phase::Done(report) = &state.phase else {
            panic!()
        };
        assert_eq!(report.checks.len(), 1);
        assert_eq!(state.current_run(), None);
        assert_eq!(state.took(), Some(Duration::from_millis(10)));
    }

    #[test]
    fn live_rows_show_the_diagnosis_verdict_not_a_check_on_its_own() {
        // IPv4 works, IPv6 fails: a warning (ipv6_broken), and the IPv6 rows read as a
        // warning while the run goes on, as they will in the report: not sixteen problems.
        let mut state = State::default();
        state.start(RunId(7), plan(), RunLabels::default());
        let finish = |state: &mut State, c: CheckResult| {
            state.apply(Event::ProbeFinished {
                run: RunId(7),
                check: Box::new(c),
            });
        };
        finish(&mut state, check("courier:5223@17.57.146.52", Outcome::Ok));
        let mut v6 = check("courier:5223@2620:149:a44::1", Outcome::Unreachable);
        v6.address = Some("2620:149:a44::1".parse().unwrap());
        finish(&mut state, v6);
        let Phase::Running(r) = &state.phase else {
            panic!()
        };
        let light = |id: &str| r.rows.iter().find(|row| row.id == id).unwrap().status;
        assert_eq!(
            light("courier:5223@2620:149:a44::1"),
            Some(Severity::Warning)
        );
        assert_eq!(light("courier:5223@17.57.146.52"), Some(Severity::Ok));
    }
}
