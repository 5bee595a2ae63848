//! The PDF summary read back by poppler and qpdf: page count and landscape size, every font
//! embedded, every area name and initiative title (any script) extractable in order, the
//! offsite sections (shifts, self-assessment, dot voting, changes since a snapshot, decision
//! log) in order, a clean structure, metadata from the canvas, and the same bytes on every run.
//!
//! The offsite sections have their own file (`render_pdf/offsite_sections.rs`); writing a PDF and
//! reading it back through the tools is in `render_pdf/read_back.rs`.

#[path = "render_fixtures/fixtures.rs"]
mod fixtures;
#[path = "render_pdf/offsite_sections.rs"]
mod offsite_sections;
#[path = "render_pdf/read_back.rs"]
mod read_back;

use stratmap_core::render::{self, PageSize, PdfOptions};

use offsite_sections::offsite;
use read_back::{
    as_poppler_reads, assert_fonts_embedded, assert_qpdf_clean, in_order, info_value, is_arabic,
    searchable, snapshot, tool, without_bidi_marks, write_pdf,
};

#[test]
fn page_count_and_landscape_sizes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let doc = fixtures::full(30);
    let a4 = tool(
        "pdfinfo",
        &[],
        &write_pdf(dir.path(), "a4.pdf", &doc, &[], PageSize::A4),
    );
    assert!(
        info_value(&a4, "Page size").starts_with("841.89 x 595.28 pts (A4)"),
        "{a4}"
    );
    let letter = tool(
        "pdfinfo",
        &[],
        &write_pdf(dir.path(), "letter.pdf", &doc, &[], PageSize::Letter),
    );
    assert!(
        info_value(&letter, "Page size").starts_with("792 x 612 pts (letter)"),
        "{letter}"
    );
    let pages: usize = info_value(&a4, "Pages").parse().unwrap_or(0);
    assert!(pages >= 4, "{pages} pages");
    // Every page landscape.
    let sizes = tool(
        "pdfinfo",
        &["-f", "1", "-l", &pages.to_string()],
        &dir.path().join("a4.pdf"),
    );
    let landscape = sizes
        .lines()
        .filter(|l| l.contains("size:") && l.contains("841.89 x 595.28"))
        .count();
    assert_eq!(landscape, pages, "{sizes}");
    assert_eq!(info_value(&a4, "Title"), "Acme strategy offsite");
    assert!(info_value(&a4, "CreationDate").contains("2026"), "{a4}");
    // An empty canvas has the canvas page and one summary page.
    let empty = tool(
        "pdfinfo",
        &[],
        &write_pdf(
            dir.path(),
            "empty.pdf",
            &fixtures::no_areas(),
            &[],
            PageSize::A4,
        ),
    );
    assert_eq!(info_value(&empty, "Pages"), "2");
}

#[test]
fn every_font_is_embedded() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fonts = assert_fonts_embedded(&write_pdf(
        dir.path(),
        "s.pdf",
        &fixtures::scripts(),
        &[],
        PageSize::A4,
    ));
    let rows = fonts.lines().skip(2).filter(|l| !l.trim().is_empty());
    assert!(rows.count() >= 3, "{fonts}");
    for family in ["Inter", "DroidSansFallback", "NotoSansArabic"] {
        assert!(fonts.contains(family), "{family} not used: {fonts}");
    }
}

#[test]
fn every_area_and_title_is_extractable_in_order() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for doc in [
        fixtures::full(30),
        fixtures::scripts(),
        fixtures::markup(),
        fixtures::long_titles(),
    ] {
        let path = write_pdf(
            dir.path(),
            "t.pdf",
            &doc,
            &[snapshot("Before offsite", &doc)],
            PageSize::A4,
        );
        // From page 2 on (the picture, where titles are wrapped and shortened, is page 1 and for a
        // tall canvas the next pages too: their text comes before the summary's, in order).
        let text =
            without_bidi_marks(&tool("pdftotext", &["-f", "2", "-raw"], &path)).replace('\n', " ");
        let mut wanted = Vec::new();
        for area in doc.areas() {
            wanted.push(area.name.clone());
        }
        for area in doc.areas() {
            wanted.push(area.name.clone());
            for initiative in doc.initiatives_in(area.id) {
                wanted.push(searchable(&initiative.title));
            }
        }
        wanted.push("Before offsite".to_string());
        in_order(&text, &wanted);
        // The canvas pages have the canvas as text too (a tall canvas takes more than one).
        let canvas_pages = tool("pdftotext", &["-f", "1", "-l", "3"], &path);
        for area in doc.areas() {
            assert!(
                canvas_pages.contains(&area.name),
                "{} not on the canvas pages",
                area.name
            );
        }
    }
}

