//! Writing output files so that a reader never sees half a file and a failed write leaves the
//! old file as it was.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.partial", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        Error::io(path, &e)
    })
}

/// Removes the temporary files a killed Stratmap left in `folder`: a half-written export
/// (`.NAME.PID.partial`) or a canvas being built (`.NAME.PID.creating` and its SQLite side files),
/// when process PID is gone. Returns how many files were removed. A temporary file of a live
/// process is never touched; where liveness cannot be told (no /proc), nothing is removed.
pub fn sweep_leftovers(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            leftover_pid(&name).is_some_and(|pid| !process_alive(pid))
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

/// The process id in a temporary file's name, if it is one of ours.
fn leftover_pid(name: &str) -> Option<u32> {
    let base = ["-wal", "-shm", "-journal"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name);
    let rest = base.strip_prefix('.')?;
    let rest = rest
        .strip_suffix(".partial")
        .or_else(|| rest.strip_suffix(".creating"))?;
    let (_, pid) = rest.rsplit_once('.')?;
    pid.parse().ok()
}

fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc_root = Path::new("/proc");
    // Without /proc there is no safe way to tell: count every process as alive.
    !proc_root.join("self").exists() || proc_root.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_of_dead_processes_are_swept_and_live_ones_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dead = u32::MAX - 7;
        let mine = std::process::id();
        let names = [
            format!(".Plan.png.{dead}.partial"),
            format!(".Plan.stratmap.{dead}.creating"),
            format!(".Plan.stratmap.{dead}.creating-wal"),
            format!(".Plan.pdf.{mine}.partial"),
            "Plan.stratmap".to_string(),
            ".hidden.notes".to_string(),
            format!(".x.{dead}.partial.bak"),
        ];
        for name in &names {
            std::fs::write(dir.path().join(name), b"x").expect("write");
        }
        assert_eq!(sweep_leftovers(dir.path()), 3);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .expect("read")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut expected = names[3..].to_vec();
        expected.sort();
        assert_eq!(left, expected);
    }
}
