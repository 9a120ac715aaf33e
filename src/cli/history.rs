//! `pushcheck history`: the runs the window kept (and `check --keep`), newest first; deleting
//! one or all.

use super::{EXIT_UNTESTED, EXIT_USAGE, HistoryArgs};
use crate::history::{self, Content};
use crate::i18n::{Arg, Lang};
use crate::report::text;

/// Runs `pushcheck history`; returns the exit status.
pub fn run_history(args: &HistoryArgs) -> i32 {
    let lang = args.lang.unwrap_or_else(Lang::from_os);
    let folder = |dir: &std::path::Path| Arg::from(dir.display().to_string());
    let Some(dir) = history::default_dir() else {
        eprintln!(
            "pushcheck: no folder for the history: set {} or HOME",
            history::DIR_ENV
        );
        return EXIT_UNTESTED;
    };
    if args.clear {
        let gone = history::delete_all(&dir);
        println!(
            "{}",
            lang.tr(
                "history-deleted-all",
                &[("count", Arg::from(gone)), ("folder", folder(&dir))]
            )
        );
        return 0;
    }
    if !args.delete.is_empty() {
        let mut code = 0;
        for path in &args.delete {
            // A name as listed, or the bare file name.
            let path = if path.parent().is_some_and(|p| p.as_os_str().is_empty()) {
                dir.join(path)
            } else {
                path.clone()
            };
            match history::delete(&dir, &path) {
                Ok(()) => println!("{}", lang.tr("history-deleted", &[("file", folder(&path))])),
                Err(e) => {
                    eprintln!("pushcheck: cannot delete {}: {e}", path.display());
                    code = EXIT_USAGE;
                }
            }
        }
        return code;
    }
    let entries = history::list(&dir);
    if entries.is_empty() {
        println!("{}", lang.tr("history-none", &[("folder", folder(&dir))]));
        return 0;
    }
    println!("{}", lang.tr("history-list", &[("folder", folder(&dir))]));
    for entry in &entries {
        match &entry.content {
            Content::Run(report) => {
                let (icon, word) = text::status_label(report.overall, lang);
                let site = if report.site.is_empty() {
                    String::new()
                } else {
                    format!("  {}", report.site)
                };
                println!(
                    "{}  {icon} {word:<8}{site}  {}",
                    crate::words::date_time(lang, &report.started_at),
                    report.headline
                );
            }
            Content::Unreadable(why) => {
                println!(
                    "{:<20}  ? {}",
                    lang.t("history-unreadable"),
                    lang.labelled(entry.name(), why.as_str())
                );
            }
            Content::Foreign => {
                println!(
                    "{:<20}  - {}",
                    lang.t("history-foreign"),
                    lang.labelled(entry.name(), lang.t("history-foreign-left"))
                );
            }
        }
        println!("    {}", entry.path.display());
    }
    println!("{}", lang.t("history-compare"));
    0
}
