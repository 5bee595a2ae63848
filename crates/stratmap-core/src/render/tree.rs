//! The one place an SVG becomes a `usvg::Tree`: embedded fonts only, our default family.

use super::fonts::{self, Face};
use crate::error::{Error, Result};

/// Parses an SVG written by `render::svg`.
pub(crate) fn parse(svg: &str) -> Result<usvg::Tree> {
    let options = usvg::Options {
        fontdb: fonts::database(),
        font_family: Face::InterRegular.family().to_string(),
        resources_dir: None,
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options)
        .map_err(|e| Error::Render(format!("the canvas picture could not be read back: {e}")))
}
