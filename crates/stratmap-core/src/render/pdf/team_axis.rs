//! The self-assessment's drawn axis: the canvas's pole labels, each participant's marker with
//! their name, the team average and the min–max band, tick labels and a legend.

use super::flow::{Flow, MARGIN};
use crate::model::Document;
use crate::model::assessment::{ParticipantResult, TeamResult};
use crate::render::layout::{Anchor, Rect, Rgb, Shape, format_axis_value};
use crate::render::text::{Style, TextLine};

/// The app's accent, so participants look the same on screen and on paper.
const ACCENT: Rgb = Rgb(0x3A, 0x5C, 0xCC);
const NAME: Style = Style::regular(8.5);
const LEVEL: f32 = 12.0;
/// Space kept at each end of the axis so end labels and markers stay on the page.
const INSET: f32 = 30.0;

/// The drawn axis: participants' names above their markers (people in the same place share one
/// label; nearby labels are stacked in levels so none overlap), the axis with the min–max band
/// and the average, tick labels, and a legend.
pub(super) struct Chart {
    left: f32,
    right: f32,
    /// Each participant's marker.
    dots: Vec<f32>,
    names: Vec<Name>,
    levels: usize,
    mean: Option<f32>,
    range: Option<(f32, f32)>,
}

/// The label of everyone at one place.
struct Name {
    x: f32,
    level: usize,
    centre: f32,
    line: TextLine,
}

const NAME_WIDTH: f32 = 220.0;

const LEGEND: [(Marker, &str); 3] = [
    (Marker::Participant, "Participant"),
    (Marker::Average, "Team average"),
    (Marker::Range, "Range, lowest to highest"),
];

#[derive(Clone, Copy)]
enum Marker {
    Average,
    Range,
    Participant,
}

impl Chart {
    pub(super) fn new(flow: &Flow, team: &TeamResult) -> Chart {
        let left = MARGIN + INSET;
        let right = flow.width - MARGIN - INSET;
        let x = |value: f64| left + ((value as f32 + 100.0) / 200.0) * (right - left);
        let mut sorted: Vec<&ParticipantResult> = team.participants.iter().collect();
        sorted.sort_by(|a, b| a.position.total_cmp(&b.position));
        // People whose positions read the same share a label, in answer order.
        let mut places: Vec<(f64, Vec<&str>)> = Vec::new();
        for p in sorted {
            match places.last_mut() {
                Some((at, who)) if format_axis_value(*at) == format_axis_value(p.position) => {
                    who.push(&p.participant)
                }
                _ => places.push((p.position, vec![&p.participant])),
            }
        }
        // Greedy levels, left to right: each label goes on the lowest level where it clears
        // the label before it by a small gap.
        let mut ends: Vec<f32> = Vec::new();
        let names = places
            .into_iter()
            .map(|(position, who)| {
                let at = x(position);
                let line = flow.setter.fit(&who.join(", "), NAME, NAME_WIDTH);
                let half = line.width / 2.0;
                let centre = at.clamp(MARGIN + half, flow.width - MARGIN - half);
                let level = ends
                    .iter()
                    .position(|end| *end + 8.0 <= centre - half)
                    .unwrap_or(ends.len());
                if level == ends.len() {
                    ends.push(0.0);
                }
                ends[level] = centre + half;
                Name {
                    x: at,
                    level,
                    centre,
                    line,
                }
            })
            .collect();
        Chart {
            left,
            right,
            dots: team.participants.iter().map(|p| x(p.position)).collect(),
            names,
            levels: ends.len().max(1),
            mean: team.mean.map(x),
            range: team.min.zip(team.max).map(|(a, b)| (x(a), x(b))),
        }
    }

    fn axis_offset(&self) -> f32 {
        24.0 + self.levels as f32 * LEVEL + 10.0
    }

    pub(super) fn height(&self) -> f32 {
        self.axis_offset() + 26.0 + 24.0
    }

