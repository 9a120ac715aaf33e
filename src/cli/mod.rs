//! The command line: its arguments (turned into the run configuration), the check runner,
//! the terminal's view, `compare`, and the manual page and completions.

mod check;
mod compare;
mod docs;
mod history;
mod view;

pub use check::run_check;
pub use compare::run_compare;
pub use docs::{completions, manpage};
pub use view::terminal_view;

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{Given, RunConfig};
use crate::engine::{MdmSource, RoleFilter};
use crate::i18n::Lang;
use crate::report::pdf::Paper;

/// Exit status for a usage error (BSD sysexits `EX_USAGE`).
pub const EXIT_USAGE: i32 = 64;
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
    /// The language of the window, the terminal and the reports: en, de, fr, es, nl, it or
    /// pt-BR (pt-PT reads pt-BR, es-MX es, …). Default: the system's language for people,
    /// English for JSON. --help, the manual page and completions stay English.
    #[arg(long, global = true, value_name = "CODE", env = "PUSHCHECK_LANG")]
    pub lang: Option<Lang>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Test this network in the terminal and print the answer.
    #[command(
        after_help = "Examples:\n  pushcheck check                               devices and the MDM server, from here\n  pushcheck check --role server --json          on the MDM server, for a script\n  pushcheck check --site Library --output library.pdf\n  pushcheck check --hold 900                    also keep a quiet connection for 15 min\n\nExit status: 0 all OK, 1 warnings, 2 problems, 3 could not test, 64 usage error."
    )]
    Check(CheckArgs),
    /// Open the window, with the same options as `check` (for a test bed, say). Options given
    /// here win over the window's saved ones for this launch; terminal-only options are refused.
    #[command(
        after_help = "Examples:\n  pushcheck gui                                 the window, as a teacher opens it\n  pushcheck gui --site \"Room 12\" --timeout 20   with a site label and a longer time limit"
    )]
    Gui(CheckArgs),
    /// What changed between two JSON reports: fixed, newly broken, unchanged.
    #[command(
        after_help = "Examples:\n  pushcheck compare before.json after.json\n  pushcheck compare before.json after.json --output changes.pdf\n\nExit status: the later report's (0 OK, 1 warnings, 2 problems, 3 could not test)."
    )]
    Compare(CompareArgs),
    /// The runs kept by the window (and by `check --keep`): time, site, light, answer.
    #[command(
        after_help = "Examples:\n  pushcheck history                             newest first\n  pushcheck compare OLD.json NEW.json           two of them, with the paths listed\n  pushcheck history --delete FILE               one run\n  pushcheck history --clear                     all of them\n\nThe folder: PUSHCHECK_HISTORY_DIR, else the app's data folder."
    )]
    History(HistoryArgs),
    /// Print the JSON Schema of the report (pushcheck.report/1).
    #[command(after_help = "Example:\n  pushcheck schema > pushcheck.report.schema.json")]
    Schema,
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  pushcheck completions bash > /etc/bash_completion.d/pushcheck\n  pushcheck completions zsh > ~/.zfunc/_pushcheck"
    )]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  pushcheck manpage | man -l -")]
    Manpage,
}

/// Options of `pushcheck history`.
#[derive(Debug, Clone, Args)]
pub struct HistoryArgs {
    /// Delete this kept run (a path as listed). Repeatable.
    #[arg(long, value_name = "FILE", conflicts_with = "clear")]
    pub delete: Vec<PathBuf>,
    /// Delete every kept run.
    #[arg(long)]
    pub clear: bool,
    /// The language asked for (the global `--lang`).
    #[arg(skip)]
    pub lang: Option<Lang>,
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
    pub paper: Option<Paper>,
    /// The language asked for (the global `--lang`).
    #[arg(skip)]
    pub lang: Option<Lang>,
}

