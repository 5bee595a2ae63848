//! An open canvas being edited: the file, the clock and ids, and the undo/redo history.
//! This is what the command line and the desktop shell hold.

use std::path::Path;

use uuid::Uuid;

use crate::context::Context;
use crate::decisions::Provenance;
use crate::error::{Error, Result};
use crate::interchange::csv::ImportReport;
use crate::model::{Assessment, Canvas, DEFAULT_IMPACT, Document, Initiative, Status};
use crate::ops::{Edit, Op};
use crate::snapshot::SnapshotInfo;
use crate::store::Committed;
use crate::store::{Access, CanvasFile};
use crate::templates::{self, Template};
use crate::undo_label::undo_label;

/// A CSV import applied: the edit (one undo step) and what to tell the user (how many cards,
/// the delimiter the file was read with, the columns that were not imported).
#[derive(Debug, Clone, PartialEq)]
pub struct CsvImport {
    pub edit: Edit,
    pub report: ImportReport,
}

/// What a user gives to add an initiative; the rest gets defaults.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewInitiative {
    pub area_id: Uuid,
    pub title: String,
    pub position: f64,
    pub target: Option<f64>,
    pub lane_offset: Option<f64>,
    pub owner: String,
    pub status: Option<Status>,
    pub impact: Option<i32>,
    pub notes: String,
}

/// Undo steps kept at most. A session of drags can run to many thousands of ops; the history
/// must not grow without bound in memory.
pub const UNDO_LIMIT: usize = 2_000;

/// Pushes onto an undo stack; once it is over [`UNDO_LIMIT`], forgets its oldest tenth in one
/// go (shifting the whole stack on every op would cost more than the op). So between 90 % and
/// 100 % of the limit stay undoable. Redo needs no cap: it only holds what undo gave up.
fn remember(history: &mut Vec<Step>, step: Step) {
    history.push(step);
    if history.len() > UNDO_LIMIT {
        history.drain(..history.len() - UNDO_LIMIT + UNDO_LIMIT / 10);
    }
}

/// One undo (or redo) step: the op that takes a change back, and what that change was in words.
#[derive(Debug)]
struct Step {
    op: Op,
    label: String,
}

impl Step {
    fn of(change: &Op, committed: Committed, after: &Document) -> (Step, Edit) {
        let label = undo_label(change, &committed.inverse, after);
        (
            Step {
                op: committed.inverse,
                label,
            },
            committed.edit,
        )
    }
}

