//! The page layout: colours, fonts measured by their own advances, and a cursor running down
//! pages of drawing operations.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;

use super::{Paper, PdfError};
use crate::diagnosis::Severity;
use crate::report::status;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Rgb(pub(super) u8, pub(super) u8, pub(super) u8);

pub(super) const INK: Rgb = Rgb(25, 25, 30);
pub(super) const MUTED: Rgb = Rgb(90, 90, 100);
pub(super) const RULE: Rgb = Rgb(200, 200, 208);
pub(super) const BOX_FILL: Rgb = Rgb(244, 246, 250);
pub(super) const WHITE: Rgb = Rgb(255, 255, 255);

pub(super) fn status_rgb(s: Severity) -> Rgb {
    let (r, g, b) = status::rgb(s);
    Rgb(r, g, b)
}

#[derive(Clone, Debug)]
pub(super) enum Op {
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

pub(super) struct Face {
    pub(super) font: Font,
    pub(super) data: &'static [u8],
}

impl Face {
    pub(super) fn new(data: &'static [u8]) -> Result<Face, PdfError> {
        let font = Font::new(data.into(), 0).ok_or(PdfError::Font)?;
        skrifa::FontRef::new(data).map_err(|_| PdfError::Font)?;
        Ok(Face { font, data })
    }

    /// Glyphs for `text`, advances normalised to the em; characters the font lacks become '?'.
    pub(super) fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
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

    /// The characters of `text` this font has no glyph for.
    pub(super) fn missing(&self, text: &str) -> Vec<char> {
        let Ok(font) = skrifa::FontRef::new(self.data) else {
            return text.chars().collect();
        };
        let charmap = font.charmap();
        text.chars()
            .filter(|c| !crate::report::text::breaks_at(*c) && charmap.map(*c).is_none())
            .collect()
    }

    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        self.glyphs(text).iter().map(|g| g.x_advance).sum::<f32>() * size
    }
}

pub(super) struct Fonts {
    pub(super) regular: Face,
    pub(super) bold: Face,
}

impl Fonts {
    pub(super) fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }
}

/// Page layout: a cursor running down pages of drawing operations.
pub(super) struct Layout<'a> {
    pub(super) fonts: &'a Fonts,
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) margin: f32,
    pub(super) pages: Vec<Vec<Op>>,
    pub(super) y: f32,
}

pub(super) const FOOTER: f32 = 36.0;

impl<'a> Layout<'a> {
    /// The characters drawn on these pages that their fonts lack, each once.
    pub(super) fn missing_glyphs(&self) -> Vec<char> {
        let mut missing = std::collections::BTreeSet::new();
        for op in self.pages.iter().flatten() {
            if let Op::Text { text, bold, .. } = op {
                missing.extend(self.fonts.face(*bold).missing(text));
            }
        }
        missing.into_iter().collect()
    }

    pub(super) fn new(fonts: &'a Fonts, paper: Paper) -> Layout<'a> {
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

    pub(super) fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    pub(super) fn bottom(&self) -> f32 {
        self.height - self.margin - FOOTER
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.margin;
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > self.margin {
            self.new_page();
        }
    }

    pub(super) fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Splits `text` into lines no wider than `width`; words longer than a line are broken.
    pub(super) fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let face = self.fonts.face(bold);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in crate::report::text::words(paragraph) {
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

    pub(super) fn line_height(size: f32) -> f32 {
        size * 1.35
    }

    /// Writes wrapped text at `x`, moving the cursor down; may continue on a new page.
    pub(super) fn paragraph(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        color: Rgb,
        x: f32,
        width: f32,
    ) {
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
    pub(super) fn lines_at(
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

    pub(super) fn heading(&mut self, text: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::pdf::{BOLD, REGULAR};

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
