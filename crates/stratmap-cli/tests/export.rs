//! `stratmap export --png/--pdf/--svg/--jsoncanvas` and `stratmap import picture.png`, run as a
//! user runs them: the real binary on real files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn stratmap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stratmap"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run stratmap: {e}"))
}

fn ok(args: &[&str]) -> String {
    let out = stratmap(args);
    assert!(
        out.status.success(),
        "stratmap {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs a command that must fail with exit 1 and one line on stderr; returns that line.
fn fails(args: &[&str]) -> String {
    let out = stratmap(args);
    assert_eq!(out.status.code(), Some(1), "stratmap {args:?}: {:?}", out);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap_or_else(|| panic!("path is not UTF-8"))
}

/// A canvas with a few initiatives in several scripts.
fn canvas(dir: &Path) -> PathBuf {
    let file = dir.join("offsite.stratmap");
    ok(&[
        "new",
        s(&file),
        "--title",
        "Offsite <2026>",
        "--template",
        "full",
    ]);
    for (area, title, position) in [
        ("End goal", "Customer advisory board", "40"),
        ("End goal", "Flagship launch & \"big bang\"", "-70"),
        ("Growth strategy", "以客户为中心的增长", "25"),
        ("Marketing strategy", "Рост через клиентский успех", "-10"),
    ] {
        ok(&[
            "add",
            s(&file),
            "--area",
            area,
            "--title",
            title,
            "--position",
            position,
        ]);
    }
    ok(&[
        "set-target",
        s(&file),
        "--area",
        "End goal",
        "--target",
        "60",
    ]);
    ok(&["snapshot", s(&file), "Before offsite"]);
    file
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (word(16), word(20))
}

#[test]
fn png_export_follows_the_scale_and_imports_back_to_the_same_canvas() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = canvas(dir.path());
    let default = dir.path().join("default.png");
    let one = dir.path().join("one.png");
    ok(&["export", s(&file), "--png", s(&default)]);
    ok(&[
        "export",
        s(&file),
        "--png",
        s(&one),
        "--scale",
        "1",
        "--transparent",
    ]);
    let (w2, h2) = png_size(&default);
    let (w1, h1) = png_size(&one);
    assert_eq!((w2, w1), (3200, 1600));
    assert!(h2 == 2 * h1 || h2 == 2 * h1 - 1, "{h2} vs {h1}");

    let restored = dir.path().join("restored.stratmap");
    ok(&["import", s(&default), s(&restored)]);
    assert_eq!(
        ok(&["show", s(&restored), "--json"]),
        ok(&["show", s(&file), "--json"])
    );
}

#[test]
fn bad_scales_and_pages_are_one_clear_line_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = canvas(dir.path());
    let out = dir.path().join("out");
    for scale in ["0", "5", "2.5", "two", "-1"] {
        let err = fails(&["export", s(&file), "--png", s(&out), "--scale", scale]);
        assert!(err.contains("scale") && err.contains("1 to 4"), "{err}");
    }
    let err = fails(&["export", s(&file), "--pdf", s(&out), "--page", "legal"]);
    assert!(err.contains("a4, letter"), "{err}");
    let err = fails(&["export", s(&file), "--pdf", s(&out), "--scale", "2"]);
    assert!(err.contains("--png only"), "{err}");
    assert!(!out.exists(), "a refused export wrote a file");
}

#[test]
fn exactly_one_format_per_call() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = canvas(dir.path());
    let out = stratmap(&["export", s(&file), "--png", "a.png", "--pdf", "a.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    let out = stratmap(&["export", s(&file)]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn pdf_export_on_either_paper() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = canvas(dir.path());
    for (page, expected) in [("a4", "841.89 x 595.28"), ("letter", "792 x 612")] {
        let pdf = dir.path().join(format!("{page}.pdf"));
        ok(&["export", s(&file), "--pdf", s(&pdf), "--page", page]);
        let info = Command::new("pdfinfo")
            .arg(&pdf)
            .output()
            .unwrap_or_else(|e| panic!("pdfinfo is needed (apt-get install poppler-utils): {e}"));
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains(expected), "{info}");
        assert!(info.contains("Title:           Offsite <2026>"), "{info}");
    }
    // The default paper is A4.
    let pdf = dir.path().join("default.pdf");
    ok(&["export", s(&file), "--pdf", s(&pdf)]);
    assert_eq!(
        std::fs::read(&pdf).ok(),
        std::fs::read(dir.path().join("a4.pdf")).ok()
    );
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext is needed (apt-get install poppler-utils): {e}"));
    String::from_utf8_lossy(&out.stdout).replace('\n', " ")
}