#[test]
fn non_latin_titles_come_out_whole() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(dir.path(), "s.pdf", &fixtures::scripts(), &[], PageSize::A4);
    let text = without_bidi_marks(&tool("pdftotext", &["-f", "2"], &path));
    for title in fixtures::SCRIPT_TITLES {
        if is_arabic(title) {
            // poppler writes right-to-left text word by word in visual order.
            for word in title.split(' ') {
                let word = as_poppler_reads(word);
                assert!(
                    text.contains(&word),
                    "{word} of {title} missing in:\n{text}"
                );
            }
        } else {
            assert!(text.contains(title), "{title} missing in:\n{text}");
        }
    }
}

#[test]
fn numbers_and_latin_inside_right_to_left_text_keep_their_reading_order() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(
        dir.path(),
        "m.pdf",
        &fixtures::mixed_direction(),
        &[],
        PageSize::A4,
    );
    for page in ["1", "2"] {
        let text = without_bidi_marks(&tool("pdftotext", &["-f", page, "-l", page], &path));
        // Set right to left as a whole, the year would come out as 7202.
        assert!(
            text.contains("2027") && !text.contains("7202"),
            "page {page}:\n{text}"
        );
        assert!(text.contains("Launch 2027"), "page {page}:\n{text}");
        for word in ["خطة", "النمو", "سوق", "جديد"] {
            assert!(
                text.contains(word),
                "{word} missing on page {page}:\n{text}"
            );
        }
    }
}

#[test]
fn qpdf_finds_no_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(
        dir.path(),
        "q.pdf",
        &fixtures::full(30),
        &[],
        PageSize::Letter,
    );
    assert_qpdf_clean(&path);
}

#[test]
fn long_tables_break_across_pages_with_the_header_repeated() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let doc = fixtures::full(200);
    let path = write_pdf(dir.path(), "long.pdf", &doc, &[], PageSize::A4);
    let pages: usize = info_value(&tool("pdfinfo", &[], &path), "Pages")
        .parse()
        .unwrap_or(0);
    assert!(pages > 5, "{pages}");
    let mut continued = 0;
    for page in 3..=pages {
        let text = tool(
            "pdftotext",
            &["-f", &page.to_string(), "-l", &page.to_string(), "-raw"],
            &path,
        );
        if text.contains("(continued)") {
            continued += 1;
            assert!(
                text.contains("Initiative Owner Status Impact Position Target"),
                "no header on page {page}:\n{text}"
            );
        }
    }
    assert!(continued > 0, "no table continued across a page");
}

#[test]
fn output_is_byte_identical_across_runs() {
    let doc = fixtures::scripts();
    let snapshots = [snapshot("Day 1", &doc)];
    let options = PdfOptions::default();
    let a = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    let b = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    assert!(a == b, "two exports differ");
    let (doc, snapshots, options) = offsite();
    let a = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    let b = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    assert!(a == b, "two exports with the offsite sections differ");
}

/// The words of one page as pdftotext places them: (text, height in points).
fn words_on_page(path: &std::path::Path, page: usize) -> Vec<(String, f32)> {
    let number = page.to_string();
    let html = tool("pdftotext", &["-bbox", "-f", &number, "-l", &number], path);
    html.split("<word ")
        .skip(1)
        .filter_map(|word| {
            let number = |name: &str| -> Option<f32> {
                let start = word.find(&format!("{name}=\""))? + name.len() + 2;
                word[start..].split('"').next()?.parse().ok()
            };
            let text = word.split('>').nth(1)?.split('<').next()?.to_string();
            Some((text, number("yMax")? - number("yMin")?))
        })
        .collect()
}

#[test]
fn a_tall_canvas_is_drawn_at_the_page_width_over_several_pages_so_its_lanes_can_be_read() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let doc = fixtures::full(150);
    let path = write_pdf(dir.path(), "tall.pdf", &doc, &[], PageSize::A4);
    let areas: Vec<&str> = doc.areas().iter().map(|a| a.name.as_str()).collect();
    // The canvas pages come first: each lane's name is on one of them, in order, the axis on each.
    let mut page = 1;
    let mut seen = 0;
    while seen < areas.len() {
        assert!(page <= 8, "the lanes are not all on the first pages");
        let text = tool(
            "pdftotext",
            &["-f", &page.to_string(), "-l", &page.to_string()],
            &path,
        );
        assert!(
            text.contains("Product-centric"),
            "page {page} has no axis:\n{text}"
        );
        while seen < areas.len() && text.contains(areas[seen]) {
            seen += 1;
        }
        let words = words_on_page(&path, page);
        // pdftotext writes its words as HTML.
        let lane_name = areas[seen.saturating_sub(1)]
            .split(' ')
            .next()
            .unwrap_or_default()
            .replace('&', "&amp;");
        let height = words
            .iter()
            .filter(|(word, _)| *word == lane_name)
            .map(|(_, height)| *height)
            .fold(0.0, f32::max);
        // Lane names are 17 px in the picture: drawn at the page's width they are over 7 pt.
        assert!(
            height > 7.0,
            "{lane_name} on page {page} is {height} pt tall"
        );
        page += 1;
    }
    assert!(page > 2, "a canvas this tall takes more than one page");
}
