//! The canvas a Stratmap PNG carries: the `stratmap/1` JSON in a compressed iTXt chunk, written
//! by the PNG export and read back by the import.

use ::png::text_metadata::ITXtChunk;

use crate::error::{Error, Result};

/// The iTXt keyword under which the canvas travels.
pub const KEYWORD: &str = "stratmap";
/// Largest embedded document read back (the decompressed JSON).
const MAX_EMBEDDED: usize = 256 << 20;

/// The chunk that carries `document` (the `stratmap/1` JSON), compressed.
pub fn document_chunk(document: &str) -> Result<ITXtChunk> {
    let mut chunk = ITXtChunk::new(KEYWORD, document);
    chunk
        .compress_text()
        .map_err(|e| Error::Render(format!("encoding the PNG failed: {e}")))?;
    Ok(chunk)
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
