//! Push Check's entry point: picks the window or the terminal, nothing else. The only place
//! that knows both faces.

use pushcheck::cli::{self, Command};
use pushcheck::config::Given;
use pushcheck::gui;
use pushcheck::i18n::Arg;

fn main() {
    std::process::exit(run(std::env::args_os().collect()));
}

fn run(args: Vec<std::ffi::OsString>) -> i32 {
    // The PAC sandbox: this same program, started by a run to evaluate one PAC file.
    if args
        .get(1)
        .is_some_and(|a| a == pushcheck::proxy::pac_process::CHILD_COMMAND)
    {
        return pushcheck::proxy::pac_process::child_main();
    }
    let _ = gui::PROCESS_START.set(std::time::Instant::now());
    pushcheck::engine::raise_open_files_limit();
    let parsed = match cli::parse(args) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    match parsed.cli.command {
        None => window(
            cli::CheckArgs {
                lang: parsed.cli.lang,
                ..cli::CheckArgs::default()
            },
            parsed.given,
        ),
        Some(Command::Gui(args)) => {
            let refused = args.terminal_only();
            if !refused.is_empty() {
                let lang = args.config().people_lang();
                eprintln!(
                    "pushcheck gui: {}",
                    lang.tr(
                        "window-refused",
                        &[
                            ("flags", Arg::from(refused.join(", "))),
                            ("count", Arg::from(refused.len())),
                            ("command", Arg::from(refused.join(" "))),
                        ]
                    )
                );
                return cli::EXIT_USAGE;
            }
            window(args, parsed.given)
        }
        Some(command) => cli::run(command),
    }
}

/// Opens the window; without a display (or when it cannot open) runs the terminal check.
fn window(args: cli::CheckArgs, given: Given) -> i32 {
    let lang = args.config().people_lang();
    if !gui::display_available() {
        eprintln!("{}", lang.t("window-no-display"));
        return cli::run_check(&args);
    }
    match gui::run(args.config(), given) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!(
                "{}",
                lang.tr("window-cannot-open", &[("error", Arg::from(e.to_string()))])
            );
            cli::run_check(&args)
        }
    }
}
