//! Stratmap's live session: a host on the local network that participants join from their own
//! phone or laptop browser. The host holds the canvas file's editing lock and is the one writer:
//! every participant's request is checked (who sent it, which phase), turned into the core's ops
//! and committed through the same `Editor` as any other change before it is acknowledged; then
//! each connected page is sent only what it may see.
#![forbid(unsafe_code)]

mod assets;
mod host;
mod http;
pub mod hub;
pub mod limits;
pub mod net;
pub mod protocol;
pub mod room;
mod secrets;
mod socket;
mod views;

pub use host::{Canvas, Host, HostConfig};
pub use http::{FACILITATOR_COOKIE, LINK_COOKIE, PARTICIPANT_COOKIE};
