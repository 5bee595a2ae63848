//! The live session through a real canvas file: drafts stay private to every reader of the
//! canvas until the reveal, the reveal is one undoable change with its owners in the log, and the
//! session (secrets, phase, participants, drafts) survives closing and reopening the file.

mod common;

use std::path::{Path, PathBuf};

use stratmap_core::model::{Draft, LiveSession, LiveSettings, Participant, Phase, live};
use stratmap_core::{Access, CanvasFile, Context, Editor, Op, Template};
use uuid::Uuid;

const PARTICIPANTS_SECRET: &str = "0123456789abcdef0123456789abcdef";
const FACILITATOR_SECRET: &str = "fedcba9876543210fedcba9876543210";

fn session_canvas() -> (tempfile::TempDir, PathBuf, Editor) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("live.stratmap");
    let mut editor = Editor::create(
        &path,
        "Q3 offsite",
        Template::Basic,
        Context::deterministic(common::start()),
    )
    .expect("new canvas");
    let session = LiveSession::new(PARTICIPANTS_SECRET.into(), FACILITATOR_SECRET.into());
    editor.apply(Op::BeginLive { session }).expect("session");
    (dir, path, editor)
}

fn person(n: u128, name: &str) -> Participant {
    Participant {
        id: Uuid::from_u128(1000 + n),
        name: name.to_string(),
        token: format!("{:032x}", 0xaaaa_0000 + n),
        joined_at: "2026-11-27T09:00:00Z".to_string(),
    }
}

fn draft(editor: &Editor, n: u128, owner: &Participant, title: &str, position: f64) -> Draft {
    Draft {
        id: Uuid::from_u128(2000 + n),
        participant: owner.id,
        area_id: editor.document().areas()[1].id,
        title: title.to_string(),
        position,
        lane_offset: 0.5,
    }
}

fn join(editor: &mut Editor, p: &Participant) {
    editor
        .apply_unrecorded(Op::JoinLive {
            participant: p.clone(),
            drafts: Vec::new(),
        })
        .expect("join");
}

fn reopened(path: &Path) -> CanvasFile {
    CanvasFile::open(path, Access::Read).expect("reopen")
}

fn set_phase(editor: &mut Editor, phase: Phase) {
    let settings = editor.document().live().expect("session").settings;
    editor
        .apply(Op::SetLiveSettings {
            settings: LiveSettings { phase, ..settings },
        })
        .expect("phase");
}

#[test]
fn drafts_reach_no_reader_of_the_canvas_before_the_reveal() {
    let (_dir, path, mut editor) = session_canvas();
    let ana = person(1, "Ana");
    join(&mut editor, &ana);
    let secret_card = draft(&editor, 1, &ana, "Secret loyalty idea", 40.0);
    editor
        .apply_unrecorded(Op::PutDraft { draft: secret_card })
        .expect("draft");
    let file = reopened(&path);
    let doc = file.document();
    assert_eq!(doc.initiative_count(), 0);
    assert!(doc.stances().iter().all(|(_, stance)| stance.is_none()));
    assert_eq!(doc.live().expect("stored").drafts.len(), 1);
    // Every export of the canvas: none names the draft or carries a secret.
    let json = stratmap_core::interchange::json::to_string(doc, &[]);
    let svg = stratmap_core::render::canvas_svg(doc).expect("svg");
    let log = stratmap_core::interchange::csv::decision_log(&file.decisions(None).expect("log"));
    for (what, text) in [("JSON", &json), ("SVG", &svg), ("decision log", &log)] {
        assert!(
            !text.contains("Secret loyalty idea"),
            "{what} shows the draft"
        );
        assert!(
            !text.contains(PARTICIPANTS_SECRET),
            "{what} carries the link secret"
        );
        assert!(
            !text.contains(FACILITATOR_SECRET),
            "{what} carries the facilitator secret"
        );
        assert!(
            !text.contains(&ana.token),
            "{what} carries a participant's token"
        );
    }
}

