//! The `.deb` under test: where the debug build puts it, that it is newer than its sources, and
//! the keys of the `.desktop` file it carries.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::system::run;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => repo_root().join("target"),
    }
}

/// The root tauri.conf.json: the package's name, version and desktop file name come from it.
pub fn config() -> serde_json::Value {
    let text = fs::read_to_string(repo_root().join("tauri.conf.json")).expect("tauri.conf.json");
    serde_json::from_str(&text).expect("tauri.conf.json is JSON")
}

fn mtime(path: &Path) -> SystemTime {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The debug `.deb`, which must exist and be newer than the files it is made from.
pub fn deb_path(conf: &serde_json::Value) -> PathBuf {
    let arch = run("dpkg", &["--print-architecture"]);
    let name = format!(
        "{}_{}_{}.deb",
        conf["productName"].as_str().expect("productName"),
        conf["version"].as_str().expect("version"),
        arch.trim()
    );
    let deb = target_dir().join("debug/bundle/deb").join(name);
    assert!(
        deb.is_file(),
        "{} is missing: build it with `scripts/build-deb.sh --debug` first (scripts/test.sh does)",
        deb.display()
    );
    let root = repo_root();
    for source in [
        "tauri.conf.json",
        "src-tauri/linux/stratmap.desktop",
        "src-tauri/linux/stratmap-mime.xml",
    ] {
        assert!(
            mtime(&deb) >= mtime(&root.join(source)),
            "{} is older than {source}: rebuild it with `scripts/build-deb.sh --debug`",
            deb.display()
        );
    }
    deb
}

/// The keys of a .desktop file's `[Desktop Entry]` group.
pub fn desktop_entry(text: &str) -> Vec<(String, String)> {
    let mut in_entry = false;
    let mut keys = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_entry = line == "[Desktop Entry]";
        } else if in_entry && let Some((k, v)) = line.split_once('=') {
            keys.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    keys
}

pub fn key<'a>(entry: &'a [(String, String)], name: &str) -> &'a str {
    entry
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("the .desktop file has no {name}= line: {entry:?}"))
}
