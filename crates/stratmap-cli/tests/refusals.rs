//! Bad input at the command line: each is refused with exit 1 and one clear line (2 for usage),
//! and the file is left byte for byte as it was.
//!
//! Bad arguments (numbers, titles, names, usage) are in `refusals/arguments.rs`, bad CSV files
//! to import in `refusals/csv.rs`; this file has the files that cannot be used: not a canvas,
//! open for editing elsewhere, read-only.

#[path = "refusals/arguments.rs"]
mod arguments;
mod common;
#[path = "refusals/csv.rs"]
mod csv;

use common::{Fixture, ok, refused, s};

#[test]
fn files_that_are_not_canvases_are_refused_and_left_untouched() {
    let f = Fixture::new();
    let text = f.path("notes.stratmap");
    std::fs::write(&text, "hello, not a database").unwrap();
    let empty = f.path("empty.stratmap");
    std::fs::write(&empty, "").unwrap();
    let foreign = f.path("foreign.stratmap");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch(
            "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana');",
        )
        .unwrap();
    }
    let newer = f.path("newer.stratmap");
    std::fs::copy(&f.file, &newer).unwrap();
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let truncated = f.path("truncated.stratmap");
    let big = f.path("big.stratmap");
    ok(&["new", s(&big)]);
    let rows: String = (0..400).map(|n| format!("End goal,Initiative number {n} with a longer title to fill pages,{},,,,notes {n}\n", n % 100)).collect();
    let csv = f.path("rows.csv");
    std::fs::write(
        &csv,
        format!("area,title,position,owner,status,impact,notes\n{rows}"),
    )
    .unwrap();
    ok(&["import", s(&csv), s(&big)]);
    let bytes = std::fs::read(&big).unwrap();
    assert!(bytes.len() > 40_000, "fixture should span many pages");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();

    let newer_message = format!(
        "made by a newer Stratmap (file version 99, this app reads up to {})",
        stratmap_core::store::LATEST_VERSION
    );
    let cases = [
        (&text, "not a Stratmap canvas (it is not a SQLite database)"),
        (
            &empty,
            "not a Stratmap canvas (it is not a SQLite database)",
        ),
        (&foreign, "a SQLite database, but not a Stratmap canvas"),
        (&newer, newer_message.as_str()),
        (&truncated, "damaged"),
    ];
    for (file, expected) in cases {
        for args in [
            vec!["show", s(file)],
            vec!["show", s(file), "--json"],
            vec![
                "add",
                s(file),
                "--area",
                "End goal",
                "--title",
                "x",
                "--position",
                "0",
            ],
            vec!["snapshot", s(file), "Before"],
        ] {
            refused(file, &args, expected);
        }
    }
    refused(
        &f.path("missing.stratmap"),
        &["show", s(&f.path("missing.stratmap"))],
        "no such file",
    );
    refused(&f.file, &["new", f.file()], "already exists");
}

#[test]
fn a_second_writer_is_told_the_file_is_open_elsewhere_while_readers_still_read() {
    use stratmap_core::{Access, CanvasFile, Context, Editor, Error, Op};
    let f = Fixture::new();
    // The first editor, as an app window holds it, with one edit committed.
    let mut holder = Editor::open(&f.file, Context::system()).expect("first writer");
    let id = uuid::Uuid::parse_str(&f.ids[1]).expect("id");
    holder
        .apply(Op::MoveInitiative {
            id,
            position: 25.0,
            area_id: None,
            lane_offset: None,
        })
        .expect("first writer moves");
    // A second editing handle in the same process, as a second window would open.
    for second in [
        Editor::open(&f.file, Context::system()).map(drop),
        CanvasFile::open(&f.file, Access::Edit).map(drop),
    ] {
        let err = second.expect_err("a second writer is refused");
        assert!(matches!(err, Error::OpenElsewhere { .. }), "{err:?}");
        assert!(err.to_string().contains("open for editing elsewhere"));
    }
    // Readers see what the first writer committed.
    assert_eq!(f.json()["areas"][1]["initiatives"][0]["position"], 25.0);
    assert!(ok(&["show", f.file()]).contains("+25"));
    assert!(ok(&["export", f.file(), "--json", "-"]).contains("\"position\": 25.0"));
    refused(
        &f.file,
        &["move", f.file(), &f.ids[0], "--position", "10"],
        "open for editing elsewhere",
    );
    refused(
        &f.file,
        &[
            "add",
            f.file(),
            "--area",
            "End goal",
            "--title",
            "x",
            "--position",
            "0",
        ],
        "open for editing elsewhere",
    );
    let rows = f.path("rows.csv");
    std::fs::write(
        &rows,
        "area,title,position,owner,status,impact,notes\nEnd goal,Y,0,,,,\n",
    )
    .expect("csv");
    for args in [
        vec![
            "set-target",
            f.file(),
            "--area",
            "End goal",
            "--target",
            "5",
        ],
        vec!["snapshot", f.file(), "Held"],
        vec!["import", s(&rows), f.file()],
    ] {
        refused(&f.file, &args, "open for editing elsewhere");
    }
    let doc = f.json();
    assert_eq!(doc["areas"][0]["initiatives"][0]["position"], -70.0);
    assert_eq!(
        doc["areas"][0]["initiatives"].as_array().map(Vec::len),
        Some(1)
    );
    drop(holder);
    ok(&["move", f.file(), &f.ids[0], "--position", "10"]);
    let doc = f.json();
    assert_eq!(doc["areas"][0]["initiatives"][0]["position"], 10.0);
    assert_eq!(doc["areas"][1]["initiatives"][0]["position"], 25.0);
}

#[test]
fn a_read_only_file_can_be_shown_but_not_changed() {
    let f = Fixture::new();
    let mut perms = std::fs::metadata(&f.file).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&f.file, perms).unwrap();
    assert!(ok(&["show", f.file()]).contains("Q3 offsite"));
    refused(
        &f.file,
        &["move", f.file(), &f.ids[0], "--position", "0"],
        "read-only",
    );
}
