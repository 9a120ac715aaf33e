//! The report as a PDF that an IT department takes seriously: page 1 answers the question and
//! holds the boxed Request for IT; the following pages hold every check, the TLS chains of
//! failing checks, and the sources of the rules.
//!
//! Layout is done here (text measured with the font's own advances) into a list of drawing
//! operations per page; krilla then writes them. A table row is never split across pages.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;

use super::model::{CheckReport, Report};
use super::status;
use crate::catalog::Role;
use crate::diagnosis::Severity;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/OpenSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/OpenSans-Bold.ttf");

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// Letter where the locale says US or Canada (LC_PAPER, LC_ALL, LANG), A4 elsewhere.
    pub fn from_locale() -> Paper {
        let locale = ["LC_PAPER", "LC_ALL", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .unwrap_or_default();
        Paper::for_locale(&locale)
    }

    /// The paper for a locale name like `en_US.UTF-8`.
    pub fn for_locale(locale: &str) -> Paper {
        let region = locale
            .split(['.', '@'])
            .next()
            .and_then(|l| l.split('_').nth(1))
            .unwrap_or("");
        match region {
            "US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" => Paper::Letter,
            _ => Paper::A4,
        }
    }
}

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A built-in font could not be read.
    #[error("a built-in font could not be read")]
    Font,
    /// The PDF writer failed.
    #[error("the PDF could not be written: {0}")]
    Writer(String),
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgb(u8, u8, u8);

const INK: Rgb = Rgb(25, 25, 30);
const MUTED: Rgb = Rgb(90, 90, 100);
const RULE: Rgb = Rgb(200, 200, 208);
const BOX_FILL: Rgb = Rgb(244, 246, 250);
const WHITE: Rgb = Rgb(255, 255, 255);

fn status_rgb(s: Severity) -> Rgb {
    let (r, g, b) = status::rgb(s);
    Rgb(r, g, b)
}

fn status_word(s: Severity) -> &'static str {
    status::word(s)
}

#[derive(Clone, Debug)]
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
    },
    /// A round light with its symbol (check, cross, !, i, ?) in white.
    Light {
        cx: f32,
        cy: f32,
        r: f32,
        status: Severity,
    },
}

struct Face {
    font: Font,
    data: &'static [u8],
}

impl Face {
    fn new(data: &'static [u8]) -> Result<Face, PdfError> {
        let font = Font::new(data.into(), 0).ok_or(PdfError::Font)?;
        skrifa::FontRef::new(data).map_err(|_| PdfError::Font)?;
        Ok(Face { font, data })
    }

    /// Glyphs for `text`, advances normalised to the em; characters the font lacks become '?'.
    fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        let Ok(font) = skrifa::FontRef::new(self.data) else {
            return Vec::new();
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let upem = f32::from(font.head().map(|h| h.units_per_em()).unwrap_or(1000));
        let fallback = charmap.map('?');
        text.char_indices()
            .map(|(i, c)| {
                let gid = charmap.map(c).or(fallback).unwrap_or_default();
                let advance = metrics.advance_width(gid).unwrap_or(0.0) / upem;
                KrillaGlyph::new(
                    GlyphId::new(gid.to_u32()),
                    advance,
                    0.0,
                    0.0,
                    0.0,
                    i..i + c.len_utf8(),
                    None,
                )
            })
            .collect()
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        self.glyphs(text).iter().map(|g| g.x_advance).sum::<f32>() * size
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }
}

/// Page layout: a cursor running down pages of drawing operations.
struct Layout<'a> {
    fonts: &'a Fonts,
    width: f32,
    height: f32,
    margin: f32,
    pages: Vec<Vec<Op>>,
    y: f32,
}

const FOOTER: f32 = 36.0;

