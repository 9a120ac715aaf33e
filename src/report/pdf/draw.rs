//! Drawing: the laid-out pages written as a PDF with krilla, lights with their symbols.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};

use super::PdfError;
use super::layout::{Fonts, Layout, MUTED, Op, Rgb, WHITE, status_rgb};
use crate::diagnosis::Severity;
use crate::report::model::Report;

pub(super) fn fill(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

pub(super) fn stroke(c: Rgb, width: f32) -> Stroke {
    Stroke {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        width,
        ..Stroke::default()
    }
}

/// A circle as four cubic Béziers.
pub(super) fn circle(cx: f32, cy: f32, r: f32) -> Option<krilla::geom::Path> {
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

pub(super) fn write(
    fonts: &Fonts,
    layout: &Layout<'_>,
    report: &Report,
) -> Result<Vec<u8>, PdfError> {
    let mut document = Document::new();
    let lang = report.lang;
    let title = if report.site.is_empty() {
        lang.t("report-title")
    } else {
        lang.tr(
            "report-title-site",
            &[("site", crate::i18n::Arg::from(report.site.as_str()))],
        )
    };
    document.set_metadata(
        Metadata::new()
            .title(title.clone())
            .creator(format!("Push Check {}", report.tool.version))
            .language(lang.code().to_string()),
    );
    let pages = layout.pages.len();
    for (index, ops) in layout.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(layout.width, layout.height)
            .ok_or_else(|| PdfError::Writer("bad paper size".to_string()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let footer = format!(
            "{title} · {} · {}",
            crate::words::day(lang, report.started_at.get(..10).unwrap_or("")),
            lang.tr(
                "pdf-page",
                &[
                    ("page", crate::i18n::Arg::from(index + 1)),
                    ("pages", crate::i18n::Arg::from(pages)),
                ]
            )
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
pub(super) fn draw_symbol(
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
