//! Right-to-left text: the Unicode bidirectional algorithm puts each line's pieces in the order
//! they are drawn, left to right. The line's base direction is left to right, as the SVG
//! renderer (usvg) sets it, so a picture and its PDF agree.

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

/// A piece of a line that runs in one direction: its byte range in the text and whether it
/// runs right to left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    pub rtl: bool,
}

/// The line's direction segments in drawing order (left to right on the page). The characters
/// inside a right-to-left segment stay in reading order; the shaper lays them out leftwards.
pub fn segments(text: &str) -> Vec<Segment> {
    if !text.chars().any(turns_right_to_left) {
        // The common case: no bidi pass at all.
        return vec![Segment {
            range: 0..text.len(),
            rtl: false,
        }];
    }
    let info = BidiInfo::new(text, Some(Level::ltr()));
    let mut segments = Vec::new();
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        segments.extend(runs.into_iter().map(|range| Segment {
            rtl: levels[range.start].is_rtl(),
            range,
        }));
    }
    segments
}

/// Characters that can make any part of a left-to-right line run right to left.
fn turns_right_to_left(ch: char) -> bool {
    use BidiClass::{AL, AN, FSI, R, RLE, RLI, RLO};
    matches!(bidi_class(ch), R | AL | AN | RLE | RLO | RLI | FSI)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(&str, bool)> {
        segments(text)
            .into_iter()
            .map(|s| (&text[s.range], s.rtl))
            .collect()
    }

    #[test]
    fn left_to_right_text_is_one_segment() {
        assert_eq!(
            pieces("Grow 2026 (fast)"),
            vec![("Grow 2026 (fast)", false)]
        );
    }

    #[test]
    fn numbers_inside_arabic_keep_their_digit_order_and_come_first_on_the_page() {
        // Read right to left: "growth plan" then 2027; drawn left to right: 2027, then the words.
        assert_eq!(
            pieces("خطة النمو 2027"),
            vec![("2027", false), ("خطة النمو ", true)]
        );
    }

    #[test]
    fn an_arabic_phrase_inside_english_is_reversed_as_a_whole() {
        assert_eq!(
            pieces("Launch سوق جديد 2027 now"),
            vec![
                ("Launch ", false),
                ("2027", false),
                ("سوق جديد ", true),
                (" now", false)
            ]
        );
    }
}
