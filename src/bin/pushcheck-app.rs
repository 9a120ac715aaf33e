//! The window alone, as a Windows GUI-subsystem program: what the Start menu, the desktop and a
//! double-click open, with no black console window behind it. `pushcheck.exe` stays the console
//! program for the terminal check, every subcommand, scheduled tasks and monitoring scripts
//! (PowerShell does not wait for a GUI-subsystem program nor show its output), as `python.exe`
//! and `pythonw.exe` do. It takes the arguments of `pushcheck gui`; what it cannot do it says in
//! a dialog, since it has no terminal to print to.
//!
//! Elsewhere the window is `pushcheck` itself (a macOS bundle and a Linux desktop entry have no
//! console to hide), so on other systems this program only points there.
#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(windows)]
fn main() {
    std::process::exit(app::run(std::env::args_os().collect()));
}

#[cfg(windows)]
mod app {
    use std::ffi::OsString;

    use pushcheck::cli::{self, Command};
    use pushcheck::gui;
    use pushcheck::i18n::Arg;
    use pushcheck::proxy::pac_process;

    /// Runs the window with `pushcheck gui`'s arguments; the exit status.
    pub fn run(args: Vec<OsString>) -> i32 {
        // The PAC sandbox: a run of the window starts this same program to evaluate one PAC file.
        if args.get(1).is_some_and(|a| a == pac_process::CHILD_COMMAND) {
            return pac_process::child_main();
        }
        let _ = gui::PROCESS_START.set(std::time::Instant::now());
        pushcheck::engine::raise_open_files_limit();
        let mut gui_args = vec![
            args.first()
                .cloned()
                .unwrap_or_else(|| OsString::from("pushcheck-app")),
            OsString::from("gui"),
        ];
        gui_args.extend(args.into_iter().skip(1));
        let parsed = match cli::try_parse(gui_args) {
            Ok(parsed) => parsed,
            Err(e) => {
                tell(&e.render().to_string());
                return cli::usage_status(&e);
            }
        };
        let Some(Command::Gui(args)) = parsed.cli.command else {
            return cli::EXIT_USAGE;
        };
        let lang = args.config().people_lang();
        let refused = args.terminal_only();
        if !refused.is_empty() {
            tell(&lang.tr(
                "window-refused-windows",
                &[
                    ("flags", Arg::from(refused.join(", "))),
                    ("count", Arg::from(refused.len())),
                    ("command", Arg::from(refused.join(" "))),
                ],
            ));
            return cli::EXIT_USAGE;
        }
        match gui::run(args.config(), parsed.given) {
            Ok(()) => 0,
            Err(e) => {
                tell(&lang.tr(
                    "window-cannot-open-windows",
                    &[("error", Arg::from(e.to_string()))],
                ));
                1
            }
        }
    }

    /// Shows `text` in a dialog: this program has no terminal.
    fn tell(text: &str) {
        let _ = rfd::MessageDialog::new()
            .set_title("Push Check")
            .set_description(text)
            .set_level(rfd::MessageLevel::Warning)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
}

#[cfg(not(windows))]
fn main() {
    eprintln!(
        "pushcheck-app is the Windows program that opens the window without a console; here, run pushcheck."
    );
    std::process::exit(64);
}
