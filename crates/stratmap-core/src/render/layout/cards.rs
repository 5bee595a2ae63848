//! Cards and markers inside a lane: the card size for a canvas, setting cards in their rows,
//! drawing a card, and the stance, target and initiative-target markers.

use std::collections::HashMap;

use uuid::Uuid;

use super::{Anchor, CardLayout, Frame, Label, Rect, Rgb, Shape};
use crate::model::placement::Rows;
use crate::model::{Document, Initiative, Status};
use crate::render::text::{Style, TextLine, Typesetter};

/// Space kept between cards.
const CARD_GAP: f32 = 6.0;
/// Above this many cards in one lane, every card on the canvas is drawn as a one-line chip.
const COMPACT_ABOVE: usize = 24;

/// The size and type of the cards on a canvas.
#[derive(Debug, Clone, Copy)]
pub struct CardSize {
    pub width: f32,
    pub(super) compact: bool,
    pub(super) title: Style,
    pub(super) line_height: f32,
    pub(super) max_lines: usize,
    /// Height of a lane's card zone before any card pushes it taller.
    pub(super) zone: f32,
}

impl CardSize {
    pub fn for_document(doc: &Document) -> CardSize {
        let mut per_area: HashMap<Uuid, usize> = HashMap::new();
        for initiative in doc.initiatives() {
            *per_area.entry(initiative.area_id).or_default() += 1;
        }
        if per_area.values().any(|&n| n > COMPACT_ABOVE) {
            CardSize {
                width: 136.0,
                compact: true,
                title: Style::regular(11.0),
                line_height: 14.0,
                max_lines: 1,
                zone: 56.0,
            }
        } else {
            CardSize {
                width: 176.0,
                compact: false,
                title: Style::regular(13.5),
                line_height: 17.0,
                max_lines: 3,
                zone: 112.0,
            }
        }
    }

    pub(super) fn height(&self, lines: usize) -> f32 {
        if self.compact {
            22.0
        } else {
            11.0 + lines.max(1) as f32 * self.line_height + 22.0
        }
    }
}

pub(super) fn text(
    x: f32,
    baseline: f32,
    anchor: Anchor,
    style: Style,
    colour: Rgb,
    line: TextLine,
) -> Shape {
    Shape::Text(Label {
        x,
        baseline,
        anchor,
        style,
        colour,
        line,
    })
}

/// A card before it is drawn: where it wants to be and its title lines.
pub(super) struct Pending<'a> {
    pub initiative: &'a Initiative,
    pub lines: Vec<TextLine>,
    pub rect: Rect,
}

/// Sets each card's y from the row the placement rule gave it (`rows`, top to bottom from `top`).
/// A row is as tall as its tallest card; an empty row as a one-line card. Only y changes: x is the
/// card's place on the axis.
pub(super) fn place_in_rows(cards: &mut [Pending], rows: &Rows, size: CardSize, top: f32) {
    let row_of: HashMap<Uuid, usize> = rows
        .iter()
        .enumerate()
        .flat_map(|(row, ids)| ids.iter().map(move |id| (*id, row)))
        .collect();
    let mut heights = vec![size.height(1); rows.len()];
    for card in cards.iter() {
        if let Some(&row) = row_of.get(&card.initiative.id) {
            heights[row] = heights[row].max(card.rect.height);
        }
    }
    let mut tops = Vec::with_capacity(heights.len());
    let mut y = top;
    for height in heights {
        tops.push(y);
        y += height + CARD_GAP;
    }
    for card in cards.iter_mut() {
        if let Some(&row) = row_of.get(&card.initiative.id) {
            card.rect.y = tops[row];
        }
    }
}

/// Dashed leaders from a card to where the initiative should move, drawn under the cards.
pub(super) fn initiative_targets(cards: &[Pending], frame: &Frame, colour: Rgb) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for card in cards {
        let Some(target) = card.initiative.target else {
            continue;
        };
        let from_x = card.rect.x + card.rect.width / 2.0;
        let to_x = frame.x(target);
        if (to_x - from_x).abs() < card.rect.width / 2.0 + 6.0 {
            continue;
        }
        let y = card.rect.y + card.rect.height / 2.0;
        shapes.push(Shape::Line {
            from: (from_x, y),
            to: (to_x, y),
            colour: colour.tint(0.7),
            width: 1.5,
            dash: Some(4.0),
        });
        // A ring 2 units wide as two fills (as the card border): one per initiative with a
        // target, so it is worth rasterising fast.
        shapes.push(Shape::Circle {
            centre: (to_x, y),
            radius: 5.5,
            fill: Some(colour.tint(0.8)),
            stroke: None,
        });
        shapes.push(Shape::Circle {
            centre: (to_x, y),
            radius: 3.5,
            fill: Some(Rgb::WHITE),
            stroke: None,
        });
    }
    shapes
}

