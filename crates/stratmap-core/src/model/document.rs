use indexmap::IndexMap;
use uuid::Uuid;

use super::{Area, Canvas, Initiative};
use crate::error::{Error, Result};

/// A canvas with its areas and initiatives, as held in memory while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub canvas: Canvas,
    /// Kept sorted by `Area::order`.
    areas: Vec<Area>,
    initiatives: IndexMap<Uuid, Initiative>,
}

impl Document {
    /// Builds a document, checking every rule a stored or imported canvas must meet.
    pub fn new(canvas: Canvas, areas: Vec<Area>, initiatives: Vec<Initiative>) -> Result<Self> {
        canvas.validate()?;
        let mut doc = Document {
            canvas,
            areas: Vec::with_capacity(areas.len()),
            initiatives: IndexMap::with_capacity(initiatives.len()),
        };
        for area in areas {
            doc.insert_area(area)?;
        }
        for initiative in initiatives {
            doc.insert_initiative(initiative)?;
        }
        Ok(doc)
    }

    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    pub fn area(&self, id: Uuid) -> Result<&Area> {
        self.areas
            .iter()
            .find(|a| a.id == id)
            .ok_or_else(|| Error::UnknownAreaId(id.to_string()))
    }

    pub(crate) fn area_mut(&mut self, id: Uuid) -> Result<&mut Area> {
        self.areas
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or_else(|| Error::UnknownAreaId(id.to_string()))
    }

    /// Finds an area by its name, ignoring case, as people type it.
    pub fn area_named(&self, name: &str) -> Result<&Area> {
        let wanted = name.trim().to_lowercase();
        self.areas
            .iter()
            .find(|a| a.name.to_lowercase() == wanted)
            .ok_or_else(|| Error::UnknownArea {
                name: name.to_string(),
                known: self
                    .areas
                    .iter()
                    .map(|a| a.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    pub fn initiatives(&self) -> impl Iterator<Item = &Initiative> {
        self.initiatives.values()
    }

    pub fn initiative_count(&self) -> usize {
        self.initiatives.len()
    }

    pub fn initiative(&self, id: Uuid) -> Result<&Initiative> {
        self.initiatives
            .get(&id)
            .ok_or_else(|| Error::UnknownInitiative(id.to_string()))
    }

    pub(crate) fn initiative_mut(&mut self, id: Uuid) -> Result<&mut Initiative> {
        self.initiatives
            .get_mut(&id)
            .ok_or_else(|| Error::UnknownInitiative(id.to_string()))
    }

    /// An area's initiatives in reading order: left to right along the axis, then by title.
    pub fn initiatives_in(&self, area_id: Uuid) -> Vec<&Initiative> {
        let mut list: Vec<&Initiative> = self
            .initiatives
            .values()
            .filter(|i| i.area_id == area_id)
            .collect();
        list.sort_by(|a, b| reading_order(a, b));
        list
    }

    /// Where an area stands today: the mean of its initiatives' positions weighted by impact;
    /// `None` when it has no initiatives. Summed in reading order, so the result does not depend
    /// on the order initiatives were stored in.
    pub fn stance(&self, area_id: Uuid) -> Option<f64> {
        weighted_mean(self.initiatives_in(area_id))
    }

    /// Every area's stance, in area order.
    pub fn stances(&self) -> Vec<(Uuid, Option<f64>)> {
        let mut all: Vec<&Initiative> = self.initiatives.values().collect();
        all.sort_by(|a, b| a.area_id.cmp(&b.area_id).then_with(|| reading_order(a, b)));
        self.areas
            .iter()
            .map(|area| {
                let start = all.partition_point(|i| i.area_id < area.id);
                let end = all.partition_point(|i| i.area_id <= area.id);
                (area.id, weighted_mean(all[start..end].iter().copied()))
            })
            .collect()
    }

    pub(crate) fn insert_area(&mut self, area: Area) -> Result<()> {
        area.validate()?;
        if self.areas.iter().any(|a| a.id == area.id) {
            return Err(Error::Invalid {
                field: "area id",
                reason: format!("{} is used twice", area.id),
            });
        }
        let lower = area.name.to_lowercase();
        if self.areas.iter().any(|a| a.name.to_lowercase() == lower) {
            return Err(Error::DuplicateArea(area.name));
        }
        let at = self.areas.partition_point(|a| a.order <= area.order);
        self.areas.insert(at, area);
        Ok(())
    }

    pub(crate) fn remove_area(&mut self, id: Uuid) -> Result<Area> {
        let index = self
            .areas
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| Error::UnknownAreaId(id.to_string()))?;
        Ok(self.areas.remove(index))
    }

    /// Re-sorts areas after an order change.
    pub(crate) fn sort_areas(&mut self) {
        self.areas.sort_by_key(|a| a.order);
    }

    pub(crate) fn insert_initiative(&mut self, initiative: Initiative) -> Result<()> {
        initiative.validate()?;
        self.area(initiative.area_id)?;
        if self.initiatives.contains_key(&initiative.id) {
            return Err(Error::DuplicateInitiative(initiative.id.to_string()));
        }
        self.initiatives.insert(initiative.id, initiative);
        Ok(())
    }

    pub(crate) fn remove_initiative(&mut self, id: Uuid) -> Result<Initiative> {
        self.initiatives
            .shift_remove(&id)
            .ok_or_else(|| Error::UnknownInitiative(id.to_string()))
    }
}

fn reading_order(a: &Initiative, b: &Initiative) -> std::cmp::Ordering {
    a.position
        .total_cmp(&b.position)
        .then_with(|| a.title.cmp(&b.title))
        .then_with(|| a.id.cmp(&b.id))
}

fn weighted_mean<'a>(initiatives: impl IntoIterator<Item = &'a Initiative>) -> Option<f64> {
    let (sum, weight) = initiatives
        .into_iter()
        .fold((0.0, 0.0), |(sum, weight), i| {
            let w = f64::from(i.impact);
            (sum + i.position * w, weight + w)
        });
    (weight > 0.0).then(|| sum / weight)
}
