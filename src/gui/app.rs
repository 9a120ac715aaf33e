//! The app: owns the runtime, starts and stops runs, drains engine events into the state,
//! carries out what the views ask for.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use eframe::egui;
use tokio::sync::mpsc::error::TryRecvError;

use super::settings::{STORAGE_KEY, Settings};
use super::state::{Phase, State};
use super::theme;
use super::view::history::HistoryScreen;
use super::view::{self, Action};
use crate::catalog::Catalog;
use crate::config::{Given, RunConfig};
use crate::engine::{Engine, Event, Notifier, RunHandle};
use crate::i18n::{Arg, Lang};
use crate::report::{self, Report, text};

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

/// The window's app.
pub struct App {
    runtime: Option<tokio::runtime::Runtime>,
    base: RunConfig,
    /// The settings the command line fixed for this launch (they win over saved ones).
    given: Given,
    /// The options the person set.
    pub settings: Settings,
    /// What is shown.
    pub state: State,
    handle: Option<RunHandle>,
    error: Option<String>,
    dialog: Arc<dyn SaveDialog>,
    /// How the last save went.
    pub save_status: SaveStatus,
    save_inbox: Option<mpsc::Receiver<SaveStatus>>,
    note: Option<(String, Instant)>,
    icon: Option<egui::TextureHandle>,
    first_frame_logged: bool,
    about_open: bool,
    /// The catalog About shows, read once when About first opens.
    about_catalog: Option<Option<Catalog>>,
    /// Where finished runs are kept (`None`: not kept).
    history_dir: Option<PathBuf>,
    /// The History screen, while it is open.
    pub history: Option<HistoryScreen>,
    /// What went wrong keeping the last run, when something did.
    keep_error: Option<String>,
    /// The operating system's language, read once at start.
    os_lang: Lang,
}

impl Drop for App {
    fn drop(&mut self) {
        if let Some(handle) = &self.handle {
            handle.cancel();
        }
        // Lookups stuck in the system resolver must not keep the window from closing.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl App {
    /// Builds the app for eframe: loads saved options and applies the theme.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        base: RunConfig,
        dialog: Arc<dyn SaveDialog>,
    ) -> App {
        theme::apply(&cc.egui_ctx);
        let mut settings = App::load_settings(cc.storage);
        // Options given on the command line win over saved ones.
        if !base.site.is_empty() {
            settings.site = base.site.clone();
        }
        if base.legacy {
            settings.legacy = true;
        }
        let mut app = App::with_settings(base, settings, dialog);
        app.icon = eframe::icon_data::from_png_bytes(super::ICON_SMALL)
            .ok()
            .map(|icon| {
                let size = [icon.width as usize, icon.height as usize];
                let image = egui::ColorImage::from_rgba_unmultiplied(size, &icon.rgba);
                cc.egui_ctx
                    .load_texture("pushcheck-icon", image, egui::TextureOptions::LINEAR)
            });
        app
    }

    /// Builds the app with these options (no saved state).
    pub fn with_settings(base: RunConfig, settings: Settings, dialog: Arc<dyn SaveDialog>) -> App {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("pushcheck-net")
            .enable_all()
            .build();
        let os_lang = Lang::from_os();
        let (runtime, error) = match runtime {
            Ok(rt) => (Some(rt), None),
            Err(e) => (
                None,
                Some(os_lang.tr("start-no-runtime", &[("error", Arg::from(e.to_string()))])),
            ),
        };
        App {
            runtime,
            base,
            settings,
            state: State::default(),
            handle: None,
            error,
            dialog,
            save_status: SaveStatus::Idle,
            save_inbox: None,
            note: None,
            icon: None,
            first_frame_logged: false,
            about_open: false,
            about_catalog: None,
            given: Given::default(),
            history_dir: None,
            history: None,
            keep_error: None,
            os_lang,
        }
    }

    /// Takes `lang` as the operating system's language (what a window launched on a system
    /// set to it speaks when nothing else is chosen).
    pub fn with_os_lang(mut self, lang: Lang) -> App {
        self.os_lang = lang;
        self
    }

    /// Keeps every finished run in `dir` (the History screen lists them).
    pub fn with_history(mut self, dir: Option<PathBuf>) -> App {
        self.history_dir = dir;
        self
    }

    /// Keeps the report of a run that just finished.
    fn keep_finished(&mut self) {
        let (Some(dir), Phase::Done(report)) = (&self.history_dir, &self.state.phase) else {
            return;
        };
        let lang = self.lang();
        self.keep_error = crate::history::keep(dir, report)
            .err()
            .map(|e| lang.tr("history-not-kept", &[("error", Arg::from(e.to_string()))]));
    }

