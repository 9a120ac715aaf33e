//! Push Check's entry point: picks the window or the terminal, nothing else. The only place
//! that knows both faces.

use pushcheck::cli::{self, Command};
use pushcheck::config::Given;
use pushcheck::gui;

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
                eprintln!(
                    "pushcheck gui: {} {} nothing to the window; the window saves reports with Save report…. For the terminal use: pushcheck check {}",
                    refused.join(", "),
                    if refused.len() == 1 { "means" } else { "mean" },
                    refused.join(" ")
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
    if !gui::display_available() {
        eprintln!("No display found, so Push Check runs in the terminal instead of a window.");
        return cli::run_check(&args);
    }
    match gui::run(args.config(), given) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Push Check cannot open its window ({e}); running in the terminal instead.");
            cli::run_check(&args)
        }
    }
}
