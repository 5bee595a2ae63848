//! The offsite tools' changes: self-assessment answers and dot-voting rounds. Like every op
//! they validate first, change the document only when valid, and return their exact inverse.

use uuid::Uuid;

use super::{Applied, Op, Touched};
use crate::error::{Error, Result};
use crate::model::names::same_name;
use crate::model::voting::{self, Ballot, Voting};
use crate::model::{Assessment, Document};

/// Adds, replaces (`Some`) or removes (`None`) one participant's answers.
pub(super) fn set_assessment(
    doc: &mut Document,
    participant: &str,
    assessment: Option<&Assessment>,
) -> Result<Applied> {
    let previous = match assessment {
        Some(new) => {
            if !same_name(&new.participant, participant) {
                return Err(Error::Invalid {
                    field: "self-assessment",
                    reason: format!("answers of {} filed under {participant}", new.participant),
                });
            }
            doc.put_assessment(new.clone())?
        }
        None => Some(
            doc.remove_assessment(participant)
                .ok_or_else(|| Error::UnknownParticipant(participant.to_string()))?,
        ),
    };
    Ok(Applied {
        inverse: Op::SetAssessment {
            participant: participant.to_string(),
            assessment: previous,
        },
        touched: Touched {
            assessments: true,
            ..Touched::default()
        },
    })
}

/// Opens a new round: no ballots yet, every card's shown total back to 0.
pub(super) fn start_voting(doc: &mut Document, allowance: i32) -> Result<Applied> {
    voting::allowance(allowance)?;
    let fresh = Voting {
        allowance,
        revealed: false,
        ballots: Vec::new(),
    };
    let zeroes: Vec<(Uuid, i32)> = doc
        .initiatives()
        .filter(|i| i.votes != 0)
        .map(|i| (i.id, 0))
        .collect();
    restore_voting(doc, Some(&fresh), &zeroes)
}

/// Adds or replaces a participant's ballot in the open round, while the totals are hidden. The
/// name is kept without its outer spaces.
pub(super) fn cast_ballot(doc: &mut Document, ballot: &Ballot) -> Result<Applied> {
    let mut round = doc.voting().cloned().ok_or(Error::NoVoting)?;
    if round.revealed {
        return Err(Error::VotingClosed);
    }
    ballot.validate(round.allowance, |id| doc.initiative(id).is_ok())?;
    let ballot = Ballot {
        participant: ballot.participant.trim().to_string(),
        votes: ballot.votes.clone(),
    };
    match round.ballot_of(&ballot.participant) {
        Some(i) => round.ballots[i] = ballot,
        None => round.ballots.push(ballot),
    }
    restore_voting(doc, Some(&round), &[])
}

/// Shows the totals: each card's `votes` becomes the sum of the ballots' votes on it.
pub(super) fn reveal_votes(doc: &mut Document) -> Result<Applied> {
    let mut round = doc.voting().cloned().ok_or(Error::NoVoting)?;
    if round.revealed {
        return Err(Error::VotingClosed);
    }
    round.revealed = true;
    let totals = round.totals();
    let changes: Vec<(Uuid, i32)> = doc
        .initiatives()
        .map(|i| (i.id, totals.get(&i.id).copied().unwrap_or(0)))
        .filter(|(id, total)| doc.initiative(*id).is_ok_and(|i| i.votes != *total))
        .collect();
    restore_voting(doc, Some(&round), &changes)
}

/// Sets the round and the listed cards' totals; the inverse of every voting op.
pub(super) fn restore_voting(
    doc: &mut Document,
    round: Option<&Voting>,
    votes: &[(Uuid, i32)],
) -> Result<Applied> {
    for (id, count) in votes {
        doc.initiative(*id)?;
        crate::model::validate::votes(*count)?;
    }
    let previous_round = doc.set_voting(round.cloned())?;
    let mut previous_votes = Vec::with_capacity(votes.len());
    for (id, count) in votes {
        let initiative = doc.initiative_mut(*id)?;
        previous_votes.push((*id, initiative.votes));
        initiative.votes = *count;
    }
    Ok(Applied {
        inverse: Op::RestoreVoting {
            voting: previous_round,
            votes: previous_votes,
        },
        touched: Touched {
            voting: true,
            initiatives: votes.iter().map(|(id, _)| *id).collect(),
            ..Touched::default()
        },
    })
}
