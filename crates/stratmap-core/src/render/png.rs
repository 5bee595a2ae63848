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
use crate::interchange::json;
use crate::model::Document;
use crate::snapshot::Snapshot;

/// The iTXt keyword under which the canvas travels.
pub const KEYWORD: &str = "stratmap";
/// Largest embedded document read back (the decompressed JSON).
const MAX_EMBEDDED: usize = 256 << 20;
/// Pixels rendered at a time: one band of about this many bytes.
const BAND_BYTES: usize = 32 << 20;

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
    let svg = svg::write(&layout, &doc.canvas.title, background);
    let tree = tree::parse(&svg)?;
    let document = json::to_string(doc, snapshots);
    rasterise(&tree, options, &document)
}

fn encoding_error(err: impl std::fmt::Display) -> Error {
    Error::Render(format!("encoding the PNG failed: {err}"))
}

/// Rasterises `tree` band by band into a PNG that carries `document`.
fn rasterise(tree: &usvg::Tree, options: PngOptions, document: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    encode(&mut out, tree, options, document)?;
    Ok(out)
}

fn encode(out: &mut Vec<u8>, tree: &usvg::Tree, options: PngOptions, document: &str) -> Result<()> {
    let scale = options.scale.get() as f32;
    let size = tree.size();
    let width = (size.width() * scale).ceil().max(1.0) as u32;
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    let row_bytes = width as usize * 4;
    let band_rows = (BAND_BYTES / row_bytes).clamp(16, height as usize) as u32;
    let bands = [
        tiny_skia::Pixmap::new(width, band_rows),
        tiny_skia::Pixmap::new(width, band_rows),
    ];
    let [Some(first), Some(second)] = bands else {
        return Err(Error::Render(format!(
            "a {width}×{band_rows} band cannot be allocated"
        )));
    };

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
    let mut chunk = ::png::text_metadata::ITXtChunk::new(KEYWORD, document);
    chunk.compress_text().map_err(encoding_error)?;
    writer.write_text_chunk(&chunk).map_err(encoding_error)?;
    let mut stream = writer.stream_writer().map_err(encoding_error)?;

    // Two bands in flight: one thread rasterises the next band while this one encodes.
    let tops: Vec<u32> = (0..height).step_by(band_rows as usize).collect();
    let (to_encode, rendered) = mpsc::sync_channel::<(tiny_skia::Pixmap, u32)>(1);
    let (to_render, free) = mpsc::sync_channel::<tiny_skia::Pixmap>(2);
    let encoded = std::thread::scope(|scope| {
        // Owned here, so an early error closes both channels and the renderer stops.
        let (rendered, to_render) = (rendered, to_render);
        let _ = to_render.send(first);
        let _ = to_render.send(second);
        let render_tops = tops.clone();
        scope.spawn(move || {
            for top in render_tops {
                let Ok(mut band) = free.recv() else {
                    return;
                };
                band.fill(if options.transparent {
                    tiny_skia::Color::TRANSPARENT
                } else {
                    tiny_skia::Color::WHITE
                });
                let transform = tiny_skia::Transform::from_scale(scale, scale)
                    .post_translate(0.0, -(top as f32));
                resvg::render(tree, transform, &mut band.as_mut());
                if to_encode.send((band, top)).is_err() {
                    return;
                }
            }
        });
        let mut straight: Vec<u8> = Vec::new();
        for _ in &tops {
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
            // The renderer may already be done; a closed channel is fine then.
            let _ = to_render.send(band);
        }
        Ok::<(), Error>(())
    });
    encoded?;
    stream.finish().map_err(encoding_error)?;
    writer.finish().map_err(encoding_error)
}

/// The `stratmap/1` JSON a Stratmap PNG carries.
pub fn embedded_document(bytes: &[u8]) -> Result<String> {
    let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder
        .read_info()
        .map_err(|e| Error::Png(format!("not a readable PNG picture ({e})")))?;
    let chunk = reader
        .info()
        .utf8_text
        .iter()
        .find(|chunk| chunk.keyword == KEYWORD)
        .ok_or_else(|| {
            Error::Png(
                "this picture carries no Stratmap canvas (it was not exported by Stratmap, or the \
                 canvas data was stripped from it)"
                    .to_string(),
            )
        })?;
    let mut chunk = chunk.clone();
    chunk
        .decompress_text_with_limit(MAX_EMBEDDED)
        .and_then(|()| chunk.get_text())
        .map_err(|e| Error::Png(format!("the canvas data in this picture is damaged ({e})")))
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

    #[test]
    fn a_png_without_the_chunk_or_a_broken_one_is_a_clear_error() {
        let broken = embedded_document(b"\x89PNG\r\n\x1a\nnonsense");
        assert!(matches!(broken, Err(Error::Png(m)) if m.contains("not a readable PNG")));
        let mut plain = Vec::new();
        {
            let mut encoder = ::png::Encoder::new(&mut plain, 1, 1);
            encoder.set_color(::png::ColorType::Rgba);
            let written = encoder
                .write_header()
                .and_then(|mut w| w.write_image_data(&[0, 0, 0, 0]));
            assert!(written.is_ok());
        }
        let missing = embedded_document(&plain);
        assert!(matches!(missing, Err(Error::Png(m)) if m.contains("no Stratmap canvas")));
    }
}
