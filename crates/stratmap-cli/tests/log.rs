//! `stratmap restore` and `stratmap log` on real files.

mod common;

use common::{Fixture, ok, s, stratmap};

#[test]
fn restore_puts_a_snapshot_back_and_the_log_tells_the_story() {
    let fx = Fixture::new();
    let growth = fx.ids[1].clone();
    ok(&["snapshot", fx.file(), "Before offsite"]);
    ok(&["move", fx.file(), &growth, "--position", "35"]);
    ok(&["restore", fx.file(), "Before offsite"]);
    let position = |fx: &Fixture| fx.json()["areas"][1]["initiatives"][0]["position"].clone();
    assert_eq!(position(&fx), serde_json::json!(-40.0));

    let log = ok(&["log", fx.file()]);
    let lines: Vec<&str> = log.lines().collect();
    assert!(
        lines[1].ends_with("Growth strategy card: added at -40 in Growth strategy"),
        "{log}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("Growth strategy card: moved from -40 to +35")),
        "{log}"
    );
    assert!(
        lines
            .last()
            .unwrap()
            .ends_with("restored snapshot \"Before offsite\""),
        "{log}"
    );

    let one = ok(&["log", fx.file(), "--initiative", &growth]);
    assert_eq!(one.lines().count(), 2, "the add and the move: {one}");

    let err = stratmap(&["restore", fx.file(), "No such"]);
    assert_eq!(err.code, 1);
    assert_eq!(
        err.stderr.trim(),
        "stratmap: there is no snapshot named \"No such\" on this canvas"
    );
}

#[test]
fn the_log_as_csv_escapes_formula_like_text() {
    let fx = Fixture::new();
    ok(&[
        "add",
        fx.file(),
        "--area",
        "End goal",
        "--title",
        "=HYPERLINK(\"x\")",
        "--position",
        "10",
    ]);
    let csv = ok(&["log", fx.file(), "--csv", "-"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("when,change,subject,kind,action,from,to,reason")
    );
    let last = csv.lines().last().unwrap();
    assert!(last.contains(",\"'=HYPERLINK(\"\"x\"\")\",add,"), "{last}");
    let out = fx.path("log.csv");
    ok(&["log", fx.file(), "--csv", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), csv);
}

#[test]
fn the_log_of_an_unknown_initiative_is_a_clear_error() {
    let fx = Fixture::new();
    let run = stratmap(&[
        "log",
        fx.file(),
        "--initiative",
        "00000000-0000-0000-0000-000000000099",
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("there is no initiative with id"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_canvas_of_the_first_file_version_has_an_empty_log_and_exports_its_summary() {
    let fx = Fixture::new();
    // What a Stratmap of file version 1 wrote: no offsite tables and no log yet.
    let conn = rusqlite::Connection::open(fx.file()).unwrap();
    conn.execute_batch(
        "DROP TABLE assessment; DROP TABLE voting; DROP TABLE decision;
         DROP TABLE live_session; DROP TABLE live_participant; DROP TABLE live_draft;
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);

    let log = ok(&["log", fx.file()]);
    assert!(log.contains("No changes"), "{log}");
    let pdf = fx.path("summary.pdf");
    ok(&["export", fx.file(), "--pdf", s(&pdf)]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    // Read as it is: reading never upgrades a file.
    let version: i64 = rusqlite::Connection::open(fx.file())
        .unwrap()
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap();
    assert_eq!(version, 1);
}
