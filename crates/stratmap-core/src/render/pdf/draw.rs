//! Draws layout shapes on a krilla surface. Text is shaped by our typesetter, run by run in the
//! run's embedded font, and written as real text (selectable, searchable, subset on embed).

use std::collections::HashMap;

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Rect as KRect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::error::{Error, Result};
use crate::render::fonts::{Face, SYNTHETIC_BOLD};
use crate::render::layout::{Anchor, Label, Rect, Rgb, Shape};
use crate::render::text::{Run, Typesetter};

/// The embedded fonts as krilla fonts, made once per document.
pub(super) struct PdfFonts {
    fonts: HashMap<Face, Font>,
}

impl PdfFonts {
    pub(super) fn new() -> Result<PdfFonts> {
        let mut fonts = HashMap::new();
        for face in Face::ALL {
            let font = Font::new(face.data().into(), 0).ok_or_else(|| {
                Error::Render(format!(
                    "the embedded font {} could not be read",
                    face.family()
                ))
            })?;
            fonts.insert(face, font);
        }
        Ok(PdfFonts { fonts })
    }

    fn get(&self, face: Face) -> Option<Font> {
        self.fonts.get(&face).cloned()
    }
}

fn colour(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: colour(c).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn stroke(c: Rgb, width: f32, dash: Option<f32>) -> Stroke {
    Stroke {
        paint: colour(c).into(),
        width,
        dash: dash.map(|d| StrokeDash {
            array: vec![d, d],
            offset: 0.0,
        }),
        ..Default::default()
    }
}

/// Draws every shape in order.
pub(super) fn shapes(
    surface: &mut Surface,
    fonts: &PdfFonts,
    setter: &Typesetter,
    shapes: &[Shape],
) {
    for shape in shapes {
        match shape {
            Shape::Rect {
                rect,
                radius,
                fill: f,
                stroke: s,
            } => paint(
                surface,
                rounded_rect(rect, *radius),
                *f,
                s.map(|(c, w)| stroke(c, w, None)),
            ),
            Shape::Line {
                from,
                to,
                colour: c,
                width,
                dash,
            } => {
                let mut builder = PathBuilder::new();
                builder.move_to(from.0, from.1);
                builder.line_to(to.0, to.1);
                paint(
                    surface,
                    builder.finish(),
                    None,
                    Some(stroke(*c, *width, *dash)),
                );
            }
            Shape::Circle {
                centre,
                radius,
                fill: f,
                stroke: s,
            } => paint(
                surface,
                circle(*centre, *radius),
                *f,
                s.map(|(c, w)| stroke(c, w, None)),
            ),
            Shape::Polygon { points, fill: f } => {
                let mut builder = PathBuilder::new();
                for (i, (x, y)) in points.iter().enumerate() {
                    if i == 0 {
                        builder.move_to(*x, *y);
                    } else {
                        builder.line_to(*x, *y);
                    }
                }
                builder.close();
                paint(surface, builder.finish(), Some(*f), None);
            }
            Shape::Text(label) => text(surface, fonts, setter, label),
        }
    }
}

fn paint(surface: &mut Surface, path: Option<Path>, f: Option<Rgb>, s: Option<Stroke>) {
    let Some(path) = path else {
        return;
    };
    surface.set_fill(f.map(fill));
    surface.set_stroke(s);
    surface.draw_path(&path);
    surface.set_stroke(None);
}

fn rounded_rect(rect: &Rect, radius: f32) -> Option<Path> {
    let r = radius.min(rect.width / 2.0).min(rect.height / 2.0).max(0.0);
    let mut b = PathBuilder::new();
    if r == 0.0 {
        b.push_rect(KRect::from_xywh(rect.x, rect.y, rect.width, rect.height)?);
        return b.finish();
    }
    let (l, t, rt, bm) = (rect.x, rect.y, rect.right(), rect.bottom());
    let k = r * 0.447_715; // 1 - 0.552285: control-point inset for a quarter circle
    b.move_to(l + r, t);
    b.line_to(rt - r, t);
    b.cubic_to(rt - k, t, rt, t + k, rt, t + r);
    b.line_to(rt, bm - r);
    b.cubic_to(rt, bm - k, rt - k, bm, rt - r, bm);
    b.line_to(l + r, bm);
    b.cubic_to(l + k, bm, l, bm - k, l, bm - r);
    b.line_to(l, t + r);
    b.cubic_to(l, t + k, l + k, t, l + r, t);
    b.close();
    b.finish()
}

fn circle(centre: (f32, f32), r: f32) -> Option<Path> {
    let (cx, cy) = centre;
    let k = r * 0.552_285;
    let mut b = PathBuilder::new();
    b.move_to(cx + r, cy);
    b.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    b.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    b.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    b.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    b.close();
    b.finish()
}

fn text(surface: &mut Surface, fonts: &PdfFonts, setter: &Typesetter, label: &Label) {
    let width = label.line.width;
    let mut pen = match label.anchor {
        Anchor::Start => label.x,
        Anchor::Middle => label.x - width / 2.0,
        Anchor::End => label.x - width,
    };
    surface.set_fill(Some(fill(label.colour)));
    surface.set_stroke(None);
    for run in &label.line.runs {
        let Some(font) = fonts.get(run.face) else {
            continue;
        };
        let (glyphs, advance) = glyphs(setter, run);
        let thicken = label.style.bold && !run.face.has_bold();
        if thicken {
            surface.set_stroke(Some(Stroke {
                line_join: LineJoin::Round,
                ..stroke(label.colour, label.style.size * SYNTHETIC_BOLD, None)
            }));
        }
        surface.draw_glyphs(
            Point::from_xy(pen, label.baseline),
            &glyphs,
            font,
            &run.text,
            label.style.size,
            false,
        );
        if thicken {
            surface.set_stroke(None);
        }
        pen += advance * label.style.size;
    }
}

/// Shapes a run into krilla glyphs (advances in ems) and gives its total advance in ems.
fn glyphs(setter: &Typesetter, run: &Run) -> (Vec<KrillaGlyph>, f32) {
    let shaped = setter.shaped(run);
    let upem = setter.units_per_em(run.face);
    let mut clusters: Vec<usize> = shaped.infos.iter().map(|i| i.cluster as usize).collect();
    clusters.sort_unstable();
    clusters.dedup();
    let end_of = |start: usize| {
        let next = clusters.partition_point(|&c| c <= start);
        clusters.get(next).copied().unwrap_or(run.text.len())
    };
    let mut total = 0.0;
    let glyphs = shaped
        .infos
        .iter()
        .zip(&shaped.positions)
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            total += pos.x_advance as f32 / upem;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / upem,
                pos.x_offset as f32 / upem,
                pos.y_offset as f32 / upem,
                pos.y_advance as f32 / upem,
                start..end_of(start),
                None,
            )
        })
        .collect();
    (glyphs, total)
}
