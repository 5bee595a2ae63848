//! One lane per area: the label column (name, stance, target), the panel with the stance and
//! target markers and the cards, and the two pole descriptions along the panel's foot.
//! Cards sit at their position (x) and lane offset (y); overlapping cards are moved down, in a
//! fixed order, until none hides another; the lane grows to hold them.

use std::collections::HashMap;

use uuid::Uuid;

use super::{Anchor, CardLayout, Frame, Label, LaneLayout, Rect, Rgb, Shape, WIDTH};
use crate::model::{Area, Document, Initiative, Status};
use crate::render::text::{Style, TextLine, Typesetter};

/// Room an empty canvas (no areas) keeps for its note.
pub const EMPTY_NOTE_HEIGHT: f32 = 80.0;
const LANE_GAP: f32 = 14.0;
const INSET: f32 = 8.0;
/// Height of the strip at the panel's top that carries the stance and target markers.
const TRACK: f32 = 32.0;
const POLE_STRIP: f32 = 42.0;
/// Space kept between cards.
const CARD_GAP: f32 = 6.0;
/// Above this many cards in one lane, every card on the canvas is drawn as a one-line chip.
const COMPACT_ABOVE: usize = 24;

/// The size and type of the cards on a canvas.
#[derive(Debug, Clone, Copy)]
pub struct CardSize {
    pub width: f32,
    compact: bool,
    title: Style,
    line_height: f32,
    max_lines: usize,
    /// Height of a lane's card zone before any card pushes it taller.
    zone: f32,
}

