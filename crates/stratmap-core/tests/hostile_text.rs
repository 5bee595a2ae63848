//! Hostile text in titles, owners, notes and area names: markup, script, bidi controls,
//! zero-width characters and a 10 000-character word. The SVG stays well-formed with the text as
//! text (no element is injected), the CSV round-trips it exactly with formula-like cells escaped,
//! and the JSON document carries it unchanged.

mod common;

use stratmap_core::interchange::{csv, json};
use stratmap_core::render::{self, Background};
use stratmap_core::{Context, Document, Template};
use usvg::roxmltree;

const HOSTILE_TITLES: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "]]><svg onload=alert(1)>",
    "Tom & \"Jerry\" 'quoted'",
    "\u{202E}exe.txt (right-to-left override)",
    "zero\u{200B}width\u{200D}joiner\u{FEFF}",
    "=HYPERLINK(\"http://x\",\"click\")",
    "+1 -1 @SUM(A1)",
];

fn hostile_doc() -> Document {
    let mut ctx = Context::deterministic(common::start());
    let doc = common::empty_doc(Template::Basic, &mut ctx);
    let mut areas = doc.areas().to_vec();
    areas[0].name = "<b>End</b> & goal".to_string();
    areas[0].product_pole = "</text><script>x</script>".to_string();
    let mut initiatives = Vec::new();
    for (n, title) in HOSTILE_TITLES.iter().enumerate() {
        let mut card = common::initiative(&doc, &mut ctx, n % 3, title, -90.0 + 25.0 * n as f64, 2);
        card.owner = "@owner\u{202E}".to_string();
        card.notes = format!("word {}", "w".repeat(10_000 - 5));
        initiatives.push(card);
    }
    Document::new(doc.canvas.clone(), areas, initiatives).expect("hostile canvas is valid")
}

/// Every text node of the SVG, joined, without the spaces the wrapping adds.
/// Also every element name and attribute name in it.
fn svg_text(svg: &str) -> (String, Vec<String>) {
    let tree = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    let elements = tree
        .descendants()
        .filter(|n| n.is_element())
        .flat_map(|n| {
            std::iter::once(n.tag_name().name().to_string())
                .chain(n.attributes().map(|a| format!("@{}", a.name())))
        })
        .collect();
    let text = tree
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<String>()
        .split_whitespace()
        .collect();
    (text, elements)
}

#[test]
fn svg_keeps_hostile_text_as_text() {
    let doc = hostile_doc();
    let svg = render::picture_svg(&doc, Background::White).expect("renders");
    let (text, elements) = svg_text(&svg);
    for forbidden in [
        "script",
        "img",
        "foreignObject",
        "iframe",
        "@onload",
        "@onerror",
    ] {
        assert!(
            !elements.iter().any(|e| e == forbidden),
            "{forbidden} was injected"
        );
    }
    for wanted in [
        "<script>alert(1)</script>",
        "<b>End</b>&goal",
        "Tom&\"Jerry\"'quoted'",
    ] {
        let compact: String = wanted.split_whitespace().collect();
        assert!(
            text.contains(&compact),
            "{wanted:?} is not in the picture's text"
        );
    }
    // Rendering it (PNG) works too: no panic on bidi controls or zero-width characters.
    let png = render::export_png(&doc, &[], Default::default()).expect("a PNG");
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn csv_and_json_carry_hostile_text_exactly() {
    let doc = hostile_doc();
    let text = csv::export::to_string(&doc).expect("CSV");
    for line in text.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
    }
    let mut ctx = Context::deterministic(common::start());
    let empty = Document::new(doc.canvas.clone(), doc.areas().to_vec(), Vec::new()).unwrap();
    let op = csv::import_op(&empty, &text, &mut ctx)
        .expect("the export imports")
        .op;
    let mut back = empty.clone();
    stratmap_core::ops::apply(&mut back, &op).expect("applies");
    let titles = |d: &Document| {
        let mut t: Vec<(String, String, String)> = d
            .initiatives()
            .map(|i| (i.title.clone(), i.owner.clone(), i.notes.clone()))
            .collect();
        t.sort();
        t
    };
    assert_eq!(titles(&back), titles(&doc));

    let (again, _) = json::from_str(&json::to_string(&doc, &[])).expect("JSON round trip");
    assert_eq!(again, doc);
}
