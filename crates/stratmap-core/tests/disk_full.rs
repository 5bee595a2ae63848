//! The disk filling up under an open canvas (a small tmpfs, mounted for the test: CI runs as
//! root). Every kind of write is refused with a clear "disk is full" error, the canvas stays
//! whole with every acknowledged op in it, no partial files are left, and once space is freed
//! the same editor carries on.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use stratmap_core::{Access, CanvasFile, Context, Editor, Error, NewInitiative, Op, Template};

/// A tmpfs mounted on a temporary folder, unmounted when dropped (even when the test fails).
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Tmpfs {
        let dir = tempfile::tempdir().expect("mount point");
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output();
        match out {
            Ok(out) if out.status.success() => Tmpfs { dir },
            Ok(out) => panic!(
                "this test mounts a {size} tmpfs to fill it up and needs root (CI runs as root); \
                 `mount -t tmpfs` failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ),
            Err(e) => panic!("this test mounts a tmpfs and needs the `mount` command: {e}"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("list tmpfs")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(self.dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            // Something still holds a file there; detach it so nothing stays mounted.
            let _ = Command::new("umount")
                .arg("-l")
                .arg(self.dir.path())
                .status();
        }
    }
}

/// Writes a filler file until the disk refuses; returns its path.
fn fill(fs: &Tmpfs) -> PathBuf {
    let path = fs.path("filler");
    let mut file = std::fs::File::create(&path).expect("create filler");
    let chunk = vec![0xA5u8; 64 * 1024];
    loop {
        match file.write(&chunk) {
            Ok(0) => panic!("the filler stopped growing without an error"),
            Ok(_) => {}
            Err(e) => {
                assert_eq!(e.kind(), std::io::ErrorKind::StorageFull, "{e}");
                return path;
            }
        }
    }
}

fn assert_disk_full<T: std::fmt::Debug>(what: &str, result: Result<T, Error>) {
    let err = result.expect_err(what);
    assert!(
        matches!(err, Error::DiskFull { .. }),
        "{what}: expected DiskFull, got {err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("disk is full"), "{what}: {message}");
    assert!(!message.contains('\n'), "{what}: {message}");
    assert_eq!(err.code(), "disk_full");
}

fn integrity(path: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("sqlite opens the canvas");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check runs")
}

/// Titles and positions as the file holds them.
fn state_on_disk(path: &Path) -> BTreeMap<String, f64> {
    let file = CanvasFile::open(path, Access::Read).expect("the canvas opens");
    file.document()
        .initiatives()
        .map(|i| (i.title.clone(), i.position))
        .collect()
}

fn state_in_memory(editor: &Editor) -> BTreeMap<String, f64> {
    editor
        .document()
        .initiatives()
        .map(|i| (i.title.clone(), i.position))
        .collect()
}

const CSV: &str = "area,title,position,owner,status,impact,notes\nEnd goal,From CSV,12,,,,\n";

#[test]
fn a_full_disk_refuses_every_write_clearly_and_loses_nothing() {
    let fs = Tmpfs::mount("2m");
    let canvas = fs.path("offsite.stratmap");
    let mut editor =
        Editor::create(&canvas, "Full disk", Template::Basic, Context::system()).expect("create");
    let area_id = editor.document().areas()[0].id;
    let mut ids = Vec::new();
    for n in 0..8 {
        let id = editor
            .add_initiative(NewInitiative {
                area_id,
                title: format!("Card {n}"),
                position: -50.0 + n as f64,
                ..NewInitiative::default()
            })
            .expect("add before the disk fills")
            .touched
            .initiatives[0];
        ids.push(id);
    }
    let move_to = |id, position| Op::MoveInitiative {
        id,
        position,
        area_id: None,
        lane_offset: None,
    };
    for (n, id) in ids.iter().enumerate() {
        editor
            .apply(move_to(*id, n as f64 * 10.0))
            .expect("move before the disk fills");
    }
    let acknowledged = state_in_memory(&editor);
    let files_before = fs.names();

    let filler = fill(&fs);
    let mut refused = 0;
    for (round, id) in ids.iter().enumerate().take(5) {
        assert_disk_full("move", editor.apply(move_to(*id, 99.0)));
        assert_disk_full("CSV import", editor.import_csv(CSV));
        assert_disk_full("undo", editor.undo());
        assert_disk_full("snapshot", editor.take_snapshot("Full"));
        let export = fs.path("offsite.json");
        assert_disk_full(
            "export",
            stratmap_core::files::write_atomically(&export, &vec![b'x'; 50_000]),
        );
        assert_disk_full(
            "new canvas",
            Editor::create(
                &fs.path("new.stratmap"),
                "New",
                Template::Full,
                Context::system(),
            ),
        );
        refused += 6;
        assert_eq!(state_in_memory(&editor), acknowledged, "round {round}");
    }
    let mut expected_files = files_before.clone();
    expected_files.push("filler".to_string());
    expected_files.sort();
    assert_eq!(
        fs.names(),
        expected_files,
        "no partial or temporary file is left"
    );
    assert_eq!(integrity(&canvas), "ok");
    assert_eq!(state_on_disk(&canvas), acknowledged);
    println!("{refused} writes refused on a full disk");

    // Space freed: the same editor carries on, and undo still has its whole history.
    std::fs::remove_file(&filler).expect("delete filler");
    editor
        .apply(move_to(ids[0], 77.0))
        .expect("move once space is free");
    editor.import_csv(CSV).expect("CSV once space is free");
    editor.undo().expect("undo the CSV");
    editor
        .take_snapshot("After")
        .expect("snapshot once space is free");
    stratmap_core::files::write_atomically(&fs.path("offsite.json"), b"{}").expect("export");
    drop(
        Editor::create(
            &fs.path("new.stratmap"),
            "New",
            Template::Full,
            Context::system(),
        )
        .expect("create"),
    );
    let mut expected = acknowledged.clone();
    expected.insert("Card 0".to_string(), 77.0);
    assert_eq!(state_in_memory(&editor), expected);

    // Closing on a full disk (the checkpoint cannot grow the file) still leaves a whole canvas.
    let filler = fill(&fs);
    drop(editor);
    assert_eq!(integrity(&canvas), "ok");
    assert_eq!(state_on_disk(&canvas), expected);
    std::fs::remove_file(&filler).expect("delete filler");
    let reopened = Editor::open(&canvas, Context::system()).expect("reopen");
    assert_eq!(state_in_memory(&reopened), expected);
}
