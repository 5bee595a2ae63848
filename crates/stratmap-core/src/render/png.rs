//! The PNG picture: the canvas SVG rasterised by resvg in horizontal bands (so a canvas of any
//! height needs only one band of memory), encoded as it goes with the `png` crate's fast
//! compression, and carrying the `stratmap/1` JSON in an iTXt chunk so the picture can be
//! imported back as a canvas.

use std::io::Write;
use std::sync::mpsc;

use resvg::tiny_skia;

use super::svg::{self, Background};
use super::{layout, tree};
use crate::error::{Error, Result};
use crate::interchange::{json, png_chunk};
use crate::model::Document;
use crate::snapshot::Snapshot;

/// Pixels rendered at a time: one band of about this many bytes.
const BAND_BYTES: usize = 32 << 20;
/// Threads parsing the picture and rasterising bands side by side (bands are still encoded
/// in order, one after the other).
const WORKERS: usize = 2;
/// Parts the picture is cut into (in drawing order). Each part is a small tree with its own
/// bounding box, so a band draws only the parts that reach into it instead of the whole picture.
const PARTS: usize = 16;

/// Pixels per SVG unit: a whole number from 1 to 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale(u32);

impl Scale {
    pub const MIN: u32 = 1;
    pub const MAX: u32 = 4;

    pub fn new(value: u32) -> Result<Scale> {
        if (Scale::MIN..=Scale::MAX).contains(&value) {
            Ok(Scale(value))
        } else {
            Err(Error::Invalid {
                field: "scale",
                reason: format!("{value} is not a whole number from 1 to 4"),
            })
        }
    }

