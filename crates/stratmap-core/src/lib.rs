//! Stratmap's core: the canvas model, operations with undo, the `.stratmap` SQLite store and
//! the interchange formats. No UI and no Tauri here; everything is testable on its own.
#![forbid(unsafe_code)]

pub mod compare;
pub mod context;
pub mod decisions;
pub mod editor;
pub mod error;
pub mod files;
pub mod interchange;
pub mod library;
pub mod model;
pub mod ops;
pub mod render;
pub mod snapshot;
pub mod store;
pub mod templates;
pub mod undo_label;
pub mod view;

pub use context::Context;
pub use editor::{CsvImport, Editor, NewInitiative};
pub use error::{Error, Result};
pub use model::{Area, Canvas, Document, Initiative, Status};
pub use ops::Op;
pub use store::{Access, CanvasFile};
pub use templates::Template;
