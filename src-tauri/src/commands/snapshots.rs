//! Snapshots: take one, view one read-only, compare two states, restore one (undoable).

use stratmap_core::compare::Comparison;
use stratmap_core::snapshot::SnapshotInfo;
use stratmap_core::view::{CanvasView, ViewChange};
use tauri::{AppHandle, State, WebviewWindow};

use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn snapshots(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Vec<SnapshotInfo>, CommandError> {
    state.with_canvas(window.label(), |editor| Ok(editor.file().snapshots()?))
}

/// Freezes the canvas as it is now under `name`; returns every snapshot.
#[tauri::command]
#[specta::specta]
pub async fn take_snapshot(
    window: WebviewWindow,
    state: State<'_, AppState>,
    name: String,
) -> Result<Vec<SnapshotInfo>, CommandError> {
    state.with_editor(window.label(), |editor| {
        editor.take_snapshot(&name)?;
        Ok(editor.file().snapshots()?)
    })
}

/// A snapshot drawn like the canvas, for viewing only.
#[tauri::command]
#[specta::specta]
pub async fn snapshot_view(
    window: WebviewWindow,
    state: State<'_, AppState>,
    name: String,
) -> Result<CanvasView, CommandError> {
    state.with_canvas(window.label(), |editor| {
        let snapshot = editor.file().snapshot(&name)?;
        Ok(CanvasView::of_document(
            editor.file().path(),
            &snapshot.document,
        ))
    })
}

/// Compares two states, each a snapshot name or "current".
#[tauri::command]
#[specta::specta]
pub async fn compare_states(
    window: WebviewWindow,
    state: State<'_, AppState>,
    from: String,
    to: String,
) -> Result<Comparison, CommandError> {
    state.with_canvas(window.label(), |editor| {
        Ok(editor.file().compare_states(&from, &to)?)
    })
}

#[tauri::command]
#[specta::specta]
pub async fn restore_snapshot(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    name: String,
) -> Result<ViewChange, CommandError> {
    state.edit(&app, window.label(), |editor| {
        editor.restore_snapshot(&name)
    })
}
