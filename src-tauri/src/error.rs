//! Errors as they cross into the UI: a stable `code` to switch on, a `message` to show, and for a
//! refused input the `field` it is about, so the UI shows it beside that field.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
}

impl From<stratmap_core::Error> for CommandError {
    fn from(err: stratmap_core::Error) -> Self {
        CommandError {
            code: err.code().to_string(),
            message: err.to_string(),
            field: err.field().map(str::to_string),
        }
    }
}

impl CommandError {
    pub fn no_canvas() -> Self {
        CommandError {
            code: "no_canvas".to_string(),
            message: "No canvas is open in this window.".to_string(),
            field: None,
        }
    }

    pub fn new(code: &str, message: impl Into<String>) -> Self {
        CommandError {
            code: code.to_string(),
            message: message.into(),
            field: None,
        }
    }

    pub fn internal(message: impl std::fmt::Display) -> Self {
        CommandError {
            code: "internal".to_string(),
            message: message.to_string(),
            field: None,
        }
    }
}
