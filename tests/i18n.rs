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

/// The variables a pattern selects on, with the keys of their variants (`[one]`, `[dns]`).
fn selectors(pattern: &ast::Pattern<&str>, out: &mut BTreeMap<String, BTreeSet<String>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_selectors(expression, out);
        }
    }
}

fn expression_selectors(
    expression: &ast::Expression<&str>,
    out: &mut BTreeMap<String, BTreeSet<String>>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = out.entry(id.name.to_string()).or_default();
                for v in variants {
                    keys.insert(match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    });
                }
            }
            for v in variants {
                selectors(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_selectors(expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Variables a message selects on, each with its variant keys.
type Selected = BTreeMap<String, BTreeSet<String>>;

/// Message id → (variables it uses as placeables, what it selects on), for one file.
fn message_shapes(source: &str) -> BTreeMap<String, (BTreeSet<String>, Selected)> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(value) = &m.value
        {
            let mut vars = BTreeSet::new();
            variables(value, &mut vars);
            let mut selected = BTreeMap::new();
            selectors(value, &mut selected);
            out.insert(m.id.name.to_string(), (vars, selected));
        }
    }
    out
}

/// Numbers that count something: a message showing one must choose its words by it.
const COUNTS: [&str; 3] = ["count", "more", "days"];

/// Words that give away English left in another language (not words of that language too:
/// "was" is German and Dutch).
fn english_giveaways(lang: Lang) -> Vec<&'static str> {
    let mut words = vec![
        " the ", " and ", " were ", " could ", " should ", " which ", " with ", " your ", " not ",
        " has ", " from ",
    ];
    if !matches!(lang, Lang::De | Lang::Nl) {
        words.push(" was ");
    }
    words
}

/// What a rendered French sentence does wrong with its punctuation, if anything: a plain
/// space, or none, before `:` `;` `?` `!` that end a clause, and « » without no-break spaces.
fn french_punctuation(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let ends_clause = after.is_none_or(|a| a.is_whitespace());
        let spaced = before.is_some_and(|b| b == '\u{a0}' || b == '\u{202f}');
        let bad = match c {
            ':' | ';' | '?' | '!' => ends_clause && !spaced,
            '«' => after.is_some_and(|a| a != '\u{a0}' && a != '\u{202f}'),
            '»' => !spaced,
            _ => false,
        };
        if bad {
            let from = i.saturating_sub(25);
            let to = (i + 10).min(chars.len());
            return Some(chars[from..to].iter().collect());
        }
    }
    None
}

#[test]
fn every_message_renders_in_every_language_with_sample_arguments() {
    use pushcheck::i18n::Arg;
    let host = "a-rather-long-host-name.school-district.example.org";
    let mut problems: Vec<String> = Vec::new();
    for file in FILES {
        let english = declared_messages(
            &std::fs::read_to_string(folder(Lang::En).join(file)).unwrap(),
            file,
        );
        for lang in Lang::CHOICES {
            let source = std::fs::read_to_string(folder(lang).join(file)).unwrap();
            let shapes = message_shapes(&source);
            for (id, (used, declared)) in &english {
                let Some((placed, selected)) = shapes.get(id) else {
                    continue;
                };
                // A number shown that counts something must choose its words by it.
                for count in COUNTS {
                    if placed.contains(count) && !selected.contains_key(count) {
                        problems.push(format!(
                            "{lang}/{file} {id}: shows ${count} without choosing words by it"
                        ));
                    }
                }
                // Every variable gets a sample: numbers for counts, each variant key for
                // the others it selects on, a long host name for the rest.
                let names: BTreeSet<&String> = used.iter().chain(declared).collect();
                let base: Vec<(String, Arg)> = names
                    .iter()
                    .map(|n| {
                        let arg = if COUNTS.contains(&n.as_str())
                            || ["bits", "min", "max", "bytes", "classic", "number"]
                                .contains(&n.as_str())
                        {
                            Arg::Num(2)
                        } else if let Some(keys) = selected.get(*n) {
                            Arg::from(keys.iter().next().cloned().unwrap_or_default())
                        } else {
                            Arg::from(host)
                        };
                        ((*n).clone(), arg)
                    })
                    .collect();
                let mut samples: Vec<Vec<(String, Arg)>> = vec![base.clone()];
                for (name, _) in &base {
                    let values: Vec<Arg> = if COUNTS.contains(&name.as_str()) {
                        [0, 1, 2, 5, 21].into_iter().map(Arg::Num).collect()
                    } else if let Some(keys) = selected.get(name) {
                        keys.iter()
                            .filter(|k| k.parse::<i64>().is_err())
                            .map(|k| Arg::from(k.as_str()))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    for value in values {
                        let mut sample = base.clone();
                        if let Some(slot) = sample.iter_mut().find(|(n, _)| n == name) {
                            slot.1 = value;
                        }
                        samples.push(sample);
                    }
                }
                for sample in samples {
                    let args: Vec<(&str, Arg)> = sample
                        .iter()
                        .map(|(n, a)| (n.as_str(), a.clone()))
                        .collect();
                    let text = lang.tr(id, &args);
                    if text.contains("{$") || text.contains("{???}") || text.trim().is_empty() {
                        problems.push(format!("{lang}/{file} {id}: renders as {text:?}"));
                    }
                    if lang != Lang::En {
                        let padded = format!(" {} ", text.replace(host, "HOST"));
                        if let Some(word) = english_giveaways(lang)
                            .into_iter()
                            .find(|w| padded.contains(*w))
                        {
                            problems.push(format!(
                                "{lang}/{file} {id}: English {word:?} left in {text:?}"
                            ));
                        }
                    }
                    if lang == Lang::Fr
                        && let Some(at) = french_punctuation(&text)
                    {
                        problems.push(format!(
                            "fr/{file} {id}: punctuation without a no-break space: {at:?}"
                        ));
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_render_checks_can_fail() {
    assert!(french_punctuation("Résultat : OK").is_some());
    assert!(french_punctuation("Résultat: OK").is_some());
    assert!(french_punctuation("Résultat\u{a0}: OK").is_none());
    assert!(french_punctuation("« bonjour »").is_some());
    assert!(french_punctuation("«\u{a0}bonjour\u{a0}»").is_none());
    // Addresses, times and ranges are not punctuation.
    assert!(french_punctuation("https://x.example:8443/a 10:05 2620:149::/32").is_none());
    let mut shapes =
        message_shapes("a = { $count } hôtes\nb = { $count ->\n [one] hôte\n *[other] hôtes\n}\n");
    assert!(shapes.remove("a").unwrap().1.is_empty());
    assert!(shapes.remove("b").unwrap().1.contains_key("count"));
}
