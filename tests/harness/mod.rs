//! The runner of the suites whose tests need parts from outside Rust (a tool, root, network
//! namespaces, the built Windows program): a test whose part is missing here is counted as
//! *ignored* in the closing line ("18 passed; 0 ignored" hid 40 tests that never ran), never
//! as passed, with one line on standard error saying what is missing. Where the suite's
//! `PUSHCHECK_*_REQUIRED` variable is 1 (CI, which installs every part), such a test runs
//! anyway and fails on the missing part.
//!
//! libtest-mimic takes the standard runner's arguments (filters, `--exact`, `--list`,
//! `--ignored`, `--test-threads`), catches panics as failures, and does not capture output.
#![allow(dead_code)]

/// Something a test needs from outside: `Err` says what is missing and how to get it.
pub type Need = fn() -> Result<(), String>;

/// One test: its name, what it needs, and its body.
pub struct Case {
    /// The name the runner shows and filters on.
    pub name: &'static str,
    /// What it needs from outside Rust.
    pub needs: &'static [Need],
    /// The body; it may panic.
    pub run: fn(),
}

/// `case!(function, need, need…)`: a [`Case`] named after its function.
#[macro_export]
macro_rules! case {
    ($run:ident $(, $need:expr)* $(,)?) => {
        $crate::harness::Case {
            name: stringify!($run),
            needs: &[$($need),*],
            run: $run,
        }
    };
}

/// Runs `cases` and exits with the runner's status. `required` names the environment
/// variables that, set to 1, make missing parts fail instead of skip.
pub fn run(required: &[&str], cases: Vec<Case>) -> ! {
    let args = libtest_mimic::Arguments::from_args();
    let strict = required
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|v| v == "1"));
    let trials = cases
        .into_iter()
        .map(|case| {
            let missing: Vec<String> = case.needs.iter().filter_map(|need| need().err()).collect();
            let skip = !strict && !missing.is_empty();
            if skip && !args.list {
                eprintln!("skipped {}: {}", case.name, missing.join("; "));
            }
            let body = case.run;
            libtest_mimic::Trial::test(case.name, move || {
                body();
                Ok(())
            })
            .with_ignored_flag(skip)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit()
}

/// A program on PATH (root's PATH has /usr/sbin, where Debian puts daemons; `.ci/run` adds
/// it too). Only PATH, so a PATH without the parts shows what a bare machine runs.
pub fn find(program: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// `Ok` when `program` is installed, else what to install (`package`).
pub fn program(program: &str, package: &str) -> Result<(), String> {
    find(program)
        .map(|_| ())
        .ok_or_else(|| format!("{program} is not installed (.ci/run installs {package})"))
}

/// `Ok` when this runs as root (Linux), which namespaces and file ownership need.
pub fn root() -> Result<(), String> {
    let uid = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match uid {
        Ok(uid) if uid == "0" => Ok(()),
        _ => Err("needs root (CI runs the tests as root)".to_string()),
    }
}

/// `Ok` when python3 can import `module` (pip package `package`).
pub fn python_module(module: &str, package: &str) -> Result<(), String> {
    let ok = std::process::Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "the Python module {module} is not installed (pip install {package}; .ci/run does)"
        ))
    }
}
