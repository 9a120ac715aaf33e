//! `pushcheck check`: runs the engine with a progress bar, prints the answer, writes the
//! reports, and returns the exit status of the typed diagnosis.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::Context as _;

use super::view::{clock, terminal_view};
use super::{CheckArgs, ColorArg, EXIT_UNTESTED, EXIT_USAGE, FormatArg};
use crate::config::ConfigError;
use crate::engine::{Engine, Event};
use crate::i18n::{Arg, Lang};
use crate::report::{self, Format, Report, RunLabels, nagios, text};

/// A problem with the arguments: printed, then exit 64.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

/// Runs `pushcheck check`; returns the exit status.
pub fn run_check(args: &CheckArgs) -> i32 {
    match check(args) {
        Ok(code) => code,
        Err(e) => {
            if args.format == Some(FormatArg::Nagios) {
                // A plugin that could not run is UNKNOWN, whatever the cause.
                print!("{}", nagios::unknown(&format!("{e:#}")));
                return EXIT_UNTESTED;
            }
            match e.downcast_ref::<ConfigError>() {
                Some(c) => eprintln!(
                    "pushcheck: {}",
                    c.for_terminal_in(args.config().people_lang())
                ),
                None => eprintln!("pushcheck: {e:#}"),
            }
            let usage = e.downcast_ref::<UsageError>().is_some()
                || e.downcast_ref::<ConfigError>()
                    .is_some_and(|c| !c.is_catalog());
            if usage { EXIT_USAGE } else { EXIT_UNTESTED }
        }
    }
}

