//! Writes a layout as a plain SVG 1.1 document: rectangles, lines, circles, polygons and
//! `<text>` with one `<tspan>` per font run, every family named. No filters, no CSS, no
//! fonts by reference other than the families the embedded fonts declare, so resvg, librsvg
//! and browsers draw it alike.
//!
//! This file assembles the document and cuts it into parts; `elements` writes each shape.

mod elements;

use std::fmt::Write;

use super::fonts::family_list;
use super::layout::{Layout, Shape};
use elements::{num, write_shape};

pub use elements::escape;

/// Whether the SVG paints its own white background (the default picture) or stays transparent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    White,
    Transparent,
}

/// The SVG text of `layout`; `title` becomes the document's `<title>`.
pub fn write(layout: &Layout, title: &str, background: Background) -> String {
    let pieces = Pieces::new(layout, title, background);
    let mut out = String::with_capacity(pieces.len());
    out.push_str(&pieces.head);
    for card in &pieces.cards {
        out.push_str(card);
    }
    out.push_str(TAIL);
    out
}

/// The same picture as `parts` SVG documents of the same size that, drawn one over the other
/// in order, paint exactly what `write` paints: the first holds everything up to some card,
/// each next one only further cards (no title, no background). Each is about as long as the
/// others, so they can be parsed side by side. Cards never overlap a part boundary.
pub(crate) fn write_parts(
    layout: &Layout,
    title: &str,
    background: Background,
    parts: usize,
) -> Vec<String> {
    let pieces = Pieces::new(layout, title, background);
    let parts = parts.max(1);
    let share = pieces.len().div_ceil(parts);
    let mut out: Vec<String> = Vec::with_capacity(parts);
    let mut current = pieces.head.clone();
    for card in &pieces.cards {
        if current.len() >= share && out.len() + 1 < parts {
            current.push_str(TAIL);
            out.push(std::mem::replace(&mut current, pieces.opening.clone()));
        }
        current.push_str(card);
    }
    current.push_str(TAIL);
    out.push(current);
    out
}

const TAIL: &str = "</g>\n</svg>\n";

/// `write`'s text cut where parts may split: everything before the first card (ending inside
/// the open `<g id="cards">`), each card's group, and then `TAIL`.
struct Pieces {
    head: String,
    /// The `<svg>` start tag and the open cards group: how a later part starts.
    opening: String,
    cards: Vec<String>,
}

impl Pieces {
    fn new(layout: &Layout, title: &str, background: Background) -> Pieces {
        let mut out = String::with_capacity(4096 + layout.lanes.len() * 4096);
        let (w, h) = (num(layout.width), num(layout.height));
        let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
        let _ = writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{}">"#,
            escape(&family_list(super::fonts::Face::InterRegular))
        );
        let mut opening = out.clone();
        opening.push_str("<g id=\"cards\">\n");
        let _ = writeln!(out, "<title>{}</title>", escape(title));
        if background == Background::White {
            let _ = writeln!(out, r##"<rect width="{w}" height="{h}" fill="#FFFFFF"/>"##);
        }
        group(&mut out, r#"id="header""#, &layout.header);
        out.push_str("<g id=\"lanes\">\n");
        for lane in &layout.lanes {
            group(
                &mut out,
                &format!(r#"class="lane" data-area="{}""#, lane.area_id),
                &lane.shapes,
            );
        }
        out.push_str("</g>\n");
        group(&mut out, r#"id="axis""#, &layout.axis);
        out.push_str("<g id=\"markers\">\n");
        for lane in &layout.lanes {
            if !lane.markers.is_empty() {
                group(
                    &mut out,
                    &format!(r#"data-area="{}""#, lane.area_id),
                    &lane.markers,
                );
            }
        }
        out.push_str("</g>\n<g id=\"cards\">\n");
        let mut cards = Vec::new();
        for lane in &layout.lanes {
            for card in &lane.cards {
                let mut text = String::with_capacity(1024);
                group(
                    &mut text,
                    &format!(r#"class="card" data-initiative="{}""#, card.id),
                    &card.shapes,
                );
                cards.push(text);
            }
        }
        Pieces {
            head: out,
            opening,
            cards,
        }
    }

    /// The length of the whole text.
    fn len(&self) -> usize {
        self.head.len() + self.cards.iter().map(String::len).sum::<usize>() + TAIL.len()
    }
}

fn group(out: &mut String, attributes: &str, shapes: &[Shape]) {
    let _ = writeln!(out, "<g {attributes}>");
    for shape in shapes {
        write_shape(out, shape);
    }
    out.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(cards: usize) -> Layout {
        use crate::render::layout::{CardLayout, LaneLayout, Rect, Rgb};
        let rect = Rect {
            x: 0.0,
            y: 0.0,
            width: 10.0,
            height: 10.0,
        };
        let square = |i: usize| Shape::Rect {
            rect: Rect {
                x: i as f32,
                ..rect
            },
            radius: 0.0,
            fill: Some(Rgb::GRID),
            stroke: None,
        };
        let lane = LaneLayout {
            area_id: uuid::Uuid::nil(),
            name: "Lane".to_string(),
            rect,
            panel: rect,
            plot: rect,
            shapes: vec![square(0)],
            markers: vec![square(1)],
            cards: (0..cards)
                .map(|i| CardLayout {
                    id: uuid::Uuid::from_u128(i as u128),
                    rect,
                    colour: Rgb::GRID,
                    fill: Rgb::GRID,
                    shapes: vec![square(i)],
                })
                .collect(),
        };
        Layout {
            width: 100.0,
            height: 50.0,
            header: vec![square(2)],
            axis: vec![square(3)],
            lanes: vec![lane],
        }
    }

    #[test]
    fn parts_hold_the_whole_picture_in_order() {
        for cards in [0, 1, 7] {
            let layout = sample(cards);
            let whole = write(&layout, "T", Background::White);
            assert_eq!(
                write_parts(&layout, "T", Background::White, 1),
                vec![whole.clone()]
            );
            let parts = write_parts(&layout, "T", Background::White, 2);
            assert!(parts.len() <= 2);
            assert!(whole.starts_with(&parts[0][..parts[0].len() - TAIL.len()]));
            let mut joined = parts[0][..parts[0].len() - TAIL.len()].to_string();
            for part in &parts[1..] {
                let opening = part.find("<g id=\"cards\">\n").map(|at| at + 15);
                let body = opening.map_or("", |at| &part[at..part.len() - TAIL.len()]);
                assert!(!body.is_empty());
                joined.push_str(body);
            }
            joined.push_str(TAIL);
            assert_eq!(joined, whole);
        }
    }

    #[test]
    fn shapes_are_written_in_the_layouts_paint_order() {
        // The PDF paints `paint_order` directly; the SVG must paint the same order.
        let layout = sample(3);
        let whole = write(&layout, "T", Background::White);
        let mut from = 0;
        for shape in layout.paint_order().flatten() {
            let mut text = String::new();
            write_shape(&mut text, shape);
            let found = whole[from..].find(&text);
            assert!(found.is_some(), "{text} not after byte {from}");
            from += found.unwrap_or_default() + text.len();
        }
    }
}
