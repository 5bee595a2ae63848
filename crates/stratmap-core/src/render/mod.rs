//! Rendering and export: one pipeline for every picture and summary.
//!
//! `layout` turns a document into geometry, `svg` writes it as an SVG, `tree` parses that SVG
//! (in parts, side by side) into `usvg::Tree`s with the embedded fonts only, and resvg
//! rasterises them into the PNG (`png`). Page 1 of the PDF summary (`pdf`) paints the same
//! layout's shapes in the same order with krilla, without the SVG round trip.
//! Text is set in Rust with the same font data (`text`), so wrapping matches what is drawn.
//! usvg reports problems through the `log` crate; nothing here prints.

pub mod fonts;
pub mod jsoncanvas;
pub mod layout;
pub mod pdf;
pub mod png;
pub mod svg;
pub mod text;
mod tree;

pub use pdf::{PageSize, PdfOptions, export_pdf};
pub use png::{PngOptions, Scale, export_png};
pub use svg::Background;

use crate::error::Result;
use crate::model::Document;

/// The canvas picture as SVG with a white background: what `--svg` writes, and exactly the
/// text the default PNG is rasterised from.
pub fn canvas_svg(doc: &Document) -> Result<String> {
    picture_svg(doc, Background::White)
}

/// The canvas picture as SVG with the given background.
pub fn picture_svg(doc: &Document, background: Background) -> Result<String> {
    let layout = layout::layout(doc)?;
    Ok(svg::write(&layout, &doc.canvas.title, background))
}
