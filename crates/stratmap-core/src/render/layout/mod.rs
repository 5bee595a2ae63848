//! Geometry of a canvas picture: the title block and legend, the axis with its ticks, one lane per
//! area with its stance and target markers, and the initiative cards with their wrapped titles.
//! Pure: the same document always gives the same layout; the writers only draw what is here.

mod cards;
mod header;
mod lanes;
mod style;

use uuid::Uuid;

use super::text::{Style, TextLine, Typesetter};
use crate::error::Result;
use crate::model::Document;

pub use header::{AXIS_BOTTOM, AXIS_TOP};
pub use style::{Rgb, format_axis_value};

/// Width of every canvas picture, in px at scale 1.
pub const WIDTH: f32 = 1600.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// Whether the two rectangles, each grown by `gap`/2, overlap.
    pub fn overlaps(&self, other: &Rect, gap: f32) -> bool {
        self.x < other.right() + gap
            && other.x < self.right() + gap
            && self.y < other.bottom() + gap
            && other.y < self.bottom() + gap
    }
}

/// Where a line of text hangs from its x.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A line of set text at a baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f32,
    pub baseline: f32,
    pub anchor: Anchor,
    pub style: Style,
    pub colour: Rgb,
    pub line: TextLine,
}

/// Something to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        radius: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        colour: Rgb,
        width: f32,
        dash: Option<f32>,
    },
    Circle {
        centre: (f32, f32),
        radius: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    /// A closed polygon (arrowheads).
    Polygon {
        points: Vec<(f32, f32)>,
        fill: Rgb,
    },
    Text(Label),
}

/// A placed initiative card.
#[derive(Debug, Clone, PartialEq)]
pub struct CardLayout {
    pub id: Uuid,
    pub rect: Rect,
    /// The area's colour (the card's stripe).
    pub colour: Rgb,
    /// The card's body colour, a tint of the area colour.
    pub fill: Rgb,
    pub shapes: Vec<Shape>,
}

/// One area's lane.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneLayout {
    pub area_id: Uuid,
    pub name: String,
    pub rect: Rect,
    /// The white panel the cards sit on.
    pub panel: Rect,
    /// The part of the panel above the pole descriptions: markers and cards.
    pub plot: Rect,
    /// Background, label column and pole descriptions.
    pub shapes: Vec<Shape>,
    /// Stance and target markers, and initiative target arrows.
    pub markers: Vec<Shape>,
    pub cards: Vec<CardLayout>,
}

/// The whole picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    /// Title block and legend.
    pub header: Vec<Shape>,
    /// Axis line, ticks, labels and the grid through the lanes.
    pub axis: Vec<Shape>,
    pub lanes: Vec<LaneLayout>,
}

impl Layout {
    /// Every group of shapes in the order they are painted (later over earlier): header,
    /// lanes, axis and grid, markers, then cards lane by lane. The SVG writer and the PDF's
    /// canvas page both paint in this order.
    pub fn paint_order(&self) -> impl Iterator<Item = &[Shape]> {
        self.paint_order_between(f32::NEG_INFINITY, f32::INFINITY)
    }

    /// `paint_order` with only the lanes that reach into `top..bottom` (a page of a picture
    /// split over several): the header and the axis always.
    pub fn paint_order_between(&self, top: f32, bottom: f32) -> impl Iterator<Item = &[Shape]> {
        let shown = move |lane: &&LaneLayout| lane.rect.bottom() > top && lane.rect.y < bottom;
        let lanes = self
            .lanes
            .iter()
            .filter(shown)
            .map(|lane| lane.shapes.as_slice());
        let markers = self
            .lanes
            .iter()
            .filter(shown)
            .map(|lane| lane.markers.as_slice());
        let cards = self
            .lanes
            .iter()
            .filter(shown)
            .flat_map(|lane| lane.cards.iter().map(|card| card.shapes.as_slice()));
        std::iter::once(self.header.as_slice())
            .chain(lanes)
            .chain(std::iter::once(self.axis.as_slice()))
            .chain(markers)
            .chain(cards)
    }
}

/// The horizontal scale shared by the axis, the markers and the cards.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub margin: f32,
    pub plot_left: f32,
    pub plot_right: f32,
    pub axis_left: f32,
    pub axis_right: f32,
}

impl Frame {
    fn new(card_width: f32) -> Frame {
        let margin = 40.0;
        let label_width = 236.0;
        let plot_left = margin + label_width + 12.0;
        let plot_right = WIDTH - margin - 8.0;
        Frame {
            margin,
            plot_left,
            plot_right,
            axis_left: plot_left + card_width / 2.0 + 10.0,
            axis_right: plot_right - card_width / 2.0 - 10.0,
        }
    }

    /// The x of an axis value (−100..100).
    pub fn x(&self, value: f64) -> f32 {
        let t = ((value.clamp(-100.0, 100.0) + 100.0) / 200.0) as f32;
        self.axis_left + t * (self.axis_right - self.axis_left)
    }
}

/// Lays out `doc`.
pub fn layout(doc: &Document) -> Result<Layout> {
    layout_with(doc, &Typesetter::new()?)
}

/// Lays out `doc` with `setter`, so a caller that draws the text afterwards finds its runs
/// already shaped.
pub fn layout_with(doc: &Document, setter: &Typesetter) -> Result<Layout> {
    let card = cards::CardSize::for_document(doc);
    let frame = Frame::new(card.width);
    let header = header::title_block(doc, setter, &frame);
    let lanes_top = header::AXIS_BOTTOM;
    let lanes = lanes::lanes(doc, setter, &frame, card, lanes_top);
    let content_bottom = lanes
        .last()
        .map_or(lanes_top + lanes::EMPTY_NOTE_HEIGHT, |l| l.rect.bottom());
    let mut axis = header::axis(doc, setter, &frame);
    axis.extend(header::grid(&frame, &lanes));
    let mut header = header;
    if lanes.is_empty() {
        header.push(header::no_areas_note(setter, &frame, lanes_top));
    }
    Ok(Layout {
        width: WIDTH,
        height: (content_bottom + frame.margin).ceil(),
        header,
        axis,
        lanes,
    })
}
