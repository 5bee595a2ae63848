//! Dot voting: the facilitator opens a round with N votes per participant; participants cast
//! their ballots in turn, hidden from each other; the facilitator reveals the totals, which then
//! show on the cards (`Initiative::votes`).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::model::names::name_key;
use crate::model::validate::{self, NAME_MAX};

/// The most votes a facilitator may hand each participant.
pub const ALLOWANCE_MAX: i32 = 50;

/// A voting round.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Voting {
    /// Votes each participant may place.
    pub allowance: i32,
    /// Whether the totals are shown.
    pub revealed: bool,
    /// One ballot per participant, in the order they voted.
    pub ballots: Vec<Ballot>,
}

/// One participant's votes.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ballot {
    pub participant: String,
    pub votes: Vec<BallotVote>,
}

/// Some of a participant's votes on one initiative.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BallotVote {
    pub initiative_id: Uuid,
    pub count: i32,
}

pub fn allowance(value: i32) -> Result<i32> {
    if (1..=ALLOWANCE_MAX).contains(&value) {
        Ok(value)
    } else {
        Err(Error::OutOfRange {
            field: "votes per participant",
            value: value.into(),
            min: 1.0,
            max: ALLOWANCE_MAX.into(),
        })
    }
}

impl Ballot {
    /// Checks the ballot on its own and against the round's allowance; `exists` tells whether an
    /// initiative id is on the canvas.
    pub fn validate(&self, allowance: i32, exists: impl Fn(Uuid) -> bool) -> Result<()> {
        validate::label("participant name", &self.participant, NAME_MAX)?;
        let mut seen = std::collections::HashSet::new();
        let mut total: i64 = 0;
        for vote in &self.votes {
            if vote.count < 1 {
                return Err(Error::OutOfRange {
                    field: "votes on one initiative",
                    value: vote.count.into(),
                    min: 1.0,
                    max: allowance.into(),
                });
            }
            if !exists(vote.initiative_id) {
                return Err(Error::UnknownInitiative(vote.initiative_id.to_string()));
            }
            if !seen.insert(vote.initiative_id) {
                return Err(Error::Invalid {
                    field: "ballot",
                    reason: format!("initiative {} is listed twice", vote.initiative_id),
                });
            }
            total += i64::from(vote.count);
        }
        if total > i64::from(allowance) {
            return Err(Error::Invalid {
                field: "ballot",
                reason: format!(
                    "{} placed {total} votes; each participant has {allowance}",
                    self.participant
                ),
            });
        }
        Ok(())
    }

    pub fn total(&self) -> i32 {
        self.votes.iter().map(|v| v.count).sum()
    }
}

impl Voting {
    /// Checks the round's structure. Ballots may name initiatives deleted since they were cast;
    /// such votes simply count for nothing.
    pub fn validate(&self) -> Result<()> {
        allowance(self.allowance)?;
        let mut names = std::collections::HashSet::new();
        for ballot in &self.ballots {
            ballot.validate(self.allowance, |_| true)?;
            if !names.insert(name_key(&ballot.participant)) {
                return Err(Error::Invalid {
                    field: "ballot",
                    reason: format!("{} has two ballots", ballot.participant),
                });
            }
        }
        Ok(())
    }

    /// The ballot index of a participant, their name compared as people read it.
    pub fn ballot_of(&self, participant: &str) -> Option<usize> {
        let wanted = name_key(participant);
        self.ballots
            .iter()
            .position(|b| name_key(&b.participant) == wanted)
    }

    /// Refuses a ballot from someone who has voted in this round already, naming them as they
    /// first wrote their name: casting again replaces a ballot, which the voter must mean.
    pub fn refuse_second_ballot(&self, participant: &str) -> Result<()> {
        match self.ballot_of(participant) {
            Some(i) => Err(Error::AlreadyVoted(self.ballots[i].participant.clone())),
            None => Ok(()),
        }
    }

    /// Total votes per initiative, over every ballot.
    pub fn totals(&self) -> std::collections::HashMap<Uuid, i32> {
        let mut totals = std::collections::HashMap::new();
        for vote in self.ballots.iter().flat_map(|b| &b.votes) {
            *totals.entry(vote.initiative_id).or_insert(0) += vote.count;
        }
        totals
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballot(name: &str, votes: &[(Uuid, i32)]) -> Ballot {
        Ballot {
            participant: name.to_string(),
            votes: votes
                .iter()
                .map(|(id, count)| BallotVote {
                    initiative_id: *id,
                    count: *count,
                })
                .collect(),
        }
    }

    #[test]
    fn a_ballot_beyond_the_allowance_is_refused() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        assert!(
            ballot("Ana", &[(a, 2), (b, 1)])
                .validate(3, |_| true)
                .is_ok()
        );
        let err = ballot("Ana", &[(a, 2), (b, 2)])
            .validate(3, |_| true)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "ballot is not valid: Ana placed 4 votes; each participant has 3"
        );
        assert!(ballot("Ana", &[(a, 0)]).validate(3, |_| true).is_err());
        assert!(
            ballot("Ana", &[(a, 1), (a, 1)])
                .validate(3, |_| true)
                .is_err()
        );
        assert!(ballot("Ana", &[(a, 1)]).validate(3, |_| false).is_err());
    }

    #[test]
    fn allowance_is_between_one_and_the_maximum() {
        assert!(allowance(1).is_ok() && allowance(ALLOWANCE_MAX).is_ok());
        assert!(allowance(0).is_err() && allowance(ALLOWANCE_MAX + 1).is_err());
    }

    #[test]
    fn totals_add_up_every_ballot() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let voting = Voting {
            allowance: 3,
            revealed: false,
            ballots: vec![ballot("Ana", &[(a, 2), (b, 1)]), ballot("Bo", &[(a, 3)])],
        };
        let totals = voting.totals();
        assert_eq!((totals[&a], totals[&b]), (5, 1));
        assert_eq!(voting.ballot_of("ANA"), Some(0));
    }
}
