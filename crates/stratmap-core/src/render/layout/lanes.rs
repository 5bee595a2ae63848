//! One lane per area: the label column (name, stance, target), the panel with the stance and
//! target markers and the cards, and the two pole descriptions along the panel's foot.
//! Cards sit at their position (x) in the row the core's placement rule gives them (y); the lane
//! grows to hold its rows.

use super::cards::{
    CardSize, Pending, card_shapes, initiative_targets, place_in_rows, stance_and_target, text,
};
use super::{Anchor, Frame, LaneLayout, Rect, Rgb, Shape, WIDTH};
use crate::model::{Area, Document};
use crate::render::text::{Style, Typesetter};

/// Room an empty canvas (no areas) keeps for its note.
pub const EMPTY_NOTE_HEIGHT: f32 = 80.0;
const LANE_GAP: f32 = 14.0;
const INSET: f32 = 8.0;
/// Height of the strip at the panel's top that carries the stance and target markers.
const TRACK: f32 = 32.0;
const POLE_STRIP: f32 = 42.0;

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
            Pending {
                initiative,
                rect: Rect {
                    x: frame.x(initiative.position) - card.width / 2.0,
                    y: zone_top + 4.0,
                    width: card.width,
                    height: card.height(lines.len()),
                },
                lines,
            }
        })
        .collect();
    place_in_rows(&mut pending, &doc.card_rows(area.id), card, zone_top + 4.0);
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
