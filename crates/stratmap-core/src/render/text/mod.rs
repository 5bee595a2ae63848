//! Text set in the embedded fonts: choosing a face per run, measuring with the same shaper the
//! renderers use, wrapping at Unicode line-break opportunities, breaking over-long words and
//! ellipsising. A character no embedded font has becomes U+FFFD, drawn visibly, never a crash.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::fonts::{self, Face, Shapers};
use crate::error::Result;

mod bidi;
mod wrap;
pub use wrap::collapse_whitespace;

pub const ELLIPSIS: &str = "…";
const REPLACEMENT: char = '\u{FFFD}';

/// Size (px or pt) and weight of a piece of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
}

impl Style {
    pub const fn regular(size: f32) -> Style {
        Style { size, bold: false }
    }

    pub const fn bold(size: f32) -> Style {
        Style { size, bold: true }
    }
}

/// Consecutive characters set in one face and one direction. A line's runs are in drawing
/// order, left to right; a right-to-left run keeps its characters in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub face: Face,
    pub text: String,
    pub rtl: bool,
    /// Advance width at the line's size (set by [`Typesetter::line`]).
    pub width: f32,
}

/// One line of set text.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub text: String,
    pub runs: Vec<Run>,
    pub width: f32,
}

type PlanKey = (
    Face,
    rustybuzz::Direction,
    Option<rustybuzz::Script>,
    Option<rustybuzz::Language>,
);

/// Measures and breaks text with the embedded fonts. Keeps the shaping plans and the widths it
/// has measured (one export sets the same words many times), so make one per export.
pub struct Typesetter {
    shapers: &'static Shapers,
    plans: RefCell<HashMap<PlanKey, Rc<rustybuzz::ShapePlan>>>,
    /// Width in ems of a text in regular (false) or bold (true).
    widths: RefCell<HashMap<(String, bool), f32>>,
    /// Runs already shaped (by face and direction), so a run measured while setting is not
    /// shaped again when drawn.
    shaped: RefCell<HashMap<(Face, bool), ShapedTexts>>,
}

/// Shaped runs of one face and direction, by their text.
type ShapedTexts = HashMap<String, Rc<Shaped>>;

/// A run's glyphs as the shaper gave them (in font units, independent of size).
#[derive(Debug, Clone)]
pub struct Shaped {
    pub infos: Vec<rustybuzz::GlyphInfo>,
    pub positions: Vec<rustybuzz::GlyphPosition>,
}

impl std::fmt::Debug for Typesetter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Typesetter")
    }
}

impl Typesetter {
    pub fn new() -> Result<Typesetter> {
        Ok(Typesetter {
            shapers: fonts::shapers()?,
            plans: RefCell::new(HashMap::new()),
            widths: RefCell::new(HashMap::new()),
            shaped: RefCell::new(HashMap::new()),
        })
    }

    fn has(&self, face: Face, ch: char) -> bool {
        self.shapers.face(face).glyph_index(ch).is_some()
    }

    /// Splits `text` into runs in drawing order: first into direction segments (the Unicode
    /// bidirectional algorithm), then each segment into faces.
    ///
    /// Spaces at the ends of a right-to-left segment become runs of their own, so every
    /// right-to-left run's ink fills its box: the SVG writer can then place it exactly.
    pub fn runs(&self, text: &str, bold: bool) -> Vec<Run> {
        let mut runs = Vec::new();
        for segment in bidi::segments(text) {
            let piece = &text[segment.range];
            if !segment.rtl {
                runs.append(&mut self.face_runs(piece, bold, false));
                continue;
            }
            let inner = piece.trim();
            let leading = &piece[..piece.len() - piece.trim_start().len()];
            let trailing = &piece[piece.trim_end().len().max(leading.len())..];
            let mut pieces = self.face_runs(leading, bold, false);
            pieces.append(&mut self.face_runs(inner, bold, true));
            pieces.append(&mut self.face_runs(trailing, bold, false));
            pieces.reverse();
            runs.append(&mut pieces);
        }
        runs
    }

    /// Splits `text` into runs, one face each. Neutral characters (spaces, digits, punctuation)
    /// and combining marks stay in the current run when its face has them, so a run only
    /// changes face where the script does.
    fn face_runs(&self, text: &str, bold: bool, rtl: bool) -> Vec<Run> {
        let order = Face::fallback_order(bold);
        let mut runs: Vec<Run> = Vec::new();
        for ch in text.chars() {
            let current = runs.last().map(|r| r.face);
            let keep = current.filter(|&face| {
                invisible(ch) || ((is_mark(ch) || !ch.is_alphabetic()) && self.has(face, ch))
            });
            let (face, ch) = match keep {
                Some(face) => (face, ch),
                None => match order.iter().find(|&&f| self.has(f, ch)) {
                    Some(&face) => (face, ch),
                    None if invisible(ch) => (order[0], ch),
                    None => {
                        let face = order
                            .iter()
                            .copied()
                            .find(|&f| self.has(f, REPLACEMENT))
                            .unwrap_or(order[0]);
                        (face, REPLACEMENT)
                    }
                },
            };
            match runs.last_mut() {
                Some(run) if run.face == face => run.text.push(ch),
                _ => runs.push(Run {
                    face,
                    text: ch.to_string(),
                    rtl,
                    width: 0.0,
                }),
            }
        }
        runs
    }

