//! CSV files `stratmap import` refuses: each with exit 1 and one line naming the line, the
//! column and what was expected, and the canvas byte for byte as it was (no row of a refused
//! file is added).

use crate::common::{Fixture, refused, s};

#[test]
fn a_bad_csv_is_refused_naming_line_column_and_expectation_and_adds_nothing() {
    let f = Fixture::new();
    let header = "area,title,position,owner,status,impact,notes\n";
    let excel = "Business area;Initiative;Position\r\n";
    let excel_rows: String = (1..=5)
        .map(|n| format!("End goal;Card {n};{n},5\r\n"))
        .collect();
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            b"area,title,owner,status,impact,notes\nEnd goal,x,,,,\n".to_vec(),
            "CSV line 1: the header has no position column (named \"position\" or \"axis \
             position\"); area, title and position are required",
        ),
        (
            b"Area;Owner\nEnd goal;Ana\n".to_vec(),
            "CSV line 1: the header has no title column (named \"title\", \"initiative\" or \
             \"name\") and no position column",
        ),
        // Row 7 of a file Excel wrote on Windows (CRLF): it was "line 6" before.
        (
            format!("{excel}{excel_rows}End goal;Card 6;zwölf\r\n").into_bytes(),
            "CSV line 7, column C \"Position\": position is not a number: \"zwölf\"; expected a \
             number from -100 to 100, such as -40, 12,5 or 12.5",
        ),
        (
            format!("{excel}{excel_rows}End goal;Card 6;140\r\n").into_bytes(),
            "CSV line 7, column C \"Position\": position must be between -100 and 100, got 140",
        ),
        (
            format!("{excel}End goal;x;-100,5\r\n").into_bytes(),
            "CSV line 2, column C \"Position\": position must be between -100 and 100, got -100.5",
        ),
        (
            format!("{header}End goal,ok,1,,,,\nEnd goal,bad,NaN,,,,\n").into_bytes(),
            "CSV line 3, column C \"position\": position must be a finite number, got NaN",
        ),
        (
            format!("{header}End goal,x,inf,,,,\n").into_bytes(),
            "CSV line 2, column C \"position\": position must be a finite number, got inf",
        ),
        (
            format!("{header}End goal,x,\"12,5\",,,,\n").into_bytes(),
            "(this file is comma-separated, so its decimals are written with a point)",
        ),
        (
            format!("{header}End goal,x,12,5,,,,\n").into_bytes(),
            "CSV line 2: the row has 8 cells but the header has 7 columns; a cell that holds a \
             comma must be in double quotes",
        ),
        (
            format!("{header}End goal,ok,1,,,,\nEnd goal,ok,2,,,,\nMarketing,x,1,,,,\n")
                .into_bytes(),
            "CSV line 4, column A \"area\": there is no area named \"Marketing\" on this canvas \
             (its areas: End goal, Growth strategy, Marketing strategy)",
        ),
        (
            format!("{header}End goal,,1,,,,\n").into_bytes(),
            "CSV line 2, column B \"title\": title must not be empty",
        ),
        (
            format!("{header}End goal,x,1,,,5,\n").into_bytes(),
            "CSV line 2, column F \"impact\": impact must be between 1 and 3, got 5",
        ),
        (
            format!("{header}End goal,x,1,,soon,,\n").into_bytes(),
            "CSV line 2, column E \"status\": status is not valid: \"soon\" is not one of idea, \
             planned, active, done, dropped",
        ),
        (
            format!("{header}End goal,x,1\n").into_bytes(),
            "CSV line 2: the row has 3 cells but the header has 7 columns",
        ),
        (
            b"Title;Name;Area;Position\nx;y;End goal;1\n".to_vec(),
            "CSV line 1, column B \"Name\": the title is already in column A \"Title\"",
        ),
        // "CSV" from a spreadsheet in a legacy code page (here Latin-1's é).
        (
            b"Area;Title;Position\nEnd goal;Caf\xe9;1\n".to_vec(),
            "CSV line 2: the text is not UTF-8 (byte 0xE9), as spreadsheets write \"CSV\" in a \
             legacy code page; save it from the spreadsheet as \"CSV UTF-8\"",
        ),
        (
            header.as_bytes().to_vec(),
            "CSV: there are no rows below the header",
        ),
    ];
    for (n, (bytes, expected)) in cases.iter().enumerate() {
        let csv = f.path(&format!("bad{n}.csv"));
        std::fs::write(&csv, bytes).expect("csv");
        refused(&f.file, &["import", s(&csv), f.file()], expected);
    }
}
