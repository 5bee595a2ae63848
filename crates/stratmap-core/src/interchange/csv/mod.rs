//! CSV of initiatives, as spreadsheets write it: comma-, semicolon- or tab-separated (found from
//! the header row, or named by an Excel `sep=` line), a header row naming the columns (at least
//! area, title and position, in any order, under a few accepted names: [`header`]), then one
//! initiative per row. Import: either every row is valid and all are added as one op, or
//! nothing is; a refusal names the line, the column and what was expected. Export
//! ([`export::to_string`]) writes the seven columns [`COLUMNS`], text cells escaped against
//! spreadsheet formulas ([`escape_cell`]), which the import undoes ([`unescape_cell`]).

mod cell;
mod decision_log;
mod dialect;
pub mod export;
mod header;
mod lines;

pub use cell::{escape_cell, unescape_cell};
pub use decision_log::decision_log;
pub use dialect::{Delimiter, decode};

use serde::Serialize;

use crate::context::Context;
use crate::error::{CsvPlace, Error, Result};
use crate::model::figures::count;
use crate::model::{DEFAULT_IMPACT, Document, Initiative, Status, validate};
use crate::ops::Op;
use header::{Field, Header};

pub const COLUMNS: [&str; 7] = [
    "area", "title", "position", "owner", "status", "impact", "notes",
];

/// What an import did, for the front ends to show as it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportReport {
    /// How many initiatives were added: one per row.
    pub added: u32,
    /// The delimiter the file was read with.
    pub delimiter: Delimiter,
    /// What was in the file but not imported (columns Stratmap does not read), one sentence each.
    pub warnings: Vec<String>,
    /// "Added 3 initiatives from a semicolon-separated file".
    pub message: String,
}

/// The op adding every row, and the report to show once it is applied.
#[derive(Debug)]
pub struct ImportOp {
    pub op: Op,
    pub report: ImportReport,
}

/// Reads CSV text into one op that adds every row to `doc`. Empty `status` means idea, empty
/// `impact` means the default (2); an absent optional column means empty cells.
pub fn import_op(doc: &Document, text: &str, ctx: &mut Context) -> Result<ImportOp> {
    let dialect = dialect::detect(text)?;
    let delimiter = dialect.delimiter;
    let skipped = dialect.skipped_lines;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter.byte())
        .from_reader(dialect.body.as_bytes());
    let mut records = reader.records();
    let mut lines = lines::Lines::new(dialect.body, skipped);
    let unreadable = |e: csv::Error| match e.position() {
        Some(pos) => Error::CsvRow {
            at: CsvPlace::line(pos.line() + skipped),
            message: e.to_string(),
        },
        None => Error::Csv(e.to_string()),
    };
    let first = records.next().ok_or_else(|| {
        Error::Csv(
            "the file is empty; expected a header row naming area, title and position".into(),
        )
    })?;
    let first = first.map_err(unreadable)?;
    let names: Vec<&str> = first.iter().collect();
    let header = Header::read(&names, lines.place(&first), delimiter.name())?;
    let mut unnamed_used = vec![false; header.unnamed.len()];
    let mut ops = Vec::new();
    for record in records {
        let record = record.map_err(unreadable)?;
        let at = lines.place(&record);
        let cells: Vec<&str> = record.iter().collect();
        // A spreadsheet writes its empty rows as delimiters alone: nothing to import.
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        check_width(&cells, &header, delimiter, at)?;
        for (used, &i) in unnamed_used.iter_mut().zip(&header.unnamed) {
            *used |= cells.get(i).is_some_and(|c| !c.trim().is_empty());
        }
        let initiative =
            row(doc, ctx, &header, &cells, delimiter).map_err(|(field, message)| {
                match field.and_then(|f| header.column_of(f)) {
                    Some(column) => Error::CsvCell {
                        at,
                        column,
                        message,
                    },
                    None => Error::CsvRow { at, message },
                }
            })?;
        ops.push(Op::AddInitiative { initiative });
    }
    if ops.is_empty() {
        return Err(Error::Csv("there are no rows below the header".to_string()));
    }
    let mut warnings = header.warnings.clone();
    for (used, &i) in unnamed_used.iter().zip(&header.unnamed) {
        if *used {
            warnings.push(format!(
                "column {} has no name in the header row, so its cells were not imported",
                header.column(i)
            ));
        }
    }
    let report = ImportReport {
        added: u32::try_from(ops.len()).unwrap_or(u32::MAX),
        delimiter,
        warnings,
        message: format!(
            "Added {} from a {}-separated file",
            count(ops.len(), "initiative", "initiatives"),
            delimiter.name()
        ),
    };
    Ok(ImportOp {
        op: Op::Batch { ops },
        report,
    })
}

