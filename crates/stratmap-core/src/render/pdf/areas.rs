//! The overview of the areas, then one section per area: stance → target, the shift needed and
//! which way its initiatives push, the two pole descriptions and the table of its initiatives.
//! Every figure comes from the core (`Document::stance`, `model::area_figures`), none is worked
//! out here; directions are named by the canvas's own axis labels, never as good or bad.

use super::flow::{Flow, MARGIN};
use super::table::{Column, Table};
use crate::model::area_figures::{AreaSummary, summaries};
use crate::model::{Area, Document};
use crate::render::layout::{Anchor, Rgb, format_axis_value};
use crate::render::text::Style;

pub(super) fn overview(flow: &mut Flow, doc: &Document) {
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

pub(super) fn optional(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_string(), format_axis_value)
}

fn shift(stance: Option<f64>, target: Option<f64>) -> String {
    match (stance, target) {
        (Some(s), Some(t)) => format_axis_value(t - s),
        _ => "—".to_string(),
    }
}

/// One section per area, in lane order.
pub(super) fn each_area(flow: &mut Flow, doc: &Document) {
    // Totals are only meaningful (and only public) once the facilitator has revealed them.
    let votes = doc.voting().is_some_and(|v| v.revealed);
    let figures = summaries(doc);
    for area in doc.areas() {
        let summary = figures.iter().find(|s| s.id == area.id);
        area_section(flow, doc, area, summary, votes);
    }
}

/// Below "Stance → Target": the shift needed, and when initiatives have targets of their own,
/// which way they push and where the stance ends up once they arrive.
fn figure_lines(doc: &Document, area: &Area, summary: Option<&AreaSummary>) -> Vec<String> {
    let (left, right) = (&doc.canvas.axis_left, &doc.canvas.axis_right);
    let mut lines = Vec::new();
    let shift = summary.and_then(|s| s.shift);
    lines.push(match shift {
        Some(s) if format_axis_value(s) == "0" => {
            "Shift needed: none, the stance is on target".to_string()
        }
        Some(s) => format!(
            "Shift needed: {} towards {}",
            format_axis_value(s),
            if s > 0.0 { right } else { left }
        ),
        None if area.target.is_none() => "Shift needed: no target set".to_string(),
        None => "Shift needed: not known until the area has initiatives".to_string(),
    });
    let with_targets = doc
        .initiatives_in(area.id)
        .iter()
        .any(|i| i.target.is_some());
    if let (true, Some(s)) = (with_targets, summary) {
        let noun = if s.pushing_product == 1 {
            "initiative pushes"
        } else {
            "initiatives push"
        };
        lines.push(format!(
            "{} {noun} towards {left}, {} towards {right}",
            s.pushing_product, s.pushing_customer
        ));
        if let Some(projected) = s.projected_stance {
            lines.push(format!(
                "Projected stance once initiatives reach their targets: {}",
                format_axis_value(projected)
            ));
        }
    }
    lines
}

const FIGURE_LINE: f32 = 15.0;

fn area_section(
    flow: &mut Flow,
    doc: &Document,
    area: &Area,
    summary: Option<&AreaSummary>,
    votes: bool,
) {
    let colour = Rgb::parse(&area.colour);
    let mut columns = vec![
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
    ];
    if votes {
        columns.push(Column {
            title: "Votes",
            width: 46.0,
            align: Anchor::End,
        });
    }
    let table = Table::new(columns, MARGIN, flow.content_width());
    let rows: Vec<_> = doc
        .initiatives_in(area.id)
        .into_iter()
        .map(|i| {
            let mut cells = vec![
                i.title.clone(),
                i.owner.clone(),
                i.status.as_str().to_string(),
                i.impact.to_string(),
                format_axis_value(i.position),
                optional(i.target),
            ];
            if votes {
                cells.push(i.votes.to_string());
            }
            table.row(flow, &cells)
        })
        .collect();
    let figures = figure_lines(doc, area, summary);
    let column = (flow.content_width() - 24.0) / 2.0;
    let pole_lines = [&area.product_pole, &area.customer_pole]
        .iter()
        .map(|p| flow.setter.wrap(p, Style::regular(10.0), column, 8).len())
        .max()
        .unwrap_or(0);
    let first_row = rows.first().map_or(20.0, |r| r.height);
    let intro = 28.0
        + 22.0
        + figures.len() as f32 * FIGURE_LINE
        + 8.0
        + 16.0
        + pole_lines as f32 * 13.5
        + 14.0
        + table.header_height()
        + first_row;
    let whole = intro - first_row + rows.iter().map(|r| r.height).sum::<f32>();
    flow.keep_together(intro, whole);
    flow.heading(&area.name, Some(colour));
    let line = format!(
        "Stance today {}   →   Target {}",
        optional(doc.stance(area.id)),
        area.target
            .map_or_else(|| "not set".to_string(), format_axis_value),
    );
    let style = Style::bold(11.0);
    let set = flow.setter.fit(&line, style, flow.content_width());
    flow.text(MARGIN, flow.y + 11.0, style, Rgb::INK, set);
    flow.y += 20.0;
    let style = Style::regular(10.5);
    for text in &figures {
        let set = flow.setter.fit(text, style, flow.content_width());
        flow.text(MARGIN, flow.y + 10.5, style, Rgb::MUTED, set);
        flow.y += FIGURE_LINE;
    }
    flow.y += 10.0;
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
        flow.note("No initiatives in this area yet.");
    } else {
        table.draw_header(flow);
        table.draw_rows(flow, rows, &area.name);
    }
    flow.y += 26.0;
}

fn flow_label(pole: &str) -> String {
    format!("Towards {pole}")
}
