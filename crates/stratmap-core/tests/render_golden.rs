//! Golden tests: each fixture canvas (one concern each) against its reference SVG, an insta
//! snapshot in tests/render_fixtures/golden/. Regenerate every golden of the project with
//! `INSTA_UPDATE=always cargo test` (or review them with `cargo insta review`) and look at the
//! changed files before committing them.

#[path = "render_fixtures/fixtures.rs"]
mod fixtures;

use stratmap_core::Document;
use stratmap_core::render::fonts::Face;
use stratmap_core::render::layout::{self, Layout, Shape};
use stratmap_core::render::{self, PngOptions};

/// Compares the fixture's SVG with its reference snapshot (insta, in
/// `tests/render_fixtures/golden/`), checks it renders, and returns its layout for the concern's
/// own checks.
fn check(name: &str, doc: &Document) -> Layout {
    let svg = render::canvas_svg(doc).unwrap_or_else(|e| panic!("{name}: {e}"));
    insta::with_settings!({
        snapshot_path => "render_fixtures/golden",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, svg);
    });
    // The picture must also rasterise.
    let options = PngOptions {
        scale: render::Scale::new(1).unwrap_or_default(),
        transparent: false,
    };
    render::export_png(doc, &[], options).unwrap_or_else(|e| panic!("{name}: {e}"));
    layout::layout(doc).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn texts(shapes: &[Shape]) -> Vec<&layout::Label> {
    shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text(label) => Some(label),
            _ => None,
        })
        .collect()
}

fn all_text(layout: &Layout) -> Vec<String> {
    let mut out = Vec::new();
    let lanes = layout.lanes.iter().flat_map(|l| {
        l.shapes
            .iter()
            .chain(&l.markers)
            .chain(l.cards.iter().flat_map(|c| &c.shapes))
    });
    for shape in layout.header.iter().chain(&layout.axis).chain(lanes) {
        if let Shape::Text(label) = shape {
            out.push(label.line.text.clone());
        }
    }
    out
}

#[test]
fn empty_canvas() {
    let layout = check("empty", &fixtures::empty());
    assert_eq!(layout.lanes.len(), 3);
    let notes = all_text(&layout)
        .iter()
        .filter(|t| *t == "No initiatives yet")
        .count();
    assert_eq!(notes, 3);
    let ticks: Vec<String> = texts(&layout.axis)
        .iter()
        .map(|l| l.line.text.clone())
        .collect();
    for tick in ["\u{2212}100", "\u{2212}50", "balanced", "+50", "+100"] {
        assert!(
            ticks.contains(&tick.to_string()),
            "tick {tick} missing from {ticks:?}"
        );
    }
    assert!(ticks.iter().any(|t| t.contains("Product-centric")));
    assert!(ticks.iter().any(|t| t.contains("Customer-centric")));
}

#[test]
fn canvas_without_areas() {
    let layout = check("no_areas", &fixtures::no_areas());
    assert!(layout.lanes.is_empty());
    assert!(
        all_text(&layout)
            .iter()
            .any(|t| t == "This canvas has no areas yet.")
    );
}

#[test]
fn long_titles_wrap_inside_their_cards_and_end_in_an_ellipsis() {
    let layout = check("long_titles", &fixtures::long_titles());
    let cards: Vec<_> = layout.lanes.iter().flat_map(|l| &l.cards).collect();
    assert_eq!(cards.len(), 4);
    for card in &cards {
        for label in texts(&card.shapes) {
            assert!(
                label.x + label.line.width <= card.rect.right() - 8.0,
                "{:?} runs out of its card",
                label.line.text
            );
        }
    }
    let text = all_text(&layout);
    assert!(
        text.iter().any(|t| t.ends_with('…')),
        "no ellipsis in {text:?}"
    );
    assert!(
        text.iter().any(|t| t.starts_with("Kundenzufriedenheit")),
        "the long word is not broken inside"
    );
}

#[test]
fn non_latin_scripts_are_set_in_fonts_that_have_them() {
    let layout = check("scripts", &fixtures::scripts());
    let runs: Vec<(Face, String)> = layout
        .lanes
        .iter()
        .flat_map(|l| &l.cards)
        .flat_map(|c| texts(&c.shapes))
        .flat_map(|l| l.line.runs.iter().map(|r| (r.face, r.text.clone())))
        .collect();
    let face_of = |needle: &str| {
        runs.iter()
            .find(|(_, text)| text.contains(needle))
            .map(|(face, _)| *face)
    };
    assert_eq!(face_of("клиентский"), Some(Face::InterRegular));
    assert_eq!(face_of("πελάτη"), Some(Face::InterRegular));
    assert_eq!(face_of("客户"), Some(Face::Cjk));
    assert_eq!(face_of("顧客"), Some(Face::Cjk));
    assert_eq!(face_of("العملاء"), Some(Face::Arabic));
    assert!(
        runs.iter().all(|(_, text)| !text.contains('\u{FFFD}')),
        "a glyph fell back to the replacement"
    );
}

