//! How a spreadsheet wrote the file: the delimiter (comma, semicolon or tab, or as an Excel
//! `sep=` first line names it) and, where the delimiter is not a comma, decimal commas.

use serde::Serialize;

use super::header::Field;
use crate::error::{CsvPlace, Error, Result};

/// The character between the cells of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

impl Delimiter {
    const ALL: [Delimiter; 3] = [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab];

    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }

    /// "comma", "semicolon", "tab".
    pub fn name(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma",
            Delimiter::Semicolon => "semicolon",
            Delimiter::Tab => "tab",
        }
    }

    /// Whether "12,5" is a number: it is where a comma cannot be the delimiter.
    pub fn decimal_comma(self) -> bool {
        self != Delimiter::Comma
    }
}

/// A CSV file's bytes as text: UTF-8 (with or without a BOM). Anything else is refused with the
/// line of the first byte that is not UTF-8, rather than guessed at: the same bytes are other
/// letters in each legacy code page.
pub fn decode(bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let save_as = "save it from the spreadsheet as \"CSV UTF-8\" and import that file";
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Error::Csv(format!("the file is UTF-16 text, not UTF-8; {save_as}"));
        }
        let at = e.utf8_error().valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        Error::CsvRow {
            at: CsvPlace::line(line),
            message: format!(
                "the text is not UTF-8 (byte 0x{:02X}), as spreadsheets write \"CSV\" in a \
                 legacy code page; {save_as}",
                bytes[at]
            ),
        }
    })
}

/// The text to read as rows, its delimiter and how many lines were taken off its start (an
/// Excel `sep=;` line), so that refusals still give the file's own line numbers.
pub(super) struct Dialect<'a> {
    pub(super) delimiter: Delimiter,
    pub(super) body: &'a str,
    pub(super) skipped_lines: u64,
}

/// Finds the delimiter: the one named by a `sep=` first line, else the one that splits the
/// header row into the most columns Stratmap knows (then into the most cells; comma first).
pub(super) fn detect(text: &str) -> Result<Dialect<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.split('\n').next().unwrap_or("");
    let line = first.trim_end_matches('\r');
    if let Some(sep) = line
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sep="))
        .map(|_| &line[4..])
    {
        let delimiter = Delimiter::ALL
            .into_iter()
            .find(|d| sep.as_bytes() == [d.byte()])
            .ok_or_else(|| Error::CsvRow {
                at: CsvPlace::line(1),
                message: format!(
                    "\"{line}\" names a delimiter Stratmap does not read; \
                     it reads commas, semicolons and tabs"
                ),
            })?;
        return Ok(Dialect {
            delimiter,
            body: text.get(first.len() + 1..).unwrap_or(""),
            skipped_lines: 1,
        });
    }
    let mut best = (Delimiter::Comma, 0, 0);
    for delimiter in Delimiter::ALL {
        let cells = header_cells(text, delimiter);
        let known = cells.iter().filter(|c| Field::named(c).is_some()).count();
        if (known, cells.len()) > (best.1, best.2) {
            best = (delimiter, known, cells.len());
        }
    }
    Ok(Dialect {
        delimiter: best.0,
        body: text,
        skipped_lines: 0,
    })
}

/// The first row's cells when split at `delimiter` (quotes respected).
fn header_cells(text: &str, delimiter: Delimiter) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter.byte())
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => record.iter().map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

/// A number as a spreadsheet writes it: `-40`, `12.5`, and `12,5` where the delimiter is not a
/// comma. `None` when it is not one; infinities and NaN are numbers here, for the range check
/// to refuse by name.
pub(super) fn number(text: &str, delimiter: Delimiter) -> Option<f64> {
    let text = text.trim();
    if delimiter.decimal_comma() && text.matches(',').count() == 1 && !text.contains('.') {
        text.replace(',', ".").parse().ok()
    } else {
        text.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_one_that_finds_the_columns() {
        let found = |text| detect(text).map(|d| d.delimiter).ok();
        assert_eq!(found("Area;Title;Position\n"), Some(Delimiter::Semicolon));
        assert_eq!(found("Area\tTitle\tPosition\n"), Some(Delimiter::Tab));
        assert_eq!(found("area,title,position\n"), Some(Delimiter::Comma));
        // A semicolon inside a quoted comma-separated header cell does not fool it.
        assert_eq!(
            found("area,title,position,\"notes; misc\"\n"),
            Some(Delimiter::Comma)
        );
        assert_eq!(
            found("\u{feff}Area;Title;Position\n"),
            Some(Delimiter::Semicolon)
        );
        assert_eq!(found("sep=;\r\narea;title\r\n"), Some(Delimiter::Semicolon));
        assert!(detect("sep=|\nArea|Title\n").is_err());
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_at_its_line() {
        let latin1 = b"area;title;position\nEnd goal;Caf\xE9;1\n".to_vec();
        let err = decode(latin1).expect_err("Latin-1");
        assert!(err.to_string().starts_with("CSV line 2: "), "{err}");
        assert!(err.to_string().contains("CSV UTF-8"), "{err}");
        let utf16 = vec![0xFF, 0xFE, b'a', 0];
        assert!(
            decode(utf16)
                .expect_err("UTF-16")
                .to_string()
                .contains("UTF-16")
        );
        let bom = "\u{feff}area".as_bytes().to_vec();
        assert_eq!(decode(bom).ok().as_deref(), Some("\u{feff}area"));
    }

    #[test]
    fn decimal_commas_only_where_the_comma_is_not_the_delimiter() {
        assert_eq!(number(" 12,5 ", Delimiter::Semicolon), Some(12.5));
        assert_eq!(number("-0,25", Delimiter::Tab), Some(-0.25));
        assert_eq!(number("12.5", Delimiter::Semicolon), Some(12.5));
        assert_eq!(number("12,5", Delimiter::Comma), None);
        assert_eq!(number("1,234.5", Delimiter::Semicolon), None);
        assert_eq!(number("1,2,3", Delimiter::Semicolon), None);
        assert!(number("NaN", Delimiter::Semicolon).is_some_and(f64::is_nan));
    }
}
