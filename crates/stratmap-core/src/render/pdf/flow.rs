//! The summary pages after the canvas: an overview of the areas, then per area its stance →
//! target, its two pole descriptions and a table of its initiatives, then the snapshots.
//! Pagination is ours and pure: this module only produces shapes per page.

use super::table::{Column, Table};
use crate::model::{Area, Document};
use crate::render::layout::{Anchor, Label, Rect, Rgb, Shape, format_axis_value};
use crate::render::text::{Style, TextLine, Typesetter};
use crate::snapshot::Snapshot;

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
        self.push(Shape::Text(Label {
            x,
            baseline,
            anchor: Anchor::Start,
            style,
            colour,
            line,
        }));
    }

    /// Wrapped lines from the current place; returns their height.
    fn paragraph(
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

    fn heading(&mut self, text: &str, swatch: Option<Rgb>) {
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
}

/// Every summary page after the canvas page, as shapes.
pub(super) fn summary(
    doc: &Document,
    snapshots: &[Snapshot],
    setter: &Typesetter,
    width: f32,
    height: f32,
) -> Vec<Vec<Shape>> {
    let mut flow = Flow::new(setter, width, height);
    overview(&mut flow, doc);
    for area in doc.areas() {
        area_section(&mut flow, doc, area);
    }
    snapshot_section(&mut flow, snapshots);
    flow.pages
}

fn overview(flow: &mut Flow, doc: &Document) {
    flow.heading("Overview", None);
    let mut intro = format!(
        "Where each area stands today on the axis from {} (−100) to {} (+100), and where the team decided it should be.",
        doc.canvas.axis_left, doc.canvas.axis_right
    );
    if doc.areas().is_empty() {
        intro = "This canvas has no areas yet.".to_string();
    }
    let used = flow.paragraph(
        MARGIN,
        flow.content_width(),
        &intro,
        Style::regular(10.5),
        Rgb::MUTED,
        4,
    );
    flow.y += used + 10.0;
    if doc.areas().is_empty() {
        return;
    }
    let table = Table::new(
        vec![
            Column {
                title: "Area",
                width: 0.0,
                align: Anchor::Start,
            },
            Column {
                title: "Initiatives",
                width: 70.0,
                align: Anchor::End,
            },
            Column {
                title: "Stance",
                width: 70.0,
                align: Anchor::End,
            },
            Column {
                title: "Target",
                width: 70.0,
                align: Anchor::End,
            },
            Column {
                title: "Shift",
                width: 70.0,
                align: Anchor::End,
            },
        ],
        MARGIN,
        flow.content_width(),
    );
    let rows = doc
        .areas()
        .iter()
        .map(|area| {
            let stance = doc.stance(area.id);
            table.row(
                flow,
                &[
                    area.name.clone(),
                    doc.initiatives_in(area.id).len().to_string(),
                    optional(stance),
                    optional(area.target),
                    shift(stance, area.target),
                ],
            )
        })
        .collect();
    table.draw_header(flow);
    table.draw_rows(flow, rows, "Overview");
    flow.y += 26.0;
}

fn optional(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), format_axis_value)
}

fn shift(stance: Option<f64>, target: Option<f64>) -> String {
    match (stance, target) {
        (Some(s), Some(t)) => format_axis_value(t - s),
        _ => "—".to_string(),
    }
}