/// The area's stance (filled) and target (ring) on the marker track, with an arrow between.
pub(super) fn stance_and_target(
    stance: Option<f64>,
    target: Option<f64>,
    setter: &Typesetter,
    frame: &Frame,
    colour: Rgb,
    y: f32,
) -> Vec<Shape> {
    let dark = colour.shade(0.7);
    let style = Style::bold(12.0);
    let mut shapes = Vec::new();
    let value_label = |value: f64, x: f32, to_right: bool| {
        let anchor = if to_right { Anchor::Start } else { Anchor::End };
        let dx = if to_right { 13.0 } else { -13.0 };
        text(
            x + dx,
            y + 4.5,
            anchor,
            style,
            dark,
            setter.line(&super::format_axis_value(value), style),
        )
    };
    let stance_x = stance.map(|s| frame.x(s));
    let target_x = target.map(|t| frame.x(t));
    if let (Some(sx), Some(tx)) = (stance_x, target_x)
        && (tx - sx).abs() > 20.0
    {
        let direction = (tx - sx).signum();
        let tip = tx - direction * 10.0;
        shapes.push(Shape::Line {
            from: (sx + direction * 8.0, y),
            to: (tip - direction * 7.0, y),
            colour: colour.tint(0.85),
            width: 2.0,
            dash: Some(5.0),
        });
        shapes.push(Shape::Polygon {
            points: vec![
                (tip, y),
                (tip - direction * 8.0, y - 4.5),
                (tip - direction * 8.0, y + 4.5),
            ],
            fill: colour.tint(0.85),
        });
    }
    if let (Some(t), Some(tx)) = (target, target_x) {
        shapes.push(Shape::Circle {
            centre: (tx, y),
            radius: 7.5,
            fill: Some(Rgb::WHITE),
            stroke: Some((colour, 3.0)),
        });
        let to_right = stance_x.is_none_or(|sx| tx >= sx);
        shapes.push(value_label(t, tx, to_right));
    }
    if let (Some(s), Some(sx)) = (stance, stance_x) {
        shapes.push(Shape::Circle {
            centre: (sx, y),
            radius: 7.5,
            fill: Some(colour),
            stroke: Some((Rgb::WHITE, 2.0)),
        });
        let to_right = target_x.is_some_and(|tx| tx < sx) || target_x.is_none();
        shapes.push(value_label(s, sx, to_right));
    }
    shapes
}

pub(super) fn card_shapes(
    p: Pending,
    card: CardSize,
    setter: &Typesetter,
    colour: Rgb,
) -> CardLayout {
    let rect = p.rect;
    let dropped = p.initiative.status == Status::Dropped;
    let fill = colour.tint(if dropped { 0.06 } else { 0.16 });
    // The 1-unit border is the outer rectangle showing around the inner one: two fills paint
    // what a centred stroke paints, and rasterise several times faster than a stroke.
    let mut shapes = vec![
        Shape::Rect {
            rect: grown(rect, 0.5),
            radius: 6.5,
            fill: Some(colour.tint(0.5)),
            stroke: None,
        },
        Shape::Rect {
            rect: grown(rect, -0.5),
            radius: 5.5,
            fill: Some(fill),
            stroke: None,
        },
        Shape::Rect {
            rect: Rect { width: 5.0, ..rect },
            radius: 2.5,
            fill: Some(colour),
            stroke: None,
        },
    ];
    let ink = if dropped { Rgb::QUIET } else { Rgb::INK };
    let x = rect.x + 14.0;
    if card.compact {
        if let Some(line) = p.lines.into_iter().next() {
            shapes.push(text(x, rect.y + 15.0, Anchor::Start, card.title, ink, line));
        }
    } else {
        for (i, line) in p.lines.into_iter().enumerate() {
            let baseline = rect.y + 11.0 + card.title.size + i as f32 * card.line_height;
            shapes.push(text(x, baseline, Anchor::Start, card.title, ink, line));
        }
        let mut meta: Vec<&str> = Vec::new();
        if !p.initiative.owner.trim().is_empty() {
            meta.push(p.initiative.owner.as_str());
        }
        meta.push(p.initiative.status.as_str());
        let style = Style::regular(11.0);
        let line = setter.fit(&meta.join(" · "), style, rect.width - 14.0 - 40.0);
        shapes.push(text(
            x,
            rect.bottom() - 10.0,
            Anchor::Start,
            style,
            Rgb::MUTED,
            line,
        ));
        for dot in 0..3 {
            shapes.push(Shape::Circle {
                centre: (rect.right() - 30.0 + 8.0 * dot as f32, rect.bottom() - 14.0),
                radius: 2.6,
                fill: Some(if dot < p.initiative.impact {
                    colour
                } else {
                    colour.tint(0.3)
                }),
                stroke: None,
            });
        }
    }
    CardLayout {
        id: p.initiative.id,
        rect,
        colour,
        fill,
        shapes,
    }
}

/// `rect` grown by `by` on every side (shrunk when negative).
fn grown(rect: Rect, by: f32) -> Rect {
    Rect {
        x: rect.x - by,
        y: rect.y - by,
        width: rect.width + 2.0 * by,
        height: rect.height + 2.0 * by,
    }
}
