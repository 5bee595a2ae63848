//! The stratmap/1 document is a contract: its exact shape is pinned by a snapshot.
//! Regenerate with `INSTA_UPDATE=always cargo test` after a deliberate change.

mod common;

use stratmap_core::compare::compare;
use stratmap_core::interchange::json;
use stratmap_core::snapshot::Snapshot;
use stratmap_core::{Op, ops};

#[test]
fn document_shape_with_stances_and_a_snapshot() {
    let doc = common::sample_doc();
    let before = Snapshot {
        name: "Before offsite".to_string(),
        taken_at: "2026-11-27T08:30:00Z".to_string(),
        document: doc.clone(),
    };
    insta::assert_snapshot!(json::to_string(&doc, &[before]));
}

#[test]
fn stance_is_the_impact_weighted_mean() {
    let doc = common::sample_doc();
    let end_goal = doc.areas()[0].id;
    // (-70 * 3 + 40 * 1) / 4
    assert_eq!(doc.stance(end_goal), Some(-42.5));
    let marketing = doc.areas()[2].id;
    assert_eq!(doc.stance(marketing), Some(80.0));
    let stances = doc.stances();
    assert_eq!(stances[0], (end_goal, Some(-42.5)));
    assert_eq!(stances.len(), 3);
}

#[test]
fn an_area_without_initiatives_has_no_stance() {
    let mut doc = common::sample_doc();
    let growth = doc.areas()[1].id;
    let only = doc.initiatives_in(growth)[0].id;
    ops::apply(&mut doc, &Op::DeleteInitiative { id: only }).unwrap();
    assert_eq!(doc.stance(growth), None);
    let exported: serde_json::Value = serde_json::from_str(&json::to_string(&doc, &[])).unwrap();
    assert!(exported["areas"][1]["stance"].is_null());
}

#[test]
fn comparison_reports_moves_additions_and_removals() {
    let before = common::sample_doc();
    let mut after = before.clone();
    let sensor = before.initiatives_in(before.areas()[0].id)[0].id;
    let referral = before.initiatives_in(before.areas()[2].id)[0].id;
    ops::apply(
        &mut after,
        &Op::MoveInitiative {
            id: sensor,
            position: -20.0,
            area_id: None,
            lane_offset: None,
        },
    )
    .unwrap();
    ops::apply(&mut after, &Op::DeleteInitiative { id: referral }).unwrap();
    let c = compare("Before", &before, "current", &after);
    assert_eq!(c.moved.len(), 1);
    assert_eq!(c.moved[0].title, "Best-in-class sensor accuracy");
    assert_eq!(
        (
            c.moved[0].from_position,
            c.moved[0].to_position,
            c.moved[0].shift
        ),
        (-70.0, -20.0, 50.0)
    );
    assert_eq!(c.removed.len(), 1);
    assert_eq!(c.removed[0].title, "Referral programme");
    assert!(c.added.is_empty());
    assert_eq!(c.areas[0].from_stance, Some(-42.5));
    assert_eq!(c.areas[0].to_stance, Some(-5.0));
}

#[test]
fn foreign_or_future_documents_are_refused_by_name() {
    let cases = [
        (
            r#"{"format":"stratmap/2","canvas":{}}"#,
            "unsupported document format \"stratmap/2\"",
        ),
        (
            r#"{"format":"excalidraw"}"#,
            "unsupported document format \"excalidraw\"",
        ),
        (
            r#"{"type":"excalidraw","elements":[]}"#,
            "not a Stratmap document",
        ),
        ("[1,2", "JSON: "),
        ("", "JSON: "),
    ];
    for (text, expected) in cases {
        let err = json::from_str(text).unwrap_err().to_string();
        assert!(err.contains(expected), "{text:?} gave {err:?}");
    }
}

#[test]
fn imported_values_are_checked_like_any_input() {
    let good = json::to_string(&common::sample_doc(), &[]);
    let cases = [
        (
            "\"position\": -70.0",
            "\"position\": 170.0",
            "position must be between -100 and 100",
        ),
        (
            "\"title\": \"Referral programme\"",
            "\"title\": \"\"",
            "title must not be empty",
        ),
        (
            "\"impact\": 3",
            "\"impact\": 9",
            "impact must be between 1 and 3",
        ),
        (
            "\"status\": \"active\"",
            "\"status\": \"maybe\"",
            "unknown variant `maybe`",
        ),
        (
            "\"votes\": 0",
            "\"votes\": 0, \"extra\": 1",
            "unknown field `extra`",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(good.contains(from), "fixture lacks {from}");
        let bad = good.replacen(from, to, 1);
        let err = json::from_str(&bad).unwrap_err().to_string();
        assert!(err.contains(expected), "{to} gave {err:?}");
    }
}
