//! Fitting text into a width: wrapping at line-break opportunities, breaking over-long words,
//! and ellipsising what does not fit. Measured with the same shaping as drawing.

use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::{ELLIPSIS, Style, TextLine, Typesetter, is_mark};

impl Typesetter {
    /// One line no wider than `max_width`, ellipsised when the text is longer.
    pub fn fit(&self, text: &str, style: Style, max_width: f32) -> TextLine {
        self.wrap(text, style, max_width, 1)
            .into_iter()
            .next()
            .unwrap_or_else(|| self.line("", style))
    }

    /// Wraps `text` into at most `max_lines` lines no wider than `max_width`; the last line ends
    /// in an ellipsis when text was left out. Runs of white space count as one space.
    pub fn wrap(
        &self,
        text: &str,
        style: Style,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<TextLine> {
        let text = collapse_whitespace(text);
        if text.is_empty() || max_lines == 0 {
            return Vec::new();
        }
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut current_width = 0.0;
        let mut start = 0;
        for (end, opportunity) in linebreaks(&text) {
            let segment = &text[start..end];
            start = end;
            let word = segment.trim_end();
            let word_width = self.width(word, style);
            if !current.is_empty() && current_width + word_width > max_width {
                lines.push(std::mem::take(&mut current));
                current_width = 0.0;
            }
            if current.is_empty() && word_width > max_width {
                let mut pieces = self.split_word(word, style, max_width);
                let last = pieces.pop().unwrap_or_default();
                lines.append(&mut pieces);
                current = last;
                current.push_str(&segment[word.len()..]);
                current_width = self.width(&current, style);
            } else {
                current.push_str(segment);
                current_width += if word.len() == segment.len() {
                    word_width
                } else {
                    self.width(segment, style)
                };
            }
            if opportunity == BreakOpportunity::Mandatory && end < text.len() {
                lines.push(std::mem::take(&mut current));
                current_width = 0.0;
            }
            if lines.len() > max_lines {
                break;
            }
        }
        if !current.trim().is_empty() {
            lines.push(current);
        }
        let overflow = lines.len() > max_lines;
        lines.truncate(max_lines);
        if overflow && let Some(last) = lines.last_mut() {
            *last = self.ellipsise(last, style, max_width);
        }
        lines
            .iter()
            .map(|l| self.line(l.trim_end(), style))
            .collect()
    }

    /// Breaks a word wider than `max_width` into pieces that fit (at least one character each).
    fn split_word(&self, word: &str, style: Style, max_width: f32) -> Vec<String> {
        let mut pieces = Vec::new();
        let mut rest = word;
        while !rest.is_empty() {
            let cut = self.longest_fitting_prefix(rest, style, max_width, "");
            pieces.push(rest[..cut].to_string());
            rest = &rest[cut..];
        }
        pieces
    }

    fn ellipsise(&self, line: &str, style: Style, max_width: f32) -> String {
        let line = line.trim_end();
        let cut = self.longest_fitting_prefix(line, style, max_width, ELLIPSIS);
        let kept = if self.width(&format!("{line}{ELLIPSIS}"), style) <= max_width {
            line
        } else {
            line[..cut].trim_end()
        };
        format!("{kept}{ELLIPSIS}")
    }

    /// The byte length of the longest prefix of `text` that, followed by `suffix`, fits in
    /// `max_width`; never cuts inside a character or before a combining mark, and keeps at
    /// least one character when no prefix fits.
    fn longest_fitting_prefix(
        &self,
        text: &str,
        style: Style,
        max_width: f32,
        suffix: &str,
    ) -> usize {
        let bounds: Vec<usize> = text
            .char_indices()
            .skip(1)
            .filter(|&(_, ch)| !is_mark(ch))
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        let fits =
            |end: usize| self.width(&format!("{}{suffix}", &text[..end]), style) <= max_width;
        let (mut lo, mut hi) = (0usize, bounds.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if fits(bounds[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // `lo` bounds fit; keep at least the first character.
        let index = lo.saturating_sub(1);
        if lo == 0 {
            bounds.first().copied().unwrap_or(text.len())
        } else {
            bounds[index]
        }
    }
}

/// Trims and turns every run of white space (including line breaks) into one space.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