    /// Reads the History folder again (after a change), keeping the choices that still exist.
    fn refresh_history(&mut self) {
        let entries = self
            .history_dir
            .as_deref()
            .map(crate::history::list)
            .unwrap_or_default();
        let screen = self.history.get_or_insert_with(HistoryScreen::default);
        screen
            .chosen
            .retain(|p| entries.iter().any(|e| &e.path == p));
        screen.entries = entries;
    }

    /// Carries out what the History screen asked for.
    fn perform_history(&mut self, action: Action) {
        let lang = self.lang();
        match action {
            Action::ShowHistory => {
                self.history = Some(HistoryScreen::default());
                self.refresh_history();
                if self.history_dir.is_none()
                    && let Some(screen) = &mut self.history
                {
                    screen.message = Some(lang.t("history-off"));
                }
            }
            Action::CloseHistory => self.history = None,
            Action::OpenKept(path) => {
                let report = self.history.as_ref().and_then(|screen| {
                    screen
                        .entries
                        .iter()
                        .find(|e| e.path == path)
                        .and_then(|e| e.report().cloned())
                });
                if let Some(report) = report {
                    if let Some(handle) = self.handle.take() {
                        handle.cancel();
                    }
                    self.save_status = SaveStatus::Idle;
                    self.state.phase = Phase::Done(Box::new(report));
                    self.history = None;
                }
            }
            Action::ChooseKept(path) => {
                if let Some(screen) = &mut self.history {
                    if let Some(at) = screen.chosen.iter().position(|p| p == &path) {
                        screen.chosen.remove(at);
                    } else {
                        screen.chosen.push(path);
                        if screen.chosen.len() > 2 {
                            screen.chosen.remove(0);
                        }
                    }
                    screen.comparison = None;
                }
            }
            Action::CompareKept => {
                if let Some(screen) = &mut self.history {
                    // The list is newest first: the later of the two in it is the older run.
                    let runs: Vec<(&std::path::Path, &Report)> = screen
                        .entries
                        .iter()
                        .filter(|e| screen.chosen.contains(&e.path))
                        .filter_map(|e| {
                            // The file's name is enough here: they all live in one folder.
                            let name = e.path.file_name().map(std::path::Path::new);
                            Some((name?, e.report()?))
                        })
                        .collect();
                    if let [(new_path, new), (old_path, old)] = runs[..] {
                        let comparison =
                            report::compare::compare(old, old_path, new, new_path, lang);
                        screen.comparison = Some(report::compare::lines_text(
                            &report::compare::lines(&comparison),
                        ));
                    }
                }
            }
            Action::DeleteKept(path) => {
                if let Some(dir) = self.history_dir.clone() {
                    let message = match crate::history::delete(&dir, &path) {
                        Ok(()) => None,
                        Err(e) => Some(lang.tr(
                            "history-not-deleted",
                            &[("error", Arg::from(e.to_string()))],
                        )),
                    };
                    self.refresh_history();
                    if let Some(screen) = &mut self.history {
                        screen.message = message;
                        screen.comparison = None;
                    }
                }
            }
            Action::AskClearHistory(ask) => {
                if let Some(screen) = &mut self.history {
                    screen.confirm_clear = ask;
                }
            }
            Action::ClearHistory => {
                if let Some(dir) = self.history_dir.clone() {
                    let gone = crate::history::delete_all(&dir);
                    self.refresh_history();
                    if let Some(screen) = &mut self.history {
                        screen.message =
                            Some(lang.tr("history-deleted-files", &[("count", Arg::from(gone))]));
                        screen.comparison = None;
                        screen.confirm_clear = false;
                    }
                }
            }
            _ => {}
        }
    }

    /// The options saved in `storage` by an earlier launch (defaults where there are none).
    pub fn load_settings(storage: Option<&dyn eframe::Storage>) -> Settings {
        storage
            .and_then(|s| s.get_string(STORAGE_KEY))
            .map(|text| Settings::from_json_lenient(&text))
            .unwrap_or_default()
    }

    /// For this launch, the command line's settings (`given`) win over the saved ones.
    pub fn with_given(mut self, given: Given) -> App {
        self.given = given;
        self
    }

    /// The window's language: the command line's for this launch, else the one chosen in
    /// Options, else `PUSHCHECK_LANG`, else the operating system's.
    pub fn lang(&self) -> Lang {
        let chosen = if self.given.lang {
            self.base.lang
        } else {
            self.settings.lang.or(self.base.lang)
        };
        chosen.unwrap_or(self.os_lang)
    }

    /// The language saved reports are written in: the one chosen when saving, else the
    /// window's.
    pub fn report_lang(&self) -> Lang {
        self.settings.report_lang.unwrap_or_else(|| self.lang())
    }

