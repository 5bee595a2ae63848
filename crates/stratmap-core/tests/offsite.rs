//! The offsite tools through a real canvas file: self-assessment, dot voting, restoring a
//! snapshot (the decision log: decision_log.rs). Each test reopens the file to prove what was
//! stored.

mod common;

use common::{offsite_canvas as canvas, reopened};
use stratmap_core::model::assessment::{Pole, STATEMENTS};
use stratmap_core::model::{Ballot, BallotVote};
use stratmap_core::view::{CanvasView, OffsiteView};
use stratmap_core::{CanvasFile, Context, Editor, Op};
use uuid::Uuid;

fn answers(product: u8, customer: u8) -> Vec<u8> {
    STATEMENTS
        .iter()
        .map(|s| match s.pole {
            Pole::Product => product,
            Pole::Customer => customer,
        })
        .collect()
}

fn ballot(participant: &str, votes: &[(Uuid, i32)]) -> Ballot {
    Ballot {
        participant: participant.to_string(),
        votes: votes
            .iter()
            .map(|(id, count)| BallotVote {
                initiative_id: *id,
                count: *count,
            })
            .collect(),
    }
}

#[test]
fn participants_answers_place_the_team_and_are_kept_in_the_file() {
    let (_dir, path, mut editor, _) = canvas();
    editor.answer_assessment("Ana", answers(1, 3)).unwrap();
    editor.answer_assessment("Bo", answers(3, 1)).unwrap();
    editor.answer_assessment("Cy", answers(2, 4)).unwrap();
    // Answering again replaces the earlier answers (names ignore case).
    editor.answer_assessment("cy", answers(0, 4)).unwrap();

    let mut bad = answers(2, 2);
    bad[13] = 7;
    let before = std::fs::read(&path).unwrap();
    let err = editor.answer_assessment("Dee", bad).unwrap_err();
    assert_eq!(err.to_string(), "answer 14 must be between 0 and 4, got 7");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "a refused answer wrote nothing"
    );

    drop(editor);
    let file = reopened(&path);
    let team = OffsiteView::of(file.document()).assessment;
    let places: Vec<(&str, f64)> = team
        .participants
        .iter()
        .map(|p| (p.participant.as_str(), p.position))
        .collect();
    assert_eq!(places, [("Ana", 50.0), ("Bo", -50.0), ("cy", 100.0)]);
    assert_eq!(team.mean, Some(100.0 / 3.0));
    assert_eq!((team.min, team.max), (Some(-50.0), Some(100.0)));
}

#[test]
fn votes_stay_hidden_until_revealed_then_show_on_the_cards() {
    let (_dir, path, mut editor, ids) = canvas();
    let err = editor
        .apply(Op::CastBallot {
            ballot: ballot("Ana", &[(ids[0], 1)]),
        })
        .unwrap_err();
    assert_eq!(err.to_string(), "no voting round is open; start one first");

    editor.apply(Op::StartVoting { allowance: 3 }).unwrap();
    editor
        .apply(Op::CastBallot {
            ballot: ballot("Ana", &[(ids[0], 2), (ids[1], 1)]),
        })
        .unwrap();
    editor
        .apply(Op::CastBallot {
            ballot: ballot("Bo", &[(ids[1], 3)]),
        })
        .unwrap();
    let err = editor
        .apply(Op::CastBallot {
            ballot: ballot("Cy", &[(ids[0], 2), (ids[1], 2)]),
        })
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "ballot is not valid: Cy placed 4 votes; each participant has 3"
    );

    // Hidden: the view tells who voted, and no card shows a total.
    let view = CanvasView::of(&editor);
    let voting = view.offsite.voting.clone().expect("a round is open");
    assert_eq!(
        (voting.revealed, voting.voters),
        (false, vec!["Ana".to_string(), "Bo".to_string()])
    );
    assert!(
        view.areas
            .iter()
            .flat_map(|a| &a.initiatives)
            .all(|i| i.votes == 0)
    );

    editor.apply(Op::RevealVotes).unwrap();
    let err = editor
        .apply(Op::CastBallot {
            ballot: ballot("Cy", &[(ids[0], 1)]),
        })
        .unwrap_err();
    assert!(err.to_string().contains("already revealed"), "{err}");
    drop(editor);

    let file = reopened(&path);
    let votes = |id| file.document().initiative(id).unwrap().votes;
    assert_eq!((votes(ids[0]), votes(ids[1])), (2, 4));
    assert!(file.document().voting().unwrap().revealed);
}

#[test]
fn undoing_a_reveal_hides_the_totals_again() {
    let (_dir, _path, mut editor, ids) = canvas();
    editor.apply(Op::StartVoting { allowance: 5 }).unwrap();
    editor
        .apply(Op::CastBallot {
            ballot: ballot("Ana", &[(ids[1], 5)]),
        })
        .unwrap();
    let before_reveal = editor.document().clone();
    editor.apply(Op::RevealVotes).unwrap();
    assert_eq!(editor.document().initiative(ids[1]).unwrap().votes, 5);
    editor.undo().unwrap();
    assert_eq!(editor.document().voting(), before_reveal.voting());
    assert_eq!(editor.document().initiative(ids[1]).unwrap().votes, 0);
    editor.redo().unwrap();
    assert_eq!(editor.document().initiative(ids[1]).unwrap().votes, 5);
    // A new round clears the totals shown on the cards, undoably.
    editor.apply(Op::StartVoting { allowance: 2 }).unwrap();
    assert_eq!(editor.document().initiative(ids[1]).unwrap().votes, 0);
    editor.undo().unwrap();
    assert_eq!(editor.document().initiative(ids[1]).unwrap().votes, 5);
}

