//! The dot voting section. Once the facilitator has revealed the round: the initiatives that got
//! votes, ranked, top first. While the round is open the totals are secret, so the summary says
//! only how many participants have voted, never what.

use super::flow::{Flow, MARGIN};
use super::table::{Column, Table};
use crate::model::figures::count;
use crate::model::{Document, Initiative, Voting};
use crate::render::layout::Anchor;

pub(super) fn section(flow: &mut Flow, doc: &Document) {
    let Some(voting) = doc.voting() else {
        return;
    };
    if !voting.revealed {
        flow.keep_together(28.0 + 20.0, 28.0 + 20.0);
        flow.heading("Dot voting", None);
        flow.note(&format!(
            "A round is open ({} votes each): {} so far; the totals stay hidden until the facilitator reveals them.",
            voting.allowance,
            count(voting.ballots.len(), "participant has voted", "participants have voted")
        ));
        flow.y += 26.0;
        return;
    }
    let ranked: Vec<(&Initiative, &str)> = doc
        .vote_ranking()
        .into_iter()
        .map(|i| {
            let area = doc.area(i.area_id).map_or("", |a| a.name.as_str());
            (i, area)
        })
        .collect();
    let table = Table::new(
        vec![
            Column {
                title: "Rank",
                width: 44.0,
                align: Anchor::End,
            },
            Column {
                title: "Initiative",
                width: 0.0,
                align: Anchor::Start,
            },
            Column {
                title: "Area",
                width: 190.0,
                align: Anchor::Start,
            },
            Column {
                title: "Votes",
                width: 56.0,
                align: Anchor::End,
            },
        ],
        MARGIN,
        flow.content_width(),
    );
    let mut rank = 0;
    let rows: Vec<_> = ranked
        .iter()
        .enumerate()
        .map(|(index, (initiative, area))| {
            // Equal totals share a rank ("1, 2, 2, 4").
            if index == 0 || ranked[index - 1].0.votes != initiative.votes {
                rank = index + 1;
            }
            table.row(
                flow,
                &[
                    rank.to_string(),
                    initiative.title.clone(),
                    area.to_string(),
                    initiative.votes.to_string(),
                ],
            )
        })
        .collect();
    let first_row = rows.first().map_or(20.0, |r| r.height);
    let opening = 28.0 + 20.0 + table.header_height();
    let whole = opening + rows.iter().map(|r| r.height).sum::<f32>() + 20.0;
    flow.keep_together(opening + first_row, whole);
    flow.heading("Dot voting", None);
    flow.subheading(&tally(doc, voting, &ranked));
    if rows.is_empty() {
        flow.note("No votes were cast in this round.");
    } else {
        table.draw_header(flow);
        table.draw_rows(flow, rows, "Dot voting");
        let without = doc.initiatives().filter(|i| i.votes == 0).count();
        if without > 0 {
            flow.y += 6.0;
            if flow.room() < 20.0 {
                flow.new_page();
            }
            flow.note(&format!(
                "{} no votes.",
                count(without, "initiative received", "initiatives received")
            ));
        }
    }
    flow.y += 26.0;
}

/// "5 participants voted, 3 votes each: 15 votes on 6 initiatives".
fn tally(doc: &Document, voting: &Voting, ranked: &[(&Initiative, &str)]) -> String {
    let cast: i64 = doc.initiatives().map(|i| i64::from(i.votes)).sum();
    format!(
        "{} voted, {} each: {} on {}",
        count(voting.ballots.len(), "participant", "participants"),
        count(voting.allowance as usize, "vote", "votes"),
        count(cast as usize, "vote", "votes"),
        count(ranked.len(), "initiative", "initiatives"),
    )
}
