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
use stratmap_core::model::Document;
use stratmap_core::model::assessment::STATEMENTS;
use stratmap_core::model::figures::{display_position, signed_position};
use stratmap_core::model::placement::{CARD_SPAN, NO_PREFERENCE};
use stratmap_core::model::validate::TEXT_LIMITS;
use stratmap_core::render;

mod committed;
mod rule_cases;

use rule_cases::{
    area_figure_cases, crowded, log_cases, placement_cases, ranking_case, template_texts,
};

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
         /** decisions.rs: the subject and words the decision log gives each kind of change. */\n\
         export const LOG_CASES: {{ kind: string; subject: string; action: string; [fact: string]: unknown }}[] =\n  {log};\n\n\
         /** A voted canvas and the core's vote ranking (Document::vote_ranking). */\n\
         export const RANKING_CASE: {{ areas: {{ id: string }}[]; cards: {{ id: string; area_id: string; title: string; position: number; votes: number }}[]; ranking: string[] }} =\n  {ranking};\n"
    );
    committed::assert_committed("../ui/mock/core-rules.ts", &fresh, "core_rules");
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
