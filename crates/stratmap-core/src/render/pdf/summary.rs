//! The summary pages after the canvas, in reading order: the overview and each area (`areas`),
//! the self-assessment, the dot voting, who took part, the changes since a snapshot, the
//! decision log and the snapshots.

use super::PdfOptions;
use super::flow::{Flow, MARGIN, readable_time};
use super::table::{Column, Table};
use super::{areas, assessment, compare, decisions, participants, voting};
use crate::model::Document;
use crate::render::layout::{Anchor, Shape};
use crate::render::text::Typesetter;
use crate::snapshot::Snapshot;

/// Every summary page after the canvas page, as shapes.
pub(super) fn pages(
    doc: &Document,
    snapshots: &[Snapshot],
    options: &PdfOptions,
    setter: &Typesetter,
    width: f32,
    height: f32,
) -> Vec<Vec<Shape>> {
    let mut flow = Flow::new(setter, width, height);
    areas::overview(&mut flow, doc);
    areas::each_area(&mut flow, doc);
    assessment::section(&mut flow, doc);
    voting::section(&mut flow, doc);
    participants::section(&mut flow, doc);
    if let Some(comparison) = &options.compare {
        compare::section(&mut flow, doc, comparison, snapshots);
    }
    decisions::section(&mut flow, &options.decisions);
    snapshot_section(&mut flow, snapshots);
    flow.pages
}

fn snapshot_section(flow: &mut Flow, snapshots: &[Snapshot]) {
    if !flow.at_top() && flow.room() < 28.0 + 40.0 {
        flow.new_page();
    }
    flow.heading("Snapshots", None);
    if snapshots.is_empty() {
        flow.note("No snapshots taken yet.");
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
