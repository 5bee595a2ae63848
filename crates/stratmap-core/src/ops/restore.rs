//! Restoring a snapshot: the canvas's content (title block, areas, initiatives) replaced by a
//! frozen state, as one undoable op. Self-assessments and voting are left as they are.

use super::{Applied, CanvasDetails, Op, Touched};
use crate::error::Result;
use crate::model::{Area, Document, Initiative};

const BEFORE: &str = "the state before restoring ";

pub(super) fn replace_content(
    doc: &mut Document,
    label: &str,
    details: &CanvasDetails,
    areas: &[Area],
    initiatives: &[Initiative],
) -> Result<Applied> {
    let mut canvas = doc.canvas.clone();
    canvas.title.clone_from(&details.title);
    canvas.subtitle.clone_from(&details.subtitle);
    canvas.offsite_date.clone_from(&details.offsite_date);
    canvas.axis_left.clone_from(&details.axis_left);
    canvas.axis_right.clone_from(&details.axis_right);
    let mut incoming = Document::new(canvas, areas.to_vec(), initiatives.to_vec())?;
    if let Some(lost) = doc
        .areas()
        .iter()
        .find(|a| doc.drafts_in(a.id) > 0 && incoming.area(a.id).is_err())
    {
        return Err(crate::error::Error::Invalid {
            field: "restore",
            reason: format!(
                "{} holds private cards of the live session and is not in that state; reveal them first",
                lost.name
            ),
        });
    }

    let mut touched = Touched {
        canvas: true,
        ..Touched::default()
    };
    touched.areas = union(
        doc.areas().iter().map(|a| a.id),
        incoming.areas().iter().map(|a| a.id),
    );
    touched.initiatives = union(
        doc.initiatives().map(|i| i.id),
        incoming.initiatives().map(|i| i.id),
    );
    doc.swap_content(&mut incoming);
    // `incoming` now holds what was there before.
    let inverse_label = match label.strip_prefix(BEFORE) {
        Some(original) => original.to_string(),
        None => format!("{BEFORE}{label}"),
    };
    Ok(Applied {
        inverse: Op::ReplaceContent {
            label: inverse_label,
            details: CanvasDetails::of(&incoming.canvas),
            areas: incoming.areas().to_vec(),
            initiatives: incoming.initiatives().cloned().collect(),
        },
        touched,
    })
}

fn union(
    a: impl Iterator<Item = uuid::Uuid>,
    b: impl Iterator<Item = uuid::Uuid>,
) -> Vec<uuid::Uuid> {
    let mut seen = std::collections::HashSet::new();
    a.chain(b).filter(|id| seen.insert(*id)).collect()
}
