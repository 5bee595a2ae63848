//! Interchange formats: the versioned `stratmap/1` JSON document (alone, or carried by a PNG)
//! and CSV of initiatives and of the decision log.

pub mod csv;
pub mod json;
pub mod png_chunk;
pub mod source;
