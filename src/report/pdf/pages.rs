//! The report's pages: the answer and the Request for IT first, then every check, this
//! computer's network, the proxy, the certificates of failing connections and the sources.

use super::layout::{BOX_FILL, INK, Layout, MUTED, Op, RULE, Rgb, status_rgb};
use super::request_for_it;
use crate::diagnosis::Severity;
use crate::i18n::Arg;
use crate::report::model::{CheckReport, Report};
use crate::report::sections::{Paragraph, Section};
use crate::report::status;

pub(super) fn first_page(l: &mut Layout<'_>, report: &Report) {
    let m = l.margin;
    let w = l.content_width();
    let lang = report.lang;
    l.push(Op::Text {
        x: m,
        y: l.y + 22.0,
        size: 22.0,
        bold: true,
        color: INK,
        text: lang.t("report-title"),
    });
    l.y += 32.0;
    let place = if report.site.is_empty() {
        lang.t("pdf-site-not-named")
    } else {
        lang.tr("pdf-site", &[("site", Arg::from(report.site.as_str()))])
    };
    let os = report.environment.os_shown();
    let machine = lang.tr(
        "pdf-tested",
        &[
            ("when", Arg::from(crate::report::text::when(report))),
            ("os", Arg::from(os)),
            (
                "took",
                Arg::from(lang.decimal(report.duration_ms as f64 / 1000.0, 1)),
            ),
            ("version", Arg::from(report.tool.version.as_str())),
        ],
    );
    l.paragraph(&place, 11.0, true, INK, m, w);
    l.paragraph(&machine, 9.5, false, MUTED, m, w);
    l.y += 14.0;

    // The answer: a large light with its icon, the word, the headline.
    let status = report.overall;
    let color = status_rgb(status);
    let text_x = m + 70.0;
    let text_w = w - 84.0;
    let headline = l.wrap(&report.headline, 15.0, true, text_w);
    let explanation = report
        .findings
        .first()
        .map(|f| l.wrap(&f.explanation, 10.5, false, text_w))
        .unwrap_or_default();
    let box_h =
        (24.0 + headline.len() as f32 * 20.0 + explanation.len() as f32 * 14.2 + 18.0).max(86.0);
    let top = l.y;
    l.push(Op::Rect {
        x: m,
        y: top,
        w,
        h: box_h,
        fill: Some(tint(color)),
        stroke: Some(color),
    });
    l.push(Op::Light {
        cx: m + 34.0,
        cy: top + 36.0,
        r: 22.0,
        status,
    });
    l.push(Op::Text {
        x: text_x,
        y: top + 24.0,
        size: 11.0,
        bold: true,
        color,
        text: status::word(status, lang),
    });
    let y = l.lines_at(text_x, top + 44.0, headline, 15.0, true, INK, 20.0);
    l.lines_at(text_x, y, explanation, 10.5, false, INK, 14.2);
    l.y = top + box_h + 18.0;

    // Request for IT: the exact rules, in a box.
    let requests = request_for_it(report);
    let inner = w - 36.0;
    let lines: Vec<Vec<String>> = requests
        .iter()
        .map(|r| l.wrap(r, 10.5, false, inner))
        .collect();
    let body_h: f32 = if lines.is_empty() {
        16.0
    } else {
        lines.iter().map(|ls| ls.len() as f32 * 14.5 + 6.0).sum()
    };
    let box_h = 40.0 + body_h + 10.0;
    l.ensure(box_h);
    let top = l.y;
    l.push(Op::Rect {
        x: m,
        y: top,
        w,
        h: box_h,
        fill: Some(BOX_FILL),
        stroke: Some(INK),
    });
    l.push(Op::Text {
        x: m + 14.0,
        y: top + 24.0,
        size: 13.0,
        bold: true,
        color: INK,
        text: lang.t("pdf-request"),
    });
    let mut y = top + 44.0;
    if lines.is_empty() {
        l.push(Op::Text {
            x: m + 14.0,
            y,
            size: 10.5,
            bold: false,
            color: INK,
            text: lang.t("pdf-no-change"),
        });
    }
    for request in lines {
        l.push(Op::Text {
            x: m + 16.0,
            y,
            size: 10.5,
            bold: true,
            color: INK,
            text: "•".to_string(),
        });
        y = l.lines_at(m + 28.0, y, request, 10.5, false, INK, 14.5) + 6.0;
    }
    l.y = top + box_h + 16.0;

    // Everything else that was found, in plain words (the first is the headline above).
    if report.findings.len() > 1 {
        l.heading(&lang.t("pdf-also-found"));
    }
    for f in report.findings.iter().skip(1) {
        let color = status_rgb(f.severity);
        let title_lines = l.wrap(&f.title, 11.0, true, w - 26.0);
        l.ensure(title_lines.len() as f32 * 15.0 + 20.0);
        l.push(Op::Light {
            cx: m + 7.0,
            cy: l.y + 7.0,
            r: 7.0,
            status: f.severity,
        });
        l.push(Op::Text {
            x: m + 20.0,
            y: l.y + 11.0,
            size: 9.0,
            bold: true,
            color,
            text: status::word(f.severity, lang),
        });
        l.y += 14.0;
        l.paragraph(&f.title, 11.0, true, INK, m + 20.0, w - 20.0);
        l.paragraph(&f.explanation, 10.0, false, MUTED, m + 20.0, w - 20.0);
        l.y += 8.0;
    }
}

