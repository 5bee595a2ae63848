//! `stratmap export FILE --csv OUT`: the initiatives with the columns `stratmap import` reads,
//! no cell a spreadsheet would run as a formula, and export → import gives the same cards.

mod common;

use common::{Fixture, ok, refused, s};

const FORMULA: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cells of a CSV text as a spreadsheet reads them (RFC 4180: quoted cells may hold commas,
/// doubled quotes and line breaks).
fn cells(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![vec![String::new()]];
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let row = rows.last_mut().expect("a row");
        let cell = row.last_mut().expect("a cell");
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(String::new()),
            (false, '\n') => rows.push(vec![String::new()]),
            (false, c) => cell.push(c),
        }
    }
    if rows.last().is_some_and(|r| r.len() == 1 && r[0].is_empty()) {
        rows.pop();
    }
    rows
}

const TITLES: [&str; 7] = [
    "=SUM(A1:A9)",
    "-40 people",
    "+1 hire",
    "@everyone",
    "'quoted",
    "'=not a formula either",
    "=HYPERLINK(\"http://example.com\",\"click\")",
];

#[test]
fn csv_export_escapes_formulas_and_imports_back_to_the_same_cards() {
    let f = Fixture::new();
    for (n, title) in TITLES.iter().enumerate() {
        let position = format!("{}", n as f64 * 12.5 - 40.0);
        ok(&[
            "add",
            f.file(),
            "--area",
            "Growth strategy",
            "--title",
            title,
            "--position",
            &position,
            "--owner",
            "=cmd|' /C calc'!A0",
            "--notes",
            "-2 FTE,\nthen \"more\"",
        ]);
    }
    let out = f.path("initiatives.csv");
    ok(&["export", f.file(), "--csv", s(&out)]);
    let text = std::fs::read_to_string(&out).expect("the CSV is text");
    let rows = cells(&text);
    assert_eq!(
        rows[0],
        [
            "area", "title", "position", "owner", "status", "impact", "notes"
        ]
    );
    assert_eq!(rows.len(), 1 + 3 + TITLES.len(), "{text}");
    for row in &rows[1..] {
        assert_eq!(row.len(), 7, "{row:?}");
        for (column, cell) in row.iter().enumerate() {
            // Positions and impacts are numbers and stay plain numbers ("-40" is -40).
            if column == 2 || column == 5 {
                assert!(cell.parse::<f64>().is_ok(), "{cell:?} is not a number");
            } else {
                assert!(!cell.starts_with(FORMULA), "formula-looking cell {cell:?}");
            }
        }
    }
    assert!(rows.iter().any(|r| r[1] == "'=SUM(A1:A9)" && r[2] == "-40"));
    assert!(rows.iter().any(|r| r[1] == "''=not a formula either"));
    assert!(rows.iter().any(|r| r[1] == "'quoted"));

    // The same to standard output.
    assert_eq!(ok(&["export", f.file(), "--csv", "-"]), text);

    // Import into a fresh canvas: the same cards, byte for byte in the export.
    let copy = f.path("copy.stratmap");
    ok(&["new", s(&copy)]);
    let added = ok(&["import", s(&out), s(&copy)]);
    assert_eq!(
        added.trim(),
        format!(
            "Added {} initiatives from a comma-separated file",
            3 + TITLES.len()
        )
    );
    let again = f.path("again.csv");
    ok(&["export", s(&copy), "--csv", s(&again)]);
    assert_eq!(std::fs::read_to_string(&again).expect("again"), text);
    let shown = ok(&["show", s(&copy)]);
    for title in TITLES {
        assert!(shown.contains(title), "{title:?} missing from:\n{shown}");
    }
}

#[test]
fn csv_export_is_one_format_and_refuses_like_the_others() {
    let f = Fixture::new();
    let out = f.path("x.csv");
    refused(
        &out,
        &["export", f.file(), "--csv", s(&out), "--scale", "2"],
        "--scale and --transparent apply to --png only",
    );
    let missing = f.path("missing.stratmap");
    refused(
        &out,
        &["export", s(&missing), "--csv", s(&out)],
        "no such file",
    );
    assert!(!out.exists());
    let run = common::stratmap(&["export", f.file(), "--csv", s(&out), "--json", "-"]);
    assert_eq!(run.code, 2, "two formats at once is a usage error");
    let folder = f.path("no-such-folder").join("x.csv");
    let run = common::stratmap(&["export", f.file(), "--csv", s(&folder)]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}
