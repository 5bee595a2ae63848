//! The self-assessment: fourteen statements about how a team behaves, seven that signal a
//! product-centric company and seven that signal a customer-centric one (DOMAIN.md). Each
//! participant answers every statement from 0 (not true of us) to 4 (entirely true); the balance
//! of the two sets places them on the axis.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::validate::{self, NAME_MAX};

/// The pole a statement speaks for.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pole {
    Product,
    Customer,
}

/// One statement of the checklist.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub pole: Pole,
    pub text: &'static str,
}

const fn product(text: &'static str) -> Statement {
    Statement {
        pole: Pole::Product,
        text,
    }
}

const fn customer(text: &'static str) -> Statement {
    Statement {
        pole: Pole::Customer,
        text,
    }
}

/// The checklist, interleaved so that neither pole's statements come in one block.
pub const STATEMENTS: [Statement; 14] = [
    product("When we plan, we start from the products we want to sell."),
    customer("When we plan, we start from the problems our current customers tell us about."),
    product("We build the features we believe customers will want."),
    customer("We build to fix reported issues and to smooth the customer's experience."),
    product("We pick the audience once the product idea is settled."),
    customer("Our product ideas come from customer feedback and usage data."),
    product("Teams are rewarded mainly on sales and units shipped."),
    customer("Engagement, retention or NPS figures sit in our teams' goals."),
    product("Our stories are written to persuade buyers of the product's merits."),
    customer(
        "We spend more effort improving what customers already have than launching new things.",
    ),
    product("Our campaigns target broad demographic groups with one message."),
    customer("Our marketing is personalised from what customers actually do."),
    product("We send frequent mass e-mails to our whole list."),
    customer("We contact customers rarely, when it is timely and relevant to them."),
];

/// The highest answer: "entirely true of us".
pub const ANSWER_MAX: u8 = 4;

/// One participant's answers, in the order of [`STATEMENTS`].
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub participant: String,
    pub answers: Vec<u8>,
    pub answered_at: String,
}

impl Assessment {
    pub fn validate(&self) -> Result<()> {
        validate::label("participant name", &self.participant, NAME_MAX)?;
        if self.answers.len() != STATEMENTS.len() {
            return Err(Error::Invalid {
                field: "self-assessment",
                reason: format!(
                    "{} answers given; every one of the {} statements needs an answer",
                    self.answers.len(),
                    STATEMENTS.len()
                ),
            });
        }
        if let Some((index, answer)) = self
            .answers
            .iter()
            .enumerate()
            .find(|(_, a)| **a > ANSWER_MAX)
        {
            return Err(Error::OutOfRange {
                field: answer_field(index),
                value: f64::from(*answer),
                min: 0.0,
                max: f64::from(ANSWER_MAX),
            });
        }
        Ok(())
    }

    /// Where these answers place the participant: −100 when only the product-centric statements
    /// are entirely true, +100 when only the customer-centric ones are, 0 when they balance.
    pub fn position(&self) -> f64 {
        let (mut product_sum, mut customer_sum) = (0u32, 0u32);
        for (statement, answer) in STATEMENTS.iter().zip(&self.answers) {
            match statement.pole {
                Pole::Product => product_sum += u32::from(*answer),
                Pole::Customer => customer_sum += u32::from(*answer),
            }
        }
        let per_pole = 7 * u32::from(ANSWER_MAX);
        (f64::from(customer_sum) - f64::from(product_sum)) * 100.0 / f64::from(per_pole)
    }
}

/// Names the statement an out-of-range answer belongs to ("answer 3").
fn answer_field(index: usize) -> &'static str {
    const FIELDS: [&str; 14] = [
        "answer 1",
        "answer 2",
        "answer 3",
        "answer 4",
        "answer 5",
        "answer 6",
        "answer 7",
        "answer 8",
        "answer 9",
        "answer 10",
        "answer 11",
        "answer 12",
        "answer 13",
        "answer 14",
    ];
    FIELDS.get(index).copied().unwrap_or("answer")
}

/// One participant's place on the axis.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParticipantResult {
    pub participant: String,
    pub position: f64,
}

/// The team's result: each participant, the mean and how far apart they are.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamResult {
    pub participants: Vec<ParticipantResult>,
    pub mean: Option<f64>,
    /// Lowest and highest participant positions.
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Population standard deviation of the positions.
    pub spread: Option<f64>,
}

/// Scores every assessment and sums up the team.
pub fn team_result(assessments: &[Assessment]) -> TeamResult {
    let participants: Vec<ParticipantResult> = assessments
        .iter()
        .map(|a| ParticipantResult {
            participant: a.participant.clone(),
            position: a.position(),
        })
        .collect();
    let positions: Vec<f64> = participants.iter().map(|p| p.position).collect();
    let count = positions.len() as f64;
    let mean = (!positions.is_empty()).then(|| positions.iter().sum::<f64>() / count);
    let spread =
        mean.map(|m| (positions.iter().map(|p| (p - m).powi(2)).sum::<f64>() / count).sqrt());
    TeamResult {
        mean,
        min: positions.iter().copied().reduce(f64::min),
        max: positions.iter().copied().reduce(f64::max),
        spread,
        participants,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(product: u8, customer: u8) -> Vec<u8> {
        STATEMENTS
            .iter()
            .map(|s| match s.pole {
                Pole::Product => product,
                Pole::Customer => customer,
            })
            .collect()
    }

    fn assessment(name: &str, answers: Vec<u8>) -> Assessment {
        Assessment {
            participant: name.to_string(),
            answers,
            answered_at: "2026-11-27T10:00:00Z".to_string(),
        }
    }

    #[test]
    fn the_checklist_has_seven_statements_per_pole() {
        let product = STATEMENTS
            .iter()
            .filter(|s| s.pole == Pole::Product)
            .count();
        assert_eq!((product, STATEMENTS.len() - product), (7, 7));
    }

    #[test]
    fn answers_place_a_participant_on_the_axis() {
        assert_eq!(assessment("A", answers(4, 0)).position(), -100.0);
        assert_eq!(assessment("A", answers(0, 4)).position(), 100.0);
        assert_eq!(assessment("A", answers(2, 2)).position(), 0.0);
        assert_eq!(assessment("A", answers(1, 3)).position(), 50.0);
    }

    #[test]
    fn bad_answers_are_refused_with_the_statement_named() {
        let mut bad = answers(2, 2);
        bad[2] = 5;
        let err = assessment("Ana", bad).validate().unwrap_err();
        assert_eq!(err.to_string(), "answer 3 must be between 0 and 4, got 5");
        let err = assessment("Ana", vec![1, 2]).validate().unwrap_err();
        assert!(err.to_string().contains("14 statements"), "{err}");
        assert!(assessment(" ", answers(1, 1)).validate().is_err());
    }

    #[test]
    fn the_team_result_has_mean_and_spread() {
        let team = team_result(&[
            assessment("A", answers(4, 0)),
            assessment("B", answers(0, 4)),
        ]);
        assert_eq!(team.mean, Some(0.0));
        assert_eq!((team.min, team.max), (Some(-100.0), Some(100.0)));
        assert_eq!(team.spread, Some(100.0));
        let empty = team_result(&[]);
        assert_eq!((empty.mean, empty.spread), (None, None));
    }
}
