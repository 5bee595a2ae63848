//! The app state: the canvas open in each window, the library folder and the recent files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use stratmap_core::library::RecentFiles;
use stratmap_core::ops::Edit;
use stratmap_core::view::{CanvasView, ViewChange};
use stratmap_core::{Context, Editor};
use stratmap_live::Host;
use stratmap_live::hub::Hub;
use stratmap_live::room::{SharedEditor, lock as lock_editor};
use tauri::{AppHandle, EventTarget, Manager};
use tauri_specta::Event;

use crate::CanvasChanged;
use crate::error::CommandError;

/// A window's open canvas, and the live session it hosts, if any. The editor is shared with the
/// session's host while one runs, so the board and the participants edit one canvas.
struct OpenCanvas {
    editor: SharedEditor,
    live: Option<Host>,
}

pub struct AppState {
    /// The open canvas of each window, by window label.
    canvases: Mutex<HashMap<String, OpenCanvas>>,
    /// Why the file given at start could not be opened, shown once by the home screen.
    start_problem: Mutex<Option<CommandError>>,
    recent: Mutex<RecentFiles>,
    recent_path: PathBuf,
    pub library_folder: PathBuf,
    /// To title each window after the canvas it shows.
    app: AppHandle,
}

impl AppState {
    pub fn new(app: &AppHandle) -> Result<AppState, Box<dyn std::error::Error>> {
        let library_folder = match std::env::var_os("STRATMAP_LIBRARY") {
            Some(folder) => PathBuf::from(folder),
            None => app
                .path()
                .document_dir()
                .or_else(|_| app.path().home_dir())?
                .join("Stratmap"),
        };
        // What a killed export or import left behind would otherwise sit in the folder for good.
        stratmap_core::files::sweep_leftovers(&library_folder);
        let recent_path = app.path().app_config_dir()?.join("recent.json");
        Ok(AppState {
            canvases: Mutex::new(HashMap::new()),
            start_problem: Mutex::new(None),
            recent: Mutex::new(RecentFiles::load(&recent_path)),
            recent_path,
            library_folder,
            app: app.clone(),
        })
    }

    pub fn open_at_start(&self, window: &str, path: &Path) {
        if let Err(err) = self.open(window, path) {
            *lock(&self.start_problem) = Some(err);
        }
    }

    pub fn take_start_problem(&self) -> Option<CommandError> {
        lock(&self.start_problem).take()
    }

    /// Opens `path` for editing in `window`, replacing what it had open.
    pub fn open(&self, window: &str, path: &Path) -> Result<CanvasView, CommandError> {
        let editor = Editor::open(path, Context::system())?;
        Ok(self.install(window, editor))
    }

    /// Makes `editor` the window's open canvas and notes it in the recent files.
    pub fn install(&self, window: &str, editor: Editor) -> CanvasView {
        let view = CanvasView::of(&editor);
        title_window(&self.app, window, Some(&view.canvas.title));
        {
            let mut recent = lock(&self.recent);
            recent.add(editor.file().path());
            // The recent list is a convenience: failing to save it must not fail the open.
            let _ = recent.save(&self.recent_path);
        }
        let replaced = lock(&self.canvases).insert(
            window.to_string(),
            OpenCanvas {
                editor: Arc::new(Mutex::new(editor)),
                live: None,
            },
        );
        stop_hosting(replaced.and_then(|open| open.live));
        view
    }

    pub fn close(&self, window: &str) {
        let closed = lock(&self.canvases).remove(window);
        title_window(&self.app, window, None);
        stop_hosting(closed.and_then(|open| open.live));
    }

    /// The window's canvas, to hand to a live session's host.
    pub fn shared_editor(&self, window: &str) -> Result<SharedEditor, CommandError> {
        let canvases = lock(&self.canvases);
        let open = canvases.get(window).ok_or_else(CommandError::no_canvas)?;
        Ok(open.editor.clone())
    }

    /// Remembers the window's running host (there is at most one per canvas).
    pub fn set_host(&self, window: &str, host: Host) -> Result<(), CommandError> {
        let mut canvases = lock(&self.canvases);
        let open = canvases
            .get_mut(window)
            .ok_or_else(CommandError::no_canvas)?;
        stop_hosting(open.live.replace(host));
        Ok(())
    }

