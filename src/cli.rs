//! The command line: arguments, the terminal progress bar and table, exit codes.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand, ValueEnum};
use ipnet::IpNet;

use crate::catalog::Catalog;
use crate::engine::{
    Engine, Event, Options, Plan, PublicDns, ResolveRule, RoleFilter, default_public_dns,
    read_ca_file,
};
use crate::report::{self, Format, Report, RunLabels, text};

/// Exit status for a usage error (BSD sysexits `EX_USAGE`).
pub const EXIT_USAGE: i32 = 64;
/// Exit status when the test could not run.
pub const EXIT_UNTESTED: i32 = 3;

/// Push Check: can Apple devices and the MDM server reach Apple's push service from here?
#[derive(Debug, Parser)]
#[command(
    name = "pushcheck",
    version,
    about = "Tells whether Apple devices and an MDM server can reach Apple's push service (APNs) from this network, and what IT must change when they can't.",
    after_help = "Without a command, Push Check opens its window (or runs the terminal check where there is no display).\n\nExamples:\n  pushcheck check                         test this network, devices and MDM server\n  pushcheck check --role server --json    on the MDM server, JSON for a script\n  pushcheck check --site \"Library\" --output library.txt\n\nExit status: 0 all OK, 1 warnings, 2 problems, 3 could not test, 64 usage error."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Test this network in the terminal and print the answer.
    Check(CheckArgs),
    /// Open the window, with the same options as `check` (for a test bed, say).
    Gui(CheckArgs),
    /// What changed between two JSON reports: fixed, newly broken, unchanged.
    Compare(CompareArgs),
    /// Print the JSON Schema of the report (pushcheck.report/1).
    Schema,
    /// Print a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Manpage,
}

/// Options of `pushcheck compare`.
#[derive(Debug, Clone, Args)]
pub struct CompareArgs {
    /// The earlier report (JSON).
    pub old: PathBuf,
    /// The later report (JSON).
    pub new: PathBuf,
    /// Also write the comparison to FILE (.json, .pdf, .txt). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub output: Vec<PathBuf>,
    /// Paper size of a PDF (default: from the locale).
    #[arg(long, value_enum)]
    pub paper: Option<PaperArg>,
}

/// Which side to test.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    /// iPads, iPhones and Macs.
    Device,
    /// The MDM server.
    Server,
    /// Both.
    Both,
}

/// When to colour the terminal output.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ColorArg {
    /// When writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Options of `pushcheck check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// What to test: this device's side, the MDM server's, or both.
    #[arg(long, value_enum, default_value = "both")]
    pub role: RoleArg,
    /// Print the JSON report (pushcheck.report/1) on standard output.
    #[arg(long)]
    pub json: bool,
    /// Also write the report to FILE; the format follows the extension (.json, .pdf, .txt). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub output: Vec<PathBuf>,
    /// Deadline of the whole run, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 10.0)]
    pub timeout: f64,
    /// Use this endpoint catalog instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub catalog: Option<PathBuf>,
    /// Answer HOST with ADDR without DNS (HOST may be *.example.com; IPv6 as [::1]). Repeatable.
    #[arg(long, value_name = "HOST:ADDR")]
    pub resolve: Vec<String>,
    /// Replace the catalog's Apple address ranges. Repeatable.
    #[arg(long, value_name = "CIDR")]
    pub apple_range: Vec<String>,
    /// Trust the certificates in this PEM file too (a school's own CA). Repeatable.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Vec<PathBuf>,
    /// A label for the report: the site, building or room.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub site: String,
    /// The MDM server still uses the retired ports 2195/2196: treat them as required.
    #[arg(long)]
    pub legacy: bool,
    /// Do not read the system's proxy settings; test direct connections only.
    #[arg(long)]
    pub no_proxy: bool,
    /// Second-opinion DNS server (ADDR or ADDR:PORT), or "none". Repeatable.
    #[arg(long, value_name = "ADDR")]
    pub public_dns: Vec<String>,
    /// Also test whether the network keeps a quiet connection open: hold idle HTTP/2
    /// connections to Apple for up to SECS seconds, then ping them. Push connections idle
    /// for 10–15 minutes, so 900 or more is a real test (1–7200).
    #[arg(long, value_name = "SECS")]
    pub hold: Option<u64>,
    /// Colour the output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorArg,
    /// Print only the one-line answer (the exit status says the rest).
    #[arg(long, short)]
    pub quiet: bool,
    /// List every check in the terminal, not only those that are not fine.
    #[arg(long, short)]
    pub verbose: bool,
    /// Paper size of a PDF report (default: from the locale; Letter in the US and Canada).
    #[arg(long, value_enum)]
    pub paper: Option<PaperArg>,
    /// Leave this computer's name, addresses, gateway and DNS servers out of reports.
    #[arg(long)]
    pub redact: bool,
}

/// Paper sizes for PDF reports.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum PaperArg {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl CheckArgs {
    /// The paper for PDF reports.
    pub fn paper(&self) -> report::pdf::Paper {
        match self.paper {
            Some(PaperArg::A4) => report::pdf::Paper::A4,
            Some(PaperArg::Letter) => report::pdf::Paper::Letter,
            None => report::pdf::Paper::from_locale(),
        }
    }
}

