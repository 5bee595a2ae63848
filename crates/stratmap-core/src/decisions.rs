//! The decision log: every change to a canvas, when it happened, and the one-line reason someone
//! gave for it ("why did this move?"). Entries are written in the same transaction as the change
//! they describe, so the log and the canvas never disagree.

use serde::Serialize;
use uuid::Uuid;

use crate::model::{Document, validate};
use crate::ops::Op;

/// Whether a change was made, undone or redone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    Edit,
    Undo,
    Redo,
}

/// One entry of the log, as stored.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Entries of one user action share a change number.
    pub change: i32,
    pub at: String,
    pub initiative_id: Option<Uuid>,
    pub area_id: Option<Uuid>,
    /// What the entry is about (an initiative's title, an area's name, a participant), as it was.
    pub subject: String,
    pub kind: String,
    /// What happened, in words: "moved from -40 to +20".
    pub action: String,
    pub from_position: Option<f64>,
    pub to_position: Option<f64>,
    pub reason: String,
}

/// An entry about to be written (the store adds the change number and time).
#[derive(Debug, Clone, PartialEq)]
pub struct NewDecision {
    pub initiative_id: Option<Uuid>,
    pub area_id: Option<Uuid>,
    pub subject: String,
    pub kind: &'static str,
    pub action: String,
    pub from_position: Option<f64>,
    pub to_position: Option<f64>,
}

/// Checks a reason: one line, at most [`validate::REASON_MAX`] characters; empty means "no reason given".
pub fn validate_reason(reason: &str) -> crate::error::Result<()> {
    validate::optional_line("reason", reason, validate::REASON_MAX)
}

/// How positions read in the log: the core's one formatter.
pub use crate::model::figures::signed_position as signed;

fn or_none(value: Option<f64>) -> String {
    value.map_or_else(|| "none".to_string(), signed)
}

/// Describes an applied op. `inverse` is what applying it returned (it holds the old values) and
/// `after` the document once it was applied.
pub fn describe(
    op: &Op,
    inverse: &Op,
    after: &Document,
    provenance: Provenance,
) -> Vec<NewDecision> {
    let mut out = Vec::new();
    describe_into(op, inverse, after, &mut out);
    let suffix = match provenance {
        Provenance::Edit => "",
        Provenance::Undo => " (undo)",
        Provenance::Redo => " (redo)",
    };
    for entry in &mut out {
        entry.action.push_str(suffix);
    }
    out
}

fn area_name(doc: &Document, id: Uuid) -> String {
    doc.area(id).map(|a| a.name.clone()).unwrap_or_default()
}

fn entry(kind: &'static str, subject: String, action: String) -> NewDecision {
    NewDecision {
        initiative_id: None,
        area_id: None,
        subject,
        kind,
        action,
        from_position: None,
        to_position: None,
    }
}

