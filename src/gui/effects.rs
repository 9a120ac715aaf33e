//! What the window does besides drawing: saving a report and the history's file work (keeping
//! a finished run, listing the folder, deleting). Each runs on a thread of its own and reports
//! back through an inbox the app polls every frame, so a slow disk or a network home folder
//! never freezes the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;

use eframe::egui;

use super::view::Action;
use super::view::history::HistoryScreen;
use crate::history::{self, Entry};
use crate::i18n::{Arg, Lang};
use crate::report::{self, Report};

/// Asks where to save a report. Behind a trait so tests can answer without a dialog.
pub trait SaveDialog: Send + Sync {
    /// The file chosen, or `None` when the person cancelled; the dialog speaks `lang`.
    fn pick(&self, suggested_name: &str, lang: Lang) -> Option<PathBuf>;
}

/// The system's save dialog.
pub struct NativeDialog;

impl SaveDialog for NativeDialog {
    fn pick(&self, suggested_name: &str, lang: Lang) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(lang.t("save-dialog-title"))
            .set_file_name(suggested_name)
            .add_filter(lang.t("save-filter-pdf"), &["pdf"])
            .add_filter(lang.t("save-filter-json"), &["json"])
            .add_filter(lang.t("save-filter-text"), &["txt"])
            .save_file()
    }
}

/// How the last save went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing saved yet.
    Idle,
    /// The dialog is open or the file is being written.
    Busy,
    /// Saved there.
    Saved(PathBuf),
    /// The person cancelled the dialog.
    Cancelled,
    /// It failed; the message says why and where.
    Failed(String),
}

/// Saving a report: the dialog and the write happen on a thread; the status comes back.
pub struct Saving {
    /// How the last save went.
    pub status: SaveStatus,
    inbox: Option<mpsc::Receiver<SaveStatus>>,
}

impl Default for Saving {
    fn default() -> Saving {
        Saving {
            status: SaveStatus::Idle,
            inbox: None,
        }
    }
}