#[test]
fn markup_in_titles_is_escaped() {
    let doc = fixtures::markup();
    check("markup", &doc);
    let svg = render::canvas_svg(&doc).unwrap_or_else(|e| panic!("{e}"));
    assert!(!svg.contains("<script>"));
    assert!(!svg.contains("<b>"));
    // (Card titles wrap, so each check stays inside one line.)
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/"));
    assert!(svg.contains("&lt;b&gt;Bold&lt;/b&gt; &amp;"));
    assert!(svg.contains("&quot;quoted&quot;"));
    assert!(svg.contains("R&amp;D &lt;-&gt; CX: &apos;fast&apos;"));
    assert!(svg.contains("<title>Markup &lt;&amp;&gt; &quot;escaped&quot;</title>"));
}

#[test]
fn overlapping_cards_are_moved_apart_inside_their_lane() {
    let layout = check("overlapping", &fixtures::overlapping());
    for lane in &layout.lanes {
        for (i, a) in lane.cards.iter().enumerate() {
            assert!(
                a.rect.y >= lane.plot.y && a.rect.bottom() <= lane.plot.bottom(),
                "card outside its lane"
            );
            for b in &lane.cards[i + 1..] {
                assert!(
                    !a.rect.overlaps(&b.rect, 0.0),
                    "{:?} and {:?} overlap",
                    a.rect,
                    b.rect
                );
            }
        }
    }
    // The picture draws the core's rows: cards of one row share a top, rows go down in order.
    let doc = fixtures::overlapping();
    for lane in &layout.lanes {
        let top = |id: &uuid::Uuid| {
            lane.cards
                .iter()
                .find(|c| c.id == *id)
                .map(|c| c.rect.y)
                .unwrap_or_else(|| panic!("card {id} not drawn"))
        };
        let tops: Vec<Vec<f32>> = doc
            .card_rows(lane.area_id)
            .iter()
            .filter(|row| !row.is_empty())
            .map(|row| row.iter().map(top).collect())
            .collect();
        for row in &tops {
            assert!(
                row.iter().all(|y| (y - row[0]).abs() < 0.01),
                "one row, one top: {tops:?}"
            );
        }
        assert!(
            tops.windows(2).all(|pair| pair[0][0] < pair[1][0]),
            "rows top to bottom: {tops:?}"
        );
    }
    // Same wanted place: same x, different y.
    let first = &layout.lanes[0].cards;
    assert_eq!(first.len(), 6);
    assert!(
        first
            .iter()
            .all(|c| (c.rect.x - first[0].rect.x).abs() < 0.01)
    );
}

#[test]
fn stances_and_targets_are_marked() {
    let doc = fixtures::targets();
    let layout = check("targets", &doc);
    let lane = &layout.lanes[0];
    let colour = layout::Rgb::parse(&doc.areas()[0].colour);
    let stance = lane
        .markers
        .iter()
        .any(|s| matches!(s, Shape::Circle { fill: Some(f), .. } if *f == colour));
    let target = lane.markers.iter().any(|s| {
        matches!(s, Shape::Circle { fill: Some(layout::Rgb::WHITE), stroke: Some((c, _)), radius, .. } if *c == colour && *radius > 6.0)
    });
    assert!(stance && target, "stance or target marker missing");
    let values: Vec<String> = texts(&lane.markers)
        .iter()
        .map(|l| l.line.text.clone())
        .collect();
    assert!(values.contains(&"+60".to_string()), "{values:?}");
    // The third lane has a stance and no target: no ring.
    let third = &layout.lanes[2];
    assert!(!third.markers.iter().any(|s| matches!(s, Shape::Circle { fill: Some(layout::Rgb::WHITE), radius, .. } if *radius > 6.0)));
}

#[test]
fn the_full_template_renders() {
    let layout = check("full", &fixtures::full(30));
    assert_eq!(layout.lanes.len(), 8);
    assert_eq!(
        layout.lanes.iter().map(|l| l.cards.len()).sum::<usize>(),
        30
    );
}