impl Default for CheckArgs {
    fn default() -> Self {
        CheckArgs {
            role: RoleArg::Both,
            json: false,
            output: Vec::new(),
            timeout: 10.0,
            catalog: None,
            resolve: Vec::new(),
            apple_range: Vec::new(),
            ca_file: Vec::new(),
            site: String::new(),
            legacy: false,
            no_proxy: false,
            public_dns: Vec::new(),
            hold: None,
            color: ColorArg::Auto,
            quiet: false,
            verbose: false,
            paper: None,
            redact: false,
        }
    }
}

/// A problem with the arguments: printed, then exit 64.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// A catalog that could not be loaded: printed, then exit 3.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CatalogLoadError(pub String);

impl CheckArgs {
    /// The catalog these arguments ask for.
    pub fn load_catalog(&self) -> Result<Catalog, CatalogLoadError> {
        match &self.catalog {
            Some(path) => Catalog::from_file(path),
            None => Catalog::built_in(),
        }
        .map_err(|e| {
            CatalogLoadError(format!(
                "{e}\nFix the file, or run without --catalog to use the built-in catalog."
            ))
        })
    }

    /// The engine options these arguments ask for, each value checked with a clear message.
    pub fn engine_options(&self) -> Result<Options, UsageError> {
        let usage = |e: &dyn std::fmt::Display| UsageError(e.to_string());
        if !(1.0..=300.0).contains(&self.timeout) || self.timeout.is_nan() {
            return Err(UsageError(format!(
                "--timeout must be between 1 and 300 seconds, not {}",
                self.timeout
            )));
        }
        let resolve = self
            .resolve
            .iter()
            .map(|r| r.parse::<ResolveRule>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| usage(&e))?;
        let apple_ranges = self
            .apple_range
            .iter()
            .map(|r| {
                r.parse::<IpNet>().map_err(|_| {
                    UsageError(format!(
                        "--apple-range \"{r}\" is not an address range like 17.0.0.0/8"
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut extra_roots = Vec::new();
        for path in &self.ca_file {
            extra_roots.extend(read_ca_file(path).map_err(|e| usage(&e))?);
        }
        let public_dns = if self.public_dns.is_empty() {
            default_public_dns()
        } else if self
            .public_dns
            .iter()
            .any(|p| p.eq_ignore_ascii_case("none"))
        {
            if self.public_dns.len() > 1 {
                return Err(UsageError(
                    "--public-dns none cannot be combined with resolver addresses".to_string(),
                ));
            }
            Vec::new()
        } else {
            self.public_dns
                .iter()
                .map(|p| p.parse::<PublicDns>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| usage(&e))?
        };
        Ok(Options {
            roles: match self.role {
                RoleArg::Device => RoleFilter::Device,
                RoleArg::Server => RoleFilter::Server,
                RoleArg::Both => RoleFilter::Both,
            },
            timeout: Duration::from_secs_f64(self.timeout),
            resolve,
            apple_ranges,
            extra_roots,
            legacy: self.legacy,
            public_dns,
            read_system_proxies: !self.no_proxy,
            hold: self.hold.map(Duration::from_secs),
            ..Options::default()
        })
    }
}

/// Parses the arguments and runs; returns the process exit status.
pub fn main_with_args(args: Vec<std::ffi::OsString>) -> i32 {
    let _ = crate::gui::PROCESS_START.set(std::time::Instant::now());
    crate::engine::raise_open_files_limit();
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayVersion
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                _ => EXIT_USAGE,
            };
        }
    };
    match cli.command {
        Some(Command::Check(args)) => run_check(&args),
        Some(Command::Gui(args)) => run_window(args),
        Some(Command::Compare(args)) => crate::compare::run(&args),
        Some(Command::Completions { shell }) => {
            print!("{}", completions(shell));
            0
        }
        Some(Command::Manpage) => {
            print!("{}", manpage());
            0
        }
        Some(Command::Schema) => {
            let schema = crate::report::model::schema();
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            0
        }
        None => run_window(CheckArgs::default()),
    }
}

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(
        shell,
        &mut <Cli as clap::CommandFactory>::command(),
        "pushcheck",
        &mut out,
    );
    String::from_utf8_lossy(&out).into_owned()
}

/// The manual page, in roff.
pub fn manpage() -> String {
    let mut out = Vec::new();
    let command = <Cli as clap::CommandFactory>::command();
    let _ = clap_mangen::Man::new(command.clone()).render(&mut out);
    // The subcommands' options are where the work is: give each its own section.
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = sub.get_name();
        let mut section = Vec::new();
        let page = clap_mangen::Man::new(sub.clone());
        let _ = page.render_options_section(&mut section);
        if !section.is_empty() {
            out.extend_from_slice(
                format!(".SH \"PUSHCHECK {}\"\n", name.to_uppercase()).as_bytes(),
            );
            if let Some(about) = sub.get_about() {
                out.extend_from_slice(format!("{about}\n").as_bytes());
            }
            // Drop the repeated OPTIONS heading of the sub-page.
            let text = String::from_utf8_lossy(&section).replacen(".SH OPTIONS\n", "", 1);
            out.extend_from_slice(text.as_bytes());
        }
    }
    out.extend_from_slice(b".SH \"EXIT STATUS\"\n0 all OK, 1 warnings, 2 problems, 3 could not test, 64 usage error.\n");
    String::from_utf8_lossy(&out).into_owned()
}

/// Opens the window; without a display (or when it cannot open) runs the terminal check.
fn run_window(args: CheckArgs) -> i32 {
    if !crate::gui::display_available() {
        eprintln!("No display found, so Push Check runs in the terminal instead of a window.");
        return run_check(&args);
    }
    match crate::gui::run(args.clone()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Push Check cannot open its window ({e}); running in the terminal instead.");
            run_check(&args)
        }
    }
}

