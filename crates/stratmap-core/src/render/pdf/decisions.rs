//! The decision log section: the changes someone gave a reason for ("why did this move?"),
//! newest first, under a count of every change the log holds. The log is the caller's
//! (`CanvasFile::decisions`), so rendering never reads the file.

use super::flow::{Flow, MARGIN, readable_time};
use super::table::{Column, Table};
use crate::decisions::Decision;
use crate::model::figures::count;
use crate::render::layout::Anchor;

pub(super) fn section(flow: &mut Flow, log: &[Decision]) {
    if log.is_empty() {
        return;
    }
    let mut reasoned: Vec<&Decision> = log.iter().filter(|d| !d.reason.trim().is_empty()).collect();
    // The log is oldest first; newest first here, keeping the entries of one change together
    // in the order they were written (the sort is stable).
    reasoned.sort_by_key(|d| std::cmp::Reverse(d.change));
    // One user action can write several entries (a batch move); people count actions.
    let changes = distinct(log.iter().map(|d| d.change));
    let explained = distinct(reasoned.iter().map(|d| d.change));
    let recorded = count(changes, "change", "changes");
    let summary = match explained {
        0 => format!("{recorded} recorded; none has a reason yet."),
        1 => format!("{recorded} recorded; the one with a reason:"),
        n => format!("{recorded} recorded; the {n} with a reason, newest first:"),
    };
    let table = Table::new(
        vec![
            Column {
                title: "When",
                width: 150.0,
                align: Anchor::Start,
            },
            Column {
                title: "Subject",
                width: 0.0,
                align: Anchor::Start,
            },
            Column {
                title: "Change",
                width: 200.0,
                align: Anchor::Start,
            },
            Column {
                title: "Reason",
                width: 0.0,
                align: Anchor::Start,
            },
        ],
        MARGIN,
        flow.content_width(),
    );
    let rows: Vec<_> = reasoned
        .iter()
        .map(|d| {
            table.row(
                flow,
                &[
                    readable_time(&d.at),
                    d.subject.clone(),
                    d.action.clone(),
                    d.reason.clone(),
                ],
            )
        })
        .collect();
    let first_row = rows.first().map_or(0.0, |r| r.height);
    let opening = 28.0 + 20.0 + table.header_height();
    let whole = opening + rows.iter().map(|r| r.height).sum::<f32>();
    flow.keep_together(opening + first_row, whole);
    flow.heading("Decision log", None);
    flow.subheading(&summary);
    if !rows.is_empty() {
        table.draw_header(flow);
        table.draw_rows(flow, rows, "Decision log");
    }
    flow.y += 26.0;
}

fn distinct(changes: impl Iterator<Item = i32>) -> usize {
    let mut seen: Vec<i32> = changes.collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}
