use serde::{Deserialize, Serialize};

use super::{Applied, Op, Touched};
use crate::error::Result;
use crate::model::{Canvas, Document};

/// The title block and axis labels of a canvas, edited together.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CanvasDetails {
    pub title: String,
    pub subtitle: String,
    pub offsite_date: Option<String>,
    pub axis_left: String,
    pub axis_right: String,
}

impl CanvasDetails {
    pub fn of(canvas: &Canvas) -> Self {
        CanvasDetails {
            title: canvas.title.clone(),
            subtitle: canvas.subtitle.clone(),
            offsite_date: canvas.offsite_date.clone(),
            axis_left: canvas.axis_left.clone(),
            axis_right: canvas.axis_right.clone(),
        }
    }
}

pub(super) fn edit(doc: &mut Document, details: &CanvasDetails) -> Result<Applied> {
    let mut edited = doc.canvas.clone();
    edited.title.clone_from(&details.title);
    edited.subtitle.clone_from(&details.subtitle);
    edited.offsite_date.clone_from(&details.offsite_date);
    edited.axis_left.clone_from(&details.axis_left);
    edited.axis_right.clone_from(&details.axis_right);
    edited.validate()?;
    let inverse = Op::EditCanvas {
        details: CanvasDetails::of(&doc.canvas),
    };
    doc.canvas = edited;
    Ok(Applied {
        inverse,
        touched: Touched {
            canvas: true,
            ..Touched::default()
        },
    })
}
