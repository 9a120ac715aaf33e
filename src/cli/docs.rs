//! The manual page and shell completions, generated from the arguments.

use clap_complete::Shell;

use super::Cli;

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> String {
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
