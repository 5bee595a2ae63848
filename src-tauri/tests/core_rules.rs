//! The core's rules the UI's test double needs, generated into committed files:
//! - `ui/mock/core-rules.ts`: the text limits (so the mock refuses exactly what the core refuses),
//!   the templates' areas and the self-assessment's statements (so the mock shows the core's),
//!   the placement rule's constants and the core's rows for a set of lanes (the mock's copy of
//!   the rule is checked against them);
//! - `ui/mock/crowded.ts`: a canvas with crowded lanes and the rows its exported SVG draws, so a
//!   browser test can check the board draws the same rows.
//!
//! Each test fails when its committed file differs. After changing a rule:
//! `STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-app --test core_rules`.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use stratmap_core::decisions::{self, Provenance};
use stratmap_core::model::area_figures;
use stratmap_core::model::assessment::STATEMENTS;
use stratmap_core::model::figures::{display_position, signed_position};
use stratmap_core::model::placement::{self, CARD_SPAN, NO_PREFERENCE};
use stratmap_core::model::validate::TEXT_LIMITS;
use stratmap_core::model::{Document, Initiative, Status};
use stratmap_core::{Context, Op, Template, ops, render, templates};
use uuid::Uuid;

mod committed;

/// `value` with every object's keys in sorted order. serde_json keeps keys sorted, or in
/// insertion order when another crate of the workspace turns on `preserve_order` (as
/// `cargo test --workspace` does): sorted either way, the generated files never depend on it.
fn canonical(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(key, value)| (key, canonical(value)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        other => other,
    }
}

fn initiative(
    ctx: &mut Context,
    area: Uuid,
    title: &str,
    position: f64,
    offset: f64,
) -> Initiative {
    Initiative {
        id: ctx.new_id(),
        area_id: area,
        title: title.to_string(),
        notes: String::new(),
        position,
        target: None,
        lane_offset: offset,
        owner: String::new(),
        status: Status::Active,
        impact: 2,
        tags: Vec::new(),
        votes: 0,
    }
}

/// Lanes of made-up cards, spread by a fixed sequence so the cases never change by themselves.
fn placement_cases() -> Value {
    let mut seed: u64 = 11;
    let mut next = |below: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) % below
    };
    let mut ctx = Context::deterministic(time::macros::datetime!(2026-12-03 09:00 UTC));
    let cases: Vec<Value> = [3, 8, 14, 20, 30]
        .into_iter()
        .map(|count| {
            let cards: Vec<Initiative> = (0..count)
                .map(|n| {
                    let position = next(201) as f64 - 100.0;
                    let offset = [0.0, 0.3, NO_PREFERENCE, 0.7, 1.0][next(5) as usize];
                    initiative(
                        &mut ctx,
                        Uuid::nil(),
                        &format!("Card {n}"),
                        position,
                        offset,
                    )
                })
                .collect();
            let places: Vec<Value> = cards
                .iter()
                .map(
                    |c| json!({ "id": c.id, "position": c.position, "lane_offset": c.lane_offset }),
                )
                .collect();
            json!({ "cards": places, "rows": placement::rows(&cards) })
        })
        .collect();
    Value::Array(cases)
}

/// The crowded canvas after a vote, with ties within and across lanes, and the core's ranking.
fn ranking_case() -> Value {
    let mut doc = crowded();
    let totals = [3, 1, 0, 2, 1, 3, 1, 1, 0, 2, 5, 1, 0, 2];
    let ids: Vec<Uuid> = doc.initiatives().map(|i| i.id).collect();
    let mut cards: Vec<Initiative> = doc.initiatives().cloned().collect();
    for (card, votes) in cards.iter_mut().zip(totals.iter().cycle()) {
        card.votes = *votes;
    }
    doc = Document::new(doc.canvas.clone(), doc.areas().to_vec(), cards).expect("voted canvas");
    assert_eq!(doc.initiatives().count(), ids.len());
    let places: Vec<Value> = doc
        .initiatives()
        .map(|c| json!({ "id": c.id, "area_id": c.area_id, "title": c.title, "position": c.position, "votes": c.votes }))
        .collect();
    let areas: Vec<Value> = doc.areas().iter().map(|a| json!({ "id": a.id })).collect();
    let ranking: Vec<Uuid> = doc.vote_ranking().into_iter().map(|i| i.id).collect();
    json!({ "areas": areas, "cards": places, "ranking": ranking })
}

