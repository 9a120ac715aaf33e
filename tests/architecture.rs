//! The layering the README's Architecture section states, checked on the source: which layer
//! may name which. Every file is parsed (syn): `use` trees with their groups and `super`,
//! paths in expressions and types, and paths inside macro calls all count, so no way of
//! spelling a crossing slips past. Rules hold for what a layer names directly and, where
//! stated, for what it reaches through other modules.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// The crate's top-level modules: `src/<name>.rs` or `src/<name>/`.
fn top_level_modules(src: &Path) -> BTreeSet<String> {
    std::fs::read_dir(src)
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            let stem = path.file_stem()?.to_str()?.to_string();
            let module = path.is_dir() || path.extension().is_some_and(|x| x == "rs");
            (module && stem != "lib" && stem != "main").then_some(stem)
        })
        .collect()
}

/// Every `.rs` file under `dir`, with its module path (`src/engine/hold.rs` → engine, hold).
fn files(src: &Path) -> Vec<(PathBuf, Vec<String>)> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut module: Vec<String> = relative
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            out.push((path, module));
        }
    }
    out.sort();
    out
}

/// Collects the top-level modules a file names, however it spells them.
struct Names<'a> {
    /// The module the code being visited is in (inline `mod`s push onto it).
    module: Vec<String>,
    tops: &'a BTreeSet<String>,
    found: BTreeSet<String>,
}

impl Names<'_> {
    /// Resolves a path's leading segments to a top-level module, if it names one.
    fn resolve(&mut self, segments: &[String]) {
        let mut at: Vec<String> = self.module.clone();
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate" | "pushcheck") => {
                at.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    at.pop();
                    rest = &rest[1..];
                }
            }
            // A bare name reaches a top-level module only from the crate's root.
            Some(_) if self.module.is_empty() => {}
            _ => return,
        }
        at.extend(rest.iter().cloned());
        if let Some(top) = at.first()
            && self.tops.contains(top)
        {
            self.found.insert(top.clone());
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.resolve(&prefix.clone());
                prefix.pop();
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.to_string());
                self.resolve(&prefix.clone());
                prefix.pop();
            }
            syn::UseTree::Glob(_) => self.resolve(&prefix.clone()),
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.use_tree(prefix, item);
                }
            }
        }
    }

    /// Paths written inside macro calls (`format!`, `assert!`, …): `crate :: x` sequences.
    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut path: Vec<String> = Vec::new();
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Group(g) => {
                    self.flush(&mut path);
                    self.tokens(g.stream());
                }
                TokenTree::Ident(ident) => {
                    path.push(ident.to_string());
                }
                TokenTree::Punct(p) if p.as_char() == ':' => {
                    // `::` joins a path: skip the second colon and keep going.
                    if matches!(trees.get(i + 1), Some(TokenTree::Punct(q)) if q.as_char() == ':') {
                        i += 1;
                    } else {
                        self.flush(&mut path);
                    }
                }
                _ => self.flush(&mut path),
            }
            // Two identifiers in a row are two paths.
            if let (Some(TokenTree::Ident(_)), Some(TokenTree::Ident(_))) =
                (trees.get(i), trees.get(i + 1))
            {
                self.flush(&mut path);
            }
            i += 1;
        }
        self.flush(&mut path);
    }

    fn flush(&mut self, path: &mut Vec<String>) {
        if path.len() > 1 && matches!(path[0].as_str(), "crate" | "pushcheck" | "super") {
            self.resolve(&path.clone());
        }
        path.clear();
    }
}

impl<'ast> Visit<'ast> for Names<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if item.content.is_some() {
            self.module.push(item.ident.to_string());
            syn::visit::visit_item_mod(self, item);
            self.module.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            self.resolve(&segments);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        self.tokens(mac.tokens.clone());
    }
}

/// What each top-level module names of the others (itself left out).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let tops = top_level_modules(&src);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, module) in files(&src) {
        let Some(top) = module.first().cloned() else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let file = syn::parse_file(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
        let mut names = Names {
            module,
            tops: &tops,
            found: BTreeSet::new(),
        };
        names.visit_file(&file);
        names.found.remove(&top);
        graph.entry(top).or_default().extend(names.found);
    }
    graph
}

