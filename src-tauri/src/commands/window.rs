//! Window chrome the UI asks for: full screen for presentation mode.

use tauri::WebviewWindow;

use crate::error::CommandError;

#[tauri::command]
#[specta::specta]
pub async fn set_full_screen(window: WebviewWindow, on: bool) -> Result<(), CommandError> {
    window.set_fullscreen(on).map_err(CommandError::internal)
}
