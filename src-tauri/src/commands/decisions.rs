//! The decision log: browse it, give the latest change a reason, export it as CSV.

use stratmap_core::decisions::Decision;
use tauri::{AppHandle, State, WebviewWindow};
use uuid::Uuid;

use crate::commands::export::{Exported, save_dialog};
use crate::error::CommandError;
use crate::state::AppState;

/// The log, oldest first; one initiative's entries when `initiative_id` is given.
#[tauri::command]
#[specta::specta]
pub async fn decision_log(
    window: WebviewWindow,
    state: State<'_, AppState>,
    initiative_id: Option<Uuid>,
) -> Result<Vec<Decision>, CommandError> {
    state.with_canvas(window.label(), |editor| {
        Ok(editor.file().decisions(initiative_id)?)
    })
}

/// "Why did this move?": the reason for change number `change`, the one an edit's result named
/// (empty clears it).
#[tauri::command]
#[specta::specta]
pub async fn explain_change(
    window: WebviewWindow,
    state: State<'_, AppState>,
    change: i32,
    reason: String,
) -> Result<(), CommandError> {
    state.with_editor(window.label(), |editor| {
        Ok(editor.explain_change(change, &reason)?)
    })
}

/// Asks where to save, then writes the whole log as CSV; `None` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn export_decision_log_dialog(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<Exported>, CommandError> {
    let (log, title) = state.with_canvas(window.label(), |editor| {
        Ok((
            editor.file().decisions(None)?,
            editor.document().canvas.title.clone(),
        ))
    })?;
    let folder = state.library_folder.clone();
    let file_name = format!("{title} decisions.csv");
    save_dialog(app, folder, file_name, ("CSV table", "csv"), move || {
        Ok(stratmap_core::interchange::csv::decision_log(&log).into_bytes())
    })
    .await
}
