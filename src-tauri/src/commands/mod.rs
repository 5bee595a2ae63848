//! The commands the UI calls through the generated bindings; each is a few lines.

pub mod decisions;
pub mod edit;
pub mod export;
pub mod library;
pub mod live;
pub mod offsite;
pub mod snapshots;
pub mod window;
