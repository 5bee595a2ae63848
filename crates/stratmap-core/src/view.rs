//! What a front end shows of an open canvas: the document with every derived figure (stances)
//! computed here, so no front end computes business results. A whole `CanvasView` is sent when a
//! canvas opens; after an edit only a `ViewChange` (the cards that changed, every lane's figures)
//! is sent, so a drag on a 1 000-card canvas does not resend 1 000 cards.

use serde::Serialize;
use uuid::Uuid;

use crate::editor::Editor;
use crate::model::assessment::team_result;
use crate::model::{Canvas, Document, Initiative, TeamResult};
use crate::ops::Touched;

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

/// An area and its derived stance.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AreaSummary {
    pub id: Uuid,
    pub name: String,
    pub colour: String,
    pub product_pole: String,
    pub customer_pole: String,
    pub target: Option<f64>,
    pub stance: Option<f64>,
    /// How far the stance must move to reach the target (target − stance), when both exist.
    pub shift: Option<f64>,
    /// Initiatives whose own target lies towards the customer-centric pole from where they are.
    pub pushing_customer: u32,
    /// Initiatives whose own target lies towards the product-centric pole.
    pub pushing_product: u32,
    /// The stance once every initiative with a target has reached it.
    pub projected_stance: Option<f64>,
    /// Where the lane's cards are drawn: its rows, top to bottom, each row's card ids in axis
    /// order (`model::placement`). Sent with every change, as a move can shift its neighbours.
    pub rows: Vec<Vec<Uuid>>,
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
}

/// Per area: initiatives pushing each way and the projected stance's weighted sums.
#[derive(Default, Clone, Copy)]
struct Pushes {
    customer: u32,
    product: u32,
    projected_sum: f64,
    weight: f64,
}

pub(crate) fn summaries(doc: &Document) -> Vec<AreaSummary> {
    let mut pushes: std::collections::HashMap<Uuid, Pushes> = std::collections::HashMap::new();
    for initiative in doc.initiatives() {
        let p = pushes.entry(initiative.area_id).or_default();
        let goal = initiative.target.unwrap_or(initiative.position);
        if goal > initiative.position {
            p.customer += 1;
        } else if goal < initiative.position {
            p.product += 1;
        }
        p.projected_sum += goal * f64::from(initiative.impact);
        p.weight += f64::from(initiative.impact);
    }
    doc.stances()
        .into_iter()
        .filter_map(|(id, stance)| {
            let area = doc.area(id).ok()?;
            let p = pushes.get(&id).copied().unwrap_or_default();
            Some(AreaSummary {
                shift: area.target.zip(stance).map(|(t, s)| t - s),
                pushing_customer: p.customer,
                pushing_product: p.product,
                projected_stance: (p.weight > 0.0).then(|| p.projected_sum / p.weight),
                rows: doc.card_rows(id),
                id,
                name: area.name.clone(),
                colour: area.colour.clone(),
                product_pole: area.product_pole.clone(),
                customer_pole: area.customer_pole.clone(),
                target: area.target,
                stance,
            })
        })
        .collect()
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
    pub fn of(editor: &Editor, touched: &Touched) -> ViewChange {
        let doc = editor.document();
        let mut upserted = Vec::new();
        let mut removed = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for id in &touched.initiatives {
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
        }
    }
}