/// The run's role filter, as a flag value.
impl ValueEnum for RoleFilter {
    fn value_variants<'a>() -> &'a [Self] {
        &[RoleFilter::Device, RoleFilter::Server, RoleFilter::Both]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            RoleFilter::Device => "iPads, iPhones and Macs",
            RoleFilter::Server => "The MDM server",
            RoleFilter::Both => "Both",
        };
        Some(PossibleValue::new(self.as_str()).help(help))
    }
}

/// The PDF's paper, as a flag value.
impl ValueEnum for Paper {
    fn value_variants<'a>() -> &'a [Self] {
        &[Paper::A4, Paper::Letter]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Paper::A4 => PossibleValue::new("a4").help("210 × 297 mm"),
            Paper::Letter => PossibleValue::new("letter").help("8.5 × 11 in"),
        })
    }
}

/// A format for monitoring systems, printed instead of the answer.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FormatArg {
    /// Monitoring-plugin output: status line, performance data, what to ask IT.
    Nagios,
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
    #[arg(long, value_enum, default_value = "both", env = "PUSHCHECK_ROLE")]
    pub role: RoleFilter,
    /// Print the JSON report (pushcheck.report/1) on standard output.
    #[arg(long)]
    pub json: bool,
    /// Print for a monitoring system instead: `nagios` is plugin output (one status line with
    /// performance data, then what to ask IT), for Nagios, Icinga, Naemon, Checkmk and Zabbix.
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with_all = ["json", "quiet", "verbose"])]
    pub format: Option<FormatArg>,
    /// Also write the report to FILE; the format follows the extension (.json, .pdf, .txt, or
    /// .prom for Prometheus' textfile collectors). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub output: Vec<PathBuf>,
    /// Deadline of the whole run, in seconds.
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = 10.0,
        env = "PUSHCHECK_TIMEOUT"
    )]
    pub timeout: f64,
    /// Use this endpoint catalog instead of the built-in one.
    #[arg(long, value_name = "FILE", env = "PUSHCHECK_CATALOG")]
    pub catalog: Option<PathBuf>,
    /// Answer HOST with ADDR without DNS (HOST may be *.example.com; IPv6 as [::1]). Repeatable.
    #[arg(long, value_name = "HOST:ADDR")]
    pub resolve: Vec<String>,
    /// Replace the catalog's Apple address ranges. Repeatable.
    #[arg(long, value_name = "CIDR")]
    pub apple_range: Vec<String>,
    /// The school's own CA (PEM): trusted for its PAC server and proxies, never for Apple's
    /// hosts (an Apple host whose chain only this CA accepts is decrypted on the way). Repeatable.
    #[arg(long, value_name = "PEM", env = "PUSHCHECK_CA_FILE")]
    pub ca_file: Vec<PathBuf>,
    /// Anchors (PEM) that stand in for Apple's roots, for a test bed or lab. Repeatable.
    #[arg(long, value_name = "PEM")]
    pub apple_root: Vec<PathBuf>,
    /// A label for the report: the site, building or room.
    #[arg(long, value_name = "TEXT", default_value = "", env = "PUSHCHECK_SITE")]
    pub site: String,
    /// The MDM server still uses the retired ports 2195/2196: treat them as required.
    #[arg(long, env = "PUSHCHECK_LEGACY")]
    pub legacy: bool,
    /// Do not read the system's proxy settings; test direct connections only.
    #[arg(long, env = "PUSHCHECK_NO_PROXY")]
    pub no_proxy: bool,
    /// Second-opinion DNS server (ADDR or ADDR:PORT), or "none". Repeatable.
    #[arg(long, value_name = "ADDR")]
    pub public_dns: Vec<String>,
    /// Also test whether the network keeps a quiet connection open: hold idle HTTP/2
    /// connections to Apple for up to SECS seconds, then ping them. Push connections idle
    /// for 10–15 minutes, so 900 or more is a real test (1–7200).
    #[arg(long, value_name = "SECS", env = "PUSHCHECK_HOLD")]
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
    pub paper: Option<Paper>,
    /// Leave this computer's name, addresses, gateway and DNS servers out of reports.
    #[arg(long, env = "PUSHCHECK_REDACT")]
    pub redact: bool,
    /// The school's own MDM server (https://host/path, or just its host name): is it
    /// reachable from here, do Apple devices accept its certificate, is it ready for Apple's
    /// stricter TLS rules of the next major releases, and does the larger handshake of iOS 26
    /// get through to it. Repeatable (also the app or profile server the MDM names); the
    /// variable takes a comma-separated list. Without it, a Mac enrolled in an MDM finds its
    /// server in its enrollment profile.
    #[arg(
        long,
        value_name = "URL",
        env = "PUSHCHECK_MDM_SERVER",
        value_delimiter = ','
    )]
    pub mdm_server: Vec<String>,
    /// Where `mdm_server` came from (set while parsing).
    #[arg(skip = MdmSource::CommandLine)]
    pub mdm_source: MdmSource,
    /// Keep this run in the history the window shows (`pushcheck history` lists it). The
    /// window keeps every run; the terminal only with this, so a timer does not push out a
    /// technician's runs.
    #[arg(long)]
    pub keep: bool,
    /// The language asked for (the global `--lang`).
    #[arg(skip)]
    pub lang: Option<Lang>,
}

