//! What a front end shows of an open canvas: the document with every derived figure (stances)
//! computed here, so no front end computes business results. A whole `CanvasView` is sent when a
//! canvas opens; after an edit only a `ViewChange` (the cards that changed, every lane's figures)
//! is sent, so a drag on a 1 000-card canvas does not resend 1 000 cards.

use serde::Serialize;
use uuid::Uuid;

use crate::editor::Editor;
pub use crate::model::area_figures::AreaSummary;
use crate::model::area_figures::summaries;
use crate::model::assessment::team_result;
use crate::model::{Canvas, Document, Initiative, TeamResult};
use crate::ops::Edit;

/// An open canvas as the desktop UI draws it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CanvasView {
    pub path: String,
    pub file_name: String,
    pub canvas: Canvas,
    /// Lanes, in order.
    pub areas: Vec<AreaView>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// What Undo and Redo would change, in words (for their buttons).
    pub undo_label: Option<String>,
    pub redo_label: Option<String>,
    pub offsite: OffsiteView,
}

/// One lane: the area's figures and its initiatives in reading order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AreaView {
    #[serde(flatten)]
    pub summary: AreaSummary,
    pub initiatives: Vec<Initiative>,
}

/// The offsite results a canvas shows: the self-assessment and the voting round. While votes are
/// hidden, only who has voted is shown, never what.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OffsiteView {
    pub assessment: TeamResult,
    pub voting: Option<VotingView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct VotingView {
    pub allowance: i32,
    pub revealed: bool,
    /// Participants who have cast a ballot, in the order they voted.
    pub voters: Vec<String>,
    /// Once revealed, the initiatives that got votes, most first (`Document::vote_ranking`);
    /// empty while the votes are hidden.
    pub ranking: Vec<Uuid>,
}

impl OffsiteView {
    pub fn of(doc: &Document) -> OffsiteView {
        OffsiteView {
            assessment: team_result(doc.assessments()),
            voting: doc.voting().map(|v| VotingView {
                allowance: v.allowance,
                revealed: v.revealed,
                voters: v.ballots.iter().map(|b| b.participant.clone()).collect(),
                ranking: if v.revealed {
                    doc.vote_ranking().into_iter().map(|i| i.id).collect()
                } else {
                    Vec::new()
                },
            }),
        }
    }
}

/// What an edit changed: the canvas block, every lane's figures (in order), the cards that were
/// added or changed, and the ids of cards that are gone.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ViewChange {
    pub canvas: Canvas,
    pub areas: Vec<AreaSummary>,
    pub upserted: Vec<Initiative>,
    pub removed: Vec<Uuid>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// What Undo and Redo would change, in words (for their buttons).
    pub undo_label: Option<String>,
    pub redo_label: Option<String>,
    pub offsite: OffsiteView,
    /// The decision-log change this edit was logged as: a reason given for it names this number
    /// (none when the edit logged nothing).
    pub change: Option<i32>,
}

impl CanvasView {
    pub fn of(editor: &Editor) -> CanvasView {
        let mut view = CanvasView::of_document(editor.file().path(), editor.document());
        view.can_undo = editor.can_undo();
        view.can_redo = editor.can_redo();
        view.undo_label = editor.undo_label().map(str::to_string);
        view.redo_label = editor.redo_label().map(str::to_string);
        view
    }

    /// A view of any state of a canvas (a snapshot is shown this way, read-only).
    pub fn of_document(path: &std::path::Path, doc: &Document) -> CanvasView {
        CanvasView {
            path: path.display().to_string(),
            file_name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            canvas: doc.canvas.clone(),
            areas: summaries(doc)
                .into_iter()
                .map(|summary| AreaView {
                    initiatives: doc
                        .initiatives_in(summary.id)
                        .into_iter()
                        .cloned()
                        .collect(),
                    summary,
                })
                .collect(),
            can_undo: false,
            can_redo: false,
            undo_label: None,
            redo_label: None,
            offsite: OffsiteView::of(doc),
        }
    }
}

impl ViewChange {
    /// The change an edit made, from what it touched.
    pub fn of(editor: &Editor, edit: &Edit) -> ViewChange {
        let doc = editor.document();
        let mut upserted = Vec::new();
        let mut removed = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for id in &edit.touched.initiatives {
            if !seen.insert(*id) {
                continue;
            }
            match doc.initiative(*id) {
                Ok(initiative) => upserted.push(initiative.clone()),
                Err(_) => removed.push(*id),
            }
        }
        ViewChange {
            canvas: doc.canvas.clone(),
            areas: summaries(doc),
            upserted,
            removed,
            can_undo: editor.can_undo(),
            can_redo: editor.can_redo(),
            undo_label: editor.undo_label().map(str::to_string),
            redo_label: editor.redo_label().map(str::to_string),
            offsite: OffsiteView::of(doc),
            change: edit.change,
        }
    }
}
