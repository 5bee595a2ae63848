//! The live session: participants taking part from their own devices while one host holds the
//! file. The session's secrets, phase, participants and every participant's private drafts are
//! part of the canvas file, so a host that stops or is killed resumes the same session.
//!
//! Drafts are kept apart from the initiatives: nothing that reads initiatives (views, stances,
//! exports, compare, snapshots) can show one before the reveal turns it into an initiative.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::validate::{self, NAME_MAX, TITLE_MAX};

/// The most people one session admits.
pub const PARTICIPANTS_MAX: usize = 200;
/// The most private drafts one participant may hold at once.
pub const DRAFTS_MAX: usize = 50;
/// A secret is at least this many hex digits (128 bits).
pub const SECRET_MIN_HEX: usize = 32;

/// Where the session is; the facilitator moves it on.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// People join; the board is visible, nothing can be added yet.
    Lobby,
    /// Each participant places cards that only they see.
    Placement,
    /// Drafts are revealed; everyone watches the board as the facilitator moves cards.
    Discussion,
    /// Dot voting: each participant fills in their own ballot; totals are hidden.
    Voting,
    /// The vote totals are shown.
    VotesRevealed,
    /// Each participant answers the self-assessment; others' answers are hidden.
    Assessment,
    /// The self-assessment's team result is shown.
    Results,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Lobby,
        Phase::Placement,
        Phase::Discussion,
        Phase::Voting,
        Phase::VotesRevealed,
        Phase::Assessment,
        Phase::Results,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Lobby => "lobby",
            Phase::Placement => "placement",
            Phase::Discussion => "discussion",
            Phase::Voting => "voting",
            Phase::VotesRevealed => "votes_revealed",
            Phase::Assessment => "assessment",
            Phase::Results => "results",
        }
    }

    /// The phase in words, as the decision log and the pages say it.
    pub fn title(self) -> &'static str {
        match self {
            Phase::Lobby => "lobby",
            Phase::Placement => "silent placement",
            Phase::Discussion => "discussion",
            Phase::Voting => "dot voting",
            Phase::VotesRevealed => "vote results",
            Phase::Assessment => "self-assessment",
            Phase::Results => "self-assessment results",
        }
    }
}

impl std::str::FromStr for Phase {
    type Err = Error;
    fn from_str(text: &str) -> Result<Self> {
        Phase::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| Error::Invalid {
                field: "live session phase",
                reason: format!("{text:?} is not a phase"),
            })
    }
}

/// Someone who joined from their own device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub id: Uuid,
    pub name: String,
    /// The secret their device holds (in a cookie) to act as them; never shown to anyone else.
    pub token: String,
    pub joined_at: String,
}

/// A card a participant placed in private.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// Also the id of the initiative it becomes when revealed.
    pub id: Uuid,
    pub participant: Uuid,
    pub area_id: Uuid,
    pub title: String,
    pub position: f64,
    pub lane_offset: f64,
}

impl Draft {
    pub fn validate(&self) -> Result<()> {
        validate::label("title", &self.title, TITLE_MAX)?;
        validate::axis_value("position", self.position)?;
        validate::lane_offset(self.lane_offset)?;
        Ok(())
    }
}

/// What the host can change without touching participants or drafts.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveSettings {
    pub phase: Phase,
    /// Whether newcomers may join.
    pub lobby_open: bool,
    /// The port the host last served on, reused when it resumes.
    pub port: Option<u16>,
    /// The address the host serves on while it runs; cleared when it stops cleanly. Still set
    /// when the file is opened again, the host died mid-session and resumes on its own there.
    pub serving_on: Option<std::net::IpAddr>,
}

/// The whole session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiveSession {
    /// In the participants link.
    pub participants_secret: String,
    /// In the facilitator link.
    pub facilitator_secret: String,
    pub settings: LiveSettings,
    /// In the order they joined.
    pub participants: Vec<Participant>,
    /// In the order they were made.
    pub drafts: IndexMap<Uuid, Draft>,
}

fn secret(field: &'static str, text: &str) -> Result<()> {
    if text.len() < SECRET_MIN_HEX || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::Invalid {
            field,
            reason: format!("a secret is at least {SECRET_MIN_HEX} hex digits"),
        });
    }
    Ok(())
}

impl LiveSession {
    /// A fresh session in the lobby, with no one in it yet.
    pub fn new(participants_secret: String, facilitator_secret: String) -> Self {
        LiveSession {
            participants_secret,
            facilitator_secret,
            settings: LiveSettings {
                phase: Phase::Lobby,
                lobby_open: true,
                port: None,
                serving_on: None,
            },
            participants: Vec::new(),
            drafts: IndexMap::new(),
        }
    }

