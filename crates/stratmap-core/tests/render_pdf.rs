//! The PDF summary read back by poppler and qpdf: page count and landscape size, every font
//! embedded, every area name and initiative title (any script) extractable in order, the
//! offsite sections (shifts, self-assessment, dot voting, changes since a snapshot, decision
//! log) in order, a clean structure, metadata from the canvas, and the same bytes on every run.

#[path = "render_fixtures/fixtures.rs"]
mod fixtures;

use std::path::{Path, PathBuf};
use std::process::Command;

use stratmap_core::Document;
use stratmap_core::compare::{CURRENT, compare};
use stratmap_core::render::{self, PageSize, PdfOptions};
use stratmap_core::snapshot::Snapshot;

fn write_pdf(
    dir: &Path,
    name: &str,
    doc: &Document,
    snapshots: &[Snapshot],
    page: PageSize,
) -> PathBuf {
    let options = PdfOptions {
        page,
        ..PdfOptions::default()
    };
    write_pdf_with(dir, name, doc, snapshots, &options)
}

fn write_pdf_with(
    dir: &Path,
    name: &str,
    doc: &Document,
    snapshots: &[Snapshot],
    options: &PdfOptions,
) -> PathBuf {
    let bytes = render::export_pdf(doc, snapshots, options).unwrap_or_else(|e| panic!("{e}"));
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
    let options = PdfOptions::default();
    let a = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    let b = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    assert!(a == b, "two exports differ");
    let (doc, snapshots, options) = offsite();
    let a = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    let b = render::export_pdf(&doc, &snapshots, &options).unwrap_or_else(|e| panic!("{e}"));
    assert!(a == b, "two exports with the offsite sections differ");
}

/// The offsite fixture with its "Before offsite" snapshot, the comparison with now and the log.
fn offsite() -> (Document, Vec<Snapshot>, PdfOptions) {
    let doc = fixtures::offsite();
    let before = fixtures::before_offsite();
    let options = PdfOptions {
        page: PageSize::A4,
        compare: Some(compare("Before offsite", &before, CURRENT, &doc)),
        decisions: fixtures::offsite_log(),
    };
    (doc, vec![snapshot("Before offsite", &before)], options)
}

fn summary_text(path: &Path) -> String {
    without_bidi_marks(&tool("pdftotext", &["-f", "2", "-raw"], path)).replace('\n', " ")
}

#[test]
fn offsite_sections_come_in_order_with_their_figures() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (doc, snapshots, options) = offsite();
    let path = write_pdf_with(dir.path(), "offsite.pdf", &doc, &snapshots, &options);
    let text = summary_text(&path);
    let wanted: Vec<String> = [
        // End goal: stance −30 (impact-weighted), target +60; its two targeted cards push
        // towards the customer-centric pole.
        "End goal",
        "Stance today −30 → Target +60",
        "Shift needed: +90 towards Customer-centric",
        "0 initiatives push towards Product-centric, 2 towards Customer-centric",
        "Projected stance once initiatives reach their targets: +12.9",
        "Initiative Owner Status Impact Position Target Votes",
        "Customer advisory board Dana active 3 −30 +50 5",
        "Growth strategy",
        "Shift needed: −40 towards Product-centric",
        "1 initiative pushes towards Product-centric, 0 towards Customer-centric",
        "Marketing strategy",
        "Shift needed: no target set",
        // Self-assessment: the figures of team_result, then participants in answer order.
        "Self-assessment",
        "Team average +30",
        "spread (standard deviation) 48.5",
        "range −50 to +100",
        "5 participants",
        "Participant Position",
        "Ana +50",
        "Ben −50",
        "Chloé +25",
        "Dmitri +25",
        "Eve +100",
        // Dot voting, ranked, top first.
        "Dot voting",
        "5 participants voted, 3 votes each: 15 votes on 5 initiatives",
        "Rank Initiative Area Votes",
        "1 Customer advisory board End goal 5",
        "2 Usage-based pricing Growth strategy 4",
        "3 Outcome metrics in every team End goal 3",
        "4 Brand campaign Marketing strategy 2",
        "5 Feature factory End goal 1",
        "2 initiatives received no votes.",
        // The compare page.
        "Changes since Before offsite",
        "2 initiatives moved · 1 added · 1 removed",
        "Stance per area",
        "Moved",
        "Customer advisory board End goal −60 −30 +30",
        "Usage-based pricing Growth strategy +45 +20 −25",
        "Added",
        "Outcome metrics in every team",
        "Removed",
        "Annual roadmap freeze",
        // The decision log: reasons newest first.
        "Decision log",
        "5 changes recorded; the 2 with a reason, newest first:",
        "Pricing must stay simple for partners",
        "Customers asked for a seat at the table",
        "Snapshots",
        "Before offsite",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    in_order(&text, &wanted);
    let pages: usize = info_value(&tool("pdfinfo", &[], &path), "Pages")
        .parse()
        .unwrap_or(0);
    assert!((5..=9).contains(&pages), "{pages} pages");
    let out = tool("qpdf", &["--check"], &path);
    assert!(
        out.contains("No syntax or stream encoding errors found"),
        "{out}"
    );
    let fonts = tool("pdffonts", &[], &path);
    for row in fonts.lines().skip(2).filter(|l| !l.trim().is_empty()) {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        assert_eq!(
            &columns[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "not embedded+subset+unicode: {row}"
        );
    }
}

#[test]
fn an_open_round_shows_who_voted_but_no_totals() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(
        dir.path(),
        "open.pdf",
        &fixtures::offsite_voting_open(),
        &[],
        PageSize::A4,
    );
    let text = summary_text(&path);
    in_order(
        &text,
        &[
            "Self-assessment".to_string(),
            "Dot voting".to_string(),
            "A round is open (3 votes each): 3 participants have voted so far; the totals stay hidden until the facilitator reveals them.".to_string(),
        ],
    );
    assert!(
        !text.contains("Votes"),
        "a hidden round shows totals:\n{text}"
    );
    assert!(!text.contains("Decision log"), "no log was given:\n{text}");
    assert!(!text.contains("Changes since"), "no comparison was given");
}

#[test]
fn without_offsite_results_the_summary_has_no_offsite_sections() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(dir.path(), "t.pdf", &fixtures::targets(), &[], PageSize::A4);
    let text = summary_text(&path);
    for absent in ["Self-assessment", "Dot voting", "Decision log", "Votes"] {
        assert!(!text.contains(absent), "{absent} in:\n{text}");
    }
    assert!(text.contains("Shift needed: +"), "{text}");
}
