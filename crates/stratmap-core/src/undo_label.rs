//! What an undo (or redo) step would take back, in words for the Undo button: "the reveal of
//! 3 cards from the live session", "Customer success team: moved from -40 to +55 in Growth
//! strategy". Built from the same descriptions as the decision log.

use crate::decisions::{Provenance, describe};
use crate::model::Document;
use crate::ops::Op;

/// Describes `op`, applied with `inverse` as its undo, `after` being the document once applied.
pub fn undo_label(op: &Op, inverse: &Op, after: &Document) -> String {
    if let Some(cards) = revealed(op, inverse) {
        let noun = if cards == 1 { "card" } else { "cards" };
        return format!("the reveal of {cards} {noun} from the live session");
    }
    let entries = describe(op, inverse, after, Provenance::Edit);
    match entries.as_slice() {
        [] => "the last change".to_string(),
        [one] => format!("{}: {}", one.subject, one.action),
        many if many.iter().all(|e| e.kind == "move") => {
            format!("moving {} cards", many.len())
        }
        many => format!("{} changes", many.len()),
    }
}

/// How many cards a reveal made public, if `op` is one (alone, or in a batch with the phase
/// change that goes with it).
fn revealed(op: &Op, inverse: &Op) -> Option<usize> {
    match (op, inverse) {
        (Op::RevealDrafts, Op::Batch { ops }) => Some(
            ops.iter()
                .filter(|op| matches!(op, Op::DeleteInitiative { .. }))
                .count(),
        ),
        // A batch's inverse lists the inner inverses newest first.
        (Op::Batch { ops }, Op::Batch { ops: inverses }) => ops
            .iter()
            .zip(inverses.iter().rev())
            .find_map(|(op, inverse)| revealed(op, inverse)),
        _ => None,
    }
}
