//! Spreadsheet formula injection: a CSV cell that starts with `=`, `+`, `-` or `@` (or a tab or a
//! carriage return, which some spreadsheets skip before looking) is run as a formula when the
//! file is opened in Excel, LibreOffice or Sheets. Text cells we write are escaped with a leading
//! `'`, which spreadsheets read as "this is text" and do not show; the importer strips exactly
//! that quote, so export then import gives back the very same text.

/// The first characters that make a spreadsheet treat a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` would be taken apart by [`unescape_cell`]: it starts with a quote followed by
/// a formula character or another quote.
fn looks_escaped(text: &str) -> bool {
    text.strip_prefix('\'')
        .is_some_and(|rest| rest.starts_with(FORMULA_STARTS) || rest.starts_with('\''))
}

/// A text cell a spreadsheet shows as text. Cells starting with a formula character get a
/// leading `'`; so do cells that already look escaped (`'=…`, `''…`), so that the importer's
/// unescaping gives them back unchanged. Everything else is written as it is. Numbers are not
/// text cells: write them plainly.
pub fn escape_cell(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) || looks_escaped(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The inverse of [`escape_cell`]: strips the one quote it adds, and nothing else. A cell like
/// `'quoted` (a quote not followed by a formula character or a quote) is taken as written.
pub fn unescape_cell(cell: &str) -> &str {
    if looks_escaped(cell) {
        &cell[1..]
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_escaped_with_one_quote() {
        for (text, escaped) in [
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
            ("+1", "'+1"),
            ("-40 people", "'-40 people"),
            ("@cmd", "'@cmd"),
            ("\tTab", "'\tTab"),
            ("\rReturn", "'\rReturn"),
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ] {
            assert_eq!(escape_cell(text), escaped);
            assert_eq!(unescape_cell(escaped), text);
        }
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for text in [
            "",
            "Customer success",
            "a=b",
            "1+1",
            " =x",
            "'",
            "'quoted",
            "'a'",
        ] {
            assert_eq!(escape_cell(text), text);
            assert_eq!(unescape_cell(text), text);
        }
    }

    #[test]
    fn text_that_already_looks_escaped_round_trips() {
        for (text, escaped) in [
            ("'=SUM(A1)", "''=SUM(A1)"),
            ("''", "'''"),
            ("'-", "''-"),
            ("''=x", "'''=x"),
        ] {
            assert_eq!(escape_cell(text), escaped);
            assert_eq!(unescape_cell(escaped), text);
        }
    }

    #[test]
    fn an_escaped_cell_never_starts_with_a_formula_character() {
        for text in ["=1", "-", "+", "@", "'=1", "\t"] {
            assert!(escape_cell(text).starts_with('\''));
        }
    }
}
