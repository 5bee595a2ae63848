//! CSV export of initiatives: the columns the import reads, one row per initiative in reading
//! order (areas in order, cards left to right). Text cells are escaped against formula
//! injection ([`super::escape_cell`]); numbers are written plainly, exactly (shortest form that
//! reads back to the same value).

use super::{COLUMNS, escape_cell};
use crate::error::{Error, Result};
use crate::model::Document;

/// The canvas's initiatives as CSV text, header first.
pub fn to_string(doc: &Document) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| Error::Csv(format!("writing the CSV failed: {e}"));
    writer.write_record(COLUMNS).map_err(failed)?;
    for area in doc.areas() {
        let area_name = escape_cell(&area.name);
        for i in doc.initiatives_in(area.id) {
            writer
                .write_record([
                    area_name.as_str(),
                    &escape_cell(&i.title),
                    &i.position.to_string(),
                    &escape_cell(&i.owner),
                    i.status.as_str(),
                    &i.impact.to_string(),
                    &escape_cell(&i.notes),
                ])
                .map_err(failed)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Csv(format!("writing the CSV failed: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Csv(format!("writing the CSV failed: {e}")))
}
