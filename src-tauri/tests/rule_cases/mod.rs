//! The shared cases of `core_rules.rs`: made-up canvases and what the core answers for them (rows,
//! rankings, area figures, the decision log's words), each deterministic so the generated file
//! never changes by itself.

use serde_json::{Value, json};
use stratmap_core::decisions::{self, Provenance};
use stratmap_core::model::area_figures;
use stratmap_core::model::placement::{self, NO_PREFERENCE};
use stratmap_core::model::{Assessment, Ballot, Document, Initiative, Status};
use stratmap_core::ops::{AreaDetails, CanvasDetails, InitiativeDetails};
use stratmap_core::{Context, Editor, Op, Template, ops, templates};
use uuid::Uuid;

pub fn initiative(
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
pub fn placement_cases() -> Value {
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
pub fn ranking_case() -> Value {
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
pub fn area_figure_cases() -> Value {
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

/// An initiative's details as the decision log's cases state them.
fn details_facts(d: &InitiativeDetails) -> Value {
    json!({ "title": d.title, "target": d.target, "owner": d.owner, "status": d.status, "impact": d.impact, "notes": d.notes, "tags": d.tags })
}

/// Every kind of change the UI's test double logs, applied in turn to the crowded canvas, each
/// with the facts it was made from and the subject and words the decision log gives it.
pub fn log_cases() -> Value {
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
        let first = words.first().expect("an entry");
        let mut case = case;
        case["subject"] = json!(first.subject);
        case["action"] = json!(first.action);
        cases.push(case);
    };
    let add = json!({ "kind": "add", "to": 12.46, "to_area": name(&doc, areas[1].id) });
    record(
        &mut doc,
        Op::AddInitiative {
            initiative: added.clone(),
        },
        add,
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
        let id = card.id;
        let op = Op::MoveInitiative {
            id,
            position: to,
            area_id: Some(to_area),
            lane_offset: Some(offset),
        };
        record(&mut doc, op, case);
    }

    // Edits of the details: a rename with a new target, owner and status, and nothing at all.
    let old = InitiativeDetails::of(doc.initiative(card.id).expect("the card"));
    let mut renamed = old.clone();
    renamed.title = "Renamed card".to_string();
    renamed.target = Some(-12.5);
    let mut owned = renamed.clone();
    owned.owner = "Ana".to_string();
    owned.status = Status::Done;
    for (before, after) in [
        (old, renamed.clone()),
        (renamed, owned.clone()),
        (owned.clone(), owned),
    ] {
        let case =
            json!({ "kind": "edit", "old": details_facts(&before), "new": details_facts(&after) });
        record(
            &mut doc,
            Op::EditInitiative {
                id: card.id,
                details: after,
            },
            case,
        );
    }
    let case = json!({ "kind": "delete", "position": -35.55, "area": name(&doc, areas[2].id) });
    record(&mut doc, Op::DeleteInitiative { id: card.id }, case);

    // An area's target set, moved and cleared; its name and its poles edited; the canvas.
    let lane = areas[0].id;
    for (from, to) in [
        (None, Some(40.0)),
        (Some(40.0), Some(-12.46)),
        (Some(-12.46), None),
    ] {
        let case = json!({ "kind": "target", "area": name(&doc, lane), "from": from, "to": to });
        record(
            &mut doc,
            Op::SetAreaTarget {
                id: lane,
                target: to,
            },
            case,
        );
    }
    let mut details = AreaDetails::of(doc.area(lane).expect("the lane"));
    for rename in [true, false] {
        let old_name = details.name.clone();
        if rename {
            details.name = "Our end goal".to_string();
        } else {
            details.product_pole = "A new pole text.".to_string();
        }
        let case = json!({ "kind": "area", "old_name": old_name, "name": details.name });
        record(
            &mut doc,
            Op::EditArea {
                id: lane,
                details: details.clone(),
            },
            case,
        );
    }
    let mut canvas = CanvasDetails::of(&doc.canvas);
    canvas.title = "Crowded lanes, day 2".to_string();
    let case = json!({ "kind": "canvas", "title": canvas.title });
    record(&mut doc, Op::EditCanvas { details: canvas }, case);

    // The self-assessment answered and removed; a voting round opened, a ballot, the reveal.
    let answers: Vec<u8> = vec![1, 4, 0, 3, 2, 4, 1, 2, 0, 4, 3, 3, 1, 2];
    let assessment = Assessment {
        participant: "Ana".to_string(),
        answers: answers.clone(),
        answered_at: ctx.now(),
    };
    let case = json!({ "kind": "assessment", "participant": "Ana", "answers": answers });
    let op = Op::SetAssessment {
        participant: "Ana".to_string(),
        assessment: Some(assessment),
    };
    record(&mut doc, op, case);
    let case = json!({ "kind": "assessment", "participant": "Ana", "answers": null });
    record(
        &mut doc,
        Op::SetAssessment {
            participant: "Ana".to_string(),
            assessment: None,
        },
        case,
    );
    record(
        &mut doc,
        Op::StartVoting { allowance: 5 },
        json!({ "kind": "start_voting", "allowance": 5 }),
    );
    let ballot = Ballot {
        participant: "Lee".to_string(),
        votes: Vec::new(),
    };
    record(
        &mut doc,
        Op::CastBallot { ballot },
        json!({ "kind": "cast_ballot", "participant": "Lee" }),
    );
    record(&mut doc, Op::RevealVotes, json!({ "kind": "reveal_votes" }));
    cases.push(restore_case());
    Value::Array(cases)
}

/// A snapshot put back, through a real file and editor (the editor names what it restores).
fn restore_case() -> Value {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("restore.stratmap");
    let ctx = Context::deterministic(time::macros::datetime!(2026-12-03 11:00 UTC));
    let mut editor =
        Editor::create(&path, "Restore case", Template::Basic, ctx).expect("a new canvas");
    editor.take_snapshot("Day 1").expect("a snapshot");
    editor.restore_snapshot("Day 1").expect("the restore");
    let log = editor.file().decisions(None).expect("the log");
    let last = log.last().expect("the restore's entry");
    json!({ "kind": "restore", "name": "Day 1", "title": "Restore case", "subject": last.subject, "action": last.action })
}

/// Each template's areas as a new canvas gets them (names, colours, pole texts).
pub fn template_texts() -> Value {
    let mut ctx = Context::deterministic(time::macros::datetime!(2026-12-03 09:00 UTC));
    let mut texts = |template| -> Vec<Value> {
        templates::areas(template, &mut ctx)
            .into_iter()
            .map(|a| json!({ "name": a.name, "colour": a.colour, "product_pole": a.product_pole, "customer_pole": a.customer_pole }))
            .collect()
    };
    json!({ "basic": texts(Template::Basic), "full": texts(Template::Full) })
}

/// Crowded lanes: the defects of a card beside another at +50/+70, a card moved onto a
/// neighbour, a stack at one place, and offsets the user chose.
pub fn crowded() -> Document {
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