    /// Shapes one run as the renderers will.
    pub fn shape(&self, run: &Run) -> rustybuzz::GlyphBuffer {
        let face = self.shapers.face(run.face);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&run.text);
        buffer.set_direction(if run.rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        buffer.guess_segment_properties();
        let key = (
            run.face,
            buffer.direction(),
            Some(buffer.script()),
            buffer.language(),
        );
        let plan = self
            .plans
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                Rc::new(rustybuzz::ShapePlan::new(
                    face,
                    buffer.direction(),
                    Some(buffer.script()),
                    buffer.language().as_ref(),
                    &[],
                ))
            })
            .clone();
        rustybuzz::shape_with_plan(face, &plan, buffer)
    }

    /// Shapes one run as [`Typesetter::shape`] does, remembering the result: shaping depends
    /// only on the face and the text, so the same run is shaped once per typesetter.
    pub fn shaped(&self, run: &Run) -> Rc<Shaped> {
        if let Some(shaped) = self
            .shaped
            .borrow()
            .get(&(run.face, run.rtl))
            .and_then(|texts| texts.get(run.text.as_str()))
        {
            return Rc::clone(shaped);
        }
        let buffer = self.shape(run);
        let shaped = Rc::new(Shaped {
            infos: buffer.glyph_infos().to_vec(),
            positions: buffer.glyph_positions().to_vec(),
        });
        self.shaped
            .borrow_mut()
            .entry((run.face, run.rtl))
            .or_default()
            .insert(run.text.clone(), Rc::clone(&shaped));
        shaped
    }

    pub fn units_per_em(&self, face: Face) -> f32 {
        // units_per_em is at least 16 in any valid font; guard anyway.
        (self.shapers.face(face).units_per_em() as f32).max(1.0)
    }

    fn run_width(&self, run: &Run, size: f32) -> f32 {
        let shaped = self.shaped(run);
        let advance: i64 = shaped
            .positions
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        advance as f32 * size / self.units_per_em(run.face)
    }

    /// The advance width of `text` set in `style`.
    pub fn width(&self, text: &str, style: Style) -> f32 {
        let key = (text.to_string(), style.bold);
        if let Some(ems) = self.widths.borrow().get(&key) {
            return ems * style.size;
        }
        let ems: f32 = self
            .runs(text, style.bold)
            .iter()
            .map(|run| self.run_width(run, 1.0))
            .sum();
        self.widths.borrow_mut().insert(key, ems);
        ems * style.size
    }

    /// One line, as it is (no wrapping, no ellipsis).
    pub fn line(&self, text: &str, style: Style) -> TextLine {
        let mut runs = self.runs(text, style.bold);
        for run in &mut runs {
            run.width = self.run_width(run, style.size);
        }
        let width = runs.iter().map(|r| r.width).sum();
        TextLine {
            text: text.to_string(),
            runs,
            width,
        }
    }
}

/// Characters that draw nothing (joiners, marks of direction, variation selectors).
fn invisible(ch: char) -> bool {
    matches!(ch, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// Combining marks that must stay with the character before them.
fn is_mark(ch: char) -> bool {
    matches!(ch,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{3099}'..='\u{309A}'
        | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setter() -> Typesetter {
        match Typesetter::new() {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn scripts_get_their_own_faces_in_drawing_order() {
        let t = setter();
        let faces: Vec<(Face, String)> = t
            .runs("Rost 增长 نمو 2026", false)
            .into_iter()
            .map(|r| (r.face, r.text))
            .collect();
        assert_eq!(
            faces,
            vec![
                (Face::InterRegular, "Rost ".to_string()),
                (Face::Cjk, "增长 ".to_string()),
                (Face::InterRegular, "2026".to_string()),
                (Face::InterRegular, " ".to_string()),
                (Face::Arabic, "نمو".to_string()),
            ]
        );
    }

    #[test]
    fn a_character_no_font_has_becomes_a_visible_replacement() {
        let t = setter();
        let runs = t.runs("a\u{10FFFD}b", false);
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "a\u{FFFD}b");
        assert!(t.width("\u{FFFD}", Style::regular(12.0)) > 1.0);
    }

    #[test]
    fn wrapping_keeps_lines_narrow_and_ellipsises_the_last() {
        let t = setter();
        let style = Style::regular(13.0);
        let text = "Weekly customer interviews feed every roadmap review and every pricing decision we make";
        let lines = t.wrap(text, style, 150.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| l.width <= 150.0), "{lines:?}");
        assert!(lines[2].text.ends_with(ELLIPSIS));
        let all = t.wrap(text, style, 150.0, 20);
        let joined: Vec<&str> = all.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn an_over_long_word_is_broken_inside() {
        let t = setter();
        let style = Style::regular(13.0);
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";
        let lines = t.wrap(word, style, 100.0, 10);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 100.0));
        let joined: String = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(joined, word);
    }

    #[test]
    fn a_width_too_small_for_one_character_still_makes_progress() {
        let t = setter();
        let lines = t.wrap("WWW", Style::regular(13.0), 1.0, 10);
        assert_eq!(lines.len(), 3);
    }
}
