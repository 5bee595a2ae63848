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
        // The summary pages (page 1 is the picture, where titles are wrapped and shortened).
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
        // Page 1 has the canvas as text too.
        let first = tool("pdftotext", &["-f", "1", "-l", "1"], &path);
        for area in doc.areas() {
            assert!(
                first.contains(&area.name),
                "{} not on the canvas page",
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
