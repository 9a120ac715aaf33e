//! The message files: every language has every English message and no other, each with the
//! same placeables (so no fact is dropped and none invented), no Fluent syntax error, every
//! message the code names exists, and every character of every language draws in the
//! window's fonts and the PDF's.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use pushcheck::i18n::{FILES, Lang};

/// The variables a pattern uses, also inside selectors and their variants.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Message id → the variables it uses, for one file; a syntax error fails.
fn messages(source: &str, what: &str) -> BTreeMap<String, BTreeSet<String>> {
    declared_messages(source, what)
        .into_iter()
        .map(|(id, (used, _))| (id, used))
        .collect()
}

/// Message id → the variables it uses, and those its comment declares (`# $name: …`): the
/// arguments the code passes, which a language may use though English does not (a selector
/// on `$subject` or `$count` for agreement).
fn declared_messages(
    source: &str,
    what: &str,
) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{what}: Fluent syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                let value = m
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{what}: {} has no value", m.id.name));
                variables(value, &mut vars);
                let declared: BTreeSet<String> = m
                    .comment
                    .iter()
                    .flat_map(|c| c.content.iter())
                    .flat_map(|line| line.split('$').skip(1))
                    .map(|rest| {
                        rest.chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                            .collect::<String>()
                    })
                    .filter(|name| !name.is_empty())
                    .collect();
                assert!(
                    out.insert(m.id.name.to_string(), (vars, declared))
                        .is_none(),
                    "{what}: {} twice",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{what}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

fn folder(lang: Lang) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(lang.folder())
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    for file in FILES {
        let english = declared_messages(
            &std::fs::read_to_string(folder(Lang::En).join(file)).unwrap(),
            &format!("en/{file}"),
        );
        assert!(english.len() > 10, "en/{file} is nearly empty");
        for lang in Lang::CHOICES.into_iter().filter(|l| *l != Lang::En) {
            let what = format!("{}/{file}", lang.folder());
            let source = std::fs::read_to_string(folder(lang).join(file))
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            let translated = messages(&source, &what);
            let missing: Vec<&String> = english
                .keys()
                .filter(|k| !translated.contains_key(*k))
                .collect();
            let extra: Vec<&String> = translated
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            assert!(missing.is_empty(), "{what} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{what} has messages English lacks: {extra:?}"
            );
            for (id, (used, declared)) in &english {
                let theirs = &translated[id];
                let dropped: Vec<&String> = used.difference(theirs).collect();
                let invented: Vec<&String> = theirs
                    .iter()
                    .filter(|v| !used.contains(*v) && !declared.contains(*v))
                    .collect();
                assert!(
                    dropped.is_empty() && invented.is_empty(),
                    "{what}: {id} drops {dropped:?} or uses {invented:?}, which the code does not pass (English uses {used:?}, its comment declares {declared:?})"
                );
            }
        }
    }
}

#[test]
fn the_built_in_files_are_the_files_on_disk() {
    for lang in Lang::CHOICES {
        for (file, built_in) in pushcheck::i18n::files(lang) {
            let on_disk = std::fs::read_to_string(folder(lang).join(file)).unwrap();
            assert_eq!(built_in, on_disk, "{}/{file}", lang.folder());
        }
    }
}

#[test]
fn the_check_of_placeables_can_fail() {
    // A translation that drops a placeable or invents one is caught by the comparison.
    let english = messages("a = Port { $port } was { $what }.\n", "en");
    let dropped = messages("a = Port war zu.\n", "xx");
    let invented = messages("a = { $port } { $what } { $host }\n", "xx");
    assert_ne!(english["a"], dropped["a"]);
    assert_ne!(english["a"], invented["a"]);
    let selected = messages(
        "a = { $count ->\n    [one] { $port }\n   *[other] { $what }\n }\n",
        "xx",
    );
    assert_eq!(
        selected["a"],
        ["count", "port", "what"].map(String::from).into()
    );
    // An argument the English comment declares may be used for agreement; nothing else.
    let declared = declared_messages("# $subject: what it describes.\na = refused\n", "en");
    assert_eq!(declared["a"].1, ["subject"].map(String::from).into());
    let undeclared = declared_messages("# A comment.\na = refused\n", "en");
    assert!(undeclared["a"].1.is_empty());
}

