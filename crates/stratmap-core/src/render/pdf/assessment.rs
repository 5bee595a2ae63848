//! The self-assessment section: where each participant places the team on the canvas's axis, the
//! team average and the range drawn on one axis, then the figures written out and a table of
//! participants. Every figure is `assessment::team_result`'s, so the PDF says what the app says.

use super::flow::{Flow, MARGIN};
use super::table::{Column, Table};
use super::team_axis::Chart;
use crate::model::Document;
use crate::model::assessment::{STATEMENTS, TeamResult, team_result};
use crate::render::layout::{Anchor, Rgb, format_axis_value};
use crate::render::text::Style;

pub(super) fn section(flow: &mut Flow, doc: &Document) {
    if doc.assessments().is_empty() {
        return;
    }
    let team = team_result(doc.assessments());
    let intro = format!(
        "Where each participant places the team, from their answers to the checklist's {} statements: −100 is fully {}, +100 fully {}.",
        STATEMENTS.len(),
        doc.canvas.axis_left,
        doc.canvas.axis_right
    );
    let table = Table::new(
        vec![
            Column {
                title: "Participant",
                width: 0.0,
                align: Anchor::Start,
            },
            Column {
                title: "Position",
                width: 70.0,
                align: Anchor::End,
            },
        ],
        MARGIN,
        320.0,
    );
    let rows: Vec<_> = team
        .participants
        .iter()
        .map(|p| {
            table.row(
                flow,
                &[p.participant.clone(), format_axis_value(p.position)],
            )
        })
        .collect();
    let chart = Chart::new(flow, &team);
    let text_height = flow.paragraph_height(&intro, Style::regular(10.5), flow.content_width(), 6);
    let first_row = rows.first().map_or(0.0, |r| r.height);
    let opening = 28.0 + text_height + 6.0 + 20.0 + chart.height() + 14.0 + table.header_height();
    let whole = opening + rows.iter().map(|r| r.height).sum::<f32>();
    flow.keep_together(opening + first_row, whole);
    flow.heading("Self-assessment", None);
    flow.words(&intro, Style::regular(10.5), Rgb::MUTED);
    flow.subheading(&figures(&team));
    chart.draw(flow, doc);
    flow.y += 14.0;
    table.draw_header(flow);
    table.draw_rows(flow, rows, "Self-assessment");
    flow.y += 26.0;
}

/// "Team average +12 · spread (standard deviation) 23.4 · range −40 to +60 · 4 participants".
fn figures(team: &TeamResult) -> String {
    let mut parts = Vec::new();
    if let Some(mean) = team.mean {
        parts.push(format!("Team average {}", format_axis_value(mean)));
    }
    if let Some(spread) = team.spread {
        parts.push(format!("spread (standard deviation) {}", magnitude(spread)));
    }
    if let (Some(min), Some(max)) = (team.min, team.max) {
        parts.push(format!(
            "range {} to {}",
            format_axis_value(min),
            format_axis_value(max)
        ));
    }
    let count = team.participants.len();
    parts.push(format!(
        "{count} {}",
        if count == 1 {
            "participant"
        } else {
            "participants"
        }
    ));
    parts.join("   ·   ")
}

/// A distance without a sign, one decimal at most: "23.4", "0", "12".
fn magnitude(value: f64) -> String {
    format_axis_value(value.abs())
        .trim_start_matches('+')
        .to_string()
}
