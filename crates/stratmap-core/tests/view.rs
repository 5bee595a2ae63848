//! What the desktop UI is sent: a whole view on open, only what changed after an edit.

mod common;

use stratmap_core::view::{CanvasView, ViewChange};
use stratmap_core::{Context, Editor, NewInitiative, Op, Template};

fn editor() -> (tempfile::TempDir, Editor) {
    let dir = tempfile::tempdir().expect("temp dir");
    let editor = Editor::create(
        &dir.path().join("v.stratmap"),
        "View",
        Template::Basic,
        Context::deterministic(common::start()),
    )
    .expect("new canvas");
    (dir, editor)
}

#[test]
fn an_edit_sends_only_the_cards_it_changed_with_fresh_stances() {
    let (_dir, mut editor) = editor();
    let growth = editor.document().areas()[1].id;
    let mut ids = Vec::new();
    for (n, position) in [-60.0, 20.0, 40.0].into_iter().enumerate() {
        ids.push(
            editor
                .add_initiative(NewInitiative {
                    area_id: growth,
                    title: format!("Card {n}"),
                    position,
                    ..NewInitiative::default()
                })
                .unwrap()
                .touched
                .initiatives[0],
        );
    }
    let view = CanvasView::of(&editor);
    assert_eq!(view.areas[1].initiatives.len(), 3);
    assert_eq!(view.areas[1].summary.stance, Some(0.0));

    let touched = editor
        .apply(Op::MoveInitiative {
            id: ids[0],
            position: 60.0,
            area_id: None,
            lane_offset: None,
        })
        .unwrap();
    let change = ViewChange::of(&editor, &touched);
    assert_eq!(change.upserted.len(), 1);
    assert_eq!(
        (change.upserted[0].id, change.upserted[0].position),
        (ids[0], 60.0)
    );
    assert!(change.removed.is_empty());
    assert_eq!(change.areas[1].stance, Some(40.0));
    assert!(change.can_undo && !change.can_redo);

    let touched = editor
        .apply(Op::Batch {
            ops: vec![
                Op::DeleteInitiative { id: ids[1] },
                Op::DeleteInitiative { id: ids[2] },
            ],
        })
        .unwrap();
    let change = ViewChange::of(&editor, &touched);
    assert_eq!(change.removed, vec![ids[1], ids[2]]);
    assert_eq!(change.areas[1].stance, Some(60.0));

    let touched = editor.undo().unwrap();
    let change = ViewChange::of(&editor, &touched);
    let mut back: Vec<_> = change.upserted.iter().map(|i| i.id).collect();
    back.sort();
    let mut expected = vec![ids[1], ids[2]];
    expected.sort();
    assert_eq!(back, expected);
    assert!(change.can_redo);
}

#[test]
fn the_vote_ranking_is_sent_once_revealed_most_first_ties_in_reading_order() {
    use stratmap_core::model::{Ballot, BallotVote};
    let (_dir, mut editor) = editor();
    let areas: Vec<_> = editor.document().areas().iter().map(|a| a.id).collect();
    // Added out of reading order: "Zebra" in the first lane, "Apple" in the second.
    let mut add = |area, title: &str, position| {
        editor
            .add_initiative(NewInitiative {
                area_id: area,
                title: title.to_string(),
                position,
                ..NewInitiative::default()
            })
            .unwrap()
            .touched
            .initiatives[0]
    };
    let apple = add(areas[1], "Apple", -80.0);
    let zebra = add(areas[0], "Zebra", 50.0);
    let middle = add(areas[0], "Middle", 0.0);
    let most = add(areas[2], "Most", 10.0);
    editor.apply(Op::StartVoting { allowance: 6 }).unwrap();
    let vote = |initiative_id, count| BallotVote {
        initiative_id,
        count,
    };
    let ballot = Ballot {
        participant: "Ana".to_string(),
        votes: vec![
            vote(apple, 1),
            vote(zebra, 1),
            vote(middle, 1),
            vote(most, 3),
        ],
    };
    editor.apply(Op::CastBallot { ballot }).unwrap();
    let hidden = CanvasView::of(&editor);
    assert!(hidden.offsite.voting.as_ref().unwrap().ranking.is_empty());
    editor.apply(Op::RevealVotes).unwrap();
    let shown = CanvasView::of(&editor);
    // 3 votes first; then the 1-vote ties lane by lane and along the axis, never by title.
    assert_eq!(
        shown.offsite.voting.as_ref().unwrap().ranking,
        vec![most, middle, zebra, apple]
    );
    let ranked: Vec<_> = editor
        .document()
        .vote_ranking()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ranked, vec![most, middle, zebra, apple]);
}
