//! The PNG picture read back by real readers: the `png` crate decodes it, pngcheck finds no
//! error, its size follows the scale, known pixels have the known colours, the margin of a
//! transparent export is transparent, and the canvas comes back out of it.

#[path = "render_fixtures/fixtures.rs"]
mod fixtures;

use std::process::Command;

use stratmap_core::Document;
use stratmap_core::interchange::json;
use stratmap_core::render::layout::{self, Rgb};
use stratmap_core::render::{self, PngOptions, Scale};

struct Decoded {
    width: u32,
    height: u32,
    rgba: Vec<u8>,
}

impl Decoded {
    fn pixel(&self, x: f32, y: f32, scale: u32) -> [u8; 4] {
        let (px, py) = ((x * scale as f32) as usize, (y * scale as f32) as usize);
        let at = (py * self.width as usize + px) * 4;
        [
            self.rgba[at],
            self.rgba[at + 1],
            self.rgba[at + 2],
            self.rgba[at + 3],
        ]
    }
}

fn export(doc: &Document, scale: u32, transparent: bool) -> Vec<u8> {
    let options = PngOptions {
        scale: Scale::new(scale).unwrap_or_else(|e| panic!("{e}")),
        transparent,
    };
    render::export_png(doc, &[], options).unwrap_or_else(|e| panic!("{e}"))
}

fn decode(bytes: &[u8]) -> Decoded {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder
        .read_info()
        .unwrap_or_else(|e| panic!("not a PNG: {e}"));
    let size = reader
        .output_buffer_size()
        .unwrap_or_else(|| panic!("no buffer size"));
    let mut rgba = vec![0; size];
    let info = reader
        .next_frame(&mut rgba)
        .unwrap_or_else(|e| panic!("cannot decode: {e}"));
    assert_eq!(info.color_type, png::ColorType::Rgba);
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    Decoded {
        width: info.width,
        height: info.height,
        rgba,
    }
}

#[test]
fn size_follows_the_scale() {
    let doc = fixtures::targets();
    let height = layout::layout(&doc)
        .unwrap_or_else(|e| panic!("{e}"))
        .height;
    for scale in [1, 3] {
        let image = decode(&export(&doc, scale, false));
        assert_eq!(image.width, 1600 * scale);
        assert_eq!(image.height, (height * scale as f32).ceil() as u32);
    }
}

#[test]
fn pixels_inside_a_card_have_its_colours() {
    let doc = fixtures::targets();
    let layout = layout::layout(&doc).unwrap_or_else(|e| panic!("{e}"));
    let card = &layout.lanes[0].cards[0];
    let scale = 2;
    let image = decode(&export(&doc, scale, false));
    let stripe = image.pixel(
        card.rect.x + 2.5,
        card.rect.y + card.rect.height / 2.0,
        scale,
    );
    let Rgb(r, g, b) = card.colour;
    assert_eq!(stripe, [r, g, b, 255], "stripe of {:?}", card.rect);
    // A point in the body below the title lines and left of the impact dots.
    let body = image.pixel(card.rect.right() - 6.0, card.rect.y + 5.0, scale);
    let Rgb(r, g, b) = card.fill;
    assert_eq!(body, [r, g, b, 255], "body of {:?}", card.rect);
    // And the colour is the area's.
    assert_eq!(card.colour, Rgb::parse(&doc.areas()[0].colour));
}

#[test]
fn the_margin_is_white_or_transparent() {
    let doc = fixtures::empty();
    let opaque = decode(&export(&doc, 1, false));
    assert_eq!(opaque.pixel(5.0, 5.0, 1), [255, 255, 255, 255]);
    let clear = decode(&export(&doc, 1, true));
    assert_eq!(clear.pixel(5.0, 5.0, 1)[3], 0);
    assert_eq!(clear.pixel(5.0, (clear.height - 5) as f32, 1)[3], 0);
    // The lanes are still painted.
    let lane = &layout::layout(&doc).unwrap_or_else(|e| panic!("{e}")).lanes[0];
    assert_eq!(
        clear.pixel(lane.rect.x + 2.0, lane.rect.y + 40.0, 1)[3],
        255
    );
}

#[test]
fn pngcheck_finds_no_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, transparent) in [("opaque.png", false), ("clear.png", true)] {
        let path = dir.path().join(name);
        std::fs::write(&path, export(&fixtures::scripts(), 2, transparent))
            .unwrap_or_else(|e| panic!("{e}"));
        let out = Command::new("pngcheck")
            .arg("-v")
            .arg(&path)
            .output()
            .unwrap_or_else(|e| {
                panic!("pngcheck is needed for this test (apt-get install pngcheck): {e}")
            });
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "pngcheck failed: {text}");
        assert!(text.contains("iTXt"), "no iTXt chunk: {text}");
        assert!(text.contains("No errors detected"), "{text}");
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    let doc = fixtures::full(30);
    assert_eq!(export(&doc, 2, false), export(&doc, 2, false));
    assert_eq!(export(&doc, 1, true), export(&doc, 1, true));
}

#[test]
fn the_canvas_comes_back_out_of_the_picture() {
    let doc = fixtures::full(30);
    let original = json::to_string(&doc, &[]);
    let bytes = export(&doc, 1, false);
    let embedded = stratmap_core::interchange::png_chunk::embedded_document(&bytes)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(embedded, original);
    let (restored, snapshots) = json::from_str(&embedded).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json::to_string(&restored, &snapshots), original);
    assert_eq!(restored, doc);
}

#[test]
fn a_scale_outside_one_to_four_is_refused() {
    for text in ["0", "5", "1.5", "-2", ""] {
        let err = Scale::parse(text)
            .err()
            .unwrap_or_else(|| panic!("{text:?} accepted"));
        assert!(err.to_string().contains("1 to 4"), "{err}");
    }
}

#[test]
fn a_picture_without_a_canvas_is_a_clear_error() {
    let mut bytes = export(&fixtures::empty(), 1, false);
    let err = stratmap_core::interchange::png_chunk::embedded_document(&bytes[..40])
        .err()
        .map(|e| e.to_string());
    assert!(err.is_some_and(|e| e.contains("PNG")));
    // Rename the chunk's keyword: a PNG, but not ours.
    let at = bytes
        .windows(8)
        .position(|w| w == b"stratmap")
        .unwrap_or_else(|| panic!("keyword not found"));
    bytes[at] = b'x';
    let err = stratmap_core::interchange::png_chunk::embedded_document(&bytes)
        .err()
        .map(|e| e.to_string());
    assert!(
        err.is_some_and(|e| e.contains("no Stratmap canvas")),
        "a foreign keyword was accepted"
    );
}