impl<'a> Layout<'a> {
    fn new(fonts: &'a Fonts, paper: Paper) -> Layout<'a> {
        let (width, height) = paper.size();
        let margin = 50.0;
        Layout {
            fonts,
            width,
            height,
            margin,
            pages: vec![Vec::new()],
            y: margin,
        }
    }

    fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    fn bottom(&self) -> f32 {
        self.height - self.margin - FOOTER
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.margin;
    }

    /// Starts a new page unless `height` still fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > self.margin {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Splits `text` into lines no wider than `width`; words longer than a line are broken.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let face = self.fonts.face(bold);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if face.width(&candidate, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A single word wider than the line: break it by characters.
                let mut piece = String::new();
                for c in word.chars() {
                    let mut next = piece.clone();
                    next.push(c);
                    if face.width(&next, size) > width && !piece.is_empty() {
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    } else {
                        piece = next;
                    }
                }
                line = piece;
            }
            lines.push(line);
        }
        lines
    }

    fn line_height(size: f32) -> f32 {
        size * 1.35
    }

    /// Writes wrapped text at `x`, moving the cursor down; may continue on a new page.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Rgb, x: f32, width: f32) {
        for line in self.wrap(text, size, bold, width) {
            self.ensure(Self::line_height(size));
            self.push(Op::Text {
                x,
                y: self.y + size,
                size,
                bold,
                color,
                text: line,
            });
            self.y += Self::line_height(size);
        }
    }

    /// Places `lines` at `x` from `y` down, `step` apart, without moving the cursor; returns
    /// the `y` below them (for blocks laid out inside a box).
    #[allow(clippy::too_many_arguments)]
    fn lines_at(
        &mut self,
        x: f32,
        mut y: f32,
        lines: Vec<String>,
        size: f32,
        bold: bool,
        color: Rgb,
        step: f32,
    ) -> f32 {
        for text in lines {
            self.push(Op::Text {
                x,
                y,
                size,
                bold,
                color,
                text,
            });
            y += step;
        }
        y
    }

    fn heading(&mut self, text: &str) {
        self.ensure(60.0);
        self.y += 10.0;
        self.push(Op::Text {
            x: self.margin,
            y: self.y + 14.0,
            size: 14.0,
            bold: true,
            color: INK,
            text: text.to_string(),
        });
        self.y += 22.0;
        self.push(Op::Rect {
            x: self.margin,
            y: self.y,
            w: self.content_width(),
            h: 0.8,
            fill: Some(RULE),
            stroke: None,
        });
        self.y += 8.0;
    }
}

/// The lines of the Request for IT: the fixes of every warning and problem, once each.
pub fn request_for_it(report: &Report) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in &report.findings {
        if matches!(f.severity, Severity::Problem | Severity::Warning)
            && !f.fix.is_empty()
            && !out.contains(&f.fix)
        {
            out.push(f.fix.clone());
        }
    }
    out
}

/// Renders the report as PDF bytes.
pub fn render(report: &Report, paper: Paper) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts {
        regular: Face::new(REGULAR)?,
        bold: Face::new(BOLD)?,
    };
    let mut layout = Layout::new(&fonts, paper);
    first_page(&mut layout, report);
    layout.new_page();
    check_table(&mut layout, report);
    network_section(&mut layout, report);
    proxy_section(&mut layout, report);
    chains_section(&mut layout, report);
    sources_section(&mut layout, report);
    write(&fonts, &layout, report)
}

