//! Comparing two states of a canvas: what moved (and how far), what was added, what was removed.

use serde::Serialize;
use uuid::Uuid;

use crate::model::Document;

/// The name that stands for the canvas as it is now (`CanvasFile::compare_states`).
pub const CURRENT: &str = "current";

#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub from: String,
    pub to: String,
    pub moved: Vec<Movement>,
    pub added: Vec<Presence>,
    pub removed: Vec<Presence>,
    pub areas: Vec<AreaShift>,
}

/// An initiative present in both states whose place changed.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Movement {
    pub id: Uuid,
    pub title: String,
    pub from_area: String,
    pub to_area: String,
    pub from_position: f64,
    pub to_position: f64,
    /// Signed: positive = towards the customer-centric pole.
    pub shift: f64,
}

/// An initiative present in only one of the states.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Presence {
    pub id: Uuid,
    pub title: String,
    pub area: String,
    pub position: f64,
}

/// How an area's stance changed.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaShift {
    pub area: String,
    pub from_stance: Option<f64>,
    pub to_stance: Option<f64>,
}

fn area_name(doc: &Document, id: Uuid) -> String {
    doc.area(id).map(|a| a.name.clone()).unwrap_or_default()
}

/// Compares `before` (named `from`) with `after` (named `to`).
pub fn compare(from: &str, before: &Document, to: &str, after: &Document) -> Comparison {
    let mut moved = Vec::new();
    let mut removed = Vec::new();
    for old in before.initiatives() {
        match after.initiative(old.id) {
            Ok(new) if new.position != old.position || new.area_id != old.area_id => {
                moved.push(Movement {
                    id: old.id,
                    title: new.title.clone(),
                    from_area: area_name(before, old.area_id),
                    to_area: area_name(after, new.area_id),
                    from_position: old.position,
                    to_position: new.position,
                    shift: new.position - old.position,
                })
            }
            Ok(_) => {}
            Err(_) => removed.push(Presence {
                id: old.id,
                title: old.title.clone(),
                area: area_name(before, old.area_id),
                position: old.position,
            }),
        }
    }
    let added = after
        .initiatives()
        .filter(|new| before.initiative(new.id).is_err())
        .map(|new| Presence {
            id: new.id,
            title: new.title.clone(),
            area: area_name(after, new.area_id),
            position: new.position,
        })
        .collect();
    moved.sort_by(|a, b| {
        b.shift
            .abs()
            .total_cmp(&a.shift.abs())
            .then(a.title.cmp(&b.title))
    });
    let areas = after
        .areas()
        .iter()
        .map(|area| AreaShift {
            area: area.name.clone(),
            from_stance: before.area(area.id).ok().and_then(|a| before.stance(a.id)),
            to_stance: after.stance(area.id),
        })
        .collect();
    Comparison {
        from: from.to_string(),
        to: to.to_string(),
        moved,
        added,
        removed,
        areas,
    }
}
