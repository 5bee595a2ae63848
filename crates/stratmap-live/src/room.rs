//! The session as the host holds it: the canvas's `Editor` (the one writer), who is connected,
//! and what only lives while the host runs (summon, timer). Every request is checked here (who
//! sent it, which phase) and turned into the core's ops; nothing else changes the canvas.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use uuid::Uuid;

use stratmap_core::model::{
    Assessment, Ballot, Draft, LiveSession, LiveSettings, Participant, Phase,
};
use stratmap_core::{Context, Editor, Error, Op};

use crate::limits::TIMER_MAX_SECONDS;
use crate::protocol::ClientMessage;
use crate::secrets;

/// Who a socket speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Actor {
    Participant(Uuid),
    Facilitator,
}

/// Votes each participant gets when the facilitator names no number.
pub const DEFAULT_ALLOWANCE: i32 = 3;

/// Which clients must be sent a fresh view after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Everyone: the public board or the phase changed.
    Everyone,
    /// One participant's private state changed (and the facilitator's counts).
    Participant(Uuid),
}

/// A running countdown.
#[derive(Debug, Clone, Copy)]
pub struct Timer {
    pub total_seconds: u32,
    pub ends: Instant,
}

impl Timer {
    pub fn remaining(&self) -> Duration {
        self.ends.saturating_duration_since(Instant::now())
    }
}

/// A refusal, in words for the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl From<Error> for Refusal {
    fn from(err: Error) -> Self {
        Refusal(err.to_string())
    }
}

fn refuse<T>(message: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal(message.into()))
}

pub struct Room {
    editor: Editor,
    /// Open sockets per participant.
    connected: HashMap<Uuid, usize>,
    pub summon: Option<Uuid>,
    pub timer: Option<Timer>,
}

impl Room {
    /// Opens `path` for editing (taking its lock) and resumes its session, or starts one.
    pub fn open(path: &Path) -> Result<Room, Error> {
        let mut editor = Editor::open(path, Context::system())?;
        if editor.document().live().is_none() {
            let session = LiveSession::new(secrets::fresh()?, secrets::fresh()?);
            editor.apply(Op::BeginLive { session })?;
        }
        Ok(Room {
            editor,
            connected: HashMap::new(),
            summon: None,
            timer: None,
        })
    }

    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    pub fn session(&self) -> &LiveSession {
        self.editor
            .document()
            .live()
            .expect("a room always holds a live session")
    }

    /// Remembers the port the host serves on, so that a resumed host takes it again.
    pub fn remember_port(&mut self, port: u16) -> Result<(), Error> {
        let settings = self.session().settings;
        if settings.port == Some(port) {
            return Ok(());
        }
        self.editor
            .apply_unrecorded(Op::SetLiveSettings {
                settings: LiveSettings {
                    port: Some(port),
                    ..settings
                },
            })
            .map(drop)
    }

    pub fn is_connected(&self, participant: Uuid) -> bool {
        self.connected.get(&participant).is_some_and(|n| *n > 0)
    }

    pub fn connect(&mut self, actor: Actor) {
        if let Actor::Participant(id) = actor {
            *self.connected.entry(id).or_insert(0) += 1;
        }
    }

    pub fn disconnect(&mut self, actor: Actor) {
        if let Actor::Participant(id) = actor
            && let Some(n) = self.connected.get_mut(&id)
        {
            *n = n.saturating_sub(1);
        }
    }

    /// Someone joins with a name; returns who they now are (with the token their device keeps).
    pub fn join(&mut self, name: &str) -> Result<Participant, Refusal> {
        if !self.session().settings.lobby_open {
            return refuse("the lobby is closed: ask the facilitator to let you in");
        }
        let participant = Participant {
            id: self.editor.context().new_id(),
            name: name.trim().to_string(),
            token: secrets::fresh()?,
            joined_at: self.editor.context().now(),
        };
        stratmap_core::model::validate::label(
            "your name",
            &participant.name,
            stratmap_core::model::validate::NAME_MAX,
        )?;
        self.editor.apply_unrecorded(Op::JoinLive {
            participant: participant.clone(),
            drafts: Vec::new(),
        })?;
        Ok(participant)
    }

    /// Handles one request; returns who must see the change.
    pub fn handle(&mut self, actor: Actor, message: ClientMessage) -> Result<Audience, Refusal> {
        match actor {
            Actor::Participant(id) => self.participant_request(id, message),
            Actor::Facilitator => self.facilitator_request(message),
        }
    }

    fn phase(&self) -> Phase {
        self.session().settings.phase
    }

    fn require_phase(&self, wanted: Phase, action: &'static str) -> Result<(), Refusal> {
        let phase = self.phase();
        if phase == wanted {
            Ok(())
        } else {
            Err(Error::WrongPhase {
                action,
                phase: phase.title(),
            }
            .into())
        }
    }

    fn own_draft(&self, participant: Uuid, id: Uuid) -> Result<Draft, Refusal> {
        match self.session().drafts.get(&id) {
            Some(d) if d.participant == participant => Ok(d.clone()),
            // Someone else's card and no card at all read the same: nothing to learn here.
            _ => refuse("you have no such card"),
        }
    }

