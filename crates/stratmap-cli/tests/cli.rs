//! The `stratmap` command-line contract, run as a user would: the real binary on real files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn stratmap(args: &[&str]) -> Run {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_stratmap"))
        .args(args)
        .output()
        .expect("stratmap runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn ok(args: &[&str]) -> String {
    let run = stratmap(args);
    assert_eq!(run.code, 0, "stratmap {args:?} failed: {}", run.stderr);
    run.stdout
}

/// A temp folder with a basic canvas holding one initiative per core area.
struct Fixture {
    dir: tempfile::TempDir,
    file: PathBuf,
    ids: Vec<String>,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("offsite.stratmap");
        ok(&["new", s(&file), "--title", "Q3 offsite"]);
        let ids = [
            ("End goal", "-70", "3"),
            ("Growth strategy", "-40", "2"),
            ("Marketing strategy", "55", "1"),
        ]
        .iter()
        .map(|(area, position, impact)| {
            ok(&[
                "add",
                s(&file),
                "--area",
                area,
                "--title",
                &format!("{area} card"),
                "--position",
                position,
                "--impact",
                impact,
            ])
            .trim()
            .to_string()
        })
        .collect();
        Fixture { dir, file, ids }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn file(&self) -> &str {
        s(&self.file)
    }

    fn json(&self) -> Value {
        serde_json::from_str(&ok(&["show", self.file(), "--json"])).expect("show --json is JSON")
    }
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

/// Runs a command that must fail with exit 1, one line on stderr containing `expected`, and
/// leave `file` byte for byte as it was.
fn refused(file: &Path, args: &[&str], expected: &str) {
    let before = std::fs::read(file).ok();
    let run = stratmap(args);
    assert_eq!(
        run.code, 1,
        "stratmap {args:?}: expected exit 1, stderr: {}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one line expected, got {:?}",
        run.stderr
    );
    assert!(run.stderr.starts_with("stratmap: "), "{:?}", run.stderr);
    assert!(
        run.stderr.contains(expected),
        "stratmap {args:?}: {:?} lacks {expected:?}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(
        std::fs::read(file).ok(),
        before,
        "stratmap {args:?} changed {}",
        file.display()
    );
}

#[test]
fn a_canvas_built_from_the_command_line_shows_positions_and_weighted_stances() {
    let f = Fixture::new();
    ok(&["move", f.file(), &f.ids[1], "--position", "60"]);
    ok(&[
        "add",
        f.file(),
        "--area",
        "growth strategy",
        "--title",
        "Partner APIs",
        "--position",
        "-20",
        "--impact",
        "2",
        "--owner",
        "Ana",
        "--status",
        "active",
        "--target",
        "10",
        "--notes",
        "first line",
    ]);
    ok(&[
        "set-target",
        f.file(),
        "--area",
        "Growth strategy",
        "--target",
        "40",
    ]);
    let doc = f.json();
    assert_eq!(doc["format"], "stratmap/1");
    assert_eq!(doc["canvas"]["title"], "Q3 offsite");
    let growth = &doc["areas"][1];
    assert_eq!(growth["name"], "Growth strategy");
    assert_eq!(growth["target"], 40.0);
    assert_eq!(growth["stance"], 20.0); // (60*2 + -20*2) / 4
    let partner = &growth["initiatives"][0];
    assert_eq!(
        (
            partner["title"].as_str(),
            partner["owner"].as_str(),
            partner["status"].as_str()
        ),
        (Some("Partner APIs"), Some("Ana"), Some("active"))
    );
    assert_eq!(partner["target"], 10.0);
    assert_eq!(doc["areas"][0]["stance"], -70.0);
    let text = ok(&["show", f.file()]);
    assert!(
        text.contains("Growth strategy  stance +20.0  target +40.0"),
        "{text}"
    );
}

#[test]
fn reading_and_editing_leave_no_side_files_beside_the_canvas() {
    let f = Fixture::new();
    ok(&["show", f.file()]);
    ok(&["export", f.file(), "--json", "-"]);
    ok(&["move", f.file(), &f.ids[0], "--position", "5"]);
    let mut names: Vec<String> = std::fs::read_dir(f.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["offsite.stratmap"]);
}

#[test]
fn the_full_template_has_eight_areas_with_pole_descriptions() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("full.stratmap");
    ok(&["new", s(&file), "--template", "full"]);
    let doc: Value = serde_json::from_str(&ok(&["show", s(&file), "--json"])).unwrap();
    let names: Vec<&str> = doc["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "End goal",
            "Growth strategy",
            "Marketing strategy",
            "R&D and innovation",
            "Success metrics",
            "Organisation",
            "Customer research",
            "Time horizon"
        ]
    );
    for area in doc["areas"].as_array().unwrap() {
        assert!(area["product_pole"].as_str().unwrap().len() > 20);
        assert!(area["customer_pole"].as_str().unwrap().len() > 20);
    }
    assert_eq!(doc["canvas"]["title"], "full");
}

