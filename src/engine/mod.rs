//! The probe engine: catalog + options → a plan → concurrent probes → a stream of events.
//!
//! No printing and no UI types live here; the terminal and the window are two consumers of the
//! same [`Event`]s. Every network step runs under the run's deadline, so a run ends within
//! `timeout` however many endpoints the catalog lists or however the network misbehaves.
//!
//! ```no_run
//! use pushcheck::catalog::Catalog;
//! use pushcheck::engine::{Engine, Event, Options, Plan};
//!
//! let runtime = tokio::runtime::Runtime::new().unwrap();
//! let plan = Plan::new(Catalog::built_in().unwrap(), Options::default()).unwrap();
//! let mut run = Engine::start(runtime.handle(), plan, None);
//! runtime.block_on(async {
//!     while let Some(event) = run.events.recv().await {
//!         if let Event::Finished { summary, .. } = event {
//!             println!("{} checks", summary.checks.len());
//!         }
//!     }
//! });
//! ```

mod dns;
mod error;
mod events;
mod fetch;
mod guard;
mod hello;
mod hold;
mod mdm;
#[cfg(test)]
pub(crate) use hold::english_duration;
mod http;
mod ntp;
mod outcome;
mod pac_run;
mod plan;
mod probe;
mod provider;
mod proxy_path;
mod resolve;
mod route;
mod run;
mod sort;
mod targets;
mod tcp;
#[cfg(test)]
mod test_support;
mod tls;

pub use dns::{
    Answer, AnswerSource, DnsWireError, PublicDns, RecordType, ResolveRule, decode_answer,
    default_public_dns, encode_query, override_for,
};
pub use error::EngineError;
pub use events::{Event, Notifier, RunHandle, RunId, RunSummary};
pub use fetch::FetchFailure;
pub use mdm::{MDM_ENDPOINT, MdmServer, MdmUrlError};
pub use outcome::{
    CaptiveAnswerer, CertFacts, CertRejection, CheckKind, CheckResult, DnsEvidence, Evidence,
    HelloAnswer, HelloEvidence, HoldEnd, KeyKind, MdmEvidence, MdmSource, MdmStep, Outcome,
    PacEvidence, PacFailure, SignatureHash, TlsAudit, TlsInfo, TrustStore, Via,
};
pub use plan::{Clock, Options, Plan, RoleFilter, open_files_budget, raise_open_files_limit};
pub use proxy_path::connect_via;
pub use sort::sort_checks;
pub use tls::{Peer, Trust, read_ca_file};

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use events::RunHandleParts;
use run::execute;

/// Starts runs.
pub struct Engine;

static NEXT_RUN: AtomicU64 = AtomicU64::new(1);

impl Engine {
    /// Starts a run on `runtime`; events arrive on the returned handle.
    pub fn start(
        runtime: &tokio::runtime::Handle,
        plan: Plan,
        notify: Option<Notifier>,
    ) -> RunHandle {
        let run = RunId(NEXT_RUN.fetch_add(1, Ordering::Relaxed));
        let (tx, events) = mpsc::unbounded_channel();
        let cancel = CancellationToken::new();
        let ctx = Arc::new(Ctx {
            run,
            plan,
            tx,
            notify,
            results: Mutex::new(Vec::new()),
            stop: cancel.clone(),
            only_holding: AtomicBool::new(false),
            proxies: Mutex::new(None),
        });
        let token = cancel.clone();
        runtime.spawn(async move {
            let started_at = SystemTime::now();
            let start = Instant::now();
            // This computer's own facts (OS, addresses, gateway, DNS servers) are read beside
            // the probes, so building the report later reads nothing.
            let facts = tokio::task::spawn_blocking(crate::netinfo::HostFacts::read);
            // The run's own work as a task of its own: a panic in it is a bug, said as one.
            let work = tokio::spawn(execute(ctx.clone()));
            tokio::pin!(work);
            let (ended, mut cancelled) = tokio::select! {
                _ = token.cancelled() => {
                    // Stopping while only the hold test waits ends the wait, not the run:
                    // everything else is done and reported.
                    if ctx.only_holding.load(Ordering::SeqCst) {
                        ((&mut work).await, false)
                    } else {
                        work.abort();
                        (Ok(()), true)
                    }
                }
                joined = &mut work => (joined, false),
            };
            if let Err(e) = ended
                && e.is_panic()
            {
                // The run itself broke: nothing it left is a complete answer.
                cancelled = true;
                let message = guard::message(e.into_panic());
                ctx.finish(guard::task_check(guard::Task::Run, &message));
            }
            let mut checks = ctx
                .results
                .lock()
                .map(|mut r| std::mem::take(&mut *r))
                .unwrap_or_default();
            sort_checks(ctx.plan.catalog(), &mut checks);
            let proxies = ctx.proxies.lock().ok().and_then(|p| p.clone());
            let duration = start.elapsed();
            let host = match tokio::time::timeout(Duration::from_secs(1), facts).await {
                Ok(Ok(facts)) => facts,
                _ => crate::netinfo::HostFacts::default(),
            };
            let summary = RunSummary {
                run,
                started_at,
                duration,
                checks,
                cancelled,
                proxies,
                host,
            };
            ctx.emit(Event::Finished {
                run,
                summary: Box::new(summary),
            });
        });
        RunHandleParts {
            run,
            events,
            cancel,
        }
        .into()
    }
}

struct Ctx {
    run: RunId,
    plan: Plan,
    tx: mpsc::UnboundedSender<Event>,
    notify: Option<Notifier>,
    results: Mutex<Vec<CheckResult>>,
    /// Cancelled when the run is stopped.
    stop: CancellationToken,
    /// Set once every check but the hold test has its result.
    only_holding: AtomicBool,
    /// The proxy settings in use, once known.
    proxies: Mutex<Option<Vec<crate::proxy::ProxySetting>>>,
}

impl Ctx {
    fn emit(&self, event: Event) {
        // A receiver that went away (window closed) simply stops listening.
        let _ = self.tx.send(event);
        if let Some(notify) = &self.notify {
            notify();
        }
    }

    fn finish(&self, check: CheckResult) {
        if let Ok(mut results) = self.results.lock() {
            results.push(check.clone());
        }
        self.emit(Event::ProbeFinished {
            run: self.run,
            check: Box::new(check),
        });
    }
}
