//! The fonts every export uses: committed in `fonts/`, compiled in, and the only ones loaded.
//! No system font is ever looked at, so output is the same on every machine.

use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};

static INTER_REGULAR: &[u8] = include_bytes!("../../fonts/Inter-Regular.otf");
static INTER_BOLD: &[u8] = include_bytes!("../../fonts/Inter-Bold.otf");
static NOTO_ARABIC: &[u8] = include_bytes!("../../fonts/NotoSansArabic-Regular.ttf");
static DROID_FALLBACK: &[u8] = include_bytes!("../../fonts/DroidSansFallbackFull.ttf");

/// One embedded font file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    InterRegular,
    InterBold,
    Arabic,
    Cjk,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::InterRegular, Face::InterBold, Face::Arabic, Face::Cjk];

    /// The family name the font file declares (what SVG `font-family` must say).
    pub fn family(self) -> &'static str {
        match self {
            Face::InterRegular | Face::InterBold => "Inter",
            Face::Arabic => "Noto Sans Arabic",
            Face::Cjk => "Droid Sans Fallback",
        }
    }

    pub fn data(self) -> &'static [u8] {
        match self {
            Face::InterRegular => INTER_REGULAR,
            Face::InterBold => INTER_BOLD,
            Face::Arabic => NOTO_ARABIC,
            Face::Cjk => DROID_FALLBACK,
        }
    }

    pub fn is_bold(self) -> bool {
        self == Face::InterBold
    }

    fn index(self) -> usize {
        match self {
            Face::InterRegular => 0,
            Face::InterBold => 1,
            Face::Arabic => 2,
            Face::Cjk => 3,
        }
    }

    /// The order in which faces are tried for a character of text set in `weight`.
    /// Whether the face has a bold cut of its own. Text wanted bold in a face without one is
    /// thickened instead, by [`SYNTHETIC_BOLD`].
    pub fn has_bold(self) -> bool {
        matches!(self, Face::InterRegular | Face::InterBold)
    }

    pub fn fallback_order(bold: bool) -> [Face; 3] {
        let latin = if bold {
            Face::InterBold
        } else {
            Face::InterRegular
        };
        [latin, Face::Arabic, Face::Cjk]
    }
}

/// How much bold text in a face with no bold cut is thickened: an outline of this fraction of the
/// font size around each glyph, in the text's own colour (what browsers do for a missing bold).
pub const SYNTHETIC_BOLD: f32 = 0.035;

/// The SVG `font-family` list for a run set in `face`: the face first, generic last.
pub fn family_list(face: Face) -> String {
    format!("{}, sans-serif", quoted_family(face.family()))
}

fn quoted_family(name: &str) -> String {
    if name.contains(' ') {
        format!("'{name}'")
    } else {
        name.to_string()
    }
}

/// Parsed faces for shaping and measuring, parsed once per process.
pub(crate) struct Shapers {
    faces: Vec<rustybuzz::Face<'static>>,
}

impl Shapers {
    pub(crate) fn face(&self, face: Face) -> &rustybuzz::Face<'static> {
        // `faces` holds one entry per `Face::ALL`, in that order (checked when built).
        &self.faces[face.index()]
    }
}

static SHAPERS: OnceLock<Option<Shapers>> = OnceLock::new();

pub(crate) fn shapers() -> Result<&'static Shapers> {
    SHAPERS
        .get_or_init(|| {
            let faces: Option<Vec<_>> = Face::ALL
                .iter()
                .map(|f| rustybuzz::Face::from_slice(f.data(), 0))
                .collect();
            faces.map(|faces| Shapers { faces })
        })
        .as_ref()
        .ok_or_else(|| Error::Render("an embedded font could not be read".to_string()))
}

static DATABASE: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();

/// The font database for usvg: the embedded fonts only, with our default families.
pub fn database() -> Arc<usvg::fontdb::Database> {
    DATABASE
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            for face in Face::ALL {
                db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(face.data())));
            }
            db.set_sans_serif_family(Face::InterRegular.family());
            db.set_serif_family(Face::InterRegular.family());
            db.set_monospace_family(Face::InterRegular.family());
            db.set_cursive_family(Face::InterRegular.family());
            db.set_fantasy_family(Face::InterRegular.family());
            Arc::new(db)
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_face_parses_and_declares_its_family() {
        let db = database();
        for face in Face::ALL {
            assert!(shapers().is_ok());
            let found = db
                .faces()
                .any(|info| info.families.iter().any(|(name, _)| name == face.family()));
            assert!(found, "{} not in the font database", face.family());
        }
        assert_eq!(db.len(), 4);
    }
}
