//! Tables for the PDF summary: cells wrap, a row is never cut in half, and the header row is
//! repeated at the top of every page the table continues on.

use super::flow::Flow;
use crate::render::layout::{Anchor, Rect, Rgb, Shape};
use crate::render::text::{Style, TextLine};

const PAD_X: f32 = 6.0;
const PAD_Y: f32 = 5.0;
const LINE: f32 = 12.5;
/// No cell grows past this many lines (the rest is ellipsised), so a row always fits a page.
const MAX_LINES: usize = 12;
const CELL: Style = Style::regular(9.5);
const HEAD: Style = Style::bold(9.0);
const HEADER_FILL: Rgb = Rgb(0xF1, 0xF3, 0xF6);
const STRIPE_FILL: Rgb = Rgb(0xFA, 0xFA, 0xFB);

/// A column: its heading, width (0 = takes what the others leave) and alignment.
#[derive(Debug, Clone, Copy)]
pub(super) struct Column {
    pub title: &'static str,
    pub width: f32,
    pub align: Anchor,
}

/// A row with its cells set.
#[derive(Debug)]
pub(super) struct Row {
    cells: Vec<Vec<TextLine>>,
    pub height: f32,
}

#[derive(Debug)]
pub(super) struct Table {
    columns: Vec<Column>,
    x: f32,
}

impl Table {
    /// Columns laid out across `width` from `x`; the zero-width column takes the rest.
    pub fn new(mut columns: Vec<Column>, x: f32, width: f32) -> Table {
        let fixed: f32 = columns.iter().map(|c| c.width).sum();
        let flexible = columns.iter().filter(|c| c.width == 0.0).count().max(1) as f32;
        for column in &mut columns {
            if column.width == 0.0 {
                column.width = ((width - fixed) / flexible).max(40.0);
            }
        }
        Table { columns, x }
    }

    pub fn header_height(&self) -> f32 {
        LINE + 2.0 * PAD_Y + 2.0
    }

    /// Sets one row's cells (one text per column).
    pub fn row(&self, flow: &Flow, texts: &[String]) -> Row {
        let cells: Vec<Vec<TextLine>> = self
            .columns
            .iter()
            .zip(texts)
            .map(|(column, text)| {
                flow.setter
                    .wrap(text, CELL, column.width - 2.0 * PAD_X, MAX_LINES)
            })
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        Row {
            cells,
            height: lines as f32 * LINE + 2.0 * PAD_Y,
        }
    }

    fn width(&self) -> f32 {
        self.columns.iter().map(|c| c.width).sum()
    }

    fn cell_x(&self, index: usize) -> (f32, f32) {
        let left = self.x + self.columns[..index].iter().map(|c| c.width).sum::<f32>();
        (left, left + self.columns[index].width)
    }

    pub fn draw_header(&self, flow: &mut Flow) {
        let rect = Rect {
            x: self.x,
            y: flow.y,
            width: self.width(),
            height: self.header_height(),
        };
        flow.push(Shape::Rect {
            rect,
            radius: 3.0,
            fill: Some(HEADER_FILL),
            stroke: None,
        });
        for (index, column) in self.columns.iter().enumerate() {
            let line = flow
                .setter
                .fit(column.title, HEAD, column.width - 2.0 * PAD_X);
            self.place(
                flow,
                index,
                column.align,
                flow.y + PAD_Y + 1.0 + LINE - 3.0,
                HEAD,
                Rgb::MUTED,
                line,
            );
        }
        flow.y += rect.height;
    }

    #[allow(clippy::too_many_arguments)]
    fn place(
        &self,
        flow: &mut Flow,
        index: usize,
        align: Anchor,
        baseline: f32,
        style: Style,
        colour: Rgb,
        line: TextLine,
    ) {
        let (left, right) = self.cell_x(index);
        let x = match align {
            Anchor::Start => left + PAD_X,
            Anchor::Middle => (left + right) / 2.0,
            Anchor::End => right - PAD_X,
        };
        flow.text_at(x, baseline, align, style, colour, line);
    }

    /// Draws `row` at the flow's place; the caller has made room for it.
    pub fn draw_row(&self, flow: &mut Flow, row: Row, striped: bool) {
        let rect = Rect {
            x: self.x,
            y: flow.y,
            width: self.width(),
            height: row.height,
        };
        if striped {
            flow.push(Shape::Rect {
                rect,
                radius: 0.0,
                fill: Some(STRIPE_FILL),
                stroke: None,
            });
        }
        flow.push(Shape::Line {
            from: (rect.x, rect.bottom()),
            to: (rect.right(), rect.bottom()),
            colour: Rgb::GRID,
            width: 0.75,
            dash: None,
        });
        for (index, cell) in row.cells.into_iter().enumerate() {
            let align = self.columns[index].align;
            let colour = if index == 0 { Rgb::INK } else { Rgb::MUTED };
            for (n, line) in cell.into_iter().enumerate() {
                let baseline = flow.y + PAD_Y + LINE * (n as f32 + 1.0) - 3.0;
                self.place(flow, index, align, baseline, CELL, colour, line);
            }
        }
        flow.y += rect.height;
    }

    /// Draws all rows, starting a new page (with `continued` above a repeated header) whenever
    /// the next row does not fit whole on this one.
    pub fn draw_rows(&self, flow: &mut Flow, rows: Vec<Row>, continued: &str) {
        for (index, row) in rows.into_iter().enumerate() {
            if flow.room() < row.height {
                flow.new_page();
                flow.continued_heading(continued);
                self.draw_header(flow);
            }
            self.draw_row(flow, row, index % 2 == 1);
        }
    }
}
