//! The canvas picture on the PDF's first pages, as vectors. A picture that fits the page is drawn
//! whole; a taller one is drawn at the page's width, so lane text stays readable in print, and
//! split between lanes over as many pages as it needs, each page after the first repeating the
//! axis above its lanes. Each page is on a white ground and clipped to its part of the picture,
//! as the SVG is.

use krilla::geom::{PathBuilder, Rect as KRect, Transform};
use krilla::paint::FillRule;
use krilla::surface::Surface;

use super::draw;
use super::flow;
use crate::error::{Error, Result};
use crate::render::layout::{AXIS_BOTTOM, AXIS_TOP, Layout, Rect, Rgb, Shape};
use crate::render::text::Typesetter;

const MARGIN: f32 = 28.0;

/// One page's part of the picture (picture units, top to bottom).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Slice {
    pub top: f32,
    pub bottom: f32,
}

/// How the picture is laid over the canvas pages.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct CanvasPages {
    pub scale: f32,
    pub slices: Vec<Slice>,
}

impl CanvasPages {
    /// The pages for `picture` on paper `width` × `height` (points).
    pub fn plan(picture: &Layout, width: f32, height: f32) -> CanvasPages {
        let room_w = width - 2.0 * MARGIN;
        let room_h = height - 2.0 * MARGIN - flow::FOOTER + 8.0;
        let whole = (room_w / picture.width).min(room_h / picture.height);
        let scale = room_w / picture.width;
        if whole >= scale {
            return CanvasPages {
                scale: whole,
                slices: vec![Slice {
                    top: 0.0,
                    bottom: picture.height,
                }],
            };
        }
        let capacity = room_h / scale;
        let continued = capacity - (AXIS_BOTTOM - AXIS_TOP);
        let mut slices = Vec::new();
        let (mut top, mut room, mut bottom) = (0.0_f32, capacity, 0.0_f32);
        for lane in &picture.lanes {
            let lane_bottom = lane.rect.bottom();
            if lane_bottom - top <= room {
                bottom = lane_bottom;
                continue;
            }
            if bottom > top && bottom > AXIS_BOTTOM {
                slices.push(Slice { top, bottom });
                top = lane.rect.y - 4.0;
                room = continued;
            }
            // A lane taller than a page is cut into page-high parts.
            while lane_bottom - top > room {
                slices.push(Slice {
                    top,
                    bottom: top + room,
                });
                top += room;
                room = continued;
            }
            bottom = lane_bottom;
        }
        slices.push(Slice {
            top,
            bottom: picture.height.min(top + room),
        });
        CanvasPages { scale, slices }
    }
}

/// Draws page `index` of `pages` (its footer is the caller's).
pub(super) fn draw_page(
    surface: &mut Surface,
    fonts: &draw::PdfFonts,
    setter: &Typesetter,
    picture: &Layout,
    pages: &CanvasPages,
    index: usize,
    width: f32,
) -> Result<()> {
    let Some(slice) = pages.slices.get(index) else {
        return Ok(());
    };
    let scale = pages.scale;
    let x = (width - picture.width * scale) / 2.0;
    let mut y = MARGIN;
    if index > 0 {
        // The axis again, so the lanes below it can be read against it.
        let axis = Slice {
            top: AXIS_TOP,
            bottom: AXIS_BOTTOM,
        };
        paint(surface, fonts, setter, picture, axis, scale, x, y, false)?;
        y += (AXIS_BOTTOM - AXIS_TOP) * scale;
    }
    paint(surface, fonts, setter, picture, *slice, scale, x, y, true)
}

