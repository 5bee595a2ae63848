//! One SVG element per layout shape: rectangles, lines, circles, polygons and `<text>` with
//! every font family named, plus the number and text formatting they share with the document.

use std::fmt::Write;

use crate::render::fonts::{SYNTHETIC_BOLD, family_list};
use crate::render::layout::{Anchor, Label, Rgb, Shape};
use crate::render::text::Run;

fn paint(fill: Option<Rgb>, stroke: Option<(Rgb, f32)>) -> String {
    let mut text = match fill {
        Some(c) => format!(r#" fill="{}""#, c.hex()),
        None => r#" fill="none""#.to_string(),
    };
    if let Some((colour, width)) = stroke {
        let _ = write!(
            text,
            r#" stroke="{}" stroke-width="{}""#,
            colour.hex(),
            num(width)
        );
    }
    text
}

pub(super) fn write_shape(out: &mut String, shape: &Shape) {
    let _ = match shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let rounded = if *radius > 0.0 {
                format!(r#" rx="{}""#, num(*radius))
            } else {
                String::new()
            };
            writeln!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}"{rounded}{}/>"#,
                num(rect.x),
                num(rect.y),
                num(rect.width),
                num(rect.height),
                paint(*fill, *stroke)
            )
        }
        Shape::Line {
            from,
            to,
            colour,
            width,
            dash,
        } => {
            let dash = dash.map_or(String::new(), |d| {
                format!(r#" stroke-dasharray="{} {}""#, num(d), num(d))
            });
            writeln!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"{dash}/>"#,
                num(from.0),
                num(from.1),
                num(to.0),
                num(to.1),
                colour.hex(),
                num(*width)
            )
        }
        Shape::Circle {
            centre,
            radius,
            fill,
            stroke,
        } => writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}"{}/>"#,
            num(centre.0),
            num(centre.1),
            num(*radius),
            paint(*fill, *stroke)
        ),
        Shape::Polygon { points, fill } => {
            let points: Vec<String> = points
                .iter()
                .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
                .collect();
            writeln!(
                out,
                r#"<polygon points="{}" fill="{}"/>"#,
                points.join(" "),
                fill.hex()
            )
        }
        Shape::Text(label) => {
            write_text(out, label);
            Ok(())
        }
    };
}

fn write_text(out: &mut String, label: &Label) {
    if label.line.runs.is_empty() {
        return;
    }
    let anchor = match label.anchor {
        Anchor::Start => "",
        Anchor::Middle => r#" text-anchor="middle""#,
        Anchor::End => r#" text-anchor="end""#,
    };
    let weight = if label.style.bold {
        r#" font-weight="700""#
    } else {
        ""
    };
    let head = format!(
        r#"<text x="{}" y="{}" font-size="{}"{weight}{anchor} fill="{}""#,
        num(label.x),
        num(label.baseline),
        num(label.style.size),
        label.colour.hex()
    );
    // Bold wanted in a face with no bold cut: the glyphs get an outline of their own colour.
    let thicken = |run: &Run| {
        if label.style.bold && !run.face.has_bold() {
            format!(
                r#" stroke="{}" stroke-width="{}" stroke-linejoin="round""#,
                label.colour.hex(),
                num(label.style.size * SYNTHETIC_BOLD)
            )
        } else {
            String::new()
        }
    };
    match label.line.runs.as_slice() {
        [run] => {
            let _ = writeln!(
                out,
                r#"{head} font-family="{}"{}>{}</text>"#,
                escape(&family_list(run.face)),
                thicken(run),
                escape(&run.text)
            );
        }
        runs => {
            // One <text> per run, in drawing order, placed by our own measure: each is shaped
            // in exactly one font by every renderer (no renderer-side fallback).
            let mut x = match label.anchor {
                Anchor::Start => label.x,
                Anchor::Middle => label.x - label.line.width / 2.0,
                Anchor::End => label.x - label.line.width,
            };
            for run in runs {
                if run.text.trim().is_empty() {
                    // Only room between runs: nothing to draw.
                    x += run.width;
                    continue;
                }
                // A renderer strips a <text>'s leading spaces unless told not to.
                let space = if run.text.starts_with(char::is_whitespace) {
                    r#" xml:space="preserve""#
                } else {
                    ""
                };
                // A right-to-left run goes in a right-to-left override, so the renderer sets
                // its neutral characters (punctuation) as our bidi pass did, not on its own.
                let text = if run.rtl {
                    format!("\u{202E}{}\u{202C}", run.text)
                } else {
                    run.text.clone()
                };
                let _ = writeln!(
                    out,
                    r#"<text x="{}" y="{}" font-size="{}"{weight} fill="{}" font-family="{}"{}{space}>{}</text>"#,
                    num(x),
                    num(label.baseline),
                    num(label.style.size),
                    label.colour.hex(),
                    escape(&family_list(run.face)),
                    thicken(run),
                    escape(&text)
                );
                x += run.width;
            }
        }
    }
}

/// A coordinate with at most two decimals and no trailing zeros, so output is stable.
pub(super) fn num(value: f32) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 0.0 || !rounded.is_finite() {
        return "0".to_string();
    }
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(0.5), "0.5");
    }

    fn label(text: &str, bold: bool) -> Label {
        let setter = match crate::render::text::Typesetter::new() {
            Ok(setter) => setter,
            Err(e) => panic!("{e}"),
        };
        let style = if bold {
            crate::render::text::Style::bold(20.0)
        } else {
            crate::render::text::Style::regular(20.0)
        };
        Label {
            x: 0.0,
            baseline: 20.0,
            anchor: Anchor::Start,
            style,
            colour: Rgb::parse("#112233"),
            line: setter.line(text, style),
        }
    }

    #[test]
    fn bold_in_a_face_without_a_bold_cut_is_thickened_in_its_own_colour() {
        let mut out = String::new();
        write_text(&mut out, &label("Plan 增长", true));
        let cjk = out.lines().find(|l| l.contains("增长")).unwrap_or_default();
        assert!(cjk.contains(r##"stroke="#112233""##), "{out}");
        let latin = out.lines().find(|l| l.contains("Plan")).unwrap_or_default();
        assert!(!latin.contains("stroke"), "Inter has a bold cut: {out}");
        let mut regular = String::new();
        write_text(&mut regular, &label("Plan 增长", false));
        assert!(!regular.contains("stroke"), "{regular}");
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape(r#"<b>"R&D"</b>'"#),
            "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;&apos;"
        );
    }
}
