//! What a run tells its listeners: events, the summary, the handle to stop it.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::outcome::CheckResult;

/// Identifies one run; events of older runs are dropped by their receivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RunId(pub u64);

/// Everything a run reports, in order.
#[derive(Debug, Clone)]
pub enum Event {
    /// The run began; `total` is the number of checks known so far.
    Started {
        /// The run.
        run: RunId,
        /// Checks planned so far.
        total: usize,
    },
    /// Name resolution is done and the connection probes are known.
    Planned {
        /// The run.
        run: RunId,
        /// All checks of the run.
        total: usize,
    },
    /// A probe began.
    ProbeStarted {
        /// The run.
        run: RunId,
        /// The check id.
        id: String,
        /// For the hold test's connections: how long this one stays quiet before its PING.
        hold: Option<Duration>,
    },
    /// The hold test began: its connections stay idle for up to `hold`, then are pinged.
    Holding {
        /// The run.
        run: RunId,
        /// The longest idle tested.
        hold: Duration,
    },
    /// A check has its result.
    ProbeFinished {
        /// The run.
        run: RunId,
        /// The result.
        check: Box<CheckResult>,
    },
    /// The run is over (finished, timed out or stopped).
    Finished {
        /// The run.
        run: RunId,
        /// Every result, sorted.
        summary: Box<RunSummary>,
    },
}

impl Event {
    /// The run the event belongs to.
    pub fn run(&self) -> RunId {
        match self {
            Event::Started { run, .. }
            | Event::Planned { run, .. }
            | Event::ProbeStarted { run, .. }
            | Event::Holding { run, .. }
            | Event::ProbeFinished { run, .. }
            | Event::Finished { run, .. } => *run,
        }
    }
}

/// The whole result of a run.
#[derive(Debug, Clone)]
pub struct RunSummary {
    /// The run.
    pub run: RunId,
    /// Wall-clock start.
    pub started_at: SystemTime,
    /// How long it took.
    pub duration: Duration,
    /// Every check, sorted deterministically.
    pub checks: Vec<CheckResult>,
    /// True when the run was stopped before it ended.
    pub cancelled: bool,
    /// The proxy settings the run used; `None` when none were read.
    pub proxies: Option<Vec<crate::proxy::ProxySetting>>,
    /// This computer's OS and network, read during the run.
    pub host: crate::netinfo::HostFacts,
}

/// Called after every event, so a window can wake up and draw.
pub type Notifier = Arc<dyn Fn() + Send + Sync>;

/// A run in progress.
#[derive(Debug)]
pub struct RunHandle {
    /// The run.
    pub run: RunId,
    /// Its events, ending with [`Event::Finished`].
    pub events: mpsc::UnboundedReceiver<Event>,
    cancel: CancellationToken,
}

/// The fields of a new [`RunHandle`], for the engine that starts it.
pub(super) struct RunHandleParts {
    pub(super) run: RunId,
    pub(super) events: mpsc::UnboundedReceiver<Event>,
    pub(super) cancel: CancellationToken,
}

impl From<RunHandleParts> for RunHandle {
    fn from(p: RunHandleParts) -> Self {
        RunHandle {
            run: p.run,
            events: p.events,
            cancel: p.cancel,
        }
    }
}

impl RunHandle {
    /// Stops the run at once; it still ends with [`Event::Finished`] (marked cancelled).
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// A token that stops the run when cancelled.
    pub fn cancel_token(&self) -> CancellationToken {
        self.cancel.clone()
    }
}
