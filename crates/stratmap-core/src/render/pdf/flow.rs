//! The page machinery of the summary pages: `Flow` places blocks down the page and starts a new
//! one when a block does not fit. Pagination is ours and pure: only shapes per page. The
//! sections that flow through it are put in order by `summary`.

use crate::render::layout::{Anchor, Label, Rect, Rgb, Shape};
use crate::render::text::{Style, TextLine, Typesetter};

pub(super) const MARGIN: f32 = 40.0;
pub(super) const FOOTER: f32 = 26.0;

/// Content flowing down pages of one size.
pub(super) struct Flow<'a> {
    pub setter: &'a Typesetter,
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Vec<Shape>>,
    /// Top of the next block on the current page.
    pub y: f32,
}

impl<'a> Flow<'a> {
    pub fn new(setter: &'a Typesetter, width: f32, height: f32) -> Flow<'a> {
        Flow {
            setter,
            width,
            height,
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    pub fn room(&self) -> f32 {
        self.height - MARGIN - FOOTER - self.y
    }

    pub fn at_top(&self) -> bool {
        self.y <= MARGIN
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    pub fn push(&mut self, shape: Shape) {
        if let Some(page) = self.pages.last_mut() {
            page.push(shape);
        }
    }

    pub fn text(&mut self, x: f32, baseline: f32, style: Style, colour: Rgb, line: TextLine) {
        self.text_at(x, baseline, Anchor::Start, style, colour, line);
    }

    /// A line of text whose `anchor` (start, middle or end) is at `x`.
    pub fn text_at(
        &mut self,
        x: f32,
        baseline: f32,
        anchor: Anchor,
        style: Style,
        colour: Rgb,
        line: TextLine,
    ) {
        self.push(Shape::Text(Label {
            x,
            baseline,
            anchor,
            style,
            colour,
            line,
        }));
    }

    /// Wrapped lines from the current place; returns their height.
    pub fn paragraph(
        &mut self,
        x: f32,
        width: f32,
        text: &str,
        style: Style,
        colour: Rgb,
        max_lines: usize,
    ) -> f32 {
        let line_height = style.size * 1.35;
        let lines = self.setter.wrap(text, style, width, max_lines);
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            self.text(
                x,
                self.y + style.size + i as f32 * line_height,
                style,
                colour,
                line,
            );
        }
        count as f32 * line_height
    }

    pub fn continued_heading(&mut self, text: &str) {
        let style = Style::bold(11.0);
        let line = self
            .setter
            .fit(&format!("{text} (continued)"), style, self.content_width());
        self.text(MARGIN, self.y + 11.0, style, Rgb::MUTED, line);
        self.y += 22.0;
    }

    pub fn heading(&mut self, text: &str, swatch: Option<Rgb>) {
        let style = Style::bold(17.0);
        let mut x = MARGIN;
        if let Some(colour) = swatch {
            self.push(Shape::Rect {
                rect: Rect {
                    x,
                    y: self.y + 2.0,
                    width: 5.0,
                    height: 18.0,
                },
                radius: 2.0,
                fill: Some(colour),
                stroke: None,
            });
            x += 13.0;
        }
        let line = self.setter.fit(text, style, self.width - MARGIN - x);
        let colour = swatch.map_or(Rgb::INK, |c| c.shade(0.55));
        self.text(x, self.y + 16.0, style, colour, line);
        self.y += 28.0;
    }

    /// A paragraph that moves the flow down past itself.
    pub fn words(&mut self, text: &str, style: Style, colour: Rgb) {
        let used = self.paragraph(MARGIN, self.content_width(), text, style, colour, 6);
        self.y += used + 6.0;
    }

    /// One quiet line, for what is absent ("No snapshots taken yet.").
    pub fn note(&mut self, text: &str) {
        let style = Style::regular(10.0);
        let line = self.setter.fit(text, style, self.content_width());
        self.text(MARGIN, self.y + 10.0, style, Rgb::QUIET, line);
        self.y += 20.0;
    }

    /// The title of a block inside a section (a second table, say).
    pub fn subheading(&mut self, text: &str) {
        let style = Style::bold(11.0);
        let line = self.setter.fit(text, style, self.content_width());
        self.text(MARGIN, self.y + 11.0, style, Rgb::INK, line);
        self.y += 20.0;
    }

    /// Before a section: starts a new page when its opening (`intro`: heading, text and first
    /// row) does not fit here, or when the whole section (`whole`) would break here but fits
    /// on a page of its own, so short sections are never split.
    pub fn keep_together(&mut self, intro: f32, whole: f32) {
        let page_room = self.height - 2.0 * MARGIN - FOOTER;
        let fresh = self.room() < intro || (self.room() < whole && whole <= page_room);
        if !self.at_top() && fresh {
            self.new_page();
        }
    }

    /// The height `paragraph` will take for `text`.
    pub fn paragraph_height(&self, text: &str, style: Style, width: f32, max_lines: usize) -> f32 {
        self.setter.wrap(text, style, width, max_lines).len() as f32 * style.size * 1.35
    }
}

/// "2026-11-27T09:00:00Z" as "27 November 2026, 09:00 UTC"; anything else as given.
pub(super) fn readable_time(stamp: &str) -> String {
    let format = time::macros::format_description!(
        "[day padding:none] [month repr:long] [year], [hour]:[minute] UTC"
    );
    time::OffsetDateTime::parse(stamp, &time::format_description::well_known::Rfc3339)
        .ok()
        .and_then(|t| t.to_offset(time::UtcOffset::UTC).format(format).ok())
        .unwrap_or_else(|| stamp.to_string())
}