pub(super) fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| (f32::from(v) * 0.1 + 255.0 * 0.9) as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

/// Column layout of the check table: (title's message id, share of the width).
const COLUMNS: [(&str, f32); 5] = [
    ("pdf-column-status", 0.15),
    ("pdf-column-check", 0.22),
    ("pdf-column-target", 0.29),
    ("pdf-column-address", 0.16),
    ("pdf-column-result", 0.18),
];

/// The columns for a language: the status column wide enough for its longest status word
/// (after the light), never broken inside a word; the check column gives way.
fn columns(l: &Layout<'_>, lang: crate::i18n::Lang) -> [(&'static str, f32); 5] {
    use crate::diagnosis::Severity as S;
    let w = l.content_width();
    let widest = [S::Ok, S::Info, S::Warning, S::Problem, S::Untested]
        .iter()
        .flat_map(|s| {
            let word = status::word(*s, lang);
            word.split_whitespace()
                .map(|part| l.fonts.face(true).width(part, 8.5))
                .collect::<Vec<_>>()
        })
        .fold(0.0f32, f32::max);
    let needed = ((widest + 14.0 + 8.0) / w).min(0.24);
    let mut out = COLUMNS;
    if needed > out[0].1 {
        out[1].1 -= needed - out[0].1;
        out[0].1 = needed;
    }
    out
}

pub(super) fn table_header(l: &mut Layout<'_>, lang: crate::i18n::Lang) {
    let mut x = l.margin;
    let w = l.content_width();
    l.push(Op::Rect {
        x: l.margin,
        y: l.y,
        w,
        h: 18.0,
        fill: Some(BOX_FILL),
        stroke: None,
    });
    for (title, share) in columns(l, lang) {
        l.push(Op::Text {
            x: x + 3.0,
            y: l.y + 12.5,
            size: 8.5,
            bold: true,
            color: INK,
            text: lang.t(title),
        });
        x += w * share;
    }
    l.y += 20.0;
}

pub(super) fn check_table(l: &mut Layout<'_>, report: &Report) {
    let lang = report.lang;
    l.heading(&lang.t("pdf-every-check"));
    l.paragraph(
        &lang.t("pdf-every-check-note"),
        9.5,
        false,
        MUTED,
        l.margin,
        l.content_width(),
    );
    l.y += 4.0;
    for (role, title) in crate::report::text::GROUPS {
        let title = &lang.t(title);
        let rows: Vec<&CheckReport> = report.checks.iter().filter(|c| c.role == role).collect();
        if rows.is_empty() {
            continue;
        }
        l.ensure(60.0);
        l.y += 6.0;
        l.paragraph(title, 11.0, true, INK, l.margin, l.content_width());
        table_header(l, lang);
        for row in rows {
            table_row(l, row, lang);
        }
    }
}

