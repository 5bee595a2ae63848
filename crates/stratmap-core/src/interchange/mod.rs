//! Interchange formats: the versioned `stratmap/1` JSON document and CSV import of initiatives.

pub mod csv;
pub mod json;
pub mod source;