impl Saving {
    /// Asks `dialog` where, then writes `report` there atomically. A second request while one
    /// is going on is refused.
    pub fn start(
        &mut self,
        report: Report,
        dialog: Arc<dyn SaveDialog>,
        paper: report::pdf::Paper,
        window_lang: Lang,
        ctx: &egui::Context,
    ) {
        if self.status == SaveStatus::Busy {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let waker = ctx.clone();
        let name = suggested_name(&report);
        self.status = SaveStatus::Busy;
        self.inbox = Some(rx);
        std::thread::spawn(move || {
            let status = match dialog.pick(&name, window_lang) {
                None => SaveStatus::Cancelled,
                Some(path) => match report::save_with(&report, &path, paper) {
                    Ok(()) => SaveStatus::Saved(path),
                    Err(e) => SaveStatus::Failed(e.to_string()),
                },
            };
            let _ = tx.send(status);
            waker.request_repaint();
        });
    }

    /// Takes the outcome of a save that finished.
    pub fn poll(&mut self) {
        if let Some(inbox) = &self.inbox
            && let Ok(status) = inbox.try_recv()
        {
            self.status = status;
            self.inbox = None;
        }
    }

    /// Forgets how the last save went (a new answer is shown).
    pub fn reset(&mut self) {
        if self.status != SaveStatus::Busy {
            self.status = SaveStatus::Idle;
        }
    }
}

/// "pushcheck-library-2026-11-28.pdf"
fn suggested_name(report: &Report) -> String {
    let site: String = report
        .site
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let site = site.trim_matches('-').to_string();
    let date = report.started_at.get(..10).unwrap_or("report");
    if site.is_empty() {
        format!("pushcheck-{date}.pdf")
    } else {
        format!("pushcheck-{site}-{date}.pdf")
    }
}

/// File work for the history's thread, done in the order asked.
enum Job {
    Keep(Box<Report>),
    List,
    Delete(PathBuf),
    DeleteAll,
}

/// What the history's thread did; every change comes with the folder as it now is.
enum Done {
    Kept(Result<PathBuf, String>),
    Listed(Vec<Entry>),
    Deleted(Result<(), String>, Vec<Entry>),
    Cleared(usize, Vec<Entry>),
}

/// The thread doing the history's file work, started on first use.
struct Worker {
    jobs: mpsc::Sender<Job>,
    done: mpsc::Receiver<Done>,
}

impl Worker {
    fn start(dir: PathBuf, waker: egui::Context, gate: Option<PathBuf>) -> Worker {
        let (jobs, queue) = mpsc::channel::<Job>();
        let (report_back, done) = mpsc::channel();
        std::thread::spawn(move || {
            for job in queue {
                wait_for_gate(gate.as_deref());
                let outcome = match job {
                    Job::Keep(report) => {
                        Done::Kept(history::keep(&dir, &report).map_err(|e| e.to_string()))
                    }
                    Job::List => Done::Listed(history::list(&dir)),
                    Job::Delete(path) => Done::Deleted(
                        history::delete(&dir, &path).map_err(|e| e.to_string()),
                        history::list(&dir),
                    ),
                    Job::DeleteAll => {
                        let gone = history::delete_all(&dir);
                        Done::Cleared(gone, history::list(&dir))
                    }
                };
                if report_back.send(outcome).is_err() {
                    break;
                }
                waker.request_repaint();
            }
        });
        Worker { jobs, done }
    }
}

/// Holds each job until `gate` exists (at most ten seconds): lets tests see the window while
/// the history's disk is slow.
fn wait_for_gate(gate: Option<&Path>) {
    let Some(gate) = gate else {
        return;
    };
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !gate.exists() && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The history: where runs are kept, the History screen while it is open, and the thread
/// doing the file work.
#[derive(Default)]
pub struct History {
    /// Where finished runs are kept (`None`: not kept).
    pub dir: Option<PathBuf>,
    /// The History screen, while it is open.
    pub screen: Option<HistoryScreen>,
    /// What went wrong keeping the last run, when something did.
    pub keep_error: Option<String>,
    worker: Option<Worker>,
    /// Jobs sent and not yet answered.
    pending: usize,
    /// Tests only: the thread holds each job until this file exists.
    pub(super) gate: Option<PathBuf>,
}

impl History {
    /// History kept in `dir` (`None`: off).
    pub fn new(dir: Option<PathBuf>) -> History {
        History {
            dir,
            ..History::default()
        }
    }

    fn send(&mut self, job: Job, ctx: &egui::Context) {
        let Some(dir) = &self.dir else {
            return;
        };
        let worker = self
            .worker
            .get_or_insert_with(|| Worker::start(dir.clone(), ctx.clone(), self.gate.clone()));
        if worker.jobs.send(job).is_ok() {
            self.pending += 1;
        }
    }

    /// Whether file work is going on.
    pub fn busy(&self) -> bool {
        self.pending > 0
    }

    /// Keeps the report of a run that just finished.
    pub fn keep(&mut self, report: &Report, ctx: &egui::Context) {
        self.send(Job::Keep(Box::new(report.clone())), ctx);
    }

    /// Takes what the thread finished: new listings, the outcome of deleting and keeping.
    pub fn poll(&mut self, lang: Lang) {
        let Some(worker) = &self.worker else {
            return;
        };
        let finished: Vec<Done> = worker.done.try_iter().collect();
        for done in finished {
            self.pending = self.pending.saturating_sub(1);
            match done {
                Done::Kept(outcome) => {
                    self.keep_error = outcome
                        .err()
                        .map(|e| lang.tr("history-not-kept", &[("error", Arg::from(e))]));
                }
                Done::Listed(entries) => self.show_entries(entries),
                Done::Deleted(outcome, entries) => {
                    self.show_entries(entries);
                    if let Some(screen) = &mut self.screen {
                        screen.message = outcome
                            .err()
                            .map(|e| lang.tr("history-not-deleted", &[("error", Arg::from(e))]));
                        screen.comparison = None;
                    }
                }
                Done::Cleared(gone, entries) => {
                    self.show_entries(entries);
                    if let Some(screen) = &mut self.screen {
                        screen.message =
                            Some(lang.tr("history-deleted-files", &[("count", Arg::from(gone))]));
                        screen.comparison = None;
                        screen.confirm_clear = false;
                    }
                }
            }
        }
        if let Some(screen) = &mut self.screen {
            screen.loading = self.pending > 0;
        }
    }

    /// The folder as it now is, keeping the choices that still exist.
    fn show_entries(&mut self, entries: Vec<Entry>) {
        if let Some(screen) = &mut self.screen {
            screen
                .chosen
                .retain(|p| entries.iter().any(|e| &e.path == p));
            screen.entries = entries;
        }
    }

    /// Carries out what the History screen asked for. Returns a kept run to show as if just
    /// run, when one was opened.
    pub fn perform(&mut self, action: Action, lang: Lang, ctx: &egui::Context) -> Option<Report> {
        match action {
            Action::ShowHistory => {
                let mut screen = HistoryScreen::default();
                if self.dir.is_none() {
                    screen.message = Some(lang.t("history-off"));
                }
                self.screen = Some(screen);
                self.send(Job::List, ctx);
                self.mark_loading();
            }
            Action::CloseHistory => self.screen = None,
            Action::OpenKept(path) => {
                let report = self.screen.as_ref().and_then(|screen| {
                    screen
                        .entries
                        .iter()
                        .find(|e| e.path == path)
                        .and_then(|e| e.report().cloned())
                });
                if report.is_some() {
                    self.screen = None;
                }
                return report;
            }
            Action::ChooseKept(path) => {
                if let Some(screen) = &mut self.screen {
                    screen.choose(path);
                }
            }
            Action::CompareKept => {
                if let Some(screen) = &mut self.screen {
                    screen.compare(lang);
                }
            }
            Action::DeleteKept(path) => {
                self.send(Job::Delete(path), ctx);
                self.mark_loading();
            }
            Action::AskClearHistory(ask) => {
                if let Some(screen) = &mut self.screen {
                    screen.confirm_clear = ask;
                }
            }
            Action::ClearHistory => {
                self.send(Job::DeleteAll, ctx);
                self.mark_loading();
            }
            _ => {}
        }
        None
    }

    fn mark_loading(&mut self) {
        let busy = self.busy();
        if let Some(screen) = &mut self.screen {
            screen.loading = busy;
        }
    }
}