fn describe_into(op: &Op, inverse: &Op, after: &Document, out: &mut Vec<NewDecision>) {
    match (op, inverse) {
        (Op::Batch { ops }, Op::Batch { ops: inverses }) => {
            // A batch's inverse lists the inner inverses newest first.
            for (inner, inner_inverse) in ops.iter().zip(inverses.iter().rev()) {
                describe_into(inner, inner_inverse, after, out);
            }
        }
        (Op::AddInitiative { initiative }, _) => out.push(NewDecision {
            initiative_id: Some(initiative.id),
            area_id: Some(initiative.area_id),
            to_position: Some(initiative.position),
            ..entry(
                "add",
                initiative.title.clone(),
                format!(
                    "added at {} in {}",
                    signed(initiative.position),
                    area_name(after, initiative.area_id)
                ),
            )
        }),
        (Op::DeleteInitiative { .. }, Op::AddInitiative { initiative }) => out.push(NewDecision {
            initiative_id: Some(initiative.id),
            area_id: Some(initiative.area_id),
            from_position: Some(initiative.position),
            ..entry(
                "delete",
                initiative.title.clone(),
                format!(
                    "deleted (was at {} in {})",
                    signed(initiative.position),
                    area_name(after, initiative.area_id)
                ),
            )
        }),
        (
            Op::MoveInitiative { id, position, .. },
            Op::MoveInitiative {
                position: old,
                area_id: old_area,
                ..
            },
        ) => {
            let Ok(moved) = after.initiative(*id) else {
                return;
            };
            let from_area = old_area.unwrap_or(moved.area_id);
            let action = if from_area != moved.area_id {
                format!(
                    "moved from {} ({}) to {} ({})",
                    area_name(after, from_area),
                    signed(*old),
                    area_name(after, moved.area_id),
                    signed(*position)
                )
            } else if old != position {
                format!("moved from {} to {}", signed(*old), signed(*position))
            } else {
                "moved within its lane".to_string()
            };
            out.push(NewDecision {
                initiative_id: Some(*id),
                area_id: Some(moved.area_id),
                from_position: Some(*old),
                to_position: Some(*position),
                ..entry("move", moved.title.clone(), action)
            });
        }
        (Op::EditInitiative { id, details }, Op::EditInitiative { details: old, .. }) => {
            let mut changed = Vec::new();
            if details.title != old.title {
                changed.push(format!("renamed from \"{}\"", old.title));
            }
            if details.target != old.target {
                changed.push(format!(
                    "target {} → {}",
                    or_none(old.target),
                    or_none(details.target)
                ));
            }
            for (name, differs) in [
                ("owner", details.owner != old.owner),
                ("status", details.status != old.status),
                ("impact", details.impact != old.impact),
                ("notes", details.notes != old.notes),
                ("tags", details.tags != old.tags),
            ] {
                if differs {
                    changed.push(format!("{name} changed"));
                }
            }
            if changed.is_empty() {
                changed.push("details saved unchanged".to_string());
            }
            let area_id = after.initiative(*id).ok().map(|i| i.area_id);
            out.push(NewDecision {
                initiative_id: Some(*id),
                area_id,
                ..entry("edit", details.title.clone(), changed.join("; "))
            });
        }
        (Op::AddArea { area, initiatives }, _) => out.push(NewDecision {
            area_id: Some(area.id),
            ..entry(
                "area",
                area.name.clone(),
                format!("area added with {} initiatives", initiatives.len()),
            )
        }),
        (Op::DeleteArea { .. }, Op::AddArea { area, initiatives }) => out.push(NewDecision {
            area_id: Some(area.id),
            ..entry(
                "area",
                area.name.clone(),
                format!("area deleted with {} initiatives", initiatives.len()),
            )
        }),
        (Op::EditArea { id, details }, Op::EditArea { details: old, .. }) => {
            let action = if details.name == old.name {
                "area details edited".to_string()
            } else {
                format!("area renamed from \"{}\"", old.name)
            };
            out.push(NewDecision {
                area_id: Some(*id),
                ..entry("area", details.name.clone(), action)
            });
        }
        (Op::SetAreaTarget { id, target }, Op::SetAreaTarget { target: old, .. }) => {
            out.push(NewDecision {
                area_id: Some(*id),
                from_position: *old,
                to_position: *target,
                ..entry(
                    "target",
                    area_name(after, *id),
                    format!("area target {} → {}", or_none(*old), or_none(*target)),
                )
            })
        }
        (Op::EditCanvas { details }, _) => out.push(entry(
            "canvas",
            details.title.clone(),
            "canvas details edited".to_string(),
        )),
        (
            Op::SetAssessment {
                participant,
                assessment,
            },
            _,
        ) => out.push(entry(
            "assessment",
            participant.clone(),
            match assessment {
                Some(a) => format!("answered the self-assessment ({})", signed(a.position())),
                None => "self-assessment removed".to_string(),
            },
        )),
        (Op::StartVoting { allowance }, _) => out.push(entry(
            "voting",
            "Dot voting".to_string(),
            format!("new round opened, {allowance} votes each"),
        )),
        // The ballot's content stays hidden until the reveal.
        (Op::CastBallot { ballot }, _) => out.push(entry(
            "voting",
            ballot.participant.clone(),
            "cast a ballot".to_string(),
        )),
        (Op::RevealVotes, _) => out.push(entry(
            "voting",
            "Dot voting".to_string(),
            "votes revealed".to_string(),
        )),
        (Op::RestoreVoting { .. }, _) => out.push(entry(
            "voting",
            "Dot voting".to_string(),
            "voting round put back".to_string(),
        )),
        (Op::ReplaceContent { label, .. }, _) => out.push(entry(
            "restore",
            after.canvas.title.clone(),
            format!("restored {label}"),
        )),
        (Op::BeginLive { .. }, _) => out.push(entry(
            "live",
            "Live session".to_string(),
            "started".to_string(),
        )),
        (Op::EndLive, _) => out.push(entry(
            "live",
            "Live session".to_string(),
            "ended".to_string(),
        )),
        (Op::SetLiveSettings { settings }, Op::SetLiveSettings { settings: old }) => {
            if settings.phase != old.phase {
                out.push(entry(
                    "live",
                    "Live session".to_string(),
                    format!(
                        "{} ended; {} started",
                        old.phase.title(),
                        settings.phase.title()
                    ),
                ));
            }
            if settings.lobby_open != old.lobby_open {
                let action = if settings.lobby_open {
                    "lobby reopened"
                } else {
                    "lobby closed"
                };
                out.push(entry(
                    "live",
                    "Live session".to_string(),
                    action.to_string(),
                ));
            }
        }
        (Op::JoinLive { participant, .. }, _) => out.push(entry(
            "live",
            participant.name.clone(),
            "joined the live session".to_string(),
        )),
        (Op::LeaveLive { .. }, Op::JoinLive { participant, .. }) => out.push(entry(
            "live",
            participant.name.clone(),
            "left the live session (removed by the facilitator)".to_string(),
        )),
        // Drafts are private until the reveal: the log says nothing of them.
        (Op::PutDraft { .. } | Op::DeleteDraft { .. }, _) => {}
        (Op::RevealDrafts, Op::Batch { ops }) => {
            for op in ops {
                let Op::DeleteInitiative { id } = op else {
                    continue;
                };
                let Ok(card) = after.initiative(*id) else {
                    continue;
                };
                out.push(NewDecision {
                    initiative_id: Some(card.id),
                    area_id: Some(card.area_id),
                    to_position: Some(card.position),
                    ..entry(
                        "add",
                        card.title.clone(),
                        format!(
                            "added by {} in the live session at {} in {}",
                            card.owner,
                            signed(card.position),
                            area_name(after, card.area_id)
                        ),
                    )
                });
            }
        }
        // An op paired with an inverse of another kind cannot come out of `ops::apply`. Every
        // op is named here rather than caught by `_`, so a new op fails to compile until it is
        // described.
        (
            Op::Batch { .. }
            | Op::DeleteInitiative { .. }
            | Op::MoveInitiative { .. }
            | Op::EditInitiative { .. }
            | Op::DeleteArea { .. }
            | Op::EditArea { .. }
            | Op::SetAreaTarget { .. }
            | Op::SetLiveSettings { .. }
            | Op::LeaveLive { .. }
            | Op::RevealDrafts,
            _,
        ) => out.push(entry(
            "other",
            after.canvas.title.clone(),
            "changed".to_string(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_one_short_line() {
        assert!(validate_reason("").is_ok());
        assert!(validate_reason("customers asked for it").is_ok());
        assert!(validate_reason("two\nlines").is_err());
        assert!(validate_reason(&"x".repeat(validate::REASON_MAX + 1)).is_err());
    }
}