/// An open canvas file with its undo history.
#[derive(Debug)]
pub struct Editor {
    file: CanvasFile,
    ctx: Context,
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl Editor {
    pub fn open(path: &Path, ctx: Context) -> Result<Editor> {
        Ok(Editor::with_file(
            CanvasFile::open(path, Access::Edit)?,
            ctx,
        ))
    }

    pub fn with_file(file: CanvasFile, ctx: Context) -> Editor {
        Editor {
            file,
            ctx,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Creates a new canvas file from a template.
    pub fn create(
        path: &Path,
        title: &str,
        template: Template,
        mut ctx: Context,
    ) -> Result<Editor> {
        let now = ctx.now();
        let canvas = Canvas {
            id: ctx.new_id(),
            title: title.to_string(),
            subtitle: String::new(),
            offsite_date: None,
            axis_left: "Product-centric".to_string(),
            axis_right: "Customer-centric".to_string(),
            created_at: now.clone(),
            updated_at: now,
        };
        let areas = templates::areas(template, &mut ctx);
        let doc = Document::new(canvas, areas, Vec::new())?;
        let file = CanvasFile::create(path, &doc, &[])?;
        Ok(Editor::with_file(file, ctx))
    }

    pub fn document(&self) -> &Document {
        self.file.document()
    }

    pub fn file(&self) -> &CanvasFile {
        &self.file
    }

    pub fn context(&mut self) -> &mut Context {
        &mut self.ctx
    }

    /// Applies one user action, commits it, and makes it undoable; returns what it changed.
    pub fn apply(&mut self, op: Op) -> Result<Edit> {
        let now = self.ctx.now();
        let committed = self.file.apply(&op, &now)?;
        let (step, edit) = Step::of(&op, committed, self.file.document());
        remember(&mut self.undo, step);
        self.redo.clear();
        Ok(edit)
    }

    /// Applies and commits a change someone else made (a participant of the live session). It
    /// does not join this editor's undo history, so the facilitator's undo never takes it back.
    pub fn apply_unrecorded(&mut self, op: Op) -> Result<Edit> {
        let now = self.ctx.now();
        Ok(self.file.apply(&op, &now)?.edit)
    }

    /// Applies independent changes as one group commit (one disk sync for all); each gets its
    /// own outcome. Those marked `true` join the undo history (the facilitator's), the others are
    /// someone else's (participants').
    pub fn apply_group(&mut self, group: Vec<(Op, bool)>) -> Result<Vec<Result<Edit>>> {
        let now = self.ctx.now();
        let ops: Vec<Op> = group.iter().map(|(op, _)| op.clone()).collect();
        let outcomes = self.file.apply_group(&ops, &now)?;
        let mut recorded = false;
        let results = outcomes
            .into_iter()
            .zip(group)
            .map(|(outcome, (op, undoable))| {
                outcome.map(|committed| {
                    if !undoable {
                        return committed.edit;
                    }
                    let (step, edit) = Step::of(&op, committed, self.file.document());
                    remember(&mut self.undo, step);
                    recorded = true;
                    edit
                })
            })
            .collect();
        if recorded {
            self.redo.clear();
        }
        Ok(results)
    }

    pub fn undo(&mut self) -> Result<Edit> {
        let step = self.undo.pop().ok_or(Error::NothingToUndo)?;
        let now = self.ctx.now();
        match self.file.apply_as(&step.op, &now, Provenance::Undo) {
            Ok(committed) => {
                self.redo.push(Step {
                    op: committed.inverse,
                    label: step.label,
                });
                Ok(committed.edit)
            }
            Err(err) => {
                self.undo.push(step);
                Err(err)
            }
        }
    }

    pub fn redo(&mut self) -> Result<Edit> {
        let step = self.redo.pop().ok_or(Error::NothingToRedo)?;
        let now = self.ctx.now();
        match self.file.apply_as(&step.op, &now, Provenance::Redo) {
            Ok(committed) => {
                self.undo.push(Step {
                    op: committed.inverse,
                    label: step.label,
                });
                Ok(committed.edit)
            }
            Err(err) => {
                self.redo.push(step);
                Err(err)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What Undo would take back, in words ("the reveal of 3 cards from the live session").
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// What Redo would put back, in words.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Builds the op that adds an initiative (fresh id, defaults filled in), without applying it.
    pub fn new_initiative(&mut self, new: NewInitiative) -> Initiative {
        Initiative {
            id: self.ctx.new_id(),
            area_id: new.area_id,
            title: new.title,
            notes: new.notes,
            position: new.position,
            target: new.target,
            lane_offset: new.lane_offset.unwrap_or(0.5),
            owner: new.owner,
            status: new.status.unwrap_or_default(),
            impact: new.impact.unwrap_or(DEFAULT_IMPACT),
            tags: Vec::new(),
            votes: 0,
        }
    }

    /// Adds an initiative; the edit's `touched.initiatives` is the new card's id alone.
    pub fn add_initiative(&mut self, new: NewInitiative) -> Result<Edit> {
        let initiative = self.new_initiative(new);
        self.apply(Op::AddInitiative { initiative })
    }

    /// Adds every row of a CSV text as one undoable action; `edit.touched.initiatives` are the
    /// new cards, one per row. Nothing is written when any row is refused.
    pub fn import_csv(&mut self, text: &str) -> Result<CsvImport> {
        let import = crate::interchange::csv::import_op(self.file.document(), text, &mut self.ctx)?;
        let edit = self.apply(import.op)?;
        Ok(CsvImport {
            edit,
            report: import.report,
        })
    }

    pub fn take_snapshot(&mut self, name: &str) -> Result<SnapshotInfo> {
        let now = self.ctx.now();
        self.file.take_snapshot(name, &now)
    }

    /// Puts a snapshot's content back as one undoable change.
    pub fn restore_snapshot(&mut self, name: &str) -> Result<Edit> {
        let snapshot = self.file.snapshot(name)?;
        let doc = snapshot.document;
        self.apply(Op::ReplaceContent {
            label: format!("snapshot \"{name}\""),
            details: crate::ops::CanvasDetails::of(&doc.canvas),
            areas: doc.areas().to_vec(),
            initiatives: doc.initiatives().cloned().collect(),
        })
    }

    /// Records one participant's self-assessment answers (replacing earlier ones).
    pub fn answer_assessment(&mut self, participant: &str, answers: Vec<u8>) -> Result<Edit> {
        let assessment = Assessment {
            participant: participant.to_string(),
            answers,
            answered_at: self.ctx.now(),
        };
        self.apply(Op::SetAssessment {
            participant: participant.to_string(),
            assessment: Some(assessment),
        })
    }

    /// Records why change number `change` (an [`Edit`]'s) was made.
    pub fn explain_change(&mut self, change: i32, reason: &str) -> Result<()> {
        self.file.explain_change(change, reason)
    }
}

#[cfg(test)]
mod undo_limit_tests {
    use super::*;

    fn op(n: usize) -> Op {
        Op::MoveInitiative {
            id: Uuid::from_u128(n as u128),
            position: 0.0,
            area_id: None,
            lane_offset: None,
        }
    }

    fn step(n: usize) -> Step {
        Step {
            op: op(n),
            label: n.to_string(),
        }
    }

    #[test]
    fn the_undo_history_is_capped_and_keeps_the_newest_steps() {
        let mut history = Vec::new();
        for n in 0..10 * UNDO_LIMIT + 7 {
            remember(&mut history, step(n));
            assert!(history.len() <= UNDO_LIMIT, "{} after {n}", history.len());
        }
        assert!(history.len() >= UNDO_LIMIT - UNDO_LIMIT / 10);
        assert_eq!(
            history.last().map(|s| &s.op),
            Some(&op(10 * UNDO_LIMIT + 6))
        );
        let oldest = 10 * UNDO_LIMIT + 7 - history.len();
        assert_eq!(history.first().map(|s| &s.op), Some(&op(oldest)));
    }
}