/// Runs `pushcheck check`; returns the exit status.
pub fn run_check(args: &CheckArgs) -> i32 {
    match check(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pushcheck: {e:#}");
            if e.downcast_ref::<UsageError>().is_some() {
                EXIT_USAGE
            } else {
                EXIT_UNTESTED
            }
        }
    }
}

fn check(args: &CheckArgs) -> anyhow::Result<i32> {
    for path in &args.output {
        Format::from_path(path).map_err(|e| UsageError(e.to_string()))?;
    }
    let options = args.engine_options()?;
    let catalog = args.load_catalog()?;
    let plan = Plan::new(catalog, options).map_err(|e| UsageError(e.to_string()))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the network runtime")?;
    let progress = (!args.quiet && !args.json && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} Testing the network… {bar:30} {pos}/{len} checks",
            )
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
                        bar.set_message(format!(
                            "Holding idle connections to Apple: {} left (Ctrl-C stops and reports what is known)",
                            clock(left)
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
                            let what = format!(
                                "Holding idle connections to Apple for up to {} (push connections sit idle 10–15 min)…",
                                crate::diagnosis::human_duration(hold.as_secs())
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
                                None if !args.quiet && !args.json => eprintln!("{what}"),
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
    let labels = RunLabels {
        site: args.site.clone(),
        redact: args.redact,
    };
    let (report, _) = Report::build(&summary, plan.catalog(), plan.options(), &labels);

    let mut stdout = std::io::stdout().lock();
    if args.json {
        let _ = stdout.write_all(report::json::render(&report).as_bytes());
    } else if args.quiet {
        let (_, word) = text::status_label(&report.overall);
        let _ = writeln!(stdout, "{word}: {}", report.headline);
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
    }
    let _ = stdout.flush();

    let mut code = report.overall_severity().exit_code();
    for path in &args.output {
        if let Err(e) = report::save_with(&report, path, args.paper()) {
            eprintln!("pushcheck: {e}");
            code = EXIT_UNTESTED;
        } else if !args.quiet && !args.json {
            eprintln!("Report written to {}", path.display());
        }
    }
    Ok(code)
}

/// "14:05" for a countdown.
fn clock(left: Duration) -> String {
    let secs = left.as_secs();
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn paint(status: &str, text: &str, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let code = match status {
        "ok" => "32",
        "info" => "36",
        "warning" => "33",
        "problem" => "31",
        _ => "90",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// The terminal's view: the check table grouped by role, then the answer and what to ask IT.
pub fn terminal_view(report: &Report, color: bool, verbose: bool) -> String {
    let mut out = String::new();
    let table = text::checks_table(report, verbose);
    for line in table.lines() {
        // Colour each row's status symbol.
        let painted = ["✔", "ℹ", "▲", "✖", "?"]
            .iter()
            .zip(["ok", "info", "warning", "problem", "untested"])
            .find(|(sym, _)| line.trim_start().starts_with(*sym))
            .map(|(sym, status)| line.replacen(sym, &paint(status, sym, color), 1))
            .unwrap_or_else(|| line.to_string());
        out.push_str(&painted);
        out.push('\n');
    }
    out.push('\n');
    let (icon, word) = text::status_label(&report.overall);
    let head = format!("{icon} {word}: {}", report.headline);
    out.push_str(&paint(&report.overall, &head, color));
    out.push('\n');
    for (i, f) in report.findings.iter().enumerate() {
        if i > 0 {
            let (icon, word) = text::status_label(&f.severity);
            out.push_str(&paint(
                &f.severity,
                &format!("{icon} {word}: {}", f.title),
                color,
            ));
            out.push('\n');
        }
        out.push_str(&text::wrap(&f.explanation, "    ", text::WIDTH));
        if !f.fix.is_empty() {
            out.push_str(&text::wrap(
                &format!("Ask IT: {}", f.fix),
                "    ",
                text::WIDTH,
            ));
        }
        out.push('\n');
    }
    let took = if report.duration_ms < 1000 {
        format!("{} ms", report.duration_ms)
    } else {
        format!("{:.1} s", report.duration_ms as f64 / 1000.0)
    };
    out.push_str(&format!(
        "Took {took}. Every check: pushcheck check --verbose; the full report: --output report.txt or --json\n"
    ));
    out
}