    pub(super) fn draw(&self, flow: &mut Flow, doc: &Document) {
        let top = flow.y;
        let axis_y = top + self.axis_offset();
        let pole = Style::bold(9.5);
        let half = (self.right - self.left) / 2.0 - 20.0;
        let left_pole = flow
            .setter
            .fit(&format!("← {}", doc.canvas.axis_left), pole, half);
        let right_pole = flow
            .setter
            .fit(&format!("{} →", doc.canvas.axis_right), pole, half);
        flow.text_at(
            MARGIN,
            top + 14.0,
            Anchor::Start,
            pole,
            Rgb::AXIS,
            left_pole,
        );
        let end = flow.width - MARGIN;
        flow.text_at(end, top + 14.0, Anchor::End, pole, Rgb::AXIS, right_pole);
        if let Some((low, high)) = self.range {
            flow.push(Shape::Rect {
                rect: Rect {
                    x: low - 6.0,
                    y: axis_y - 7.0,
                    width: high - low + 12.0,
                    height: 14.0,
                },
                radius: 7.0,
                fill: Some(ACCENT.tint(0.16)),
                stroke: None,
            });
        }
        for (value, text) in [
            (-100.0, format_axis_value(-100.0)),
            (-50.0, format_axis_value(-50.0)),
            (0.0, "balanced".to_string()),
            (50.0, format_axis_value(50.0)),
            (100.0, format_axis_value(100.0)),
        ] {
            let x = self.left + ((value + 100.0) / 200.0) * (self.right - self.left);
            flow.push(Shape::Line {
                from: (x, axis_y - 4.0),
                to: (x, axis_y + 4.0),
                colour: Rgb::AXIS,
                width: 1.0,
                dash: None,
            });
            let style = Style::regular(8.5);
            let line = flow.setter.line(&text, style);
            flow.text_at(x, axis_y + 20.0, Anchor::Middle, style, Rgb::QUIET, line);
        }
        flow.push(Shape::Line {
            from: (self.left, axis_y),
            to: (self.right, axis_y),
            colour: Rgb::AXIS,
            width: 1.25,
            dash: None,
        });
        // Leader lines first, then each label on a white ground, so a line rising to a higher
        // label passes behind the labels below it instead of through their letters.
        for name in self.names.iter().filter(|n| n.level > 0) {
            flow.push(Shape::Line {
                from: (name.x, axis_y - 5.0),
                to: (name.x, name_baseline(axis_y, name.level) + 3.0),
                colour: Rgb::GRID_CENTRE,
                width: 0.6,
                dash: None,
            });
        }
        for name in &self.names {
            let baseline = name_baseline(axis_y, name.level);
            flow.push(Shape::Rect {
                rect: Rect {
                    x: name.centre - name.line.width / 2.0 - 2.0,
                    y: baseline - NAME.size,
                    width: name.line.width + 4.0,
                    height: NAME.size + 3.0,
                },
                radius: 0.0,
                fill: Some(Rgb::WHITE),
                stroke: None,
            });
            let line = name.line.clone();
            flow.text_at(
                name.centre,
                baseline,
                Anchor::Middle,
                NAME,
                Rgb::MUTED,
                line,
            );
        }
        // The average first: a participant on the same spot stays visible inside it.
        if let Some(x) = self.mean {
            average(flow, x, axis_y, 7.5);
        }
        for x in &self.dots {
            participant(flow, *x, axis_y);
        }
        self.draw_legend(flow, axis_y + 42.0);
        flow.y = top + self.height();
    }

    /// One line: each marker drawn as on the axis, then its words.
    fn draw_legend(&self, flow: &mut Flow, baseline: f32) {
        let style = Style::regular(9.0);
        let mut x = MARGIN;
        for (marker, text) in LEGEND {
            let centre = (x + 8.0, baseline - 3.5);
            match marker {
                Marker::Average => average(flow, centre.0, centre.1, 6.0),
                Marker::Range => flow.push(Shape::Rect {
                    rect: Rect {
                        x,
                        y: centre.1 - 5.0,
                        width: 16.0,
                        height: 10.0,
                    },
                    radius: 5.0,
                    fill: Some(ACCENT.tint(0.16)),
                    stroke: None,
                }),
                Marker::Participant => participant(flow, centre.0, centre.1),
            }
            let line = flow.setter.line(text, style);
            let width = line.width;
            flow.text_at(x + 22.0, baseline, Anchor::Start, style, Rgb::MUTED, line);
            x += 22.0 + width + 22.0;
        }
    }
}

fn name_baseline(axis_y: f32, level: usize) -> f32 {
    axis_y - 12.0 - level as f32 * LEVEL
}

fn participant(flow: &mut Flow, x: f32, y: f32) {
    flow.push(Shape::Circle {
        centre: (x, y),
        radius: 4.5,
        fill: Some(ACCENT),
        stroke: Some((Rgb::WHITE, 1.2)),
    });
}

/// The team average: a dark diamond with a white rim, so it reads over participants' dots.
fn average(flow: &mut Flow, x: f32, y: f32, r: f32) {
    let diamond = |r: f32| vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)];
    flow.push(Shape::Polygon {
        points: diamond(r + 1.5),
        fill: Rgb::WHITE,
    });
    flow.push(Shape::Polygon {
        points: diamond(r),
        fill: Rgb::INK,
    });
}