impl CardSize {
    pub fn for_document(doc: &Document) -> CardSize {
        let mut per_area: HashMap<Uuid, usize> = HashMap::new();
        for initiative in doc.initiatives() {
            *per_area.entry(initiative.area_id).or_default() += 1;
        }
        if per_area.values().any(|&n| n > COMPACT_ABOVE) {
            CardSize {
                width: 150.0,
                compact: true,
                title: Style::regular(12.0),
                line_height: 15.0,
                max_lines: 1,
                zone: 64.0,
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

    fn height(&self, lines: usize) -> f32 {
        if self.compact {
            26.0
        } else {
            11.0 + lines.max(1) as f32 * self.line_height + 22.0
        }
    }
}

fn text(x: f32, baseline: f32, anchor: Anchor, style: Style, colour: Rgb, line: TextLine) -> Shape {
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
struct Pending<'a> {
    initiative: &'a Initiative,
    lines: Vec<TextLine>,
    rect: Rect,
}

/// All lanes, top to bottom from `top`.
pub fn lanes(
    doc: &Document,
    setter: &Typesetter,
    frame: &Frame,
    card: CardSize,
    top: f32,
) -> Vec<LaneLayout> {
    let mut y = top;
    let mut lanes = Vec::with_capacity(doc.areas().len());
    for area in doc.areas() {
        let lane = lane(doc, area, setter, frame, card, y);
        y = lane.rect.bottom() + LANE_GAP;
        lanes.push(lane);
    }
    lanes
}

fn lane(
    doc: &Document,
    area: &Area,
    setter: &Typesetter,
    frame: &Frame,
    card: CardSize,
    top: f32,
) -> LaneLayout {
    let colour = Rgb::parse(&area.colour);
    let zone_top = top + INSET + TRACK;
    let mut pending: Vec<Pending> = doc
        .initiatives_in(area.id)
        .into_iter()
        .map(|initiative| {
            let lines = setter.wrap(
                &initiative.title,
                card.title,
                card.width - 27.0,
                card.max_lines,
            );
            let height = card.height(lines.len());
            let free = (card.zone - 8.0 - height).max(0.0);
            Pending {
                initiative,
                lines,
                rect: Rect {
                    x: frame.x(initiative.position) - card.width / 2.0,
                    y: zone_top + 4.0 + initiative.lane_offset.clamp(0.0, 1.0) as f32 * free,
                    width: card.width,
                    height,
                },
            }
        })
        .collect();
    separate(&mut pending);
    let cards_bottom = pending
        .iter()
        .map(|p| p.rect.bottom() + 10.0)
        .fold(0.0, f32::max);
    let zone_bottom = (zone_top + card.zone).max(cards_bottom);
    let panel = Rect {
        x: frame.plot_left,
        y: top + INSET,
        width: frame.plot_right - frame.plot_left,
        height: zone_bottom + POLE_STRIP - (top + INSET),
    };
    let rect = Rect {
        x: frame.margin,
        y: top,
        width: WIDTH - 2.0 * frame.margin,
        height: panel.height + 2.0 * INSET,
    };
    let plot = Rect {
        height: zone_bottom - panel.y,
        ..panel
    };
    let mut shapes = vec![
        Shape::Rect {
            rect,
            radius: 12.0,
            fill: Some(colour.tint(0.11)),
            stroke: None,
        },
        Shape::Rect {
            rect: Rect { width: 7.0, ..rect },
            radius: 3.5,
            fill: Some(colour),
            stroke: None,
        },
        Shape::Rect {
            rect: panel,
            radius: 8.0,
            fill: Some(Rgb::WHITE),
            stroke: Some((colour.tint(0.3), 1.0)),
        },
    ];
    shapes.extend(label_column(doc, area, setter, frame, top, colour));
    shapes.extend(poles(area, setter, &panel, zone_bottom));
    // Drawn with the markers, above the grid.
    let mut markers = Vec::new();
    if pending.is_empty() {
        let style = Style::regular(13.0);
        let note = setter.line("No initiatives yet", style);
        let centre = panel.x + panel.width / 2.0;
        let baseline = zone_top + card.zone / 2.0 + 4.0;
        markers.push(Shape::Rect {
            rect: Rect {
                x: centre - note.width / 2.0 - 10.0,
                y: baseline - 16.0,
                width: note.width + 20.0,
                height: 24.0,
            },
            radius: 4.0,
            fill: Some(Rgb::WHITE),
            stroke: None,
        });
        markers.push(text(
            centre,
            baseline,
            Anchor::Middle,
            style,
            Rgb::QUIET,
            note,
        ));
    }
    markers.extend(initiative_targets(&pending, frame, colour));
    markers.extend(stance_and_target(
        doc.stance(area.id),
        area.target,
        setter,
        frame,
        colour,
        panel.y + TRACK / 2.0 + 2.0,
    ));
    let cards = pending
        .into_iter()
        .map(|p| card_shapes(p, card, setter, colour))
        .collect();
    LaneLayout {
        area_id: area.id,
        name: area.name.clone(),
        rect,
        panel,
        plot,
        shapes,
        markers,
        cards,
    }
}

/// Moves cards down, in order of their wanted place (then x, then reading order), until no two
/// overlap. Only y changes: x is the card's place on the axis.
fn separate(cards: &mut [Pending]) {
    let mut order: Vec<usize> = (0..cards.len()).collect();
    order.sort_by(|&a, &b| {
        cards[a]
            .rect
            .y
            .total_cmp(&cards[b].rect.y)
            .then(cards[a].rect.x.total_cmp(&cards[b].rect.x))
            .then(a.cmp(&b))
    });
    let mut placed: Vec<Rect> = Vec::with_capacity(cards.len());
    for index in order {
        let mut rect = cards[index].rect;
        while let Some(bottom) = placed
            .iter()
            .filter(|p| p.overlaps(&rect, CARD_GAP))
            .map(Rect::bottom)
            .reduce(f32::max)
        {
            rect.y = bottom + CARD_GAP;
        }
        cards[index].rect = rect;
        placed.push(rect);
    }
}

fn label_column(
    doc: &Document,
    area: &Area,
    setter: &Typesetter,
    frame: &Frame,
    top: f32,
    colour: Rgb,
) -> Vec<Shape> {
    let x = frame.margin + 22.0;
    let width = frame.plot_left - 14.0 - x;
    let name_style = Style::bold(17.0);
    let mut shapes = Vec::new();
    let mut baseline = top + 34.0;
    for line in setter.wrap(&area.name, name_style, width, 3) {
        shapes.push(text(
            x,
            baseline,
            Anchor::Start,
            name_style,
            colour.shade(0.55),
            line,
        ));
        baseline += 22.0;
    }
    baseline += 6.0;
    let stance = doc.stance(area.id);
    let count = doc.initiatives_in(area.id).len();
    let facts = [
        (
            "Stance",
            stance.map_or("—".to_string(), super::format_axis_value),
        ),
        (
            "Target",
            area.target
                .map_or("not set".to_string(), super::format_axis_value),
        ),
        (
            "Shift",
            match (stance, area.target) {
                (Some(s), Some(t)) => super::format_axis_value(t - s),
                _ => "—".to_string(),
            },
        ),
    ];
    let key_style = Style::regular(13.0);
    let value_style = Style::bold(13.0);
    for (key, value) in facts {
        shapes.push(text(
            x,
            baseline,
            Anchor::Start,
            key_style,
            Rgb::MUTED,
            setter.line(key, key_style),
        ));
        shapes.push(text(
            x + 58.0,
            baseline,
            Anchor::Start,
            value_style,
            Rgb::INK,
            setter.line(&value, value_style),
        ));
        baseline += 19.0;
    }
    let note = match count {
        0 => "no initiatives".to_string(),
        1 => "1 initiative".to_string(),
        n => format!("{n} initiatives"),
    };
    let note_style = Style::regular(12.0);
    shapes.push(text(
        x,
        baseline + 2.0,
        Anchor::Start,
        note_style,
        Rgb::QUIET,
        setter.line(&note, note_style),
    ));
    shapes
}

fn poles(area: &Area, setter: &Typesetter, panel: &Rect, zone_bottom: f32) -> Vec<Shape> {
    let style = Style::regular(12.0);
    let width = panel.width / 2.0 - 40.0;
    let mut shapes = vec![Shape::Line {
        from: (panel.x + 12.0, zone_bottom),
        to: (panel.right() - 12.0, zone_bottom),
        colour: Rgb::GRID,
        width: 1.0,
        dash: None,
    }];
    for (pole, x, anchor) in [
        (&area.product_pole, panel.x + 14.0, Anchor::Start),
        (&area.customer_pole, panel.right() - 14.0, Anchor::End),
    ] {
        for (i, line) in setter.wrap(pole, style, width, 2).into_iter().enumerate() {
            shapes.push(text(
                x,
                zone_bottom + 17.0 + 15.0 * i as f32,
                anchor,
                style,
                Rgb::QUIET,
                line,
            ));
        }
    }
    shapes
}

/// Dashed leaders from a card to where the initiative should move, drawn under the cards.
fn initiative_targets(cards: &[Pending], frame: &Frame, colour: Rgb) -> Vec<Shape> {
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
        shapes.push(Shape::Circle {
            centre: (to_x, y),
            radius: 4.5,
            fill: Some(Rgb::WHITE),
            stroke: Some((colour.tint(0.8), 2.0)),
        });
    }
    shapes
}

/// The area's stance (filled) and target (ring) on the marker track, with an arrow between.
fn stance_and_target(
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

fn card_shapes(p: Pending, card: CardSize, setter: &Typesetter, colour: Rgb) -> CardLayout {
    let rect = p.rect;
    let dropped = p.initiative.status == Status::Dropped;
    let fill = colour.tint(if dropped { 0.06 } else { 0.16 });
    let mut shapes = vec![
        Shape::Rect {
            rect,
            radius: 6.0,
            fill: Some(fill),
            stroke: Some((colour.tint(0.5), 1.0)),
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
            shapes.push(text(x, rect.y + 17.0, Anchor::Start, card.title, ink, line));
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
