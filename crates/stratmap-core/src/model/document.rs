use indexmap::IndexMap;
use uuid::Uuid;

use super::assessment::Assessment;
use super::live::LiveSession;
use super::names::name_key;
use super::voting::Voting;
use super::{Area, Canvas, Initiative};
use crate::error::{Error, Result};

/// A canvas with its areas and initiatives, as held in memory while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub canvas: Canvas,
    /// Kept sorted by `Area::order`.
    areas: Vec<Area>,
    initiatives: IndexMap<Uuid, Initiative>,
    /// Self-assessment answers, sorted by participant name (ignoring case).
    assessments: Vec<Assessment>,
    /// The current dot-voting round, if one was opened.
    voting: Option<Voting>,
    /// The live session, while one runs on this canvas.
    live: Option<LiveSession>,
}

impl Document {
    /// Builds a document, checking every rule a stored or imported canvas must meet.
    pub fn new(canvas: Canvas, areas: Vec<Area>, initiatives: Vec<Initiative>) -> Result<Self> {
        canvas.validate()?;
        let mut doc = Document {
            canvas,
            areas: Vec::with_capacity(areas.len()),
            initiatives: IndexMap::with_capacity(initiatives.len()),
            assessments: Vec::new(),
            voting: None,
            live: None,
        };
        for area in areas {
            doc.insert_area(area)?;
        }
        for initiative in initiatives {
            doc.insert_initiative(initiative)?;
        }
        Ok(doc)
    }

    /// Adds the offsite results (self-assessments, voting) to a document, checking them.
    pub fn with_offsite(
        mut self,
        assessments: Vec<Assessment>,
        voting: Option<Voting>,
    ) -> Result<Self> {
        for assessment in assessments {
            self.put_assessment(assessment)?;
        }
        self.set_voting(voting)?;
        Ok(self)
    }

    pub fn assessments(&self) -> &[Assessment] {
        &self.assessments
    }

    /// The assessment of a participant, ignoring case.
    pub fn assessment(&self, participant: &str) -> Option<&Assessment> {
        self.assessment_index(participant)
            .ok()
            .map(|i| &self.assessments[i])
    }

    fn assessment_index(&self, participant: &str) -> std::result::Result<usize, usize> {
        let key = name_key(participant);
        self.assessments
            .binary_search_by(|a| name_key(&a.participant).cmp(&key))
    }

    /// Adds or replaces a participant's assessment; returns the one it replaced.
    pub(crate) fn put_assessment(&mut self, assessment: Assessment) -> Result<Option<Assessment>> {
        assessment.validate()?;
        Ok(match self.assessment_index(&assessment.participant) {
            Ok(i) => Some(std::mem::replace(&mut self.assessments[i], assessment)),
            Err(i) => {
                self.assessments.insert(i, assessment);
                None
            }
        })
    }

    pub(crate) fn remove_assessment(&mut self, participant: &str) -> Option<Assessment> {
        self.assessment_index(participant)
            .ok()
            .map(|i| self.assessments.remove(i))
    }

    /// Adds a stored live session to a document, checking it against the areas.
    pub fn with_live(mut self, live: Option<LiveSession>) -> Result<Self> {
        if let Some(session) = &live {
            session.validate(|id| self.area(id).is_ok())?;
        }
        self.live = live;
        Ok(self)
    }

    pub fn live(&self) -> Option<&LiveSession> {
        self.live.as_ref()
    }

    pub(crate) fn live_mut(&mut self) -> Result<&mut LiveSession> {
        self.live.as_mut().ok_or(Error::NoLiveSession)
    }

    /// Replaces the live session after checking it; returns the old one.
    pub(crate) fn set_live(&mut self, live: Option<LiveSession>) -> Result<Option<LiveSession>> {
        if let Some(session) = &live {
            session.validate(|id| self.area(id).is_ok())?;
        }
        Ok(std::mem::replace(&mut self.live, live))
    }

    /// How many private drafts sit in an area's lane.
    pub fn drafts_in(&self, area_id: Uuid) -> usize {
        self.live.as_ref().map_or(0, |s| {
            s.drafts.values().filter(|d| d.area_id == area_id).count()
        })
    }

    pub fn voting(&self) -> Option<&Voting> {
        self.voting.as_ref()
    }

    /// Replaces the voting round after checking it against this canvas; returns the old one.
    pub(crate) fn set_voting(&mut self, voting: Option<Voting>) -> Result<Option<Voting>> {
        if let Some(v) = &voting {
            v.validate()?;
        }
        Ok(std::mem::replace(&mut self.voting, voting))
    }

    /// Exchanges the canvas block, areas and initiatives with `other`'s; offsite results stay.
    pub(crate) fn swap_content(&mut self, other: &mut Document) {
        std::mem::swap(&mut self.canvas, &mut other.canvas);
        std::mem::swap(&mut self.areas, &mut other.areas);
        std::mem::swap(&mut self.initiatives, &mut other.initiatives);
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

    /// The initiatives that got votes, most first; equal totals in the board's reading order
    /// (lane by lane, then along the axis). The one ranking the results panel, the
    /// presentation and the PDF all show.
    pub fn vote_ranking(&self) -> Vec<&Initiative> {
        let mut ranked: Vec<&Initiative> = self
            .areas
            .iter()
            .flat_map(|area| self.initiatives_in(area.id))
            .filter(|i| i.votes > 0)
            .collect();
        ranked.sort_by_key(|i| std::cmp::Reverse(i.votes));
        ranked
    }

    /// Where an area's cards are drawn: its rows, top to bottom (see `placement`).
    pub fn card_rows(&self, area_id: Uuid) -> super::placement::Rows {
        super::placement::rows(self.initiatives.values().filter(|i| i.area_id == area_id))
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
