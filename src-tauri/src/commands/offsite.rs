//! The self-assessment and dot voting: each answer, ballot and reveal is one undoable op.

use stratmap_core::Op;
use stratmap_core::model::Ballot;
use stratmap_core::model::assessment::{STATEMENTS, Statement};
use stratmap_core::view::ViewChange;
use tauri::{AppHandle, State, WebviewWindow};

use crate::error::CommandError;
use crate::state::AppState;

/// The checklist's statements, in the order answers are given.
#[tauri::command]
#[specta::specta]
pub fn assessment_statements() -> Vec<Statement> {
    STATEMENTS.to_vec()
}

/// Records (or replaces) one participant's answers, each 0..4.
#[tauri::command]
#[specta::specta]
pub async fn answer_assessment(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    participant: String,
    answers: Vec<u8>,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.answer_assessment(&participant, answers)
    })
}

#[tauri::command]
#[specta::specta]
pub async fn remove_assessment(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    participant: String,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::SetAssessment {
            participant,
            assessment: None,
        })
    })
}

/// Opens a new voting round with `allowance` votes per participant.
#[tauri::command]
#[specta::specta]
pub async fn start_voting(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    allowance: i32,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::StartVoting { allowance })
    })
}

#[tauri::command]
#[specta::specta]
pub async fn cast_ballot(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    ballot: Ballot,
    replace: bool,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        // A second ballot under the same name is refused unless the user said to replace it.
        if !replace && let Some(round) = editor.document().voting() {
            round.refuse_second_ballot(&ballot.participant)?;
        }
        editor.apply(Op::CastBallot { ballot })
    })
}

#[tauri::command]
#[specta::specta]
pub async fn reveal_votes(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| editor.apply(Op::RevealVotes))
}