    /// The configuration of a run: the window's options, except where the command line of
    /// this launch gave a setting.
    pub fn run_config(&self) -> RunConfig {
        let mut config = self.base.clone();
        let given = self.given;
        config.lang = Some(self.lang());
        if !given.site {
            config.site = self.settings.site.clone();
        }
        if !given.legacy {
            config.legacy = self.settings.legacy;
        }
        config.redact = config.redact || self.settings.redact;
        if !given.timeout {
            config.timeout_secs = f64::from(self.settings.timeout_secs);
        }
        if !given.hold && self.settings.hold {
            config.hold_secs = Some(u64::from(self.settings.hold_minutes) * 60);
        }
        if !given.role {
            config.role = self.settings.role;
        }
        config
    }

    /// Starts a run (a running one is stopped first).
    pub fn start_run(&mut self, ctx: &egui::Context) {
        if let Some(old) = self.handle.take() {
            old.cancel();
        }
        self.error = None;
        self.save_status = SaveStatus::Idle;
        let (plan, labels) = match self.run_config().plan() {
            Ok(planned) => planned,
            Err(e) => {
                let lang = self.lang();
                self.error =
                    Some(lang.tr("start-failed", &[("error", Arg::from(e.for_window(lang)))]));
                return;
            }
        };
        let Some(runtime) = &self.runtime else {
            return;
        };
        let waker = ctx.clone();
        let notify: Notifier = Arc::new(move || waker.request_repaint());
        let handle = Engine::start(runtime.handle(), plan.clone(), Some(notify));
        self.state.start(handle.run, plan, labels);
        self.handle = Some(handle);
    }

    /// Stops the current run; it ends as "couldn't test".
    pub fn stop(&mut self) {
        if let Some(handle) = &self.handle {
            handle.cancel();
        }
    }

    /// Whether a run is going on.
    pub fn is_running(&self) -> bool {
        self.handle.is_some()
    }

    /// Moves engine events into the state, for at most a few milliseconds per frame.
    pub fn drain(&mut self, ctx: &egui::Context) {
        let Some(handle) = &mut self.handle else {
            return;
        };
        let budget = Instant::now() + Duration::from_millis(8);
        let mut ended = false;
        while Instant::now() < budget {
            match handle.events.try_recv() {
                Ok(event) => {
                    ended = matches!(event, Event::Finished { .. });
                    self.state.apply(event);
                    if ended {
                        break;
                    }
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    ended = true;
                    break;
                }
            }
        }
        if ended {
            self.handle = None;
            self.keep_finished();
        } else if !handle.events.is_empty() {
            ctx.request_repaint();
        }
    }

    /// Saves the report in the background: asks where, writes atomically, reports back.
    /// A second request while one is going on is refused.
    pub fn save(&mut self, ctx: &egui::Context) {
        if self.save_status == SaveStatus::Busy {
            return;
        }
        let Phase::Done(report) = &self.state.phase else {
            return;
        };
        // The report in the language chosen for saving: this window's run is written again
        // in it; a run opened from the history is saved as it was written.
        let lang = self.report_lang();
        let report: Report = match &self.state.finished {
            Some(finished) if report.lang != lang => finished.report(lang),
            _ => (**report).clone(),
        };
        let window_lang = self.lang();
        let dialog = self.dialog.clone();
        let (tx, rx) = mpsc::channel();
        let waker = ctx.clone();
        let name = suggested_name(&report);
        let paper = self.base.paper();
        self.save_status = SaveStatus::Busy;
        self.save_inbox = Some(rx);
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

    fn poll_save(&mut self) {
        if let Some(inbox) = &self.save_inbox
            && let Ok(status) = inbox.try_recv()
        {
            self.save_status = status;
            self.save_inbox = None;
        }
    }

    fn perform(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::StartRun => self.start_run(ctx),
            Action::Stop => self.stop(),
            Action::Save => self.save(ctx),
            Action::Copy(text, what) => {
                ctx.copy_text(text);
                self.note = Some((self.lang().t(what), Instant::now()));
            }
            Action::SetReportLang(lang) => self.settings.report_lang = lang,
            Action::ShowStart => {
                self.history = None;
                self.state.phase = Phase::Idle;
            }
            Action::ToggleAbout => self.about_open = !self.about_open,
            other => self.perform_history(other),
        }
    }