pub(super) fn table_row(l: &mut Layout<'_>, c: &CheckReport, lang: crate::i18n::Lang) {
    let w = l.content_width();
    let size = 8.5;
    let lh = Layout::line_height(size);
    let outcome = lang.t(c.outcome.message());
    let time = if c.elapsed_ms > 0 {
        format!("{outcome}\n{} ms", c.elapsed_ms)
    } else {
        outcome
    };
    let target = crate::report::text::target(c);
    let cells = [
        status::word(c.status, lang),
        c.name.clone(),
        target,
        c.address.clone().unwrap_or_default(),
        time,
    ];
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(columns(l, lang))
        .enumerate()
        .map(|(i, (text, (_, share)))| {
            let indent = if i == 0 { 14.0 } else { 0.0 };
            l.wrap(text, size, i == 0, w * share - 6.0 - indent)
        })
        .collect();
    let detail = if c.status != Severity::Ok && !c.detail.is_empty() {
        l.wrap(
            &c.detail,
            8.0,
            false,
            w * (1.0 - columns(l, lang)[0].1) - 6.0,
        )
    } else {
        Vec::new()
    };
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    let height = lines as f32 * lh + detail.len() as f32 * 10.8 + 6.0;
    // Never split a row: move it whole to the next page, with the header again.
    if l.y + height > l.bottom() {
        l.new_page();
        table_header(l, lang);
    }
    let top = l.y;
    let mut x = l.margin;
    for (i, (cell, (_, share))) in wrapped.iter().zip(columns(l, lang)).enumerate() {
        let mut y = top + size + 2.0;
        if i == 0 {
            l.push(Op::Light {
                cx: x + 8.0,
                cy: top + 7.5,
                r: 5.0,
                status: c.status,
            });
        }
        for line in cell {
            l.push(Op::Text {
                x: x + 3.0 + if i == 0 { 12.0 } else { 0.0 },
                y,
                size,
                bold: i == 0,
                color: if i == 0 { status_rgb(c.status) } else { INK },
                text: line.clone(),
            });
            y += lh;
        }
        x += w * share;
    }
    let detail_x = l.margin + w * columns(l, lang)[0].1 + 3.0;
    l.lines_at(
        detail_x,
        top + lines as f32 * lh + size,
        detail,
        8.0,
        false,
        MUTED,
        10.8,
    );
    l.y = top + height;
    l.push(Op::Rect {
        x: l.margin,
        y: l.y - 1.5,
        w,
        h: 0.4,
        fill: Some(RULE),
        stroke: None,
    });
}

/// Draws one of the report's fact sections.
pub(super) fn fact_section(l: &mut Layout<'_>, section: &Section) {
    l.heading(&section.heading);
    for p in &section.paragraphs {
        match p {
            Paragraph::Text(text) => {
                l.paragraph(text, 10.0, false, INK, l.margin, l.content_width())
            }
            Paragraph::Note(text) => {
                l.paragraph(text, 9.5, false, MUTED, l.margin, l.content_width())
            }
            Paragraph::Title(text) => {
                l.ensure(70.0);
                l.paragraph(text, 10.0, true, INK, l.margin, l.content_width());
            }
            Paragraph::Fact(text) => l.paragraph(
                text,
                9.0,
                false,
                INK,
                l.margin + 12.0,
                l.content_width() - 12.0,
            ),
        }
    }
}

pub(super) fn sources_section(l: &mut Layout<'_>, report: &Report) {
    let lang = report.lang;
    l.heading(&lang.t("pdf-sources"));
    l.paragraph(
        &lang.tr(
            "pdf-sources-note",
            &[
                (
                    "date",
                    Arg::from(crate::words::day(
                        lang,
                        &report.environment.catalog_checked_on,
                    )),
                ),
                (
                    "ranges",
                    Arg::from(report.environment.apple_ranges.join(", ")),
                ),
            ],
        ),
        9.5,
        false,
        MUTED,
        l.margin,
        l.content_width(),
    );
    l.y += 4.0;
    for s in &report.environment.sources {
        l.ensure(40.0);
        l.paragraph(&s.title, 10.0, true, INK, l.margin, l.content_width());
        let checked = lang.tr(
            "source-checked",
            &[("date", Arg::from(crate::words::day(lang, &s.checked_on)))],
        );
        let line = if s.url.is_empty() {
            checked
        } else {
            format!("{} ({checked})", s.url)
        };
        l.paragraph(&line, 9.0, false, MUTED, l.margin, l.content_width());
        l.y += 4.0;
    }
}
