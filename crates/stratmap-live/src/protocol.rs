//! What travels on a participant's or facilitator's WebSocket. The TypeScript types of the pages
//! are generated from these (`ui/src/live/protocol.ts`; a test fails when they are stale).
//!
//! The page sends [`ClientMessage`]s; each request carries a number the host echoes in its
//! [`ServerMessage::Ack`] or [`ServerMessage::Refused`]. After every change the host sends each
//! client a [`LiveView`] holding only what that client may see.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use stratmap_core::model::{BallotVote, Phase};

/// Bumped whenever a message changes shape; a page of another version reloads itself.
pub const PROTOCOL_VERSION: u32 = 1;

/// Messages from a page to the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMessage {
    /// The first message on every socket.
    Hello {
        protocol: u32,
    },
    /// A participant places a new private card.
    AddDraft {
        request: u32,
        area_id: Uuid,
        title: String,
        position: f64,
        lane_offset: f64,
    },
    /// A participant moves one of their cards, along the axis or into another lane.
    MoveDraft {
        request: u32,
        id: Uuid,
        area_id: Uuid,
        position: f64,
        lane_offset: f64,
    },
    RenameDraft {
        request: u32,
        id: Uuid,
        title: String,
    },
    DeleteDraft {
        request: u32,
        id: Uuid,
    },
    /// A participant's whole ballot for the open round (replacing an earlier one).
    SubmitVotes {
        request: u32,
        votes: Vec<BallotVote>,
    },
    /// A participant's answers to the fourteen statements, 0..4 each.
    SubmitAnswers {
        request: u32,
        answers: Vec<u8>,
    },
    /// Facilitator: moves the session on. `allowance` is the votes per person for dot voting.
    SetPhase {
        request: u32,
        phase: Phase,
        allowance: Option<i32>,
    },
    /// Facilitator: lets newcomers in, or not.
    SetLobby {
        request: u32,
        open: bool,
    },
    RemoveParticipant {
        request: u32,
        id: Uuid,
    },
    /// Facilitator: brings everyone to one area (or lets them go with `None`).
    Summon {
        request: u32,
        area_id: Option<Uuid>,
    },
    /// Facilitator: a countdown shown on every device; `None` stops it.
    SetTimer {
        request: u32,
        seconds: Option<u32>,
    },
    /// Facilitator: moves a public card during the discussion.
    MoveCard {
        request: u32,
        id: Uuid,
        area_id: Uuid,
        position: f64,
        lane_offset: f64,
    },
}

impl ClientMessage {
    /// The request number to answer, if the message has one.
    pub fn request(&self) -> Option<u32> {
        match self {
            ClientMessage::Hello { .. } => None,
            ClientMessage::AddDraft { request, .. }
            | ClientMessage::MoveDraft { request, .. }
            | ClientMessage::RenameDraft { request, .. }
            | ClientMessage::DeleteDraft { request, .. }
            | ClientMessage::SubmitVotes { request, .. }
            | ClientMessage::SubmitAnswers { request, .. }
            | ClientMessage::SetPhase { request, .. }
            | ClientMessage::SetLobby { request, .. }
            | ClientMessage::RemoveParticipant { request, .. }
            | ClientMessage::Summon { request, .. }
            | ClientMessage::SetTimer { request, .. }
            | ClientMessage::MoveCard { request, .. } => Some(*request),
        }
    }
}

/// Messages from the host to a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMessage {
    /// The page is of another protocol version: it must reload.
    Reload { protocol: u32 },
    /// Everything this client may see, sent after every change that concerns it.
    View { view: Box<LiveView> },
    /// The request was committed to the file.
    Ack { request: u32 },
    /// The request was refused; nothing changed. `request` is absent for a message that could
    /// not be read at all.
    Refused {
        request: Option<u32>,
        message: String,
    },
    /// The session ended, or this participant was removed; the socket closes after this.
    Ended { message: String },
}

