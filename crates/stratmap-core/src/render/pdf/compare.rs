//! The compare page, "Changes since <snapshot>": each area's stance then and now, the
//! initiatives that moved (from → to, signed distance), and those added and removed. The
//! comparison is the core's (`CanvasFile::compare_states`), handed in by the caller.

use super::flow::{Flow, MARGIN, readable_time};
use super::table::{Column, Row, Table};
use crate::compare::{CURRENT, Comparison};
use crate::model::Document;
use crate::model::figures::count;
use crate::render::layout::{Anchor, Rgb, format_axis_value};
use crate::render::text::Style;
use crate::snapshot::Snapshot;

pub(super) fn section(flow: &mut Flow, doc: &Document, c: &Comparison, snapshots: &[Snapshot]) {
    // A page of its own: it is the "before and after" a board turns to.
    if !flow.at_top() {
        flow.new_page();
    }
    let title = if c.to == CURRENT {
        format!("Changes since {}", c.from)
    } else {
        format!("Changes from {} to {}", c.from, c.to)
    };
    flow.heading(&title, None);
    let taken = |name: &str| {
        snapshots
            .iter()
            .find(|s| s.name == name)
            .map(|s| format!("“{name}” was taken {}. ", readable_time(&s.taken_at)))
            .unwrap_or_default()
    };
    let mut intro = taken(&c.from);
    if c.to != CURRENT {
        intro += &taken(&c.to);
    }
    intro += &format!(
        "Distances are signed: + towards {}, − towards {}.",
        doc.canvas.axis_right, doc.canvas.axis_left
    );
    flow.words(&intro, Style::regular(10.5), Rgb::MUTED);
    flow.subheading(&format!(
        "{} moved   ·   {} added   ·   {} removed",
        count(c.moved.len(), "initiative", "initiatives"),
        c.added.len(),
        c.removed.len()
    ));
    if c.moved.is_empty() && c.added.is_empty() && c.removed.is_empty() {
        flow.note("Nothing moved, was added or removed.");
    }
    flow.y += 6.0;
    stances(flow, c, &title);
    moved(flow, c, &title);
    for (heading, list) in [("Added", &c.added), ("Removed", &c.removed)] {
        let table = Table::new(
            vec![
                column("Initiative", 0.0, Anchor::Start),
                column("Area", 220.0, Anchor::Start),
                column("Position", 70.0, Anchor::End),
            ],
            MARGIN,
            flow.content_width(),
        );
        let rows = list
            .iter()
            .map(|p| {
                table.row(
                    flow,
                    &[
                        p.title.clone(),
                        p.area.clone(),
                        format_axis_value(p.position),
                    ],
                )
            })
            .collect();
        block(flow, heading, &table, rows, &title);
    }
}

fn column(title: &'static str, width: f32, align: Anchor) -> Column {
    Column {
        title,
        width,
        align,
    }
}

fn stances(flow: &mut Flow, c: &Comparison, title: &str) {
    let table = Table::new(
        vec![
            column("Area", 0.0, Anchor::Start),
            column("Stance then", 90.0, Anchor::End),
            column("Stance now", 90.0, Anchor::End),
            column("Change", 80.0, Anchor::End),
        ],
        MARGIN,
        flow.content_width(),
    );
    let value = |v: Option<f64>| v.map_or_else(|| "—".to_string(), format_axis_value);
    let rows = c
        .areas
        .iter()
        .map(|a| {
            let change = match (a.from_stance, a.to_stance) {
                (Some(then), Some(now)) => format_axis_value(now - then),
                _ => "—".to_string(),
            };
            table.row(
                flow,
                &[
                    a.area.clone(),
                    value(a.from_stance),
                    value(a.to_stance),
                    change,
                ],
            )
        })
        .collect();
    block(flow, "Stance per area", &table, rows, title);
}

fn moved(flow: &mut Flow, c: &Comparison, title: &str) {
    let table = Table::new(
        vec![
            column("Initiative", 0.0, Anchor::Start),
            column("Area", 220.0, Anchor::Start),
            column("From", 60.0, Anchor::End),
            column("To", 60.0, Anchor::End),
            column("Distance", 70.0, Anchor::End),
        ],
        MARGIN,
        flow.content_width(),
    );
    let rows = c
        .moved
        .iter()
        .map(|m| {
            let area = if m.from_area == m.to_area {
                m.to_area.clone()
            } else {
                format!("{} → {}", m.from_area, m.to_area)
            };
            table.row(
                flow,
                &[
                    m.title.clone(),
                    area,
                    format_axis_value(m.from_position),
                    format_axis_value(m.to_position),
                    format_axis_value(m.shift),
                ],
            )
        })
        .collect();
    block(flow, "Moved", &table, rows, title);
}

/// A titled table; nothing when it has no rows. Its title never ends a page alone.
fn block(flow: &mut Flow, heading: &str, table: &Table, rows: Vec<Row>, continued: &str) {
    let Some(first) = rows.first() else {
        return;
    };
    let opening = 20.0 + table.header_height() + first.height;
    flow.keep_together(opening, opening);
    flow.subheading(heading);
    table.draw_header(flow);
    table.draw_rows(flow, rows, continued);
    flow.y += 18.0;
}