/// The crowded canvas with impacts, card targets (pushing both ways) and area targets, plus an
/// empty lane with a target, and each area's figures as the core computes them.
fn area_figure_cases() -> Value {
    let doc = crowded();
    let mut areas = doc.areas().to_vec();
    for (area, target) in areas.iter_mut().zip([Some(40.0), None, Some(-20.0)]) {
        area.target = target;
    }
    let mut empty = areas[0].clone();
    empty.id = Uuid::from_u128(0xE);
    empty.name = "Empty lane".to_string();
    empty.order = 3;
    empty.target = Some(10.0);
    areas.push(empty);
    let impacts = [1, 3, 2, 3, 1, 2, 1];
    let targets = [Some(80.0), None, Some(-60.0), Some(-10.0), None, Some(35.5)];
    let cards: Vec<Initiative> = doc
        .initiatives()
        .cloned()
        .zip(impacts.iter().cycle().zip(targets.iter().cycle()))
        .map(|(mut card, (impact, target))| {
            card.impact = *impact;
            card.target = *target;
            card
        })
        .collect();
    let doc = Document::new(doc.canvas.clone(), areas, cards).expect("a canvas with figures");
    let places: Vec<Value> = doc
        .initiatives()
        .map(|c| json!({ "id": c.id, "area_id": c.area_id, "position": c.position, "target": c.target, "impact": c.impact, "lane_offset": c.lane_offset }))
        .collect();
    let figures: Vec<Value> = area_figures::summaries(&doc)
        .into_iter()
        .map(|a| json!({ "id": a.id, "target": a.target, "stance": a.stance, "shift": a.shift, "pushing_customer": a.pushing_customer, "pushing_product": a.pushing_product, "projected_stance": a.projected_stance, "rows": a.rows }))
        .collect();
    json!({ "cards": places, "areas": figures })
}

/// Adds and moves (within a lane, across lanes, to zero, by offset alone) applied to the crowded
/// canvas, each with the words the decision log gives it.
fn log_cases() -> Value {
    let mut doc = crowded();
    let mut ctx = Context::deterministic(time::macros::datetime!(2026-12-03 10:00 UTC));
    let areas = doc.areas().to_vec();
    let name = |doc: &Document, id: Uuid| doc.area(id).map(|a| a.name.clone()).expect("area");
    let card = doc.initiatives().next().cloned().expect("a card");
    let added = initiative(&mut ctx, areas[1].id, "Added card", 12.46, 0.5);
    let mut cases = Vec::new();
    let mut record = |doc: &mut Document, op: Op, case: Value| {
        let applied = ops::apply(doc, &op).expect("the op applies");
        let words = decisions::describe(&op, &applied.inverse, doc, Provenance::Edit);
        let mut case = case;
        case["action"] = json!(words.first().expect("an entry").action);
        cases.push(case);
    };
    record(
        &mut doc,
        Op::AddInitiative {
            initiative: added.clone(),
        },
        json!({ "kind": "add", "to": 12.46, "to_area": name(&crowded(), areas[1].id) }),
    );
    let moves = [
        (
            card.area_id,
            card.position,
            card.area_id,
            20.0,
            card.lane_offset,
        ),
        (card.area_id, 20.0, card.area_id, 0.0, card.lane_offset),
        (card.area_id, 0.0, areas[2].id, -35.55, card.lane_offset),
        (areas[2].id, -35.55, areas[2].id, -35.55, 0.9),
    ];
    for (from_area, from, to_area, to, offset) in moves {
        let case = json!({
            "kind": "move", "from": from, "to": to,
            "from_area": name(&doc, from_area), "to_area": name(&doc, to_area),
        });
        record(
            &mut doc,
            Op::MoveInitiative {
                id: card.id,
                position: to,
                area_id: Some(to_area),
                lane_offset: Some(offset),
            },
            case,
        );
    }
    Value::Array(cases)
}

