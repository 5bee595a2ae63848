//! The decision log through a real canvas file: each change with its reason, nudges merged, and a
//! reason landing on the change it names. Each test reopens the file to prove what was stored.

mod common;

use common::{offsite_canvas as canvas, reopened};
use stratmap_core::{Editor, Op};

#[test]
fn the_log_records_each_change_with_its_reason_and_merges_nudges() {
    let (_dir, path, mut editor, ids) = canvas();
    let nudge = |editor: &mut Editor, position: f64| {
        editor
            .apply(Op::MoveInitiative {
                id: ids[0],
                position,
                area_id: None,
                lane_offset: None,
            })
            .unwrap()
            .change
            .expect("a move is logged")
    };
    let first = nudge(&mut editor, -35.0);
    assert_eq!(
        nudge(&mut editor, -30.0),
        first,
        "a nudge joins the move before it"
    );
    assert_eq!(nudge(&mut editor, -25.0), first);
    editor
        .explain_change(first, "customers asked for it")
        .unwrap();
    let after_reason = nudge(&mut editor, 10.0);
    assert!(after_reason > first, "a reason closes its change");
    editor.undo().unwrap();
    let err = editor
        .explain_change(after_reason, "two\nlines")
        .unwrap_err();
    assert!(err.to_string().contains("reason"), "{err}");
    drop(editor);

    let file = reopened(&path);
    let log = file.decisions(Some(ids[0])).unwrap();
    let lines: Vec<(&str, &str)> = log
        .iter()
        .map(|d| (d.action.as_str(), d.reason.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            ("added at -40 in Growth strategy", ""),
            ("moved from -40 to -25", "customers asked for it"),
            ("moved from -25 to +10", ""),
            ("moved from +10 to -25 (undo)", ""),
        ]
    );
    assert_eq!(log[1].from_position, Some(-40.0));
    assert!(
        file.decisions(None).unwrap().len() > log.len(),
        "other cards' entries too"
    );
}

#[test]
fn a_reason_lands_on_the_change_it_names_even_after_later_changes() {
    let (_dir, path, mut editor, ids) = canvas();
    let moved = editor
        .apply(Op::MoveInitiative {
            id: ids[0],
            position: 30.0,
            area_id: None,
            lane_offset: None,
        })
        .unwrap()
        .change
        .expect("the move is logged");
    // Someone else's change comes in before the reason is typed (a participant's, say).
    let other = editor
        .apply_unrecorded(Op::MoveInitiative {
            id: ids[1],
            position: -10.0,
            area_id: None,
            lane_offset: None,
        })
        .unwrap()
        .change
        .expect("the other move is logged");
    assert_ne!(moved, other);
    editor.explain_change(moved, "the board asked").unwrap();
    let unknown = editor.explain_change(other + 100, "lost").unwrap_err();
    assert_eq!(unknown.code(), "not_found", "{unknown}");
    assert!(
        unknown.to_string().contains(&(other + 100).to_string()),
        "{unknown}"
    );
    drop(editor);

    let file = reopened(&path);
    let reason_of = |id| {
        let log = file.decisions(Some(id)).unwrap();
        log.last().map(|d| d.reason.clone()).unwrap_or_default()
    };
    assert_eq!(reason_of(ids[0]), "the board asked");
    assert_eq!(
        reason_of(ids[1]),
        "",
        "the later change keeps no reason it was not given"
    );
    assert!(
        file.decisions(None)
            .unwrap()
            .iter()
            .all(|d| d.reason != "lost"),
        "an unknown change number changes nothing"
    );
}
