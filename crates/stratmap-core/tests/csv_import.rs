//! CSV import of files as spreadsheets write them (fixtures in `csv_fixtures/`, read through
//! `interchange::source::read` as the CLI and the app read them): the delimiter found and said,
//! decimal commas, BOM, CRLF, other names for the columns, only three of them required, unknown
//! columns named in a warning; every refusal names the line, the column and what was expected,
//! and writes nothing.

mod common;

use std::path::{Path, PathBuf};

use stratmap_core::interchange::csv::Delimiter;
use stratmap_core::interchange::source::{self, ImportSource};
use stratmap_core::{CsvImport, Document, Editor, Initiative, Status};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/csv_fixtures")
        .join(name)
}

/// The rows of a fixture, read as the CLI and the app read a file offered for import.
fn rows(name: &str) -> String {
    match source::read(&fixture(name)).expect("the fixture reads") {
        ImportSource::Rows(text) => text,
        ImportSource::Canvas(..) => panic!("{name} is not rows"),
    }
}

/// A canvas file holding two cards in Growth strategy, open in an editor.
struct Canvas {
    _dir: tempfile::TempDir,
    path: PathBuf,
    editor: Editor,
}

impl Canvas {
    fn new() -> Canvas {
        let (dir, path, editor, _) = common::offsite_canvas();
        Canvas {
            _dir: dir,
            path,
            editor,
        }
    }

    fn import(&mut self, text: &str) -> CsvImport {
        self.editor.import_csv(text).expect("the file imports")
    }

    /// The card titled `title`, as the file holds it once reopened.
    fn card(&self, title: &str) -> Initiative {
        let doc = common::reopened(&self.path).document().clone();
        let card = doc.initiatives().find(|i| i.title == title).cloned();
        card.unwrap_or_else(|| panic!("no card {title:?} in the file"))
    }

    fn area_of(&self, card: &Initiative) -> String {
        let doc = self.editor.document();
        doc.areas()
            .iter()
            .find(|a| a.id == card.area_id)
            .map(|a| a.name.clone())
            .expect("area")
    }

    /// Imports `text`, which must be refused with a message starting with `expected`, and checks
    /// that neither the file, the editor's document nor its undo history changed.
    fn refused(&mut self, text: &str, expected: &str) -> String {
        let before: Document = common::reopened(&self.path).document().clone();
        let undo_before = self.editor.undo_label().map(str::to_string);
        let err = self.editor.import_csv(text).expect_err("refused");
        let message = err.to_string();
        assert!(
            message.starts_with(expected),
            "{message:?} does not start with {expected:?}"
        );
        assert!(!message.contains('\n'), "one line: {message:?}");
        assert_eq!(common::reopened(&self.path).document(), &before, "file");
        assert_eq!(self.editor.document(), &before, "editor");
        let undo_after = self.editor.undo_label().map(str::to_string);
        assert_eq!(undo_after, undo_before, "undo history");
        message
    }
}

#[test]
fn a_semicolon_file_with_decimal_commas_imports_and_says_it_was_semicolons() {
    let mut canvas = Canvas::new();
    let imported = canvas.import(&rows("semicolon_decimal_comma.csv"));
    assert_eq!(imported.report.delimiter, Delimiter::Semicolon);
    assert_eq!(
        imported.report.message,
        "Added 3 initiatives from a semicolon-separated file"
    );
    assert_eq!(imported.report.added, 3);
    assert!(imported.report.warnings.is_empty());
    assert_eq!(imported.edit.touched.initiatives.len(), 3);
    let sensor = canvas.card("Sensor accuracy");
    assert_eq!(sensor.position, -12.5);
    assert_eq!(
        (sensor.owner.as_str(), sensor.status),
        ("Ana", Status::Active)
    );
    assert_eq!(sensor.impact, 3);
    let churn = canvas.card("Churn dashboard; weekly");
    assert_eq!(churn.position, 40.25);
    assert_eq!(churn.impact, 2, "empty impact means 2");
    assert_eq!(churn.notes, "First line\nsecond line");
    assert_eq!(canvas.card("Referral programme").position, 0.5);
    // One change: one undo step takes all three away.
    canvas.editor.undo().expect("undo");
    assert_eq!(canvas.editor.document().initiatives().count(), 2);
}

#[test]
fn a_tab_separated_file_imports_with_decimal_commas_and_commas_in_titles() {
    let mut canvas = Canvas::new();
    let imported = canvas.import(&rows("tabs.csv"));
    assert_eq!(imported.report.delimiter, Delimiter::Tab);
    assert_eq!(
        imported.report.message,
        "Added 2 initiatives from a tab-separated file"
    );
    let faster = canvas.card("Faster, cheaper sensors");
    assert_eq!(faster.position, -7.5);
    assert_eq!(faster.notes, "from the tab file");
    assert_eq!(
        canvas.area_of(&canvas.card("Case studies")),
        "Marketing strategy"
    );
}