/// A row has one cell per column of the header, no more, no fewer: a cell too many is most
/// often a number or a text split at an unquoted delimiter ("12,5" in a comma-separated file),
/// which must not be read as two values.
fn check_width(cells: &[&str], header: &Header, delimiter: Delimiter, at: CsvPlace) -> Result<()> {
    let columns = header.len();
    let hint = match cells.len().cmp(&columns) {
        std::cmp::Ordering::Equal => return Ok(()),
        std::cmp::Ordering::Less => {
            "every row needs one cell per column, empty ones included".to_string()
        }
        std::cmp::Ordering::Greater => format!(
            "a cell that holds a {} must be in double quotes",
            delimiter.name()
        ),
    };
    Err(Error::CsvRow {
        at,
        message: format!(
            "the row has {} but the header has {columns} columns; {hint}",
            count(cells.len(), "cell", "cells")
        ),
    })
}

/// A row's initiative, or the field whose cell is wrong and why.
fn row(
    doc: &Document,
    ctx: &mut Context,
    header: &Header,
    cells: &[&str],
    delimiter: Delimiter,
) -> std::result::Result<Initiative, (Option<Field>, String)> {
    let at = |field: Field| move |e: Error| (Some(field), e.to_string());
    // Text cells may carry the quote our export puts before formula characters.
    let [area, title, owner, status, notes] = [
        Field::Area,
        Field::Title,
        Field::Owner,
        Field::Status,
        Field::Notes,
    ]
    .map(|f| unescape_cell(header.cell(cells, f)));
    let area_id = if area.trim().is_empty() {
        let known: Vec<&str> = doc.areas().iter().map(|a| a.name.as_str()).collect();
        return Err((
            Some(Field::Area),
            format!(
                "the area is empty; expected the name of an area of this canvas ({})",
                known.join(", ")
            ),
        ));
    } else {
        doc.area_named(area).map_err(at(Field::Area))?.id
    };
    let status = if status.trim().is_empty() {
        Status::Idea
    } else {
        status.parse().map_err(at(Field::Status))?
    };
    let impact = header.cell(cells, Field::Impact);
    let impact = if impact.trim().is_empty() {
        DEFAULT_IMPACT
    } else {
        impact.trim().parse::<i32>().map_err(|_| {
            let message = format!(
                "impact {impact:?} is not a whole number; expected 1, 2 or 3 (empty means 2)"
            );
            (Some(Field::Impact), message)
        })?
    };
    let position = header.cell(cells, Field::Position);
    let position = position_value(position, delimiter).map_err(|m| (Some(Field::Position), m))?;
    let initiative = Initiative {
        id: ctx.new_id(),
        area_id,
        title: title.to_string(),
        notes: notes.to_string(),
        position,
        target: None,
        lane_offset: 0.5,
        owner: owner.to_string(),
        status,
        impact,
        tags: Vec::new(),
        votes: 0,
    };
    initiative.validate().map_err(|e| {
        let field = e
            .field()
            .and_then(|name| Field::ALL.into_iter().find(|f| f.name() == name));
        (field, e.to_string())
    })?;
    Ok(initiative)
}

/// A position cell read as a number and checked against the axis, never clamped.
fn position_value(cell: &str, delimiter: Delimiter) -> std::result::Result<f64, String> {
    let example = if delimiter.decimal_comma() {
        "-40, 12,5 or 12.5"
    } else {
        "-40 or 12.5"
    };
    let expected = format!("expected a number from -100 to 100, such as {example}");
    if cell.trim().is_empty() {
        return Err(format!("the position is empty; {expected}"));
    }
    let Some(value) = dialect::number(cell, delimiter) else {
        let hint = if !delimiter.decimal_comma()
            && dialect::number(cell, Delimiter::Semicolon).is_some()
        {
            " (this file is comma-separated, so its decimals are written with a point)"
        } else {
            ""
        };
        return Err(format!(
            "position is not a number: {cell:?}; {expected}{hint}"
        ));
    };
    validate::axis_value("position", value).map_err(|e| e.to_string())
}
