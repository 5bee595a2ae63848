//! Writing a summary PDF to a file and reading it back with poppler (pdfinfo, pdffonts,
//! pdftotext) and qpdf, and matching text the way poppler extracts it.

use std::path::{Path, PathBuf};
use std::process::Command;

use stratmap_core::Document;
use stratmap_core::render::{self, PageSize, PdfOptions};
use stratmap_core::snapshot::Snapshot;

pub fn write_pdf(
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

pub fn write_pdf_with(
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

pub fn tool(name: &str, args: &[&str], path: &Path) -> String {
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

pub fn info_value(info: &str, key: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| panic!("pdfinfo has no {key}: {info}"))
}

pub fn snapshot(name: &str, doc: &Document) -> Snapshot {
    Snapshot {
        name: name.to_string(),
        taken_at: "2026-11-27T10:30:00Z".to_string(),
        document: doc.clone(),
    }
}

pub fn is_arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// poppler extracts the lam-alef ligature (one glyph for "لا") with its letters swapped.
pub fn as_poppler_reads(word: &str) -> String {
    word.replace("لا", "ال")
}

pub fn without_bidi_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}

/// What to look for of a title in extracted text: short titles come out whole, long ones
/// wrap, so their first words; right-to-left titles by their first word.
pub fn searchable(title: &str) -> String {
    if is_arabic(title) {
        return as_poppler_reads(title.split(' ').next().unwrap_or(title));
    }
    let words: Vec<&str> = title.split_whitespace().take(3).collect();
    words.join(" ").chars().take(24).collect()
}

/// Asserts that `wanted` occur in `text` in this order.
pub fn in_order(text: &str, wanted: &[String]) {
    let mut from = 0;
    for item in wanted {
        match text[from..].find(item.as_str()) {
            Some(at) => from += at + item.len(),
            None => panic!("{item:?} missing (or out of order) in the extracted text:\n{text}"),
        }
    }
}

pub fn summary_text(path: &Path) -> String {
    without_bidi_marks(&tool("pdftotext", &["-f", "2", "-raw"], path)).replace('\n', " ")
}

/// qpdf finds no structural error in the file.
pub fn assert_qpdf_clean(path: &Path) {
    let out = tool("qpdf", &["--check"], path);
    assert!(
        out.contains("No syntax or stream encoding errors found"),
        "{out}"
    );
}

/// Every font in the file is embedded, subset and has a Unicode map; gives pdffonts' listing.
pub fn assert_fonts_embedded(path: &Path) -> String {
    let fonts = tool("pdffonts", &[], path);
    for row in fonts.lines().skip(2).filter(|l| !l.trim().is_empty()) {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        // ... emb sub uni object ID
        assert_eq!(
            &columns[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "not embedded+subset+unicode: {row}"
        );
    }
    fonts
}