#[test]
fn a_byte_order_mark_before_the_header_is_not_part_of_the_first_column() {
    let text = rows("bom.csv");
    assert!(text.starts_with('\u{feff}'), "the fixture has its BOM");
    let mut canvas = Canvas::new();
    let imported = canvas.import(&text);
    assert_eq!(
        imported.report.message,
        "Added 1 initiative from a comma-separated file"
    );
    assert!(imported.report.warnings.is_empty());
    let card = canvas.card("Accuracy first");
    assert_eq!(canvas.area_of(&card), "End goal");
    assert_eq!((card.position, card.owner.as_str()), (-80.0, "Ana"));
}

#[test]
fn crlf_line_endings_and_a_line_break_inside_a_cell_keep_working() {
    let mut canvas = Canvas::new();
    let imported = canvas.import(&rows("crlf.csv"));
    assert_eq!(
        imported.report.message,
        "Added 2 initiatives from a comma-separated file"
    );
    let card = canvas.card("Windows card");
    assert_eq!(card.notes, "line one\nline two");
    assert_eq!((card.status, card.owner.as_str()), (Status::Done, "Kim"));
    assert!(!canvas.card("Second card").title.contains('\r'));
}

#[test]
fn other_names_for_the_columns_are_understood_and_an_unknown_column_is_named() {
    let mut canvas = Canvas::new();
    let imported = canvas.import(&rows("synonyms.csv"));
    assert_eq!(
        imported.report.warnings,
        [
            "column H \"Budget\" is not one Stratmap reads, so its cells were not imported \
             (it reads area, title, position, owner, status, impact, notes)"
        ]
    );
    let card = canvas.card("Partner programme");
    assert_eq!(canvas.area_of(&card), "Growth strategy");
    assert_eq!((card.position, card.impact), (25.0, 3));
    assert_eq!((card.owner.as_str(), card.status), ("Lee", Status::Active));
    assert_eq!(card.notes, "Start in Q3");
}

#[test]
fn area_title_and_position_are_enough() {
    let mut canvas = Canvas::new();
    let imported = canvas.import(&rows("minimal.csv"));
    assert_eq!(imported.report.added, 1);
    let card = canvas.card("Only the three");
    assert_eq!(canvas.area_of(&card), "End goal");
    assert_eq!(card.position, 33.0);
    assert_eq!((card.status, card.impact), (Status::Idea, 2));
    assert_eq!((card.owner.as_str(), card.notes.as_str()), ("", ""));
}

#[test]
fn a_missing_required_column_is_refused_naming_it_and_its_other_names() {
    let mut canvas = Canvas::new();
    let message = canvas.refused(
        &rows("missing_position.csv"),
        "CSV line 1: the header has no position column (named \"position\" or \"axis position\")",
    );
    assert!(
        message.contains(
            "read as semicolon-separated, the header has the columns \"Area\", \"Title\", \"Owner\""
        ),
        "{message}"
    );
}

#[test]
fn a_bad_number_in_row_7_is_refused_naming_line_7_and_the_column_and_nothing_is_added() {
    let mut canvas = Canvas::new();
    // CRLF, as Excel writes on Windows: the line was one too small before.
    let message = canvas.refused(
        &rows("bad_number_row7.csv"),
        "CSV line 7, column C \"Position\": position is not a number: \"12.5.1\"; \
         expected a number from -100 to 100",
    );
    assert!(
        !message.contains("spreadsheet"),
        "line = row here: {message}"
    );
}

#[test]
fn numbers_out_of_range_or_not_finite_are_refused_never_clamped() {
    let mut canvas = Canvas::new();
    let header = "Area;Title;Position;Impact\n";
    let cases = [
        ("140", "position must be between -100 and 100, got 140"),
        (
            "-100,5",
            "position must be between -100 and 100, got -100.5",
        ),
        ("NaN", "position must be a finite number, got NaN"),
        ("inf", "position must be a finite number, got inf"),
        ("-1e999", "position must be a finite number, got -inf"),
        (
            "",
            "the position is empty; expected a number from -100 to 100",
        ),
        ("12 %", "position is not a number: \"12 %\""),
    ];
    for (position, expected) in cases {
        let text = format!("{header}End goal;x;{position};\n");
        canvas.refused(
            &text,
            &format!("CSV line 2, column C \"Position\": {expected}"),
        );
    }
    for (impact, expected) in [
        ("4", "impact must be between 1 and 3, got 4"),
        (
            "2,5",
            "impact \"2,5\" is not a whole number; expected 1, 2 or 3",
        ),
    ] {
        let text = format!("{header}End goal;x;0;{impact}\n");
        canvas.refused(
            &text,
            &format!("CSV line 2, column D \"Impact\": {expected}"),
        );
    }
    // The ends of the axis are taken as they are.
    canvas.import(&format!(
        "{header}End goal;left end;-100,0;\nEnd goal;right end;100;\n"
    ));
    assert_eq!(canvas.card("left end").position, -100.0);
    assert_eq!(canvas.card("right end").position, 100.0);
}

