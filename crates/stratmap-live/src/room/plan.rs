//! Each request checked (who sent it, which phase) and turned into the core's op to write, or
//! refused in words for the page.

use std::time::{Duration, Instant};

use uuid::Uuid;

use stratmap_core::model::{Assessment, Ballot, Draft, LiveSettings, Phase};
use stratmap_core::{Editor, Error, Op};

use super::{Actor, Audience, DEFAULT_ALLOWANCE, Presence, Refusal, Timer, refuse, session};
use crate::limits::TIMER_MAX_SECONDS;
use crate::protocol::ClientMessage;

/// What a request comes to, once checked: nothing to write, or one op.
pub(super) enum Step {
    Done(Audience),
    Write {
        op: Op,
        /// The facilitator's changes are undoable from the desktop board; participants' are not.
        undoable: bool,
        audience: Audience,
    },
}

pub(super) fn plan(
    editor: &mut Editor,
    presence: &mut Presence,
    actor: Actor,
    message: ClientMessage,
) -> Result<Step, Refusal> {
    match actor {
        Actor::Participant(id) => participant_request(editor, id, message),
        Actor::Facilitator => facilitator_request(editor, presence, message),
    }
}

fn require_phase(editor: &Editor, wanted: Phase, action: &'static str) -> Result<(), Refusal> {
    let phase = session(editor).settings.phase;
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

fn own_draft(editor: &Editor, participant: Uuid, id: Uuid) -> Result<Draft, Refusal> {
    match session(editor).drafts.get(&id) {
        Some(d) if d.participant == participant => Ok(d.clone()),
        // Someone else's card and no card at all read the same: nothing to learn here.
        _ => refuse("you have no such card"),
    }
}

fn participant_request(
    editor: &mut Editor,
    me: Uuid,
    message: ClientMessage,
) -> Result<Step, Refusal> {
    let name = match session(editor).participant(me) {
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
            require_phase(editor, Phase::Placement, "placing a card")?;
            Op::PutDraft {
                draft: Draft {
                    id: editor.context().new_id(),
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
            require_phase(editor, Phase::Placement, "moving a card")?;
            let draft = own_draft(editor, me, id)?;
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
            require_phase(editor, Phase::Placement, "renaming a card")?;
            let draft = own_draft(editor, me, id)?;
            Op::PutDraft {
                draft: Draft { title, ..draft },
            }
        }
        ClientMessage::DeleteDraft { id, .. } => {
            require_phase(editor, Phase::Placement, "deleting a card")?;
            own_draft(editor, me, id)?;
            Op::DeleteDraft { id }
        }
        ClientMessage::SubmitVotes { votes, .. } => {
            require_phase(editor, Phase::Voting, "voting")?;
            Op::CastBallot {
                ballot: Ballot {
                    participant: name,
                    votes,
                },
            }
        }
        ClientMessage::SubmitAnswers { answers, .. } => {
            require_phase(editor, Phase::Assessment, "answering the self-assessment")?;
            let assessment = Assessment {
                participant: name.clone(),
                answers,
                answered_at: editor.context().now(),
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
    Ok(Step::Write {
        op,
        undoable: false,
        audience: Audience::Participant(me),
    })
}

fn facilitator_request(
    editor: &mut Editor,
    presence: &mut Presence,
    message: ClientMessage,
) -> Result<Step, Refusal> {
    let settings = session(editor).settings;
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
            if session(editor).participant(id).is_none() {
                return refuse("there is no such participant");
            }
            Op::LeaveLive { id }
        }
        ClientMessage::Summon { area_id, .. } => {
            if let Some(id) = area_id {
                editor.document().area(id)?;
            }
            presence.summon = area_id;
            return Ok(Step::Done(Audience::Everyone));
        }
        ClientMessage::SetTimer { seconds, .. } => {
            presence.timer = match seconds {
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
            return Ok(Step::Done(Audience::Everyone));
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
    Ok(Step::Write {
        op,
        undoable: true,
        audience: Audience::Everyone,
    })
}
