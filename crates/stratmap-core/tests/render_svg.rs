//! The exported SVG in another renderer (librsvg's rsvg-convert), JSON Canvas, and usvg's
//! warnings, which must stay silent for every fixture.

#[path = "render_fixtures/fixtures.rs"]
mod fixtures;

use std::process::Command;
use std::sync::Mutex;

use stratmap_core::render::{self, PngOptions, Scale};

static WARNINGS: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::Level::Warn
    }
    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata())
            && let Ok(mut list) = WARNINGS.lock()
        {
            list.push(format!("{}: {}", record.target(), record.args()));
        }
    }
    fn flush(&self) {}
}

#[test]
fn usvg_has_nothing_to_warn_about() {
    let _ = log::set_logger(&Capture);
    log::set_max_level(log::LevelFilter::Warn);
    let docs = [
        fixtures::empty(),
        fixtures::long_titles(),
        fixtures::scripts(),
        fixtures::markup(),
        fixtures::overlapping(),
        fixtures::targets(),
    ];
    for doc in &docs {
        let options = PngOptions {
            scale: Scale::new(1).unwrap_or_default(),
            transparent: false,
        };
        render::export_png(doc, &[], options).unwrap_or_else(|e| panic!("{e}"));
    }
    let warnings = WARNINGS.lock().map(|l| l.clone()).unwrap_or_default();
    assert!(warnings.is_empty(), "usvg warned: {warnings:?}");
}

#[test]
fn rsvg_convert_renders_the_exported_svg() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, doc) in [
        ("scripts", fixtures::scripts()),
        ("markup", fixtures::markup()),
    ] {
        let svg = render::canvas_svg(&doc).unwrap_or_else(|e| panic!("{e}"));
        let input = dir.path().join(format!("{name}.svg"));
        let output = dir.path().join(format!("{name}.png"));
        std::fs::write(&input, &svg).unwrap_or_else(|e| panic!("{e}"));
        let out = Command::new("rsvg-convert")
            .arg("-o")
            .arg(&output)
            .arg(&input)
            .output()
            .unwrap_or_else(|e| {
                panic!("rsvg-convert is needed for this test (apt-get install librsvg2-bin): {e}")
            });
        assert!(
            out.status.success(),
            "rsvg-convert failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&output).unwrap_or_else(|e| panic!("{e}"));
        let reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(reader.info().width, 1600);
    }
}

#[test]
fn json_canvas_has_a_group_per_lane_and_a_text_node_per_initiative() {
    let doc = fixtures::markup();
    let text = render::jsoncanvas::to_string(&doc).unwrap_or_else(|e| panic!("{e}"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let nodes = value["nodes"].as_array().cloned().unwrap_or_default();
    assert!(value["edges"].as_array().is_some_and(Vec::is_empty));
    let groups: Vec<_> = nodes.iter().filter(|n| n["type"] == "group").collect();
    let texts: Vec<_> = nodes.iter().filter(|n| n["type"] == "text").collect();
    assert_eq!(groups.len(), doc.areas().len());
    assert_eq!(texts.len(), doc.initiative_count());
    for (group, area) in groups.iter().zip(doc.areas()) {
        assert_eq!(group["label"], area.name.as_str());
        assert_eq!(group["id"], area.id.to_string().as_str());
    }
    for node in &nodes {
        for key in ["x", "y", "width", "height"] {
            assert!(node[key].is_i64(), "{key} is not an integer in {node}");
        }
    }
    // Each text node lies inside its lane's group.
    for initiative in doc.initiatives() {
        let node = texts
            .iter()
            .find(|n| n["id"] == initiative.id.to_string().as_str())
            .unwrap_or_else(|| panic!("no node for {}", initiative.title));
        let group = groups
            .iter()
            .find(|g| g["id"] == initiative.area_id.to_string().as_str())
            .unwrap_or_else(|| panic!("no group"));
        let (y, gy, gh) = (
            node["y"].as_i64(),
            group["y"].as_i64(),
            group["height"].as_i64(),
        );
        assert!(matches!((y, gy, gh), (Some(y), Some(gy), Some(gh)) if y >= gy && y <= gy + gh));
    }
    assert!(
        text.contains("\\\\<script\\\\>"),
        "markdown not escaped: {text}"
    );
}
