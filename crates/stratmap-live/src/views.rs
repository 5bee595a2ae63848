//! What each client is sent: the public board for everyone, and for a participant only their
//! own drafts, ballot and answers. Others' drafts, vote totals before the reveal and others'
//! answers before the results are never put into a view, so they cannot leave the host.

use uuid::Uuid;

use stratmap_core::model::assessment::{STATEMENTS, team_result};
use stratmap_core::model::{Document, LiveSession, Phase};

use crate::protocol::{
    AssessmentView, Board, CardView, DraftView, LiveArea, LiveView, LiveVoting, Me, ParticipantRow,
    Role, TeamMember, TeamView, TimerView,
};
use stratmap_core::Editor;

use crate::room::{Actor, Presence};

/// The phase in words, as the status line of a participant's (or the facilitator's) page says it.
pub fn status(phase: Phase, role: Role) -> &'static str {
    if role == Role::Facilitator {
        return match phase {
            Phase::Lobby => "Lobby: people are joining",
            Phase::Placement => {
                "Silent placement: each person's cards stay private until you reveal"
            }
            Phase::Discussion => "Discussion: every card is on the board",
            Phase::Voting => "Dot voting: ballots and totals stay hidden until you reveal",
            Phase::VotesRevealed => "Votes revealed",
            Phase::Assessment => "Self-assessment: answers stay hidden until you show the results",
            Phase::Results => "Self-assessment results",
        };
    }
    match phase {
        Phase::Lobby => "Lobby: waiting for the facilitator to start",
        Phase::Placement => "Silent placement: your cards are private",
        Phase::Discussion => "Discussion: every card is on the board",
        Phase::Voting => "Dot voting: your votes are private until the reveal",
        Phase::VotesRevealed => "Votes revealed",
        Phase::Assessment => "Self-assessment: your answers are private",
        Phase::Results => "Self-assessment results",
    }
}

/// The public board, the same for everyone.
pub fn board(doc: &Document) -> Board {
    Board {
        title: doc.canvas.title.clone(),
        axis_left: doc.canvas.axis_left.clone(),
        axis_right: doc.canvas.axis_right.clone(),
        areas: doc
            .areas()
            .iter()
            .map(|a| LiveArea {
                id: a.id,
                name: a.name.clone(),
                colour: a.colour.clone(),
                product_pole: a.product_pole.clone(),
                customer_pole: a.customer_pole.clone(),
            })
            .collect(),
        cards: doc
            .initiatives()
            .map(|i| CardView {
                id: i.id,
                area_id: i.area_id,
                title: i.title.clone(),
                position: i.position,
                lane_offset: i.lane_offset,
                owner: i.owner.clone(),
                // The core sets a card's total only when the votes are revealed.
                votes: i.votes,
            })
            .collect(),
    }
}

fn team(doc: &Document) -> TeamView {
    let result = team_result(doc.assessments());
    TeamView {
        participants: result
            .participants
            .iter()
            .map(|p| TeamMember {
                name: p.participant.clone(),
                position: p.position,
            })
            .collect(),
        mean: result.mean,
        min: result.min,
        max: result.max,
    }
}

fn rows(presence: &Presence, doc: &Document, session: &LiveSession) -> Vec<ParticipantRow> {
    session
        .participants
        .iter()
        .map(|p| ParticipantRow {
            id: p.id,
            name: p.name.clone(),
            connected: presence.is_connected(p.id),
            drafts: u32::try_from(session.drafts_of(p.id).count()).unwrap_or(u32::MAX),
            voted: doc.voting().is_some_and(|v| v.ballot_of(&p.name).is_some()),
            answered: doc.assessment(&p.name).is_some(),
        })
        .collect()
}

/// The view of one client, given the public board already built.
pub fn view_for(editor: &Editor, presence: &Presence, actor: Actor, board: &Board) -> LiveView {
    let doc = editor.document();
    let session = crate::room::session(editor);
    let phase = session.settings.phase;
    let me = match actor {
        Actor::Participant(id) => session.participant(id),
        Actor::Facilitator => None,
    };
    let my_id: Option<Uuid> = me.map(|p| p.id);
    let drafts = my_id
        .map(|id| {
            session
                .drafts_of(id)
                .map(|d| DraftView {
                    id: d.id,
                    area_id: d.area_id,
                    title: d.title.clone(),
                    position: d.position,
                    lane_offset: d.lane_offset,
                })
                .collect()
        })
        .unwrap_or_default();
    let voting = doc.voting().map(|round| {
        let mine = me
            .and_then(|p| round.ballot_of(&p.name))
            .map(|i| &round.ballots[i]);
        LiveVoting {
            allowance: round.allowance,
            revealed: round.revealed,
            my_votes: mine.map(|b| b.votes.clone()).unwrap_or_default(),
            submitted: mine.is_some(),
            ranking: if round.revealed {
                doc.vote_ranking().into_iter().map(|i| i.id).collect()
            } else {
                Vec::new()
            },
        }
    });
    let assessment = matches!(phase, Phase::Assessment | Phase::Results).then(|| AssessmentView {
        statements: STATEMENTS.iter().map(|s| s.text.to_string()).collect(),
        my_answers: me
            .and_then(|p| doc.assessment(&p.name))
            .map(|a| a.answers.clone()),
        team: (phase == Phase::Results).then(|| team(doc)),
    });
    let role = match actor {
        Actor::Participant(_) => Role::Participant,
        Actor::Facilitator => Role::Facilitator,
    };
    LiveView {
        role,
        me: me.map(|p| Me {
            id: p.id,
            name: p.name.clone(),
        }),
        phase,
        status: status(phase, role).to_string(),
        lobby_open: session.settings.lobby_open,
        board: board.clone(),
        drafts,
        voting,
        assessment,
        participants: match actor {
            Actor::Facilitator => rows(presence, doc, session),
            Actor::Participant(_) => Vec::new(),
        },
        summon: presence.summon,
        timer: presence.timer.map(|t| TimerView {
            total_seconds: t.total_seconds,
            remaining_ms: u32::try_from(t.remaining().as_millis()).unwrap_or(u32::MAX),
        }),
    }
}
