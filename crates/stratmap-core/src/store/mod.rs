//! The `.stratmap` file: one canvas in one SQLite database.
//!
//! Invariants: a file is checked (header, `application_id`, `user_version`) before anything is
//! written to it, so foreign, damaged and newer files are left untouched; every op is one
//! transaction, committed before `apply` returns; only a holder of the editing lock writes.

mod area_rows;
mod canvas_row;
mod decision_rows;
mod group;
mod guard;
mod initiative_rows;
mod live_rows;
mod load;
mod offsite_rows;
mod rows;
mod schema;
mod snapshot_rows;
mod states;

use std::fs::File;
use std::path::{Path, PathBuf};

use guard::EditingLock;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use crate::decisions::{Decision, NewDecision, Provenance};
use crate::error::{Error, Result};
use crate::model::Document;
use crate::ops::{self, Edit, Op, Touched};
use crate::snapshot::{Snapshot, SnapshotInfo};

pub use schema::{APPLICATION_ID, LATEST_VERSION};

/// An op applied and committed: its inverse (what undoes it) and what the edit did.
#[derive(Debug, Clone, PartialEq)]
pub struct Committed {
    pub inverse: Op,
    pub edit: Edit,
}

/// How a file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Viewing and exporting; always allowed, even while another process edits the file.
    Read,
    /// Changing; needs the editing lock, which only one process holds at a time.
    Edit,
}

/// An open canvas file and its document.
pub struct CanvasFile {
    // Field order matters: the connection must close before the lock file handle, because
    // closing any handle to the database drops this process's SQLite (POSIX) locks on it.
    conn: Connection,
    doc: Document,
    path: PathBuf,
    access: Access,
    editing_lock: Option<EditingLock>,
}

impl std::fmt::Debug for CanvasFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CanvasFile")
            .field("path", &self.path)
            .field("access", &self.access)
            .finish_non_exhaustive()
    }
}

impl Drop for CanvasFile {
    /// An editor folds its -wal into the file and empties it on close, so that no large side
    /// file is left behind even when a reader elsewhere keeps SQLite from deleting it.
    fn drop(&mut self) {
        if self.editing_lock.is_some() {
            let _ = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
    }
}

impl CanvasFile {
    /// Opens an existing canvas file.
    pub fn open(path: &Path, access: Access) -> Result<CanvasFile> {
        let shown = path.display().to_string();
        load::check_header(path)?;
        let editing_lock = match access {
            Access::Read => None,
            Access::Edit => Some(EditingLock::take(path)?),
        };
        // A reader opens read-write when it may (but sets query_only below), so that SQLite can
        // make the -shm it needs to read a WAL file; a read-only file is opened read-only.
        let writable = std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly());
        let flags = if writable {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        } else {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| storage(&shown, e))?;
        load::check_identity(&conn, &shown)?;
        if access == Access::Edit {
            configure(&conn).map_err(|e| storage(&shown, e))?;
            schema::migrations()
                .to_latest(&mut conn)
                .map_err(|e| Error::Storage(format!("{shown}: upgrading the file failed: {e}")))?;
        } else {
            // A reader never checkpoints on close. It cannot know that it is the last user of
            // the file: when anything in an editing process (a GTK file dialog sniffing the
            // folder) opens and closes the canvas, POSIX drops that process's SQLite locks, and a
            // closing reader that then checkpointed would also delete the -wal the editor is
            // still appending to, losing its later edits. The editor tidies up when it closes.
            conn.busy_timeout(std::time::Duration::from_secs(5))
                .and_then(|()| conn.pragma_update(None, "query_only", true))
                .and_then(|()| {
                    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
                        .map(drop)
                })
                .map_err(|e| storage(&shown, e))?;
        }
        let doc = load::document(&conn, &shown)?;
        Ok(CanvasFile {
            conn,
            doc,
            path: path.to_path_buf(),
            access,
            editing_lock,
        })
    }

