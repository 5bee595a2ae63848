//! The `stratmap/1` JSON document: the whole canvas, its derived stances and its snapshots.
//! Import checks the format tag first, then every value by the model's rules.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::{Area, Assessment, Canvas, Document, Initiative, Status, Voting};
use crate::snapshot::Snapshot;

pub const FORMAT: &str = "stratmap/1";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentJson {
    pub format: String,
    pub canvas: Canvas,
    pub areas: Vec<AreaJson>,
    pub snapshots: Vec<SnapshotJson>,
    /// Self-assessment answers; absent in documents written before the offsite tools.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<Assessment>,
    /// The dot-voting round, ballots included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voting: Option<Voting>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaJson {
    pub id: Uuid,
    pub name: String,
    pub order: i32,
    pub colour: String,
    pub product_pole: String,
    pub customer_pole: String,
    pub target: Option<f64>,
    /// Derived on export (impact-weighted mean); ignored on import.
    #[serde(default)]
    pub stance: Option<f64>,
    pub initiatives: Vec<InitiativeJson>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InitiativeJson {
    pub id: Uuid,
    pub title: String,
    pub position: f64,
    pub target: Option<f64>,
    pub lane_offset: f64,
    pub owner: String,
    pub status: Status,
    pub impact: i32,
    pub notes: String,
    pub tags: Vec<String>,
    pub votes: i32,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotJson {
    pub name: String,
    pub taken_at: String,
    pub canvas: Canvas,
    pub areas: Vec<AreaJson>,
}

/// The document for `doc` and its snapshots.
pub fn document_json(doc: &Document, snapshots: &[Snapshot]) -> DocumentJson {
    DocumentJson {
        format: FORMAT.to_string(),
        canvas: doc.canvas.clone(),
        areas: areas_json(doc),
        snapshots: snapshots
            .iter()
            .map(|s| SnapshotJson {
                name: s.name.clone(),
                taken_at: s.taken_at.clone(),
                canvas: s.document.canvas.clone(),
                areas: areas_json(&s.document),
            })
            .collect(),
        assessments: doc.assessments().to_vec(),
        voting: doc.voting().cloned(),
    }
}

/// Pretty-printed JSON text of [`document_json`], ending in a newline.
pub fn to_string(doc: &Document, snapshots: &[Snapshot]) -> String {
    let mut text = serde_json::to_string_pretty(&document_json(doc, snapshots))
        .unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()));
    text.push('\n');
    text
}

fn areas_json(doc: &Document) -> Vec<AreaJson> {
    doc.areas()
        .iter()
        .map(|area| AreaJson {
            id: area.id,
            name: area.name.clone(),
            order: area.order,
            colour: area.colour.clone(),
            product_pole: area.product_pole.clone(),
            customer_pole: area.customer_pole.clone(),
            target: area.target,
            stance: doc.stance(area.id),
            initiatives: doc
                .initiatives_in(area.id)
                .into_iter()
                .map(|i| InitiativeJson {
                    id: i.id,
                    title: i.title.clone(),
                    position: i.position,
                    target: i.target,
                    lane_offset: i.lane_offset,
                    owner: i.owner.clone(),
                    status: i.status,
                    impact: i.impact,
                    notes: i.notes.clone(),
                    tags: i.tags.clone(),
                    votes: i.votes,
                })
                .collect(),
        })
        .collect()
}

/// Reads a `stratmap/1` document: the canvas and its snapshots, every value checked.
pub fn from_str(text: &str) -> Result<(Document, Vec<Snapshot>)> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| Error::Json(e.to_string()))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(Error::WrongFormat {
                found: other.to_string(),
            });
        }
        None => {
            return Err(Error::Json(
                "not a Stratmap document (no \"format\": \"stratmap/1\" field)".to_string(),
            ));
        }
    }
    let parsed: DocumentJson =
        serde_json::from_value(value).map_err(|e| Error::Json(e.to_string()))?;
    let doc = document_from(parsed.canvas, parsed.areas)?
        .with_offsite(parsed.assessments, parsed.voting)?;
    let mut snapshots: Vec<Snapshot> = Vec::with_capacity(parsed.snapshots.len());
    for s in parsed.snapshots {
        crate::model::validate::label("snapshot name", &s.name, crate::model::validate::NAME_MAX)?;
        if snapshots.iter().any(|existing| existing.name == s.name) {
            return Err(Error::DuplicateSnapshot(s.name));
        }
        snapshots.push(Snapshot {
            name: s.name,
            taken_at: s.taken_at,
            document: document_from(s.canvas, s.areas)?,
        });
    }
    Ok((doc, snapshots))
}

fn document_from(canvas: Canvas, areas_json: Vec<AreaJson>) -> Result<Document> {
    let mut areas = Vec::with_capacity(areas_json.len());
    let mut initiatives = Vec::new();
    for a in areas_json {
        for i in a.initiatives {
            initiatives.push(Initiative {
                id: i.id,
                area_id: a.id,
                title: i.title,
                notes: i.notes,
                position: i.position,
                target: i.target,
                lane_offset: i.lane_offset,
                owner: i.owner,
                status: i.status,
                impact: i.impact,
                tags: i.tags,
                votes: i.votes,
            });
        }
        areas.push(Area {
            id: a.id,
            name: a.name,
            order: a.order,
            colour: a.colour,
            product_pole: a.product_pole,
            customer_pole: a.customer_pole,
            target: a.target,
        });
    }
    Document::new(canvas, areas, initiatives)
}
