//! CSV of initiatives: a header row naming the columns
//! `area,title,position,owner,status,impact,notes` (any order), then one initiative per row.
//! Import: either every row is valid and all are added as one op, or nothing is. Export
//! ([`export::to_string`]) writes the same columns, text cells escaped against spreadsheet
//! formulas ([`escape_cell`]), which the import undoes ([`unescape_cell`]).

mod cell;
mod decision_log;
pub mod export;

pub use cell::{escape_cell, unescape_cell};
pub use decision_log::decision_log;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::{DEFAULT_IMPACT, Document, Initiative, Status, validate};
use crate::ops::Op;

pub const COLUMNS: [&str; 7] = [
    "area", "title", "position", "owner", "status", "impact", "notes",
];

/// Reads CSV text into one op that adds every row to `doc`. Empty `status` means idea, empty
/// `impact` means the default (2); every other cell is taken as written.
pub fn import_op(doc: &Document, text: &str, ctx: &mut Context) -> Result<Op> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::Csv(format!("the header row cannot be read: {e}")))?
        .clone();
    let mut index = [0usize; COLUMNS.len()];
    for (slot, column) in index.iter_mut().zip(COLUMNS) {
        *slot = headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(column))
            .ok_or_else(|| {
                Error::Csv(format!(
                    "the header has no {column:?} column (expected: {})",
                    COLUMNS.join(",")
                ))
            })?;
    }
    let mut ops = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(pos) => Error::CsvRow {
                line: pos.line(),
                message: e.to_string(),
            },
            None => Error::Csv(e.to_string()),
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |column: usize| record.get(index[column]).unwrap_or("");
        let initiative =
            row(doc, ctx, [0, 1, 2, 3, 4, 5, 6].map(cell)).map_err(|e| Error::CsvRow {
                line,
                message: e.to_string(),
            })?;
        ops.push(Op::AddInitiative { initiative });
    }
    if ops.is_empty() {
        return Err(Error::Csv("there are no rows below the header".to_string()));
    }
    Ok(Op::Batch { ops })
}

fn row(doc: &Document, ctx: &mut Context, cells: [&str; 7]) -> Result<Initiative> {
    let [area, title, position, owner, status, impact, notes] = cells;
    // Text cells may carry the quote our export puts before formula characters.
    let [area, title, owner, status, notes] =
        [area, title, owner, status, notes].map(unescape_cell);
    let area_id = doc.area_named(area)?.id;
    let status = if status.trim().is_empty() {
        Status::Idea
    } else {
        status.parse()?
    };
    let impact = if impact.trim().is_empty() {
        DEFAULT_IMPACT
    } else {
        impact.trim().parse::<i32>().map_err(|_| Error::Invalid {
            field: "impact",
            reason: format!("{impact:?} is not a whole number from 1 to 3"),
        })?
    };
    let initiative = Initiative {
        id: ctx.new_id(),
        area_id,
        title: title.to_string(),
        notes: notes.to_string(),
        position: validate::parse_axis_value("position", position)?,
        target: None,
        lane_offset: 0.5,
        owner: owner.to_string(),
        status,
        impact,
        tags: Vec::new(),
        votes: 0,
    };
    initiative.validate()?;
    Ok(initiative)
}