#[test]
fn bad_numbers_titles_and_names_are_refused_and_change_nothing() {
    let f = Fixture::new();
    let file = f.file();
    let id = f.ids[0].as_str();
    let long = "x".repeat(201);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["move", file, id, "--position", "NaN"],
            "position must be a finite number",
        ),
        (
            vec!["move", file, id, "--position", "inf"],
            "position must be a finite number",
        ),
        (
            vec!["move", file, id, "--position", "-inf"],
            "position must be a finite number",
        ),
        (
            vec!["move", file, id, "--position", "100.5"],
            "position must be between -100 and 100, got 100.5",
        ),
        (
            vec!["move", file, id, "--position", "-101"],
            "position must be between -100 and 100, got -101",
        ),
        (
            vec!["move", file, id, "--position", "left"],
            "position is not a number: \"left\"",
        ),
        (
            vec![
                "move",
                file,
                "00000000-0000-0000-0000-000000000000",
                "--position",
                "0",
            ],
            "no initiative with id",
        ),
        (
            vec!["move", file, "not-an-id", "--position", "0"],
            "no initiative with id not-an-id",
        ),
        (
            vec!["move", file, id, "--position", "0", "--area", "Finance"],
            "no area named \"Finance\"",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "",
                "--position",
                "0",
            ],
            "title must not be empty",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "   ",
                "--position",
                "0",
            ],
            "title must not be empty",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                &long,
                "--position",
                "0",
            ],
            "title is 201 characters long",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "bell\u{7}",
                "--position",
                "0",
            ],
            "control character (U+0007)",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "two\nlines",
                "--position",
                "0",
            ],
            "control character (U+000A)",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "Nowhere",
                "--title",
                "x",
                "--position",
                "0",
            ],
            "no area named \"Nowhere\"",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "x",
                "--position",
                "0",
                "--impact",
                "4",
            ],
            "impact must be between 1 and 3",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "x",
                "--position",
                "0",
                "--impact",
                "high",
            ],
            "impact is not valid",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "x",
                "--position",
                "0",
                "--status",
                "someday",
            ],
            "status is not valid",
        ),
        (
            vec![
                "add",
                file,
                "--area",
                "End goal",
                "--title",
                "x",
                "--position",
                "0",
                "--target",
                "NaN",
            ],
            "target must be a finite number",
        ),
        (
            vec!["set-target", file, "--area", "End goal", "--target", "300"],
            "target must be between -100 and 100",
        ),
        (
            vec![
                "set-target",
                file,
                "--area",
                "End goal",
                "--target",
                "1e400",
            ],
            "target must be a finite number",
        ),
        (
            vec!["compare", file, "--from", "Nope"],
            "no snapshot named \"Nope\"",
        ),
        (
            vec!["compare", file, "--from", "current", "--to", "current"],
            "cannot compare \"current\" with itself",
        ),
        (
            vec!["snapshot", file, ""],
            "snapshot name must not be empty",
        ),
    ];
    let before = f.json();
    for (args, expected) in &cases {
        refused(&f.file, args, expected);
    }
    assert_eq!(f.json(), before);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec![],
        vec!["frobnicate"],
        vec!["move", "x.stratmap"],
        vec!["new", "x.stratmap", "--template", "huge"],
        vec!["export", "x.stratmap"],
    ] {
        let run = stratmap(&args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
}

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

    let cases = [
        (&text, "not a Stratmap canvas (it is not a SQLite database)"),
        (
            &empty,
            "not a Stratmap canvas (it is not a SQLite database)",
        ),
        (&foreign, "a SQLite database, but not a Stratmap canvas"),
        (
            &newer,
            "made by a newer Stratmap (file version 99, this app reads up to 1)",
        ),
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
    let f = Fixture::new();
    let holder = stratmap_core::CanvasFile::open(&f.file, stratmap_core::Access::Edit)
        .expect("first writer");
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
    let doc = f.json();
    assert_eq!(doc["areas"][0]["initiatives"][0]["position"], -70.0);
    drop(holder);
    ok(&["move", f.file(), &f.ids[0], "--position", "10"]);
    assert_eq!(f.json()["areas"][0]["initiatives"][0]["position"], 10.0);
}

#[test]
fn csv_import_adds_every_row_or_none_and_names_the_bad_line() {
    let f = Fixture::new();
    let good = f.path("good.csv");
    std::fs::write(&good, "title,area,position,owner,status,impact,notes\n\"Churn dashboard, weekly\",Growth strategy,35,Lee,planned,3,\"multi\nline\"\nNew sensor line,end goal,-80,,,,\n").unwrap();
    let out = ok(&["import", s(&good), f.file()]);
    assert_eq!(out.trim(), "added 2 initiatives");
    let doc = f.json();
    let growth: Vec<&str> = doc["areas"][1]["initiatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(growth, ["Growth strategy card", "Churn dashboard, weekly"]);
    assert_eq!(doc["areas"][1]["initiatives"][1]["notes"], "multi\nline");
    assert_eq!(
        doc["areas"][0]["initiatives"][0]["title"],
        "New sensor line"
    );
    assert_eq!(doc["areas"][0]["initiatives"][0]["impact"], 2);

    let header = "area,title,position,owner,status,impact,notes\n";
    let cases = [
        (
            "area,title,position,owner,status,impact\nEnd goal,x,1,,,,\n".to_string(),
            "the header has no \"notes\" column",
        ),
        (
            format!("{header}End goal,ok,1,,,,\nEnd goal,bad,NaN,,,,\n"),
            "CSV line 3: position must be a finite number",
        ),
        (
            format!("{header}End goal,ok,1,,,,\nEnd goal,ok,2,,,,\nMarketing,x,1,,,,\n"),
            "CSV line 4: there is no area named \"Marketing\"",
        ),
        (
            format!("{header}End goal,,1,,,,\n"),
            "CSV line 2: title must not be empty",
        ),
        (
            format!("{header}End goal,x,1,,,5,\n"),
            "CSV line 2: impact must be between 1 and 3",
        ),
        (
            format!("{header}End goal,x,1,,soon,,\n"),
            "CSV line 2: status is not valid",
        ),
        (format!("{header}End goal,x,1\n"), "CSV line 2"),
        (header.to_string(), "no rows below the header"),
    ];
    for (n, (text, expected)) in cases.iter().enumerate() {
        let csv = f.path(&format!("bad{n}.csv"));
        std::fs::write(&csv, text).unwrap();
        refused(&f.file, &["import", s(&csv), f.file()], expected);
    }
}

#[test]
fn json_export_then_import_makes_an_identical_canvas() {
    let f = Fixture::new();
    ok(&["snapshot", f.file(), "Before offsite"]);
    ok(&["move", f.file(), &f.ids[2], "--position", "90"]);
    let exported = f.path("out.json");
    ok(&["export", f.file(), "--json", s(&exported)]);
    let copy = f.path("copy.stratmap");
    ok(&["import", s(&exported), s(&copy)]);
    let original = ok(&["show", f.file(), "--json"]);
    assert_eq!(ok(&["show", s(&copy), "--json"]), original);
    assert_eq!(std::fs::read_to_string(&exported).unwrap(), original);
    assert_eq!(ok(&["export", f.file(), "--json", "-"]), original);

    refused(&copy, &["import", s(&exported), s(&copy)], "already exists");
    let cases = [
        (
            r#"{"format":"stratmap/2","canvas":{}}"#,
            "unsupported document format \"stratmap/2\"",
        ),
        (r#"{"nodes":[],"edges":[]}"#, "not a Stratmap document"),
        ("{ broken", "JSON: "),
    ];
    for (n, (text, expected)) in cases.iter().enumerate() {
        let source = f.path(&format!("bad{n}.json"));
        let target = f.path(&format!("never{n}.stratmap"));
        std::fs::write(&source, text).unwrap();
        refused(&target, &["import", s(&source), s(&target)], expected);
        assert!(!target.exists(), "a refused import must not leave a file");
    }
}

#[test]
fn snapshots_and_compare_report_what_moved() {
    let f = Fixture::new();
    ok(&["snapshot", f.file(), "Before offsite"]);
    ok(&[
        "move",
        f.file(),
        &f.ids[1],
        "--position",
        "45",
        "--area",
        "Marketing strategy",
    ]);
    ok(&[
        "add",
        f.file(),
        "--area",
        "End goal",
        "--title",
        "Service guarantee",
        "--position",
        "30",
    ]);
    refused(
        &f.file,
        &["snapshot", f.file(), "Before offsite"],
        "a snapshot named \"Before offsite\" already exists",
    );
    let text = ok(&["compare", f.file(), "--from", "Before offsite"]);
    assert!(text.contains("moved    Growth strategy card  -40.0 → +45.0  (+85.0)  [Growth strategy → Marketing strategy]"), "{text}");
    assert!(
        text.contains("added    Service guarantee  +30.0  [End goal]"),
        "{text}"
    );
    let json: Value = serde_json::from_str(&ok(&[
        "compare",
        f.file(),
        "--from",
        "Before offsite",
        "--to",
        "current",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["moved"][0]["shift"], 85.0);
    assert_eq!(json["added"][0]["title"], "Service guarantee");
    ok(&["snapshot", f.file(), "End of day 1"]);
    let none = ok(&["compare", f.file(), "--from", "End of day 1"]);
    assert!(none.contains("no changes"), "{none}");
    let doc = f.json();
    let names: Vec<&str> = doc["snapshots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Before offsite", "End of day 1"]);
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
