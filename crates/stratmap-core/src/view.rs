//! What a front end shows of an open canvas: the document with every derived figure (stances,
//! counts) computed here, so no front end computes business results.

use serde::Serialize;
use uuid::Uuid;

use crate::editor::Editor;
use crate::model::{Canvas, Initiative};

/// An open canvas as the desktop UI draws it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CanvasView {
    pub path: String,
    pub file_name: String,
    pub canvas: Canvas,
    /// Lanes, in order.
    pub areas: Vec<AreaView>,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// One lane: the area, its derived stance and its initiatives in reading order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AreaView {
    pub id: Uuid,
    pub name: String,
    pub colour: String,
    pub product_pole: String,
    pub customer_pole: String,
    pub target: Option<f64>,
    pub stance: Option<f64>,
    pub initiatives: Vec<Initiative>,
}

impl CanvasView {
    pub fn of(editor: &Editor) -> CanvasView {
        let doc = editor.document();
        let path = editor.file().path();
        CanvasView {
            path: path.display().to_string(),
            file_name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            canvas: doc.canvas.clone(),
            areas: doc
                .stances()
                .into_iter()
                .filter_map(|(id, stance)| {
                    let area = doc.area(id).ok()?;
                    Some(AreaView {
                        id,
                        name: area.name.clone(),
                        colour: area.colour.clone(),
                        product_pole: area.product_pole.clone(),
                        customer_pole: area.customer_pole.clone(),
                        target: area.target,
                        stance,
                        initiatives: doc.initiatives_in(id).into_iter().cloned().collect(),
                    })
                })
                .collect(),
            can_undo: editor.can_undo(),
            can_redo: editor.can_redo(),
        }
    }
}
