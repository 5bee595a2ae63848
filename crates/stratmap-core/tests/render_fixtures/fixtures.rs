//! Canvases for the render tests and the render benchmark, built in code with a deterministic
//! clock and ids, one concern each.

#![allow(dead_code)]

use stratmap_core::decisions::Decision;
use stratmap_core::model::assessment::{Pole, STATEMENTS};
use stratmap_core::model::{
    Area, Assessment, Ballot, BallotVote, Canvas, Document, Initiative, Status, Voting,
};
use stratmap_core::{Context, Template, templates};
use uuid::Uuid;

pub fn context() -> Context {
    Context::deterministic(time::macros::datetime!(2026-11-27 09:00:00 UTC))
}

pub fn canvas(ctx: &mut Context, title: &str) -> Canvas {
    let now = ctx.now();
    Canvas {
        id: ctx.new_id(),
        title: title.to_string(),
        subtitle: "Leadership offsite".to_string(),
        offsite_date: Some("2026-11-27".to_string()),
        axis_left: "Product-centric".to_string(),
        axis_right: "Customer-centric".to_string(),
        created_at: now.clone(),
        updated_at: now,
    }
}

pub fn initiative(
    ctx: &mut Context,
    area: Uuid,
    title: &str,
    position: f64,
    lane_offset: f64,
) -> Initiative {
    Initiative {
        id: ctx.new_id(),
        area_id: area,
        title: title.to_string(),
        notes: String::new(),
        position,
        target: None,
        lane_offset,
        owner: "Dana".to_string(),
        status: Status::Active,
        impact: 2,
        tags: Vec::new(),
        votes: 0,
    }
}

fn build(canvas: Canvas, areas: Vec<Area>, initiatives: Vec<Initiative>) -> Document {
    match Document::new(canvas, areas, initiatives) {
        Ok(doc) => doc,
        Err(e) => panic!("fixture is not a valid canvas: {e}"),
    }
}

/// The basic template's three areas and nothing else.
pub fn empty() -> Document {
    let mut ctx = context();
    let canvas = canvas(&mut ctx, "Empty canvas");
    let areas = templates::areas(Template::Basic, &mut ctx);
    build(canvas, areas, Vec::new())
}

/// A canvas with no areas at all.
pub fn no_areas() -> Document {
    let mut ctx = context();
    let mut canvas = canvas(&mut ctx, "No areas");
    canvas.subtitle = String::new();
    canvas.offsite_date = None;
    build(canvas, Vec::new(), Vec::new())
}

pub const LONG_TITLE: &str = "Rebuild the onboarding journey end to end with customer success, sales and product so that every new account reaches its first value within fourteen days and tells us what it still misses";
pub const LONG_WORD: &str = "Kundenzufriedenheitsverbesserungsmaßnahmenkatalogüberarbeitung";

/// 200-character titles and words longer than a card.
pub fn long_titles() -> Document {
    let mut ctx = context();
    let canvas = canvas(&mut ctx, "Long titles and very long words");
    let areas = templates::areas(Template::Basic, &mut ctx);
    let (a, b) = (areas[0].id, areas[1].id);
    let two_hundred: String = LONG_TITLE
        .chars()
        .chain(std::iter::repeat('x'))
        .take(200)
        .collect();
    let initiatives = vec![
        initiative(&mut ctx, a, &two_hundred, -60.0, 0.2),
        initiative(&mut ctx, a, LONG_WORD, 40.0, 0.5),
        initiative(&mut ctx, b, &format!("{LONG_WORD} {LONG_WORD}"), 0.0, 0.0),
        initiative(&mut ctx, b, "Short", 70.0, 1.0),
    ];
    build(canvas, areas, initiatives)
}

pub const SCRIPT_TITLES: [&str; 6] = [
    "Рост через клиентский успех",
    "Ανάπτυξη με βάση τον πελάτη",
    "以客户为中心的增长策略",
    "顧客の声を製品に反映する",
    "النمو من خلال نجاح العملاء",
    "Mixed: NPS 70 目标 και цель",
];

/// Cyrillic, Greek, Chinese, Japanese, Arabic and a mixed title.
pub fn scripts() -> Document {
    let mut ctx = context();
    let canvas = canvas(&mut ctx, "Скрипты · Γραφές · 文字 · النصوص");
    let areas = templates::areas(Template::Basic, &mut ctx);
    let ids: Vec<Uuid> = areas.iter().map(|a| a.id).collect();
    let initiatives = SCRIPT_TITLES
        .iter()
        .enumerate()
        .map(|(i, title)| {
            initiative(
                &mut ctx,
                ids[i % 3],
                title,
                -80.0 + 60.0 * (i / 3) as f64 + 10.0 * (i % 3) as f64,
                0.3,
            )
        })
        .collect();
    build(canvas, areas, initiatives)
}

