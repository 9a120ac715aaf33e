//! The terminal's view, as an admin sees it: the compact table (problems and warnings only),
//! `--verbose` (every check), `--quiet` (one line), colour with `--color`, and `NO_COLOR`
//! honoured when the output is a terminal (a real pseudo-terminal, made by `script`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on a broken bed

#[path = "harness/mod.rs"]
mod harness;
mod testbed;

use std::process::Command;

use testbed::{Bed, COURIER_ADDRS, Serve, Setup};

fn plain(bed: &Bed, extra: &[&str]) -> Command {
    bed.plain(extra)
}

fn stdout(mut cmd: Command) -> (String, i32) {
    let out = cmd.output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn fallback_bed() -> Bed {
    let bed = Bed::new();
    let mut setup = Setup::healthy();
    setup.courier_primary = vec![Serve::Closed; COURIER_ADDRS as usize];
    bed.start(&setup, 0);
    bed
}

fn the_compact_table_shows_problems_and_the_verbose_one_every_check() {
    let bed = fallback_bed();
    let (compact, code) = stdout(plain(&bed, &["--color", "never"]));
    assert_eq!(code, 1, "{compact}");
    // Eight refused rows folded into one line, with the group's counts worst first.
    assert!(compact.contains("8 hosts, port 25223"), "{compact}");
    assert!(compact.contains("refused"), "{compact}");
    // The rows say what the headline says: a warning, not eight problems.
    assert!(
        compact.contains("Devices (iPad, iPhone, Mac): ⚠ 8 warnings"),
        "{compact}"
    );
    assert!(!compact.contains('✖'), "{compact}");
    assert!(
        !compact.lines().any(|l| l.starts_with("  ✔")),
        "fine rows are not listed:\n{compact}"
    );
    assert!(
        compact.contains("⚠ WARNING: Port 25223 is blocked"),
        "{compact}"
    );
    assert!(
        compact.contains("Ask IT: Allow outbound TCP 25223"),
        "{compact}"
    );
    assert!(!compact.contains('\x1b'), "no colour when asked for none");
    let (verbose, _) = stdout(plain(&bed, &["--color", "never", "--verbose"]));
    assert!(verbose.lines().count() > compact.lines().count() + 10);
    assert!(
        verbose.lines().any(|l| l.starts_with("  ✔ Push")),
        "{verbose}"
    );
    assert!(verbose.contains("20443"), "{verbose}");
}

fn quiet_prints_only_the_answer() {
    let bed = fallback_bed();
    let (quiet, code) = stdout(plain(&bed, &["--quiet"]));
    assert_eq!(code, 1);
    assert_eq!(quiet.lines().count(), 1, "{quiet}");
    assert!(
        quiet.starts_with("WARNING: Port 25223 is blocked"),
        "{quiet}"
    );
}

fn colour_when_asked_and_never_with_no_color() {
    let bed = fallback_bed();
    let (always, _) = stdout(plain(&bed, &["--color", "always"]));
    assert!(always.contains("\x1b[33m"), "warnings in yellow:\n{always}");
    assert!(
        always.contains("\x1b[33m⚠\x1b[0m"),
        "row icons coloured:\n{always}"
    );
}

fn in_a_real_terminal_auto_colours_unless_no_color() {
    // A pseudo-terminal made by `script` (util-linux).
    let bed = fallback_bed();
    let in_terminal = |no_color: bool| {
        let cmd = plain(&bed, &[]);
        let line: Vec<String> = std::iter::once(cmd.get_program())
            .chain(cmd.get_args())
            .map(|a| format!("'{}'", a.to_string_lossy()))
            .collect();
        let mut script = Command::new("script");
        script.args(["-qec", &line.join(" "), "/dev/null"]);
        for (k, v) in cmd.get_envs() {
            match v {
                Some(v) => script.env(k, v),
                None => script.env_remove(k),
            };
        }
        if no_color {
            script.env("NO_COLOR", "1");
        } else {
            script.env_remove("NO_COLOR");
        }
        stdout(script).0
    };
    let coloured = in_terminal(false);
    assert!(coloured.contains("\x1b[33m"), "{coloured}");
    let plain_text = in_terminal(true);
    assert!(plain_text.contains("WARNING"), "{plain_text}");
    assert!(
        !plain_text.contains("\x1b[3"),
        "NO_COLOR was ignored:\n{plain_text}"
    );
}

const SCRIPT: harness::Need = || harness::program("script", "util-linux");

fn main() {
    harness::run(
        &["PUSHCHECK_LAB_REQUIRED"],
        vec![
            case!(the_compact_table_shows_problems_and_the_verbose_one_every_check),
            case!(quiet_prints_only_the_answer),
            case!(colour_when_asked_and_never_with_no_color),
            case!(in_a_real_terminal_auto_colours_unless_no_color, SCRIPT),
        ],
    );
}