fn area_section(flow: &mut Flow, doc: &Document, area: &Area) {
    let colour = Rgb::parse(&area.colour);
    let table = Table::new(
        vec![
            Column {
                title: "Initiative",
                width: 0.0,
                align: Anchor::Start,
            },
            Column {
                title: "Owner",
                width: 112.0,
                align: Anchor::Start,
            },
            Column {
                title: "Status",
                width: 58.0,
                align: Anchor::Start,
            },
            Column {
                title: "Impact",
                width: 46.0,
                align: Anchor::End,
            },
            Column {
                title: "Position",
                width: 56.0,
                align: Anchor::End,
            },
            Column {
                title: "Target",
                width: 52.0,
                align: Anchor::End,
            },
        ],
        MARGIN,
        flow.content_width(),
    );
    let rows: Vec<_> = doc
        .initiatives_in(area.id)
        .into_iter()
        .map(|i| {
            table.row(
                flow,
                &[
                    i.title.clone(),
                    i.owner.clone(),
                    i.status.as_str().to_string(),
                    i.impact.to_string(),
                    format_axis_value(i.position),
                    optional(i.target),
                ],
            )
        })
        .collect();
    let column = (flow.content_width() - 24.0) / 2.0;
    let pole_lines = [&area.product_pole, &area.customer_pole]
        .iter()
        .map(|p| flow.setter.wrap(p, Style::regular(10.0), column, 8).len())
        .max()
        .unwrap_or(0);
    let first_row = rows.first().map_or(20.0, |r| r.height);
    let intro =
        28.0 + 22.0 + 16.0 + pole_lines as f32 * 13.5 + 14.0 + table.header_height() + first_row;
    let whole = intro - first_row + rows.iter().map(|r| r.height).sum::<f32>();
    let page_room = flow.height - 2.0 * MARGIN - FOOTER;
    // Start on a fresh page when the section would break but fits whole on one page, or
    // when not even its heading, poles and first row fit here.
    let fresh = flow.room() < intro || (flow.room() < whole && whole <= page_room);
    if !flow.at_top() && fresh {
        flow.new_page();
    }
    flow.heading(&area.name, Some(colour));
    let stance = doc.stance(area.id);
    let line = format!(
        "Stance today {}   →   Target {}   (shift {})",
        optional(stance),
        area.target
            .map_or_else(|| "not set".to_string(), format_axis_value),
        shift(stance, area.target)
    );
    let style = Style::bold(11.0);
    let set = flow.setter.fit(&line, style, flow.content_width());
    flow.text(MARGIN, flow.y + 11.0, style, Rgb::INK, set);
    flow.y += 22.0;
    for (i, (pole, text)) in [
        (&flow_label(&doc.canvas.axis_left), &area.product_pole),
        (&flow_label(&doc.canvas.axis_right), &area.customer_pole),
    ]
    .into_iter()
    .enumerate()
    {
        let x = MARGIN + i as f32 * (column + 24.0);
        let head = flow.setter.fit(pole, Style::bold(9.0), column);
        flow.text(x, flow.y + 9.0, Style::bold(9.0), colour.shade(0.6), head);
        flow.y += 14.0;
        flow.paragraph(x, column, text, Style::regular(10.0), Rgb::MUTED, 8);
        flow.y -= 14.0;
    }
    flow.y += 16.0 + pole_lines as f32 * 13.5 + 12.0;
    if rows.is_empty() {
        let style = Style::regular(10.0);
        let line = flow.setter.line("No initiatives in this area yet.", style);
        flow.text(MARGIN, flow.y + 10.0, style, Rgb::QUIET, line);
        flow.y += 20.0;
    } else {
        table.draw_header(flow);
        table.draw_rows(flow, rows, &area.name);
    }
    flow.y += 26.0;
}

fn flow_label(pole: &str) -> String {
    format!("Towards {pole}")
}

fn snapshot_section(flow: &mut Flow, snapshots: &[Snapshot]) {
    if !flow.at_top() && flow.room() < 28.0 + 40.0 {
        flow.new_page();
    }
    flow.heading("Snapshots", None);
    if snapshots.is_empty() {
        let style = Style::regular(10.0);
        let line = flow.setter.line("No snapshots taken yet.", style);
        flow.text(MARGIN, flow.y + 10.0, style, Rgb::QUIET, line);
        flow.y += 20.0;
        return;
    }
    let table = Table::new(
        vec![
            Column {
                title: "Snapshot",
                width: 0.0,
                align: Anchor::Start,
            },
            Column {
                title: "Taken at",
                width: 200.0,
                align: Anchor::Start,
            },
        ],
        MARGIN,
        flow.content_width(),
    );
    let rows = snapshots
        .iter()
        .map(|s| table.row(flow, &[s.name.clone(), readable_time(&s.taken_at)]))
        .collect();
    table.draw_header(flow);
    table.draw_rows(flow, rows, "Snapshots");
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