#[test]
fn the_reveal_is_one_change_that_names_each_owner_and_undoes_back_to_drafts() {
    let (_dir, path, mut editor) = session_canvas();
    let (ana, bo) = (person(1, "Ana"), person(2, "Bo"));
    join(&mut editor, &ana);
    join(&mut editor, &bo);
    set_phase(&mut editor, Phase::Placement);
    for d in [
        draft(&editor, 1, &ana, "Customer council", 30.0),
        draft(&editor, 2, &bo, "Usage-based upsell", -20.0),
    ] {
        editor
            .apply_unrecorded(Op::PutDraft { draft: d })
            .expect("draft");
    }
    editor.apply(Op::RevealDrafts).expect("reveal");
    // The facilitator's Undo says what it would take back.
    assert_eq!(
        editor.undo_label(),
        Some("the reveal of 2 cards from the live session")
    );
    let file = reopened(&path);
    let owners: Vec<(String, String)> = file
        .document()
        .initiatives()
        .map(|i| (i.title.clone(), i.owner.clone()))
        .collect();
    assert_eq!(
        owners,
        vec![
            ("Customer council".to_string(), "Ana".to_string()),
            ("Usage-based upsell".to_string(), "Bo".to_string())
        ]
    );
    assert!(file.document().live().expect("session").drafts.is_empty());
    let actions: Vec<String> = file
        .decisions(None)
        .expect("log")
        .into_iter()
        .map(|d| d.action)
        .collect();
    assert!(
        actions.contains(&"added by Ana in the live session at +30 in Growth strategy".to_string()),
        "{actions:?}"
    );
    assert!(
        actions
            .iter()
            .any(|a| a == "lobby ended; silent placement started"),
        "{actions:?}"
    );
    drop(file);

    editor.undo().expect("undo the reveal");
    assert_eq!(
        editor.redo_label(),
        Some("the reveal of 2 cards from the live session")
    );
    assert_eq!(
        editor.undo_label(),
        Some("Live session: lobby ended; silent placement started"),
        "the step before the reveal is the phase change, never a participant's draft"
    );
    let file = reopened(&path);
    assert_eq!(file.document().initiative_count(), 0);
    let session = file.document().live().expect("session");
    assert_eq!(session.drafts_of(ana.id).count(), 1);
    assert_eq!(session.drafts_of(bo.id).count(), 1);
    drop(file);
    editor.redo().expect("redo the reveal");
    assert_eq!(reopened(&path).document().initiative_count(), 2);
}

#[test]
fn a_participant_cannot_take_over_another_participants_draft() {
    let (_dir, path, mut editor) = session_canvas();
    let (ana, bo) = (person(1, "Ana"), person(2, "Bo"));
    join(&mut editor, &ana);
    join(&mut editor, &bo);
    let anas = draft(&editor, 1, &ana, "Ana's card", 10.0);
    editor
        .apply_unrecorded(Op::PutDraft {
            draft: anas.clone(),
        })
        .expect("draft");
    let before = std::fs::read(&path).expect("file");
    let stolen = Draft {
        participant: bo.id,
        title: "Bo was here".to_string(),
        ..anas
    };
    let err = editor
        .apply_unrecorded(Op::PutDraft { draft: stolen })
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "draft is not valid: that card belongs to another participant"
    );
    assert_eq!(std::fs::read(&path).expect("file"), before);
    assert_eq!(
        reopened(&path).document().live().expect("session").drafts[&anas.id].title,
        "Ana's card"
    );
}

#[test]
fn names_are_matched_as_people_read_them_and_draft_counts_are_capped() {
    let (_dir, _path, mut editor) = session_canvas();
    let ana = person(1, "Ana");
    join(&mut editor, &ana);
    let err = editor
        .apply_unrecorded(Op::JoinLive {
            participant: person(2, "  ana "),
            drafts: Vec::new(),
        })
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "your name is not valid: Ana is already in the session; pick another name"
    );
    for n in 0..live::DRAFTS_MAX as u128 {
        let d = draft(&editor, n, &ana, &format!("Card {n}"), 0.0);
        editor
            .apply_unrecorded(Op::PutDraft { draft: d })
            .expect("within the cap");
    }
    let one_more = draft(&editor, 999, &ana, "One too many", 0.0);
    let err = editor
        .apply_unrecorded(Op::PutDraft { draft: one_more })
        .unwrap_err();
    assert!(err.to_string().contains("at most 50 cards"), "{err}");
}

#[test]
fn an_area_holding_drafts_cannot_be_deleted_until_they_are_revealed() {
    let (_dir, _path, mut editor) = session_canvas();
    let ana = person(1, "Ana");
    join(&mut editor, &ana);
    let d = draft(&editor, 1, &ana, "Card", 0.0);
    let area = d.area_id;
    editor
        .apply_unrecorded(Op::PutDraft { draft: d })
        .expect("draft");
    let err = editor.apply(Op::DeleteArea { id: area }).unwrap_err();
    assert!(
        err.to_string()
            .contains("holds 1 private card(s) of the live session"),
        "{err}"
    );
    editor.apply(Op::RevealDrafts).expect("reveal");
    editor
        .apply(Op::DeleteArea { id: area })
        .expect("now it can go");
}

