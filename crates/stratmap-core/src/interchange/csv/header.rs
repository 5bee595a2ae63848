//! The header row of an imported CSV: which cell holds which field. A header cell is matched
//! without regard to case, surrounding spaces, a trailing colon, `_` or `-` between words, and
//! under a few synonyms ("Initiative" for the title, "Business area" or "Lane" for the area).
//! Only area, title and position are required; a column that names nothing Stratmap reads is
//! reported in a warning.

use crate::error::{CsvPlace, Error, Result};

/// A field of an initiative that a CSV column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Field {
    Area,
    Title,
    Position,
    Owner,
    Status,
    Impact,
    Notes,
}

impl Field {
    pub(super) const ALL: [Field; 7] = [
        Field::Area,
        Field::Title,
        Field::Position,
        Field::Owner,
        Field::Status,
        Field::Impact,
        Field::Notes,
    ];

    /// The names a header cell may give this field, normalised ([`normalise`]); the first is
    /// the one the export writes.
    pub(super) fn names(self) -> &'static [&'static str] {
        match self {
            Field::Area => &["area", "business area", "lane"],
            Field::Title => &["title", "initiative", "name"],
            Field::Position => &["position", "axis position"],
            Field::Owner => &["owner", "responsible", "lead"],
            Field::Status => &["status", "state"],
            Field::Impact => &["impact", "weight"],
            Field::Notes => &["notes", "note", "description", "comments", "comment"],
        }
    }

    pub(super) fn name(self) -> &'static str {
        self.names()[0]
    }

    fn required(self) -> bool {
        matches!(self, Field::Area | Field::Title | Field::Position)
    }

    /// The field a header cell names, if any.
    pub(super) fn named(cell: &str) -> Option<Field> {
        let wanted = normalise(cell);
        Field::ALL
            .into_iter()
            .find(|f| f.names().contains(&wanted.as_str()))
    }
}

/// A header cell as it is compared: lower case, no surrounding spaces or trailing colon, `_` and
/// `-` read as spaces, runs of spaces as one.
fn normalise(cell: &str) -> String {
    let cell = cell.trim();
    let cell = cell.strip_suffix(':').unwrap_or(cell);
    cell.to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A column as a spreadsheet labels it: A, B, …, Z, AA, AB, …
pub(super) fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The header row read: each field's cell, the names as written, and what was ignored.
#[derive(Debug)]
pub(super) struct Header {
    names: Vec<String>,
    index: [Option<usize>; 7],
    /// Columns whose header cell is empty; their cells are ignored, with a warning if any holds
    /// something.
    pub(super) unnamed: Vec<usize>,
    /// Columns naming nothing Stratmap reads, in words.
    pub(super) warnings: Vec<String>,
}

impl Header {
    /// Reads the header row found `at`; `delimiter` is for the refusal's words only.
    pub(super) fn read(cells: &[&str], at: CsvPlace, delimiter: &str) -> Result<Header> {
        let mut header = Header {
            names: cells.iter().map(|c| c.trim().to_string()).collect(),
            index: [None; 7],
            unnamed: Vec::new(),
            warnings: Vec::new(),
        };
        let mut unknown = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            if cell.trim().is_empty() {
                header.unnamed.push(i);
                continue;
            }
            let Some(field) = Field::named(cell) else {
                unknown.push(i);
                continue;
            };
            let slot = &mut header.index[field as usize];
            if let Some(first) = *slot {
                return Err(Error::CsvCell {
                    at,
                    column: header.column(i),
                    message: format!(
                        "the {} is already in column {}; keep one of the two columns",
                        field.name(),
                        header.column(first)
                    ),
                });
            }
            *slot = Some(i);
        }
        let missing: Vec<Field> = Field::ALL
            .into_iter()
            .filter(|f| f.required() && header.index[*f as usize].is_none())
            .collect();
        if !missing.is_empty() {
            return Err(Error::CsvRow {
                at,
                message: missing_message(&missing, &header.names, delimiter),
            });
        }
        let reads = Field::ALL.map(Field::name).join(", ");
        for i in unknown {
            header.warnings.push(format!(
                "column {} is not one Stratmap reads, so its cells were not imported \
                 (it reads {reads})",
                header.column(i)
            ));
        }
        Ok(header)
    }

    /// The cell of `field` in the row `cells`: empty when the column is absent.
    pub(super) fn cell<'a>(&self, cells: &[&'a str], field: Field) -> &'a str {
        self.index[field as usize]
            .and_then(|i| cells.get(i).copied())
            .unwrap_or("")
    }

    /// The column of `field` in words, when the file has one.
    pub(super) fn column_of(&self, field: Field) -> Option<String> {
        self.index[field as usize].map(|i| self.column(i))
    }

    /// Column `index` as a refusal names it: `C "Position"`.
    pub(super) fn column(&self, index: usize) -> String {
        match self.names.get(index).filter(|n| !n.is_empty()) {
            Some(name) => format!("{} {name:?}", letter(index)),
            None => letter(index),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.names.len()
    }
}

fn missing_message(missing: &[Field], found: &[String], delimiter: &str) -> String {
    let what = missing
        .iter()
        .map(|f| {
            let names: Vec<String> = f.names().iter().map(|n| format!("{n:?}")).collect();
            let names = match names.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                None => String::new(),
            };
            format!("no {} column (named {names})", f.name())
        })
        .collect::<Vec<_>>()
        .join(" and ");
    let found: Vec<String> = found.iter().map(|n| format!("{n:?}")).collect();
    format!(
        "the header has {what}; area, title and position are required, in any order (read as \
         {delimiter}-separated, the header has the columns {})",
        found.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_cells_match_regardless_of_case_spaces_colon_and_synonyms() {
        assert_eq!(Field::named("  Business_Area: "), Some(Field::Area));
        assert_eq!(Field::named("LANE"), Some(Field::Area));
        assert_eq!(Field::named("Initiative"), Some(Field::Title));
        assert_eq!(Field::named("axis-position"), Some(Field::Position));
        assert_eq!(Field::named("Description"), Some(Field::Notes));
        assert_eq!(Field::named("Budget"), None);
        assert_eq!(Field::named("area area"), None);
    }

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
        assert_eq!(letter(701), "ZZ");
        assert_eq!(letter(702), "AAA");
    }
}
