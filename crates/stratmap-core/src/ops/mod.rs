//! Every change to a canvas is an [`Op`]. Applying one validates it against the document,
//! changes the document, and returns its exact inverse plus what it touched (for the store).
//! Undo is applying the inverse; redo is applying the inverse's inverse.

mod area;
mod canvas;
mod initiative;
mod live;
mod offsite;
mod restore;

pub use area::AreaDetails;
pub use canvas::CanvasDetails;
pub use initiative::InitiativeDetails;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::Result;
use crate::model::{
    Area, Assessment, Ballot, Document, Draft, Initiative, LiveSession, LiveSettings, Participant,
    Voting,
};

/// One user action on a canvas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Op {
    AddInitiative {
        initiative: Initiative,
    },
    DeleteInitiative {
        id: Uuid,
    },
    /// Drag or keyboard move: along the axis, and optionally into another lane or lane height.
    MoveInitiative {
        id: Uuid,
        position: f64,
        area_id: Option<Uuid>,
        lane_offset: Option<f64>,
    },
    EditInitiative {
        id: Uuid,
        details: InitiativeDetails,
    },
    AddArea {
        area: Area,
        /// The area's initiatives, when the add undoes a delete.
        initiatives: Vec<Initiative>,
    },
    DeleteArea {
        id: Uuid,
    },
    EditArea {
        id: Uuid,
        details: AreaDetails,
    },
    SetAreaTarget {
        id: Uuid,
        target: Option<f64>,
    },
    EditCanvas {
        details: CanvasDetails,
    },
    /// Adds, replaces or (with `None`) removes one participant's self-assessment.
    SetAssessment {
        participant: String,
        assessment: Option<Assessment>,
    },
    /// Opens a new dot-voting round with `allowance` votes per participant.
    StartVoting {
        allowance: i32,
    },
    CastBallot {
        ballot: Ballot,
    },
    RevealVotes,
    /// Puts back a voting round and some cards' totals: the inverse of the voting ops.
    RestoreVoting {
        voting: Option<Voting>,
        votes: Vec<(Uuid, i32)>,
    },
    /// Replaces the canvas's content with a frozen state (restoring a snapshot named in `label`).
    ReplaceContent {
        label: String,
        details: CanvasDetails,
        areas: Vec<Area>,
        initiatives: Vec<Initiative>,
    },
    /// Starts a live session on the canvas (or puts an ended one back).
    BeginLive {
        session: LiveSession,
    },
    /// Ends the live session; its drafts go with it.
    EndLive,
    /// The live session's phase, lobby and port.
    SetLiveSettings {
        settings: LiveSettings,
    },
    /// Someone joins the live session (with their drafts, when undoing a removal).
    JoinLive {
        participant: Participant,
        drafts: Vec<Draft>,
    },
    /// Removes a participant and their drafts from the live session.
    LeaveLive {
        id: Uuid,
    },
    /// Adds or changes one participant's private draft.
    PutDraft {
        draft: Draft,
    },
    DeleteDraft {
        id: Uuid,
    },
    /// Turns every draft into a public initiative owned by the participant who placed it.
    RevealDrafts,
    /// Several changes that form one action (multi-select move, CSV import); all or none.
    Batch {
        ops: Vec<Op>,
    },
}

/// One card's new place, as a drag or a keyboard move gives it.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeMove {
    pub id: Uuid,
    pub position: f64,
    pub area_id: Option<Uuid>,
    pub lane_offset: Option<f64>,
}

impl Op {
    /// One op moving every card of a (multi-)selection: undone and redone together.
    pub fn moves(moves: &[InitiativeMove]) -> Op {
        let mut ops: Vec<Op> = moves
            .iter()
            .map(|m| Op::MoveInitiative {
                id: m.id,
                position: m.position,
                area_id: m.area_id,
                lane_offset: m.lane_offset,
            })
            .collect();
        if ops.len() == 1 {
            ops.remove(0)
        } else {
            Op::Batch { ops }
        }
    }
}