pub const MARKUP_TITLES: [&str; 4] = [
    "<b>Bold</b> & \"quoted\" claims",
    "R&D <-> CX: 'fast' loops",
    "<script>alert(1)</script>",
    "]]> <!-- not a comment --> &amp;",
];

/// Characters XML and Markdown care about.
pub fn markup() -> Document {
    let mut ctx = context();
    let mut canvas = canvas(&mut ctx, "Markup <&> \"escaped\"");
    canvas.subtitle = "Q&A <team>".to_string();
    let areas = templates::areas(Template::Basic, &mut ctx);
    let ids: Vec<Uuid> = areas.iter().map(|a| a.id).collect();
    let initiatives = MARKUP_TITLES
        .iter()
        .enumerate()
        .map(|(i, title)| initiative(&mut ctx, ids[i % 3], title, -50.0 + 35.0 * i as f64, 0.4))
        .collect();
    build(canvas, areas, initiatives)
}

/// Six cards wanting the same place in one lane, two more nearly on top of each other.
pub fn overlapping() -> Document {
    let mut ctx = context();
    let canvas = canvas(&mut ctx, "Overlapping cards");
    let areas = templates::areas(Template::Basic, &mut ctx);
    let a = areas[0].id;
    let mut initiatives: Vec<Initiative> = (0..6)
        .map(|i| initiative(&mut ctx, a, &format!("Same place {}", i + 1), 10.0, 0.5))
        .collect();
    initiatives.push(initiative(&mut ctx, areas[1].id, "Nearly here", -20.0, 0.0));
    initiatives.push(initiative(
        &mut ctx,
        areas[1].id,
        "Nearly there",
        -17.0,
        0.1,
    ));
    build(canvas, areas, initiatives)
}

/// Area targets and stances, and initiatives with targets of their own.
pub fn targets() -> Document {
    let mut ctx = context();
    let canvas = canvas(&mut ctx, "Targets and stances");
    let mut areas = templates::areas(Template::Basic, &mut ctx);
    areas[0].target = Some(60.0);
    areas[1].target = Some(-40.0);
    let (a, b, c) = (areas[0].id, areas[1].id, areas[2].id);
    let mut one = initiative(&mut ctx, a, "Customer advisory board", -30.0, 0.2);
    one.target = Some(50.0);
    one.impact = 3;
    let two = initiative(&mut ctx, a, "Feature factory", -70.0, 0.8);
    let mut three = initiative(&mut ctx, b, "Usage-based pricing", 20.0, 0.5);
    three.target = Some(-10.0);
    let four = initiative(&mut ctx, c, "Brand campaign", -45.0, 0.5);
    build(canvas, areas, vec![one, two, three, four])
}

const TITLES: [&str; 12] = [
    "Weekly customer interviews",
    "Self-serve onboarding",
    "Churn early-warning score",
    "Flagship product launch",
    "Partner marketplace",
    "Outcome-based pricing pilot",
    "Voice of customer dashboard",
    "Platform rewrite",
    "Community advocacy programme",
    "Annual roadmap freeze",
    "Journey-based squads",
    "Usage analytics in every team",
];

/// The full template with `count` initiatives spread over its 8 areas.
pub fn full(count: usize) -> Document {
    let mut ctx = context();
    let mut canvas = canvas(&mut ctx, "Acme strategy offsite");
    canvas.subtitle = "Acme Corp · leadership team".to_string();
    let mut areas = templates::areas(Template::Full, &mut ctx);
    for (i, area) in areas.iter_mut().enumerate() {
        area.target = Some(-30.0 + 15.0 * i as f64);
    }
    let ids: Vec<Uuid> = areas.iter().map(|a| a.id).collect();
    let statuses = [
        Status::Idea,
        Status::Planned,
        Status::Active,
        Status::Done,
        Status::Dropped,
    ];
    let initiatives = (0..count)
        .map(|i| {
            let position = ((i * 37) % 201) as f64 - 100.0;
            let offset = ((i * 7) % 11) as f64 / 10.0;
            let title = format!("{} {}", TITLES[i % TITLES.len()], i / TITLES.len() + 1);
            let mut item = initiative(&mut ctx, ids[i % ids.len()], &title, position, offset);
            item.status = statuses[i % statuses.len()];
            item.impact = (i % 3) as i32 + 1;
            if i % 4 == 0 {
                item.target = Some((position + 40.0).min(100.0));
            }
            item
        })
        .collect();
    build(canvas, areas, initiatives)
}

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