    fn participant_request(
        &mut self,
        me: Uuid,
        message: ClientMessage,
    ) -> Result<Audience, Refusal> {
        let name = match self.session().participant(me) {
            Some(p) => p.name.clone(),
            None => return refuse("you are no longer in this session"),
        };
        let op = match message {
            ClientMessage::Hello { .. } => return refuse("hello was already said"),
            ClientMessage::AddDraft {
                area_id,
                title,
                position,
                lane_offset,
                ..
            } => {
                self.require_phase(Phase::Placement, "placing a card")?;
                Op::PutDraft {
                    draft: Draft {
                        id: self.editor.context().new_id(),
                        participant: me,
                        area_id,
                        title,
                        position,
                        lane_offset,
                    },
                }
            }
            ClientMessage::MoveDraft {
                id,
                area_id,
                position,
                lane_offset,
                ..
            } => {
                self.require_phase(Phase::Placement, "moving a card")?;
                let draft = self.own_draft(me, id)?;
                Op::PutDraft {
                    draft: Draft {
                        area_id,
                        position,
                        lane_offset,
                        ..draft
                    },
                }
            }
            ClientMessage::RenameDraft { id, title, .. } => {
                self.require_phase(Phase::Placement, "renaming a card")?;
                let draft = self.own_draft(me, id)?;
                Op::PutDraft {
                    draft: Draft { title, ..draft },
                }
            }
            ClientMessage::DeleteDraft { id, .. } => {
                self.require_phase(Phase::Placement, "deleting a card")?;
                self.own_draft(me, id)?;
                Op::DeleteDraft { id }
            }
            ClientMessage::SubmitVotes { votes, .. } => {
                self.require_phase(Phase::Voting, "voting")?;
                Op::CastBallot {
                    ballot: Ballot {
                        participant: name,
                        votes,
                    },
                }
            }
            ClientMessage::SubmitAnswers { answers, .. } => {
                self.require_phase(Phase::Assessment, "answering the self-assessment")?;
                let assessment = Assessment {
                    participant: name.clone(),
                    answers,
                    answered_at: self.editor.context().now(),
                };
                assessment.validate()?;
                Op::SetAssessment {
                    participant: name,
                    assessment: Some(assessment),
                }
            }
            ClientMessage::SetPhase { .. }
            | ClientMessage::SetLobby { .. }
            | ClientMessage::RemoveParticipant { .. }
            | ClientMessage::Summon { .. }
            | ClientMessage::SetTimer { .. }
            | ClientMessage::MoveCard { .. } => {
                return refuse("only the facilitator can do that");
            }
        };
        // A participant's change is theirs: it never joins the facilitator's undo history.
        self.editor.apply_unrecorded(op)?;
        Ok(Audience::Participant(me))
    }

    fn facilitator_request(&mut self, message: ClientMessage) -> Result<Audience, Refusal> {
        let settings = self.session().settings;
        let op = match message {
            ClientMessage::SetPhase {
                phase, allowance, ..
            } => {
                let next = Op::SetLiveSettings {
                    settings: LiveSettings { phase, ..settings },
                };
                match phase {
                    // The reveal: every draft becomes a public card at once, as one change.
                    Phase::Discussion if settings.phase == Phase::Placement => Op::Batch {
                        ops: vec![Op::RevealDrafts, next],
                    },
                    Phase::Voting => Op::Batch {
                        ops: vec![
                            Op::StartVoting {
                                allowance: allowance.unwrap_or(DEFAULT_ALLOWANCE),
                            },
                            next,
                        ],
                    },
                    Phase::VotesRevealed => Op::Batch {
                        ops: vec![Op::RevealVotes, next],
                    },
                    _ if phase == settings.phase => {
                        return refuse(format!("the session is already in {}", phase.title()));
                    }
                    _ => next,
                }
            }
            ClientMessage::SetLobby { open, .. } => Op::SetLiveSettings {
                settings: LiveSettings {
                    lobby_open: open,
                    ..settings
                },
            },
            ClientMessage::RemoveParticipant { id, .. } => {
                if self.session().participant(id).is_none() {
                    return refuse("there is no such participant");
                }
                Op::LeaveLive { id }
            }
            ClientMessage::Summon { area_id, .. } => {
                if let Some(id) = area_id {
                    self.editor.document().area(id)?;
                }
                self.summon = area_id;
                return Ok(Audience::Everyone);
            }
            ClientMessage::SetTimer { seconds, .. } => {
                self.timer = match seconds {
                    None => None,
                    Some(s) if s == 0 || s > TIMER_MAX_SECONDS => {
                        return refuse(format!(
                            "a timer runs from 1 second to {} hours",
                            TIMER_MAX_SECONDS / 3600
                        ));
                    }
                    Some(s) => Some(Timer {
                        total_seconds: s,
                        ends: Instant::now() + Duration::from_secs(u64::from(s)),
                    }),
                };
                return Ok(Audience::Everyone);
            }
            ClientMessage::MoveCard {
                id,
                area_id,
                position,
                lane_offset,
                ..
            } => Op::MoveInitiative {
                id,
                position,
                area_id: Some(area_id),
                lane_offset: Some(lane_offset),
            },
            ClientMessage::Hello { .. } => return refuse("hello was already said"),
            ClientMessage::AddDraft { .. }
            | ClientMessage::MoveDraft { .. }
            | ClientMessage::RenameDraft { .. }
            | ClientMessage::DeleteDraft { .. }
            | ClientMessage::SubmitVotes { .. }
            | ClientMessage::SubmitAnswers { .. } => {
                return refuse("the facilitator takes part from the desktop board");
            }
        };
        self.editor.apply(op)?;
        Ok(Audience::Everyone)
    }
}