/// Each template's areas as a new canvas gets them (names, colours, pole texts).
fn template_texts() -> Value {
    let mut ctx = Context::deterministic(time::macros::datetime!(2026-12-03 09:00 UTC));
    let mut texts = |template| -> Vec<Value> {
        templates::areas(template, &mut ctx)
            .into_iter()
            .map(|a| json!({ "name": a.name, "colour": a.colour, "product_pole": a.product_pole, "customer_pole": a.customer_pole }))
            .collect()
    };
    json!({ "basic": texts(Template::Basic), "full": texts(Template::Full) })
}

#[test]
fn committed_core_rules_are_the_cores() {
    let pretty = |value: Value| serde_json::to_string_pretty(&canonical(value)).expect("JSON");
    let limits = pretty(serde_json::to_value(TEXT_LIMITS).expect("limits as JSON"));
    let rule = pretty(json!({ "card_span": CARD_SPAN, "no_preference": NO_PREFERENCE }));
    let cases = serde_json::to_string(&canonical(placement_cases())).expect("cases as JSON");
    let ranking = serde_json::to_string(&canonical(ranking_case())).expect("ranking as JSON");
    // Halves round away from zero (−0.25 → −0.3), as Rust rounds.
    let positions: Vec<Value> = [
        0.0, 20.0, -40.0, 0.04, -0.04, 12.46, -12.54, 0.25, -0.25, 33.333, 99.95, 100.0, -100.0,
    ]
    .into_iter()
    .map(|v| json!([v, signed_position(v), display_position(v)]))
    .collect();
    let positions = serde_json::to_string(&positions).expect("positions as JSON");
    let templates = pretty(template_texts());
    let figures = serde_json::to_string(&canonical(area_figure_cases())).expect("figures as JSON");
    let log = serde_json::to_string(&canonical(log_cases())).expect("log cases as JSON");
    let statements = pretty(serde_json::to_value(STATEMENTS).expect("statements as JSON"));
    let fresh = format!(
        "// Generated from the core by src-tauri/tests/core_rules.rs: do not edit.\n\
         import type {{ Statement, TextLimits }} from \"../src/bindings\";\n\n\
         export const TEXT_LIMITS: TextLimits = {limits};\n\n\
         /** templates.rs: each template's areas, in lane order. */\n\
         export const TEMPLATES: Record<\"basic\" | \"full\", {{ name: string; colour: string; product_pole: string; customer_pole: string }}[]> = {templates};\n\n\
         /** model/assessment.rs: the self-assessment's statements, in order. */\n\
         export const STATEMENTS: Statement[] = {statements};\n\n\
         /** model/placement.rs: a card's share of the axis, and the offset that asks for no row. */\n\
         export const PLACEMENT = {rule};\n\n\
         /** Lanes and the rows the core gives their cards. */\n\
         export const PLACEMENT_CASES: {{ cards: {{ id: string; position: number; lane_offset: number }}[]; rows: string[][] }}[] =\n  {cases};\n\n\
         /** model/figures.rs: how a position reads, as text and on screen. */\n\
         export const POSITION_CASES: [value: number, signed: string, display: string][] =\n  {positions};\n\n\
         /** Lanes with impacts and targets, and each area's figures (model/area_figures.rs). */\n\
         export const AREA_FIGURE_CASE: {{ cards: {{ id: string; area_id: string; position: number; target: number | null; impact: number; lane_offset: number }}[]; areas: {{ id: string; target: number | null; stance: number | null; shift: number | null; pushing_customer: number; pushing_product: number; projected_stance: number | null; rows: string[][] }}[] }} =\n  {figures};\n\n\
         /** decisions.rs: the words the decision log gives adds and moves. */\n\
         export const LOG_CASES: {{ kind: \"add\" | \"move\"; from?: number; to: number; from_area?: string; to_area: string; action: string }}[] =\n  {log};\n\n\
         /** A voted canvas and the core's vote ranking (Document::vote_ranking). */\n\
         export const RANKING_CASE: {{ areas: {{ id: string }}[]; cards: {{ id: string; area_id: string; title: string; position: number; votes: number }}[]; ranking: string[] }} =\n  {ranking};\n"
    );
    committed::assert_committed("../ui/mock/core-rules.ts", &fresh, "core_rules");
}

