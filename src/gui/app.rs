//! The app: the wiring. It owns the runtime, starts and stops runs, drains engine events into
//! the state ([`super::state`]), draws the views ([`super::view`]) and hands what they ask for
//! to the effects ([`super::effects`]: saving, the history's files).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use tokio::sync::mpsc::error::TryRecvError;

use super::effects::{History, SaveDialog, Saving};
use super::settings::{STORAGE_KEY, Settings};
use super::state::{Phase, State};
use super::theme;
use super::view::{self, Action};
use crate::catalog::Catalog;
use crate::config::{Given, RunConfig};
use crate::engine::{Engine, Event, Notifier, RunHandle};
use crate::i18n::{Arg, Lang};
use crate::report::Report;

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
    /// Saving the report, and how the last save went.
    pub saving: Saving,
    note: Option<(String, Instant)>,
    icon: Option<egui::TextureHandle>,
    first_frame_logged: bool,
    about_open: bool,
    /// The catalog About shows, read once when About first opens.
    about_catalog: Option<Option<Catalog>>,
    /// The kept runs: the folder, the History screen while it is open, its file work.
    pub history: History,
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
        if let Some((server, _)) = base.mdm_servers.first() {
            settings.mdm_server = server.clone();
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
            saving: Saving::default(),
            note: None,
            icon: None,
            first_frame_logged: false,
            about_open: false,
            about_catalog: None,
            given: Given::default(),
            history: History::default(),
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
        self.history = History::new(dir);
        self
    }

    /// Tests only: the history's file work waits until `gate` exists (at most ten seconds),
    /// as on a slow network home folder.
    #[doc(hidden)]
    pub fn hold_history_until(mut self, gate: PathBuf) -> App {
        self.history.gate = Some(gate);
        self
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
        if !given.mdm_server && !self.settings.mdm_server.trim().is_empty() {
            config.mdm_servers = vec![(
                self.settings.mdm_server.trim().to_string(),
                crate::engine::MdmSource::Options,
            )];
        }
        config
    }

    /// Starts a run (a running one is stopped first).
    pub fn start_run(&mut self, ctx: &egui::Context) {
        if let Some(old) = self.handle.take() {
            old.cancel();
        }
        self.error = None;
        self.saving.reset();
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
            if let Phase::Done(report) = &self.state.phase {
                self.history.keep(report, ctx);
            }
        } else if !handle.events.is_empty() {
            ctx.request_repaint();
        }
    }

    /// Saves the report in the background: asks where, writes atomically, reports back.
    /// A second request while one is going on is refused.
    pub fn save(&mut self, ctx: &egui::Context) {
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
        let paper = self.base.paper();
        self.saving
            .start(report, self.dialog.clone(), paper, window_lang, ctx);
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
                self.history.screen = None;
                self.state.phase = Phase::Idle;
            }
            Action::ToggleAbout => self.about_open = !self.about_open,
            other => {
                if let Some(report) = self.history.perform(other, self.lang(), ctx) {
                    // A kept run, shown as if just run.
                    if let Some(handle) = self.handle.take() {
                        handle.cancel();
                    }
                    self.saving.reset();
                    self.state.phase = Phase::Done(Box::new(report));
                }
            }
        }
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.drain(ctx);
        self.saving.poll();
        self.history.poll(self.lang());
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // A language chosen in Options shows this window's last answer in it too.
        self.state.set_lang(self.lang());
        let mut action = None;
        if let (None, Phase::Done(report)) = (&self.history.screen, &self.state.phase) {
            let lang = self.lang();
            let note = self
                .note
                .as_ref()
                .filter(|(_, at)| at.elapsed() < Duration::from_secs(4))
                .map(|(n, _)| n.as_str());
            let bar = view::actions::Bar {
                save: &self.saving.status,
                report_lang: self.settings.report_lang,
                history: self.history.dir.is_some(),
                keep_error: self.history.keep_error.as_deref(),
                note,
            };
            egui::Panel::bottom("actions").show(ui, |ui| {
                ui.add_space(6.0);
                action = view::actions::show(ui, report, &bar, lang);
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
                            let shown = match (&self.history.screen, &self.state.phase) {
                                (Some(screen), _) => view::history::show(ui, screen, lang),
                                (None, Phase::Idle) => view::start::show(
                                    ui,
                                    &mut self.settings,
                                    self.error.as_deref(),
                                    self.icon.as_ref(),
                                    self.history.dir.is_some(),
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