/// Paints the picture's `slice` with its top at (`x`, `y`) on the page, clipped to the slice.
#[allow(clippy::too_many_arguments)]
fn paint(
    surface: &mut Surface,
    fonts: &draw::PdfFonts,
    setter: &Typesetter,
    picture: &Layout,
    slice: Slice,
    scale: f32,
    x: f32,
    y: f32,
    lanes: bool,
) -> Result<()> {
    let no_size = || Error::Render("the canvas picture has no size".to_string());
    let area = Rect {
        x: 0.0,
        y: slice.top,
        width: picture.width,
        height: slice.bottom - slice.top,
    };
    let mut frame = PathBuilder::new();
    frame.push_rect(KRect::from_xywh(area.x, area.y, area.width, area.height).ok_or_else(no_size)?);
    let frame = frame.finish().ok_or_else(no_size)?;
    surface.push_transform(&Transform::from_row(
        scale,
        0.0,
        0.0,
        scale,
        x,
        y - slice.top * scale,
    ));
    surface.push_clip_path(&frame, &FillRule::NonZero);
    let ground = Shape::Rect {
        rect: area,
        radius: 0.0,
        fill: Some(Rgb(0xFF, 0xFF, 0xFF)),
        stroke: None,
    };
    draw::shapes(surface, fonts, setter, std::slice::from_ref(&ground));
    let (top, bottom) = if lanes {
        (slice.top, slice.bottom)
    } else {
        (f32::INFINITY, f32::INFINITY)
    };
    for shapes in picture.paint_order_between(top, bottom) {
        draw::shapes(surface, fonts, setter, shapes);
    }
    surface.pop();
    surface.pop();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::layout::LaneLayout;

    fn picture(lane_heights: &[f32]) -> Layout {
        let mut y = AXIS_BOTTOM;
        let lanes = lane_heights
            .iter()
            .map(|&height| {
                let rect = Rect {
                    x: 40.0,
                    y,
                    width: 1520.0,
                    height,
                };
                y += height + 14.0;
                LaneLayout {
                    area_id: uuid::Uuid::nil(),
                    name: String::new(),
                    rect,
                    panel: rect,
                    plot: rect,
                    shapes: Vec::new(),
                    markers: Vec::new(),
                    cards: Vec::new(),
                }
            })
            .collect();
        Layout {
            width: 1600.0,
            height: y + 26.0,
            header: Vec::new(),
            axis: Vec::new(),
            lanes,
        }
    }

    const A4: (f32, f32) = (841.89, 595.28);

    #[test]
    fn a_picture_that_fits_is_one_page_drawn_whole() {
        let pages = CanvasPages::plan(&picture(&[200.0, 200.0]), A4.0, A4.1);
        assert_eq!(pages.slices.len(), 1);
        assert!(pages.scale <= (A4.0 - 2.0 * MARGIN) / 1600.0);
    }

    #[test]
    fn a_tall_picture_keeps_the_page_width_and_splits_between_lanes() {
        let tall = picture(&[230.0; 12]);
        let pages = CanvasPages::plan(&tall, A4.0, A4.1);
        assert_eq!(pages.scale, (A4.0 - 2.0 * MARGIN) / 1600.0);
        assert!(pages.slices.len() >= 3, "{pages:?}");
        // Every lane is whole on one page, and every lane is on a page.
        for lane in &tall.lanes {
            let on = pages
                .slices
                .iter()
                .filter(|s| s.top <= lane.rect.y && lane.rect.bottom() <= s.bottom)
                .count();
            assert_eq!(on, 1, "{:?} in {pages:?}", lane.rect);
        }
        // Each slice fits its page.
        let room = (A4.1 - 2.0 * MARGIN - flow::FOOTER + 8.0) / pages.scale;
        for (i, s) in pages.slices.iter().enumerate() {
            let axis = if i > 0 { AXIS_BOTTOM - AXIS_TOP } else { 0.0 };
            assert!(s.bottom - s.top + axis <= room + 0.01, "{s:?}");
        }
    }

    #[test]
    fn a_lane_taller_than_a_page_is_cut_into_page_high_parts() {
        let pages = CanvasPages::plan(&picture(&[3000.0]), A4.0, A4.1);
        assert!(pages.slices.len() >= 3, "{pages:?}");
        assert!(
            pages
                .slices
                .windows(2)
                .all(|pair| (pair[0].bottom - pair[1].top).abs() < 0.01)
        );
    }
}
