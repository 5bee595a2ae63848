//! What a file offered for import is: a whole canvas (a stratmap/1 JSON document, or a Stratmap
//! PNG carrying one) or rows of initiatives (CSV). The CLI and the app both import through this.

use std::path::Path;

use crate::error::{Error, Result};
use crate::model::Document;
use crate::snapshot::Snapshot;

/// A file read for import.
#[derive(Debug)]
pub enum ImportSource {
    /// A whole canvas with its snapshots: becomes a new canvas file.
    Canvas(Box<Document>, Vec<Snapshot>),
    /// CSV text of initiatives: added to an open canvas.
    Rows(String),
}

/// Reads `path` and tells what it holds, by its extension; refuses anything else by name.
pub fn read(path: &Path) -> Result<ImportSource> {
    let io = |e: std::io::Error| Error::io(path, &e);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "json" => {
            let text = std::fs::read_to_string(path).map_err(io)?;
            let (doc, snapshots) = super::json::from_str(&text)?;
            Ok(ImportSource::Canvas(Box::new(doc), snapshots))
        }
        "png" => {
            let bytes = std::fs::read(path).map_err(io)?;
            let text = super::png_chunk::embedded_document(&bytes)?;
            let (doc, snapshots) = super::json::from_str(&text)?;
            Ok(ImportSource::Canvas(Box::new(doc), snapshots))
        }
        "csv" => {
            let bytes = std::fs::read(path).map_err(io)?;
            Ok(ImportSource::Rows(super::csv::decode(bytes)?))
        }
        _ => Err(Error::Invalid {
            field: "import source",
            reason: format!(
                "{} is not a .json document, a Stratmap .png or a .csv of initiatives",
                path.display()
            ),
        }),
    }
}
