//! A canvas deleted, renamed or replaced while an editor holds it open: the next edit is refused
//! with a clear error and changes nothing, instead of going to a file nobody can reach any more.

use std::path::Path;

use stratmap_core::{Access, CanvasFile, Context, Editor, Error, NewInitiative, Op, Template};
use uuid::Uuid;

fn editor_with_one_card(path: &Path) -> (Editor, Uuid) {
    let mut editor =
        Editor::create(path, "Moved", Template::Basic, Context::system()).expect("create");
    let area_id = editor.document().areas()[0].id;
    let id = editor
        .add_initiative(NewInitiative {
            area_id,
            title: "Card".to_string(),
            position: -20.0,
            ..NewInitiative::default()
        })
        .expect("add")
        .touched
        .initiatives[0];
    (editor, id)
}

fn move_to(id: Uuid, position: f64) -> Op {
    Op::MoveInitiative {
        id,
        position,
        area_id: None,
        lane_offset: None,
    }
}

fn position(editor: &Editor, id: Uuid) -> f64 {
    editor.document().initiative(id).expect("card").position
}

fn assert_moved(result: Result<impl std::fmt::Debug, Error>) {
    let err = result.expect_err("the edit must be refused");
    assert!(
        matches!(err, Error::MovedOrDeleted { .. }),
        "unexpected error: {err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("moved or deleted"), "{message}");
    assert!(message.contains("nothing was changed"), "{message}");
    assert!(!message.contains('\n'), "{message}");
    assert_eq!(err.code(), "moved_or_deleted");
}

/// Every kind of write an editor makes is refused, and neither memory nor undo history change.
fn assert_every_write_refused(editor: &mut Editor, id: Uuid, expected_position: f64) {
    assert_moved(editor.apply(move_to(id, 60.0)));
    assert_moved(
        editor.import_csv("area,title,position,owner,status,impact,notes\nEnd goal,X,0,,,,\n"),
    );
    assert_moved(editor.take_snapshot("After"));
    assert_moved(editor.undo());
    assert_eq!(position(editor, id), expected_position);
    assert_eq!(editor.document().initiatives().count(), 1);
    assert!(editor.can_undo(), "the refused undo stays undoable");
}

#[test]
fn a_deleted_canvas_refuses_edits_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("deleted.stratmap");
    let (mut editor, id) = editor_with_one_card(&path);
    editor
        .apply(move_to(id, 10.0))
        .expect("move while in place");
    std::fs::remove_file(&path).expect("delete");
    assert_every_write_refused(&mut editor, id, 10.0);
    assert!(!path.exists(), "nothing recreated the deleted file");
}

#[test]
fn a_renamed_canvas_refuses_edits_and_keeps_what_was_acknowledged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("before.stratmap");
    let moved = dir.path().join("after.stratmap");
    let (mut editor, id) = editor_with_one_card(&path);
    editor
        .apply(move_to(id, 10.0))
        .expect("move while in place");
    std::fs::rename(&path, &moved).expect("rename");
    assert_every_write_refused(&mut editor, id, 10.0);
    assert!(!path.exists());

    // Put back under its name, the same file is editable again.
    std::fs::rename(&moved, &path).expect("rename back");
    editor
        .apply(move_to(id, 30.0))
        .expect("move once back in place");
    drop(editor);
    let file = CanvasFile::open(&path, Access::Read).expect("open");
    assert_eq!(file.document().initiative(id).expect("card").position, 30.0);
    assert!(file.snapshots().expect("snapshots").is_empty());
}

#[test]
fn a_canvas_replaced_by_another_file_refuses_edits_and_leaves_the_newcomer_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("replaced.stratmap");
    let other = dir.path().join("other.stratmap");
    let (mut editor, id) = editor_with_one_card(&path);
    drop(Editor::create(&other, "Other", Template::Basic, Context::system()).expect("other"));
    let newcomer = std::fs::read(&other).expect("read other");
    std::fs::rename(&other, &path).expect("replace");
    assert_every_write_refused(&mut editor, id, -20.0);
    assert_eq!(std::fs::read(&path).expect("read"), newcomer);
}

#[test]
fn a_relative_path_survives_a_change_of_working_directory() {
    // The check uses the absolute path taken at open, so cd-ing elsewhere is not a "move".
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("relative.stratmap");
    let (editor, id) = editor_with_one_card(&path);
    drop(editor);
    let here = std::env::current_dir().expect("cwd");
    std::env::set_current_dir(dir.path()).expect("cd");
    let opened = Editor::open(Path::new("relative.stratmap"), Context::system());
    std::env::set_current_dir(&here).expect("cd back");
    let mut editor = opened.expect("open relative");
    editor.apply(move_to(id, 5.0)).expect("move after cd");
    assert_eq!(position(&editor, id), 5.0);
}
