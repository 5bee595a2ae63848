//! The canvas model: what a `.stratmap` file holds.

pub mod area_figures;
pub mod assessment;
mod document;
pub mod figures;
pub mod live;
pub mod names;
pub mod placement;
pub mod validate;
pub mod voting;

pub use assessment::{Assessment, TeamResult};
pub use document::Document;
pub use live::{Draft, LiveSession, LiveSettings, Participant, Phase};
pub use voting::{Ballot, BallotVote, Voting};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use validate::{NAME_MAX, NOTES_MAX, OWNER_MAX, POLE_MAX, TAG_MAX, TITLE_MAX};

/// The canvas itself: its title block and the names of the axis poles.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Canvas {
    pub id: Uuid,
    pub title: String,
    pub subtitle: String,
    pub offsite_date: Option<String>,
    pub axis_left: String,
    pub axis_right: String,
    pub created_at: String,
    pub updated_at: String,
}

impl Canvas {
    pub fn validate(&self) -> Result<()> {
        validate::label("canvas title", &self.title, TITLE_MAX)?;
        validate::optional_line("subtitle", &self.subtitle, TITLE_MAX)?;
        if let Some(date) = &self.offsite_date {
            validate::date(date)?;
        }
        validate::label("axis label", &self.axis_left, NAME_MAX)?;
        validate::label("axis label", &self.axis_right, NAME_MAX)?;
        Ok(())
    }
}

/// A business area: one lane of the canvas.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: Uuid,
    pub name: String,
    pub order: i32,
    pub colour: String,
    /// What this area looks like at the product-centric pole.
    pub product_pole: String,
    /// What this area looks like at the customer-centric pole.
    pub customer_pole: String,
    /// Where the team decides the area should be.
    pub target: Option<f64>,
}

impl Area {
    pub fn validate(&self) -> Result<()> {
        validate::label("area name", &self.name, NAME_MAX)?;
        validate::colour(&self.colour)?;
        validate::multiline("pole description", &self.product_pole, POLE_MAX)?;
        validate::multiline("pole description", &self.customer_pole, POLE_MAX)?;
        if let Some(target) = self.target {
            validate::axis_value("target", target)?;
        }
        Ok(())
    }
}

/// Where an initiative is in its life.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Idea,
    Planned,
    Active,
    Done,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Idea,
        Status::Planned,
        Status::Active,
        Status::Done,
        Status::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Idea => "idea",
            Status::Planned => "planned",
            Status::Active => "active",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = Error;
    fn from_str(text: &str) -> Result<Self> {
        let wanted = text.trim().to_ascii_lowercase();
        Status::ALL
            .into_iter()
            .find(|s| s.as_str() == wanted)
            .ok_or_else(|| Error::Invalid {
                field: "status",
                reason: format!("{text:?} is not one of idea, planned, active, done, dropped"),
            })
    }
}

pub const DEFAULT_IMPACT: i32 = 2;

/// An initiative: a card the team places along the axis inside its area's lane.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: Uuid,
    pub area_id: Uuid,
    pub title: String,
    pub notes: String,
    pub position: f64,
    /// Where the initiative should move to, if the team decided.
    pub target: Option<f64>,
    /// Vertical place inside the lane, 0 = top, 1 = bottom.
    pub lane_offset: f64,
    pub owner: String,
    pub status: Status,
    pub impact: i32,
    pub tags: Vec<String>,
    pub votes: i32,
}

impl Initiative {
    pub fn validate(&self) -> Result<()> {
        validate::label("title", &self.title, TITLE_MAX)?;
        validate::multiline("notes", &self.notes, NOTES_MAX)?;
        validate::axis_value("position", self.position)?;
        if let Some(target) = self.target {
            validate::axis_value("target", target)?;
        }
        validate::lane_offset(self.lane_offset)?;
        validate::optional_line("owner", &self.owner, OWNER_MAX)?;
        validate::impact(self.impact)?;
        validate::votes(self.votes)?;
        for tag in &self.tags {
            validate::label("tag", tag, TAG_MAX)?;
        }
        Ok(())
    }
}