    /// Writes `doc` and `snapshots` as a new file at `path`, which must not exist yet, and opens
    /// it for editing. The file appears whole or not at all: it is built under a temporary name
    /// beside `path` and linked into place.
    pub fn create(path: &Path, doc: &Document, snapshots: &[Snapshot]) -> Result<CanvasFile> {
        let shown = path.display().to_string();
        if path.exists() {
            return Err(Error::AlreadyExists { path: shown });
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = dir.join(format!(".{file_name}.{}.creating", std::process::id()));
        let built = build(&temp, doc, snapshots, &shown);
        let placed = built.and_then(|()| {
            std::fs::hard_link(&temp, path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    Error::AlreadyExists {
                        path: shown.clone(),
                    }
                } else {
                    Error::io(path, &e)
                }
            })
        });
        remove_with_sidecars(&temp);
        placed?;
        if let Ok(d) = File::open(&dir) {
            // Make the new directory entry durable too.
            let _ = d.sync_all();
        }
        CanvasFile::open(path, Access::Edit)
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn access(&self) -> Access {
        self.access
    }

    /// Applies one op and commits it in one transaction; `now` becomes the canvas's `updated_at`.
    /// On any error neither the file nor the document changes.
    pub fn apply(&mut self, op: &Op, now: &str) -> Result<Committed> {
        self.apply_as(op, now, Provenance::Edit)
    }

    /// [`CanvasFile::apply`], logging the change as made, undone or redone.
    pub fn apply_as(&mut self, op: &Op, now: &str, provenance: Provenance) -> Result<Committed> {
        self.require_writable()?;
        let applied = ops::apply(&mut self.doc, op)?;
        let previous = std::mem::replace(&mut self.doc.canvas.updated_at, now.to_string());
        let decisions = crate::decisions::describe(op, &applied.inverse, &self.doc, provenance);
        let change = match self.write(&applied.touched, &decisions) {
            Ok(change) => change,
            Err(err) => {
                self.doc.canvas.updated_at = previous;
                if ops::apply(&mut self.doc, &applied.inverse).is_err() {
                    // Cannot happen by construction; reload rather than keep a doubtful state.
                    if let Ok(doc) = load::document(&self.conn, &self.path.display().to_string()) {
                        self.doc = doc;
                    }
                }
                return Err(err);
            }
        };
        Ok(Committed {
            inverse: applied.inverse,
            edit: Edit {
                touched: applied.touched,
                change,
            },
        })
    }

    fn write(&mut self, touched: &Touched, decisions: &[NewDecision]) -> Result<Option<i32>> {
        let shown = self.path.display().to_string();
        let tx = self.conn.transaction().map_err(|e| storage(&shown, e))?;
        let change =
            rows::write(&tx, &self.doc, touched, decisions).map_err(|e| storage(&shown, e))?;
        tx.commit().map_err(|e| storage(&shown, e))?;
        Ok(change)
    }

    /// The decision log, oldest first; one initiative's entries when `initiative` is given.
    pub fn decisions(&self, initiative: Option<uuid::Uuid>) -> Result<Vec<Decision>> {
        let shown = self.path.display().to_string();
        // A version-1 file read as it is has no log yet (editing it adds the table).
        if load::schema_version(&self.conn, &shown)? < 2 {
            return Ok(Vec::new());
        }
        decision_rows::read(&self.conn, initiative).map_err(|e| storage(&shown, e))
    }

    /// Records why change number `change` (an [`Edit`]'s) was made; an empty reason clears it.
    pub fn explain_change(&mut self, change: i32, reason: &str) -> Result<()> {
        self.require_writable()?;
        crate::decisions::validate_reason(reason)?;
        let shown = self.path.display().to_string();
        let named =
            decision_rows::explain(&self.conn, change, reason).map_err(|e| storage(&shown, e))?;
        if named == 0 {
            return Err(Error::UnknownChange(change));
        }
        Ok(())
    }

    /// Freezes the current state under `name`.
    pub fn take_snapshot(&mut self, name: &str, taken_at: &str) -> Result<SnapshotInfo> {
        self.require_writable()?;
        crate::model::validate::label("snapshot name", name, crate::model::validate::NAME_MAX)?;
        let shown = self.path.display().to_string();
        if snapshot_rows::exists(&self.conn, name).map_err(|e| storage(&shown, e))? {
            return Err(Error::DuplicateSnapshot(name.to_string()));
        }
        let state = crate::snapshot::freeze(&self.doc);
        snapshot_rows::insert(&self.conn, name, taken_at, &state)
            .map_err(|e| storage(&shown, e))?;
        Ok(SnapshotInfo {
            name: name.to_string(),
            taken_at: taken_at.to_string(),
        })
    }

    pub fn snapshots(&self) -> Result<Vec<SnapshotInfo>> {
        let shown = self.path.display().to_string();
        let rows = snapshot_rows::list(&self.conn).map_err(|e| storage(&shown, e))?;
        Ok(rows
            .into_iter()
            .map(|(name, taken_at)| SnapshotInfo { name, taken_at })
            .collect())
    }