/// Who a socket speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Participant,
    Facilitator,
}

/// One client's picture of the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct LiveView {
    pub role: Role,
    /// The participant this socket speaks for (none for the facilitator).
    pub me: Option<Me>,
    pub phase: Phase,
    /// The phase in words, for the page's status line.
    pub status: String,
    pub lobby_open: bool,
    pub board: Board,
    /// This participant's own private cards (never anyone else's).
    pub drafts: Vec<DraftView>,
    pub voting: Option<LiveVoting>,
    pub assessment: Option<AssessmentView>,
    /// Facilitator only: who is here and how far each is.
    pub participants: Vec<ParticipantRow>,
    /// The area everyone is summoned to.
    pub summon: Option<Uuid>,
    pub timer: Option<TimerView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Me {
    pub id: Uuid,
    pub name: String,
}

/// The public canvas: what the board shows to everyone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Board {
    pub title: String,
    pub axis_left: String,
    pub axis_right: String,
    pub areas: Vec<LiveArea>,
    pub cards: Vec<CardView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct LiveArea {
    pub id: Uuid,
    pub name: String,
    pub colour: String,
    pub product_pole: String,
    pub customer_pole: String,
}

/// A public card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct CardView {
    pub id: Uuid,
    pub area_id: Uuid,
    pub title: String,
    pub position: f64,
    pub lane_offset: f64,
    pub owner: String,
    /// The revealed vote total (0 until the facilitator reveals the votes).
    pub votes: i32,
}

/// One of this participant's private cards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct DraftView {
    pub id: Uuid,
    pub area_id: Uuid,
    pub title: String,
    pub position: f64,
    pub lane_offset: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct LiveVoting {
    /// Votes each participant may place.
    pub allowance: i32,
    pub revealed: bool,
    /// This participant's submitted ballot (empty for the facilitator).
    pub my_votes: Vec<BallotVote>,
    pub submitted: bool,
    /// Once revealed, the cards that got votes, most first (the core's one ranking); empty while
    /// the votes are hidden.
    pub ranking: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct AssessmentView {
    /// The fourteen statements, in order.
    pub statements: Vec<String>,
    /// This participant's submitted answers.
    pub my_answers: Option<Vec<u8>>,
    /// The team's result, once the facilitator shows it.
    pub team: Option<TeamView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TeamView {
    /// Each participant's place on the axis, by name.
    pub participants: Vec<TeamMember>,
    pub mean: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TeamMember {
    pub name: String,
    pub position: f64,
}

/// A row of the facilitator's participants list: never the content of drafts or ballots.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ParticipantRow {
    pub id: Uuid,
    pub name: String,
    pub connected: bool,
    pub drafts: u32,
    pub voted: bool,
    pub answered: bool,
}

/// A running countdown: `remaining_ms` as of when the view was sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TimerView {
    pub total_seconds: u32,
    pub remaining_ms: u32,
}

/// The TypeScript of every wire type, as committed in the UI.
pub fn typescript() -> Result<String, String> {
    let types = specta::Types::default()
        .register::<ClientMessage>()
        .register::<ServerMessage>()
        .register::<JoinRequest>()
        .register::<MeReply>()
        .register::<ErrorReply>();
    specta_typescript::Typescript::default()
        .header("// Generated from crates/stratmap-live/src/protocol.rs: do not edit.")
        .export(&types, specta_serde::Format)
        .map(|ts| format!("{ts}\nexport const PROTOCOL_VERSION = {PROTOCOL_VERSION};\n"))
        .map_err(|e| e.to_string())
}

/// `POST /api/join`: a participant gives their name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    pub name: String,
}

/// `GET /api/me` and `POST /api/join`: who this device is in the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct MeReply {
    pub joined: bool,
    pub name: Option<String>,
    /// The canvas's title, for the join screen.
    pub canvas: String,
}

/// Any refused HTTP request: what went wrong, in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ErrorReply {
    pub message: String,
}