impl CheckArgs {
    /// The run configuration these flags describe.
    pub fn config(&self) -> RunConfig {
        RunConfig {
            role: self.role,
            timeout_secs: self.timeout,
            catalog: self.catalog.clone(),
            resolve: self.resolve.clone(),
            apple_ranges: self.apple_range.clone(),
            ca_files: self.ca_file.clone(),
            apple_roots: self.apple_root.clone(),
            site: self.site.clone(),
            legacy: self.legacy,
            read_proxies: !self.no_proxy,
            public_dns: self.public_dns.clone(),
            hold_secs: self.hold,
            redact: self.redact,
            paper: self.paper,
            lang: self.lang,
            mdm_servers: self
                .mdm_server
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| (s.trim().to_string(), self.mdm_source))
                .collect(),
            find_mdm_server: true,
        }
    }
}

impl Default for CheckArgs {
    fn default() -> Self {
        CheckArgs {
            role: RoleFilter::Both,
            json: false,
            keep: false,
            format: None,
            output: Vec::new(),
            timeout: 10.0,
            catalog: None,
            resolve: Vec::new(),
            apple_range: Vec::new(),
            ca_file: Vec::new(),
            apple_root: Vec::new(),
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
            lang: None,
            mdm_server: Vec::new(),
            mdm_source: MdmSource::CommandLine,
        }
    }
}

/// Exit status when the test could not run.
pub const EXIT_UNTESTED: i32 = 3;

/// The parsed command line, and which run settings it gave explicitly.
#[derive(Debug)]
pub struct Parsed {
    /// The command and its arguments.
    pub cli: Cli,
    /// The settings the command line fixed (for the window: they win over saved ones).
    pub given: Given,
}

/// Parses the arguments; on `--help`, `--version` or a usage error prints and returns the
/// exit status instead.
///
/// With `--format nagios` a usage error is `UNKNOWN` (exit 3) on standard output, as
/// monitoring systems expect of a plugin; 64 would show there as "out of bounds".
pub fn parse(args: Vec<std::ffi::OsString>) -> Result<Parsed, i32> {
    let nagios = wants_nagios(&args);
    try_parse(args).map_err(|e| {
        let status = usage_status(&e);
        if nagios && status == EXIT_USAGE {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("usage error");
            print!(
                "{}",
                crate::report::nagios::unknown(&format!(
                    "{} (see pushcheck check --help)",
                    first.trim_start_matches("error: ")
                ))
            );
            return EXIT_UNTESTED;
        }
        let _ = e.print();
        status
    })
}

