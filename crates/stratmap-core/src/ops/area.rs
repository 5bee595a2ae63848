use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Applied, Op, Touched};
use crate::error::Result;
use crate::model::{Area, Document, Initiative, validate};

/// The descriptive fields of an area, edited together.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaDetails {
    pub name: String,
    pub colour: String,
    pub product_pole: String,
    pub customer_pole: String,
}

impl AreaDetails {
    pub fn of(area: &Area) -> Self {
        AreaDetails {
            name: area.name.clone(),
            colour: area.colour.clone(),
            product_pole: area.product_pole.clone(),
            customer_pole: area.customer_pole.clone(),
        }
    }
}

pub(super) fn add(doc: &mut Document, area: &Area, initiatives: &[Initiative]) -> Result<Applied> {
    doc.insert_area(area.clone())?;
    let mut touched = Touched::area(area.id);
    for (index, initiative) in initiatives.iter().enumerate() {
        if let Err(err) = doc.insert_initiative(initiative.clone()) {
            for inserted in &initiatives[..index] {
                doc.remove_initiative(inserted.id)
                    .expect("an initiative inserted just now is present");
            }
            doc.remove_area(area.id)
                .expect("the area inserted just now is present");
            return Err(err);
        }
        touched.initiatives.push(initiative.id);
    }
    Ok(Applied {
        inverse: Op::DeleteArea { id: area.id },
        touched,
    })
}

pub(super) fn delete(doc: &mut Document, id: Uuid) -> Result<Applied> {
    let name = doc.area(id)?.name.clone();
    let drafts = doc.drafts_in(id);
    if drafts > 0 {
        return Err(crate::error::Error::Invalid {
            field: "area",
            reason: format!(
                "{name} holds {drafts} private card(s) of the live session; reveal them first"
            ),
        });
    }
    let ids: Vec<Uuid> = doc.initiatives_in(id).iter().map(|i| i.id).collect();
    let mut initiatives = Vec::with_capacity(ids.len());
    for initiative_id in &ids {
        initiatives.push(doc.remove_initiative(*initiative_id)?);
    }
    let area = doc.remove_area(id)?;
    let mut touched = Touched::area(id);
    touched.initiatives = ids;
    Ok(Applied {
        inverse: Op::AddArea { area, initiatives },
        touched,
    })
}

pub(super) fn edit(doc: &mut Document, id: Uuid, details: &AreaDetails) -> Result<Applied> {
    let current = doc.area(id)?.clone();
    let mut edited = current.clone();
    edited.name.clone_from(&details.name);
    edited.colour.clone_from(&details.colour);
    edited.product_pole.clone_from(&details.product_pole);
    edited.customer_pole.clone_from(&details.customer_pole);
    edited.validate()?;
    let lower = edited.name.to_lowercase();
    if doc
        .areas()
        .iter()
        .any(|a| a.id != id && a.name.to_lowercase() == lower)
    {
        return Err(crate::error::Error::DuplicateArea(edited.name));
    }
    *doc.area_mut(id)? = edited;
    doc.sort_areas();
    Ok(Applied {
        inverse: Op::EditArea {
            id,
            details: AreaDetails::of(&current),
        },
        touched: Touched::area(id),
    })
}

pub(super) fn set_target(doc: &mut Document, id: Uuid, target: Option<f64>) -> Result<Applied> {
    if let Some(value) = target {
        validate::axis_value("target", value)?;
    }
    let area = doc.area_mut(id)?;
    let previous = area.target;
    area.target = target;
    Ok(Applied {
        inverse: Op::SetAreaTarget {
            id,
            target: previous,
        },
        touched: Touched::area(id),
    })
}