fn check(args: &CheckArgs) -> anyhow::Result<i32> {
    for path in &args.output {
        Format::from_path(path).map_err(|e| UsageError(e.to_string()))?;
    }
    let config = args.config();
    let (plan, labels) = config.plan()?;
    let lang = config.people_lang();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the network runtime")?;
    let plain = !args.quiet && !args.json && args.format.is_none();
    let progress = (plain && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{spinner}} {} {{bar:30}} {{pos}}/{{len}} {}",
                lang.t("terminal-progress"),
                lang.t("terminal-checks")
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.enable_steady_tick(Duration::from_millis(100));
        bar
    });
    let mut handle = Engine::start(runtime.handle(), plan.clone(), None);
    let stop = handle.cancel_token();
    let summary = runtime.block_on(async {
        let ctrl_c = tokio::signal::ctrl_c();
        tokio::pin!(ctrl_c);
        let mut stopping = false;
        let mut holding: Option<(std::time::Instant, indicatif::ProgressBar)> = None;
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tokio::select! {
                _ = tick.tick(), if holding.is_some() => {
                    if let Some((until, bar)) = &holding {
                        let left = until.saturating_duration_since(std::time::Instant::now());
                        bar.set_message(lang.tr(
                            "terminal-holding-left",
                            &[("left", Arg::from(clock(left)))],
                        ));
                    }
                }
                _ = &mut ctrl_c, if !stopping => {
                    stopping = true;
                    stop.cancel();
                }
                event = handle.events.recv() => {
                    match event {
                        Some(Event::Started { total, .. }) | Some(Event::Planned { total, .. }) => {
                            if let Some(bar) = &progress {
                                bar.set_length(total as u64);
                            }
                        }
                        Some(Event::ProbeFinished { .. }) => {
                            if let Some(bar) = &progress {
                                bar.inc(1);
                            }
                        }
                        Some(Event::Finished { summary, .. }) => return Some(summary),
                        Some(Event::Holding { hold, .. }) => {
                            let until = std::time::Instant::now() + hold;
                            let what = lang.tr(
                                "terminal-holding",
                                &[("hold", Arg::Duration(hold.as_secs()))],
                            );
                            match &progress {
                                Some(bar) => {
                                    bar.set_style(
                                        indicatif::ProgressStyle::with_template("{spinner} {msg}")
                                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                                    );
                                    bar.set_message(what);
                                    holding = Some((until, bar.clone()));
                                }
                                None if plain => eprintln!("{what}"),
                                None => {}
                            }
                        }
                        Some(Event::ProbeStarted { .. }) => {}
                        None => return None,
                    }
                }
            }
        }
    });
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    // Lookups stuck in the system resolver must not keep the process alive.
    runtime.shutdown_background();
    let summary = summary.context("the test stopped without a result")?;
    // People read the terminal, text and PDF in their language; JSON is English unless a
    // language was asked for; monitoring output is always English (systems match on it).
    let build = |lang: Lang| {
        Report::build(
            &summary,
            &plan,
            &RunLabels {
                lang,
                ..labels.clone()
            },
        )
    };
    let (report, diagnosis) = build(lang);
    let in_lang = |lang: Lang| {
        if lang == report.lang {
            report.clone()
        } else {
            build(lang).0
        }
    };
    let machine = in_lang(config.machine_lang());

    // Write first, then print: a line that monitoring or a script reads (the plugin line,
    // `--quiet`) must say whether the reports it was asked for exist, and match the exit
    // status.
    let mut code = diagnosis.overall.exit_code();
    let mut unwritten: Vec<String> = Vec::new();
    let mut written: Vec<String> = Vec::new();
    if args.keep {
        match crate::history::default_dir() {
            Some(dir) => match crate::history::keep(&dir, &machine) {
                Ok(path) => written.push(lang.tr(
                    "terminal-kept",
                    &[("path", Arg::from(path.display().to_string()))],
                )),
                Err(e) => unwritten.push(format!("this run could not be kept in the history: {e}")),
            },
            None => unwritten.push(format!(
                "no folder for the history: set {} or HOME",
                crate::history::DIR_ENV
            )),
        }
    }
    for path in &args.output {
        let result = match Format::from_path(path) {
            Ok(Format::Json) => report::save_with(&machine, path, config.paper()),
            Ok(Format::Prometheus) => report::save_with(&in_lang(Lang::En), path, config.paper()),
            _ => report::save_with(&report, path, config.paper()),
        };
        match result {
            Ok(()) => written.push(lang.tr(
                "terminal-written",
                &[("path", Arg::from(path.display().to_string()))],
            )),
            Err(e) => unwritten.push(e.to_string()),
        }
    }
    if !unwritten.is_empty() {
        code = EXIT_UNTESTED;
    }
    let why = unwritten.join("; ");

    let mut stdout = std::io::stdout().lock();
    if args.json {
        let _ = stdout.write_all(report::json::render(&machine).as_bytes());
    } else if args.format == Some(FormatArg::Nagios) {
        let english = in_lang(Lang::En);
        let text = if unwritten.is_empty() {
            nagios::render(&english)
        } else {
            nagios::render_unwritten(&english, &why)
        };
        let _ = stdout.write_all(text.as_bytes());
    } else if args.quiet {
        let (_, word) = text::status_label(report.overall, lang);
        if unwritten.is_empty() {
            let _ = writeln!(stdout, "{}", lang.labelled(word, report.headline.as_str()));
        } else {
            let (_, untested) = text::status_label(crate::diagnosis::Severity::Untested, lang);
            let _ = writeln!(
                stdout,
                "{}",
                lang.tr(
                    "terminal-quiet-not-written",
                    &[
                        ("untested", Arg::from(untested)),
                        ("why", Arg::from(why.clone())),
                        ("word", Arg::from(word)),
                        ("headline", Arg::from(report.headline.clone())),
                    ]
                )
            );
        }
    } else {
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let _ = stdout.write_all(terminal_view(&report, color, args.verbose).as_bytes());
        if !unwritten.is_empty() {
            // The last word matches the exit status: this run is not complete.
            let (icon, untested) = text::status_label(crate::diagnosis::Severity::Untested, lang);
            let title = lang.tr("terminal-not-written", &[("why", Arg::from(why.clone()))]);
            let _ = writeln!(
                stdout,
                "\n{}",
                text::status_line(icon, &untested, &title, lang)
            );
        }
    }
    let _ = stdout.flush();
    drop(stdout);
    for e in &unwritten {
        eprintln!("pushcheck: {e}");
    }
    if plain {
        for line in &written {
            eprintln!("{line}");
        }
    }
    Ok(code)
}