    /// Reads a scale as people type it ("2"); anything else is refused, never clamped.
    pub fn parse(text: &str) -> Result<Scale> {
        match text.trim().parse::<u32>() {
            Ok(value) => Scale::new(value),
            Err(_) => Err(Error::Invalid {
                field: "scale",
                reason: format!("{text:?} is not a whole number from 1 to 4"),
            }),
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for Scale {
    fn default() -> Self {
        Scale(2)
    }
}

/// How the picture is made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PngOptions {
    pub scale: Scale,
    /// Leave the background transparent instead of white.
    pub transparent: bool,
}

/// The canvas as a PNG picture with the document embedded.
pub fn export_png(doc: &Document, snapshots: &[Snapshot], options: PngOptions) -> Result<Vec<u8>> {
    let background = if options.transparent {
        Background::Transparent
    } else {
        Background::White
    };
    let layout = layout::layout(doc)?;
    // The picture in parts parsed side by side; drawn in order they paint what one tree of
    // the whole SVG paints, pixel for pixel (no group is isolated across a part boundary).
    let parts = svg::write_parts(&layout, &doc.canvas.title, background, PARTS);
    let (trees, document) = std::thread::scope(|scope| {
        let parse_every = |first: usize| {
            let parts = &parts;
            move || {
                (first..parts.len())
                    .step_by(WORKERS)
                    .map(|index| (index, tree::parse(&parts[index])))
                    .collect::<Vec<_>>()
            }
        };
        let others: Vec<_> = (1..WORKERS)
            .map(|first| scope.spawn(parse_every(first)))
            .collect();
        let document = scope.spawn(|| json::to_string(doc, snapshots));
        let mut trees = parse_every(0)();
        for handle in others {
            match handle.join() {
                Ok(mut more) => trees.append(&mut more),
                Err(_) => trees.push((
                    0,
                    Err(Error::Render("parsing the picture failed".to_string())),
                )),
            }
        }
        trees.sort_by_key(|(index, _)| *index);
        let document = document
            .join()
            .map_err(|_| Error::Render("writing the canvas data failed".to_string()));
        (trees, document)
    });
    let trees = trees
        .into_iter()
        .map(|(_, tree)| tree)
        .collect::<Result<Vec<_>>>()?;
    rasterise(&trees, options, &document?)
}

fn encoding_error(err: impl std::fmt::Display) -> Error {
    Error::Render(format!("encoding the PNG failed: {err}"))
}

/// Rasterises `trees`, drawn one over the other, band by band into a PNG that carries
/// `document`.
fn rasterise(trees: &[usvg::Tree], options: PngOptions, document: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    encode(&mut out, trees, options, document)?;
    Ok(out)
}

fn encode(
    out: &mut Vec<u8>,
    trees: &[usvg::Tree],
    options: PngOptions,
    document: &str,
) -> Result<()> {
    let Some(first_tree) = trees.first() else {
        return Err(Error::Render("there is no picture to draw".to_string()));
    };
    let scale = options.scale.get() as f32;
    let size = first_tree.size();
    let width = (size.width() * scale).ceil().max(1.0) as u32;
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    let row_bytes = width as usize * 4;
    let band_rows = (BAND_BYTES / row_bytes).clamp(16, height as usize) as u32;
    let tops: Vec<u32> = (0..height).step_by(band_rows as usize).collect();
    // One band per rasterising thread (never more threads than bands): each renders its
    // next band while the encoder works through the others.
    let workers = WORKERS.min(tops.len()).max(1);
    // The pixel rows each tree paints (with a margin for anti-aliasing): a band skips the
    // trees that do not reach it, which paints the same pixels as drawing them all.
    let reaches: Vec<std::ops::Range<f32>> = trees
        .iter()
        .map(|tree| {
            let bounds = tree.root().abs_stroke_bounding_box();
            (bounds.top() * scale).floor() - 2.0..(bounds.bottom() * scale).ceil() + 2.0
        })
        .collect();
    let reaches = &reaches;
    let mut bands = Vec::with_capacity(workers);
    for _ in 0..workers {
        bands.push(tiny_skia::Pixmap::new(width, band_rows).ok_or_else(|| {
            Error::Render(format!("a {width}×{band_rows} band cannot be allocated"))
        })?);
    }

    let mut encoder = ::png::Encoder::new(out, width, height);
    encoder.set_color(::png::ColorType::Rgba);
    encoder.set_depth(::png::BitDepth::Eight);
    encoder.set_compression(::png::Compression::Fast);
    // Flat colours: the "up" filter compresses them as well as adaptive choice, much faster.
    encoder.set_filter(::png::Filter::Up);
    // 72 dpi per unit of scale, so a scale-2 picture has the canvas's size on a slide.
    let per_metre = (72.0 / 0.0254 * scale).round() as u32;
    encoder.set_pixel_dims(Some(::png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: ::png::Unit::Meter,
    }));
    let mut writer = encoder.write_header().map_err(encoding_error)?;
    writer
        .write_text_chunk(&png_chunk::document_chunk(document)?)
        .map_err(encoding_error)?;
    let mut stream = writer.stream_writer().map_err(encoding_error)?;

    // Band `i` is rasterised by worker `i % workers` into that worker's own pixmap, then
    // handed to this thread, which encodes the bands strictly in order and hands each pixmap
    // back to its worker. Every band is drawn with the same transform and pixmap size as
    // before, so the pixels do not depend on how many workers there are.
    let background = if options.transparent {
        tiny_skia::Color::TRANSPARENT
    } else {
        tiny_skia::Color::WHITE
    };
    let encoded = std::thread::scope(|scope| {
        let mut lanes = Vec::with_capacity(workers);
        for (worker, band) in bands.into_iter().enumerate() {
            let (to_encode, rendered) = mpsc::sync_channel::<(tiny_skia::Pixmap, u32)>(1);
            let (to_render, free) = mpsc::sync_channel::<tiny_skia::Pixmap>(1);
            let _ = to_render.send(band);
            let mine: Vec<u32> = tops.iter().copied().skip(worker).step_by(workers).collect();
            scope.spawn(move || {
                for top in mine {
                    let Ok(mut band) = free.recv() else {
                        return;
                    };
                    band.fill(background);
                    let transform = tiny_skia::Transform::from_scale(scale, scale)
                        .post_translate(0.0, -(top as f32));
                    let rows = top as f32..(top + band_rows) as f32;
                    for (tree, reach) in trees.iter().zip(reaches) {
                        if reach.start < rows.end && rows.start < reach.end {
                            resvg::render(tree, transform, &mut band.as_mut());
                        }
                    }
                    if to_encode.send((band, top)).is_err() {
                        return;
                    }
                }
            });
            // Owned by this closure, so an early error closes the channels and workers stop.
            lanes.push((rendered, to_render));
        }
        let mut straight: Vec<u8> = Vec::new();
        for (index, _) in tops.iter().enumerate() {
            let (rendered, to_render) = &lanes[index % workers];
            let (band, top) = rendered
                .recv()
                .map_err(|_| Error::Render("rasterising the picture failed".to_string()))?;
            let pixels = band_rows.min(height - top) as usize * width as usize;
            if options.transparent {
                straight.clear();
                for pixel in &band.pixels()[..pixels] {
                    let c = pixel.demultiply();
                    straight.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
                }
                stream.write_all(&straight).map_err(encoding_error)?;
            } else {
                stream
                    .write_all(&band.data()[..pixels * 4])
                    .map_err(encoding_error)?;
            }
            // The worker may already be done; a closed channel is fine then.
            let _ = to_render.send(band);
        }
        Ok::<(), Error>(())
    });
    encoded?;
    stream.finish().map_err(encoding_error)?;
    writer.finish().map_err(encoding_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_outside_one_to_four_are_refused_not_clamped() {
        assert!(Scale::parse("0").is_err());
        assert!(Scale::parse("5").is_err());
        assert!(Scale::parse("2.5").is_err());
        assert!(Scale::parse("two").is_err());
        assert_eq!(Scale::parse(" 3 ").map(Scale::get).ok(), Some(3));
    }
}