/// Names `layer` gives directly that it must not.
fn direct(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let graph = graph();
    let named = graph
        .get(layer)
        .unwrap_or_else(|| panic!("no module {layer}"));
    forbidden
        .iter()
        .filter(|m| named.contains(**m))
        .map(|m| format!("{layer} names {m}"))
        .collect()
}

/// The modules `layer` reaches, directly or through others, each with the way it goes.
fn reach(graph: &BTreeMap<String, BTreeSet<String>>, layer: &str) -> BTreeMap<String, String> {
    let mut reached: BTreeMap<String, String> = BTreeMap::new();
    let mut stack = vec![(layer.to_string(), layer.to_string())];
    while let Some((module, way)) = stack.pop() {
        for next in graph.get(&module).into_iter().flatten() {
            if next != layer && !reached.contains_key(next) {
                let way = format!("{way} -> {next}");
                reached.insert(next.clone(), way.clone());
                stack.push((next.clone(), way));
            }
        }
    }
    reached
}

fn never_names(layer: &str, forbidden: &[&str]) {
    let crossings = direct(layer, forbidden);
    assert!(crossings.is_empty(), "{crossings:?}");
}

fn never_reaches(layer: &str, forbidden: &[&str]) {
    let reached = reach(&graph(), layer);
    let crossings: Vec<&String> = forbidden.iter().filter_map(|m| reached.get(*m)).collect();
    assert!(crossings.is_empty(), "{crossings:?}");
}

#[test]
fn the_engine_knows_nothing_of_diagnosis_reports_or_faces() {
    never_names("engine", &["diagnosis", "report", "cli", "gui", "config"]);
}

#[test]
fn the_engine_speaks_no_language_not_even_through_another_module() {
    // Detail sentences are English by design (what IT quotes); the engine writes them itself.
    never_reaches(
        "engine",
        &["words", "i18n", "diagnosis", "report", "cli", "gui"],
    );
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

/// The scanner finds every spelling (so the tests above can fail).
#[test]
fn every_spelling_of_a_crossing_is_found() {
    let tops: BTreeSet<String> = ["engine", "report", "words", "i18n", "gui"]
        .into_iter()
        .map(String::from)
        .collect();
    let found = |module: &[&str], code: &str| {
        let file = syn::parse_file(code).unwrap();
        let mut names = Names {
            module: module.iter().map(|s| s.to_string()).collect(),
            tops: &tops,
            found: BTreeSet::new(),
        };
        names.visit_file(&file);
        names.found.into_iter().collect::<Vec<_>>()
    };
    let engine = ["engine", "hold"];
    assert_eq!(
        found(&engine, "use crate::{report::Report, words};"),
        ["report", "words"]
    );
    assert_eq!(found(&engine, "use crate::{self as c, gui::*};"), ["gui"]);
    assert_eq!(
        found(
            &engine,
            "fn f() { let _ = crate::words::human_duration(d); }"
        ),
        ["words"]
    );
    assert_eq!(
        found(&engine, "fn f(x: &crate::report::Report) {}"),
        ["report"]
    );
    assert_eq!(found(&engine, "use super::super::i18n::Lang;"), ["i18n"]);
    assert_eq!(found(&engine, "use super::probe;"), ["engine"]);
    assert_eq!(
        found(&engine, "fn f() { format!(\"{}\", crate::words::x(1)); }"),
        ["words"]
    );
    assert_eq!(
        found(&engine, "mod inner { use super::super::super::gui; }"),
        ["gui"]
    );
    assert_eq!(found(&[], "use words::human_duration;"), ["words"]);
    // A local name that only looks like a module is not one.
    assert!(found(&engine, "fn f() { let words = 1; words::x(); }").is_empty());
    // And the crate's own graph has the edges it should.
    let graph = graph();
    assert!(graph["cli"].contains("config"), "{:?}", graph["cli"]);
    assert!(graph["gui"].contains("engine"), "{:?}", graph["gui"]);
}