/// Which rows an applied op changed; the store writes exactly these.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Touched {
    pub canvas: bool,
    pub areas: Vec<Uuid>,
    pub initiatives: Vec<Uuid>,
    pub assessments: bool,
    pub voting: bool,
    /// The live session's own row (secrets, phase, lobby).
    pub live_session: bool,
    pub participants: Vec<Uuid>,
    pub drafts: Vec<Uuid>,
}

impl Touched {
    fn initiative(id: Uuid) -> Self {
        Touched {
            initiatives: vec![id],
            ..Touched::default()
        }
    }

    fn area(id: Uuid) -> Self {
        Touched {
            areas: vec![id],
            ..Touched::default()
        }
    }

    fn merge(&mut self, other: Touched) {
        self.canvas |= other.canvas;
        self.areas.extend(other.areas);
        self.initiatives.extend(other.initiatives);
        self.assessments |= other.assessments;
        self.voting |= other.voting;
        self.live_session |= other.live_session;
        self.participants.extend(other.participants);
        self.drafts.extend(other.drafts);
    }
}

/// What an edit did, as every front end needs it: what it touched (to redraw those things) and
/// the number of the decision-log change it was logged as, which a reason given afterwards names
/// (none when it logged nothing, such as a participant's private draft).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Edit {
    pub touched: Touched,
    pub change: Option<i32>,
}

/// The result of applying an op.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub inverse: Op,
    pub touched: Touched,
}

/// Applies `op` to `doc`. On error the document is left exactly as it was.
pub fn apply(doc: &mut Document, op: &Op) -> Result<Applied> {
    match op {
        Op::AddInitiative { initiative } => initiative::add(doc, initiative),
        Op::DeleteInitiative { id } => initiative::delete(doc, *id),
        Op::MoveInitiative {
            id,
            position,
            area_id,
            lane_offset,
        } => initiative::relocate(doc, *id, *position, *area_id, *lane_offset),
        Op::EditInitiative { id, details } => initiative::edit(doc, *id, details),
        Op::AddArea { area, initiatives } => area::add(doc, area, initiatives),
        Op::DeleteArea { id } => area::delete(doc, *id),
        Op::EditArea { id, details } => area::edit(doc, *id, details),
        Op::SetAreaTarget { id, target } => area::set_target(doc, *id, *target),
        Op::EditCanvas { details } => canvas::edit(doc, details),
        Op::SetAssessment {
            participant,
            assessment,
        } => offsite::set_assessment(doc, participant, assessment.as_ref()),
        Op::StartVoting { allowance } => offsite::start_voting(doc, *allowance),
        Op::CastBallot { ballot } => offsite::cast_ballot(doc, ballot),
        Op::RevealVotes => offsite::reveal_votes(doc),
        Op::RestoreVoting { voting, votes } => offsite::restore_voting(doc, voting.as_ref(), votes),
        Op::ReplaceContent {
            label,
            details,
            areas,
            initiatives,
        } => restore::replace_content(doc, label, details, areas, initiatives),
        Op::BeginLive { session } => live::begin(doc, session),
        Op::EndLive => live::end(doc),
        Op::SetLiveSettings { settings } => live::set_settings(doc, *settings),
        Op::JoinLive {
            participant,
            drafts,
        } => live::join(doc, participant, drafts),
        Op::LeaveLive { id } => live::leave(doc, *id),
        Op::PutDraft { draft } => live::put_draft(doc, draft),
        Op::DeleteDraft { id } => live::delete_draft(doc, *id),
        Op::RevealDrafts => live::reveal(doc),
        Op::Batch { ops } => batch(doc, ops),
    }
}

fn batch(doc: &mut Document, ops: &[Op]) -> Result<Applied> {
    let mut inverses = Vec::with_capacity(ops.len());
    let mut touched = Touched::default();
    for op in ops {
        match apply(doc, op) {
            Ok(applied) => {
                inverses.push(applied.inverse);
                touched.merge(applied.touched);
            }
            Err(err) => {
                // Roll back what this batch already did, newest first.
                for inverse in inverses.iter().rev() {
                    apply(doc, inverse).expect("the inverse of an applied op always applies");
                }
                return Err(err);
            }
        }
    }
    inverses.reverse();
    Ok(Applied {
        inverse: Op::Batch { ops: inverses },
        touched,
    })
}
