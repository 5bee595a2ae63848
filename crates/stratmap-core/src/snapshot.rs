//! Snapshots: named, timestamped frozen copies of the canvas, kept in the same file.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{Area, Canvas, Document, Initiative};

/// A snapshot's name and when it was taken.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotInfo {
    pub name: String,
    pub taken_at: String,
}

/// A snapshot with its frozen state.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub name: String,
    pub taken_at: String,
    pub document: Document,
}

#[derive(Serialize, Deserialize)]
struct FrozenState {
    canvas: Canvas,
    areas: Vec<Area>,
    initiatives: Vec<Initiative>,
}

/// The stored form of a state.
pub(crate) fn freeze(doc: &Document) -> String {
    let state = FrozenState {
        canvas: doc.canvas.clone(),
        areas: doc.areas().to_vec(),
        initiatives: doc.initiatives().cloned().collect(),
    };
    serde_json::to_string(&state).unwrap_or_default()
}

/// Reads a stored state back, checking it like any loaded document.
pub(crate) fn thaw(state: &str) -> Result<Document> {
    let state: FrozenState = serde_json::from_str(state).map_err(|e| Error::Json(e.to_string()))?;
    Document::new(state.canvas, state.areas, state.initiatives)
}
