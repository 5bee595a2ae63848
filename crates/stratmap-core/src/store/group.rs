//! Group commit: several independent ops (a live session's participants acting at once), each
//! checked and applied on its own, all committed in one transaction, so one disk sync serves the
//! whole group. One refused op leaves the others; a failed commit leaves none of them.

use super::{CanvasFile, Committed, rows, storage};
use crate::decisions::Provenance;
use crate::error::Result;
use crate::ops::{self, Edit, Op};

impl CanvasFile {
    /// Applies `group` in order and commits what applied in one transaction; gives each op's
    /// own outcome. The outer error (not writable, the commit failed) means nothing changed.
    pub fn apply_group(&mut self, group: &[Op], now: &str) -> Result<Vec<Result<Committed>>> {
        self.require_writable()?;
        let shown = self.path.display().to_string();
        let previous = self.doc.canvas.updated_at.clone();
        let doc = &mut self.doc;
        let mut tx = self.conn.transaction().map_err(|e| storage(&shown, e))?;
        let mut outcomes = Vec::with_capacity(group.len());
        for op in group {
            let applied = match ops::apply(doc, op) {
                Ok(applied) => applied,
                Err(err) => {
                    outcomes.push(Err(err));
                    continue;
                }
            };
            doc.canvas.updated_at = now.to_string();
            let decisions = crate::decisions::describe(op, &applied.inverse, doc, Provenance::Edit);
            let written = tx.savepoint().and_then(|point| {
                let change = rows::write(&point, doc, &applied.touched, &decisions)?;
                point.commit().map(|()| change)
            });
            match written {
                Ok(change) => outcomes.push(Ok(Committed {
                    inverse: applied.inverse,
                    edit: Edit {
                        touched: applied.touched,
                        change,
                    },
                })),
                Err(e) => {
                    // The savepoint rolled back when dropped; take the op back out of memory.
                    let _ = ops::apply(doc, &applied.inverse);
                    outcomes.push(Err(storage(&shown, e)));
                }
            }
        }
        if let Err(e) = tx.commit() {
            for committed in outcomes.iter().rev().filter_map(|o| o.as_ref().ok()) {
                let _ = ops::apply(doc, &committed.inverse);
            }
            doc.canvas.updated_at = previous;
            return Err(storage(&shown, e));
        }
        if outcomes.iter().all(|o| o.is_err()) {
            doc.canvas.updated_at = previous;
        }
        Ok(outcomes)
    }
}
