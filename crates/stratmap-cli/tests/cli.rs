//! The `stratmap` command-line contract, run as a user would: the real binary on real files.

mod common;

use common::{Fixture, ok, refused, s, stratmap};
use serde_json::Value;

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
        text.contains("Growth strategy  stance +20  target +40"),
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
fn csv_import_adds_every_row_and_says_how_it_read_the_file() {
    let f = Fixture::new();
    let good = f.path("good.csv");
    std::fs::write(&good, "title,area,position,owner,status,impact,notes\n\"Churn dashboard, weekly\",Growth strategy,35,Lee,planned,3,\"multi\nline\"\nNew sensor line,end goal,-80,,,,\n").unwrap();
    let out = ok(&["import", s(&good), f.file()]);
    assert_eq!(
        out.trim(),
        "Added 2 initiatives from a comma-separated file"
    );
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

    // Excel in much of Europe: semicolons, decimal commas, other column names, one column
    // Stratmap does not read, named on stderr; stdout keeps the one result line.
    let excel = f.path("excel.csv");
    std::fs::write(
        &excel,
        "\u{feff}Business area;Initiative;Position;Budget\r\nMarketing strategy;Case studies;12,5;9000\r\n",
    )
    .unwrap();
    let run = stratmap(&["import", s(&excel), f.file()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Added 1 initiative from a semicolon-separated file\n"
    );
    assert_eq!(
        run.stderr,
        "stratmap: warning: column D \"Budget\" is not one Stratmap reads, so its cells were not \
         imported (it reads area, title, position, owner, status, impact, notes)\n"
    );
    let marketing = &f.json()["areas"][2]["initiatives"];
    assert_eq!(marketing[0]["title"], "Case studies");
    assert_eq!(marketing[0]["position"], 12.5);
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
    assert!(text.contains("moved    Growth strategy card  -40 → +45  (+85)  [Growth strategy → Marketing strategy]"), "{text}");
    assert!(
        text.contains("added    Service guarantee  +30  [End goal]"),
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
