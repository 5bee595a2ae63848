//! Hostile and broken input: arbitrary bytes fed to every importer and to the file opener never
//! panic, always give an error a user can read, and write nothing.

mod common;

use proptest::prelude::*;
use stratmap_core::interchange::{csv, json};
use stratmap_core::{Access, CanvasFile, Context, Template};

/// Bytes that look like the start of each format, then anything.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let prefixes: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"SQLite format 3\0".to_vec(),
        b"\x89PNG\r\n\x1a\n".to_vec(),
        br#"{"format":"stratmap/1","canvas":"#.to_vec(),
        b"area,title,position,owner,status,impact,notes\n".to_vec(),
    ];
    (
        proptest::sample::select(prefixes),
        proptest::collection::vec(any::<u8>(), 0..600),
    )
        .prop_map(|(mut prefix, tail)| {
            prefix.extend(tail);
            prefix
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn importers_refuse_garbage_with_a_message(bytes in hostile_bytes()) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(err) = json::from_str(&text) {
            prop_assert!(!err.to_string().is_empty());
        }
        if let Err(err) = stratmap_core::interchange::png_chunk::embedded_document(&bytes) {
            prop_assert!(!err.to_string().is_empty());
        }
        let mut ctx = Context::deterministic(common::start());
        let doc = common::empty_doc(Template::Basic, &mut ctx);
        if let Err(err) = csv::import_op(&doc, &text, &mut ctx) {
            prop_assert!(!err.to_string().is_empty());
        }
    }
}

proptest! {
    // Each case writes a real file: fewer cases.
    #![proptest_config(ProptestConfig { cases: 60, ..ProptestConfig::default() })]

    #[test]
    fn opening_garbage_files_fails_cleanly_and_changes_nothing(bytes in hostile_bytes()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("hostile.stratmap");
        std::fs::write(&path, &bytes).expect("write");
        for access in [Access::Read, Access::Edit] {
            match CanvasFile::open(&path, access) {
                Ok(_) => prop_assert!(false, "garbage opened as a canvas"),
                Err(err) => prop_assert!(!err.to_string().is_empty()),
            }
            prop_assert_eq!(std::fs::read(&path).expect("read back"), bytes.clone());
        }
        let names: Vec<_> = std::fs::read_dir(dir.path()).expect("list").filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
        prop_assert_eq!(names.len(), 1, "no side files left: {:?}", names);
    }
}

#[test]
fn a_valid_database_with_a_wrong_schema_is_not_a_canvas() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("wrong.stratmap");
    {
        let conn = rusqlite::Connection::open(&path).expect("sqlite");
        // Claims to be ours, but the tables are not.
        conn.pragma_update(None, "application_id", stratmap_core::store::APPLICATION_ID)
            .expect("pragma");
        conn.pragma_update(None, "user_version", 1).expect("pragma");
        conn.execute_batch("CREATE TABLE canvas (x TEXT);")
            .expect("table");
    }
    let before = std::fs::read(&path).expect("read");
    let err = CanvasFile::open(&path, Access::Read).expect_err("wrong schema refused");
    assert_eq!(err.code(), "corrupt", "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn sql_looking_titles_are_just_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sql.stratmap");
    let mut editor = stratmap_core::Editor::create(
        &path,
        "x'); DROP TABLE initiative; --",
        Template::Basic,
        Context::system(),
    )
    .expect("create");
    let area_id = editor.document().areas()[0].id;
    let title = "Robert'); DROP TABLE initiative; --";
    editor
        .add_initiative(stratmap_core::NewInitiative {
            area_id,
            title: title.to_string(),
            position: 10.0,
            ..Default::default()
        })
        .expect("add");
    drop(editor);
    let file = CanvasFile::open(&path, Access::Read).expect("reopen");
    assert_eq!(
        file.document()
            .initiatives()
            .next()
            .map(|i| i.title.as_str()),
        Some(title)
    );
    assert_eq!(
        file.document().canvas.title,
        "x'); DROP TABLE initiative; --"
    );
}

/// A file crafted with a huge number of rows (written behind the app's back, straight into the
/// tables) opens without a panic or a hang, every row checked; one bad row among them makes the
/// whole file refused as damaged, naming the row, and leaves it untouched.
#[test]
fn a_file_with_a_huge_number_of_rows_opens_or_is_refused_whole() {
    const ROWS: usize = 200_000;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.stratmap");
    let editor = stratmap_core::Editor::create(
        &path,
        "Huge",
        Template::Basic,
        Context::deterministic(common::start()),
    )
    .expect("new canvas");
    let area = editor.document().areas()[0].id.to_string();
    drop(editor);
    {
        let mut conn = rusqlite::Connection::open(&path).expect("sqlite opens");
        let tx = conn.transaction().expect("transaction");
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO initiative (id, area_id, title, notes, position, target,
                     lane_offset, owner, status, impact, tags, votes)
                     VALUES (?1, ?2, ?3, '', ?4, NULL, 0.5, '', 'idea', 2, '[]', 0)",
                )
                .expect("prepare");
            for n in 0..ROWS {
                let id = uuid::Uuid::from_u128(0xABC0_0000 + n as u128).to_string();
                let position = (n % 201) as f64 - 100.0;
                insert
                    .execute(rusqlite::params![id, area, format!("Row {n}"), position])
                    .expect("insert");
            }
        }
        tx.commit().expect("commit");
    }
    let file = CanvasFile::open(&path, Access::Read).expect("a huge but valid file opens");
    assert_eq!(file.document().initiative_count(), ROWS);
    drop(file);

    // One row out of range among them: the file is reported, not trusted, and not changed.
    {
        let conn = rusqlite::Connection::open(&path).expect("sqlite opens");
        conn.execute(
            "UPDATE initiative SET position = 1e9 WHERE title = 'Row 123456'",
            [],
        )
        .expect("update");
    }
    let before = std::fs::read(&path).expect("read");
    let err = CanvasFile::open(&path, Access::Edit).expect_err("a damaged row is refused");
    assert!(
        err.to_string().contains("damaged") && err.to_string().contains("position"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the file is untouched"
    );
}