/// The arguments ask for `--format nagios` (read before parsing, so that even a usage error
/// is reported the plugin way).
pub fn wants_nagios(args: &[std::ffi::OsString]) -> bool {
    args.iter().enumerate().any(|(i, a)| {
        a == "--format=nagios"
            || (a == "--format" && args.get(i + 1).is_some_and(|next| next == "nagios"))
    })
}

/// The exit status of a parse that ended early: 0 for `--help` and `--version`, else
/// [`EXIT_USAGE`].
pub fn usage_status(e: &clap::Error) -> i32 {
    match e.kind() {
        clap::error::ErrorKind::DisplayHelp
        | clap::error::ErrorKind::DisplayVersion
        | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
        _ => EXIT_USAGE,
    }
}

/// Parses the arguments; `--help`, `--version` and usage errors come back as clap's error,
/// for a program with no terminal to show them in a dialog.
pub fn try_parse(args: Vec<std::ffi::OsString>) -> Result<Parsed, clap::Error> {
    use clap::parser::ValueSource;
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().try_get_matches_from(args)?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    let lang = cli.lang;
    let mdm_source = match matches.subcommand() {
        Some(("gui" | "check", sub))
            if sub.value_source("mdm_server") == Some(ValueSource::EnvVariable) =>
        {
            MdmSource::Environment
        }
        _ => MdmSource::CommandLine,
    };
    match &mut cli.command {
        Some(Command::Check(a) | Command::Gui(a)) => {
            a.lang = lang;
            a.mdm_source = mdm_source;
        }
        Some(Command::Compare(a)) => a.lang = lang,
        Some(Command::History(a)) => a.lang = lang,
        _ => {}
    }
    let lang_given = matches.value_source("lang") == Some(ValueSource::CommandLine);
    let given = match matches.subcommand() {
        Some(("gui" | "check", sub)) => {
            let on = |id: &str| sub.value_source(id) == Some(ValueSource::CommandLine);
            Given {
                role: on("role"),
                timeout: on("timeout"),
                hold: on("hold"),
                site: on("site"),
                legacy: on("legacy"),
                redact: on("redact"),
                lang: lang_given,
                mdm_server: on("mdm_server")
                    || sub.value_source("mdm_server") == Some(ValueSource::EnvVariable),
            }
        }
        _ => Given {
            lang: lang_given,
            ..Given::default()
        },
    };
    Ok(Parsed { cli, given })
}

impl CheckArgs {
    /// The options that mean something only in a terminal, by flag, when given.
    pub fn terminal_only(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.json {
            out.push("--json");
        }
        if self.format.is_some() {
            out.push("--format");
        }
        if self.keep {
            out.push("--keep");
        }
        if !self.output.is_empty() {
            out.push("--output");
        }
        if self.quiet {
            out.push("--quiet");
        }
        if self.verbose {
            out.push("--verbose");
        }
        if self.color != ColorArg::Auto {
            out.push("--color");
        }
        out
    }
}

/// Runs a terminal command (everything but the window); returns the exit status.
pub fn run(command: Command) -> i32 {
    match command {
        Command::Check(args) | Command::Gui(args) => run_check(&args),
        Command::Compare(args) => run_compare(&args),
        Command::History(args) => history::run_history(&args),
        Command::Completions { shell } => {
            print!("{}", completions(shell));
            0
        }
        Command::Manpage => {
            print!("{}", manpage());
            0
        }
        Command::Schema => {
            let schema = crate::report::model::schema();
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn without_flags_a_check_has_ten_seconds_and_three_public_resolvers() {
        let cli = Cli::try_parse_from(["pushcheck", "check"]).unwrap();
        let Some(Command::Check(args)) = cli.command else {
            panic!("not a check");
        };
        let options = args.config().options().unwrap();
        assert_eq!(options.timeout, std::time::Duration::from_secs(10));
        let servers: Vec<String> = options.public_dns.iter().map(|s| s.0.to_string()).collect();
        assert_eq!(servers, ["1.1.1.1:53", "8.8.8.8:53", "9.9.9.9:53"]);
    }
}
