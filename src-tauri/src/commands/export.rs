//! Export PNG… / Export PDF…: a native save dialog, then the core renders off the UI thread and
//! the file is written whole (temporary file + rename).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use stratmap_core::compare::CURRENT;
use stratmap_core::render::{self, PageSize, PdfOptions, PngOptions, Scale};
use tauri::{AppHandle, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandError;
use crate::state::AppState;

/// What to export, with its options.
#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ExportRequest {
    /// The canvas picture; `scale` 1..4.
    Png { scale: i32, transparent: bool },
    /// The board summary on `page` (landscape); `compare` a snapshot name, to add a page of the
    /// changes since it.
    Pdf {
        page: PageSize,
        compare: Option<String>,
    },
}

/// A finished export.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct Exported {
    pub path: String,
    pub bytes: i32,
}

/// Asks where to save, then renders and writes the export; `None` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn export_dialog(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    request: ExportRequest,
) -> Result<Option<Exported>, CommandError> {
    // Options are checked before the dialog, so a bad option never costs the user a dialog.
    let (extension, filter, mut render_with, compare) = match request {
        ExportRequest::Png { scale, transparent } => {
            let scale = Scale::new(u32::try_from(scale).unwrap_or(0))?;
            let png = Render::Png(PngOptions { scale, transparent });
            ("png", "PNG picture", png, None)
        }
        ExportRequest::Pdf { page, compare } => {
            let pdf = Render::Pdf(PdfOptions {
                page,
                ..PdfOptions::default()
            });
            ("pdf", "PDF summary", pdf, compare)
        }
    };
    // Everything the export shows is read under one lock, so it describes one state; an
    // unknown snapshot name is refused here, before the dialog.
    let (doc, snapshots, title) = state.with_canvas(window.label(), |editor| {
        if let Render::Pdf(options) = &mut render_with {
            options.compare = compare
                .as_deref()
                .map(|name| editor.file().compare_states(name, CURRENT))
                .transpose()?;
            options.decisions = editor.file().decisions(None)?;
        }
        let doc = editor.document().clone();
        let title = doc.canvas.title.clone();
        Ok((doc, editor.file().all_snapshots()?, title))
    })?;
    let folder = state.library_folder.clone();
    let file_name = format!("{title}.{extension}");
    save_dialog(
        app,
        folder,
        file_name,
        (filter, extension),
        move || match render_with {
            Render::Png(options) => render::export_png(&doc, &snapshots, options),
            Render::Pdf(options) => render::export_pdf(&doc, &snapshots, &options),
        },
    )
    .await
}

/// One export's checked options.
enum Render {
    Png(PngOptions),
    Pdf(PdfOptions),
}

/// A native save dialog, then `render` off the UI thread and the bytes written whole
/// (temporary file + rename); `None` when the user cancels.
pub async fn save_dialog(
    app: AppHandle,
    folder: PathBuf,
    file_name: String,
    (filter, extension): (&'static str, &'static str),
    render: impl FnOnce() -> stratmap_core::Result<Vec<u8>> + Send + 'static,
) -> Result<Option<Exported>, CommandError> {
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title("Export")
            .add_filter(filter, &[extension])
            .set_directory(folder)
            .set_file_name(file_name)
            .blocking_save_file()
    })
    .await
    .map_err(CommandError::internal)?;
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let path = with_extension(path, extension);
    let written = path.clone();
    let bytes = tauri::async_runtime::spawn_blocking(move || -> stratmap_core::Result<usize> {
        let bytes = render()?;
        stratmap_core::files::write_atomically(&written, &bytes)?;
        Ok(bytes.len())
    })
    .await
    .map_err(CommandError::internal)??;
    Ok(Some(Exported {
        path: path.display().to_string(),
        bytes: i32::try_from(bytes).unwrap_or(i32::MAX),
    }))
}

fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path
    } else {
        path.with_extension(extension)
    }
}
