//! The PDF summary read back by poppler and qpdf: page count and landscape size, every font
//! embedded, every area name and initiative title (any script) extractable in order, a clean
//! structure, metadata from the canvas, and the same bytes on every run.

#[path = "render_fixtures/fixtures.rs"]
mod fixtures;

use std::path::{Path, PathBuf};
use std::process::Command;

use stratmap_core::Document;
use stratmap_core::render::{self, PageSize};
use stratmap_core::snapshot::Snapshot;

fn write_pdf(
    dir: &Path,
    name: &str,
    doc: &Document,
    snapshots: &[Snapshot],
    page: PageSize,
) -> PathBuf {
    let bytes = render::export_pdf(doc, snapshots, page).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn tool(name: &str, args: &[&str], path: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(path);
    if name == "pdftotext" {
        command.arg("-"); // to standard output
    }
    let out = command.output().unwrap_or_else(|e| {
        panic!("{name} is needed for this test (apt-get install poppler-utils qpdf): {e}")
    });
    assert!(
        out.status.success(),
        "{name} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn info_value(info: &str, key: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| panic!("pdfinfo has no {key}: {info}"))
}

fn snapshot(name: &str, doc: &Document) -> Snapshot {
    Snapshot {
        name: name.to_string(),
        taken_at: "2026-11-27T10:30:00Z".to_string(),
        document: doc.clone(),
    }
}

fn is_arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// poppler extracts the lam-alef ligature (one glyph for "لا") with its letters swapped.
fn as_poppler_reads(word: &str) -> String {
    word.replace("لا", "ال")
}

fn without_bidi_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

/// What to look for of a title in extracted text: short titles come out whole, long ones
/// wrap, so their first words; right-to-left titles by their first word.
fn searchable(title: &str) -> String {
    if is_arabic(title) {
        return as_poppler_reads(title.split(' ').next().unwrap_or(title));
    }
    let words: Vec<&str> = title.split_whitespace().take(3).collect();
    words.join(" ").chars().take(24).collect()
}

/// Asserts that `wanted` occur in `text` in this order.
fn in_order(text: &str, wanted: &[String]) {
    let mut from = 0;
    for item in wanted {
        match text[from..].find(item.as_str()) {
            Some(at) => from += at + item.len(),
            None => panic!("{item:?} missing (or out of order) in the extracted text:\n{text}"),
        }
    }
}

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
    let fonts = tool(
        "pdffonts",
        &[],
        &write_pdf(dir.path(), "s.pdf", &fixtures::scripts(), &[], PageSize::A4),
    );
    let rows: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in &rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        // ... emb sub uni object ID
        assert_eq!(
            &columns[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "not embedded+subset+unicode: {row}"
        );
    }
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
fn qpdf_finds_no_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(
        dir.path(),
        "q.pdf",
        &fixtures::full(30),
        &[],
        PageSize::Letter,
    );
    let out = tool("qpdf", &["--check"], &path);
    assert!(
        out.contains("No syntax or stream encoding errors found"),
        "{out}"
    );
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
    let a = render::export_pdf(&doc, &snapshots, PageSize::A4).unwrap_or_else(|e| panic!("{e}"));
    let b = render::export_pdf(&doc, &snapshots, PageSize::A4).unwrap_or_else(|e| panic!("{e}"));
    assert!(a == b, "two exports differ");
}
