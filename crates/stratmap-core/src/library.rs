//! The library: the canvases in the user's Stratmap folder, and the recently opened files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::store::{Access, CanvasFile};

const RECENT_MAX: usize = 10;

/// A canvas file as the home screen lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LibraryEntry {
    pub path: String,
    pub file_name: String,
    pub title: String,
    pub updated_at: String,
    pub area_count: i32,
    pub initiative_count: i32,
    /// Why the file cannot be opened, when it cannot (damaged, newer version, ...).
    pub problem: Option<String>,
}

/// Reads what the home screen shows of one file; never fails, a bad file carries its problem.
pub fn entry(path: &Path) -> LibraryEntry {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let base = LibraryEntry {
        path: path.display().to_string(),
        file_name: file_name.clone(),
        title: file_name,
        updated_at: String::new(),
        area_count: 0,
        initiative_count: 0,
        problem: None,
    };
    match CanvasFile::open(path, Access::Read) {
        Ok(file) => {
            let doc = file.document();
            LibraryEntry {
                title: doc.canvas.title.clone(),
                updated_at: doc.canvas.updated_at.clone(),
                area_count: i32::try_from(doc.areas().len()).unwrap_or(i32::MAX),
                initiative_count: i32::try_from(doc.initiative_count()).unwrap_or(i32::MAX),
                ..base
            }
        }
        Err(err) => LibraryEntry {
            problem: Some(err.to_string()),
            ..base
        },
    }
}

/// The `.stratmap` files in `folder`, newest first. A missing folder is an empty library.
pub fn list(folder: &Path) -> Vec<LibraryEntry> {
    let Ok(read) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut entries: Vec<LibraryEntry> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "stratmap"))
        .map(|p| entry(&p))
        .collect();
    entries.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.file_name.cmp(&b.file_name))
    });
    entries
}

/// A file name in `folder` for a new canvas called `title` that does not exist yet.
pub fn new_file_path(folder: &Path, title: &str) -> PathBuf {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " -_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect::<String>()
        .trim()
        .chars()
        .take(60)
        .collect();
    let stem = if stem.is_empty() {
        "Canvas".to_string()
    } else {
        stem
    };
    let mut candidate = folder.join(format!("{stem}.stratmap"));
    let mut n = 2;
    while candidate.exists() {
        candidate = folder.join(format!("{stem} {n}.stratmap"));
        n += 1;
    }
    candidate
}

/// The recently opened files, newest first, kept in a small JSON file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecentFiles {
    pub files: Vec<String>,
}

impl RecentFiles {
    /// Loads the list; a missing or unreadable list is an empty one (it is only a convenience).
    pub fn load(path: &Path) -> RecentFiles {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        }
        let text = serde_json::to_string_pretty(self).map_err(|e| Error::Json(e.to_string()))?;
        crate::files::write_atomically(path, text.as_bytes())
    }

    /// Puts `file` first, without duplicates, keeping at most ten.
    pub fn add(&mut self, file: &Path) {
        let file = file.display().to_string();
        self.files.retain(|f| *f != file);
        self.files.insert(0, file);
        self.files.truncate(RECENT_MAX);
    }

    /// The recent files that still exist, as library entries.
    pub fn entries(&self) -> Vec<LibraryEntry> {
        self.files
            .iter()
            .map(Path::new)
            .filter(|p| p.exists())
            .map(entry)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_file_names_are_safe_and_unique() {
        let dir = tempfile::tempdir().unwrap();
        let first = new_file_path(dir.path(), "Q3: offsite/plan");
        assert_eq!(first.file_name().unwrap(), "Q3_ offsite_plan.stratmap");
        std::fs::write(&first, "").unwrap();
        let second = new_file_path(dir.path(), "Q3: offsite/plan");
        assert_eq!(second.file_name().unwrap(), "Q3_ offsite_plan 2.stratmap");
        assert_eq!(
            new_file_path(dir.path(), "  ").file_name().unwrap(),
            "Canvas.stratmap"
        );
    }

    #[test]
    fn recent_files_keep_ten_newest_first_without_duplicates() {
        let mut recent = RecentFiles::default();
        for n in 0..12 {
            recent.add(Path::new(&format!("/tmp/{n}.stratmap")));
        }
        recent.add(Path::new("/tmp/5.stratmap"));
        assert_eq!(recent.files.len(), 10);
        assert_eq!(recent.files[0], "/tmp/5.stratmap");
        assert_eq!(
            recent
                .files
                .iter()
                .filter(|f| f.ends_with("/5.stratmap"))
                .count(),
            1
        );
    }
}
