//! Opening, creating and copying canvas files; the home screen's library.

use std::path::PathBuf;

use serde::Serialize;
use stratmap_core::interchange::csv::ImportReport;
use stratmap_core::interchange::{self, source::ImportSource};
use stratmap_core::library::{self, LibraryEntry};
use stratmap_core::view::CanvasView;
use stratmap_core::{CanvasFile, Context, Editor, Template};
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandError;
use crate::state::AppState;

/// What the home screen shows.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct LibraryView {
    pub folder: String,
    pub canvases: Vec<LibraryEntry>,
    pub recent: Vec<LibraryEntry>,
    /// Why the file given at start could not be opened, if it could not.
    pub problem: Option<CommandError>,
}

#[tauri::command]
#[specta::specta]
pub async fn library(state: State<'_, AppState>) -> Result<LibraryView, CommandError> {
    Ok(LibraryView {
        folder: state.library_folder.display().to_string(),
        canvases: library::list(&state.library_folder),
        recent: state.recent().entries(),
        problem: state.take_start_problem(),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn new_canvas(
    window: WebviewWindow,
    state: State<'_, AppState>,
    title: String,
    template: Template,
) -> Result<CanvasView, CommandError> {
    std::fs::create_dir_all(&state.library_folder)
        .map_err(|e| CommandError::from(stratmap_core::Error::io(&state.library_folder, &e)))?;
    let path = library::new_file_path(&state.library_folder, &title);
    let editor = Editor::create(&path, &title, template, Context::system())?;
    Ok(state.install(window.label(), editor))
}

#[tauri::command]
#[specta::specta]
pub async fn open_canvas(
    window: WebviewWindow,
    state: State<'_, AppState>,
    path: String,
) -> Result<CanvasView, CommandError> {
    state.open(window.label(), &PathBuf::from(path))
}

/// Shows the native Open dialog; `None` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn open_canvas_dialog(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<CanvasView>, CommandError> {
    let folder = state.library_folder.clone();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title("Open a canvas")
            .add_filter("Stratmap canvas", &["stratmap"])
            .set_directory(folder)
            .blocking_pick_file()
    })
    .await
    .map_err(CommandError::internal)?;
    match picked.and_then(|p| p.into_path().ok()) {
        Some(path) => state.open(window.label(), &path).map(Some),
        None => Ok(None),
    }
}

/// Shows the native Save dialog and writes a copy of the open canvas there; returns the
/// copy's path, or `None` when the user cancels. The window keeps the original open.
#[tauri::command]
#[specta::specta]
pub async fn save_copy_dialog(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<String>, CommandError> {
    let (doc, snapshots, name) = state.with_canvas(window.label(), |editor| {
        let snapshots = editor.file().all_snapshots()?;
        Ok((
            editor.document().clone(),
            snapshots,
            format!("{} copy.stratmap", editor.document().canvas.title),
        ))
    })?;
    let folder = state.library_folder.clone();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title("Save a copy")
            .add_filter("Stratmap canvas", &["stratmap"])
            .set_directory(folder)
            .set_file_name(name)
            .blocking_save_file()
    })
    .await
    .map_err(CommandError::internal)?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let path = if path.extension().is_some_and(|e| e == "stratmap") {
        path
    } else {
        path.with_extension("stratmap")
    };
    // Dropped at once: the copy is written whole and closed; the window stays on the original.
    CanvasFile::create(&path, &doc, &snapshots)?;
    Ok(Some(path.display().to_string()))
}

/// The canvas an import opened or changed, and for a CSV what was read (to show the user).
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct Imported {
    pub view: Option<CanvasView>,
    pub report: Option<ImportReport>,
}

/// Shows the native Open dialog for an import. A stratmap/1 JSON document or a Stratmap PNG
/// becomes a new canvas in the library, opened in this window; a CSV adds its rows to the open
/// canvas as one undoable step. `None` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn import_dialog(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<Imported>, CommandError> {
    let folder = state.library_folder.clone();
    let dialog_app = app.clone();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        dialog_app
            .dialog()
            .file()
            .set_title("Import")
            .add_filter(
                "Stratmap JSON, Stratmap PNG or CSV of initiatives",
                &["json", "png", "csv"],
            )
            .blocking_pick_file()
    })
    .await
    .map_err(CommandError::internal)?;
    let Some(source) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let label = window.label().to_string();
    // Reading, checking and writing can take a while on big files: off the UI thread.
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        match interchange::source::read(&source)? {
            ImportSource::Canvas(doc, snapshots) => {
                std::fs::create_dir_all(&folder)
                    .map_err(|e| stratmap_core::Error::io(&folder, &e))?;
                let path = library::new_file_path(&folder, &doc.canvas.title);
                CanvasFile::create(&path, &doc, &snapshots)?;
                let view = state.open(&label, &path)?;
                Ok(Some(Imported {
                    view: Some(view),
                    report: None,
                }))
            }
            ImportSource::Rows(text) => {
                let mut report = None;
                state.edit(&app, &label, |editor| {
                    editor.import_csv(&text).map(|imported| {
                        report = Some(imported.report);
                        imported.edit
                    })
                })?;
                Ok(Some(Imported {
                    view: state.view(&label),
                    report,
                }))
            }
        }
    })
    .await
    .map_err(CommandError::internal)?
}

#[tauri::command]
#[specta::specta]
pub async fn current_canvas(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<CanvasView>, CommandError> {
    Ok(state.view(window.label()))
}

#[tauri::command]
#[specta::specta]
pub async fn close_canvas(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<(), CommandError> {
    state.close(window.label());
    Ok(())
}