/// A plain document (the comparison): a title, then its lines; items with a status get a
/// light.
pub fn render_document(
    title: &str,
    body: &[super::compare::DocLine],
    paper: Paper,
) -> Result<Vec<u8>, PdfError> {
    use super::compare::DocLine;
    let fonts = Fonts {
        regular: Face::new(REGULAR)?,
        bold: Face::new(BOLD)?,
    };
    let mut l = Layout::new(&fonts, paper);
    let (m, w) = (l.margin, l.content_width());
    l.paragraph(title, 20.0, true, INK, m, w);
    l.y += 8.0;
    for line in body {
        let (indent, mark, rest) = match line {
            DocLine::Blank => {
                l.y += 6.0;
                continue;
            }
            DocLine::Para(text) => (0.0, None, text.as_str()),
            DocLine::Item(mark, text) => (8.0, *mark, text.as_str()),
        };
        let heading = indent == 0.0 && rest.ends_with(':');
        if let Some(status) = mark {
            l.ensure(16.0);
            l.push(Op::Light {
                cx: m + indent + 6.0,
                cy: l.y + 7.0,
                r: 5.5,
                status,
            });
        }
        let x = m + indent + if mark.is_some() { 16.0 } else { 0.0 };
        l.paragraph(
            rest,
            if heading { 12.0 } else { 10.0 },
            heading,
            INK,
            x,
            w - (x - m),
        );
    }
    let report_like = Report {
        schema: String::new(),
        tool: super::model::Tool {
            name: "pushcheck".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        },
        started_at: super::model::rfc3339(std::time::SystemTime::now()),
        duration_ms: 0,
        site: String::new(),
        overall: Severity::Untested,
        headline: title.to_string(),
        findings: Vec::new(),
        checks: Vec::new(),
        proxy: Default::default(),
        environment: super::model::Environment::empty(),
    };
    write(&fonts, &l, &report_like)
}

fn first_page(l: &mut Layout<'_>, report: &Report) {
    let m = l.margin;
    let w = l.content_width();
    l.push(Op::Text {
        x: m,
        y: l.y + 22.0,
        size: 22.0,
        bold: true,
        color: INK,
        text: "Push Check report".to_string(),
    });
    l.y += 32.0;
    let place = if report.site.is_empty() {
        "Site not named".to_string()
    } else {
        format!("Site: {}", report.site)
    };
    let machine = format!(
        "Tested {} from a {} computer{} ({} s). Push Check {}.",
        report.started_at.replace('T', " ").replace('Z', " UTC"),
        report.environment.os,
        if report.environment.os_version.is_empty() {
            String::new()
        } else {
            format!(" ({})", report.environment.os_version)
        },
        format_seconds(report.duration_ms),
        report.tool.version
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
        text: status_word(status).to_string(),
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
        text: "Request for IT".to_string(),
    });
    let mut y = top + 44.0;
    if lines.is_empty() {
        l.push(Op::Text {
            x: m + 14.0,
            y,
            size: 10.5,
            bold: false,
            color: INK,
            text: "No change is needed: Apple's push service is reachable as Apple requires."
                .to_string(),
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
        l.heading("Also found");
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
            text: status_word(f.severity).to_string(),
        });
        l.y += 14.0;
        l.paragraph(&f.title, 11.0, true, INK, m + 20.0, w - 20.0);
        l.paragraph(&f.explanation, 10.0, false, MUTED, m + 20.0, w - 20.0);
        l.y += 8.0;
    }
}

fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| (f32::from(v) * 0.1 + 255.0 * 0.9) as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

fn format_seconds(ms: u64) -> String {
    format!("{:.1}", ms as f64 / 1000.0)
}

/// Column layout of the check table: (title, share of the width).
const COLUMNS: [(&str, f32); 5] = [
    ("Status", 0.15),
    ("Check", 0.22),
    ("Host and port", 0.29),
    ("Address", 0.16),
    ("Result", 0.18),
];

fn table_header(l: &mut Layout<'_>) {
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
    for (title, share) in COLUMNS {
        l.push(Op::Text {
            x: x + 3.0,
            y: l.y + 12.5,
            size: 8.5,
            bold: true,
            color: INK,
            text: title.to_string(),
        });
        x += w * share;
    }
    l.y += 20.0;
}