    fn bottom_bar(&self, ui: &mut egui::Ui, report: &Report) -> Option<Action> {
        let mut action = None;
        let lang = self.lang();
        ui.horizontal_wrapped(|ui| {
            let saving = self.save_status == SaveStatus::Busy;
            if ui
                .add_enabled(!saving, egui::Button::new(lang.t("save-report")))
                .clicked()
            {
                action = Some(Action::Save);
            }
            let mut report_lang = self.settings.report_lang;
            view::start::language_menu(
                ui,
                "report-language",
                &mut report_lang,
                lang.t("save-language-same"),
            )
            .on_hover_text(lang.t("save-language-hover"));
            if report_lang != self.settings.report_lang {
                action = Some(Action::SetReportLang(report_lang));
            }
            if ui.button(lang.t("save-copy-summary")).clicked() {
                action = Some(Action::Copy(text::summary(report), "copied-summary"));
            }
            if ui.button(lang.t("save-test-again")).clicked() {
                action = Some(Action::StartRun);
            }
            if ui.button(lang.t("save-options")).clicked() {
                action = Some(Action::ShowStart);
            }
            if self.history_dir.is_some() && ui.button(lang.t("history-title")).clicked() {
                action = Some(Action::ShowHistory);
            }
            let took = lang.decimal(report.duration_ms as f64 / 1000.0, 1);
            ui.weak(lang.tr("save-took", &[("took", Arg::from(took))]));
        });
        let message = match &self.save_status {
            SaveStatus::Idle | SaveStatus::Cancelled => None,
            SaveStatus::Busy => Some((lang.t("save-saving"), false)),
            SaveStatus::Saved(path) => Some((
                lang.tr(
                    "save-saved",
                    &[("path", Arg::from(path.display().to_string()))],
                ),
                false,
            )),
            SaveStatus::Failed(e) => Some((
                lang.tr("save-failed", &[("error", Arg::from(e.as_str()))]),
                true,
            )),
        };
        let message = message.or_else(|| self.keep_error.clone().map(|e| (e, true)));
        let note = self
            .note
            .as_ref()
            .filter(|(_, at)| at.elapsed() < Duration::from_secs(4))
            .map(|(n, _)| (n.clone(), false));
        if let Some((message, failed)) = message.or(note) {
            if failed {
                ui.colored_label(
                    theme::status_color(ui.visuals(), crate::diagnosis::Severity::Problem),
                    message,
                );
            } else {
                ui.label(message);
            }
        }
        action
    }
}

/// "pushcheck-library-2026-11-28.json"
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

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.drain(ctx);
        self.poll_save();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // A language chosen in Options shows this window's last answer in it too.
        self.state.set_lang(self.lang());
        let mut action = None;
        if let (None, Phase::Done(report)) = (&self.history, &self.state.phase) {
            let report = report.clone();
            egui::Panel::bottom("actions").show(ui, |ui| {
                ui.add_space(6.0);
                action = self.bottom_bar(ui, &report).or(action.take());
                ui.add_space(4.0);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    // One readable column, centred in wide windows.
                    let width = ui.available_width().min(theme::COLUMN_WIDTH);
                    let margin = (ui.available_width() - width) / 2.0;
                    ui.horizontal(|ui| {
                        ui.add_space(margin);
                        ui.vertical(|ui| {
                            ui.set_width(width);
                            let lang = self.lang();
                            let shown = match (&self.history, &self.state.phase) {
                                (Some(screen), _) => view::history::show(ui, screen, lang),
                                (None, Phase::Idle) => view::start::show(
                                    ui,
                                    &mut self.settings,
                                    self.error.as_deref(),
                                    self.icon.as_ref(),
                                    self.history_dir.is_some(),
                                    lang,
                                ),
                                (None, Phase::Running(running)) => {
                                    view::running::show(ui, running, lang)
                                }
                                (None, Phase::Done(report)) => view::result::show(ui, report, lang),
                            };
                            if shown.is_some() {
                                action = shown;
                            }
                        });
                    });
                });
        });
        if self.about_open {
            let lang = self.lang();
            let base = &self.base;
            let catalog = self
                .about_catalog
                .get_or_insert_with(|| base.load_catalog().ok())
                .as_ref();
            let mut open = true;
            egui::Window::new(lang.t("about-title"))
                .open(&mut open)
                .collapsible(false)
                .default_width(560.0)
                .show(&ctx, |ui| view::about::show(ui, catalog, lang));
            self.about_open = open;
        }
        if let Some(action) = action {
            self.perform(action, &ctx);
        }
        if !self.first_frame_logged {
            self.first_frame_logged = true;
            if std::env::var_os(super::FIRST_FRAME_ENV).is_some()
                && let Some(start) = super::PROCESS_START.get()
            {
                eprintln!("first frame after {} ms", start.elapsed().as_millis());
            }
        }
        // Keep the "Copied" note on screen for its few seconds, then let the window sleep.
        if let Some((_, at)) = &self.note {
            let left = Duration::from_secs(4).saturating_sub(at.elapsed());
            if left > Duration::ZERO {
                ctx.request_repaint_after(left);
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(STORAGE_KEY, self.settings.to_json());
    }
}
