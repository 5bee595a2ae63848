//! The core's layers point one way (ARCHITECTURE.md, Invariants): read from the source's own
//! `crate::` paths, the top-level modules form no cycle, render and interchange never reach the
//! store, the editor or the view, and modules never go through `lib.rs`'s re-exports.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`render` for `src/render/pdf/flow.rs`).
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap_or(file);
    let first = relative
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    first.trim_end_matches(".rs").to_string()
}

/// The first path segment of each item named after `crate::` ("model" for `model::Document`,
/// "error" and "model" for `{error::Result, model::Document}`).
fn first_segments(rest: &str) -> Vec<String> {
    let segment = |text: &str| -> String {
        text.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    match rest.strip_prefix('{') {
        Some(inside) => inside
            .split('}')
            .next()
            .unwrap_or_default()
            .split(',')
            .map(segment)
            .filter(|name| !name.is_empty())
            .collect(),
        None => vec![segment(rest)],
    }
}

/// Which top-level modules each module's code names through `crate::`, with one place each.
fn imports() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let from = module_of(&src, &file);
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
        // Comments dropped, lines kept, so a `use crate::{...}` over several lines reads whole.
        let code: String = text
            .lines()
            .map(|line| line.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            let line = code[..at].matches('\n').count() + 1;
            let place = format!("{}:{line}", file.display());
            for name in first_segments(rest) {
                graph
                    .entry(from.clone())
                    .or_default()
                    .entry(name)
                    .or_insert_with(|| place.clone());
            }
        }
    }
    graph
}

#[test]
fn modules_name_each_other_by_their_own_paths_not_through_lib_rs() {
    for (from, targets) in imports() {
        for (to, place) in targets {
            let re_export = to.chars().next().is_some_and(char::is_uppercase);
            assert!(
                !re_export,
                "{from} names crate::{to} through lib.rs at {place}"
            );
        }
    }
}

#[test]
fn render_and_interchange_never_reach_the_store_the_editor_or_the_view() {
    let graph = imports();
    for from in ["render", "interchange"] {
        for above in ["store", "editor", "view", "library"] {
            if let Some(place) = graph.get(from).and_then(|t| t.get(above)) {
                panic!("{from} imports {above} at {place}");
            }
        }
    }
}

#[test]
fn the_top_level_modules_form_no_cycle() {
    let graph = imports();
    // Depth-first search; a module met again while on the path closes a cycle.
    fn visit(
        module: &str,
        graph: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(module) {
            return;
        }
        if let Some(start) = path.iter().position(|m| m == module) {
            let mut cycle = path[start..].to_vec();
            cycle.push(module.to_string());
            let places: Vec<String> = cycle
                .windows(2)
                .filter_map(|w| graph.get(&w[0]).and_then(|t| t.get(&w[1])).cloned())
                .collect();
            panic!("a cycle: {} ({})", cycle.join(" -> "), places.join(", "));
        }
        path.push(module.to_string());
        for next in graph.get(module).into_iter().flat_map(|t| t.keys()) {
            if next != module && graph.contains_key(next.as_str()) {
                visit(next, graph, path, done);
            }
        }
        path.pop();
        done.insert(module.to_string());
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done);
    }
    assert!(done.len() > 10, "the core's modules were read: {done:?}");
}
