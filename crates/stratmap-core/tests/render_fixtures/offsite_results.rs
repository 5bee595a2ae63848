//! The offsite fixtures: a canvas with targets, a self-assessment and a revealed voting round,
//! the same with the round still open, the canvas as it was before the offsite, and its
//! decision log.

use stratmap_core::decisions::Decision;
use stratmap_core::model::assessment::{Pole, STATEMENTS};
use stratmap_core::model::{Assessment, Ballot, BallotVote, Document, Initiative, Voting};
use stratmap_core::{Template, templates};
use uuid::Uuid;

use super::{build, canvas, context, initiative};

/// The offsite results: targets, a self-assessment by five people (two in the same place), a
/// revealed voting round whose totals are on the cards.
pub fn offsite() -> Document {
    let mut ctx = context();
    let canvas = canvas(&mut ctx, "Offsite results");
    let mut areas = templates::areas(Template::Basic, &mut ctx);
    areas[0].target = Some(60.0);
    areas[1].target = Some(-40.0);
    let (a, b, c) = (areas[0].id, areas[1].id, areas[2].id);
    let mut board = initiative(&mut ctx, a, "Customer advisory board", -30.0, 0.2);
    board.target = Some(50.0);
    board.impact = 3;
    board.votes = 5;
    let mut factory = initiative(&mut ctx, a, "Feature factory", -70.0, 0.8);
    factory.votes = 1;
    let mut metrics = initiative(&mut ctx, a, "Outcome metrics in every team", 10.0, 0.5);
    metrics.target = Some(40.0);
    metrics.votes = 3;
    let mut pricing = initiative(&mut ctx, b, "Usage-based pricing", 20.0, 0.5);
    pricing.target = Some(-10.0);
    pricing.votes = 4;
    let marketplace = initiative(&mut ctx, b, "Partner marketplace", -20.0, 0.2);
    let mut brand = initiative(&mut ctx, c, "Brand campaign", -45.0, 0.5);
    brand.votes = 2;
    let advocacy = initiative(&mut ctx, c, "Community advocacy programme", 35.0, 0.4);
    let ids = [board.id, factory.id, metrics.id, pricing.id, brand.id];
    let doc = build(
        canvas,
        areas,
        vec![
            board,
            factory,
            metrics,
            pricing,
            marketplace,
            brand,
            advocacy,
        ],
    );
    let ballots = [
        ("Ana", vec![(ids[0], 3)]),
        ("Ben", vec![(ids[3], 3)]),
        ("Chloé", vec![(ids[0], 2), (ids[2], 1)]),
        ("Dmitri", vec![(ids[2], 2), (ids[1], 1)]),
        ("Eve", vec![(ids[3], 1), (ids[4], 2)]),
    ];
    let voting = Voting {
        allowance: 3,
        revealed: true,
        ballots: ballots
            .into_iter()
            .map(|(name, votes)| Ballot {
                participant: name.to_string(),
                votes: votes
                    .into_iter()
                    .map(|(initiative_id, count)| BallotVote {
                        initiative_id,
                        count,
                    })
                    .collect(),
            })
            .collect(),
    };
    let assessments = [
        ("Ana", 1, 3),
        ("Ben", 3, 1),
        ("Chloé", 2, 3),
        ("Dmitri", 1, 2),
        ("Eve", 0, 4),
    ]
    .into_iter()
    .map(|(name, product, customer)| Assessment {
        participant: name.to_string(),
        answers: STATEMENTS
            .iter()
            .map(|s| match s.pole {
                Pole::Product => product,
                Pole::Customer => customer,
            })
            .collect(),
        answered_at: "2026-11-27T10:00:00Z".to_string(),
    })
    .collect();
    doc.with_offsite(assessments, Some(voting))
        .unwrap_or_else(|e| panic!("offsite fixture: {e}"))
}

/// `offsite()` with its voting round still open: three ballots in, nothing revealed.
pub fn offsite_voting_open() -> Document {
    let doc = offsite();
    let mut voting = doc.voting().cloned().unwrap_or_else(|| panic!("no round"));
    voting.revealed = false;
    voting.ballots.truncate(3);
    let areas = doc.areas().to_vec();
    let initiatives = doc
        .initiatives()
        .cloned()
        .map(|mut i| {
            i.votes = 0;
            i
        })
        .collect();
    build(doc.canvas.clone(), areas, initiatives)
        .with_offsite(doc.assessments().to_vec(), Some(voting))
        .unwrap_or_else(|e| panic!("offsite fixture: {e}"))
}

/// `offsite()` as it was before the offsite: two cards elsewhere, one not yet there, and one
/// that was dropped since.
pub fn before_offsite() -> Document {
    let after = offsite();
    let mut ctx = context();
    let mut initiatives: Vec<Initiative> = after
        .initiatives()
        .filter(|i| i.title != "Outcome metrics in every team")
        .cloned()
        .map(|mut i| {
            i.votes = 0;
            match i.title.as_str() {
                "Customer advisory board" => i.position = -60.0,
                "Usage-based pricing" => i.position = 45.0,
                _ => {}
            }
            i
        })
        .collect();
    let mut freeze = initiative(
        &mut ctx,
        after.areas()[2].id,
        "Annual roadmap freeze",
        -80.0,
        0.9,
    );
    freeze.id = Uuid::from_u128(0xF4EE2E);
    initiatives.push(freeze);
    build(after.canvas.clone(), after.areas().to_vec(), initiatives)
}

/// A decision log for `offsite()`: oldest first, as the store gives it; two changes have a
/// reason.
pub fn offsite_log() -> Vec<Decision> {
    let entry = |change: i32, minute: u32, subject: &str, action: &str, reason: &str| Decision {
        change,
        at: format!("2026-11-27T11:{minute:02}:00Z"),
        initiative_id: None,
        area_id: None,
        subject: subject.to_string(),
        kind: "move".to_string(),
        action: action.to_string(),
        from_position: None,
        to_position: None,
        reason: reason.to_string(),
    };
    vec![
        entry(
            1,
            5,
            "Customer advisory board",
            "moved from -60 to -30",
            "Customers asked for a seat at the table",
        ),
        entry(2, 12, "Outcome metrics in every team", "added at +10", ""),
        entry(
            3,
            20,
            "Usage-based pricing",
            "moved from +45 to +20",
            "Pricing must stay simple for partners",
        ),
        entry(4, 31, "Annual roadmap freeze", "deleted", ""),
        entry(5, 40, "End goal", "target set to +60", ""),
    ]
}
