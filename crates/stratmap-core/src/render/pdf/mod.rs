//! The PDF summary: first the canvas as vector graphics (`canvas_pages`: the same layout the SVG
//! and the PNG are made from, its shapes drawn in the same order straight onto the page: reading
//! the SVG back and laying its text out again cost more than the rest of the PDF together), on
//! one page or, when it is tall, at the page's width over several; then
//! the summary pages (`flow`, with one module per section), each page with a footer.
//! Landscape A4 or Letter; fonts embedded and subset by krilla; title and creation date (the
//! canvas's last change, not the clock) in the metadata, so output is byte-identical.

mod areas;
mod assessment;
mod canvas_pages;
mod compare;
mod decisions;
mod draw;
mod flow;
mod participants;
mod summary;
mod table;
mod team_axis;
mod voting;

use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::surface::Surface;

use super::layout::{self, Anchor, Label, Rgb, Shape};
use super::text::{Style, Typesetter};
use crate::compare::Comparison;
use crate::decisions::Decision;
use crate::error::{Error, Result};
use crate::model::Document;
use crate::snapshot::Snapshot;
use canvas_pages::CanvasPages;

/// The paper, always used landscape.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum PageSize {
    #[default]
    A4,
    Letter,
}

impl PageSize {
    /// Width and height in points, landscape.
    pub fn landscape(self) -> (f32, f32) {
        match self {
            PageSize::A4 => (841.89, 595.28),
            PageSize::Letter => (792.0, 612.0),
        }
    }
}

impl std::str::FromStr for PageSize {
    type Err = Error;
    fn from_str(text: &str) -> Result<PageSize> {
        match text.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(PageSize::A4),
            "letter" => Ok(PageSize::Letter),
            _ => Err(Error::Invalid {
                field: "page size",
                reason: format!("{text:?} is not one of a4, letter"),
            }),
        }
    }
}

/// What the summary holds beyond the canvas itself. The store's records (the decision log, a
/// comparison of two states) are handed in by the caller, so rendering never reads a file.
#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    pub page: PageSize,
    /// Adds a "Changes since …" page.
    pub compare: Option<Comparison>,
    /// The file's decision log, oldest first (`CanvasFile::decisions(None)`); the entries with a
    /// reason are listed. Empty: no decision log section.
    pub decisions: Vec<Decision>,
}

/// The PDF summary of `doc`.
pub fn export_pdf(doc: &Document, snapshots: &[Snapshot], options: &PdfOptions) -> Result<Vec<u8>> {
    let setter = Typesetter::new()?;
    let picture = layout::layout_with(doc, &setter)?;
    let (width, height) = options.page.landscape();
    let canvas = CanvasPages::plan(&picture, width, height);
    let summary = summary::pages(doc, snapshots, options, &setter, width, height);
    let total = summary.len() + canvas.slices.len();
    let fonts = draw::PdfFonts::new()?;
    let settings = PageSettings::from_wh(width, height)
        .ok_or_else(|| Error::Render("the page size is not valid".to_string()))?;

    let mut pdf = krilla::Document::new();
    pdf.set_metadata(metadata(doc));
    for index in 0..canvas.slices.len() {
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        canvas_pages::draw_page(
            &mut surface,
            &fonts,
            &setter,
            &picture,
            &canvas,
            index,
            width,
        )?;
        footer(
            &mut surface,
            &fonts,
            &setter,
            doc,
            index + 1,
            total,
            width,
            height,
        );
        surface.finish();
        page.finish();
    }
    for (index, shapes) in summary.iter().enumerate() {
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        draw::shapes(&mut surface, &fonts, &setter, shapes);
        footer(
            &mut surface,
            &fonts,
            &setter,
            doc,
            index + canvas.slices.len() + 1,
            total,
            width,
            height,
        );
        surface.finish();
        page.finish();
    }
    pdf.finish()
        .map_err(|e| Error::Render(format!("writing the PDF failed: {e:?}")))
}

#[allow(clippy::too_many_arguments)]
fn footer(
    surface: &mut Surface,
    fonts: &draw::PdfFonts,
    setter: &Typesetter,
    doc: &Document,
    number: usize,
    total: usize,
    width: f32,
    height: f32,
) {
    let style = Style::regular(8.0);
    let baseline = height - flow::MARGIN + 12.0;
    let right = setter.line(&format!("Page {number} of {total}"), style);
    let left = setter.fit(
        &format!("{} · strategy summary", doc.canvas.title),
        style,
        width - 2.0 * flow::MARGIN - right.width - 24.0,
    );
    let shapes = [
        Shape::Line {
            from: (flow::MARGIN, baseline - 12.0),
            to: (width - flow::MARGIN, baseline - 12.0),
            colour: Rgb::GRID,
            width: 0.75,
            dash: None,
        },
        Shape::Text(Label {
            x: flow::MARGIN,
            baseline,
            anchor: Anchor::Start,
            style,
            colour: Rgb::QUIET,
            line: left,
        }),
        Shape::Text(Label {
            x: width - flow::MARGIN,
            baseline,
            anchor: Anchor::End,
            style,
            colour: Rgb::QUIET,
            line: right,
        }),
    ];
    draw::shapes(surface, fonts, setter, &shapes);
}

/// Title, creator and the canvas's last change as creation date; a document id made from the
/// canvas id and that date, so two exports of the same state are the same bytes.
fn metadata(doc: &Document) -> Metadata {
    let mut metadata = Metadata::new()
        .title(doc.canvas.title.clone())
        .creator("Stratmap".to_string())
        .document_id(format!("{}@{}", doc.canvas.id, doc.canvas.updated_at));
    if !doc.canvas.subtitle.trim().is_empty() {
        metadata = metadata.description(doc.canvas.subtitle.clone());
    }
    if let Some(date) = creation_date(&doc.canvas.updated_at) {
        metadata = metadata.creation_date(date);
    }
    metadata
}

fn creation_date(stamp: &str) -> Option<DateTime> {
    let t = time::OffsetDateTime::parse(stamp, &time::format_description::well_known::Rfc3339)
        .ok()?
        .to_offset(time::UtcOffset::UTC);
    let year = u16::try_from(t.year()).ok()?;
    Some(
        DateTime::new(year)
            .month(u8::from(t.month()))
            .day(t.day())
            .hour(t.hour())
            .minute(t.minute())
            .second(t.second())
            .utc_offset_hour(0)
            .utc_offset_minute(0),
    )
}