    /// Takes the window's running host away, to stop it.
    pub fn take_host(&self, window: &str) -> Option<Host> {
        lock(&self.canvases)
            .get_mut(window)
            .and_then(|open| open.live.take())
    }

    /// Reads the window's running host.
    pub fn with_host<T>(&self, window: &str, read: impl FnOnce(&Host) -> T) -> Option<T> {
        lock(&self.canvases)
            .get(window)
            .and_then(|open| open.live.as_ref())
            .map(read)
    }

    fn hub(&self, window: &str) -> Option<Hub> {
        self.with_host(window, |host| host.hub().clone())
    }

    pub fn recent(&self) -> RecentFiles {
        lock(&self.recent).clone()
    }

    /// Reads the window's open canvas.
    pub fn with_canvas<T>(
        &self,
        window: &str,
        read: impl FnOnce(&Editor) -> Result<T, CommandError>,
    ) -> Result<T, CommandError> {
        let editor = self.shared_editor(window)?;
        let editor = lock_editor(&editor);
        read(&editor)
    }

    /// Works on the window's open canvas without changing its content (snapshots, reasons).
    pub fn with_editor<T>(
        &self,
        window: &str,
        work: impl FnOnce(&mut Editor) -> Result<T, CommandError>,
    ) -> Result<T, CommandError> {
        let editor = self.shared_editor(window)?;
        let mut editor = lock_editor(&editor);
        work(&mut editor)
    }

    pub fn view(&self, window: &str) -> Option<CanvasView> {
        let editor = self.shared_editor(window).ok()?;
        let editor = lock_editor(&editor);
        Some(CanvasView::of(&editor))
    }

    /// Changes the window's open canvas through the core, then tells the other views; returns
    /// only what changed.
    pub fn edit(
        &self,
        app: &AppHandle,
        window: &str,
        change: impl FnOnce(&mut Editor) -> stratmap_core::Result<Edit>,
    ) -> Result<ViewChange, CommandError> {
        let (path, view_change) = {
            let shared = self.shared_editor(window)?;
            let mut editor = lock_editor(&shared);
            let edit = change(&mut editor)?;
            if edit.touched.canvas {
                title_window(app, window, Some(&editor.document().canvas.title));
            }
            let path = editor.file().path().display().to_string();
            (path, ViewChange::of(&editor, &edit))
        };
        // The room's devices see the facilitator's board change live.
        if let Some(hub) = self.hub(window) {
            hub.refresh();
        }
        // The window that made the change has its result; only other views of the file refresh.
        let _ = CanvasChanged { path }.emit_filter(app, |target| !is_window(target, window));
        Ok(view_change)
    }
}

/// Whether an event listener belongs to the window labelled `label`.
fn is_window(target: &EventTarget, label: &str) -> bool {
    match target {
        EventTarget::Window { label: of }
        | EventTarget::Webview { label: of }
        | EventTarget::WebviewWindow { label: of }
        | EventTarget::AnyLabel { label: of } => of == label,
        _ => false,
    }
}

/// Titles the window after its canvas, so the full title shows in the title bar and the task
/// switcher however narrow the toolbar is.
fn title_window(app: &AppHandle, window: &str, canvas_title: Option<&str>) {
    let Some(window) = app.get_webview_window(window) else {
        return;
    };
    let title = match canvas_title {
        Some(canvas) => format!("{canvas} — Stratmap"),
        None => "Stratmap".to_string(),
    };
    // The title bar is chrome: a window manager refusing it must not fail the edit it follows.
    let _ = window.set_title(&title);
}

/// What participants' pages say when the facilitator stops the session (Stop, closing the
/// canvas or the window).
pub const SESSION_ENDED: &str =
    "The facilitator ended the live session. Thank you for taking part!";

/// Stops a host without waiting for it (a window closing or opening another canvas).
fn stop_hosting(host: Option<Host>) {
    if let Some(host) = host {
        tauri::async_runtime::spawn(host.end(SESSION_ENDED));
    }
}

/// A poisoned lock only means another command panicked mid-way; the core keeps the file
/// consistent, so carry on with the data.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_told_to_every_window_but_the_one_that_made_it() {
        let of = |label: &str| EventTarget::WebviewWindow {
            label: label.to_string(),
        };
        assert!(is_window(&of("main"), "main"));
        assert!(!is_window(&of("second"), "main"));
        assert!(!is_window(&EventTarget::Any, "main"));
    }
}
