//! The states of a file by name: a snapshot's, or the canvas as it is now.

use super::CanvasFile;
use crate::compare::{CURRENT, Comparison, compare};
use crate::error::{Error, Result};
use crate::model::Document;

impl CanvasFile {
    /// The state named `name`: a snapshot, or the canvas now for [`CURRENT`].
    pub fn state(&self, name: &str) -> Result<Document> {
        if name == CURRENT {
            Ok(self.document().clone())
        } else {
            Ok(self.snapshot(name)?.document)
        }
    }

    /// Compares two states of the file, each a snapshot name or [`CURRENT`].
    pub fn compare_states(&self, from: &str, to: &str) -> Result<Comparison> {
        if from == to {
            return Err(Error::CompareWithItself(from.to_string()));
        }
        Ok(compare(from, &self.state(from)?, to, &self.state(to)?))
    }
}
