//! Writes every fixture as SVG, PNG and PDF into STRATMAP_RENDER_OUT (when set) so people can
//! look at them. Does nothing otherwise.

#[path = "render_fixtures/fixtures.rs"]
mod fixtures;

use stratmap_core::compare::{CURRENT, compare};
use stratmap_core::render::{self, PdfOptions, PngOptions, Scale};
use stratmap_core::snapshot::Snapshot;

#[test]
fn write_fixture_outputs_for_viewing() {
    let Ok(dir) = std::env::var("STRATMAP_RENDER_OUT") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let all = [
        ("empty", fixtures::empty()),
        ("no_areas", fixtures::no_areas()),
        ("long_titles", fixtures::long_titles()),
        ("scripts", fixtures::scripts()),
        ("markup", fixtures::markup()),
        ("overlapping", fixtures::overlapping()),
        ("targets", fixtures::targets()),
        ("full", fixtures::full(30)),
    ];
    for (name, doc) in all {
        let svg = render::canvas_svg(&doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        std::fs::write(dir.join(format!("{name}.svg")), svg).unwrap_or_else(|e| panic!("{e}"));
        let options = PngOptions {
            scale: Scale::new(1).unwrap_or_default(),
            transparent: false,
        };
        let png = render::export_png(&doc, &[], options).unwrap_or_else(|e| panic!("{name}: {e}"));
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap_or_else(|e| panic!("{e}"));
        let pdf = render::export_pdf(&doc, &[], &PdfOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        std::fs::write(dir.join(format!("{name}.pdf")), pdf).unwrap_or_else(|e| panic!("{e}"));
    }
    // The summary with every offsite section: the comparison with "Before offsite" and a log.
    let doc = fixtures::offsite();
    let before = fixtures::before_offsite();
    let options = PdfOptions {
        compare: Some(compare("Before offsite", &before, CURRENT, &doc)),
        decisions: fixtures::offsite_log(),
        ..PdfOptions::default()
    };
    let snapshots = [Snapshot {
        name: "Before offsite".to_string(),
        taken_at: "2026-11-27T10:30:00Z".to_string(),
        document: before,
    }];
    let pdf = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("offsite.pdf"), pdf).unwrap_or_else(|e| panic!("{e}"));
}
