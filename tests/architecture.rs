//! The layering the README's Architecture section states, checked on the source: which layer
//! may name which. A `use` that crosses a line the wrong way fails here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir)];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

/// Fails when a file of `layer` names any of `forbidden` (as `crate::x` or `pushcheck::x`).
fn never_names(layer: &str, forbidden: &[&str]) {
    for (path, text) in sources(layer) {
        for module in forbidden {
            for spelled in [format!("crate::{module}"), format!("pushcheck::{module}")] {
                assert!(
                    !text.contains(&spelled),
                    "{} names {spelled}: {layer} must not depend on {module}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_engine_knows_nothing_of_diagnosis_reports_or_faces() {
    never_names("engine", &["diagnosis", "report", "cli", "gui", "config"]);
}

#[test]
fn the_diagnosis_knows_nothing_of_reports_or_faces() {
    never_names("diagnosis", &["report", "cli", "gui", "config"]);
}

#[test]
fn reports_know_nothing_of_the_faces() {
    never_names("report", &["cli", "gui"]);
}

#[test]
fn the_two_faces_never_import_each_other() {
    never_names("gui", &["cli"]);
    never_names("cli", &["gui"]);
}

#[test]
fn the_check_itself_fails_on_a_crossing() {
    // The scanner finds what it looks for (so the tests above can fail).
    let found = sources("cli")
        .iter()
        .any(|(_, text)| text.contains("crate::config"));
    assert!(
        found,
        "cli/ fills the run configuration and names crate::config"
    );
}