/// Crowded lanes: the defects of a card beside another at +50/+70, a card moved onto a
/// neighbour, a stack at one place, and offsets the user chose.
fn crowded() -> Document {
    let mut ctx = Context::deterministic(time::macros::datetime!(2026-12-03 09:00 UTC));
    let now = ctx.now();
    let canvas = stratmap_core::model::Canvas {
        id: ctx.new_id(),
        title: "Crowded lanes".to_string(),
        subtitle: String::new(),
        offsite_date: None,
        axis_left: "Product-centric".to_string(),
        axis_right: "Customer-centric".to_string(),
        created_at: now.clone(),
        updated_at: now,
    };
    let areas = templates::areas(Template::Basic, &mut ctx);
    let (goal, growth, marketing) = (areas[0].id, areas[1].id, areas[2].id);
    let mut cards = Vec::new();
    for (title, position, offset) in [
        ("Customer advisory board", 70.0, 0.5),
        ("Journey mapping", 50.0, 0.5),
        ("Service bundles", 30.0, 0.5),
        ("Best-in-class hardware", -10.0, 0.2),
        ("Feature factory", -40.0, 0.9),
        ("Patent portfolio", -45.0, 0.5),
    ] {
        cards.push(initiative(&mut ctx, goal, title, position, offset));
    }
    for n in 1..=5 {
        cards.push(initiative(
            &mut ctx,
            growth,
            &format!("Same place {n}"),
            10.0,
            0.5,
        ));
    }
    for (title, position, offset) in [
        ("Referral programme", 0.0, 1.0),
        ("Trade-show campaigns", 20.0, 1.0),
        ("Behavioural e-mail", 90.0, 0.0),
    ] {
        cards.push(initiative(&mut ctx, marketing, title, position, offset));
    }
    Document::new(canvas, areas, cards).expect("a valid crowded canvas")
}

/// The rows the exported SVG draws in each lane: cards grouped by their top, top to bottom, each
/// row's ids left to right. Read from the SVG text, as any reader of the file would.
fn svg_rows(doc: &Document, svg: &str) -> BTreeMap<String, Vec<Vec<String>>> {
    let attribute = |text: &str, name: &str| -> f64 {
        let start = text.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
        let end = start + text[start..].find('"').expect("closing quote");
        text[start..end].parse().expect("a number")
    };
    let mut cards: Vec<(String, f64, f64)> = Vec::new();
    for group in svg.split("<g class=\"card\" data-initiative=\"").skip(1) {
        let id = group[..36].to_string();
        let rect = &group[group.find("<rect").expect("a card's box")..];
        cards.push((id, attribute(rect, "y"), attribute(rect, "x")));
    }
    let mut lanes = BTreeMap::new();
    for area in doc.areas() {
        let mut mine: Vec<&(String, f64, f64)> = cards
            .iter()
            .filter(|(id, ..)| {
                doc.initiatives_in(area.id)
                    .iter()
                    .any(|c| c.id.to_string() == *id)
            })
            .collect();
        mine.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.2.total_cmp(&b.2)));
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut last_top = f64::NAN;
        for (id, top, _) in mine {
            if *top != last_top {
                rows.push(Vec::new());
                last_top = *top;
            }
            rows.last_mut().expect("a row").push(id.clone());
        }
        lanes.insert(area.id.to_string(), rows);
    }
    lanes
}

#[test]
fn committed_crowded_canvas_is_the_cores() {
    let doc = crowded();
    let svg = render::canvas_svg(&doc).expect("the crowded canvas exports");
    let rows = svg_rows(&doc, &svg);
    let document = json!({
        "title": doc.canvas.title,
        "areas": doc.areas(),
        "initiatives": doc.initiatives().collect::<Vec<_>>(),
    });
    let fresh = format!(
        "// Generated from the core by src-tauri/tests/core_rules.rs: do not edit.\n\
         // A canvas with crowded lanes, and the rows of cards its exported SVG draws per lane.\n\n\
         export const CROWDED = {};\n\n\
         export const CROWDED_SVG_ROWS: Record<string, string[][]> = {};\n",
        serde_json::to_string_pretty(&canonical(document)).expect("canvas as JSON"),
        serde_json::to_string_pretty(&rows).expect("rows as JSON"),
    );
    committed::assert_committed("../ui/mock/crowded.ts", &fresh, "core_rules");
}
