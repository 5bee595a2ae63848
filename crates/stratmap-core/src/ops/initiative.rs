use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Applied, Op, Touched};
use crate::error::Result;
use crate::model::{Document, Initiative, Status};

/// The fields of an initiative the details panel edits together.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeDetails {
    pub title: String,
    pub notes: String,
    pub owner: String,
    pub status: Status,
    pub impact: i32,
    pub tags: Vec<String>,
    pub target: Option<f64>,
}

impl InitiativeDetails {
    pub fn of(initiative: &Initiative) -> Self {
        InitiativeDetails {
            title: initiative.title.clone(),
            notes: initiative.notes.clone(),
            owner: initiative.owner.clone(),
            status: initiative.status,
            impact: initiative.impact,
            tags: initiative.tags.clone(),
            target: initiative.target,
        }
    }

    fn apply_to(&self, initiative: &mut Initiative) {
        initiative.title.clone_from(&self.title);
        initiative.notes.clone_from(&self.notes);
        initiative.owner.clone_from(&self.owner);
        initiative.status = self.status;
        initiative.impact = self.impact;
        initiative.tags.clone_from(&self.tags);
        initiative.target = self.target;
    }
}

pub(super) fn add(doc: &mut Document, initiative: &Initiative) -> Result<Applied> {
    doc.insert_initiative(initiative.clone())?;
    Ok(Applied {
        inverse: Op::DeleteInitiative { id: initiative.id },
        touched: Touched::initiative(initiative.id),
    })
}

pub(super) fn delete(doc: &mut Document, id: Uuid) -> Result<Applied> {
    let removed = doc.remove_initiative(id)?;
    Ok(Applied {
        inverse: Op::AddInitiative {
            initiative: removed,
        },
        touched: Touched::initiative(id),
    })
}

pub(super) fn relocate(
    doc: &mut Document,
    id: Uuid,
    position: f64,
    area_id: Option<Uuid>,
    lane_offset: Option<f64>,
) -> Result<Applied> {
    let current = doc.initiative(id)?;
    let mut moved = current.clone();
    moved.position = position;
    if let Some(area_id) = area_id {
        doc.area(area_id)?;
        moved.area_id = area_id;
    }
    if let Some(offset) = lane_offset {
        moved.lane_offset = offset;
    }
    moved.validate()?;
    let inverse = Op::MoveInitiative {
        id,
        position: current.position,
        area_id: Some(current.area_id),
        lane_offset: Some(current.lane_offset),
    };
    *doc.initiative_mut(id)? = moved;
    Ok(Applied {
        inverse,
        touched: Touched::initiative(id),
    })
}

pub(super) fn edit(doc: &mut Document, id: Uuid, details: &InitiativeDetails) -> Result<Applied> {
    let current = doc.initiative(id)?;
    let mut edited = current.clone();
    details.apply_to(&mut edited);
    edited.validate()?;
    let inverse = Op::EditInitiative {
        id,
        details: InitiativeDetails::of(current),
    };
    *doc.initiative_mut(id)? = edited;
    Ok(Applied {
        inverse,
        touched: Touched::initiative(id),
    })
}