#[test]
fn restoring_a_snapshot_is_one_undoable_change() {
    let (_dir, path, mut editor, ids) = canvas();
    editor.take_snapshot("Before offsite").unwrap();
    let before = editor.document().clone();
    editor
        .apply(Op::MoveInitiative {
            id: ids[0],
            position: 60.0,
            area_id: None,
            lane_offset: None,
        })
        .unwrap();
    editor.apply(Op::DeleteInitiative { id: ids[1] }).unwrap();
    let after_edits = editor.document().clone();

    assert!(editor.restore_snapshot("No such").is_err());
    editor.restore_snapshot("Before offsite").unwrap();
    let same_content = |a: &stratmap_core::Document, b: &stratmap_core::Document| {
        a.initiatives().collect::<Vec<_>>() == b.initiatives().collect::<Vec<_>>()
            && a.areas() == b.areas()
            && a.canvas.title == b.canvas.title
    };
    assert!(same_content(editor.document(), &before));
    drop(editor);
    assert!(
        same_content(reopened(&path).document(), &before),
        "the restore was saved"
    );

    let mut editor = Editor::open(&path, Context::deterministic(common::start())).unwrap();
    editor.restore_snapshot("Before offsite").unwrap();
    editor.undo().unwrap();
    assert!(same_content(editor.document(), &before));
    let log = editor.file().decisions(None).unwrap();
    let last = log.last().unwrap();
    assert_eq!(
        last.action,
        "restored the state before restoring snapshot \"Before offsite\" (undo)"
    );
    let _ = after_edits;
}

#[test]
fn a_version_1_file_is_read_as_is_and_upgraded_when_edited() {
    let (_dir, path, editor, ids) = canvas();
    drop(editor);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE assessment; DROP TABLE voting; DROP TABLE decision;
             DROP TABLE live_session; DROP TABLE live_participant; DROP TABLE live_draft;
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let file = reopened(&path);
    assert_eq!(file.document().initiative_count(), 2);
    assert!(file.document().assessments().is_empty());
    // No log yet: an empty one, not an error (the PDF summary and `stratmap log` read it).
    assert!(file.decisions(None).unwrap().is_empty());
    drop(file);
    let mut editor = Editor::open(&path, Context::deterministic(common::start())).unwrap();
    editor.answer_assessment("Ana", answers(0, 4)).unwrap();
    editor.apply(Op::DeleteInitiative { id: ids[0] }).unwrap();
    drop(editor);
    let file = reopened(&path);
    assert_eq!(file.document().assessments().len(), 1);
    assert_eq!(file.decisions(None).unwrap().len(), 2);
}

#[test]
fn offsite_results_travel_in_the_json_document_and_into_a_new_file() {
    let (dir, _path, mut editor, ids) = canvas();
    editor.answer_assessment("Ana", answers(1, 3)).unwrap();
    editor.apply(Op::StartVoting { allowance: 2 }).unwrap();
    editor
        .apply(Op::CastBallot {
            ballot: ballot("Ana", &[(ids[0], 2)]),
        })
        .unwrap();
    let text = stratmap_core::interchange::json::to_string(editor.document(), &[]);
    let (doc, snapshots) = stratmap_core::interchange::json::from_str(&text).unwrap();
    assert_eq!(&doc, editor.document());
    let copy = dir.path().join("copy.stratmap");
    drop(CanvasFile::create(&copy, &doc, &snapshots).unwrap());
    assert_eq!(reopened(&copy).document(), editor.document());
}

#[test]
fn a_retyped_voter_name_is_the_same_voter_and_is_asked_before_replacing() {
    let (_dir, _path, mut editor, ids) = canvas();
    editor.apply(Op::StartVoting { allowance: 3 }).unwrap();
    editor
        .apply(Op::CastBallot {
            ballot: ballot("Ana", &[(ids[0], 3)]),
        })
        .unwrap();
    // "ana " is Ana as people read it: a second ballot is refused, naming her as she first wrote it.
    let round = editor.document().voting().unwrap().clone();
    let err = round.refuse_second_ballot("  ana ").unwrap_err();
    assert_eq!(err.code(), "already_voted");
    assert_eq!(
        err.to_string(),
        "Ana has already voted in this round. Replace that ballot?"
    );
    assert!(round.refuse_second_ballot("Bo").is_ok());

    // Replacing, once meant, keeps one ballot for her, stored without the outer spaces.
    editor
        .apply(Op::CastBallot {
            ballot: ballot(" ana ", &[(ids[1], 1)]),
        })
        .unwrap();
    let round = editor.document().voting().unwrap();
    assert_eq!(round.ballots.len(), 1, "{:?}", round.ballots);
    assert_eq!(round.ballots[0].participant, "ana");
    assert_eq!(round.totals().get(&ids[1]), Some(&1));
    assert_eq!(round.totals().get(&ids[0]), None);
}
