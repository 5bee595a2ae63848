//! The top of the picture: title block, legend, and the axis with its ticks; and the grid that
//! carries the ticks down through the lanes.

use super::{Anchor, Frame, Label, LaneLayout, Rect, Rgb, Shape, WIDTH};
use crate::model::Document;
use crate::render::text::{Style, Typesetter};

const TITLE_BASELINE: f32 = 74.0;
const SUBTITLE_BASELINE: f32 = 102.0;
const POLE_BASELINE: f32 = 140.0;
const TICK_BASELINE: f32 = 160.0;
const AXIS_Y: f32 = 170.0;
/// Where the axis band starts: the pole names above the ticks (below the title block).
pub const AXIS_TOP: f32 = 118.0;
/// Where the first lane starts.
pub const AXIS_BOTTOM: f32 = 190.0;
const TICKS: [f64; 5] = [-100.0, -50.0, 0.0, 50.0, 100.0];

fn label(
    x: f32,
    baseline: f32,
    anchor: Anchor,
    style: Style,
    colour: Rgb,
    line: super::TextLine,
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

/// Canvas title, subtitle with the offsite date, and the legend on the right.
pub fn title_block(doc: &Document, setter: &Typesetter, frame: &Frame) -> Vec<Shape> {
    let (mut shapes, legend_left) = legend(setter, frame);
    let max_width = legend_left - frame.margin - 32.0;
    let title_style = Style::bold(30.0);
    shapes.push(label(
        frame.margin,
        TITLE_BASELINE,
        Anchor::Start,
        title_style,
        Rgb::INK,
        setter.fit(&doc.canvas.title, title_style, max_width),
    ));
    let mut parts: Vec<String> = Vec::new();
    if !doc.canvas.subtitle.trim().is_empty() {
        parts.push(doc.canvas.subtitle.clone());
    }
    if let Some(date) = &doc.canvas.offsite_date {
        parts.push(format!("Offsite {}", long_date(date)));
    }
    if !parts.is_empty() {
        let style = Style::regular(16.0);
        shapes.push(label(
            frame.margin,
            SUBTITLE_BASELINE,
            Anchor::Start,
            style,
            Rgb::MUTED,
            setter.fit(&parts.join("  ·  "), style, max_width),
        ));
    }
    shapes
}

/// "2026-11-27" as "27 November 2026"; anything unparsable as given.
pub fn long_date(date: &str) -> String {
    let input = time::macros::format_description!("[year]-[month]-[day]");
    let output = time::macros::format_description!("[day padding:none] [month repr:long] [year]");
    time::Date::parse(date, input)
        .ok()
        .and_then(|d| d.format(output).ok())
        .unwrap_or_else(|| date.to_string())
}

/// The legend, laid out from the right margin leftwards; also gives its left edge.
fn legend(setter: &Typesetter, frame: &Frame) -> (Vec<Shape>, f32) {
    let style = Style::regular(13.0);
    let y = TITLE_BASELINE - 9.0;
    let items = ["Initiative", "Target", "Stance today"];
    let mut x = WIDTH - frame.margin;
    let mut shapes = Vec::new();
    for (index, text) in items.into_iter().enumerate() {
        let line = setter.line(text, style);
        let text_x = x - line.width;
        shapes.push(label(
            text_x,
            y + 4.5,
            Anchor::Start,
            style,
            Rgb::MUTED,
            line,
        ));
        let symbol_x = text_x - 8.0;
        match index {
            0 => {
                let rect = Rect {
                    x: symbol_x - 18.0,
                    y: y - 7.0,
                    width: 18.0,
                    height: 14.0,
                };
                shapes.push(Shape::Rect {
                    rect,
                    radius: 3.0,
                    fill: Some(Rgb::QUIET.tint(0.18)),
                    stroke: Some((Rgb::QUIET.tint(0.5), 1.0)),
                });
                shapes.push(Shape::Rect {
                    rect: Rect { width: 4.0, ..rect },
                    radius: 1.5,
                    fill: Some(Rgb::QUIET),
                    stroke: None,
                });
                x = symbol_x - 18.0 - 24.0;
            }
            1 => {
                shapes.push(Shape::Circle {
                    centre: (symbol_x - 7.0, y),
                    radius: 6.0,
                    fill: Some(Rgb::WHITE),
                    stroke: Some((Rgb::AXIS, 2.5)),
                });
                x = symbol_x - 14.0 - 24.0;
            }
            _ => {
                shapes.push(Shape::Circle {
                    centre: (symbol_x - 7.0, y),
                    radius: 6.5,
                    fill: Some(Rgb::AXIS),
                    stroke: Some((Rgb::WHITE, 2.0)),
                });
                x = symbol_x - 14.0;
            }
        }
    }
    (shapes, x)
}

/// The axis: pole names at the ends, tick labels, the line with arrowheads, and the ticks.
pub fn axis(doc: &Document, setter: &Typesetter, frame: &Frame) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let pole_style = Style::bold(14.0);
    let half = (frame.plot_right - frame.plot_left) / 2.0 - 24.0;
    shapes.push(label(
        frame.plot_left,
        POLE_BASELINE,
        Anchor::Start,
        pole_style,
        Rgb::AXIS,
        setter.fit(&format!("← {}", doc.canvas.axis_left), pole_style, half),
    ));
    shapes.push(label(
        frame.plot_right,
        POLE_BASELINE,
        Anchor::End,
        pole_style,
        Rgb::AXIS,
        setter.fit(&format!("{} →", doc.canvas.axis_right), pole_style, half),
    ));
    let tick_style = Style::regular(12.0);
    for value in TICKS {
        let x = frame.x(value);
        let text = if value == 0.0 {
            "balanced".to_string()
        } else {
            super::format_axis_value(value)
        };
        shapes.push(label(
            x,
            TICK_BASELINE,
            Anchor::Middle,
            tick_style,
            Rgb::QUIET,
            setter.line(&text, tick_style),
        ));
        shapes.push(Shape::Line {
            from: (x, AXIS_Y - 4.0),
            to: (x, AXIS_Y + 4.0),
            colour: Rgb::AXIS,
            width: 1.5,
            dash: None,
        });
    }
    let (left, right) = (frame.plot_left + 6.0, frame.plot_right - 6.0);
    shapes.push(Shape::Line {
        from: (left + 6.0, AXIS_Y),
        to: (right - 6.0, AXIS_Y),
        colour: Rgb::AXIS,
        width: 1.5,
        dash: None,
    });
    shapes.push(Shape::Polygon {
        points: vec![
            (left, AXIS_Y),
            (left + 9.0, AXIS_Y - 4.5),
            (left + 9.0, AXIS_Y + 4.5),
        ],
        fill: Rgb::AXIS,
    });
    shapes.push(Shape::Polygon {
        points: vec![
            (right, AXIS_Y),
            (right - 9.0, AXIS_Y - 4.5),
            (right - 9.0, AXIS_Y + 4.5),
        ],
        fill: Rgb::AXIS,
    });
    shapes
}

/// The ticks carried down through every lane's panel as light lines.
pub fn grid(frame: &Frame, lanes: &[LaneLayout]) -> Vec<Shape> {
    let mut shapes = Vec::new();
    for lane in lanes {
        for value in TICKS {
            let x = frame.x(value);
            let centre = value == 0.0;
            shapes.push(Shape::Line {
                from: (x, lane.plot.y + 6.0),
                to: (x, lane.plot.bottom()),
                colour: if centre { Rgb::GRID_CENTRE } else { Rgb::GRID },
                width: 1.0,
                dash: centre.then_some(4.0),
            });
        }
    }
    shapes
}

/// What an empty canvas (no areas) shows where the lanes would be.
pub fn no_areas_note(setter: &Typesetter, frame: &Frame, top: f32) -> Shape {
    let style = Style::regular(15.0);
    label(
        (frame.plot_left + frame.plot_right) / 2.0,
        top + 44.0,
        Anchor::Middle,
        style,
        Rgb::QUIET,
        setter.line("This canvas has no areas yet.", style),
    )
}
