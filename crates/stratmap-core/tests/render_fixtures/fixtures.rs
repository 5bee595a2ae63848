//! Canvases for the render tests and the render benchmark, built in code with a deterministic
//! clock and ids, one concern each. The offsite results (self-assessment, voting, a snapshot
//! from before, a decision log) are in `offsite_results.rs`.

#![allow(dead_code)]

mod offsite_results;

use stratmap_core::model::{Area, Canvas, Document, Initiative, Status};
use stratmap_core::{Context, Template, templates};
use uuid::Uuid;

// Re-exported so callers keep `fixtures::offsite()`; like the fixtures above, each test binary
// uses only some of them.
#[allow(unused_imports)]
pub use offsite_results::{before_offsite, offsite, offsite_log, offsite_voting_open};

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

/// Right-to-left text with numbers and Latin inside it, and the other way round.
pub const MIXED_DIRECTION_TITLE: &str = "خطة النمو 2027";
pub const MIXED_DIRECTION_INITIATIVE: &str = "Launch سوق جديد 2027 now";

pub fn mixed_direction() -> Document {
    let mut ctx = context();
    let canvas = canvas(&mut ctx, MIXED_DIRECTION_TITLE);
    let areas = templates::areas(Template::Basic, &mut ctx);
    let initiatives = vec![initiative(
        &mut ctx,
        areas[0].id,
        MIXED_DIRECTION_INITIATIVE,
        -40.0,
        0.5,
    )];
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