fn check_table(l: &mut Layout<'_>, report: &Report) {
    l.heading("Every check");
    l.paragraph(
        "Each row is one connection or lookup this computer tried. Rows that are not fine carry what happened underneath.",
        9.5,
        false,
        MUTED,
        l.margin,
        l.content_width(),
    );
    l.y += 4.0;
    let groups = [
        (Role::Device, "Devices (iPad, iPhone, Mac)"),
        (Role::Server, "MDM server"),
        (Role::Network, "Network (route, DNS, login page, clock)"),
    ];
    for (role, title) in groups {
        let rows: Vec<&CheckReport> = report.checks.iter().filter(|c| c.role == role).collect();
        if rows.is_empty() {
            continue;
        }
        l.ensure(60.0);
        l.y += 6.0;
        l.paragraph(title, 11.0, true, INK, l.margin, l.content_width());
        table_header(l);
        for row in rows {
            table_row(l, row);
        }
    }
}

fn table_row(l: &mut Layout<'_>, c: &CheckReport) {
    let w = l.content_width();
    let size = 8.5;
    let lh = Layout::line_height(size);
    let time = if c.elapsed_ms > 0 {
        format!("{}\n{} ms", c.outcome.as_str(), c.elapsed_ms)
    } else {
        c.outcome.as_str().to_string()
    };
    let target = super::text::target(c);
    let cells = [
        status_word(c.status).to_string(),
        c.name.clone(),
        target,
        c.address.clone().unwrap_or_default(),
        time,
    ];
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(COLUMNS)
        .enumerate()
        .map(|(i, (text, (_, share)))| {
            let indent = if i == 0 { 14.0 } else { 0.0 };
            l.wrap(text, size, i == 0, w * share - 6.0 - indent)
        })
        .collect();
    let detail = if c.status != Severity::Ok && !c.detail.is_empty() {
        l.wrap(&c.detail, 8.0, false, w * (1.0 - COLUMNS[0].1) - 6.0)
    } else {
        Vec::new()
    };
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    let height = lines as f32 * lh + detail.len() as f32 * 10.8 + 6.0;
    // Never split a row: move it whole to the next page, with the header again.
    if l.y + height > l.bottom() {
        l.new_page();
        table_header(l);
    }
    let top = l.y;
    let mut x = l.margin;
    for (i, (cell, (_, share))) in wrapped.iter().zip(COLUMNS).enumerate() {
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
    let detail_x = l.margin + w * COLUMNS[0].1 + 3.0;
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

fn network_section(l: &mut Layout<'_>, report: &Report) {
    l.heading("This computer's network");
    let Some(net) = &report.environment.network else {
        l.paragraph(
            "Left out of this report on purpose (--redact).",
            10.0,
            false,
            INK,
            l.margin,
            l.content_width(),
        );
        return;
    };
    for (label, value) in [
        ("Name", net.hostname.clone()),
        ("Addresses", net.local_addresses.join(", ")),
        ("Default gateway", net.gateways.join(", ")),
        ("DNS servers", net.dns_servers.join(", ")),
    ] {
        let value = if value.is_empty() {
            "not found".to_string()
        } else {
            value
        };
        l.paragraph(
            &format!("{label}: {value}"),
            10.0,
            false,
            INK,
            l.margin,
            l.content_width(),
        );
    }
}

fn proxy_section(l: &mut Layout<'_>, report: &Report) {
    l.heading("Proxy settings");
    let text = if !report.proxy.read {
        "Proxy settings were not read (--no-proxy); every check went directly to Apple.".to_string()
    } else if report.proxy.sources.is_empty() {
        "No proxy is configured on this computer.".to_string()
    } else {
        report
            .proxy
            .sources
            .iter()
            .map(|s| format!("{}: {}", s.source, s.setting))
            .collect::<Vec<_>>()
            .join("\n")
    };
    l.paragraph(&text, 10.0, false, INK, l.margin, l.content_width());
    if report.proxy.used_for_checks {
        l.paragraph(
            "Checks through a proxy are listed with the proxy's address; all others went directly to Apple.",
            9.5,
            false,
            MUTED,
            l.margin,
            l.content_width(),
        );
    }
}

fn chains_section(l: &mut Layout<'_>, report: &Report) {
    let failing: Vec<&CheckReport> = report
        .checks
        .iter()
        .filter(|c| c.status != Severity::Ok && c.tls.as_ref().is_some_and(|t| !t.chain.is_empty()))
        .collect();
    l.heading("Certificates of failing connections");
    if failing.is_empty() {
        l.paragraph(
            "No failing connection presented a certificate chain.",
            10.0,
            false,
            INK,
            l.margin,
            l.content_width(),
        );
        return;
    }
    // Connections that presented the same chain are shown once, with every host listed.
    let mut groups: Vec<(&super::model::TlsReport, Vec<String>)> = Vec::new();
    for c in failing {
        let Some(tls) = &c.tls else { continue };
        let target = super::text::target(c);
        match groups
            .iter_mut()
            .find(|(t, _)| t.chain == tls.chain && t.issuer == tls.issuer)
        {
            Some((_, hosts)) => hosts.push(target),
            None => groups.push((tls, vec![target])),
        }
    }
    for (tls, hosts) in groups {
        l.ensure(70.0);
        let shown = if hosts.len() > 4 {
            format!("{} and {} more", hosts[..3].join(", "), hosts.len() - 3)
        } else {
            hosts.join(", ")
        };
        l.paragraph(&shown, 10.0, true, INK, l.margin, l.content_width());
        let mut facts = vec![format!(
            "Issued by: {}",
            tls.issuer.clone().unwrap_or_else(|| "unknown".to_string())
        )];
        if let Some(v) = &tls.vendor {
            facts.push(format!("Filtering product: {v}"));
        }
        facts.push(format!(
            "Trusted by: {}",
            tls.trusted_by
                .clone()
                .unwrap_or_else(|| "nothing this computer trusts".to_string())
        ));
        for (i, subject) in tls.chain.iter().enumerate() {
            facts.push(format!("Certificate {}: {subject}", i + 1));
        }
        for fact in facts {
            l.paragraph(
                &fact,
                9.0,
                false,
                INK,
                l.margin + 12.0,
                l.content_width() - 12.0,
            );
        }
        l.y += 6.0;
    }
}

fn sources_section(l: &mut Layout<'_>, report: &Report) {
    l.heading("Where the rules come from");
    l.paragraph(
        &format!(
            "Every rule Push Check applies was last checked against these documents on {}. Apple's address ranges used: {}.",
            report.environment.catalog_checked_on,
            report.environment.apple_ranges.join(", ")
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
        let line = if s.url.is_empty() {
            format!("checked {}", s.checked_on)
        } else {
            format!("{} (checked {})", s.url, s.checked_on)
        };
        l.paragraph(&line, 9.0, false, MUTED, l.margin, l.content_width());
        l.y += 4.0;
    }
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn stroke(c: Rgb, width: f32) -> Stroke {
    Stroke {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        width,
        ..Stroke::default()
    }
}

/// A circle as four cubic Béziers.
fn circle(cx: f32, cy: f32, r: f32) -> Option<krilla::geom::Path> {
    let k = 0.552_284_8 * r;
    let mut p = PathBuilder::new();
    p.move_to(cx + r, cy);
    p.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    p.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    p.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    p.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    p.close();
    p.finish()
}

fn write(fonts: &Fonts, layout: &Layout<'_>, report: &Report) -> Result<Vec<u8>, PdfError> {
    let mut document = Document::new();
    let title = if report.site.is_empty() {
        "Push Check report".to_string()
    } else {
        format!("Push Check report — {}", report.site)
    };
    document.set_metadata(
        Metadata::new()
            .title(title.clone())
            .creator(format!("Push Check {}", report.tool.version))
            .language("en".to_string()),
    );
    let pages = layout.pages.len();
    for (index, ops) in layout.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(layout.width, layout.height)
            .ok_or_else(|| PdfError::Writer("bad paper size".to_string()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let footer = format!(
            "{title} · {} · page {} of {pages}",
            report.started_at.get(..10).unwrap_or(""),
            index + 1
        );
        let footer_op = Op::Text {
            x: layout.margin,
            y: layout.height - layout.margin + 6.0,
            size: 8.0,
            bold: false,
            color: MUTED,
            text: footer,
        };
        for op in ops.iter().chain(std::iter::once(&footer_op)) {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold,
                    color,
                    text,
                } => {
                    let face = fonts.face(*bold);
                    surface.set_fill(Some(fill(*color)));
                    surface.set_stroke(None);
                    surface.draw_glyphs(
                        Point::from_xy(*x, *y),
                        &face.glyphs(text),
                        face.font.clone(),
                        text,
                        *size,
                        false,
                    );
                }
                Op::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill: f,
                    stroke: s,
                } => {
                    let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                        continue;
                    };
                    let mut p = PathBuilder::new();
                    p.push_rect(rect);
                    let Some(path) = p.finish() else { continue };
                    surface.set_fill(f.map(fill));
                    surface.set_stroke(s.map(|c| stroke(c, 1.2)));
                    surface.draw_path(&path);
                }
                Op::Light { cx, cy, r, status } => {
                    if let Some(path) = circle(*cx, *cy, *r) {
                        surface.set_fill(Some(fill(status_rgb(*status))));
                        surface.set_stroke(None);
                        surface.draw_path(&path);
                    }
                    draw_symbol(&mut surface, fonts, *cx, *cy, *r, *status);
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Writer(format!("{e:?}")))
}

/// The light's symbol: a check, a cross, or a letter, in white.
fn draw_symbol(
    surface: &mut krilla::surface::Surface<'_>,
    fonts: &Fonts,
    cx: f32,
    cy: f32,
    r: f32,
    status: Severity,
) {
    let width = (r * 0.28).max(1.0);
    let mut p = PathBuilder::new();
    match status {
        Severity::Ok => {
            p.move_to(cx - r * 0.45, cy + r * 0.02);
            p.line_to(cx - r * 0.12, cy + r * 0.35);
            p.line_to(cx + r * 0.48, cy - r * 0.35);
        }
        Severity::Problem => {
            let d = r * 0.38;
            p.move_to(cx - d, cy - d);
            p.line_to(cx + d, cy + d);
            p.move_to(cx + d, cy - d);
            p.line_to(cx - d, cy + d);
        }
        other => {
            let letter = match other {
                Severity::Warning => "!",
                Severity::Info => "i",
                _ => "?",
            };
            let size = r * 1.3;
            let face = fonts.face(true);
            let w = face.width(letter, size);
            surface.set_fill(Some(fill(WHITE)));
            surface.set_stroke(None);
            surface.draw_glyphs(
                Point::from_xy(cx - w / 2.0, cy + size * 0.36),
                &face.glyphs(letter),
                face.font.clone(),
                letter,
                size,
                false,
            );
            return;
        }
    }
    if let Some(path) = p.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            line_cap: krilla::paint::LineCap::Round,
            line_join: krilla::paint::LineJoin::Round,
            ..stroke(WHITE, width)
        }));
        surface.draw_path(&path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_follows_the_locale() {
        assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("en_GB.UTF-8"), Paper::A4);
        assert_eq!(Paper::for_locale("de_DE@euro"), Paper::A4);
        assert_eq!(Paper::for_locale("C"), Paper::A4);
        assert_eq!(Paper::for_locale(""), Paper::A4);
    }

    #[test]
    fn wrapping_respects_width_and_breaks_long_words() {
        let fonts = Fonts {
            regular: Face::new(REGULAR).unwrap(),
            bold: Face::new(BOLD).unwrap(),
        };
        let l = Layout::new(&fonts, Paper::A4);
        let long = "Allow outbound TCP 5223 and 443 from the device networks to 17.0.0.0/8 https://example.invalid/a/very/long/path/that/cannot/fit/on/one/line/at/all/whatever";
        let lines = l.wrap(long, 10.0, false, 200.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(fonts.regular.width(line, 10.0) <= 200.5, "{line}");
        }
        assert_eq!(lines.concat().replace(' ', ""), long.replace(' ', ""));
    }
}