#[test]
fn pdf_export_compares_with_a_named_snapshot() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = canvas(dir.path());
    let document: serde_json::Value =
        serde_json::from_str(&ok(&["show", s(&file), "--json"])).unwrap_or_else(|e| panic!("{e}"));
    let id = document["areas"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["initiatives"].as_array().cloned().unwrap_or_default())
        .find(|i| i["title"] == "Customer advisory board")
        .and_then(|i| i["id"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("no initiative to move"));
    ok(&["move", s(&file), &id, "--position", "70"]);

    let pdf = dir.path().join("changes.pdf");
    ok(&[
        "export",
        s(&file),
        "--pdf",
        s(&pdf),
        "--compare",
        "Before offsite",
    ]);
    let text = pdf_text(&pdf);
    let page = text
        .find("Changes since Before offsite")
        .unwrap_or_else(|| panic!("no compare page:\n{text}"));
    assert!(
        text[page..].contains("Customer advisory board End goal +40 +70 +30"),
        "{text}"
    );
    // The file's decision log comes along: every change so far, none with a reason.
    assert!(
        text.contains("Decision log") && text.contains("none has a reason yet"),
        "{text}"
    );
    // Without --compare there is no such page.
    let plain = dir.path().join("plain.pdf");
    ok(&["export", s(&file), "--pdf", s(&plain)]);
    assert!(!pdf_text(&plain).contains("Changes since"));

    // An unknown name is the compare command's error, and nothing is written.
    let missing = dir.path().join("missing.pdf");
    let err = fails(&[
        "export",
        s(&file),
        "--pdf",
        s(&missing),
        "--compare",
        "After party",
    ]);
    assert!(
        err.contains("there is no snapshot named \"After party\""),
        "{err}"
    );
    let err = fails(&[
        "export",
        s(&file),
        "--png",
        s(&missing),
        "--compare",
        "Before offsite",
    ]);
    assert!(err.contains("--pdf only"), "{err}");
    assert!(!missing.exists(), "a refused export wrote a file");
}

#[test]
fn svg_and_json_canvas_exports() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = canvas(dir.path());
    let svg = dir.path().join("canvas.svg");
    ok(&["export", s(&file), "--svg", s(&svg)]);
    let written = std::fs::read_to_string(&svg).unwrap_or_else(|e| panic!("{e}"));
    assert!(written.starts_with("<?xml"));
    assert!(written.contains("Flagship launch &amp;"));
    assert!(written.contains("&quot;big"));
    assert_eq!(ok(&["export", s(&file), "--svg", "-"]), written);

    let text = ok(&["export", s(&file), "--jsoncanvas", "-"]);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let nodes = value["nodes"].as_array().cloned().unwrap_or_default();
    assert_eq!(nodes.iter().filter(|n| n["type"] == "group").count(), 8);
    assert_eq!(nodes.iter().filter(|n| n["type"] == "text").count(), 4);
}

#[test]
fn importing_a_picture_that_carries_no_canvas_is_refused() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().join("new.stratmap");
    let broken = dir.path().join("broken.png");
    std::fs::write(&broken, b"\x89PNG\r\n\x1a\nnot really").unwrap_or_else(|e| panic!("{e}"));
    let err = fails(&["import", s(&broken), s(&target)]);
    assert!(err.contains("PNG"), "{err}");

    // A valid PNG from elsewhere: a Stratmap picture with its canvas chunk renamed.
    let file = canvas(dir.path());
    let png = dir.path().join("picture.png");
    ok(&["export", s(&file), "--png", s(&png), "--scale", "1"]);
    let mut bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{e}"));
    let at = bytes
        .windows(8)
        .position(|w| w == b"stratmap")
        .unwrap_or_else(|| panic!("no canvas chunk"));
    bytes[at] = b'X';
    let foreign = dir.path().join("foreign.png");
    std::fs::write(&foreign, bytes).unwrap_or_else(|e| panic!("{e}"));
    let err = fails(&["import", s(&foreign), s(&target)]);
    assert!(err.contains("no Stratmap canvas"), "{err}");
    assert!(!target.exists());
}