#[test]
fn every_refusal_names_where_and_what_was_expected() {
    let mut canvas = Canvas::new();
    let cases = [
        // A decimal comma where the comma is the delimiter: quoted, it is one cell but no number.
        (
            "area,title,position\nEnd goal,x,\"12,5\"\n",
            "CSV line 2, column C \"position\": position is not a number: \"12,5\"; expected a \
             number from -100 to 100, such as -40 or 12.5 (this file is comma-separated, so its \
             decimals are written with a point)",
        ),
        // Unquoted, it makes one cell too many.
        (
            "area,title,position\nEnd goal,x,12,5\n",
            "CSV line 2: the row has 4 cells but the header has 3 columns; a cell that holds a \
             comma must be in double quotes",
        ),
        // Even when the cell too many is empty: position 12 and owner "5" would be a misreading.
        (
            "area,title,position,owner\nEnd goal,x,12,5,\n",
            "CSV line 2: the row has 5 cells but the header has 4 columns",
        ),
        (
            "area;title;position;notes\nEnd goal;x\n",
            "CSV line 2: the row has 2 cells but the header has 4 columns",
        ),
        (
            "Area;Title;Position;Initiative\nEnd goal;x;1;y\n",
            "CSV line 1, column D \"Initiative\": the title is already in column B \"Title\"",
        ),
        (
            "Area;Title;Position\n;x;1\n",
            "CSV line 2, column A \"Area\": the area is empty; expected the name of an area of \
             this canvas (End goal, Growth strategy, Marketing strategy)",
        ),
        (
            "Lane;Title;Position\nMarketing;x;1\n",
            "CSV line 2, column A \"Lane\": there is no area named \"Marketing\" on this canvas \
             (its areas: End goal",
        ),
        (
            "Area;Title;Position;Status\nEnd goal;x;1;soon\n",
            "CSV line 2, column D \"Status\": status is not valid: \"soon\" is not one of idea",
        ),
        (
            "Area;Title;Position\nEnd goal; ;1\n",
            "CSV line 2, column B \"Title\": title must not be empty",
        ),
        // After a cell over three lines, the spreadsheet's row is not the text's line.
        (
            "Area;Title;Position;Notes\nEnd goal;x;1;\"a\nb\nc\"\nEnd goal;y;far;\n",
            "CSV line 5 (row 3 in a spreadsheet), column C \"Position\"",
        ),
        (
            "sep=|\nArea|Title|Position\n",
            "CSV line 1: \"sep=|\" names a delimiter",
        ),
        (
            "Area;Title;Position\n;;\n",
            "CSV: there are no rows below the header",
        ),
        ("", "CSV: the file is empty"),
    ];
    for (text, expected) in cases {
        canvas.refused(text, expected);
    }
}

#[test]
fn a_sep_line_names_the_delimiter_and_counts_as_a_line() {
    let mut canvas = Canvas::new();
    let imported = canvas.import("sep=;\r\nArea;Title;Position\r\nEnd goal;From Excel;2,5\r\n");
    assert_eq!(imported.report.delimiter, Delimiter::Semicolon);
    assert_eq!(canvas.card("From Excel").position, 2.5);
    canvas.refused(
        "sep=;\nArea;Title;Position\nEnd goal;x;y\n",
        "CSV line 3 (row 2 in a spreadsheet), column C \"Position\"",
    );
}

#[test]
fn empty_rows_and_trailing_delimiters_are_skipped_and_a_nameless_column_with_data_is_named() {
    let mut canvas = Canvas::new();
    let text =
        "Area;Title;Position;;\n;;;;\nEnd goal;kept;1;;\nEnd goal;also kept;2;;stray note\n;;;;\n";
    let imported = canvas.import(text);
    assert_eq!(
        imported.report.message,
        "Added 2 initiatives from a semicolon-separated file"
    );
    assert_eq!(
        imported.report.warnings,
        ["column E has no name in the header row, so its cells were not imported"]
    );
}
