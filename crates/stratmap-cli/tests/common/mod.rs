//! Running the real `stratmap` binary on temporary canvases, for the CLI's integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn stratmap(args: &[&str]) -> Run {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_stratmap"))
        .args(args)
        .output()
        .expect("stratmap runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn ok(args: &[&str]) -> String {
    let run = stratmap(args);
    assert_eq!(run.code, 0, "stratmap {args:?} failed: {}", run.stderr);
    run.stdout
}

/// A temp folder with a basic canvas holding one initiative per core area.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub file: PathBuf,
    pub ids: Vec<String>,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("offsite.stratmap");
        ok(&["new", s(&file), "--title", "Q3 offsite"]);
        let ids = [
            ("End goal", "-70", "3"),
            ("Growth strategy", "-40", "2"),
            ("Marketing strategy", "55", "1"),
        ]
        .iter()
        .map(|(area, position, impact)| {
            ok(&[
                "add",
                s(&file),
                "--area",
                area,
                "--title",
                &format!("{area} card"),
                "--position",
                position,
                "--impact",
                impact,
            ])
            .trim()
            .to_string()
        })
        .collect();
        Fixture { dir, file, ids }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn file(&self) -> &str {
        s(&self.file)
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&ok(&["show", self.file(), "--json"])).expect("show --json is JSON")
    }
}

pub fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

/// Runs a command that must fail with exit 1, one line on stderr containing `expected`, and
/// leave `file` byte for byte as it was.
pub fn refused(file: &Path, args: &[&str], expected: &str) {
    let before = std::fs::read(file).ok();
    let run = stratmap(args);
    assert_eq!(
        run.code, 1,
        "stratmap {args:?}: expected exit 1, stderr: {}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one line expected, got {:?}",
        run.stderr
    );
    assert!(run.stderr.starts_with("stratmap: "), "{:?}", run.stderr);
    assert!(
        run.stderr.contains(expected),
        "stratmap {args:?}: {:?} lacks {expected:?}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(
        std::fs::read(file).ok(),
        before,
        "stratmap {args:?} changed {}",
        file.display()
    );
}