#[test]
fn the_session_survives_closing_and_reopening_the_file() {
    let (_dir, path, mut editor) = session_canvas();
    let ana = person(1, "Ana");
    join(&mut editor, &ana);
    set_phase(&mut editor, Phase::Placement);
    let d = draft(&editor, 1, &ana, "Card", -12.5);
    editor
        .apply_unrecorded(Op::PutDraft { draft: d.clone() })
        .expect("draft");
    // A host serving on the LAN, killed before it could say it stopped.
    let settings = editor.document().live().expect("session").settings;
    editor
        .apply_unrecorded(Op::SetLiveSettings {
            settings: LiveSettings {
                port: Some(47_123),
                serving_on: Some("192.168.1.20".parse().expect("address")),
                ..settings
            },
        })
        .expect("serving");
    let in_memory = editor.document().clone();
    drop(editor);
    let file = reopened(&path);
    assert_eq!(file.document(), &in_memory);
    let session = file.document().live().expect("session");
    assert_eq!(session.participants_secret, PARTICIPANTS_SECRET);
    assert_eq!(session.settings.phase, Phase::Placement);
    assert_eq!(session.settings.port, Some(47_123));
    assert_eq!(
        session.settings.serving_on.map(|ip| ip.to_string()),
        Some("192.168.1.20".to_string()),
        "the next host knows to resume on its own, on the same network"
    );
    assert_eq!(
        session.participant_with_token(&ana.token).map(|p| p.id),
        Some(ana.id)
    );
    assert_eq!(session.drafts[&d.id], d);
}

#[test]
fn removing_a_participant_takes_their_drafts_and_undo_brings_both_back() {
    let (_dir, path, mut editor) = session_canvas();
    let ana = person(1, "Ana");
    join(&mut editor, &ana);
    let d = draft(&editor, 1, &ana, "Card", 5.0);
    editor
        .apply_unrecorded(Op::PutDraft { draft: d.clone() })
        .expect("draft");
    editor.apply(Op::LeaveLive { id: ana.id }).expect("remove");
    let session = reopened(&path).document().live().cloned().expect("session");
    assert!(session.participants.is_empty() && session.drafts.is_empty());
    editor.undo().expect("undo");
    let session = reopened(&path).document().live().cloned().expect("session");
    assert_eq!(session.participants, vec![ana]);
    assert_eq!(
        session.drafts.values().cloned().collect::<Vec<_>>(),
        vec![d]
    );
}

#[test]
fn a_group_commit_keeps_each_op_apart_and_stores_what_applied() {
    let (_dir, path, mut editor) = session_canvas();
    let (ana, bo) = (person(1, "Ana"), person(2, "Bo"));
    join(&mut editor, &ana);
    join(&mut editor, &bo);
    let anas = draft(&editor, 1, &ana, "Ana's card", 10.0);
    let bos = draft(&editor, 2, &bo, "Bo's card", -10.0);
    let stolen = Draft {
        participant: bo.id,
        ..anas.clone()
    };
    let outcomes = editor
        .apply_group(vec![
            (
                Op::PutDraft {
                    draft: anas.clone(),
                },
                false,
            ),
            (Op::PutDraft { draft: stolen }, false),
            (Op::PutDraft { draft: bos.clone() }, false),
        ])
        .expect("the group commits");
    assert!(outcomes[0].is_ok() && outcomes[2].is_ok());
    assert_eq!(
        outcomes[1].as_ref().map(drop).map_err(ToString::to_string),
        Err("draft is not valid: that card belongs to another participant".to_string())
    );
    let file = reopened(&path);
    assert_eq!(file.document(), editor.document());
    let session = file.document().live().expect("session");
    assert_eq!(session.drafts[&anas.id], anas);
    assert_eq!(session.drafts[&bos.id], bos);
    drop(file);
    // Participants' changes are not the facilitator's to undo: the newest undoable change is
    // still the start of the session.
    editor.undo().expect("undo");
    assert!(editor.document().live().is_none());
}

#[test]
fn undo_names_the_reveal_even_with_the_phase_change_it_comes_with() {
    let (_dir, _path, mut editor) = session_canvas();
    let ana = person(1, "Ana");
    join(&mut editor, &ana);
    set_phase(&mut editor, Phase::Placement);
    let d = draft(&editor, 1, &ana, "Customer council", 30.0);
    editor
        .apply_unrecorded(Op::PutDraft { draft: d })
        .expect("draft");
    let settings = editor.document().live().expect("session").settings;
    let next = Op::SetLiveSettings {
        settings: LiveSettings {
            phase: Phase::Discussion,
            ..settings
        },
    };
    editor
        .apply(Op::Batch {
            ops: vec![Op::RevealDrafts, next],
        })
        .expect("reveal");
    assert_eq!(
        editor.undo_label(),
        Some("the reveal of 1 card from the live session")
    );
}