    pub fn snapshot(&self, name: &str) -> Result<Snapshot> {
        let shown = self.path.display().to_string();
        let (taken_at, state) = snapshot_rows::read(&self.conn, name)
            .map_err(|e| storage(&shown, e))?
            .ok_or_else(|| Error::UnknownSnapshot(name.to_string()))?;
        let document = crate::snapshot::thaw(&state).map_err(|e| Error::Corrupt {
            path: shown,
            detail: format!("snapshot {name:?} cannot be read: {e}"),
        })?;
        Ok(Snapshot {
            name: name.to_string(),
            taken_at,
            document,
        })
    }

    /// Every snapshot with its frozen state, oldest first.
    pub fn all_snapshots(&self) -> Result<Vec<Snapshot>> {
        self.snapshots()?
            .iter()
            .map(|info| self.snapshot(&info.name))
            .collect()
    }

    /// Refuses a write unless this handle edits and its path still names the file it opened.
    fn require_writable(&self) -> Result<()> {
        let shown = || self.path.display().to_string();
        match &self.editing_lock {
            Some(lock) => lock.check_in_place(&shown()),
            None => Err(Error::ReadOnly { path: shown() }),
        }
    }
}

fn build(temp: &Path, doc: &Document, snapshots: &[Snapshot], shown: &str) -> Result<()> {
    remove_with_sidecars(temp);
    let mut conn = Connection::open(temp).map_err(|e| storage(shown, e))?;
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .and_then(|()| configure(&conn))
        .map_err(|e| storage(shown, e))?;
    schema::migrations()
        .to_latest(&mut conn)
        .map_err(|e| Error::Storage(format!("{shown}: creating the tables failed: {e}")))?;
    let result = (|| -> rusqlite::Result<()> {
        let tx = conn.transaction()?;
        canvas_row::write(&tx, &doc.canvas)?;
        for area in doc.areas() {
            area_rows::upsert(&tx, area)?;
        }
        for initiative in doc.initiatives() {
            initiative_rows::upsert(&tx, initiative)?;
        }
        offsite_rows::write_assessments(&tx, doc.assessments())?;
        offsite_rows::write_voting(&tx, doc.voting())?;
        if let Some(session) = doc.live() {
            rows::write_live(
                &tx,
                doc,
                &ops::Touched {
                    live_session: true,
                    participants: session.participants.iter().map(|p| p.id).collect(),
                    drafts: session.drafts.keys().copied().collect(),
                    ..ops::Touched::default()
                },
            )?;
        }
        for snapshot in snapshots {
            let state = crate::snapshot::freeze(&snapshot.document);
            snapshot_rows::insert(&tx, &snapshot.name, &snapshot.taken_at, &state)?;
        }
        tx.commit()
    })();
    result.map_err(|e| storage(shown, e))?;
    conn.close().map_err(|(_, e)| storage(shown, e))
}

/// Pages of WAL (4 KiB each) after which a commit checkpoints them into the file.
const WAL_CHECKPOINT_PAGES: i64 = 256;
/// Bytes the -wal is truncated to when it restarts after a checkpoint.
const WAL_SIZE_LIMIT: i64 = 1 << 20;

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a commit is on disk (WAL fsynced) before `apply` returns.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Keep the -wal beside a canvas small however long a session runs: fold it into the file
    // every WAL_CHECKPOINT_PAGES pages (a passive checkpoint at commit), and cut it back to
    // WAL_SIZE_LIMIT when it restarts, rather than leaving it at its largest size.
    conn.pragma_update(None, "wal_autocheckpoint", WAL_CHECKPOINT_PAGES)?;
    conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)?;
    Ok(())
}

fn remove_with_sidecars(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// Maps a SQLite failure to the error a user can act on.
pub(crate) fn storage(path: &str, err: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode;
    let path = path.to_string();
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotSqlite { path },
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt {
            path,
            detail: err.to_string(),
        },
        Some(ErrorCode::DiskFull) => Error::DiskFull { path },
        Some(ErrorCode::ReadOnly) | Some(ErrorCode::PermissionDenied) => Error::ReadOnly { path },
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            Error::OpenElsewhere { path }
        }
        Some(ErrorCode::CannotOpen) => Error::Io {
            path,
            message: "cannot be opened".to_string(),
        },
        _ => Error::Storage(format!("{path}: {err}")),
    }
}
