//! `pushcheck compare OLD.json NEW.json`: reads two reports, prints what changed, writes the
//! comparison where asked; the exit status is the later report's (0/1/2/3).

use std::path::Path;

use super::{CompareArgs, EXIT_UNTESTED, EXIT_USAGE};
use crate::report::compare::{compare, lines, lines_text};
use crate::report::pdf::{self, Paper};
use crate::report::{self, Format, Report, json};

fn load(path: &Path) -> Result<Report, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    json::parse(&text, &path.display().to_string()).map_err(|e| e.to_string())
}

/// Runs `pushcheck compare`; returns the exit status.
pub fn run_compare(args: &CompareArgs) -> i32 {
    for path in &args.output {
        if let Err(e) = Format::from_path(path) {
            eprintln!("pushcheck: {e}");
            return EXIT_USAGE;
        }
    }
    let (old, new) = match (load(&args.old), load(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("pushcheck: {e}");
            return EXIT_UNTESTED;
        }
    };
    let lang = args.lang.unwrap_or_else(crate::i18n::Lang::from_os);
    let comparison = compare(&old, &args.old, &new, &args.new, lang);
    let doc = lines(&comparison);
    let rendered = lines_text(&doc);
    print!("{rendered}");
    let paper = args.paper.unwrap_or_else(Paper::from_locale);
    let mut code = new.overall.exit_code();
    for path in &args.output {
        let bytes = match Format::from_path(path) {
            Ok(Format::Json) => {
                let mut s = serde_json::to_string_pretty(&comparison).unwrap_or_default();
                s.push('\n');
                Ok(s.into_bytes())
            }
            Ok(Format::Text) => Ok(rendered.clone().into_bytes()),
            Ok(Format::Pdf) => pdf::render_document(&lang.t("compare-title"), &doc, paper, lang)
                .map_err(|e| e.to_string()),
            Ok(Format::Prometheus) => Err(format!(
                "a comparison has no Prometheus form ({}): write the later run's report with pushcheck check --output FILE.prom",
                path.display()
            )),
            Err(e) => Err(e.to_string()),
        };
        let written = bytes.and_then(|b| report::write_atomic(path, &b).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("pushcheck: {e}");
            code = EXIT_UNTESTED;
        }
    }
    code
}
