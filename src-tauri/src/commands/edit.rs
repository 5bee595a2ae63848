//! Changing the open canvas: each command is one undoable op in the core.

use serde::Serialize;
use stratmap_core::model::validate::{TEXT_LIMITS, TextLimits};
use stratmap_core::ops::{AreaDetails, CanvasDetails, InitiativeDetails, InitiativeMove};
use stratmap_core::view::ViewChange;
use stratmap_core::{NewInitiative, Op};
use tauri::{AppHandle, State, WebviewWindow};
use uuid::Uuid;

use crate::error::CommandError;
use crate::state::AppState;

/// The core's longest text per kind of field, for the UI's character counters.
#[tauri::command]
#[specta::specta]
pub fn text_limits() -> TextLimits {
    TEXT_LIMITS
}

/// The change an add made, with the new card's id so the UI can select it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct Added {
    pub id: Uuid,
    pub change: ViewChange,
}

#[tauri::command]
#[specta::specta]
pub async fn add_initiative(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    area_id: Uuid,
    title: String,
    position: f64,
    lane_offset: f64,
) -> Result<Added, CommandError> {
    let mut id = Uuid::nil();
    let change = state.edit(&app, window.label(), |editor| {
        let initiative = editor.new_initiative(NewInitiative {
            area_id,
            title,
            position,
            lane_offset: Some(lane_offset),
            ..NewInitiative::default()
        });
        id = initiative.id;
        editor.apply(Op::AddInitiative { initiative })
    })?;
    Ok(Added { id, change })
}

/// Moves one card, or every card of a selection as one undoable step.
#[tauri::command]
#[specta::specta]
pub async fn move_initiatives(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    moves: Vec<InitiativeMove>,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::moves(&moves))
    })
}

#[tauri::command]
#[specta::specta]
pub async fn edit_initiative(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    id: Uuid,
    details: InitiativeDetails,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::EditInitiative { id, details })
    })
}

#[tauri::command]
#[specta::specta]
pub async fn delete_initiatives(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    ids: Vec<Uuid>,
) -> Result<ViewChange, CommandError> {
    let ops = ids
        .into_iter()
        .map(|id| Op::DeleteInitiative { id })
        .collect();
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::Batch { ops })
    })
}

#[tauri::command]
#[specta::specta]
pub async fn set_area_target(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    area_id: Uuid,
    target: Option<f64>,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::SetAreaTarget {
            id: area_id,
            target,
        })
    })
}

#[tauri::command]
#[specta::specta]
pub async fn edit_area(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    area_id: Uuid,
    details: AreaDetails,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::EditArea {
            id: area_id,
            details,
        })
    })
}

#[tauri::command]
#[specta::specta]
pub async fn edit_canvas(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    details: CanvasDetails,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.apply(Op::EditCanvas { details })
    })
}

#[tauri::command]
#[specta::specta]
pub async fn undo(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| editor.undo())
}

#[tauri::command]
#[specta::specta]
pub async fn redo(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| editor.redo())
}