/// Every string literal of the sources that looks like a message id.
fn ids_in_sources() -> BTreeSet<String> {
    const PREFIXES: [&str; 47] = [
        "finding-",
        "cert-",
        "mdm-",
        "large-hello-",
        "month-",
        "store-",
        "hold-",
        "idle-",
        "clock-",
        "proxy-",
        "outcome-",
        "status-",
        "count-",
        "endpoint-",
        "check-",
        "catalog-",
        "date-",
        "report-",
        "summary-",
        "heading-",
        "source-",
        "ask-",
        "group-",
        "rows-",
        "network-",
        "chains-",
        "terminal-",
        "history-",
        "compare-",
        "pdf-",
        "setting-",
        "about-",
        "window-",
        "running-",
        "start-",
        "options-",
        "save-",
        "result-",
        "details-",
        "row-",
        "copied-",
        "list-",
        "duration-",
        "ranges-",
        "headline-",
        "problem-",
        "captive-",
    ];
    let mut out = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let plain = !literal.is_empty()
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if plain && PREFIXES.iter().any(|p| literal.starts_with(p)) {
                    out.insert(literal.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_used() {
    let mut english = BTreeSet::new();
    for file in FILES {
        let text = std::fs::read_to_string(folder(Lang::En).join(file)).unwrap();
        english.extend(messages(&text, file).into_keys());
    }
    let named = ids_in_sources();
    // Ids in the sources that are not messages, listed: the few literals with a message
    // prefix that are something else.
    let not_messages: BTreeSet<&str> = [
        "window-language",
        "report-language",
        "group-proxy",
        "list-recursively",
        "mdm-server",
    ]
    .into();
    let unknown: Vec<&String> = named
        .iter()
        .filter(|id| !english.contains(*id) && !not_messages.contains(id.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "the code names messages English lacks: {unknown:?}"
    );
    let unused: Vec<&String> = english.iter().filter(|id| !named.contains(*id)).collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

/// The characters of every message of a language, as the program renders them (the
/// pseudo-language through its transform).
fn all_text(lang: Lang) -> String {
    let mut out = String::new();
    for file in FILES {
        let source = std::fs::read_to_string(folder(lang).join(file)).unwrap();
        for id in messages(&source, file).keys() {
            out.push_str(&lang.t(id));
            out.push('\n');
        }
        // Variant texts a default rendering does not show (plural forms).
        for line in source.lines().filter(|l| !l.trim_start().starts_with('#')) {
            if lang != Lang::Pseudo {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[test]
fn every_language_draws_in_the_window_fonts_and_the_pdf_font() {
    let mut fonts = egui::epaint::text::Fonts::new(
        egui::epaint::text::TextOptions::default(),
        egui::FontDefinitions::default(),
    );
    let font = egui::FontId::proportional(15.0);
    // The checks can fail: an arrow neither font has is found.
    assert!(!fonts.has_glyph(&font, '→'));
    assert_eq!(
        pushcheck::report::pdf::text_missing_glyphs("a → b").unwrap(),
        vec!['→']
    );
    for lang in Lang::CHOICES.into_iter().chain([Lang::Pseudo]) {
        let text = all_text(lang);
        let window: BTreeSet<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !fonts.has_glyph(&font, *c))
            .collect();
        assert!(window.is_empty(), "{lang}: the window lacks {window:?}");
        let pdf = pushcheck::report::pdf::text_missing_glyphs(&text).unwrap();
        assert!(pdf.is_empty(), "{lang}: the PDF font lacks {pdf:?}");
        // The language names of the menu, each in itself.
        let name = lang.native_name();
        assert!(
            name.chars()
                .all(|c| c.is_whitespace() || fonts.has_glyph(&font, c)),
            "{name}"
        );
    }
}
