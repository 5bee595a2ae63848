//! Everything a newcomer needs is in the repository: no Markdown link or image in any `*.md` file
//! (outside `node_modules`, `target` and `.git`) may point outside it or at a file that does not
//! exist. Web (`http:`, `https:`) and `mailto:` links and pure `#anchors` are not checked; any
//! other scheme (`file:` …) is refused. Code (fenced blocks, `inline spans`) is not read.

use std::path::{Component, Path, PathBuf};

const SKIPPED_DIRS: [&str; 3] = ["node_modules", "target", ".git"];

fn repository_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root exists")
}

fn markdown_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.expect("a directory entry");
        let path = entry.path();
        let kind = entry.file_type().expect("a file type");
        let name = entry.file_name();
        if kind.is_dir() {
            if !SKIPPED_DIRS.iter().any(|s| name == *s) {
                markdown_files(&path, found);
            }
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md"))
        {
            found.push(path);
        }
    }
}

/// The line without its `inline code` spans.
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    for (n, part) in line.split('`').enumerate() {
        if n % 2 == 0 {
            out.push_str(part);
        }
    }
    out
}

/// The targets of `[text](target)`, `![alt](target "title")`, `<target>` forms included, and of
/// reference definitions `[label]: target`, with their 1-based line numbers.
fn link_targets(text: &str) -> Vec<(usize, String)> {
    let mut targets = Vec::new();
    let mut in_fence = false;
    for (n, raw) in text.lines().enumerate() {
        let trimmed = raw.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let line = without_code_spans(raw);
        let mut rest = line.as_str();
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = closing_paren(after);
            targets.push((n + 1, destination(&after[..end])));
            rest = &after[end..];
        }
        let definition = line.trim_start();
        if let Some(label_end) = definition.strip_prefix('[').and_then(|d| d.find("]:")) {
            let target = definition[label_end + 3..].trim();
            if !target.is_empty() {
                targets.push((n + 1, destination(target)));
            }
        }
    }
    targets
}

/// Where the link's parenthesis closes, allowing balanced parentheses inside the target.
fn closing_paren(text: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return i,
            ')' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

/// The destination without an optional title and angle brackets.
fn destination(inside: &str) -> String {
    let inside = inside.trim();
    if let Some(rest) = inside.strip_prefix('<') {
        return rest.split('>').next().unwrap_or("").to_string();
    }
    inside.split_whitespace().next().unwrap_or("").to_string()
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `a/b/../c` → `a/c` without touching the disk; `None` when `..` climbs above the start.
fn normalised(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Some(out)
}

/// Why a link target is not a file of the repository, or `None` when it is (or is not checked).
fn problem(root: &Path, file: &Path, target: &str) -> Option<String> {
    if target.is_empty() {
        return Some("an empty link".to_string());
    }
    let lower = target.to_ascii_lowercase();
    if ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
        || target.starts_with('#')
    {
        return None;
    }
    let scheme = target.split_once(':').map(|(s, _)| s);
    if scheme.is_some_and(|s| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    }) {
        return Some(format!(
            "{target:?} uses a scheme other than http(s) or mailto"
        ));
    }
    let path_part = target.split(['#', '?']).next().unwrap_or("");
    let decoded = percent_decoded(path_part);
    // A leading slash is the repository's root, as on a forge's file view.
    let joined = match decoded.strip_prefix('/') {
        Some(from_root) => root.join(from_root),
        None => file.parent().unwrap_or(root).join(&decoded),
    };
    let inside = normalised(&joined).filter(|p| p.starts_with(root));
    let Some(resolved) = inside else {
        return Some(format!("{target:?} points outside the repository"));
    };
    match resolved.canonicalize() {
        Err(_) => Some(format!(
            "{target:?} names {} which does not exist",
            resolved.display()
        )),
        Ok(real) if !real.starts_with(root) => Some(format!(
            "{target:?} leads outside the repository (to {})",
            real.display()
        )),
        Ok(_) => None,
    }
}

#[test]
fn every_markdown_link_points_at_a_file_in_the_repository() {
    let root = repository_root();
    let mut files = Vec::new();
    markdown_files(&root, &mut files);
    files.sort();
    assert!(
        files.iter().any(|f| f.ends_with("README.md")),
        "no README.md found under {}",
        root.display()
    );
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        for (line, target) in link_targets(&text) {
            if let Some(why) = problem(&root, file, &target) {
                let shown = file.strip_prefix(&root).unwrap_or(file);
                problems.push(format!("{}:{line}: {why}", shown.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "Markdown links that leave the repository or lead nowhere:\n- {}",
        problems.join("\n- ")
    );
}

#[test]
fn the_checker_refuses_what_leaves_the_repository() {
    let root = repository_root();
    let readme = root.join("README.md");
    let docs = root.join("docs/README.md");
    let text = "See [a](docs/cli.md), ![b](<icons/x y.png> \"t\"), [c](../../etc/passwd),\n\
                `[not](a-link)`, [d](https://example.org), [e](#top) and [f](file:///etc).\n\
                ```\n[in](code)\n```\n[ref]: ./ARCHITECTURE.md#code-map\n";
    let targets: Vec<String> = link_targets(text).into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        targets,
        [
            "docs/cli.md",
            "icons/x y.png",
            "../../etc/passwd",
            "https://example.org",
            "#top",
            "file:///etc",
            "./ARCHITECTURE.md#code-map"
        ]
    );
    assert_eq!(problem(&root, &readme, "ARCHITECTURE.md#invariants"), None);
    assert_eq!(problem(&root, &docs, "../README.md"), None);
    assert_eq!(problem(&root, &docs, "/ARCHITECTURE.md"), None);
    assert_eq!(problem(&root, &readme, "https://example.org/x"), None);
    assert_eq!(problem(&root, &readme, "#layout"), None);
    for outside in ["../shared/DESIGN.md", "docs/../../x.md", "/../etc/passwd"] {
        let why = problem(&root, &readme, outside).expect("refused");
        assert!(why.contains("outside the repository"), "{outside}: {why}");
    }
    let why = problem(&root, &readme, "docs/no-such-page.md").expect("refused");
    assert!(why.contains("does not exist"), "{why}");
    let why = problem(&root, &readme, "file:///etc/passwd").expect("refused");
    assert!(why.contains("scheme"), "{why}");
}