    /// The rules a session meets on its own; `area_exists` checks drafts' lanes.
    pub fn validate(&self, area_exists: impl Fn(Uuid) -> bool) -> Result<()> {
        secret("participants secret", &self.participants_secret)?;
        secret("facilitator secret", &self.facilitator_secret)?;
        if self.participants_secret == self.facilitator_secret {
            return Err(Error::Invalid {
                field: "live session",
                reason: "the two links share a secret".to_string(),
            });
        }
        if self.participants.len() > PARTICIPANTS_MAX {
            return Err(Error::Invalid {
                field: "live session",
                reason: format!("at most {PARTICIPANTS_MAX} people can join"),
            });
        }
        let mut names = std::collections::HashSet::new();
        let mut tokens = std::collections::HashSet::new();
        for p in &self.participants {
            self.check_participant(p)?;
            if !names.insert(name_key(&p.name)) || !tokens.insert(p.token.as_str()) {
                return Err(Error::Invalid {
                    field: "live session",
                    reason: format!("{} is in the session twice", p.name),
                });
            }
        }
        for draft in self.drafts.values() {
            self.check_draft(draft, &area_exists)?;
        }
        Ok(())
    }

    fn check_participant(&self, p: &Participant) -> Result<()> {
        validate::label("your name", &p.name, NAME_MAX)?;
        secret("participant token", &p.token)
    }

    fn check_draft(&self, draft: &Draft, area_exists: &impl Fn(Uuid) -> bool) -> Result<()> {
        draft.validate()?;
        if self.participant(draft.participant).is_none() {
            return Err(Error::UnknownLiveParticipant(draft.participant.to_string()));
        }
        if !area_exists(draft.area_id) {
            return Err(Error::UnknownAreaId(draft.area_id.to_string()));
        }
        Ok(())
    }

    pub fn participant(&self, id: Uuid) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// The participant a name belongs to, matched as people read names (case, outer spaces).
    pub fn participant_named(&self, name: &str) -> Option<&Participant> {
        let key = name_key(name);
        self.participants.iter().find(|p| name_key(&p.name) == key)
    }

    pub fn participant_with_token(&self, token: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.token == token)
    }

    /// One participant's drafts, in the order they were made.
    pub fn drafts_of(&self, participant: Uuid) -> impl Iterator<Item = &Draft> {
        self.drafts
            .values()
            .filter(move |d| d.participant == participant)
    }

    /// Adds a participant (and, when undoing a removal, their drafts back).
    pub(crate) fn admit(
        &mut self,
        participant: Participant,
        drafts: &[Draft],
        area_exists: impl Fn(Uuid) -> bool,
    ) -> Result<()> {
        self.check_participant(&participant)?;
        if self.participants.len() >= PARTICIPANTS_MAX {
            return Err(Error::Invalid {
                field: "live session",
                reason: format!("the session is full: at most {PARTICIPANTS_MAX} people can join"),
            });
        }
        if let Some(other) = self.participant_named(&participant.name) {
            return Err(Error::Invalid {
                field: "your name",
                reason: format!(
                    "{} is already in the session; pick another name",
                    other.name
                ),
            });
        }
        if self.participant(participant.id).is_some()
            || self.participant_with_token(&participant.token).is_some()
        {
            return Err(Error::Invalid {
                field: "live session",
                reason: "that participant is already in the session".to_string(),
            });
        }
        self.participants.push(participant);
        for draft in drafts {
            if let Err(err) = self.put_draft(draft.clone(), &area_exists) {
                let id = self.participants.pop().map(|p| p.id);
                self.drafts.retain(|_, d| Some(d.participant) != id);
                return Err(err);
            }
        }
        Ok(())
    }

    /// Removes a participant with their drafts; returns both.
    pub(crate) fn dismiss(&mut self, id: Uuid) -> Result<(Participant, Vec<Draft>)> {
        let index = self
            .participants
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| Error::UnknownLiveParticipant(id.to_string()))?;
        let participant = self.participants.remove(index);
        let drafts: Vec<Draft> = self.drafts_of(id).cloned().collect();
        self.drafts.retain(|_, d| d.participant != id);
        Ok((participant, drafts))
    }

    /// Adds or replaces a draft; returns the one it replaced.
    pub(crate) fn put_draft(
        &mut self,
        draft: Draft,
        area_exists: impl Fn(Uuid) -> bool,
    ) -> Result<Option<Draft>> {
        self.check_draft(&draft, &area_exists)?;
        match self.drafts.get(&draft.id) {
            Some(old) if old.participant != draft.participant => Err(Error::Invalid {
                field: "draft",
                reason: "that card belongs to another participant".to_string(),
            }),
            Some(_) => Ok(self.drafts.insert(draft.id, draft)),
            None => {
                if self.drafts_of(draft.participant).count() >= DRAFTS_MAX {
                    return Err(Error::Invalid {
                        field: "draft",
                        reason: format!("each participant can place at most {DRAFTS_MAX} cards"),
                    });
                }
                self.drafts.insert(draft.id, draft);
                Ok(None)
            }
        }
    }

    pub(crate) fn remove_draft(&mut self, id: Uuid) -> Result<Draft> {
        self.drafts.shift_remove(&id).ok_or_else(|| Error::Invalid {
            field: "draft",
            reason: format!("there is no draft {id}"),
        })
    }
}

pub use super::names::name_key;
