//! Bad argument values and bad usage: out-of-range or non-finite numbers, empty, overlong or
//! control-character titles, unknown ids, areas and snapshots, and usage errors (exit 2).

use crate::common::{Fixture, refused, stratmap};

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
