//! What keeps an editing handle honest about its file: the OS editing lock, and the file's
//! identity (device and inode), checked before every write so that a canvas moved or deleted
//! while open is never written to unseen (the writes would go to an unlinked inode and be lost).

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The editing lock on a file, with the identity of the file it locks.
#[derive(Debug)]
pub(super) struct EditingLock {
    // Kept open: the flock lives as long as this handle.
    _file: File,
    identity: Option<Identity>,
    // Absolute, so that a change of the working directory is not taken for a move.
    path: PathBuf,
}

/// Which file a path names: device and inode on Unix; nothing elsewhere (no check).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Identity {
    dev: u64,
    ino: u64,
}

#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    Some(Identity {
        dev: meta.dev(),
        ino: meta.ino(),
    })
}

#[cfg(not(unix))]
fn identity(_meta: &std::fs::Metadata) -> Option<Identity> {
    None
}

impl EditingLock {
    /// Takes the editing lock on `path`: an OS lock (flock) on the file itself, released by the
    /// OS when the process dies, independent of SQLite's own POSIX locks, never a stale lock file.
    pub(super) fn take(path: &Path) -> Result<EditingLock> {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, &e))?;
        if meta.permissions().readonly() {
            return Err(Error::ReadOnly { path: shown });
        }
        let file = File::open(path).map_err(|e| Error::io(path, &e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::OpenElsewhere { path: shown });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(path, &e)),
        }
        // The identity of the handle itself, not of the path, which may change under us.
        let identity = identity(&file.metadata().map_err(|e| Error::io(path, &e))?);
        let path = std::path::absolute(path).map_err(|e| Error::io(path, &e))?;
        Ok(EditingLock {
            _file: file,
            identity,
            path,
        })
    }

    /// Fails unless the path still names the file that was opened. One `stat`, so it is cheap
    /// enough to run before every write.
    pub(super) fn check_in_place(&self, shown: &str) -> Result<()> {
        let Some(expected) = self.identity else {
            return Ok(());
        };
        let moved = || Error::MovedOrDeleted {
            path: shown.to_string(),
        };
        let meta = std::fs::metadata(&self.path).map_err(|_| moved())?;
        if identity(&meta) == Some(expected) {
            Ok(())
        } else {
            Err(moved())
        }
    }
}
