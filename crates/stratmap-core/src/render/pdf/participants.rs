//! "Who took part": the live session's participants, with how many cards each contributed (the
//! revealed cards they own), the votes they cast and whether they answered the self-assessment.
//! Nothing private is printed: drafts not yet revealed are not counted, and ballots only once the
//! votes are revealed.

use super::flow::{Flow, MARGIN};
use super::table::{Column, Table};
use crate::model::Document;
use crate::model::figures::count;
use crate::model::live::name_key;
use crate::render::layout::Anchor;

pub(super) fn section(flow: &mut Flow, doc: &Document) {
    let Some(session) = doc.live() else {
        return;
    };
    if session.participants.is_empty() {
        return;
    }
    let revealed = doc.voting().filter(|v| v.revealed);
    let table = Table::new(
        vec![
            Column {
                title: "Participant",
                width: 0.0,
                align: Anchor::Start,
            },
            Column {
                title: "Cards",
                width: 60.0,
                align: Anchor::End,
            },
            Column {
                title: "Votes cast",
                width: 80.0,
                align: Anchor::End,
            },
            Column {
                title: "Self-assessment",
                width: 110.0,
                align: Anchor::Start,
            },
        ],
        MARGIN,
        flow.content_width(),
    );
    let rows: Vec<_> = session
        .participants
        .iter()
        .map(|p| {
            let cards = doc
                .initiatives()
                .filter(|i| name_key(&i.owner) == name_key(&p.name))
                .count();
            let votes = match revealed {
                Some(round) => round
                    .ballot_of(&p.name)
                    .map_or(0, |i| round.ballots[i].total())
                    .to_string(),
                None => "–".to_string(),
            };
            let answered = if doc.assessment(&p.name).is_some() {
                "answered"
            } else {
                "–"
            };
            table.row(
                flow,
                &[
                    p.name.clone(),
                    cards.to_string(),
                    votes,
                    answered.to_string(),
                ],
            )
        })
        .collect();
    let opening = 28.0 + 20.0 + table.header_height();
    let first = rows.first().map_or(20.0, |r| r.height);
    let whole = opening + rows.iter().map(|r| r.height).sum::<f32>() + 20.0;
    flow.keep_together(opening + first, whole);
    flow.heading("Who took part", None);
    flow.subheading(&format!(
        "{} in the live session",
        count(session.participants.len(), "participant", "participants")
    ));
    table.draw_header(flow);
    table.draw_rows(flow, rows, "Who took part");
    flow.y += 26.0;
}
